/**
 * The registry watcher: per project, one batch find (§5.22) per interval carries every watched
 * service with the revision last seen, so an unchanged service costs only its place in the request
 * (it comes back in notModified). Changes are diffed into instance events and published per watch.
 */
import type { Session } from '../upstream/session.js';
import { CseClient, type RegistryTransport } from '../upstream/cse.js';
import type { HttpCore } from '../upstream/http.js';
import type { LiveBus, Receiver } from './bus.js';
import type { LiveTimer } from './timer.js';
import { CseCode } from '../upstream/error-codes.js';
import type { Publish } from './pollers.js';
import { PollLoop, type LiveObserver, type PollOutcome } from './poll-loop.js';
import { PollPhases } from './phases.js';
import type { Coordination, SequencedEvent } from './coordination.js';
import type { InstanceEvent, RegistryWatchEvent } from './events.js';
import { topics, watchKeyString, type RegistryTopic, type WatchKey } from './topics.js';
import { BATCH_FIND_MAX } from '../loaders/cse.js';
import { filterByRule } from '../upstream/version-rules.js';
import type * as W from '../wire/cse.js';

/** One watched service of a project: what this replica knows of its instances, and who watches it here. */
class Entry implements Receiver<SequencedEvent<RegistryWatchEvent>> {
  instances: Map<string, W.MicroServiceInstance>;
  readonly members = new Map<number, Session>();
  /** Position of the last event applied to `instances` (published here, or relayed from the holder). */
  sequence = 0;
  epoch = '';

  constructor(
    readonly watcher: ProjectWatcher,
    readonly key: WatchKey,
    readonly topic: RegistryTopic,
    public rev: string | undefined,
    current: W.MicroServiceInstance[],
  ) {
    this.instances = new Map(current.map((i) => [instanceKey(i), i]));
  }

  /** What the lease holder (on any replica) publishes keeps this replica's view current, for a takeover. */
  receive(e: SequencedEvent<RegistryWatchEvent>): void {
    // Events this replica published are already in; another epoch (Redis restarted, or a replica alone) is newer than anything of the old one.
    if (e.payload.kind !== 'instance' || (e.epoch === this.epoch && e.sequence <= this.sequence)) return;
    this.sequence = e.sequence;
    this.epoch = e.epoch;
    this.rev = e.payload.rev;
    const { type, instance } = e.payload.event;
    if (type === 'HEARTBEAT_LOST' || type === 'DEREGISTERED') this.instances.delete(instanceKey(instance));
    else this.instances.set(instanceKey(instance), instance);
  }
}

const instanceKey = (i: W.MicroServiceInstance) => `${i.serviceId}/${i.instanceId}`;
const sameProperties = (a: W.MicroServiceInstance, b: W.MicroServiceInstance) => JSON.stringify(a.properties ?? {}) === JSON.stringify(b.properties ?? {});

/** The events that take `before` to `after`; `deregistered` tells a deregistration from a lost lease. */
export function diffInstances(
  before: Map<string, W.MicroServiceInstance>,
  after: readonly W.MicroServiceInstance[],
  deregistered: (i: W.MicroServiceInstance) => boolean,
): InstanceEvent[] {
  const events: InstanceEvent[] = [];
  const seen = new Set<string>();
  for (const instance of after) {
    const k = instanceKey(instance);
    seen.add(k);
    const old = before.get(k);
    if (!old || old.timestamp !== instance.timestamp) {
      events.push({ type: 'REGISTERED', instance });
      continue;
    }
    if (old.status !== instance.status) events.push({ type: 'STATUS_CHANGED', instance, previousStatus: old.status });
    if (!sameProperties(old, instance)) events.push({ type: 'PROPERTIES_CHANGED', instance });
  }
  for (const [k, old] of before) {
    if (!seen.has(k)) events.push({ type: deregistered(old) ? 'DEREGISTERED' : 'HEARTBEAT_LOST', instance: old });
  }
  return events;
}

class ProjectWatcher {
  readonly entries = new Map<string, Entry>();
  readonly loop: PollLoop;

