/** Instance-changing mutations (§4.5): the IDs decoded, the write delegated to its service; each answers the instance and its job. */
import type { ComponentInstancePayloadResolvers, MutationResolvers } from '../generated/resolvers-types.js';
import { decodeIdOf } from '../graph/global-id.js';
import * as instances from '../services/component-instances.js';
import { UpstreamError } from '../upstream/errors.js';

type InstanceMutations = Pick<
  MutationResolvers,
  | 'deployComponent'
  | 'upgradeComponentInstance'
  | 'scaleComponentInstance'
  | 'startComponentInstance'
  | 'stopComponentInstance'
  | 'restartComponentInstance'
  | 'rollbackComponentInstance'
  | 'deleteComponentInstance'
>;

const instanceKey = (id: string) => decodeIdOf(id, 'ComponentInstance');

export const instanceMutations: InstanceMutations = {
  deployComponent: (_p, { componentId, input }, ctx) => {
    const component = decodeIdOf(componentId, 'Component', 'componentId');
    return instances.deployComponent(ctx, component, decodeIdOf(input.environmentId, 'Environment', 'input.environmentId').environmentId, input);
  },
  upgradeComponentInstance: (_p, { id, input }, ctx) => instances.upgradeComponentInstance(ctx, instanceKey(id), input),
  scaleComponentInstance: (_p, { id, replica, hosts }, ctx) => instances.scaleComponentInstance(ctx, instanceKey(id), replica, hosts),
  startComponentInstance: (_p, { id }, ctx) => instances.startComponentInstance(ctx, instanceKey(id)),
  stopComponentInstance: (_p, { id }, ctx) => instances.stopComponentInstance(ctx, instanceKey(id)),
  restartComponentInstance: (_p, { id }, ctx) => instances.restartComponentInstance(ctx, instanceKey(id)),
  rollbackComponentInstance: (_p, { id, version }, ctx) => instances.rollbackComponentInstance(ctx, instanceKey(id), version),
  deleteComponentInstance: (_p, { id, force }, ctx) => instances.deleteComponentInstance(ctx, instanceKey(id), force ?? undefined),
};

export const ComponentInstancePayload: ComponentInstancePayloadResolvers = {
  job: (p, _a, ctx) => ctx.loaders.cas.job.load(p.jobId),
  instance: async (p, _a, ctx) => {
    try {
      return await ctx.loaders.cas.instance.load(p.key);
    } catch (err) {
      // A delete's job may already have removed the instance: that is the answer, not an error.
      if (err instanceof UpstreamError && err.isNotFound) return null;
      throw err;
    }
  },
};
