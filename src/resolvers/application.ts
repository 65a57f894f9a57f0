/** Application (§4.3): components, per-environment configuration and its registry microservices. */
import type { ApplicationConfigurationResolvers, ApplicationResolvers } from '../generated/resolvers-types.js';
import { decodeIdOf, encodeId } from '../graph/global-id.js';
import { fromEpochMs } from '../graph/convert.js';
import { pageRequest, toConnection } from '../graph/connection.js';
import { toListOrder } from '../graph/order.js';
import { microservicesOfApplication } from '../loaders/joins.js';

export const Application: ApplicationResolvers = {
  id: (a) => encodeId('Application', { applicationId: a.id }),
  rawId: (a) => a.id,
  projectId: (a) => a.project_id ?? null,
  enterpriseProjectId: (a) => a.enterprise_project_id ?? null,
  unifiedModel: (a) => a.unified_model ?? null,
  // Create and modify answers lack component_count (Table 4-42); the detail has it.
  componentCount: async (a, _args, ctx) => a.component_count ?? (await ctx.loaders.cas.application.load(a.id)).component_count ?? null,
  createdAt: (a) => fromEpochMs(a.create_time),
  updatedAt: (a) => fromEpochMs(a.update_time),
  components: async (a, args, ctx) => {
    const page = pageRequest(args);
    const { count, items } = await ctx.loaders.cas.components.page(a.id, page.limit, page.offset, toListOrder(args.orderBy));
    const scoped = a.scopeEnvironmentId ? items.map((c) => ({ ...c, scopeEnvironmentId: a.scopeEnvironmentId })) : items;
    return toConnection(scoped, page, count);
  },
  configuration: async (a, { environmentId }, ctx) => {
    const env = environmentId ? decodeIdOf(environmentId, 'Environment', 'environmentId').environmentId : undefined;
    return ctx.loaders.cas.applicationConfiguration.load({ applicationId: a.id, environmentId: env });
  },
  microservices: (a, _args, ctx) => microservicesOfApplication(ctx.loaders, a.name),
};

export const ApplicationConfiguration: ApplicationConfigurationResolvers = {
  environment: (c, _args, ctx) => ctx.loaders.cas.environment.load(c.environment_id),
  environmentRawId: (c) => c.environment_id,
  env: (c) => c.configuration?.env ?? [],
};
