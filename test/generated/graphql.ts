/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Application component type (§4.4.1). */
export type ComponentCategory =
  /** Any other component (no sub-category). */
  | 'COMMON'
  /** A microservice (Java Chassis, Go Chassis, Mesher, Spring Cloud or Dubbo). */
  | 'MICROSERVICE'
  /** A web application (sub-category Web). */
  | 'WEBAPP';

/** Component status (Table 4-84): 0 normal, 1 being deleted. */
export type ComponentStatus =
  /** Being deleted (upstream status 1). */
  | 'DELETING'
  /** Normal (upstream status 0). */
  | 'NORMAL';

/** Config center query (§5.19). */
export type ConfigurationItemsInput = {
  /** Application ID. */
  appId: string;
  /** Registry environment. */
  environment?: RegistryEnvironment | null | undefined;
  /** A regular expression over keys. */
  keyFilter?: string | null | undefined;
  /** Microservice name. */
  serviceName: string;
  /** Microservice version, to include the version's own dimension. */
  version?: string | null | undefined;
};

/** Registry find parameters (§5.18). */
export type FindInstancesInput = {
  /** Application ID of the provider. */
  appId: string;
  /** Registry environment of the provider; default DEVELOPMENT. */
  environment?: RegistryEnvironment | null | undefined;
  /** Microservice name of the provider. */
  serviceName: string;
  /** Service tags that must be present. */
  tags?: Array<string> | null | undefined;
  /** Version rule: exact (1.0.0), later (1.0.0+), latest, or range (1.0.0-2.0.0). */
  versionRule?: string;
};

/** Component instance status (status_detail.status). */
export type InstanceStatus =
  /** Deleted. */
  | 'DELETED'
  /** Being deleted. */
  | 'DELETING'
  /** Out of service. */
  | 'DOWN'
  /** The last job failed. */
  | 'FAILED'
  /** Being created: its deploy job runs. */
  | 'INITIALIZING'
  /** Some replicas failed. */
  | 'PARTIALLY_FAILED'
  /** Waiting for resources. */
  | 'PENDING'
  /** Reserved. */
  | 'RESERVED'
  /** Being restarted. */
  | 'RESTARTING'
  /** Running. */
  | 'RUNNING'
  /** Being started. */
  | 'STARTING'
  /** Stopped: no replica runs. */
  | 'STOPPED'
  /** Being stopped. */
  | 'STOPPING'
  /** A status the reference does not list, or none. */
  | 'UNKNOWN'
  /** Being upgraded or modified. */
  | 'UPGRADING';

/**
 * A stage of a job. The reference's §4.6.1 example names stages with echo tasks (SEPARATOR_PREPARE_RESOURCES,
 * SEPARATOR_BUILDING) followed by their steps, whose names (TN00091, TN00094, TN00097) it does not explain:
 * a step is described by the stage it is in.
 */
export type JobStage =
  /** Building the component from source (SEPARATOR_BUILDING). */
  | 'BUILDING'
  /** Deploying the instance and its replicas (SEPARATOR_DEPLOYING). */
  | 'DEPLOYING'
  /** A stage whose separator this gateway does not know; `JobTask.description` shows its name. */
  | 'OTHER'
  /** Preparing resources (SEPARATOR_PREPARE_RESOURCES). */
  | 'PREPARE_RESOURCES'
  /** Restarting the instance's replicas (SEPARATOR_RESTARTING). */
  | 'RESTARTING'
  /** Rolling back to an earlier version (SEPARATOR_ROLLBACK). */
  | 'ROLLBACK'
  /** Starting the instance's replicas (SEPARATOR_STARTING). */
  | 'STARTING'
  /** Stopping the instance's replicas (SEPARATOR_STOPPING). */
  | 'STOPPING'
  /** Upgrading the instance replica by replica (SEPARATOR_UPGRADING). */
  | 'UPGRADING';

/** Job execution status (Table 4-189). */
export type JobStatus =
  /** Cancelled (finished). */
  | 'CANCELLED'
  /** Failed (finished); `Job.failure` says why. */
  | 'FAILED'
  /** Some tasks failed (finished). */
  | 'PARTIALLY_FAILED'
  /** Rolled back (finished). */
  | 'ROLLBACKED'
  /** Rolling back after a failure. */
  | 'ROLLBACKING'
  /** Running its tasks. */
  | 'RUNNING'
  /** Scheduled, not yet running. */
  | 'SCHEDULED'
  /** Submitted, not yet scheduled. */
  | 'SUBMITTED'
  /** Succeeded (finished). */
  | 'SUCCEEDED'
  /** A status the reference does not list. */
  | 'UNKNOWN';

/** Job type (Table 4-189). */
export type JobType =
  /** Changes a running instance: upgrade, scale, start, stop, restart, rollback (§4.5.3, §4.5.4). */
  | 'DAILY_OPERATION'
  /** Removes resources: a delete (§4.5.5). */
  | 'DEPROVISION'
  /** Creates resources: a deploy (§4.5.1). */
  | 'PROVISION'
  /** Internal work of the platform. */
  | 'SYSTEM_INNER'
  /** A type the reference does not list. */
  | 'UNKNOWN';

