/**
 * Subscriptions: each checks the subscriber with its own credentials (that read is the first
 * event), then follows the shared poller's events on the bus until the thing is final or gone.
 */
import { GraphQLError } from 'graphql';
import type { MicroserviceInstanceEventResolvers, RegistryEnvironment, SubscriptionResolvers } from '../generated/resolvers-types.js';
import type { GatewayContext } from '../context.js';
import { decodeIdOf } from '../graph/global-id.js';
import { codeOfMeaning } from '../graph/errors.js';
import { wireEnvironment } from '../inputs/cse.js';
import { filterByRule } from '../upstream/version-rules.js';
import { check } from '../inputs/check.js';
import * as rules from '../inputs/rules.js';
import { z } from 'zod';
import { UpstreamError } from '../upstream/errors.js';
import type { PollEvent, LiveFailure } from '../live/pollers.js';
import type { InstanceEvent, RegistryWatchEvent, WatchKey } from '../live/registry-watch.js';
import type { Watch } from '../live/hub.js';
import type { SequencedEvent, StreamPosition } from '../live/coordination.js';
import { jobIdOf } from './query.js';
import { isJobFinished, jobAdvance } from '../upstream/job-vocabulary.js';
import { microserviceInstanceFromFind } from './microservice-instance.js';
import type { InstanceEventModel, InstanceModel, JobModel } from '../loaders/models.js';
import type * as Cas from '../wire/cas.js';
import type * as Cse from '../wire/cse.js';

/** A failure that outlasted the grace period: delivered as an event with an error; the stream goes on. */
class LiveFailureEvent {
  constructor(readonly failure: LiveFailure) {}
}

function failureError(f: LiveFailure): GraphQLError {
  // A degraded replica says what goes on in its own message; an upstream failure is ridden out.
  if (f.code === 'LIVE_DEGRADED') return new GraphQLError(f.message, { extensions: { code: f.code } });
  const after = ' The subscription goes on and will deliver changes when the upstream recovers.';
  return new GraphQLError(`${f.message}${after}`, { extensions: { code: codeOfMeaning(f.code) } });
}

async function* jobStream(watch: Watch<PollEvent<Cas.JobDetail>> & { initial: Cas.JobDetail }): AsyncGenerator<JobModel | LiveFailureEvent> {
  try {
    let last = watch.initial;
    yield last;
    if (isJobFinished(last.job.EXECUTION_STATUS)) return;
    for await (const { payload: e } of watch.events) {
      if (e.kind === 'failure') {
        yield new LiveFailureEvent(e.failure);
        continue;
      }
      if (e.kind === 'gone') {
        yield new LiveFailureEvent({ code: 'NOT_FOUND', message: `Job ${last.job.JOB_ID} no longer exists.` });
        return;
      }
      if (jobAdvance(e.value) <= jobAdvance(last)) continue;
      last = e.value;
      yield last;
      if (isJobFinished(last.job.EXECUTION_STATUS)) return;
    }
  } finally {
    watch.leave();
  }
}

async function* instanceStream(watch: Watch<PollEvent<Cas.InstanceDetail>> & { initial: Cas.InstanceDetail }, ids: { application_id: string; component_id: string }): AsyncGenerator<InstanceModel | LiveFailureEvent> {
  try {
    let fingerprint = JSON.stringify([watch.initial.version, watch.initial.status_detail]);
    yield { ...watch.initial, ...ids };
    for await (const { payload: e } of watch.events) {
      if (e.kind === 'failure') {
        yield new LiveFailureEvent(e.failure);
        continue;
      }
      if (e.kind === 'gone') return; // deleted: the stream completes
      const next = JSON.stringify([e.value.version, e.value.status_detail]);
      if (next === fingerprint) continue;
      fingerprint = next;
      yield { ...e.value, ...ids };
    }
  } finally {
    watch.leave();
  }
}

const instanceKeyOf = (i: Cse.MicroServiceInstance) => `${i.serviceId}/${i.instanceId}`;

interface RegistryStart {
  /** The instances now (CURRENT events), unless the subscriber resumes. */
  current: Cse.MicroServiceInstance[];
  /** Where the stream stood before the snapshot was read: CURRENT events carry it; live events follow it. */
  position: StreamPosition;
  /** Events to replay first when resuming. */
  replay: SequencedEvent<RegistryWatchEvent>[];
  /** Resuming: the events themselves are the truth; no snapshot to reconcile them with. */
  resumed: boolean;
}

