/** Component (§4.4): its source, build, instances and registry microservices. */
import type { ArtifactSourceResolvers, CodeSourceResolvers, ComponentResolvers, ComponentSourceResolvers } from '../generated/resolvers-types.js';
import { decodeIdOf, encodeId } from '../graph/global-id.js';
import { fromEpochMs, toEnum } from '../graph/convert.js';
import { pageRequest, sliceConnection, toConnection } from '../graph/connection.js';
import { toListOrder } from '../graph/order.js';
import { byVersionDescending, microservicesOfComponent } from '../loaders/joins.js';

const CATEGORIES = ['WEBAPP', 'MICROSERVICE', 'COMMON'] as const;

export const Component: ComponentResolvers = {
  id: (c) => encodeId('Component', { applicationId: c.application_id, componentId: c.id }),
  rawId: (c) => c.id,
  status: (c) => (c.status === 1 ? 'DELETING' : c.status === 0 ? 'NORMAL' : null),
  category: (c) => toEnum(c.category, CATEGORIES),
  subCategory: (c) => c.sub_category || null,
  projectId: (c) => c.project_id ?? null,
  pipelineIds: (c) => c.pipeline_ids ?? null,
  createdAt: (c) => fromEpochMs(c.create_time),
  updatedAt: (c) => fromEpochMs(c.update_time),
  application: (c, _args, ctx) => ctx.loaders.cas.application.load(c.application_id),
  instances: async (c, args, ctx) => {
    const key = { applicationId: c.application_id, componentId: c.id };
    const order = toListOrder(args.orderBy);
    const environmentId = args.environmentId ? decodeIdOf(args.environmentId, 'Environment', 'environmentId').environmentId : c.scopeEnvironmentId;
    if (environmentId) {
      // CAS cannot filter by environment: the whole list (one call) is filtered and paged here.
      const all = await ctx.loaders.cas.instances.all(key, order);
      return sliceConnection(
        all.filter((i) => i.environment_id === environmentId),
        args,
      );
    }
    const page = pageRequest(args);
    const { count, items } = await ctx.loaders.cas.instances.page(key, page.limit, page.offset, order);
    return toConnection(items, page, count);
  },
  microservice: async (c, _args, ctx) => (await microservicesOfComponent(ctx.loaders, c)).sort(byVersionDescending)[0] ?? null,
  microservices: async (c, _args, ctx) => (await microservicesOfComponent(ctx.loaders, c)).sort(byVersionDescending),
};

export const ComponentSource: ComponentSourceResolvers = {
  __resolveType: (s) => ((s as { kind?: string }).kind === 'code' ? 'CodeSource' : 'ArtifactSource'),
};

export const CodeSource: CodeSourceResolvers = {
  repoType: (s) => (s.kind === 'code' ? s.spec.repo_type : ''),
  repoUrl: (s) => (s.kind === 'code' ? s.spec.repo_url : ''),
  repoRef: (s) => (s.kind === 'code' ? (s.spec.repo_ref ?? null) : null),
  repoAuth: (s) => (s.kind === 'code' ? (s.spec.repo_auth ?? null) : null),
};

export const ArtifactSource: ArtifactSourceResolvers = {
  storage: (s) => (s.kind === 'artifact' ? s.spec.storage : ''),
  type: (s) => (s.kind === 'artifact' ? s.spec.type : ''),
  url: (s) => (s.kind === 'artifact' ? s.spec.url : ''),
  auth: (s) => (s.kind === 'artifact' ? (s.spec.auth ?? null) : null),
  properties: (s) => (s.kind === 'artifact' ? (s.spec.properties ?? null) : null),
};