  constructor(
    readonly scope: string,
    private readonly deps: RegistryWatchDeps,
    phase: number,
  ) {
    this.loop = new PollLoop({
      name: topics.registryScope(scope),
      timer: deps.timer,
      intervalMs: deps.intervalMs,
      phase,
      graceMs: deps.graceMs,
      observer: deps.observer,
      active: () => this.entries.size > 0,
      sessions: () => this.#sessions(),
      poll: (session) => this.#poll(session),
      refusedAll: () => this.#publishAll({ kind: 'failure', failure: { code: 'UNAUTHORIZED', message: 'No subscriber has credentials that can still read the registry; subscribe again with a valid token.' } }),
      lasting: (failure) => this.#publishAll({ kind: 'failure', failure }),
    });
  }

  join(key: WatchKey, session: Session, current: W.MicroServiceInstance[], rev: string | undefined, member: number): Entry {
    const ks = watchKeyString(key);
    let entry = this.entries.get(ks);
    if (!entry) {
      entry = new Entry(this, key, topics.registry(this.scope, key), rev, current);
      this.deps.bus.join(entry.topic, entry);
      this.entries.set(ks, entry);
    }
    entry.members.set(member, session);
    this.loop.start();
    return entry;
  }

  /** Answers whether the watcher is now empty (it stopped polling). */
  leave(entry: Entry, member: number): boolean {
    if (!entry.members.delete(member)) return false;
    if (entry.members.size === 0) {
      this.deps.bus.leave(entry.topic, entry);
      this.entries.delete(watchKeyString(entry.key));
      void this.deps.coordination.release([entry.topic]);
    }
    if (this.entries.size > 0) return false;
    this.loop.stop();
    return true;
  }

  *#sessions(): Iterable<Session> {
    for (const e of this.entries.values()) yield* e.members.values();
  }

  async #publishAll(event: RegistryWatchEvent): Promise<void> {
    for (const e of this.entries.values()) await this.deps.publish(e.topic, event);
  }

  async #poll(session: Session): Promise<PollOutcome> {
    // With several replicas, each watch is polled by the replica holding its lease; the others relay.
    const all = [...this.entries.values()];
    const held = await this.deps.coordination.claim(all.map((e) => e.topic));
    const mine = all.filter((e) => held.has(e.topic));
    const cse = new CseClient(this.deps.cseHttp, { session });
    const updates: [Entry, W.MicroServiceInstance[], string | undefined][] = [];
    // One batch find per BATCH_FIND_MAX watches, the registry's cap on one request.
    for (let start = 0; start < mine.length; start += BATCH_FIND_MAX) {
      const entries = mine.slice(start, start + BATCH_FIND_MAX);
      const answer = await cse.batchFind({ services: entries.map((e) => ({ service: e.key, ...(e.rev && { rev: e.rev }) })) });
      const result = answer.services ?? {};
      // The rule is applied here: service-center 2.1+ answers every version.
      for (const u of result.updated ?? []) updates.push([entries[u.index]!, filterByRule(entries[u.index]!.key.version, u.instances ?? []), u.rev]);
      for (const f of result.failed ?? []) {
        for (const index of f.indexes) {
          // An unknown service name is a service not registered yet: no instances, not an error.
          if (f.error.errorCode === CseCode.SERVICE_NOT_FOUND) updates.push([entries[index]!, [], undefined]);
          else await this.deps.publish(entries[index]!.topic, { kind: 'failure', failure: { code: 'BAD_REQUEST', message: `${f.error.errorMessage} ${f.error.detail ?? ''}`.trim() } });
        }
      }
    }
    for (const [entry, instances, rev] of updates) {
      const events = diffInstances(entry.instances, instances, (i) => this.deps.wasDeregistered(this.scope, i, entry.key));
      entry.instances = new Map(instances.map((i) => [instanceKey(i), i]));
      entry.rev = rev;
      for (const event of events) {
        const at = await this.deps.publish(entry.topic, { kind: 'instance', event, rev });
        if (at.epoch !== entry.epoch || at.sequence > entry.sequence) Object.assign(entry, { epoch: at.epoch, sequence: at.sequence });
      }
    }
    return mine.length > 0 ? 'polled' : 'relayed';
  }
}

