/**
 * Live updates for the whole process: the bus, the shared pollers (jobs, component instances) and
 * the registry watchers. Subscription resolvers check each subscriber with its own credentials,
 * then join the shared poller of what it watches and read its events from the bus.
 */
import type { HttpCore } from '../upstream/http.js';
import type { RegistryTransport, CseClient } from '../upstream/cse.js';
import type { Session } from '../upstream/session.js';
import { CasClient } from '../upstream/cas.js';
import { UpstreamError } from '../upstream/errors.js';
import { isJobFinished, jobFingerprint } from '../upstream/job-vocabulary.js';
import { filterByRule } from '../upstream/version-rules.js';
import type { LiveSettings } from '../config.js';
import { createLiveBus, type LiveBus } from './bus.js';
import { realTimer, type LiveTimer } from './timer.js';
import { Pollers, type LiveObserver, type PollSpec } from './pollers.js';
import { RegistryWatchers } from './registry-watch.js';
import { LocalCoordination, type Coordination, type SequencedEvent, type StreamPosition } from './coordination.js';
import type { InstanceKey } from '../loaders/cas.js';
import type { InstanceEventModel, InstanceModel } from '../loaders/models.js';
import { CheckCache } from './check-cache.js';
import { SharedResults } from './shared-results.js';
import { topics, type Topic, type WatchKey } from './topics.js';
import type { LiveFailure, RegistryWatchEvent, StreamItem } from './events.js';
import { instanceFingerprint, InstanceStream, JobStream, RegistryStream, type Departure, type LiveStream, type PolledStream, type RegistryStart } from './streams.js';
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

/** A subscriber asked to resume after events that are no longer kept: it must start again from the current state. */
export class ResumeUnavailable extends Error {
  constructor(readonly after: number) {
    super(`Events after ${after} are no longer kept; subscribe without resumeAfter to start from the current instances.`);
  }
}

