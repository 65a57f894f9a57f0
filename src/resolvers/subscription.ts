/**
 * Subscriptions: live/ hands out each stream (checked with the subscriber's own credentials, then
 * the shared poller's changes); these resolvers only validate arguments and translate what the
 * streams carry for GraphQL.
 */
import { GraphQLError } from 'graphql';
import type { RegistryEnvironment, SubscriptionResolvers } from '../generated/resolvers-types.js';
import type { GatewayContext } from '../context.js';
import { decodeIdOf } from '../graph/global-id.js';
import { codeOfMeaning } from '../graph/errors.js';
import { wireEnvironment } from '../inputs/cse.js';
import { check } from '../inputs/check.js';
import * as rules from '../inputs/rules.js';
import { z } from 'zod';
import { ResumeUnavailable } from '../live/hub.js';
import { LiveFailureNotice, type LiveFailure, type StreamItem } from '../live/events.js';
import type { WatchKey } from '../live/topics.js';
import { jobIdOf } from './query.js';
import type { InstanceEventModel, InstanceModel, JobModel } from '../loaders/models.js';

function failureError(f: LiveFailure): GraphQLError {
  // A degraded replica says what goes on in its own message; an upstream failure is ridden out.
  if (f.code === 'LIVE_DEGRADED') return new GraphQLError(f.message, { extensions: { code: f.code } });
  const after = ' The subscription goes on and will deliver changes when the upstream recovers.';
  return new GraphQLError(`${f.message}${after}`, { extensions: { code: codeOfMeaning(f.code) } });
}

/** A stream's item, or the error its failure notice carries (delivered as an event; the stream goes on). */
function valueOf<T>(item: StreamItem<T>): T {
  if (item instanceof LiveFailureNotice) throw failureError(item.failure);
  return item;
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

async function registryStream(ctx: GatewayContext, args: z.output<typeof watchArgs>) {
  await verifyProject(ctx);
  const key = await watchKeyOf(ctx, args);
  try {
    return await ctx.live.registryStream(ctx.session, ctx.cse, key, args.resumeAfter == null ? undefined : { after: args.resumeAfter, ...(args.resumeEpoch != null && { epoch: args.resumeEpoch }) });
  } catch (err) {
    if (err instanceof ResumeUnavailable) throw new GraphQLError(err.message, { extensions: { code: 'BAD_USER_INPUT', argument: 'resumeAfter' } });
    throw err;
  }
}

export const Subscription: SubscriptionResolvers = {
  jobProgress: {
    subscribe: (_p, { jobId }, ctx) => ctx.live.jobStream(ctx.session, ctx.cas, jobIdOf(jobId, 'jobId')),
    resolve: (item: StreamItem<JobModel>) => valueOf(item),
  },
  componentInstanceStatus: {
    subscribe: (_p, { id }, ctx) => ctx.live.instanceStream(ctx.session, ctx.cas, decodeIdOf(id, 'ComponentInstance')),
    resolve: (item: StreamItem<InstanceModel>) => valueOf(item),
  },
  microserviceInstanceChanges: {
    subscribe: (_p, args, ctx) => registryStream(ctx, check(watchArgs, args, '')),
    resolve: (item: StreamItem<InstanceEventModel>) => valueOf(item),
  },
};
