/**
 * One poller per watched thing, whatever the number of subscribers. A poller runs on the
 * credentials of one of its subscribers (each was checked with its own credentials before it
 * joined), publishes every change on the bus, backs off on failures and tells subscribers only
 * when a failure outlasts the grace period; it stops when the thing is final or gone, or when its
 * last subscriber leaves.
 */
import type { Session } from '../upstream/session.js';
import { UpstreamError, type UpstreamFailureMeaning } from '../upstream/errors.js';
import type { LiveTimer } from './timer.js';
import type { Coordination, StreamPosition } from './coordination.js';

/** Sequences an event in its topic, publishes it to every replica, and answers where it stands. */
export type Publish = (topic: string, event: unknown) => Promise<StreamPosition>;

/** What went wrong, in the upstream's terms (the subscription resolver translates it for GraphQL), or a degraded replica. */
export type LiveFailureCode = UpstreamFailureMeaning | 'LIVE_DEGRADED';

export interface LiveFailure {
  message: string;
  code: LiveFailureCode;
}

export type PollEvent<V> = { kind: 'value'; value: V } | { kind: 'gone' } | { kind: 'failure'; failure: LiveFailure };

export interface PollSpec<V> {
  /** Bus topic of this target; also the poller's identity. */
  topic: string;
  intervalMs: number;
  fetch(session: Session): Promise<V>;
  /** Equal fingerprints: nothing changed. */
  fingerprint(value: V): string;
  /** A final value ends polling (a finished job). */
  isFinal(value: V): boolean;
}

export interface LiveObserver {
  onPoll?(topic: string, ok: boolean): void;
  /** A subscriber joined or left (after its poller or watch was joined or left): tests wait on this, not on time. */
  onSubscribers?(count: number): void;
  /** Runs one poll (tracing makes each its own trace). */
  tracePoll?<T>(topic: string, poll: () => Promise<T>): Promise<T>;
}

export function runPoll<T>(observer: LiveObserver | undefined, topic: string, poll: () => Promise<T>): Promise<T> {
  return observer?.tracePoll ? observer.tracePoll(topic, poll) : poll();
}

const MAX_BACKOFF_MS = 30_000;

interface Poller {
  spec: PollSpec<unknown>;
  members: Map<number, Session>;
  /** Sessions that got 401: not used again by this poller. */
  refused: Set<Session>;
  last: string | undefined;
  failingSince: number | undefined;
  failures: number;
  reported: boolean;
  cancel: (() => void) | undefined;
  running: boolean;
}

export function failureOf(err: unknown): LiveFailure {
  if (err instanceof UpstreamError) return { message: err.message, code: err.meaning };
  return { message: (err as Error)?.message ?? String(err), code: 'UNKNOWN' };
}

const isGone = (err: unknown) => err instanceof UpstreamError && err.isNotFound;
const isRefused = (err: unknown) => err instanceof UpstreamError && err.isUnauthorized;

export class Pollers {
  readonly #pollers = new Map<string, Poller>();
  #nextMember = 1;

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

  /** Joins the poller of `spec.topic` (starting it if needed); the returned function leaves it. */
  join<V>(spec: PollSpec<V>, session: Session): () => void {
    let poller = this.#pollers.get(spec.topic);
    if (!poller) {
      poller = {
        spec: spec as PollSpec<unknown>,
        members: new Map(),
        refused: new Set(),
        last: undefined,
        failingSince: undefined,
        failures: 0,
        reported: false,
        cancel: undefined,
        running: false,
      };
      this.#pollers.set(spec.topic, poller);
      this.#schedule(poller, spec.intervalMs);
    }
    const id = this.#nextMember++;
    poller.members.set(id, session);
    const p = poller;
    return () => {
      p.members.delete(id);
      if (p.members.size === 0) this.#stop(p);
    };
  }

  /**
   * The replica may have missed events (it worked alone, or Redis lost them): each poller reads its
   * thing once, whoever holds the lease, and publishes it whole, so every subscriber ends up current.
   */
  resync(): void {
    for (const p of this.#pollers.values()) void this.#resync(p);
  }

  async #resync(p: Poller): Promise<void> {
    const session = [...p.members.values()].find((s) => !p.refused.has(s));
    if (!session) return;
    try {
      const value = await p.spec.fetch(session);
      if (this.#pollers.get(p.spec.topic) !== p) return;
      p.last = p.spec.fingerprint(value);
      await this.#publish(p, { kind: 'value', value });
      if (p.spec.isFinal(value)) this.#stop(p);
    } catch {
      // The poller's own ticks report lasting failures; a missed resync only leaves the next change to tell.
    }
  }

  #stop(p: Poller): void {
    p.cancel?.();
    p.cancel = undefined;
    if (this.#pollers.get(p.spec.topic) === p) this.#pollers.delete(p.spec.topic);
    void this.coordination.release([p.spec.topic]);
  }

  #schedule(p: Poller, ms: number): void {
    p.cancel = this.timer.schedule(ms, () => runPoll(this.observer, p.spec.topic, () => this.#tick(p)));
  }

  async #publish(p: Poller, event: PollEvent<unknown>): Promise<void> {
    await this.publish(p.spec.topic, event);
  }

  async #tick(p: Poller): Promise<void> {
    p.cancel = undefined;
    if (p.running || this.#pollers.get(p.spec.topic) !== p) return;
    const session = [...p.members.values()].find((s) => !p.refused.has(s));
    if (!session) {
      await this.#publish(p, { kind: 'failure', failure: { code: 'UNAUTHORIZED', message: 'No subscriber has credentials that can still read this; subscribe again with a valid token.' } });
      this.#stop(p);
      return;
    }
    p.running = true;
    try {
      // With several replicas one holds the lease and polls; the others relay its events.
      if (!(await this.coordination.claim([p.spec.topic])).has(p.spec.topic)) {
        p.last = undefined; // a later takeover publishes what it finds first
        if (p.members.size > 0) this.#schedule(p, p.spec.intervalMs);
        return;
      }
      const value = await p.spec.fetch(session);
      this.observer.onPoll?.(p.spec.topic, true);
      p.failingSince = undefined;
      p.failures = 0;
      p.reported = false;
      const fingerprint = p.spec.fingerprint(value);
      if (fingerprint !== p.last) {
        p.last = fingerprint;
        await this.#publish(p, { kind: 'value', value });
      }
      if (p.spec.isFinal(value)) {
        this.#stop(p);
        return;
      }
      if (p.members.size > 0) this.#schedule(p, p.spec.intervalMs);
    } catch (err) {
      this.observer.onPoll?.(p.spec.topic, false);
      if (isGone(err)) {
        await this.#publish(p, { kind: 'gone' });
        this.#stop(p);
        return;
      }
      if (isRefused(err)) {
        // That subscriber's token no longer works; another subscriber's may.
        p.refused.add(session);
        if (p.members.size > 0) this.#schedule(p, 0);
        return;
      }
      const now = Date.now();
      p.failingSince ??= now;
      p.failures++;
      if (!p.reported && now - p.failingSince >= this.graceMs) {
        p.reported = true;
        await this.#publish(p, { kind: 'failure', failure: failureOf(err) });
      }
      if (p.members.size > 0) this.#schedule(p, Math.min(MAX_BACKOFF_MS, p.spec.intervalMs * 2 ** Math.min(p.failures, 10)));
    } finally {
      p.running = false;
    }
  }
}
