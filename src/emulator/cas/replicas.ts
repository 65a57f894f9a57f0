/**
 * The CAS side of the coupling with the registry (../coupling.ts): an instance that refers to the
 * `cse` resource (§4.5.4 example) has its available replicas registered as microservice instances
 * of appId = application name, serviceName = component name, version = instance version.
 */
import type { PlatformRegistry } from '../coupling.js';
import { DEFAULT_CONTAINER_PORT, findRuntime } from './metadata.js';
import type { CasStore, InstanceRecord, InstanceSpec } from './store.js';

/** Registry environment the replicas register in. */
const REGISTRY_ENVIRONMENT = 'development';

export const usesRegistry = (spec: InstanceSpec): boolean => spec.refer_resources.some((r) => r.type === 'cse');

export class ReplicaPublisher {
  constructor(
    private readonly registry: PlatformRegistry,
    private readonly store: CasStore,
  ) {}

  /** Tells the registry how many replicas of which version are up; nothing for instances without `cse`. */
  publish(inst: InstanceRecord): void {
    if (!usesRegistry(inst.spec)) return;
    const app = this.store.applications.get(inst.application_id)?.app;
    const comp = this.store.components.get(inst.component_id)?.comp;
    if (!app || !comp) return;
    this.registry.syncReplicas({
      owner: inst.id,
      environment: REGISTRY_ENVIRONMENT,
      appId: app.name,
      serviceName: comp.name,
      version: inst.spec.version,
      hostPrefix: inst.name,
      port: findRuntime(comp.runtime)?.container_default_port ?? DEFAULT_CONTAINER_PORT,
      available: inst.available,
    });
  }

  withdraw(inst: InstanceRecord): void {
    this.registry.removeReplicas(inst.id);
  }
}
