/**
 * Instance-changing mutations (§4.5): each answers the instance and the job it started, so a
 * client can subscribe to the job at once. Sent once; never retried.
 */
import type { ComponentInstancePayloadResolvers, MutationResolvers } from '../generated/resolvers-types.js';
import type { GatewayContext } from '../context.js';
import { decodeIdOf } from '../graph/global-id.js';
import { UpstreamError } from '../upstream/errors.js';
import * as inputs from '../inputs/cas.js';
import type { InstancePayloadModel } from '../loaders/models.js';
import type * as W from '../wire/cas.js';

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

function started(ctx: GatewayContext, key: InstancePayloadModel['key'], jobId: string): InstancePayloadModel {
  ctx.loaders.cas.afterWrite.instance({ applicationId: key.applicationId, componentId: key.componentId }, key.instanceId);
  return { key, jobId };
}

/**
 * Names the replicas a write is about to take away, so their leaving the registry reads DEREGISTERED.
 * Looked up alongside the write (not before it: the write never waits); a lookup that fails names nothing.
 */
function replicasLeaving(ctx: GatewayContext, key: InstancePayloadModel['key']): { noted(): Promise<void> } {
  const lookup = (async () => {
    const [instance, component, application] = await Promise.all([
      ctx.loaders.cas.instance.load(key),
      ctx.loaders.cas.component.load({ applicationId: key.applicationId, componentId: key.componentId }),
      ctx.loaders.cas.application.load(key.applicationId),
    ]);
    return { appId: application.name, serviceName: component.name, hostPrefix: `${instance.name}-` };
  })();
  lookup.catch(() => undefined);
  return {
    noted: async () => {
      const replicas = await lookup.catch(() => undefined);
      if (replicas) ctx.live.noteReplicasLeaving(ctx.session, replicas);
    },
  };
}

async function action(ctx: GatewayContext, id: string, body: W.InstanceActionRequest): Promise<InstancePayloadModel> {
  const key = decodeIdOf(id, 'ComponentInstance');
  // Every action but start can take replicas away (scale in, stop, restart, rollback).
  const leaving = body.action === 'start' ? undefined : replicasLeaving(ctx, key);
  const { job_id } = await ctx.cas.instanceAction(key.applicationId, key.componentId, key.instanceId, body);
  await leaving?.noted();
  return started(ctx, key, job_id);
}

export const instanceMutations: InstanceMutations = {
  deployComponent: async (_p, { componentId, input }, ctx) => {
    const component = decodeIdOf(componentId, 'Component', 'componentId');
    const { environmentId } = decodeIdOf(input.environmentId, 'Environment', 'input.environmentId');
    const body = inputs.deployBody(input, environmentId);
    const { instance_id, job_id } = await ctx.cas.createInstance(component.applicationId, component.componentId, body);
    return started(ctx, { ...component, instanceId: instance_id }, job_id);
  },
  upgradeComponentInstance: async (_p, { id, input }, ctx) => {
    const key = decodeIdOf(id, 'ComponentInstance');
    const body = inputs.upgradeBody(input);
    const leaving = replicasLeaving(ctx, key);
    const { job_id } = await ctx.cas.updateInstance(key.applicationId, key.componentId, key.instanceId, body);
    await leaving.noted();
    return started(ctx, key, job_id);
  },
  scaleComponentInstance: (_p, { id, replica, hosts }, ctx) => {
    decodeIdOf(id, 'ComponentInstance');
    return action(ctx, id, inputs.scaleBody(replica, hosts));
  },
  startComponentInstance: (_p, { id }, ctx) => action(ctx, id, { action: 'start' }),
  stopComponentInstance: (_p, { id }, ctx) => action(ctx, id, { action: 'stop' }),
  restartComponentInstance: (_p, { id }, ctx) => action(ctx, id, { action: 'restart' }),
  rollbackComponentInstance: (_p, { id, version }, ctx) => {
    decodeIdOf(id, 'ComponentInstance');
    return action(ctx, id, inputs.rollbackBody(version));
  },
  deleteComponentInstance: async (_p, { id, force }, ctx) => {
    const key = decodeIdOf(id, 'ComponentInstance');
    const leaving = replicasLeaving(ctx, key);
    const { job_id } = await ctx.cas.deleteInstance(key.applicationId, key.componentId, key.instanceId, force ?? undefined);
    await leaving.noted();
    return started(ctx, key, job_id);
  },
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