/** Filter of `Query.microservices`; every given field must match. */
export type MicroserviceFilter = {
  /** Application ID (the application's name). */
  appId?: string | null | undefined;
  /** Registry environment. */
  environment?: RegistryEnvironment | null | undefined;
  /** Microservice name. */
  serviceName?: string | null | undefined;
  /** An exact version. */
  version?: string | null | undefined;
};

/** Registry instance status (§5.16). */
export type MicroserviceInstanceStatus =
  /** Down: not serving. */
  | 'DOWN'
  /** Out of service: taken out of rotation on purpose. */
  | 'OUTOFSERVICE'
  /** Starting, not yet serving. */
  | 'STARTING'
  /** Under test (a status service-center accepts beside those of Table 6-2). */
  | 'TESTING'
  /** Ready to serve requests. */
  | 'UP';

/** Microservice level (Table 6-10). */
export type MicroserviceLevel =
  /** Back-end tier. */
  | 'BACK'
  /** Front-end tier. */
  | 'FRONT'
  /** Middle tier. */
  | 'MIDDLE';

/** Microservice status (Table 6-10). */
export type MicroserviceStatus =
  /** Out of service. */
  | 'DOWN'
  /** In service (the default). */
  | 'UP';

/** Platform an instance runs on (Table 4-153). */
export type PlatformType =
  /** Containers on a Cloud Container Engine cluster. */
  | 'CCE'
  /** Software packages on Elastic Cloud Server virtual machines. */
  | 'VMAPP';

/**
 * Registry environment of a microservice (Table 6-10). ServiceStage's CSE reads an empty environment
 * as DEVELOPMENT and answers DEVELOPMENT; Apache ServiceComb service-center keeps the empty environment
 * as one of its own, distinct from DEVELOPMENT, and the gateway shows it as NONE.
 */
export type RegistryEnvironment =
  /** Acceptance; schemas may be changed. */
  | 'ACCEPTANCE'
  /** Development (ServiceStage's CSE default); schemas may be changed. */
  | 'DEVELOPMENT'
  /** No environment (the empty string). On service-center a service of its own; on ServiceStage's CSE the same as DEVELOPMENT. */
  | 'NONE'
  /** Production; schemas cannot be changed. */
  | 'PRODUCTION'
  /** Testing; schemas may be changed. */
  | 'TESTING';

/** Task status (Table 4-190). */
export type TaskStatus =
  /** Cancelled. */
  | 'CANCELLED'
  /** Failed; `JobTask.message` says why. */
  | 'FAILED'
  /** Partly failed. */
  | 'PARTIALLY_FAILED'
  /** Rolled back. */
  | 'ROLLBACKED'
  /** Being rolled back. */
  | 'ROLLBACKING'
  /** Running. */
  | 'RUNNING'
  /** Scheduled, not yet running. */
  | 'SCHEDULED'
  /** Skipped, e.g. after an earlier task failed. */
  | 'SKIPPED'
  /** Submitted, not yet scheduled. */
  | 'SUBMITTED'
  /** Succeeded. */
  | 'SUCCEEDED'
  /** A status the reference does not list. */
  | 'UNKNOWN';

/** Task type (Table 4-190). */
export type TaskType =
  /** Sets up the job's context (upstream `context`). */
  | 'CONTEXT'
  /** A marker that does no work, such as a `SEPARATOR_…` stage separator (upstream `echo`). */
  | 'ECHO'
  /** Work on the Kubernetes cluster (upstream `kube`). */
  | 'KUBE'
  /** A call to a platform service (upstream `restful`). */
  | 'RESTFUL'
  /** A wait (upstream `sleep`). */
  | 'SLEEP'
  /** Runs another job (upstream `sub-job`). */
  | 'SUB_JOB';

export type BatchFindMicroservicesQueryVariables = Exact<{ [key: string]: never; }>;


export type BatchFindMicroservicesQuery = { microservices: Array<{ serviceName: string, instances: Array<{ hostName: string }> | null }> | null };

export type BatchFindReplicasQueryVariables = Exact<{ [key: string]: never; }>;


export type BatchFindReplicasQuery = { applications: { nodes: Array<{ components: { nodes: Array<{ category: ComponentCategory | null, instances: { nodes: Array<{ microserviceInstances: Array<{ hostName: string }> | null }> } | null }> } | null }> } | null };

export type BatchFindMicroservices2QueryVariables = Exact<{ [key: string]: never; }>;


export type BatchFindMicroservices2Query = { microservices: Array<{ instances: Array<{ id: string, hostName: string }> | null }> | null };

export type BatchFindNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type BatchFindNodesQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { hostName: string, id: string }
   | null> | null };

export type CredentialsEnvironmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type CredentialsEnvironmentsQuery = { environments: { totalCount: number } | null };

export type CredentialsEnvironmentsMicroservicesQueryVariables = Exact<{ [key: string]: never; }>;


export type CredentialsEnvironmentsMicroservicesQuery = { environments: { totalCount: number } | null, microservices: Array<{ serviceName: string }> | null };

export type CredentialsEnvironments2QueryVariables = Exact<{ [key: string]: never; }>;


export type CredentialsEnvironments2Query = { environments: { totalCount: number } | null };

export type CredentialsEnvironments3QueryVariables = Exact<{ [key: string]: never; }>;


