/**
 * The registry watcher: per project, one batch find (§5.22) per interval carries every watched
 * service with the revision last seen, so an unchanged service costs only its place in the request
 * (it comes back in notModified). Changes are diffed into instance events and published per watch.
 */
import type { Session } from '../upstream/session.js';
import { CseClient, type RegistryTransport } from '../upstream/cse.js';
import type { HttpCore } from '../upstream/http.js';
import { UpstreamError } from '../upstream/errors.js';
import type { LiveBus } from './bus.js';
import type { LiveTimer } from './timer.js';
import { CseCode } from '../upstream/error-codes.js';
import { failureOf, runPoll, type LiveFailure, type LiveObserver, type Publish } from './pollers.js';
import type { Coordination, SequencedEvent } from './coordination.js';
import { BATCH_FIND_MAX } from '../loaders/cse.js';
import { filterByRule } from '../upstream/version-rules.js';
import type * as W from '../wire/cse.js';

export type InstanceEventType = 'CURRENT' | 'REGISTERED' | 'STATUS_CHANGED' | 'PROPERTIES_CHANGED' | 'HEARTBEAT_LOST' | 'DEREGISTERED';

export interface InstanceEvent {
  type: InstanceEventType;
  instance: W.MicroServiceInstance;
  previousStatus?: W.InstanceStatus;
}

/** `rev` is the watch's registry revision after the change, so a replica that takes over continues from it. */
export type RegistryWatchEvent =
  | { kind: 'instance'; event: InstanceEvent; rev: string | undefined }
  | { kind: 'failure'; failure: LiveFailure }
  /** The whole set of instances now, when this replica may have missed events: streams start again from it. */
  | { kind: 'resync'; instances: W.MicroServiceInstance[] };

/** What a watch finds: a service name in an application, with a version rule and an environment. */
export interface WatchKey {
  environment?: W.ServiceEnvironment;
  appId: string;
  serviceName: string;
  /** exact, latest, X+ or A-B (§5.18). */
  version: string;
}

// "" and development are different services on service-center: a watch of one never stands for the other.
export const watchKeyString = (k: WatchKey) => JSON.stringify([k.environment ?? '', k.appId, k.serviceName, k.version]);

interface Entry {
  key: WatchKey;
  topic: string;
  rev: string | undefined;
  instances: Map<string, W.MicroServiceInstance>;
  members: Map<number, Session>;
  /** Position of the last event applied to `instances` (published here, or relayed from the holder). */
  sequence: number;
  epoch: string;
  unsubscribe: () => void;
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
  #cancel: (() => void) | undefined;
  #refused = new Set<Session>();
  #failingSince: number | undefined;
  #failures = 0;
  #reported = false;
  #running = false;

  constructor(
    private readonly scope: string,
    private readonly deps: RegistryWatchDeps,
    private readonly onEmpty: () => void,
  ) {}