/** Whether a fresh stream's snapshot already shows what the event says (the event raced the subscriber's read). */
function alreadyKnown(event: InstanceEvent, before: Cse.MicroServiceInstance | undefined): boolean {
  if (event.type === 'HEARTBEAT_LOST' || event.type === 'DEREGISTERED') return !before;
  if (!before || before.timestamp !== event.instance.timestamp) return false;
  if (event.type === 'REGISTERED') return true;
  if (event.type === 'STATUS_CHANGED') return before.status === event.instance.status;
  return JSON.stringify(before.properties ?? {}) === JSON.stringify(event.instance.properties ?? {});
}

async function* registryStream(watch: Watch<RegistryWatchEvent>, start: RegistryStart): AsyncGenerator<InstanceEventModel | LiveFailureEvent> {
  let { epoch, sequence: last } = start.position;
  // Reconcile events with a snapshot (the snapshot may already show them) until the stream resumes from events alone.
  let reconcile = !start.resumed;
  // What this subscriber has been told, so a watch it joined late never repeats or contradicts it.
  let known = new Map(start.current.map((i) => [instanceKeyOf(i), i]));
  const model = (e: InstanceEvent, sequence: number): InstanceEventModel => ({
    type: e.type,
    instance: microserviceInstanceFromFind(e.instance),
    ...(e.previousStatus && { previousStatus: e.previousStatus }),
    sequence,
    epoch,
  });
  async function* merged(): AsyncGenerator<SequencedEvent<RegistryWatchEvent>> {
    yield* start.replay;
    yield* watch.events;
  }
  try {
    for (const instance of start.current) yield model({ type: 'CURRENT', instance }, last);
    for await (const { sequence, epoch: from, payload: e } of merged()) {
      if (e.kind === 'failure') {
        yield new LiveFailureEvent(e.failure);
        continue;
      }
      if (e.kind === 'resync') {
        // The replica may have missed events: the subscriber gets the whole set again, in the stream's epoch now.
        epoch = from;
        last = sequence;
        const fresh = new Map(e.instances.map((i) => [instanceKeyOf(i), i]));
        for (const [k, gone] of known) if (!fresh.has(k)) yield model({ type: 'HEARTBEAT_LOST', instance: gone }, last);
        for (const instance of e.instances) yield model({ type: 'CURRENT', instance }, last);
        known = fresh;
        reconcile = true;
        continue;
      }
      // Replayed and live events overlap when resuming; each is delivered once, in order. An event
      // of another epoch is never taken for one already seen: its counter started again.
      if (from === epoch && sequence <= last) continue;
      epoch = from;
      last = sequence;
      const { event } = e;
      const k = instanceKeyOf(event.instance);
      if (reconcile && alreadyKnown(event, known.get(k))) continue;
      if (event.type === 'HEARTBEAT_LOST' || event.type === 'DEREGISTERED') known.delete(k);
      else known.set(k, event.instance);
      yield model(event, sequence);
    }
  } finally {
    watch.leave();
  }
}

/**
 * An async generator waiting for its next event cannot run `finally` until that event comes; a
 * client that goes away must stop its share of polling now, so `return()` closes the watch first.
 */
class Closable<T> implements AsyncIterableIterator<T> {
  constructor(
    private readonly stream: AsyncGenerator<T>,
    private readonly close: () => void,
  ) {}

  next(): Promise<IteratorResult<T>> {
    return this.stream.next();
  }

  return(value?: unknown): Promise<IteratorResult<T>> {
    this.close();
    return this.stream.return(value as T);
  }

