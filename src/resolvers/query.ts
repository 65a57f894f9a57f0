/** Root query fields: thin, everything goes through the request's loaders. */
import { GraphQLError } from 'graphql';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { SEGMENT_MAX_LENGTH, segmentProblem } from '../upstream/route.js';
import { decodeId, decodeIdOf } from '../graph/global-id.js';
import { DEFAULT_PAGE_SIZE, pageRequest, toConnection } from '../graph/connection.js';
import { toListOrder } from '../graph/order.js';
import { fromRegistryEnvironment } from '../graph/registry-environment.js';
import { applyVersionRule, configItemsOrAbsent, findSchemaByKey, findServiceByKey } from './registry-lookups.js';
import { configItemsQuery, findInstancesQuery } from '../inputs/cse.js';
import { fetchNode } from './node.js';
import { selectsFieldBelow, selectsOfEveryItem } from '../graph/selection.js';
import { microserviceInstanceFromFind } from '../loaders/models.js';
import type * as Cse from '../wire/cse.js';

/** `job(id)` takes a Job's global ID or the upstream JOB… id that mutations and the REST API hand out. */
export function jobIdOf(id: string, argument = 'id'): string {
  if (/^JOB[\w-]+$/.test(id)) {
    const problem = segmentProblem(id, SEGMENT_MAX_LENGTH.job_id);
    if (problem) throw new GraphQLError(`Argument "${argument}" is a job id that ${problem}: pass a Job's id or the job_id a mutation answered.`, { extensions: { code: 'BAD_USER_INPUT', argument } });
    return id;
  }
  return decodeIdOf(id, 'Job', argument).jobId;
}

/** The most IDs one `nodes(ids)` takes (a page's worth). */
export const MAX_NODES = 100;

export const Query: QueryResolvers = {
  node: (_p, { id }, ctx) => fetchNode(id, ctx),
  nodes: (_p, { ids }, ctx) => {
    // Checked before any call, however the IDs arrived (inline or in a variable).
    if (ids.length > MAX_NODES) {
      throw new GraphQLError(`Argument "ids" has ${ids.length} IDs; nodes takes at most ${MAX_NODES}. Ask in several operations.`, {
        extensions: { code: 'BAD_USER_INPUT', argument: 'ids', limit: MAX_NODES },
      });
    }
    // A malformed ID fails the whole call before anything is loaded: it is a caller's bug, not missing data.
    ids.forEach((id, i) => decodeId(id, `ids[${i}]`));
    return ids.map((id, i) => fetchNode(id, ctx, `ids[${i}]`));
  },

  runtimes: (_p, _a, ctx) => ctx.loaders.cas.runtimes(),
  flavors: (_p, _a, ctx) => ctx.loaders.cas.flavors(),

  environments: async (_p, args, ctx, info) => {
    // Checked first: a bad page argument costs nothing upstream, read ahead or not.
    const page = pageRequest(args);
    // The walk below an environment does not depend on the environments list: start what it needs now.
    if (selectsFieldBelow(info, ['applications', 'instances'])) ctx.loaders.cas.prefetchAllInstances();
    const listed = ctx.loaders.cas.environments.page(null, page.limit, page.offset, toListOrder(args.orderBy));
    // The dashboard's last jobs, each as its instance list arrives (the walk reads one default page of each list).
    if (selectsOfEveryItem(info, ['applications', 'components', 'instances'], 'lastJob')) {
      ctx.loaders.cas.prefetchLastJobs(
        listed.then((p) => p.items.map((e) => e.id)),
        DEFAULT_PAGE_SIZE,
      );
    }
    const { count, items } = await listed;
    return toConnection(items, page, count);
  },
  environment: (_p, { id }, ctx) => ctx.loaders.cas.environment.load(decodeIdOf(id, 'Environment').environmentId),

  applications: async (_p, args, ctx) => {
    const page = pageRequest(args);
    const { count, items } = await ctx.loaders.cas.applications.page(null, page.limit, page.offset, toListOrder(args.orderBy));
    return toConnection(items, page, count);
  },
  application: (_p, { id }, ctx) => ctx.loaders.cas.application.load(decodeIdOf(id, 'Application').applicationId),

  job: (_p, { id }, ctx) => ctx.loaders.cas.job.load(jobIdOf(id)),

  microservices: async (_p, { filter }, ctx) => {
    const all = await ctx.loaders.cse.allServices();
    if (!filter) return all;
    // NONE is the empty environment, never development (registry-environment.ts).
    const env = filter.environment ? fromRegistryEnvironment(filter.environment) : undefined;
    return all.filter(
      (s) =>
        (!filter.appId || s.appId === filter.appId) &&
        (!filter.serviceName || s.serviceName === filter.serviceName) &&
        (!filter.version || s.version === filter.version) &&
        (env === undefined || (s.environment ?? '') === env),
    );
  },
  microservice: (_p, { id }, ctx) => ctx.loaders.cse.service.load(decodeIdOf(id, 'Microservice').serviceId),

  microserviceByKey: (_p, { key }, ctx) => findServiceByKey(ctx, key),
  microserviceSchemaByKey: (_p, { microserviceId, schemaId }, ctx) => findSchemaByKey(ctx, microserviceId, schemaId),

  findMicroserviceInstances: async (_p, { input }, ctx) => {
    const query = findInstancesQuery(input);
    const found = await ctx.cse.findInstances(query);
    const instances = (found.body?.instances ?? []).map(microserviceInstanceFromFind);
    return { instances: await applyVersionRule(ctx, query.version, instances), revision: found.revision ?? null };
  },

  configurationItems: async (_p, { input }, ctx) => {
    const { query, environment } = configItemsQuery(input);
    const answer = await configItemsOrAbsent(() => ctx.cse.configItems(query, environment));
    const body = answer.body ?? ({} as Partial<Cse.ConfigItemsResponse>);
    const dimensions = Object.entries(body)
      .filter(([key]) => key !== 'revision')
      .map(([dimension, items]) => ({
        dimension,
        items: Object.entries((items ?? {}) as Record<string, string>).map(([key, value]) => ({ key, value: String(value) })),
      }));
    return { dimensions, revision: answer.revision ?? null };
  },
};