export type CredentialsEnvironments3Query = { environments: { totalCount: number } | null };

export type CredentialsEnvironments4QueryVariables = Exact<{ [key: string]: never; }>;


export type CredentialsEnvironments4Query = { environments: { totalCount: number } | null };

export type CredentialsEnvironments5QueryVariables = Exact<{ [key: string]: never; }>;


export type CredentialsEnvironments5Query = { environments: { totalCount: number } | null };

export type JobTasksTasksQueryVariables = Exact<{
  id: string | number;
}>;


export type JobTasksTasksQuery = { job: { tasks: Array<{ name: string, type: TaskType | null, isStageSeparator: boolean, stage: JobStage | null, description: string }> } | null };

export type NodeEnvironmentsApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type NodeEnvironmentsApplicationsQuery = { environments: { nodes: Array<{ id: string }> } | null, applications: { nodes: Array<{ id: string, components: { nodes: Array<{ id: string, instances: { nodes: Array<{ id: string, lastJob: { id: string } | null }> } | null }> } | null }> } | null, microservices: Array<{ id: string, instances: Array<{ id: string }> | null }> | null };

export type NodeNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeNodeQuery = { node:
    | { __typename: 'Application', id: string }
    | { __typename: 'Component', id: string }
    | { __typename: 'ComponentInstance', id: string }
    | { __typename: 'Environment', id: string }
    | { __typename: 'Job', id: string }
    | { __typename: 'Microservice', id: string }
    | { __typename: 'MicroserviceInstance', id: string }
   | null };

export type NodeNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodeNodesQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> | null };

export type NodeNode2QueryVariables = Exact<{
  id: string | number;
}>;


export type NodeNode2Query = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type NodeEnvironmentQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeEnvironmentQuery = { environment: { name: string } | null };

export type NodeNodeEnvironmentsQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeNodeEnvironmentsQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, environments: { totalCount: number } | null };

export type QueriesRuntimesFlavorsQueryVariables = Exact<{ [key: string]: never; }>;


export type QueriesRuntimesFlavorsQuery = { runtimes: Array<{ typeName: string, displayName: string, containerDefaultPort: number | null, description: string | null }> | null, flavors: Array<{ flavorId: string, storageSize: string | null, numCpu: string | null, memorySize: string | null, label: string | null, custom: boolean }> | null };

export type QueriesEnvironmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type QueriesEnvironmentsQuery = { environments: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean }, edges: Array<{ cursor: string, node: { id: string, rawId: string, name: string, vpcId: string | null, chargeMode: string | null, createdAt: string | null, baseResources: Array<{ id: string, type: string }>, optionalResources: Array<{ type: string }> } }> } | null };

export type QueriesApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type QueriesApplicationsQuery = { applications: { totalCount: number, nodes: Array<{ name: string }> } | null };

export type QueriesApplications2QueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type QueriesApplications2Query = { applications: { totalCount: number, nodes: Array<{ name: string }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null } } | null };

export type QueriesEnvironments2QueryVariables = Exact<{ [key: string]: never; }>;


export type QueriesEnvironments2Query = { environments: { nodes: Array<{ name: string }> } | null };

export type QueriesEnvironments3QueryVariables = Exact<{ [key: string]: never; }>;


export type QueriesEnvironments3Query = { environments: { totalCount: number } | null };

export type QueriesEnvironments4QueryVariables = Exact<{ [key: string]: never; }>;


export type QueriesEnvironments4Query = { environments: { totalCount: number } | null };

export type QueriesApplications3QueryVariables = Exact<{ [key: string]: never; }>;


export type QueriesApplications3Query = { applications: { nodes: Array<{ id: string, rawId: string, name: string, description: string | null, creator: string | null, projectId: string | null, enterpriseProjectId: string | null, componentCount: number | null, createdAt: string | null, updatedAt: string | null, configuration: Array<{ environmentRawId: string, environment: { name: string } | null, env: Array<{ name: string, value: string }> }> | null, microservices: Array<{ serviceName: string, version: string }> | null, components: { totalCount: number, nodes: Array<{ id: string, rawId: string, name: string, status: ComponentStatus | null, runtime: string, category: ComponentCategory | null, subCategory: string | null, description: string | null, projectId: string | null, creator: string | null, createdAt: string | null, pipelineIds: Array<string> | null, application: { name: string } | null, build: { id: string | null, parameters: unknown } | null, source:
            | { __typename: 'ArtifactSource', storage: string, type: string, url: string, auth: string | null, properties: unknown }
            | { __typename: 'CodeSource', repoType: string, repoUrl: string, repoRef: string | null, repoAuth: string | null }
           | null, microservice: { serviceName: string, version: string } | null, microservices: Array<{ version: string }> | null, instances: { totalCount: number, nodes: Array<{ id: string, rawId: string, name: string, version: string, description: string | null, platformType: PlatformType | null, flavorId: string | null, creator: string | null, createdAt: string | null, updatedAt: string | null, flavor: { flavorId: string, numCpu: string | null, memorySize: string | null, custom: boolean } | null, artifacts: Array<{ name: string, storage: string, type: string, url: string, auth: string | null, version: string | null }>, configuration: { strategy: unknown, raw: unknown, env: Array<{ name: string, value: string, internal: boolean | null }> } | null, externalAccesses: Array<{ protocol: string | null, address: string | null, forwardPort: number | null }>, referResources: Array<{ id: string, type: string, parameters: unknown }> | null, status: { status: InstanceStatus | null, replica: number | null, availableReplica: number | null, failDetail: string | null, lastJobId: string | null, lastJobStatus: JobStatus | null }, component: { name: string } | null, environment: { name: string } | null, lastJob: { rawId: string, status: JobStatus, isFinished: boolean, progress: number, taskCount: number, tasks: Array<{ index: number, name: string, status: TaskStatus, type: TaskType | null }> } | null, snapshots: { totalCount: number, nodes: Array<{ version: string, description: string | null, instanceRawId: string, createdAt: string | null }> } | null, microserviceInstances: Array<{ hostName: string, status: MicroserviceInstanceStatus | null, endpoints: Array<string>, version: string | null }> | null }> } | null }> } | null }> } | null };