/**
 * After this replica may have missed events: reads every watch of the project once (whoever holds
 * its lease) and hands this replica's subscribers the whole set, positioned where each stream
 * stood before the read. The watches' own baselines are left to their polls.
 */
async function resyncProject(watcher: ProjectWatcher, scope: string, deps: RegistryWatchDeps, session: Session): Promise<void> {
  const all = [...watcher.entries.values()];
  try {
    const positions = await Promise.all(all.map((e) => deps.coordination.position(e.topic)));
    const cse = new CseClient(deps.cseHttp, { session });
    const found = new Map<Entry, W.MicroServiceInstance[]>();
    for (let start = 0; start < all.length; start += BATCH_FIND_MAX) {
      const entries = all.slice(start, start + BATCH_FIND_MAX);
      const answer = await cse.batchFind({ services: entries.map((e) => ({ service: e.key })) });
      for (const u of answer.services?.updated ?? []) found.set(entries[u.index]!, u.instances ?? []);
      for (const f of answer.services?.failed ?? []) for (const index of f.indexes) if (f.error.errorCode === CseCode.SERVICE_NOT_FOUND) found.set(entries[index]!, []);
    }
    for (const [i, entry] of all.entries()) {
      const instances = found.get(entry);
      if (!instances || watcher.entries.get(watchKeyString(entry.key)) !== entry) continue;
      const { sequence, epoch } = positions[i]!;
      deps.bus.deliver(entry.topic, { sequence, epoch, payload: { kind: 'resync', instances } });
    }
  } catch {
    deps.observer?.onPoll?.(topics.registryScope(scope), false);
    // The watcher's ticks go on and report a lasting failure; subscribers keep what they know.
  }
}

export interface RegistryWatchDeps {
  bus: LiveBus;
  publish: Publish;
  coordination: Coordination;
  timer: LiveTimer;
  cseHttp: HttpCore | RegistryTransport;
  intervalMs: number;
  graceMs: number;
  observer?: LiveObserver;
  /**
   * Whether a write the gateway made or relayed removed this instance (a deregistration, or a delete,
   * scale, stop, upgrade or rollback of the component instance it is a replica of): then its
   * disappearance is DEREGISTERED; otherwise its lease ran out (HEARTBEAT_LOST).
   */
  wasDeregistered(scope: string, instance: W.MicroServiceInstance, key: WatchKey): boolean;
}

/** One watcher per project scope; watches join and leave. */
export class RegistryWatchers {
  readonly #watchers = new Map<string, ProjectWatcher>();
  /** Which watch each member joined. */
  readonly #members = new Map<number, Entry>();
  #nextMember = 1;
  readonly #phases = new PollPhases();

  constructor(private readonly deps: RegistryWatchDeps) {}

  /** Joins a watch whose current instances the subscriber has just read with its own credentials; answers the member number that leaves it. */
  join(scope: string, key: WatchKey, session: Session, current: W.MicroServiceInstance[], rev: string | undefined): number {
    let watcher = this.#watchers.get(scope);
    if (!watcher) {
      watcher = new ProjectWatcher(scope, this.deps, this.#phases.next());
      this.#watchers.set(scope, watcher);
    }
    const member = this.#nextMember++;
    const entry = watcher.join(key, session, current, rev, member);
    this.#members.set(member, entry);
    return member;
  }

  leave(member: number): void {
    const entry = this.#members.get(member);
    if (!entry) return;
    this.#members.delete(member);
    const { watcher } = entry;
    if (watcher.leave(entry, member) && this.#watchers.get(watcher.scope) === watcher) this.#watchers.delete(watcher.scope);
  }

  /** Hands every watch's subscribers on this replica the whole set of instances now (see resyncProject). */
  resync(): void {
    for (const [scope, watcher] of this.#watchers) {
      const session = watcher.loop.session();
      if (session) void resyncProject(watcher, scope, this.deps, session);
    }
  }

  get watchers(): number {
    return this.#watchers.size;
  }

  get watchedServices(): number {
    let n = 0;
    for (const w of this.#watchers.values()) n += w.entries.size;
    return n;
  }
}
