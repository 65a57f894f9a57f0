/**
 * Live updates for the whole process: the bus, the shared pollers (jobs, component instances) and
 * the registry watchers. Subscription resolvers check each subscriber with its own credentials,
 * then join the shared poller of what it watches and read its events from the bus.
 */
import type { HttpCore } from '../upstream/http.js';
import type { RegistryTransport } from '../upstream/cse.js';
import type { Session } from '../upstream/session.js';
import { CasClient } from '../upstream/cas.js';
import { isJobFinished, jobFingerprint } from '../upstream/job-vocabulary.js';
import type { LiveSettings } from '../config.js';
import { createLiveBus, type LiveBus, type Listener } from './bus.js';
import { realTimer, type LiveTimer } from './timer.js';
import { Pollers, type LiveObserver, type PollEvent, type PollSpec } from './pollers.js';
import { RegistryWatchers, registryTopic, type RegistryWatchEvent, type WatchKey } from './registry-watch.js';
import { LocalCoordination, type Coordination, type SequencedEvent, type StreamPosition } from './coordination.js';
import type { InstanceKey } from '../loaders/cas.js';
import { CheckCache } from './check-cache.js';
import type * as Cas from '../wire/cas.js';
import type * as Cse from '../wire/cse.js';

export interface LiveHubOptions {
  settings: LiveSettings;
  casHttp: HttpCore;
  cseHttp: HttpCore | RegistryTransport;
  /** Redis coordination for several replicas; one process alone by default. */
  coordination?: Coordination;
  timer?: LiveTimer;
  /** When shared per-subscriber checks expire; tests drive it by hand. */
  checkTimer?: LiveTimer;
  observer?: LiveObserver;
}

/** How long one subscriber's check serves the next subscriptions of the same credentials and thing. */
const CHECK_TTL_MS = 2_000;
/** Checks of one session's credentials in flight at once; more wait their turn. */
const CHECKS_IN_FLIGHT_PER_CALLER = 16;

/** The replicas of one component instance, as the registry names them. */
export interface ReplicaSetKey {
  appId: string;
  serviceName: string;
  /** Replica host names start with it: `<instance name>-`. */
  hostPrefix: string;
}

/** How long a deregistration done through the gateway is remembered, to name the disappearance it causes. */
const DEREGISTRATION_MEMORY_MS = 10 * 60 * 1000;

export interface Watch<E> {
  events: Listener<SequencedEvent<E>>;
  /** Stops listening and leaves the poller; safe to call more than once. */
  leave(): void;
}

function onceOnly(fn: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    fn();
  };
}

/** Whose data a live watch shares: the service account's project, or a caller-verified project. */
export function liveScope(session: Session): string {
  return `${session.kind === 'service-account' ? 'sa' : 'p'}:${session.projectId}`;
}

export class LiveHub {
  readonly bus: LiveBus;
  readonly pollers: Pollers;
  readonly registry: RegistryWatchers;
  readonly coordination: Coordination;
  /** Per-subscriber checks, shared between subscriptions of the same credentials. */
  readonly checks: CheckCache;
  readonly #settings: LiveSettings;
  readonly #casHttp: HttpCore;
  readonly #deregistered = new Map<string, number>();
  readonly #observer: LiveObserver | undefined;
  #subscribers = 0;