export type QueriesEnvironments5QueryVariables = Exact<{ [key: string]: never; }>;


export type QueriesEnvironments5Query = { environments: { nodes: Array<{ rawId: string, name: string, instances: { totalCount: number, nodes: Array<{ environment: { rawId: string } | null }> } | null, applications: { nodes: Array<{ name: string, components: { nodes: Array<{ instances: { nodes: Array<{ environment: { rawId: string } | null }> } | null }> } | null }> } | null }> } | null };

export type QueriesEnvironmentsApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type QueriesEnvironmentsApplicationsQuery = { environments: { nodes: Array<{ id: string, rawId: string }> } | null, applications: { nodes: Array<{ id: string, configuration: Array<{ environmentRawId: string, env: Array<{ name: string, value: string }> }> | null }> } | null };

export type QueriesApplicationQueryVariables = Exact<{
  id: string | number;
  env?: string | number | null | undefined;
}>;


export type QueriesApplicationQuery = { application: { configuration: Array<{ environmentRawId: string }> | null } | null };

export type QueriesApplications4QueryVariables = Exact<{ [key: string]: never; }>;


export type QueriesApplications4Query = { applications: { nodes: Array<{ components: { nodes: Array<{ instances: { nodes: Array<{ lastJob: { id: string, rawId: string, status: JobStatus } | null }> } | null }> } | null }> } | null };

export type QueriesJobQueryVariables = Exact<{
  id: string | number;
}>;


export type QueriesJobQuery = { job: { id: string, rawId: string, name: string | null, type: JobType | null, status: JobStatus, createdBy: string | null, projectId: string | null, instanceRawId: string | null, taskCount: number, progress: number, isFinished: boolean, failure: { code: string | null } | null, tasks: Array<{ rawId: string, index: number, name: string, type: TaskType | null, status: TaskStatus, messages: string | null, ownerId: string | null, createdAt: string | null, lastHealthCheck: string | null }> } | null };

export type QueriesJob2QueryVariables = Exact<{
  id: string | number;
}>;


export type QueriesJob2Query = { job: { rawId: string } | null };

export type QueriesMicroservicesQueryVariables = Exact<{ [key: string]: never; }>;


export type QueriesMicroservicesQuery = { microservices: Array<{ id: string, rawId: string, appId: string, serviceName: string, version: string, environment: RegistryEnvironment | null, level: MicroserviceLevel | null, registerBy: string | null, schemaIds: Array<string>, status: MicroserviceStatus | null, alias: string | null, description: string | null, properties: unknown, createdAt: string | null, updatedAt: string | null, framework: { name: string | null, version: string | null } | null, paths: Array<{ path: string | null }>, instances: Array<{ id: string, rawId: string, serviceRawId: string, hostName: string, endpoints: Array<string>, status: MicroserviceInstanceStatus | null, version: string | null, properties: unknown, createdAt: string | null, healthCheck: { mode: string | null, interval: number | null, times: number | null } | null, dataCenter: { name: string | null, region: string | null, availableZone: string | null } | null, microservice: { rawId: string } | null, componentInstance: { name: string, version: string } | null }> | null, schemas: Array<{ schemaId: string, summary: string | null }> | null, providers: Array<{ serviceName: string }> | null, component: { name: string, application: { name: string } | null } | null }> | null };

export type QueriesMicroservices2QueryVariables = Exact<{
  f?: MicroserviceFilter | null | undefined;
}>;


export type QueriesMicroservices2Query = { microservices: Array<{ rawId: string }> | null };

export type QueriesMicroserviceQueryVariables = Exact<{
  id: string | number;
  schema: string;
}>;


export type QueriesMicroserviceQuery = { microservice: { serviceName: string, schemas: Array<{ schemaId: string, summary: string | null, content: string | null }> | null, schema: { schemaId: string, summary: string | null, content: string | null } | null } | null };

export type QueriesMicroservices3QueryVariables = Exact<{ [key: string]: never; }>;


export type QueriesMicroservices3Query = { microservices: Array<{ appId: string, serviceName: string, version: string, environment: RegistryEnvironment | null, instances: Array<{ rawId: string }> | null }> | null };

