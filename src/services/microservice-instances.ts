/**
 * Registry instance writes (§5.11, §5.13, §5.15-5.17). A registry's reads may lag its writes (service-center): what a
 * write did to an instance is noted so the answer, and this caller's reads right after, show it
 * (loaders/recent-writes.ts); writes to one instance go out in order (upstream/write-order.ts).
 */
import type * as G from '../generated/resolvers-types.js';
import * as inputs from '../inputs/cse.js';
import type { InstanceWrite } from '../loaders/recent-writes.js';
import type { MicroserviceInstanceModel } from '../loaders/models.js';
import { inOrder, instanceWriteKey } from '../upstream/write-order.js';
import type * as W from '../wire/cse.js';
import { sendWrite, type RegistryWriteScope } from './write-scope.js';

export interface MicroserviceInstanceKey {
  serviceId: string;
  instanceId: string;
}

/** Sends a write to a known instance after the ones before it, forgets what the request read of it, and notes what it did. */
async function instanceWritten(scope: RegistryWriteScope, key: MicroserviceInstanceKey, send: () => Promise<void>, write: InstanceWrite): Promise<void> {
  await sendWrite(
    () => inOrder(instanceWriteKey(key.serviceId, key.instanceId), send),
    () => scope.loaders.cse.afterWrite.instance(key.serviceId, key.instanceId),
  );
  scope.loaders.cse.noteInstanceWrite(key.serviceId, key.instanceId, write);
}

/** A registration as the registry will show it: what was sent, the ids, and the service's version (unknown if the service cannot be read). */
async function noteRegistered(scope: RegistryWriteScope, key: MicroserviceInstanceKey, body: W.MicroServiceInstance): Promise<void> {
  const service = await scope.loaders.cse.service.load(key.serviceId).catch(() => undefined);
  if (!service) return;
  const now = String(Math.floor(Date.now() / 1000));
  scope.loaders.cse.noteInstanceWrite(key.serviceId, key.instanceId, {
    kind: 'registered',
    instance: { ...body, ...key, version: service.version, status: body.status ?? 'UP', timestamp: now, modTimestamp: now },
    service: { appId: service.appId, serviceName: service.serviceName, environment: service.environment ?? '' },
  });
}

export async function registerMicroserviceInstance(scope: RegistryWriteScope, serviceId: string, input: G.RegisterInstanceInput): Promise<MicroserviceInstanceModel> {
  const body = inputs.registerInstanceBody(input);
  const send = () => scope.cse.registerInstance(serviceId, body);
  // An instance id chosen by the caller is known before the answer, so its writes keep their order.
  const { instanceId } = await sendWrite(
    () => (body.instanceId ? inOrder(instanceWriteKey(serviceId, body.instanceId), send) : send()),
    (answer) => scope.loaders.cse.afterWrite.instance(serviceId, answer?.instanceId ?? body.instanceId),
  );
  await noteRegistered(scope, { serviceId, instanceId }, body);
  return scope.loaders.cse.instance.load({ serviceId, instanceId });
}

/** The live hub is told, so the instance's leaving reads DEREGISTERED. */
export async function deregisterMicroserviceInstance(scope: RegistryWriteScope, key: MicroserviceInstanceKey): Promise<void> {
  await instanceWritten(scope, key, () => scope.cse.deregisterInstance(key.serviceId, key.instanceId), { kind: 'gone' });
  scope.live.noteDeregistered(scope.session, key.serviceId, key.instanceId);
}

export async function updateMicroserviceInstanceProperties(scope: RegistryWriteScope, key: MicroserviceInstanceKey, properties: unknown): Promise<MicroserviceInstanceModel> {
  const body = inputs.propertiesBody(properties);
  await instanceWritten(scope, key, () => scope.cse.updateInstanceProperties(key.serviceId, key.instanceId, body), { kind: 'changed', fields: { properties: body } });
  return scope.loaders.cse.instance.load(key);
}

export async function updateMicroserviceInstanceStatus(scope: RegistryWriteScope, key: MicroserviceInstanceKey, status: W.InstanceStatus): Promise<MicroserviceInstanceModel> {
  await instanceWritten(scope, key, () => scope.cse.updateInstanceStatus(key.serviceId, key.instanceId, status), { kind: 'changed', fields: { status } });
  return scope.loaders.cse.instance.load(key);
}

/** A heartbeat changes nothing the request read: nothing is forgotten. */
export async function sendMicroserviceInstanceHeartbeat(scope: RegistryWriteScope, key: MicroserviceInstanceKey): Promise<MicroserviceInstanceModel> {
  await inOrder(instanceWriteKey(key.serviceId, key.instanceId), () => scope.cse.heartbeat(key.serviceId, key.instanceId));
  return scope.loaders.cse.instance.load(key);
}