/** A registry watch's instances now, as the subscriber (`cse`) reads them. */
async function readInstances(cse: CseClient, key: WatchKey): Promise<{ found: Cse.MicroServiceInstance[]; revision: string | undefined }> {
  try {
    const answer = await cse.findInstances({ appId: key.appId, serviceName: key.serviceName, version: key.version, ...(key.environment && { env: key.environment }) });
    // The rule is applied here too: service-center 2.1+ answers every version.
    return { found: filterByRule(key.version, answer.body?.instances ?? []), revision: answer.revision };
  } catch (err) {
    // A service name not registered yet: nothing to show now; its instances arrive as REGISTERED.
    if (err instanceof UpstreamError && err.isUnknownService) return { found: [], revision: undefined };
    throw err;
  }
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
  /** Each event executed once per group of subscribers whose answer is the same (src/transports/shared-execution.ts). */
  readonly executions = new SharedResults();
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
    const publish = async <E>(topic: Topic<SequencedEvent<E>>, event: E): Promise<StreamPosition> => {
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
      const failure: LiveFailure = {
        code: 'LIVE_DEGRADED',
        message: 'Live updates are degraded: the coordination store (Redis) is unreachable, so this replica polls on its own and events of other replicas do not reach it until it returns.',
      };
      // Told to this replica's subscribers only: each replica tells its own.
      // Every topic's events have a failure kind: the notice is one of them, unsequenced.
      const notice: SequencedEvent<{ kind: 'failure'; failure: LiveFailure }> = { sequence: 0, epoch: '', payload: { kind: 'failure', failure } };
      for (const topic of this.bus.topicNames()) this.bus.deliver(topic, notice);
    });
    // Back from degraded (or Redis came back empty): every stream is brought up to date explicitly.
    this.coordination.onResync(() => {
      this.pollers.resync();
      this.registry.resync();
    });
  }

  stop(): Promise<void> {
    return this.coordination.close();
  }

  /** A job's progress, as the subscriber (whose own credentials `cas` carries) may read it: the job now, then each step, until it finishes. */
  jobStream(session: Session, cas: CasClient, jobId: string): Promise<LiveStream<StreamItem<Cas.JobDetail>>> {
    const spec: PollSpec<Cas.JobDetail> = {
      topic: topics.job(liveScope(session), jobId),
      intervalMs: this.#settings.jobPollMs,
      fetch: (s) => new CasClient(this.#casHttp, { session: s }).getJob(jobId),
      fingerprint: jobFingerprint,
      isFinal: (j) => isJobFinished(j.job.EXECUTION_STATUS),
    };
    return this.#polled(session, spec, () => cas.getJob(jobId), new JobStream(spec.topic));
  }

  /** A component instance's status: the instance now, then each change, until it is deleted. */
  instanceStream(session: Session, cas: CasClient, key: InstanceKey): Promise<LiveStream<StreamItem<InstanceModel>>> {
    const spec: PollSpec<Cas.InstanceDetail> = {
      topic: topics.instance(liveScope(session), key),
      intervalMs: this.#settings.instancePollMs,
      fetch: (s) => new CasClient(this.#casHttp, { session: s }).getInstance(key.applicationId, key.componentId, key.instanceId),
      fingerprint: instanceFingerprint,
      isFinal: () => false,
    };
    return this.#polled(session, spec, () => cas.getInstance(key.applicationId, key.componentId, key.instanceId), new InstanceStream(spec.topic, key.applicationId, key.componentId));
  }

  /**
   * Joins the topic, reads the thing with the subscriber's own credentials (`check`), and only then
   * joins its poller: a refused check leaves nothing behind, and nothing published after the check
   * is missed. A thing already final is not polled.
   */
  async #polled<V, T>(session: Session, spec: PollSpec<V>, check: () => Promise<V>, stream: PolledStream<V, T>): Promise<LiveStream<StreamItem<T>>> {
    this.bus.join(spec.topic, stream);
    let initial: V;
    try {
      // Many subscriptions of one caller to one thing: one read serves them all (a burst must not open a breaker).
      // Shared only until an event about the thing arrives: a later subscriber never starts from an older state.
      initial = await this.checks.run(session.key, spec.topic, check, () => this.bus.mark(spec.topic));
    } catch (err) {
      this.bus.leave(spec.topic, stream);
      throw err;
    }
    if (spec.isFinal(initial)) {
      stream.start(initial, this.#leaveTopic);
      return stream;
    }
    stream.member = this.pollers.join(spec, session);
    this.#joined();
    stream.start(initial, this.#leavePoller);
    return stream;
  }

  // What subscribers leave, one function per kind (a subscriber record holds its topic and member number).
  readonly #leaveTopic: Departure = (s) => this.bus.leave(s.topic, s);
  readonly #leavePoller: Departure = (s) => {
    this.bus.leave(s.topic, s);
    this.pollers.leave(s.topic, s.member);
    this.#left();
  };
  readonly #leaveWatch: Departure = (s) => {
    this.bus.leave(s.topic, s);
    this.registry.leave(s.member);
    this.#left();
  };

  /**
   * A registry watch's instance events: the instances now as CURRENT events (read with the
   * subscriber's own credentials, `cse`), then each change; or, resuming after a position the
   * stream gave, the events since. Throws ResumeUnavailable when those are no longer kept.
   */
  async registryStream(session: Session, cse: CseClient, key: WatchKey, resume?: { after: number; epoch?: string }): Promise<LiveStream<StreamItem<InstanceEventModel>>> {
    const scope = liveScope(session);
    const topic = topics.registry(scope, key);
    // Where the stream stands, asked before the snapshot is read but never waited for: a slow or
    // unreachable Redis must not delay the first events (position 0 is safe: the stream reconciles).
    const asked = this.coordination.position(topic);
    let position: StreamPosition | undefined;
    void asked.then((p) => (position = p), () => undefined);
    // Like a poller's check, one read serves a burst of one caller's subscriptions until an event about the watch arrives.
    const { found, revision } = await this.checks.run(session.key, topic, () => readInstances(cse, key), () => this.bus.mark(topic));
    let start: RegistryStart = { current: found, position: position ?? { epoch: '', sequence: 0 }, replay: [], resumed: false };
    if (resume) {
      const now = await asked;
      const epoch = resume.epoch ?? now.epoch;
      const replay = await this.coordination.replay<RegistryWatchEvent>(topic, resume.after, epoch);
      if (replay) start = { current: [], position: { epoch, sequence: resume.after }, replay, resumed: true };
      else if (epoch === now.epoch && resume.after <= now.sequence) throw new ResumeUnavailable(resume.after);
      // Otherwise the position is of another epoch (Redis restarted, a replica alone): the snapshot it is.
      else start = { ...start, position: now };
    }
    // Joined and listened to in the same turn: the watcher cannot publish in between.
    const stream = new RegistryStream(topic);
    stream.member = this.registry.join(scope, key, session, found, revision);
    this.bus.join(topic, stream);
    this.#joined();
    stream.start(start, this.#leaveWatch);
    return stream;
  }

  #joined(): void {
    this.#subscribers++;
    this.#observer?.onSubscribers?.(this.#subscribers);
  }

  #left(): void {
    this.#subscribers--;
    this.#observer?.onSubscribers?.(this.#subscribers);
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