export type QueriesFindMicroserviceInstancesQueryVariables = Exact<{
  in: FindInstancesInput;
}>;


export type QueriesFindMicroserviceInstancesQuery = { findMicroserviceInstances: { revision: string | null, instances: Array<{ rawId: string, version: string | null }> } | null };

export type QueriesConfigurationItemsQueryVariables = Exact<{
  in: ConfigurationItemsInput;
}>;


export type QueriesConfigurationItemsQuery = { configurationItems: { revision: string | null, dimensions: Array<{ dimension: string, items: Array<{ key: string, value: string }> }> } | null };

export type UpstreamCallsApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type UpstreamCallsApplicationsQuery = { applications: { nodes: Array<{ name: string, components: { nodes: Array<{ name: string }> } | null }> } | null };

export type UpstreamCallsApplicationsApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type UpstreamCallsApplicationsApplicationsQuery = { a: { nodes: Array<{ name: string, components: { nodes: Array<{ name: string, application: { name: string, components: { totalCount: number } | null } | null }> } | null }> } | null, b: { nodes: Array<{ id: string, components: { nodes: Array<{ id: string }> } | null }> } | null };

export type UpstreamCallsMicroservicesQueryVariables = Exact<{ [key: string]: never; }>;


export type UpstreamCallsMicroservicesQuery = { microservices: Array<{ serviceName: string, instances: Array<{ hostName: string }> | null }> | null };

export type UpstreamCallsMicroservices2QueryVariables = Exact<{ [key: string]: never; }>;


export type UpstreamCallsMicroservices2Query = { microservices: Array<{ id: string }> | null };

export type UpstreamCallsNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type UpstreamCallsNodesQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> | null };

export type UpstreamCallsApplications2QueryVariables = Exact<{ [key: string]: never; }>;


export type UpstreamCallsApplications2Query = { applications: { nodes: Array<{ id: string, configuration: Array<{ environment: { rawId: string } | null }> | null }> } | null };

export type UpstreamCallsApplicationQueryVariables = Exact<{
  id: string | number;
}>;


export type UpstreamCallsApplicationQuery = { application: { configuration: Array<{ environment: { name: string } | null }> | null } | null };

export type UpstreamCallsEnvironmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type UpstreamCallsEnvironmentsQuery = { environments: { nodes: Array<{ id: string }> } | null };

export type UpstreamCallsEnvironmentQueryVariables = Exact<{
  id: string | number;
}>;


export type UpstreamCallsEnvironmentQuery = { environment: { name: string } | null };

export type CostNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type CostNodesQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> | null };

export type CostApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type CostApplicationsQuery = { applications: { nodes: Array<{ name: string, components: { nodes: Array<{ name: string }> } | null }> } | null };

export type CostRuntimesMicroservicesQueryVariables = Exact<{ [key: string]: never; }>;


export type CostRuntimesMicroservicesQuery = { runtimes: Array<{ typeName: string }> | null, microservices: Array<{ serviceName: string }> | null };

export type JwtCallersMicroservicesQueryVariables = Exact<{ [key: string]: never; }>;


export type JwtCallersMicroservicesQuery = { microservices: Array<{ appId: string, serviceName: string, instances: Array<{ id: string }> | null }> | null };

export type TokenExpiryMicroservicesQueryVariables = Exact<{ [key: string]: never; }>;


