/**
 * What application management tells the registry: ServiceStage registers a running component
 * instance's replicas in CSE when the instance refers to the `cse` resource (reference §4.5.4 example),
 * under appId = application name, serviceName = component name, version = instance version,
 * and keeps them alive with heartbeats.
 */
export interface ReplicaSet {
  /** The CAS component instance id that owns these registry instances. */
  owner: string;
  /** Registry environment of the microservice (development, testing, acceptance, production). */
  environment: string;
  appId: string;
  serviceName: string;
  version: string;
  /** Replicas become registry instances with hostName `${hostPrefix}-${n}`. */
  hostPrefix: string;
  /** Container port used in the endpoints. */
  port: number;
  /** How many replicas are available: that many registry instances are kept registered and heartbeating. */
  available: number;
}

export interface PlatformRegistry {
  /**
   * Reconciles the registry with the owner's available replicas: creates the microservice if needed,
   * registers missing instances, deregisters extra ones and any of another version.
   */
  syncReplicas(set: ReplicaSet): void;
  /** Deregisters every registry instance the owner has. */
  removeReplicas(owner: string): void;
}