  join(key: WatchKey, session: Session, current: W.MicroServiceInstance[], rev: string | undefined, memberId: number): Entry {
    const ks = watchKeyString(key);
    let entry = this.entries.get(ks);
    if (!entry) {
      const created: Entry = {
        key,
        topic: registryTopic(this.scope, key),
        rev,
        instances: new Map(current.map((i) => [instanceKey(i), i])),
        members: new Map(),
        sequence: 0,
        epoch: '',
        unsubscribe: () => undefined,
      };
      // What the lease holder (on any replica) publishes keeps this replica's view current, for a takeover.
      created.unsubscribe = this.deps.bus.subscribe<SequencedEvent<RegistryWatchEvent>>(created.topic, (e) => applyRelayed(created, e));
      entry = created;
      this.entries.set(ks, entry);
    }
    entry.members.set(memberId, session);
    // A tick under way schedules the next one itself.
    if (!this.#cancel && !this.#running) this.#cancel = this.deps.timer.schedule(this.deps.intervalMs, this.#poll);
    return entry;
  }

  leave(entry: Entry, memberId: number): void {
    entry.members.delete(memberId);
    if (entry.members.size === 0) {
      entry.unsubscribe();
      this.entries.delete(watchKeyString(entry.key));
      void this.deps.coordination.release([entry.topic]);
    }
    if (this.entries.size === 0) {
      this.#cancel?.();
      this.#cancel = undefined;
      this.onEmpty();
    }
  }

  session(): Session | undefined {
    for (const e of this.entries.values()) for (const s of e.members.values()) if (!this.#refused.has(s)) return s;
    return undefined;
  }

  async #publishAll(event: RegistryWatchEvent): Promise<void> {
    for (const e of this.entries.values()) await this.deps.publish(e.topic, event);
  }

  readonly #poll = () => runPoll(this.deps.observer, `registry:${this.scope}`, () => this.#tick());

  async #tick(): Promise<void> {
    this.#cancel = undefined;
    if (this.#running || this.entries.size === 0) return;
    const session = this.session();
    if (!session) {
      await this.#publishAll({ kind: 'failure', failure: { code: 'UNAUTHORIZED', message: 'No subscriber has credentials that can still read the registry; subscribe again with a valid token.' } });
      return;
    }
    this.#running = true;
    let next = this.deps.intervalMs;
    try {
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
      if (mine.length > 0) {
        this.deps.observer?.onPoll?.(`registry:${this.scope}`, true);
        this.#failingSince = undefined;
        this.#failures = 0;
        this.#reported = false;
      }
      for (const [entry, instances, rev] of updates) {
        const events = diffInstances(entry.instances, instances, (i) => this.deps.wasDeregistered(this.scope, i, entry.key));
        entry.instances = new Map(instances.map((i) => [instanceKey(i), i]));
        entry.rev = rev;
        for (const event of events) {
          const at = await this.deps.publish(entry.topic, { kind: 'instance', event, rev } satisfies RegistryWatchEvent);
          if (at.epoch !== entry.epoch || at.sequence > entry.sequence) Object.assign(entry, { epoch: at.epoch, sequence: at.sequence });
        }
      }
    } catch (err) {
      this.deps.observer?.onPoll?.(`registry:${this.scope}`, false);
      if (err instanceof UpstreamError && err.isUnauthorized) {
        this.#refused.add(session);
        next = 0;
      } else {
        const now = Date.now();
        this.#failingSince ??= now;
        this.#failures++;
        if (!this.#reported && now - this.#failingSince >= this.deps.graceMs) {
          this.#reported = true;
          await this.#publishAll({ kind: 'failure', failure: failureOf(err) });
        }
        next = Math.min(30_000, this.deps.intervalMs * 2 ** Math.min(this.#failures, 10));
      }
    } finally {
      this.#running = false;
      if (this.entries.size > 0 && !this.#cancel) this.#cancel = this.deps.timer.schedule(next, this.#poll);
    }
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
      for (const f of answer.services?.failed ?? []) for (const index of f.indexes) if (f.error.errorCode === '400012') found.set(entries[index]!, []);
    }
    for (const [i, entry] of all.entries()) {
      const instances = found.get(entry);
      if (!instances || watcher.entries.get(watchKeyString(entry.key)) !== entry) continue;
      const { sequence, epoch } = positions[i]!;
      deps.bus.deliver(entry.topic, { sequence, epoch, payload: { kind: 'resync', instances } } satisfies SequencedEvent<RegistryWatchEvent>);
    }
  } catch {
    deps.observer?.onPoll?.(`registry:${scope}`, false);
    // The watcher's ticks go on and report a lasting failure; subscribers keep what they know.
  }
}

export function registryTopic(scope: string, key: WatchKey): string {
  return `registry|${scope}|${watchKeyString(key)}`;
}

/** Applies an event another replica's holder published (events this replica published are already in). */
function applyRelayed(entry: Entry, e: SequencedEvent<RegistryWatchEvent>): void {
  // Another epoch (Redis restarted, or a replica alone) is newer than anything of the old one.
  if (e.payload.kind !== 'instance' || (e.epoch === entry.epoch && e.sequence <= entry.sequence)) return;
  entry.sequence = e.sequence;
  entry.epoch = e.epoch;
  entry.rev = e.payload.rev;
  const { type, instance } = e.payload.event;
  if (type === 'HEARTBEAT_LOST' || type === 'DEREGISTERED') entry.instances.delete(instanceKey(instance));
  else entry.instances.set(instanceKey(instance), instance);
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
  #nextMember = 1;

  constructor(private readonly deps: RegistryWatchDeps) {}

  /** Joins a watch whose current instances the subscriber has just read with its own credentials. */
  join(scope: string, key: WatchKey, session: Session, current: W.MicroServiceInstance[], rev: string | undefined): { topic: string; leave(): void } {
    let watcher = this.#watchers.get(scope);
    if (!watcher) {
      const created: ProjectWatcher = new ProjectWatcher(scope, this.deps, () => {
        if (this.#watchers.get(scope) === created) this.#watchers.delete(scope);
      });
      watcher = created;
      this.#watchers.set(scope, watcher);
    }
    const memberId = this.#nextMember++;
    const entry = watcher.join(key, session, current, rev, memberId);
    const w = watcher;
    return { topic: entry.topic, leave: () => w.leave(entry, memberId) };
  }

  /** Hands every watch's subscribers on this replica the whole set of instances now (see resyncProject). */
  resync(): void {
    for (const [scope, watcher] of this.#watchers) {
      const session = watcher.session();
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