  constructor(options: LiveHubOptions) {
    this.#settings = options.settings;
    this.#casHttp = options.casHttp;
    this.#observer = options.observer;
    this.coordination = options.coordination ?? new LocalCoordination();
    this.bus = createLiveBus(this.coordination.eventTarget);
    const timer = options.timer ?? realTimer;
    this.checks = new CheckCache({ ttlMs: CHECK_TTL_MS, perCaller: CHECKS_IN_FLIGHT_PER_CALLER, timer: options.checkTimer ?? realTimer });
    const publish = async (topic: string, event: unknown): Promise<StreamPosition> => {
      const sequenced = await this.coordination.sequence(topic, event);
      this.bus.publish(topic, sequenced);
      return { sequence: sequenced.sequence, epoch: sequenced.epoch };
    };
    this.pollers = new Pollers(publish, timer, options.settings.failureGraceMs, this.coordination, options.observer);
    this.registry = new RegistryWatchers({
      bus: this.bus,
      publish,
      coordination: this.coordination,
      timer,
      cseHttp: options.cseHttp,
      intervalMs: options.settings.registryPollMs,
      graceMs: options.settings.failureGraceMs,
      observer: options.observer,
      wasDeregistered: (scope, i, key) => this.#wasDeregistered(scope, i, key),
    });
    // While the shared store is away, every subscriber of this replica hears it once (the stream goes on).
    this.coordination.onDegraded((degraded) => {
      if (!degraded) return;
      const failure = {
        code: 'LIVE_DEGRADED',
        message: 'Live updates are degraded: the coordination store (Redis) is unreachable, so this replica polls on its own and events of other replicas do not reach it until it returns.',
      };
      // Told to this replica's subscribers only: each replica tells its own.
      for (const topic of this.bus.topicNames()) this.bus.deliver(topic, { sequence: 0, epoch: '', payload: { kind: 'failure', failure } });
    });
    // Back from degraded (or Redis came back empty): every stream is brought up to date explicitly.
    this.coordination.onResync(() => {
      this.pollers.resync();
      this.registry.resync();
    });
  }

  /** Where a registry watch's stream stands (what CURRENT events carry). */
  registryPosition(session: Session, key: WatchKey): Promise<StreamPosition> {
    return this.coordination.position(registryTopic(liveScope(session), key));
  }

  /** A registry watch's events after `after` in `epoch`, to resume a stream; undefined when they are not kept or the epoch has passed. */
  replayRegistry(session: Session, key: WatchKey, after: number, epoch: string): Promise<SequencedEvent<RegistryWatchEvent>[] | undefined> {
    return this.coordination.replay(registryTopic(liveScope(session), key), after, epoch);
  }

  stop(): Promise<void> {
    return this.coordination.close();
  }

  /**
   * Listens to a topic, reads the thing with the subscriber's own credentials (`check`), and only
   * then joins its poller: a refused check leaves nothing behind, and nothing published after the
   * check is missed. A thing already final is not polled.
   */
  async #watchPolled<V>(session: Session, spec: PollSpec<V>, check: () => Promise<V>): Promise<Watch<PollEvent<V>> & { initial: V }> {
    const events = this.bus.listen<SequencedEvent<PollEvent<V>>>(spec.topic);
    let initial: V;
    try {
      // Many subscriptions of one caller to one thing: one read serves them all (a burst must not open a breaker).
      // Shared only until an event about the thing arrives: a later subscriber never starts from an older state.
      initial = await this.checks.run(session.key, spec.topic, check, () => this.bus.mark(spec.topic));
    } catch (err) {
      events.close();
      throw err;
    }
    if (spec.isFinal(initial)) return { initial, events, leave: () => events.close() };
    const leave = this.pollers.join<V>(spec, session);
    return { initial, events, leave: this.#counted(() => (events.close(), leave())) };
  }

  watchJob(session: Session, jobId: string, check: () => Promise<Cas.JobDetail>): Promise<Watch<PollEvent<Cas.JobDetail>> & { initial: Cas.JobDetail }> {
    return this.#watchPolled(
      session,
      {
        topic: `job|${liveScope(session)}|${jobId}`,
        intervalMs: this.#settings.jobPollMs,
        fetch: (s) => new CasClient(this.#casHttp, { session: s }).getJob(jobId),
        fingerprint: jobFingerprint,
        isFinal: (j) => isJobFinished(j.job.EXECUTION_STATUS),
      },
      check,
    );
  }