  throw(err?: unknown): Promise<IteratorResult<T>> {
    return this.stream.throw(err);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

// A class rather than an object of closures: it holds one prototype for thousands of subscriptions.
const closable = <T>(stream: AsyncGenerator<T>, close: () => void) => new Closable(stream, close);

/** A payload of the streams above, or the error it carries. */
function unwrap<T>(payload: T | LiveFailureEvent): T {
  if (payload instanceof LiveFailureEvent) throw failureError(payload.failure);
  return payload;
}

const watchArgs = z
  .object({
    resumeAfter: z.number().int().min(0, 'a sequence number the stream delivered').nullish(),
    resumeEpoch: z.string().max(64, 'an epoch the stream delivered').nullish(),
    microserviceId: z.string().nullish(),
    appId: rules.appId.nullish(),
    serviceName: rules.serviceName.nullish(),
    versionRule: rules.versionRule.nullish(),
    environment: z.string().nullish(),
  })
  .refine((a) => (a.microserviceId ? !a.appId && !a.serviceName && !a.versionRule : Boolean(a.appId && a.serviceName)), 'give microserviceId, or appId and serviceName (with versionRule and environment if you like)');

/** A caller's claimed project is checked against its token by one CAS call before it shares a project's watcher. */
async function verifyProject(ctx: GatewayContext): Promise<void> {
  if (ctx.session.kind === 'caller') await ctx.live.checks.run(ctx.session.key, 'project', () => ctx.loaders.cas.runtimes());
}

async function watchKeyOf(ctx: GatewayContext, args: z.output<typeof watchArgs>): Promise<WatchKey> {
  if (args.microserviceId) {
    const { serviceId } = decodeIdOf(args.microserviceId, 'Microservice', 'microserviceId');
    const s = await ctx.live.checks.run(ctx.session.key, `service|${serviceId}`, () => ctx.loaders.cse.service.load(serviceId));
    return { environment: s.environment || undefined, appId: s.appId, serviceName: s.serviceName, version: s.version };
  }
  return {
    ...(wireEnvironment(args.environment as RegistryEnvironment | null | undefined) && { environment: wireEnvironment(args.environment as RegistryEnvironment) }),
    appId: args.appId!,
    serviceName: args.serviceName!,
    version: args.versionRule ?? '0+',
  };
}

export const Subscription: SubscriptionResolvers = {
  jobProgress: {
    subscribe: async (_p, { jobId }, ctx) => {
      const id = jobIdOf(jobId, 'jobId');
      const watch = await ctx.live.watchJob(ctx.session, id, () => ctx.cas.getJob(id));
      return closable(jobStream(watch), watch.leave);
    },
    resolve: (payload: JobModel | LiveFailureEvent) => unwrap(payload),
  },
  componentInstanceStatus: {
    subscribe: async (_p, { id }, ctx) => {
      const key = decodeIdOf(id, 'ComponentInstance');
      const watch = await ctx.live.watchInstance(ctx.session, key, () => ctx.cas.getInstance(key.applicationId, key.componentId, key.instanceId));
      return closable(instanceStream(watch, { application_id: key.applicationId, component_id: key.componentId }), watch.leave);
    },
    resolve: (payload: InstanceModel | LiveFailureEvent) => unwrap(payload),
  },
  microserviceInstanceChanges: {
    subscribe: async (_p, args, ctx) => {
      const valid = check(watchArgs, args, '');
      await verifyProject(ctx);
      const key = await watchKeyOf(ctx, valid);
      // Where the stream stands, asked before the snapshot is read but never waited for: a slow or
      // unreachable Redis must not delay the first events (position 0 is safe: the stream reconciles).
      const asked = ctx.live.registryPosition(ctx.session, key);
      let position: StreamPosition | undefined;
      void asked.then((p) => (position = p), () => undefined);
      let found: Cse.MicroServiceInstance[] = [];
      let revision: string | undefined;
      try {
        const answer = await ctx.cse.findInstances({ appId: key.appId, serviceName: key.serviceName, version: key.version, ...(key.environment && { env: key.environment }) });
        // The rule is applied here too: service-center 2.1+ answers every version.
        found = filterByRule(key.version, answer.body?.instances ?? []);
        revision = answer.revision;
      } catch (err) {
        // A service name not registered yet: nothing to show now; its instances arrive as REGISTERED.
        if (!(err instanceof UpstreamError && err.isUnknownService)) throw err;
      }
      let start: RegistryStart = { current: found, position: position ?? { epoch: '', sequence: 0 }, replay: [], resumed: false };
      if (valid.resumeAfter != null) {
        const now = await asked;
        const epoch = valid.resumeEpoch ?? now.epoch;
        const replay = await ctx.live.replayRegistry(ctx.session, key, valid.resumeAfter, epoch);
        if (replay) start = { current: [], position: { epoch, sequence: valid.resumeAfter }, replay, resumed: true };
        else if (epoch === now.epoch && valid.resumeAfter <= now.sequence) {
          throw new GraphQLError(`Events after ${valid.resumeAfter} are no longer kept; subscribe without resumeAfter to start from the current instances.`, {
            extensions: { code: 'BAD_USER_INPUT', argument: 'resumeAfter' },
          });
        }
        // Otherwise the position is of another epoch (Redis restarted, a replica alone): the snapshot it is.
        else start = { ...start, position: now };
      }
      const watch = ctx.live.watchRegistry(ctx.session, key, found, revision);
      return closable(registryStream(watch, start), watch.leave);
    },
    resolve: (payload: InstanceEventModel | LiveFailureEvent) => unwrap(payload),
  },
};

export const MicroserviceInstanceEvent: MicroserviceInstanceEventResolvers = {
};