export type TokenExpiryMicroservicesQuery = { microservices: Array<{ appId: string, serviceName: string, instances: Array<{ id: string }> | null }> | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const BatchFindMicroservicesDocument = new TypedDocumentString(`
    query BatchFindMicroservices {
  microservices {
    serviceName
    instances {
      hostName
    }
  }
}
    `) as unknown as TypedDocumentString<BatchFindMicroservicesQuery, BatchFindMicroservicesQueryVariables>;
export const BatchFindReplicasDocument = new TypedDocumentString(`
    query BatchFindReplicas {
  applications {
    nodes {
      components {
        nodes {
          category
          instances {
            nodes {
              microserviceInstances {
                hostName
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BatchFindReplicasQuery, BatchFindReplicasQueryVariables>;
export const BatchFindMicroservices2Document = new TypedDocumentString(`
    query BatchFindMicroservices2 {
  microservices {
    instances {
      id
      hostName
    }
  }
}
    `) as unknown as TypedDocumentString<BatchFindMicroservices2Query, BatchFindMicroservices2QueryVariables>;
export const BatchFindNodesDocument = new TypedDocumentString(`
    query BatchFindNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
    ... on MicroserviceInstance {
      hostName
    }
  }
}
    `) as unknown as TypedDocumentString<BatchFindNodesQuery, BatchFindNodesQueryVariables>;
export const CredentialsEnvironmentsDocument = new TypedDocumentString(`
    query CredentialsEnvironments {
  environments {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<CredentialsEnvironmentsQuery, CredentialsEnvironmentsQueryVariables>;
export const CredentialsEnvironmentsMicroservicesDocument = new TypedDocumentString(`
    query CredentialsEnvironmentsMicroservices {
  environments {
    totalCount
  }
  microservices {
    serviceName
  }
}
    `) as unknown as TypedDocumentString<CredentialsEnvironmentsMicroservicesQuery, CredentialsEnvironmentsMicroservicesQueryVariables>;
export const CredentialsEnvironments2Document = new TypedDocumentString(`
    query CredentialsEnvironments2 {
  environments {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<CredentialsEnvironments2Query, CredentialsEnvironments2QueryVariables>;
export const CredentialsEnvironments3Document = new TypedDocumentString(`
    query CredentialsEnvironments3 {
  environments {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<CredentialsEnvironments3Query, CredentialsEnvironments3QueryVariables>;
export const CredentialsEnvironments4Document = new TypedDocumentString(`
    query CredentialsEnvironments4 {
  environments {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<CredentialsEnvironments4Query, CredentialsEnvironments4QueryVariables>;
export const CredentialsEnvironments5Document = new TypedDocumentString(`
    query CredentialsEnvironments5 {
  environments {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<CredentialsEnvironments5Query, CredentialsEnvironments5QueryVariables>;
export const JobTasksTasksDocument = new TypedDocumentString(`
    query JobTasksTasks($id: ID!) {
  job(id: $id) {
    tasks {
      name
      type
      isStageSeparator
      stage
      description
    }
  }
}
    `) as unknown as TypedDocumentString<JobTasksTasksQuery, JobTasksTasksQueryVariables>;
export const NodeEnvironmentsApplicationsDocument = new TypedDocumentString(`
    query NodeEnvironmentsApplications {
  environments {
    nodes {
      id
    }
  }
  applications {
    nodes {
      id
      components {
        nodes {
          id
          instances {
            nodes {
              id
              lastJob {
                id
              }
            }
          }
        }
      }
    }
  }
  microservices {
    id
    instances {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<NodeEnvironmentsApplicationsQuery, NodeEnvironmentsApplicationsQueryVariables>;
export const NodeNodeDocument = new TypedDocumentString(`
    query NodeNode($id: ID!) {
  node(id: $id) {
    __typename
    id
  }
}
    `) as unknown as TypedDocumentString<NodeNodeQuery, NodeNodeQueryVariables>;
export const NodeNodesDocument = new TypedDocumentString(`
    query NodeNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
  }
}
    `) as unknown as TypedDocumentString<NodeNodesQuery, NodeNodesQueryVariables>;
export const NodeNode2Document = new TypedDocumentString(`
    query NodeNode2($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<NodeNode2Query, NodeNode2QueryVariables>;
export const NodeEnvironmentDocument = new TypedDocumentString(`
    query NodeEnvironment($id: ID!) {
  environment(id: $id) {
    name
  }
}
    `) as unknown as TypedDocumentString<NodeEnvironmentQuery, NodeEnvironmentQueryVariables>;
export const NodeNodeEnvironmentsDocument = new TypedDocumentString(`
    query NodeNodeEnvironments($id: ID!) {
  node(id: $id) {
    id
  }
  environments {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<NodeNodeEnvironmentsQuery, NodeNodeEnvironmentsQueryVariables>;
export const QueriesRuntimesFlavorsDocument = new TypedDocumentString(`
    query QueriesRuntimesFlavors {
  runtimes {
    typeName
    displayName
    containerDefaultPort
    description
  }
  flavors {
    flavorId
    storageSize
    numCpu
    memorySize
    label
    custom
  }
}
    `) as unknown as TypedDocumentString<QueriesRuntimesFlavorsQuery, QueriesRuntimesFlavorsQueryVariables>;
export const QueriesEnvironmentsDocument = new TypedDocumentString(`
    query QueriesEnvironments {
  environments {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
    }
    edges {
      cursor
      node {
        id
        rawId
        name
        vpcId
        chargeMode
        baseResources {
          id
          type
        }
        optionalResources {
          type
        }
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesEnvironmentsQuery, QueriesEnvironmentsQueryVariables>;
export const QueriesApplicationsDocument = new TypedDocumentString(`
    query QueriesApplications {
  applications(orderBy: {field: NAME, direction: ASC}) {
    totalCount
    nodes {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesApplicationsQuery, QueriesApplicationsQueryVariables>;
export const QueriesApplications2Document = new TypedDocumentString(`
    query QueriesApplications2($after: String) {
  applications(first: 1, after: $after, orderBy: {field: NAME, direction: ASC}) {
    totalCount
    nodes {
      name
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesApplications2Query, QueriesApplications2QueryVariables>;
export const QueriesEnvironments2Document = new TypedDocumentString(`
    query QueriesEnvironments2 {
  environments(orderBy: {field: NAME, direction: DESC}) {
    nodes {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesEnvironments2Query, QueriesEnvironments2QueryVariables>;
export const QueriesEnvironments3Document = new TypedDocumentString(`
    query QueriesEnvironments3 {
  environments(first: 101) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<QueriesEnvironments3Query, QueriesEnvironments3QueryVariables>;
export const QueriesEnvironments4Document = new TypedDocumentString(`
    query QueriesEnvironments4 {
  environments(after: "nonsense") {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<QueriesEnvironments4Query, QueriesEnvironments4QueryVariables>;
export const QueriesApplications3Document = new TypedDocumentString(`
    query QueriesApplications3 {
  applications {
    nodes {
      id
      rawId
      name
      description
      creator
      projectId
      enterpriseProjectId
      componentCount
      createdAt
      updatedAt
      configuration {
        environmentRawId
        environment {
          name
        }
        env {
          name
          value
        }
      }
      microservices {
        serviceName
        version
      }
      components {
        totalCount
        nodes {
          id
          rawId
          name
          status
          runtime
          category
          subCategory
          description
          projectId
          creator
          createdAt
          pipelineIds
          application {
            name
          }
          build {
            id
            parameters
          }
          source {
            __typename
            ... on ArtifactSource {
              storage
              type
              url
              auth
              properties
            }
            ... on CodeSource {
              repoType
              repoUrl
              repoRef
              repoAuth
            }
          }
          microservice {
            serviceName
            version
          }
          microservices {
            version
          }
          instances {
            totalCount
            nodes {
              id
              rawId
              name
              version
              description
              platformType
              flavorId
              creator
              createdAt
              updatedAt
              flavor {
                flavorId
                numCpu
                memorySize
                custom
              }
              artifacts {
                name
                storage
                type
                url
                auth
                version
              }
              configuration {
                env {
                  name
                  value
                  internal
                }
                strategy
                raw
              }
              externalAccesses {
                protocol
                address
                forwardPort
              }
              referResources {
                id
                type
                parameters
              }
              status {
                status
                replica
                availableReplica
                failDetail
                lastJobId
                lastJobStatus
              }
              component {
                name
              }
              environment {
                name
              }
              lastJob {
                rawId
                status
                isFinished
                progress
                taskCount
                tasks {
                  index
                  name
                  status
                  type
                }
              }
              snapshots {
                totalCount
                nodes {
                  version
                  description
                  instanceRawId
                  createdAt
                }
              }
              microserviceInstances {
                hostName
                status
                endpoints
                version
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesApplications3Query, QueriesApplications3QueryVariables>;
export const QueriesEnvironments5Document = new TypedDocumentString(`
    query QueriesEnvironments5 {
  environments {
    nodes {
      rawId
      name
      instances {
        totalCount
        nodes {
          environment {
            rawId
          }
        }
      }
      applications {
        nodes {
          name
          components {
            nodes {
              instances {
                nodes {
                  environment {
                    rawId
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesEnvironments5Query, QueriesEnvironments5QueryVariables>;
export const QueriesEnvironmentsApplicationsDocument = new TypedDocumentString(`
    query QueriesEnvironmentsApplications {
  environments {
    nodes {
      id
      rawId
    }
  }
  applications {
    nodes {
      id
      configuration {
        environmentRawId
        env {
          name
          value
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesEnvironmentsApplicationsQuery, QueriesEnvironmentsApplicationsQueryVariables>;
export const QueriesApplicationDocument = new TypedDocumentString(`
    query QueriesApplication($id: ID!, $env: ID) {
  application(id: $id) {
    configuration(environmentId: $env) {
      environmentRawId
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesApplicationQuery, QueriesApplicationQueryVariables>;
export const QueriesApplications4Document = new TypedDocumentString(`
    query QueriesApplications4 {
  applications {
    nodes {
      components {
        nodes {
          instances {
            nodes {
              lastJob {
                id
                rawId
                status
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesApplications4Query, QueriesApplications4QueryVariables>;
export const QueriesJobDocument = new TypedDocumentString(`
    query QueriesJob($id: ID!) {
  job(id: $id) {
    id
    rawId
    name
    type
    status
    createdBy
    projectId
    instanceRawId
    taskCount
    progress
    isFinished
    failure {
      code
    }
    tasks {
      rawId
      index
      name
      type
      status
      messages
      ownerId
      createdAt
      lastHealthCheck
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesJobQuery, QueriesJobQueryVariables>;
export const QueriesJob2Document = new TypedDocumentString(`
    query QueriesJob2($id: ID!) {
  job(id: $id) {
    rawId
  }
}
    `) as unknown as TypedDocumentString<QueriesJob2Query, QueriesJob2QueryVariables>;
export const QueriesMicroservicesDocument = new TypedDocumentString(`
    query QueriesMicroservices {
  microservices {
    id
    rawId
    appId
    serviceName
    version
    environment
    level
    registerBy
    schemaIds
    status
    alias
    description
    framework {
      name
      version
    }
    paths {
      path
    }
    properties
    createdAt
    updatedAt
    instances {
      id
      rawId
      serviceRawId
      hostName
      endpoints
      status
      version
      properties
      healthCheck {
        mode
        interval
        times
      }
      dataCenter {
        name
        region
        availableZone
      }
      createdAt
      microservice {
        rawId
      }
      componentInstance {
        name
        version
      }
    }
    schemas {
      schemaId
      summary
    }
    providers {
      serviceName
    }
    component {
      name
      application {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesMicroservicesQuery, QueriesMicroservicesQueryVariables>;
export const QueriesMicroservices2Document = new TypedDocumentString(`
    query QueriesMicroservices2($f: MicroserviceFilter) {
  microservices(filter: $f) {
    rawId
  }
}
    `) as unknown as TypedDocumentString<QueriesMicroservices2Query, QueriesMicroservices2QueryVariables>;
export const QueriesMicroserviceDocument = new TypedDocumentString(`
    query QueriesMicroservice($id: ID!, $schema: String!) {
  microservice(id: $id) {
    serviceName
    schemas {
      schemaId
      summary
      content
    }
    schema(schemaId: $schema) {
      schemaId
      summary
      content
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesMicroserviceQuery, QueriesMicroserviceQueryVariables>;
export const QueriesMicroservices3Document = new TypedDocumentString(`
    query QueriesMicroservices3 {
  microservices {
    appId
    serviceName
    version
    environment
    instances {
      rawId
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesMicroservices3Query, QueriesMicroservices3QueryVariables>;
export const QueriesFindMicroserviceInstancesDocument = new TypedDocumentString(`
    query QueriesFindMicroserviceInstances($in: FindInstancesInput!) {
  findMicroserviceInstances(input: $in) {
    revision
    instances {
      rawId
      version
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesFindMicroserviceInstancesQuery, QueriesFindMicroserviceInstancesQueryVariables>;
export const QueriesConfigurationItemsDocument = new TypedDocumentString(`
    query QueriesConfigurationItems($in: ConfigurationItemsInput!) {
  configurationItems(input: $in) {
    revision
    dimensions {
      dimension
      items {
        key
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesConfigurationItemsQuery, QueriesConfigurationItemsQueryVariables>;
export const UpstreamCallsApplicationsDocument = new TypedDocumentString(`
    query UpstreamCallsApplications {
  applications {
    nodes {
      name
      components {
        nodes {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UpstreamCallsApplicationsQuery, UpstreamCallsApplicationsQueryVariables>;
export const UpstreamCallsApplicationsApplicationsDocument = new TypedDocumentString(`
    query UpstreamCallsApplicationsApplications {
  a: applications {
    nodes {
      name
      components {
        nodes {
          name
          application {
            name
            components {
              totalCount
            }
          }
        }
      }
    }
  }
  b: applications {
    nodes {
      id
      components {
        nodes {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UpstreamCallsApplicationsApplicationsQuery, UpstreamCallsApplicationsApplicationsQueryVariables>;
export const UpstreamCallsMicroservicesDocument = new TypedDocumentString(`
    query UpstreamCallsMicroservices {
  microservices {
    serviceName
    instances {
      hostName
    }
  }
}
    `) as unknown as TypedDocumentString<UpstreamCallsMicroservicesQuery, UpstreamCallsMicroservicesQueryVariables>;
export const UpstreamCallsMicroservices2Document = new TypedDocumentString(`
    query UpstreamCallsMicroservices2 {
  microservices {
    id
  }
}
    `) as unknown as TypedDocumentString<UpstreamCallsMicroservices2Query, UpstreamCallsMicroservices2QueryVariables>;
export const UpstreamCallsNodesDocument = new TypedDocumentString(`
    query UpstreamCallsNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpstreamCallsNodesQuery, UpstreamCallsNodesQueryVariables>;
export const UpstreamCallsApplications2Document = new TypedDocumentString(`
    query UpstreamCallsApplications2 {
  applications {
    nodes {
      id
      configuration {
        environment {
          rawId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UpstreamCallsApplications2Query, UpstreamCallsApplications2QueryVariables>;
export const UpstreamCallsApplicationDocument = new TypedDocumentString(`
    query UpstreamCallsApplication($id: ID!) {
  application(id: $id) {
    configuration {
      environment {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UpstreamCallsApplicationQuery, UpstreamCallsApplicationQueryVariables>;
export const UpstreamCallsEnvironmentsDocument = new TypedDocumentString(`
    query UpstreamCallsEnvironments {
  environments {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<UpstreamCallsEnvironmentsQuery, UpstreamCallsEnvironmentsQueryVariables>;
export const UpstreamCallsEnvironmentDocument = new TypedDocumentString(`
    query UpstreamCallsEnvironment($id: ID!) {
  environment(id: $id) {
    name
  }
}
    `) as unknown as TypedDocumentString<UpstreamCallsEnvironmentQuery, UpstreamCallsEnvironmentQueryVariables>;
export const CostNodesDocument = new TypedDocumentString(`
    query CostNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
  }
}
    `) as unknown as TypedDocumentString<CostNodesQuery, CostNodesQueryVariables>;
export const CostApplicationsDocument = new TypedDocumentString(`
    query CostApplications {
  applications {
    nodes {
      name
      components {
        nodes {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CostApplicationsQuery, CostApplicationsQueryVariables>;
export const CostRuntimesMicroservicesDocument = new TypedDocumentString(`
    query CostRuntimesMicroservices {
  runtimes {
    typeName
  }
  microservices {
    serviceName
  }
}
    `) as unknown as TypedDocumentString<CostRuntimesMicroservicesQuery, CostRuntimesMicroservicesQueryVariables>;
export const JwtCallersMicroservicesDocument = new TypedDocumentString(`
    query JwtCallersMicroservices {
  microservices {
    appId
    serviceName
    instances {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<JwtCallersMicroservicesQuery, JwtCallersMicroservicesQueryVariables>;
export const TokenExpiryMicroservicesDocument = new TypedDocumentString(`
    query TokenExpiryMicroservices {
  microservices {
    appId
    serviceName
    instances {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<TokenExpiryMicroservicesQuery, TokenExpiryMicroservicesQueryVariables>;