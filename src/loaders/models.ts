/** What resolvers receive as parents: the upstream's wire objects, with the parent ids the graph needs. */
import type * as Cas from '../wire/cas.js';
import type * as Cse from '../wire/cse.js';
import type { StagedTask } from '../graph/job-tasks.js';

/**
 * Not upstream data: reached through `Environment.applications`, applications and components carry
 * that environment down the walk, so their instances default to it.
 */
export interface EnvironmentScope {
  scopeEnvironmentId?: string;
}

export type EnvironmentModel = Cas.Environment;
export type ApplicationModel = Cas.Application & { component_count?: number } & EnvironmentScope;
export type ComponentModel = Cas.Component & EnvironmentScope;

/** An instance from a list (Table 4-153) or its detail (Table 4-175, which lacks the parent ids). */
export type InstanceModel = Cas.InstanceSummary | (Cas.InstanceDetail & { application_id: string; component_id: string });

export type ComponentSourceModel = Cas.ComponentSource;
export type JobModel = Cas.JobDetail;
/** A task with the stage its nearest separator opened (src/graph/job-tasks.ts). */
export type JobTaskModel = StagedTask;
export type InstanceStatusDetailModel = Cas.InstanceStatusDetail;
export type ExternalAccessModel = Cas.ExternalAccess;
export type SnapshotModel = Cas.Snapshot;
export type ApplicationConfigurationModel = Cas.ApplicationConfiguration;
export type RuntimeModel = Cas.Runtime;
export type FlavorModel = Cas.Flavor;
export type EnvironmentResourceModel = Cas.EnvironmentResource;

/** Registry services always come back with their id. */
export type MicroserviceModel = Cse.MicroService & { serviceId: string };
export type MicroserviceInstanceModel = Cse.MicroServiceInstance & { serviceId: string; instanceId: string };

/** Find answers always carry both ids (Table 6-2); the type says they may not, so check once here. */
export function microserviceInstanceFromFind(i: Cse.MicroServiceInstance): MicroserviceInstanceModel {
  return { ...i, serviceId: i.serviceId ?? '', instanceId: i.instanceId ?? '' };
}
export type MicroserviceSchemaModel = Cse.Schema & { schemaId: string; serviceId: string };

/** Whether an instance model holds the detail fields (flavor, configuration, refer resources). */
export function hasDetail(m: InstanceModel): m is InstanceModel & Cas.InstanceDetail {
  return 'flavor_id' in m;
}

/** An instance-changing mutation's answer: which instance, and the job it started. */
export interface InstancePayloadModel {
  key: { applicationId: string; componentId: string; instanceId: string };
  jobId: string;
}

/** A registry instance event as the subscription delivers it. */
export interface InstanceEventModel {
  type: 'CURRENT' | 'REGISTERED' | 'STATUS_CHANGED' | 'PROPERTIES_CHANGED' | 'HEARTBEAT_LOST' | 'DEREGISTERED';
  instance: MicroserviceInstanceModel;
  previousStatus?: Cse.InstanceStatus;
  sequence: number;
  epoch: string;
}
