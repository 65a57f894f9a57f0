/** Environment (§4.2) and its derived lists. */
import type { EnvironmentResolvers } from '../generated/resolvers-types.js';
import { encodeId } from '../graph/global-id.js';
import { fromEpochMs } from '../graph/convert.js';
import { sliceConnection } from '../graph/connection.js';
import { toListOrder } from '../graph/order.js';
import { applicationsInEnvironment, instancesInEnvironment } from '../loaders/joins.js';

export const Environment: EnvironmentResolvers = {
  id: (e) => encodeId('Environment', { environmentId: e.id }),
  rawId: (e) => e.id,
  projectId: (e) => e.project_id ?? null,
  enterpriseProjectId: (e) => e.enterprise_project_id ?? null,
  chargeMode: (e) => e.charge_mode ?? null,
  vpcId: (e) => e.vpc_id ?? null,
  baseResources: (e) => e.base_resources ?? [],
  optionalResources: (e) => e.optional_resources ?? [],
  createdAt: (e) => fromEpochMs(e.create_time),
  updatedAt: (e) => fromEpochMs(e.update_time),
  applications: async (e, args, ctx) => {
    const apps = await applicationsInEnvironment(ctx.loaders, e.id, toListOrder(args.orderBy));
    return sliceConnection(
      apps.map((a) => ({ ...a, scopeEnvironmentId: e.id })),
      args,
    );
  },
  instances: async (e, args, ctx) => sliceConnection(await instancesInEnvironment(ctx.loaders, e.id), args),
};
