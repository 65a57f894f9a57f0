/**
 * Component instance writes (§4.5): each answers the instance and the job it started, so a client can
 * subscribe to the job at once. A write that can take replicas away (every one but deploy and start)
 * tells the live hub, so their leaving the registry reads DEREGISTERED rather than HEARTBEAT_LOST.
 */
import type * as G from '../generated/resolvers-types.js';
import * as inputs from '../inputs/cas.js';
import type { ComponentKey, InstanceKey } from '../loaders/cas.js';
import type { InstancePayloadModel } from '../loaders/models.js';
import type * as W from '../wire/cas.js';
import { sendWrite, type InstanceWriteScope } from './write-scope.js';

/** The instance's list, its detail, its snapshots and the walk of all instances are forgotten; nothing is primed (the job is still running). */
function sendInstanceWrite(scope: InstanceWriteScope, key: InstanceKey, send: () => Promise<W.JobIdResponse>): Promise<W.JobIdResponse> {
  const { instanceId, ...component } = key;
  return sendWrite(send, () => scope.loaders.cas.afterWrite.instance(component, instanceId));
}

/**
 * Names the replicas a write is about to take away. Looked up alongside the write (not before it: the
 * write never waits for it); a lookup that fails names nothing, and a write that fails notes nothing.
 */
async function replicasLeaving(scope: InstanceWriteScope, key: InstanceKey, send: () => Promise<W.JobIdResponse>): Promise<InstancePayloadModel> {
  const lookup = Promise.all([
    scope.loaders.cas.instance.load(key),
    scope.loaders.cas.component.load({ applicationId: key.applicationId, componentId: key.componentId }),
    scope.loaders.cas.application.load(key.applicationId),
  ]).then(
    ([instance, component, application]) => ({ appId: application.name, serviceName: component.name, hostPrefix: `${instance.name}-` }),
    () => undefined,
  );
  const job = await sendInstanceWrite(scope, key, send);
  const replicas = await lookup;
  if (replicas) scope.live.noteReplicasLeaving(scope.session, replicas);
  return { key, jobId: job.job_id };
}

export async function deployComponent(scope: InstanceWriteScope, component: ComponentKey, environmentId: string, input: G.DeployComponentInput): Promise<InstancePayloadModel> {
  const body = inputs.deployBody(input, environmentId);
  const { instance_id, job_id } = await sendWrite(
    () => scope.cas.createInstance(component.applicationId, component.componentId, body),
    (answer) => scope.loaders.cas.afterWrite.instance(component, answer?.instance_id),
  );
  return { key: { ...component, instanceId: instance_id }, jobId: job_id };
}

export async function upgradeComponentInstance(scope: InstanceWriteScope, key: InstanceKey, input: G.UpgradeComponentInstanceInput): Promise<InstancePayloadModel> {
  const body = inputs.upgradeBody(input);
  return replicasLeaving(scope, key, () => scope.cas.updateInstance(key.applicationId, key.componentId, key.instanceId, body));
}

/** Scale, stop, restart, rollback: each can take replicas away. */
function instanceAction(scope: InstanceWriteScope, key: InstanceKey, body: W.InstanceActionRequest): Promise<InstancePayloadModel> {
  return replicasLeaving(scope, key, () => scope.cas.instanceAction(key.applicationId, key.componentId, key.instanceId, body));
}

export async function scaleComponentInstance(scope: InstanceWriteScope, key: InstanceKey, replica: number, hosts?: readonly string[] | null): Promise<InstancePayloadModel> {
  return instanceAction(scope, key, inputs.scaleBody(replica, hosts));
}

export async function startComponentInstance(scope: InstanceWriteScope, key: InstanceKey): Promise<InstancePayloadModel> {
  const { job_id } = await sendInstanceWrite(scope, key, () => scope.cas.instanceAction(key.applicationId, key.componentId, key.instanceId, { action: 'start' }));
  return { key, jobId: job_id };
}

export async function stopComponentInstance(scope: InstanceWriteScope, key: InstanceKey): Promise<InstancePayloadModel> {
  return instanceAction(scope, key, { action: 'stop' });
}

export async function restartComponentInstance(scope: InstanceWriteScope, key: InstanceKey): Promise<InstancePayloadModel> {
  return instanceAction(scope, key, { action: 'restart' });
}

export async function rollbackComponentInstance(scope: InstanceWriteScope, key: InstanceKey, version: string): Promise<InstancePayloadModel> {
  return instanceAction(scope, key, inputs.rollbackBody(version));
}

export async function deleteComponentInstance(scope: InstanceWriteScope, key: InstanceKey, force?: boolean): Promise<InstancePayloadModel> {
  return replicasLeaving(scope, key, () => scope.cas.deleteInstance(key.applicationId, key.componentId, key.instanceId, force));
}
