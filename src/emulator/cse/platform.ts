/**
 * What ServiceStage does for a running component instance that uses the `cse` resource (coupling.ts):
 * it registers each available replica as a registry instance of the component's microservice and
 * heartbeats it, so the instances live exactly as long as the replicas.
 */
import { createHash } from 'node:crypto';
import type { ReplicaSet } from '../coupling.js';
import type { InstanceStore } from './instances.js';
import type { StoredService } from './model.js';
import type { ServiceKey } from './services.js';
import { checkAppId, checkEnvironment, checkServiceName, checkVersion } from './validate.js';

/** Instance property naming the CAS component instance that owns a platform-registered instance. */
export const OWNER_PROPERTY = 'servicestage.instanceId';

export interface PlatformHost {
  /** Finds the microservice with this key, or creates it as registered by the platform. */
  ensureService(key: ServiceKey): StoredService;
  readonly instances: InstanceStore;
}

/** A made-up pod IP that stays the same for the same owner and replica number. */
export function podIp(owner: string, replica: number): string {
  const h = createHash('sha1').update(`${owner}#${replica}`).digest();
  return `10.${h[0]! % 256}.${h[1]! % 256}.${2 + (h[2]! % 250)}`;
}

export function syncReplicas(host: PlatformHost, set: ReplicaSet): void {
  const service = host.ensureService({
    environment: checkEnvironment(set.environment, 'ReplicaSet.environment'),
    appId: checkAppId(set.appId, 'ReplicaSet.appId'),
    serviceName: checkServiceName(set.serviceName, 'ReplicaSet.serviceName'),
    version: checkVersion(set.version, 'ReplicaSet.version'),
  });
  const { instances } = host;
  const owned = [...instances.all()].filter((r) => r.owner === set.owner);
  const wanted = new Map<string, string>();
  for (let n = 1; n <= set.available; n++) wanted.set(`${set.hostPrefix}-${n}`, `rest:${podIp(set.owner, n)}:${set.port}`);

  for (const r of owned) {
    // Another version (an upgrade) or a replica beyond `available` (a scale-in) goes away.
    const { serviceId, instanceId, hostName } = r.instance;
    if (serviceId !== service.serviceId || !wanted.has(hostName)) instances.deregister(serviceId, instanceId);
  }
  for (const [hostName, endpoint] of wanted) {
    const current = owned.find((r) => r.instance.serviceId === service.serviceId && r.instance.hostName === hostName);
    if (current && current.instance.endpoints.length === 1 && current.instance.endpoints[0] === endpoint) continue;
    instances.register(
      service,
      {
        ...(current ? { instanceId: current.instance.instanceId } : {}),
        hostName,
        endpoints: [endpoint],
        status: 'UP',
        properties: { [OWNER_PROPERTY]: set.owner },
      },
      { managed: true, owner: set.owner, replace: true },
    );
  }
}

export function removeReplicas(host: PlatformHost, owner: string): void {
  for (const r of [...host.instances.all()]) {
    if (r.owner === owner) host.instances.deregister(r.instance.serviceId, r.instance.instanceId);
  }
}
