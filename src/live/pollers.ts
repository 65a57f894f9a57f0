/**
 * One poller per watched thing (a job, a component instance), whatever the number of subscribers.
 * It runs the shared poll loop on the credentials of one of its subscribers (each was checked with
 * its own credentials before it joined), publishes every change on the bus, and stops when the
 * thing is final or gone, or when its last subscriber leaves.
 */
import type { Session } from '../upstream/session.js';
import { UpstreamError } from '../upstream/errors.js';
import type { LiveTimer } from './timer.js';
import type { Coordination, SequencedEvent, StreamPosition } from './coordination.js';
import type { PollEvent } from './events.js';
import type { Topic } from './topics.js';
import { PollLoop, type LiveObserver } from './poll-loop.js';
import { PollPhases } from './phases.js';

export type { LiveObserver } from './poll-loop.js';

/** Sequences an event in its topic, publishes it to every replica, and answers where it stands. */
export type Publish = <E>(topic: Topic<SequencedEvent<E>>, event: E) => Promise<StreamPosition>;

export interface PollSpec<V> {
  /** Bus topic of this target; also the poller's identity. */
  topic: Topic<SequencedEvent<PollEvent<V>>>;
  intervalMs: number;
  fetch(session: Session): Promise<V>;
  /** Equal fingerprints: nothing changed. */
  fingerprint(value: V): string;
  /** A final value ends polling (a finished job). */
  isFinal(value: V): boolean;
}

interface Poller<V = unknown> {
  spec: PollSpec<V>;
  loop: PollLoop;
  /** Subscribers' sessions by member number. */
  members: Map<number, Session>;
  /** Fingerprint of the last value published. */
  last: string | undefined;
}

export class Pollers {
  readonly #pollers = new Map<string, Poller>();
  #nextMember = 1;
  readonly #phases = new PollPhases();

  constructor(
    private readonly publish: Publish,
    private readonly timer: LiveTimer,
    private readonly graceMs: number,
    private readonly coordination: Coordination,
    private readonly observer: LiveObserver = {},
  ) {}

  get active(): number {
    return this.#pollers.size;
  }

  /** Joins the poller of `spec.topic` (starting it if needed); answers the member number that leaves it. */
  join<V>(spec: PollSpec<V>, session: Session): number {
    let poller = this.#pollers.get(spec.topic) as Poller<V> | undefined;
    if (!poller) {
      poller = this.#create(spec);
      this.#pollers.set(spec.topic, poller as Poller);
      poller.loop.start();
    }
    const member = this.#nextMember++;
    poller.members.set(member, session);
    return member;
  }

  leave(topic: string, member: number): void {
    const p = this.#pollers.get(topic);
    if (!p?.members.delete(member)) return;
    if (p.members.size === 0) this.#stop(p);
  }

  #create<V>(spec: PollSpec<V>): Poller<V> {
    const p: Poller<V> = { spec, members: new Map(), last: undefined, loop: undefined as unknown as PollLoop };
    p.loop = new PollLoop({
      name: spec.topic,
      timer: this.timer,
      intervalMs: spec.intervalMs,
      phase: this.#phases.next(),
      graceMs: this.graceMs,
      observer: this.observer,
      active: () => p.members.size > 0,
      sessions: () => p.members.values(),
      poll: (session) => this.#poll(p, session),
      settles: async (err) => {
        if (!(err instanceof UpstreamError && err.isNotFound)) return false;
        await this.publish(spec.topic, { kind: 'gone' });
        this.#stop(p);
        return true;
      },
      refusedAll: async () => {
        await this.publish(spec.topic, { kind: 'failure', failure: { code: 'UNAUTHORIZED', message: 'No subscriber has credentials that can still read this; subscribe again with a valid token.' } });
        this.#stop(p);
      },
      lasting: async (failure) => void (await this.publish(spec.topic, { kind: 'failure', failure })),
    });
    return p;
  }

  async #poll<V>(p: Poller<V>, session: Session): Promise<'polled' | 'relayed' | 'final'> {
    // With several replicas one holds the lease and polls; the others relay its events.
    if (!(await this.coordination.claim([p.spec.topic])).has(p.spec.topic)) {
      p.last = undefined; // a later takeover publishes what it finds first
      return 'relayed';
    }
    const value = await p.spec.fetch(session);
    const fingerprint = p.spec.fingerprint(value);
    if (fingerprint !== p.last) {
      p.last = fingerprint;
      await this.publish(p.spec.topic, { kind: 'value', value });
    }
    if (!p.spec.isFinal(value)) return 'polled';
    this.#stop(p);
    return 'final';
  }

  /**
   * The replica may have missed events (it worked alone, or Redis lost them): each poller reads its
   * thing once, whoever holds the lease, and publishes it whole, so every subscriber ends up current.
   */
  resync(): void {
    for (const p of this.#pollers.values()) void this.#resync(p);
  }

  async #resync<V>(p: Poller<V>): Promise<void> {
    const session = p.loop.session();
    if (!session) return;
    try {
      const value = await p.spec.fetch(session);
      if (p.loop.stopped) return;
      p.last = p.spec.fingerprint(value);
      await this.publish(p.spec.topic, { kind: 'value', value });
      if (p.spec.isFinal(value)) this.#stop(p);
    } catch {
      // The poller's own ticks report lasting failures; a missed resync only leaves the next change to tell.
    }
  }

  #stop(p: Poller<unknown> | Poller<never>): void {
    p.loop.stop();
    if (this.#pollers.get(p.spec.topic) === p) this.#pollers.delete(p.spec.topic);
    void this.coordination.release([p.spec.topic]);
  }
}