  watchInstance(session: Session, key: InstanceKey, check: () => Promise<Cas.InstanceDetail>): Promise<Watch<PollEvent<Cas.InstanceDetail>> & { initial: Cas.InstanceDetail }> {
    return this.#watchPolled(
      session,
      {
        topic: `instance|${liveScope(session)}|${key.applicationId}/${key.componentId}/${key.instanceId}`,
        intervalMs: this.#settings.instancePollMs,
        fetch: (s) => new CasClient(this.#casHttp, { session: s }).getInstance(key.applicationId, key.componentId, key.instanceId),
        fingerprint: (i) => JSON.stringify([i.version, i.status_detail]),
        isFinal: () => false,
      },
      check,
    );
  }

  /** Joins (or starts) the watch of `key` with instances the subscriber has just read with its own credentials. */
  watchRegistry(session: Session, key: WatchKey, current: Cse.MicroServiceInstance[], rev: string | undefined): Watch<RegistryWatchEvent> {
    // Joined and listened to in the same turn: the watcher cannot publish in between.
    const joined = this.registry.join(liveScope(session), key, session, current, rev);
    const events = this.bus.listen<SequencedEvent<RegistryWatchEvent>>(joined.topic);
    return { events, leave: this.#counted(() => (events.close(), joined.leave())) };
  }

  /** Counts a subscriber until it leaves. */
  #counted(leave: () => void): () => void {
    this.#subscribers++;
    this.#observer?.onSubscribers?.(this.#subscribers);
    return onceOnly(() => {
      this.#subscribers--;
      leave();
      this.#observer?.onSubscribers?.(this.#subscribers);
    });
  }

  /** Called by the gateway's own deregistrations, so the watchers say DEREGISTERED rather than HEARTBEAT_LOST. */
  noteDeregistered(session: Session, serviceId: string, instanceId?: string): void {
    this.#remember(`${liveScope(session)}|${serviceId}|${instanceId ?? '*'}`);
  }

  /**
   * Called when the gateway relays a write that takes a component instance's replicas away (delete, scale,
   * stop, upgrade, rollback): replicas of it that leave the registry soon after were deregistered by the
   * platform, not lost. Replicas are named after their instance (`<instance name>-…`), in the service
   * named after the component, in the application's appId (the ServiceStage convention).
   */
  noteReplicasLeaving(session: Session, replicas: ReplicaSetKey): void {
    this.#remember(`${liveScope(session)}|replicas|${JSON.stringify([replicas.appId, replicas.serviceName, replicas.hostPrefix])}`);
  }

  #remember(key: string): void {
    const now = Date.now();
    for (const [k, at] of this.#deregistered) if (now - at > DEREGISTRATION_MEMORY_MS) this.#deregistered.delete(k);
    this.#deregistered.set(key, now);
  }

  #wasDeregistered(scope: string, instance: Cse.MicroServiceInstance, key: WatchKey): boolean {
    const { serviceId = '', instanceId = '', hostName = '' } = instance;
    if (this.#deregistered.has(`${scope}|${serviceId}|${instanceId}`) || this.#deregistered.has(`${scope}|${serviceId}|*`)) return true;
    const prefix = `${scope}|replicas|`;
    for (const k of this.#deregistered.keys()) {
      if (!k.startsWith(prefix)) continue;
      const [appId, serviceName, hostPrefix] = JSON.parse(k.slice(prefix.length)) as [string, string, string];
      if (appId === key.appId && serviceName === key.serviceName && hostName.startsWith(hostPrefix)) return true;
    }
    return false;
  }

  stats(): { subscribers: number; pollers: number; registryWatchers: number; watchedServices: number; topics: number } {
    return {
      subscribers: this.#subscribers,
      pollers: this.pollers.active,
      registryWatchers: this.registry.watchers,
      watchedServices: this.registry.watchedServices,
      topics: this.bus.topics,
    };
  }
}
