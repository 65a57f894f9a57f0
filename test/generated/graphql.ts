/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** An artifact of an instance, by component or container name. */
export type ArtifactInput = {
  /** iam (default) or none. */
  auth?: string | null | undefined;
  /** Component name, or container name for Docker. */
  name: string;
  /** Property information: a map of strings. */
  properties?: unknown;
  /** swr, devcloud or obs. */
  storage: string;
  /** package (VM) or image (container). */
  type: string;
  /** Software package or image address. */
  url: string;
  /** Version number. */
  version?: string | null | undefined;
};

/** A software package in OBS. */
export type ArtifactSourceInput = {
  /** iam (default) or none. */
  auth?: string | null | undefined;
  /** OBS bucket. */
  bucket?: string | null | undefined;
  /** OBS endpoint. */
  endpoint?: string | null | undefined;
  /** Object key in the bucket. */
  key?: string | null | undefined;
  /** Software package address. */
  url: string;
};

/** Source code in a repository. */
export type CodeSourceInput = {
  /** Name of the repository authorization to use. */
  repoAuth: string;
  /** Default master. */
  repoRef?: string | null | undefined;
  /** GitHub, GitLab, Gitee or Bitbucket. */
  repoType: string;
  /** Repository URL. */
  repoUrl: string;
};

/** Application component type (§4.4.1). */
export type ComponentCategory =
  /** Any other component (no sub-category). */
  | 'COMMON'
  /** A microservice (Java Chassis, Go Chassis, Mesher, Spring Cloud or Dubbo). */
  | 'MICROSERVICE'
  /** A web application (sub-category Web). */
  | 'WEBAPP';

/** Where a component comes from: give exactly one of `code` and `artifact`. */
export type ComponentSourceInput = {
  /** A software package in OBS. */
  artifact?: ArtifactSourceInput | null | undefined;
  /** Source code in a repository. */
  code?: CodeSourceInput | null | undefined;
};

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

/** A new component (§4.4.1). */
export type CreateComponentInput = {
  /** Build parameters: build_cmd, dockerfile_path, artifact_namespace, cluster_id, node_label_selector. */
  buildParameters?: unknown;
  /** Component type. */
  category: ComponentCategory;
  /** At most 128 characters. */
  description?: string | null | undefined;
  /** 2-64 letters, digits, hyphens and underscores, starting with a letter and ending with a letter or digit. */
  name: string;
  /** A runtime's typeName (Query.runtimes). */
  runtime: string;
  /** Where its code or package comes from. */
  source?: ComponentSourceInput | null | undefined;
  /** Web for WEBAPP; Java Chassis, Go Chassis, Mesher, Spring Cloud or Dubbo for MICROSERVICE; none for COMMON. */
  subCategory?: string | null | undefined;
};

/** A new environment (§4.2.1). */
export type CreateEnvironmentInput = {
  /** At most 64 characters. */
  alias?: string | null | undefined;
  /** At least one, of type cce or ecs. */
  baseResources: Array<EnvironmentResourceInput>;
  /** At most 128 characters. */
  description?: string | null | undefined;
  /** Enterprise project ID. */
  enterpriseProjectId?: string | null | undefined;
  /** 2-64 letters, digits, hyphens and underscores, starting with a letter and ending with a letter or digit. */
  name: string;
  /** Optional resources: dcs, elb, cse and other services. */
  optionalResources?: Array<EnvironmentResourceInput> | null | undefined;
  /** ID of the VPC the resources are in. */
  vpcId: string;
};

/** A registry microservice to create (§5.4, Table 6-10). */
export type CreateMicroserviceInput = {
  /** Alias (1-128 characters). */
  alias?: string | null | undefined;
  /** Application ID: 1-160 letters, digits, underscores, hyphens and dots. */
  appId: string;
  /** Description (at most 256 characters). */
  description?: string | null | undefined;
  /** Registry environment; default DEVELOPMENT. */
  environment?: RegistryEnvironment | null | undefined;
  /** Development framework name. */
  frameworkName?: string | null | undefined;
  /** Development framework version. */
  frameworkVersion?: string | null | undefined;
  /** Instances to register with it. */
  instances?: Array<RegisterInstanceInput> | null | undefined;
  /** Microservice tier. */
  level?: MicroserviceLevel | null | undefined;
  /** Extended attributes: a map of strings. */
  properties?: unknown;
  /** SDK, PLATFORM, SIDECAR or UNKNOWN. */
  registerBy?: string | null | undefined;
  /** Blacklist and whitelist rules. */
  rules?: Array<RuleInput> | null | undefined;
  /** IDs of the schemas the service declares (at most 100). */
  schemaIds?: Array<string> | null | undefined;
  /** Optional: the registry generates one. */
  serviceId?: string | null | undefined;
  /** Microservice name, unique in the application: 1-128 letters, digits, underscores, hyphens and dots. */
  serviceName: string;
  /** Initial status; default UP. */
  status?: MicroserviceStatus | null | undefined;
  /** Tags: a map of strings. */
  tags?: unknown;
  /** 1 to 4 dot-separated numbers. */
  version: string;
};

/** Where a registry instance runs (Table 6-17). */
export type DataCenterInput = {
  /** Availability zone. */
  availableZone: string;
  /** Region name. */
  name: string;
  /** Region. */
  region: string;
};

/** A deployment of a component (§4.5.1). */
export type DeployComponentInput = {
  /** At least one. */
  artifacts: Array<ArtifactInput>;
  /** Environment variables, storage, strategy, lifecycle, scheduler and probes. */
  configuration?: InstanceConfigurationInput | null | undefined;
  /** At most 128 characters. */
  description?: string | null | undefined;
  /** Global ID of the environment to deploy in. */
  environmentId: string | number;
  /** Addresses to reach it at from outside. */
  externalAccesses?: Array<ExternalAccessInput> | null | undefined;
  /** A flavorId from Query.flavors, or CUSTOM-xxG:xxC-xxC:xxGi-xxGi. */
  flavorId: string;
  /** 2-63 lowercase letters, digits and hyphens, starting with a letter and ending with a letter or digit; unique in the environment. */
  name: string;
  /** At least one. */
  referResources: Array<ReferResourceInput>;
  /** Number of replicas, 0 or more. */
  replica: number;
  /** 1 to 4 dot-separated numbers, e.g. 1.0.0. */
  version: string;
};

/** An environment variable to set. */
export type EnvVarInput = {
  /** 1-64 letters, digits, underscores, hyphens and dots, not starting with a digit. */
  name: string;
  /** Variable value. */
  value: string;
};

/** A resource of an environment. */
export type EnvironmentResourceInput = {
  /** Resource ID, e.g. the CCE cluster ID or the ECS ID. */
  id: string;
  /** Resource name. */
  name?: string | null | undefined;
  /** Basic: cce or ecs. Optional: dcs, elb, cse and other services. */
  type: string;
};

/** External access of an instance. */
export type ExternalAccessInput = {
  /** Access address. */
  address?: string | null | undefined;
  /** Port the component's process listens on. */
  forwardPort?: number | null | undefined;
  /** http or https. */
  protocol?: string | null | undefined;
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

/** A health check (Table 6-1). */
export type HealthCheckInput = {
  /** Seconds between heartbeats. */
  interval: number;
  /** push or pull. */
  mode: string;
  /** Port the registry connects to; required in pull mode. */
  port?: number | null | undefined;
  /** Retry times before the instance counts as lost. */
  times: number;
};

/** Instance configuration (Table 4-129). */
export type InstanceConfigurationInput = {
  /** Environment variables. */
  env?: Array<EnvVarInput> | null | undefined;
  /** Lifecycle commands (Table 4-133). */
  lifecycle?: unknown;
  /** Health checks (Table 4-135). */
  probes?: unknown;
  /** Scheduling policy (Table 4-134). */
  scheduler?: unknown;
  /** Data storage mounts (Table 4-131). */
  storage?: unknown;
  /** Upgrade policy, e.g. {upgrade: RollingUpdate}. */
  strategy?: unknown;
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

/** What happened to a registry instance. */
export type MicroserviceInstanceEventType =
  /** It was there when the subscription started. */
  | 'CURRENT'
  /** It was deregistered through this gateway. */
  | 'DEREGISTERED'
  /**
   * It disappeared without a deregistration known to the gateway: its lease ran out (the registry's API
   * does not tell this from a deregistration by another client).
   */
  | 'HEARTBEAT_LOST'
  /** Its properties changed. */
  | 'PROPERTIES_CHANGED'
  /** It registered (or registered again). */
  | 'REGISTERED'
  /** Its status changed; `previousStatus` says from what. */
  | 'STATUS_CHANGED';

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

/** The key that names one microservice in the registry (§5.10). */
export type MicroserviceKeyInput = {
  /** The application (appId). */
  appId: string;
  /** The environment; left out, NONE (which ServiceStage's CSE reads as DEVELOPMENT). */
  environment?: RegistryEnvironment | null | undefined;
  /** The service name. */
  serviceName: string;
  /** The exact version. */
  version: string;
};

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

/** A resource an instance uses: one of type cce (with parameters.namespace) or ecs is needed; add cse to register in the registry. */
export type ReferResourceInput = {
  /** Resource ID. */
  id: string;
  /** Resource parameters, e.g. {namespace: default} for cce. */
  parameters?: unknown;
  /** DCS only: distributed_session, distributed_cache or both (the default). */
  referAlias?: string | null | undefined;
  /** cce, ecs, elb, dcs, cse or another service. */
  type: string;
};

/** A registry instance to register (Table 6-2). */
export type RegisterInstanceInput = {
  /** Where it runs. */
  dataCenter?: DataCenterInput | null | undefined;
  /** e.g. rest:127.0.0.1:8080. */
  endpoints: Array<string>;
  /** How the registry knows it is alive; default push, every 30 s, 3 times. */
  healthCheck?: HealthCheckInput | null | undefined;
  /** 1-64 characters. */
  hostName: string;
  /** Optional: the registry generates one. */
  instanceId?: string | null | undefined;
  /** Extended attributes: a map of strings. */
  properties?: unknown;
  /** Initial status; default UP. */
  status?: MicroserviceInstanceStatus | null | undefined;
};

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

/** A blacklist or whitelist rule (Table 6-15). */
export type RuleInput = {
  /** What the rule tests: tag_xxx for a tag, otherwise ServiceId, AppId, ServiceName, Version, Description, Level or Status. */
  attribute: string;
  /** Description of the rule (at most 256 characters). */
  description?: string | null | undefined;
  /** Regular expression of 1-64 characters the attribute is matched against. */
  pattern: string;
  /** WHITE or BLACK. */
  ruleType: string;
};

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

export type QueriesNestedBadCursorQueryVariables = Exact<{ [key: string]: never; }>;


export type QueriesNestedBadCursorQuery = { environments: { nodes: Array<{ applications: { totalCount: number } | null }> } | null };

export type QueriesNestedFirstQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type QueriesNestedFirstQuery = { applications: { nodes: Array<{ components: { totalCount: number } | null }> } | null };

export type QueriesNestedEnvironmentIdQueryVariables = Exact<{ [key: string]: never; }>;


export type QueriesNestedEnvironmentIdQuery = { applications: { nodes: Array<{ components: { nodes: Array<{ instances: { totalCount: number } | null }> } | null }> } | null };

export type QueriesWalkAfterBadCursorQueryVariables = Exact<{ [key: string]: never; }>;


export type QueriesWalkAfterBadCursorQuery = { environments: { nodes: Array<{ applications: { nodes: Array<{ components: { nodes: Array<{ instances: { nodes: Array<{ lastJob: { rawId: string } | null }> } | null }> } | null }> } | null }> } | null };

export type QueriesEnvironmentsAfterWalkQueryVariables = Exact<{ [key: string]: never; }>;


export type QueriesEnvironmentsAfterWalkQuery = { environments: { totalCount: number } | null };

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

export type RegistriesCreateMutationVariables = Exact<{
  in: CreateMicroserviceInput;
}>;


export type RegistriesCreateMutation = { createMicroservice: { id: string, rawId: string, version: string, environment: RegistryEnvironment | null } | null };

export type RegistriesRegisterMutationVariables = Exact<{
  id: string | number;
  h: string;
  e: Array<string> | string;
}>;


export type RegistriesRegisterMutation = { registerMicroserviceInstance: { id: string, hostName: string, version: string | null } | null };

export type RegistriesFindQueryVariables = Exact<{
  in: FindInstancesInput;
}>;


export type RegistriesFindQuery = { findMicroserviceInstances: { instances: Array<{ hostName: string, version: string | null }> } | null };

export type RegistriesChangesSubscriptionVariables = Exact<{
  id?: string | number | null | undefined;
  app?: string | null | undefined;
  svc?: string | null | undefined;
  rule?: string | null | undefined;
  env?: RegistryEnvironment | null | undefined;
}>;


export type RegistriesChangesSubscription = { microserviceInstanceChanges: { type: MicroserviceInstanceEventType, instance: { hostName: string, version: string | null } } };

export type RegistriesMicroserviceIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegistriesMicroserviceIdsQuery = { microservices: Array<{ rawId: string }> | null };

export type RegistriesMicroservicesQueryVariables = Exact<{ [key: string]: never; }>;


export type RegistriesMicroservicesQuery = { microservices: Array<{ version: string, instances: Array<{ version: string | null }> | null }> | null };

export type RegistriesMicroservices2QueryVariables = Exact<{
  env?: RegistryEnvironment | null | undefined;
}>;


export type RegistriesMicroservices2Query = { microservices: Array<{ rawId: string, instances: Array<{ hostName: string }> | null }> | null };

export type RegistriesByKeyQueryVariables = Exact<{
  k: MicroserviceKeyInput;
}>;


export type RegistriesByKeyQuery = { microserviceByKey: { id: string, version: string } | null };

export type RegistriesPutMicroserviceSchemaMutationVariables = Exact<{
  id: string | number;
}>;


export type RegistriesPutMicroserviceSchemaMutation = { putMicroserviceSchema: { schemaId: string } | null };

export type RegistriesSchemaByKeyQueryVariables = Exact<{
  id: string | number;
  s: string;
}>;


export type RegistriesSchemaByKeyQuery = { microserviceSchemaByKey: { schemaId: string, summary: string | null } | null };

export type RegistriesConfigurationItemsQueryVariables = Exact<{
  in: ConfigurationItemsInput;
}>;


export type RegistriesConfigurationItemsQuery = { configurationItems: { dimensions: Array<{ dimension: string, items: Array<{ key: string, value: string }> }> } | null };

export type RegistriesGuardedQueryVariables = Exact<{ [key: string]: never; }>;


export type RegistriesGuardedQuery = { microservices: Array<{ rawId: string, instances: Array<{ hostName: string }> | null }> | null };

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

export type FreshPerEventChangesSubscriptionVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type FreshPerEventChangesSubscription = { microserviceInstanceChanges: { type: MicroserviceInstanceEventType, instance: { hostName: string, status: MicroserviceInstanceStatus | null, microservice: { properties: unknown } | null } } };

export type FreshPerEventCreateMicroserviceMutationVariables = Exact<{ [key: string]: never; }>;


export type FreshPerEventCreateMicroserviceMutation = { createMicroservice: { id: string, instances: Array<{ id: string }> | null } | null };

export type FreshPerEventUpdatePropertiesMutationVariables = Exact<{
  id: string | number;
}>;


export type FreshPerEventUpdatePropertiesMutation = { updateMicroserviceProperties: { id: string } | null };

export type FreshPerEventInstanceDownMutationVariables = Exact<{
  id: string | number;
}>;


export type FreshPerEventInstanceDownMutation = { updateMicroserviceInstanceStatus: { status: MicroserviceInstanceStatus | null } | null };

export type InstanceStatusRowSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type InstanceStatusRowSubscription = { componentInstanceStatus: { name: string, version: string, status: { status: InstanceStatus | null, replica: number | null, availableReplica: number | null, lastJobStatus: JobStatus | null } } };

export type InstanceStatusNowQueryVariables = Exact<{
  id: string | number;
}>;


export type InstanceStatusNowQuery = { node:
    | { status: { status: InstanceStatus | null, replica: number | null, availableReplica: number | null, lastJobStatus: JobStatus | null } }
    | Record<PropertyKey, never>
   | null };

export type InstanceStatusDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type InstanceStatusDeleteMutation = { deleteComponentInstance: { jobId: string } | null };

export type JobProgressEventsSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type JobProgressEventsSubscription = { jobProgress: { rawId: string, status: JobStatus, progress: number, isFinished: boolean, taskCount: number, tasks: Array<{ index: number, name: string, status: TaskStatus }>, failure: { code: string | null, detail: string | null } | null } };

export type RegistryChangesSubscriptionVariables = Exact<{
  id?: string | number | null | undefined;
  app?: string | null | undefined;
  svc?: string | null | undefined;
  rule?: string | null | undefined;
  env?: RegistryEnvironment | null | undefined;
}>;


export type RegistryChangesSubscription = { microserviceInstanceChanges: { type: MicroserviceInstanceEventType, sequence: number, previousStatus: MicroserviceInstanceStatus | null, instance: { id: string, rawId: string, hostName: string, status: MicroserviceInstanceStatus | null, version: string | null, properties: unknown } } };

export type RegistryChangesResumedSubscriptionVariables = Exact<{
  id?: string | number | null | undefined;
  after?: number | null | undefined;
}>;


export type RegistryChangesResumedSubscription = { microserviceInstanceChanges: { type: MicroserviceInstanceEventType, sequence: number, instance: { hostName: string } } };

export type RegistryChangesScaleComponentInstanceMutationVariables = Exact<{
  id: string | number;
}>;


export type RegistryChangesScaleComponentInstanceMutation = { scaleComponentInstance: { jobId: string } | null };

export type RegistryChangesScaleComponentInstance2MutationVariables = Exact<{
  id: string | number;
}>;


export type RegistryChangesScaleComponentInstance2Mutation = { scaleComponentInstance: { jobId: string } | null };

export type RegistryChangesDeleteComponentInstanceMutationVariables = Exact<{
  id: string | number;
}>;


export type RegistryChangesDeleteComponentInstanceMutation = { deleteComponentInstance: { jobId: string } | null };

export type RegistryChangesCreateMicroserviceMutationVariables = Exact<{ [key: string]: never; }>;


export type RegistryChangesCreateMicroserviceMutation = { createMicroservice: { id: string, instances: Array<{ id: string }> | null } | null };

export type RegistryChangesUpdateMicroserviceInstanceStatusMutationVariables = Exact<{
  id: string | number;
}>;


export type RegistryChangesUpdateMicroserviceInstanceStatusMutation = { updateMicroserviceInstanceStatus: { status: MicroserviceInstanceStatus | null } | null };

export type RegistryChangesUpdateMicroserviceInstancePropertiesMutationVariables = Exact<{
  id: string | number;
}>;


export type RegistryChangesUpdateMicroserviceInstancePropertiesMutation = { updateMicroserviceInstanceProperties: { id: string } | null };

export type RegistryChangesDeregisterMicroserviceInstanceMutationVariables = Exact<{
  id: string | number;
}>;


export type RegistryChangesDeregisterMicroserviceInstanceMutation = { deregisterMicroserviceInstance: { deletedId: string } | null };

export type RegistryChangesCreateMicroservice2MutationVariables = Exact<{ [key: string]: never; }>;


export type RegistryChangesCreateMicroservice2Mutation = { createMicroservice: { id: string } | null };

export type RegistryChangesRegisterMicroserviceInstanceMutationVariables = Exact<{
  id: string | number;
  h: string;
  e: Array<string> | string;
}>;


export type RegistryChangesRegisterMicroserviceInstanceMutation = { registerMicroserviceInstance: { id: string } | null };

export type RegistryChangesCreateMicroservice3MutationVariables = Exact<{ [key: string]: never; }>;


export type RegistryChangesCreateMicroservice3Mutation = { createMicroservice: { id: string } | null };

export type RegistryChangesRegisterMicroserviceInstance2MutationVariables = Exact<{
  id: string | number;
}>;


export type RegistryChangesRegisterMicroserviceInstance2Mutation = { registerMicroserviceInstance: { id: string } | null };

export type RegistryChangesSendMicroserviceInstanceHeartbeatMutationVariables = Exact<{
  id: string | number;
}>;


export type RegistryChangesSendMicroserviceInstanceHeartbeatMutation = { sendMicroserviceInstanceHeartbeat: { id: string } | null };

export type RegistryChangesMicroservicesQueryVariables = Exact<{ [key: string]: never; }>;


export type RegistryChangesMicroservicesQuery = { microservices: Array<{ id: string }> | null };

export type CasWritesCreateEnvironmentMutationVariables = Exact<{
  in: CreateEnvironmentInput;
}>;


export type CasWritesCreateEnvironmentMutation = { createEnvironment: { id: string, name: string, alias: string | null, description: string | null } | null };

export type CasWritesDeleteEnvironmentMutationVariables = Exact<{
  id: string | number;
}>;


export type CasWritesDeleteEnvironmentMutation = { deleteEnvironment: { deletedId: string } | null };

export type CasWritesDeleteComponentMutationVariables = Exact<{
  id: string | number;
  force?: boolean | null | undefined;
}>;


export type CasWritesDeleteComponentMutation = { deleteComponent: { deletedId: string } | null };

export type CasWritesDeleteApplicationMutationVariables = Exact<{
  id: string | number;
}>;


export type CasWritesDeleteApplicationMutation = { deleteApplication: { deletedId: string } | null };

export type CasWritesUpdateEnvironmentMutationVariables = Exact<{
  id: string | number;
}>;


export type CasWritesUpdateEnvironmentMutation = { updateEnvironment: { name: string, alias: string | null, description: string | null } | null };

export type CasWritesModifyResourcesMutationVariables = Exact<{
  id: string | number;
}>;


export type CasWritesModifyResourcesMutation = { modifyEnvironmentResources: { baseResources: Array<{ id: string, type: string }>, optionalResources: Array<{ id: string, type: string }> } | null };

export type CasWritesUpdateTwiceMutationVariables = Exact<{
  id: string | number;
}>;


export type CasWritesUpdateTwiceMutation = { a: { description: string | null } | null, b: { description: string | null } | null };

export type CasWritesCreateTwoMutationVariables = Exact<{ [key: string]: never; }>;


export type CasWritesCreateTwoMutation = { a: { name: string } | null, b: { name: string } | null };

export type CasWritesApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type CasWritesApplicationsQuery = { applications: { nodes: Array<{ id: string, name: string }> } | null };

export type CasWritesRenameApplicationMutationVariables = Exact<{
  id: string | number;
}>;


export type CasWritesRenameApplicationMutation = { updateApplication: { name: string, description: string | null } | null };

export type CasWritesApplicationsByNameQueryVariables = Exact<{ [key: string]: never; }>;


export type CasWritesApplicationsByNameQuery = { applications: { nodes: Array<{ name: string }> } | null };

export type CasWritesUpdateGhostMutationVariables = Exact<{
  id: string | number;
}>;


export type CasWritesUpdateGhostMutation = { updateEnvironment: { id: string } | null };

export type CasWritesComponentOfGhostMutationVariables = Exact<{
  id: string | number;
}>;


export type CasWritesComponentOfGhostMutation = { createComponent: { id: string } | null };

export type CasWritesSetConfigurationMutationVariables = Exact<{
  a: string | number;
  e: string | number;
}>;


export type CasWritesSetConfigurationMutation = { setApplicationConfiguration: { environment: { name: string } | null, env: Array<{ name: string, value: string }> } | null };

export type CasWritesDeleteConfigurationMutationVariables = Exact<{
  a: string | number;
  e: string | number;
}>;


export type CasWritesDeleteConfigurationMutation = { deleteApplicationConfiguration: { name: string, configuration: Array<{ env: Array<{ name: string }> }> | null } | null };

export type CasWritesCreateGoComponentMutationVariables = Exact<{
  a: string | number;
}>;


export type CasWritesCreateGoComponentMutation = { createComponent: { id: string } | null };

export type CasWritesCobolMutationVariables = Exact<{
  a: string | number;
}>;


export type CasWritesCobolMutation = { createComponent: { id: string } | null };

export type CasWritesWebComponentMutationVariables = Exact<{
  a: string | number;
}>;


export type CasWritesWebComponentMutation = { createComponent: { id: string, build: { parameters: unknown } | null } | null };

export type CasWritesUpdateComponentMutationVariables = Exact<{
  id: string | number;
}>;


export type CasWritesUpdateComponentMutation = { updateComponent: { description: string | null, source:
      | { repoType: string, repoUrl: string }
      | Record<PropertyKey, never>
     | null } | null };

export type DeployComponentMutationVariables = Exact<{
  c: string | number;
  in: DeployComponentInput;
}>;


export type DeployComponentMutation = { deployComponent: { jobId: string, instance: { id: string, status: { status: InstanceStatus | null } } | null } | null };

export type CreateEnvironmentMutationVariables = Exact<{
  in: CreateEnvironmentInput;
}>;


export type CreateEnvironmentMutation = { createEnvironment: { id: string } | null };

export type CreateApplicationMutationVariables = Exact<{
  n: string;
}>;


export type CreateApplicationMutation = { createApplication: { id: string } | null };

export type CreateComponentMutationVariables = Exact<{
  a: string | number;
  in: CreateComponentInput;
}>;


export type CreateComponentMutation = { createComponent: { id: string } | null };

export type InstanceWritesScaleMutationVariables = Exact<{
  id: string | number;
}>;


export type InstanceWritesScaleMutation = { scaleComponentInstance: { jobId: string } | null };

export type InstanceWritesDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type InstanceWritesDeleteMutation = { deleteComponentInstance: { jobId: string } | null };

export type InstanceWritesInstancesQueryVariables = Exact<{
  c: string | number;
}>;


export type InstanceWritesInstancesQuery = { node:
    | { instances: { nodes: Array<{ id: string, name: string }> } | null }
    | Record<PropertyKey, never>
   | null };

export type InstanceWritesRollbackMutationVariables = Exact<{
  id: string | number;
}>;


export type InstanceWritesRollbackMutation = { rollbackComponentInstance: { jobId: string } | null };

export type InstanceWritesRestartMutationVariables = Exact<{
  id: string | number;
}>;


export type InstanceWritesRestartMutation = { restartComponentInstance: { jobId: string } | null };

export type InstanceWritesJobQueryVariables = Exact<{
  id: string | number;
}>;


export type InstanceWritesJobQuery = { job: { status: JobStatus, isFinished: boolean, failure: { code: string | null, detail: string | null } | null, tasks: Array<{ status: TaskStatus, message: { code: string | null, detail: string | null } | null }> } | null };

export type InstanceWritesStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type InstanceWritesStatusQuery = { node:
    | { status: { status: InstanceStatus | null, failDetail: string | null, lastJobStatus: JobStatus | null } }
    | Record<PropertyKey, never>
   | null };

export type LifecycleInstanceFragment = { id: string, name: string, version: string, status: { status: InstanceStatus | null, replica: number | null, availableReplica: number | null, lastJobStatus: JobStatus | null, failDetail: string | null }, microserviceInstances: Array<{ hostName: string, version: string | null, status: MicroserviceInstanceStatus | null }> | null, snapshots: { nodes: Array<{ version: string }> } | null };

export type LifecyclePayloadFragment = { jobId: string, job: { rawId: string, status: JobStatus, type: JobType | null } | null, instance: { id: string, name: string, version: string, status: { status: InstanceStatus | null, replica: number | null, availableReplica: number | null, lastJobStatus: JobStatus | null, failDetail: string | null }, microserviceInstances: Array<{ hostName: string, version: string | null, status: MicroserviceInstanceStatus | null }> | null, snapshots: { nodes: Array<{ version: string }> } | null } | null };

export type LifecycleInstanceQueryVariables = Exact<{
  id: string | number;
}>;


export type LifecycleInstanceQuery = { node:
    | { id: string, name: string, version: string, status: { status: InstanceStatus | null, replica: number | null, availableReplica: number | null, lastJobStatus: JobStatus | null, failDetail: string | null }, microserviceInstances: Array<{ hostName: string, version: string | null, status: MicroserviceInstanceStatus | null }> | null, snapshots: { nodes: Array<{ version: string }> } | null }
    | Record<PropertyKey, never>
   | null };

export type LifecycleJobQueryVariables = Exact<{
  job: string | number;
}>;


export type LifecycleJobQuery = { job: { status: JobStatus, isFinished: boolean, progress: number, tasks: Array<{ status: TaskStatus }> } | null };

export type LifecycleCreateEnvironmentMutationVariables = Exact<{
  in: CreateEnvironmentInput;
}>;


export type LifecycleCreateEnvironmentMutation = { createEnvironment: { id: string, name: string, vpcId: string | null, baseResources: Array<{ id: string, type: string }>, optionalResources: Array<{ type: string }> } | null };

export type LifecycleCreateApplicationMutationVariables = Exact<{ [key: string]: never; }>;


export type LifecycleCreateApplicationMutation = { createApplication: { id: string, name: string, description: string | null, componentCount: number | null } | null };

export type LifecycleCreateComponentMutationVariables = Exact<{
  app: string | number;
}>;


export type LifecycleCreateComponentMutation = { createComponent: { id: string, name: string, category: ComponentCategory | null, subCategory: string | null, application: { name: string, componentCount: number | null } | null, source:
      | { url: string, storage: string, type: string }
      | Record<PropertyKey, never>
     | null } | null };

export type LifecycleDeployMutationVariables = Exact<{
  comp: string | number;
  in: DeployComponentInput;
}>;


export type LifecycleDeployMutation = { deployComponent: { jobId: string, job: { rawId: string, status: JobStatus, type: JobType | null } | null, instance: { id: string, name: string, version: string, status: { status: InstanceStatus | null, replica: number | null, availableReplica: number | null, lastJobStatus: JobStatus | null, failDetail: string | null }, microserviceInstances: Array<{ hostName: string, version: string | null, status: MicroserviceInstanceStatus | null }> | null, snapshots: { nodes: Array<{ version: string }> } | null } | null } | null };

export type LifecycleScaleMutationVariables = Exact<{
  id: string | number;
}>;


export type LifecycleScaleMutation = { scaleComponentInstance: { jobId: string, job: { rawId: string, status: JobStatus, type: JobType | null } | null, instance: { id: string, name: string, version: string, status: { status: InstanceStatus | null, replica: number | null, availableReplica: number | null, lastJobStatus: JobStatus | null, failDetail: string | null }, microserviceInstances: Array<{ hostName: string, version: string | null, status: MicroserviceInstanceStatus | null }> | null, snapshots: { nodes: Array<{ version: string }> } | null } | null } | null };

export type LifecycleStopMutationVariables = Exact<{
  id: string | number;
}>;


export type LifecycleStopMutation = { stopComponentInstance: { jobId: string, job: { rawId: string, status: JobStatus, type: JobType | null } | null, instance: { id: string, name: string, version: string, status: { status: InstanceStatus | null, replica: number | null, availableReplica: number | null, lastJobStatus: JobStatus | null, failDetail: string | null }, microserviceInstances: Array<{ hostName: string, version: string | null, status: MicroserviceInstanceStatus | null }> | null, snapshots: { nodes: Array<{ version: string }> } | null } | null } | null };

export type LifecycleStartMutationVariables = Exact<{
  id: string | number;
}>;


export type LifecycleStartMutation = { startComponentInstance: { jobId: string, job: { rawId: string, status: JobStatus, type: JobType | null } | null, instance: { id: string, name: string, version: string, status: { status: InstanceStatus | null, replica: number | null, availableReplica: number | null, lastJobStatus: JobStatus | null, failDetail: string | null }, microserviceInstances: Array<{ hostName: string, version: string | null, status: MicroserviceInstanceStatus | null }> | null, snapshots: { nodes: Array<{ version: string }> } | null } | null } | null };

export type LifecycleRestartMutationVariables = Exact<{
  id: string | number;
}>;


export type LifecycleRestartMutation = { restartComponentInstance: { jobId: string, job: { rawId: string, status: JobStatus, type: JobType | null } | null, instance: { id: string, name: string, version: string, status: { status: InstanceStatus | null, replica: number | null, availableReplica: number | null, lastJobStatus: JobStatus | null, failDetail: string | null }, microserviceInstances: Array<{ hostName: string, version: string | null, status: MicroserviceInstanceStatus | null }> | null, snapshots: { nodes: Array<{ version: string }> } | null } | null } | null };

export type LifecycleUpgradeMutationVariables = Exact<{
  id: string | number;
}>;


export type LifecycleUpgradeMutation = { upgradeComponentInstance: { jobId: string, job: { rawId: string, status: JobStatus, type: JobType | null } | null, instance: { id: string, name: string, version: string, status: { status: InstanceStatus | null, replica: number | null, availableReplica: number | null, lastJobStatus: JobStatus | null, failDetail: string | null }, microserviceInstances: Array<{ hostName: string, version: string | null, status: MicroserviceInstanceStatus | null }> | null, snapshots: { nodes: Array<{ version: string }> } | null } | null } | null };

export type LifecycleRollbackMutationVariables = Exact<{
  id: string | number;
}>;


export type LifecycleRollbackMutation = { rollbackComponentInstance: { jobId: string, job: { rawId: string, status: JobStatus, type: JobType | null } | null, instance: { id: string, name: string, version: string, status: { status: InstanceStatus | null, replica: number | null, availableReplica: number | null, lastJobStatus: JobStatus | null, failDetail: string | null }, microserviceInstances: Array<{ hostName: string, version: string | null, status: MicroserviceInstanceStatus | null }> | null, snapshots: { nodes: Array<{ version: string }> } | null } | null } | null };

export type LifecycleDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type LifecycleDeleteMutation = { deleteComponentInstance: { jobId: string, job: { type: JobType | null } | null, instance: { status: { status: InstanceStatus | null } } | null } | null };

export type LifecycleGoneQueryVariables = Exact<{
  id: string | number;
}>;


export type LifecycleGoneQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type LifecycleRegistryQueryVariables = Exact<{ [key: string]: never; }>;


export type LifecycleRegistryQuery = { microservices: Array<{ instances: Array<{ hostName: string }> | null }> | null };

export type LifecycleDeleteComponentMutationVariables = Exact<{
  id: string | number;
}>;


export type LifecycleDeleteComponentMutation = { deleteComponent: { deletedId: string } | null };

export type LifecycleDeleteApplicationMutationVariables = Exact<{
  id: string | number;
}>;


export type LifecycleDeleteApplicationMutation = { deleteApplication: { deletedId: string } | null };

export type LifecycleDeleteEnvironmentMutationVariables = Exact<{
  id: string | number;
}>;


export type LifecycleDeleteEnvironmentMutation = { deleteEnvironment: { deletedId: string } | null };

export type LifecycleLeftQueryVariables = Exact<{ [key: string]: never; }>;


export type LifecycleLeftQuery = { environments: { totalCount: number } | null, applications: { totalCount: number } | null };

export type RegistryWritesCreateMutationVariables = Exact<{
  in: CreateMicroserviceInput;
}>;


export type RegistryWritesCreateMutation = { createMicroservice: { id: string, rawId: string, appId: string, serviceName: string, version: string, environment: RegistryEnvironment | null, level: MicroserviceLevel | null, registerBy: string | null, properties: unknown, instances: Array<{ hostName: string }> | null } | null };

export type RegistryWritesUpdateMicroservicePropertiesMutationVariables = Exact<{
  id: string | number;
}>;


export type RegistryWritesUpdateMicroservicePropertiesMutation = { updateMicroserviceProperties: { properties: unknown } | null };

export type RegistryWritesPutMicroserviceSchemaMutationVariables = Exact<{
  id: string | number;
}>;


export type RegistryWritesPutMicroserviceSchemaMutation = { putMicroserviceSchema: { schemaId: string, summary: string | null, content: string | null } | null };

export type RegistryWritesMicroserviceQueryVariables = Exact<{
  id: string | number;
}>;


export type RegistryWritesMicroserviceQuery = { microservice: { schemaIds: Array<string>, schemas: Array<{ schemaId: string, summary: string | null, content: string | null }> | null } | null };

export type RegistryWritesPutMicroserviceSchema2MutationVariables = Exact<{
  id: string | number;
}>;


export type RegistryWritesPutMicroserviceSchema2Mutation = { putMicroserviceSchema: { schemaId: string } | null };

export type RegistryWritesPutMicroserviceSchema3MutationVariables = Exact<{
  id: string | number;
}>;


export type RegistryWritesPutMicroserviceSchema3Mutation = { putMicroserviceSchema: { schemaId: string } | null };

export type RegistryWritesPutMicroserviceSchema4MutationVariables = Exact<{
  id: string | number;
}>;


export type RegistryWritesPutMicroserviceSchema4Mutation = { putMicroserviceSchema: { schemaId: string } | null };

export type RegistryWritesPutMicroserviceSchema5MutationVariables = Exact<{
  id: string | number;
}>;


export type RegistryWritesPutMicroserviceSchema5Mutation = { putMicroserviceSchema: { schemaId: string } | null };

export type RegistryWritesSetDependenciesMutationVariables = Exact<{ [key: string]: never; }>;


export type RegistryWritesSetDependenciesMutation = { setDependencies: Array<{ serviceName: string, providers: Array<{ serviceName: string, version: string }> | null } | null> | null };

export type RegistryWritesSetDependencies2MutationVariables = Exact<{ [key: string]: never; }>;


export type RegistryWritesSetDependencies2Mutation = { setDependencies: Array<{ id: string } | null> | null };

export type RegistryWritesRegisterMicroserviceInstanceMutationVariables = Exact<{
  id: string | number;
}>;


export type RegistryWritesRegisterMicroserviceInstanceMutation = { registerMicroserviceInstance: { id: string, hostName: string, status: MicroserviceInstanceStatus | null, version: string | null, healthCheck: { interval: number | null, times: number | null } | null, dataCenter: { region: string | null } | null } | null };

export type RegistryWritesUpdateMicroserviceInstanceStatusMutationVariables = Exact<{
  id: string | number;
}>;


export type RegistryWritesUpdateMicroserviceInstanceStatusMutation = { updateMicroserviceInstanceStatus: { status: MicroserviceInstanceStatus | null } | null };

export type RegistryWritesUpdateMicroserviceInstancePropertiesMutationVariables = Exact<{
  id: string | number;
}>;


export type RegistryWritesUpdateMicroserviceInstancePropertiesMutation = { updateMicroserviceInstanceProperties: { properties: unknown } | null };

export type RegistryWritesSendMicroserviceInstanceHeartbeatMutationVariables = Exact<{
  id: string | number;
}>;


export type RegistryWritesSendMicroserviceInstanceHeartbeatMutation = { sendMicroserviceInstanceHeartbeat: { hostName: string } | null };

export type RegistryWritesDeregisterMicroserviceInstanceMutationVariables = Exact<{
  id: string | number;
}>;


export type RegistryWritesDeregisterMicroserviceInstanceMutation = { deregisterMicroserviceInstance: { deletedId: string } | null };

export type RegistryWritesSendMicroserviceInstanceHeartbeat2MutationVariables = Exact<{
  id: string | number;
}>;


export type RegistryWritesSendMicroserviceInstanceHeartbeat2Mutation = { sendMicroserviceInstanceHeartbeat: { hostName: string } | null };

export type RegistryWritesRegisterMicroserviceInstance2MutationVariables = Exact<{
  id: string | number;
}>;


export type RegistryWritesRegisterMicroserviceInstance2Mutation = { registerMicroserviceInstance: { id: string } | null };

export type RegistryWritesMicroservicesQueryVariables = Exact<{ [key: string]: never; }>;


export type RegistryWritesMicroservicesQuery = { microservices: Array<{ id: string, rawId: string, serviceName: string, version: string, instances: Array<{ id: string }> | null }> | null };

export type RegistryWritesDeleteMicroserviceMutationVariables = Exact<{
  id: string | number;
}>;


export type RegistryWritesDeleteMicroserviceMutation = { deleteMicroservice: { deletedId: string } | null };

export type RegistryWritesDeleteMicroservice2MutationVariables = Exact<{
  id: string | number;
}>;


export type RegistryWritesDeleteMicroservice2Mutation = { deleteMicroservice: { deletedId: string } | null };

export type RegistryWritesDeleteMicroservicesMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type RegistryWritesDeleteMicroservicesMutation = { deleteMicroservices: Array<{ rawId: string, deleted: boolean, error: string | null }> | null };

export type RegistryWritesDeleteMicroservices2MutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type RegistryWritesDeleteMicroservices2Mutation = { deleteMicroservices: Array<{ rawId: string, deleted: boolean, error: string | null }> | null };

export type RegistryWritesMicroservices2QueryVariables = Exact<{
  env?: RegistryEnvironment | null | undefined;
}>;


export type RegistryWritesMicroservices2Query = { microservices: Array<{ id: string }> | null };

export type RegistryWritesDeleteMicroservice3MutationVariables = Exact<{
  id: string | number;
}>;


export type RegistryWritesDeleteMicroservice3Mutation = { deleteMicroservice: { deletedId: string } | null };

export type WriteTimeoutComponentMutationVariables = Exact<{
  a: string | number;
}>;


export type WriteTimeoutComponentMutation = { createComponent: { id: string } | null };

export type WriteTimeoutApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type WriteTimeoutApplicationsQuery = { applications: { nodes: Array<{ name: string }> } | null };

export type FuzzRealIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type FuzzRealIdsQuery = { environments: { nodes: Array<{ id: string }> } | null, applications: { nodes: Array<{ id: string, components: { nodes: Array<{ id: string, instances: { nodes: Array<{ id: string }> } | null }> } | null }> } | null, microservices: Array<{ id: string, instances: Array<{ id: string }> | null }> | null };

export type ReplicasEnvironmentCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ReplicasEnvironmentCountQuery = { environments: { totalCount: number } | null };

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

export type IdsPropertyRealQueryVariables = Exact<{ [key: string]: never; }>;


export type IdsPropertyRealQuery = { environments: { nodes: Array<{ id: string, rawId: string }> } | null, applications: { nodes: Array<{ id: string, rawId: string, components: { nodes: Array<{ id: string, rawId: string }> } | null }> } | null, microservices: Array<{ id: string, rawId: string }> | null };

export type IdsRawIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type IdsRawIdsQuery = { applications: { nodes: Array<{ rawId: string }> } | null, microservices: Array<{ rawId: string }> | null };

export type JwtCallersMicroservicesQueryVariables = Exact<{ [key: string]: never; }>;


export type JwtCallersMicroservicesQuery = { microservices: Array<{ appId: string, serviceName: string, instances: Array<{ id: string }> | null }> | null };

export type TokenExpiryMicroservicesQueryVariables = Exact<{ [key: string]: never; }>;


export type TokenExpiryMicroservicesQuery = { microservices: Array<{ appId: string, serviceName: string, instances: Array<{ id: string }> | null }> | null };

export type ReplicaSceneEnvironmentMutationVariables = Exact<{
  n: string;
}>;


export type ReplicaSceneEnvironmentMutation = { createEnvironment: { id: string } | null };

export type ReplicaSceneApplicationMutationVariables = Exact<{
  n: string;
}>;


export type ReplicaSceneApplicationMutation = { createApplication: { id: string } | null };

export type ReplicaSceneComponentMutationVariables = Exact<{
  a: string | number;
  n: string;
}>;


export type ReplicaSceneComponentMutation = { createComponent: { id: string } | null };

export type ReplicaDeployMutationVariables = Exact<{
  c: string | number;
  in: DeployComponentInput;
}>;


export type ReplicaDeployMutation = { deployComponent: { jobId: string } | null };

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
export const LifecycleInstanceFragmentDoc = new TypedDocumentString(`
    fragment LifecycleInstance on ComponentInstance {
  id
  name
  version
  status {
    status
    replica
    availableReplica
    lastJobStatus
    failDetail
  }
  microserviceInstances {
    hostName
    version
    status
  }
  snapshots {
    nodes {
      version
    }
  }
}
    `, {"fragmentName":"LifecycleInstance"}) as unknown as TypedDocumentString<LifecycleInstanceFragment, unknown>;
export const LifecyclePayloadFragmentDoc = new TypedDocumentString(`
    fragment LifecyclePayload on ComponentInstancePayload {
  jobId
  job {
    rawId
    status
    type
  }
  instance {
    ...LifecycleInstance
  }
}
    fragment LifecycleInstance on ComponentInstance {
  id
  name
  version
  status {
    status
    replica
    availableReplica
    lastJobStatus
    failDetail
  }
  microserviceInstances {
    hostName
    version
    status
  }
  snapshots {
    nodes {
      version
    }
  }
}`, {"fragmentName":"LifecyclePayload"}) as unknown as TypedDocumentString<LifecyclePayloadFragment, unknown>;
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
export const QueriesNestedBadCursorDocument = new TypedDocumentString(`
    query QueriesNestedBadCursor {
  environments {
    nodes {
      applications(after: "nonsense") {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesNestedBadCursorQuery, QueriesNestedBadCursorQueryVariables>;
export const QueriesNestedFirstDocument = new TypedDocumentString(`
    query QueriesNestedFirst($first: Int) {
  applications {
    nodes {
      components(first: $first) {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesNestedFirstQuery, QueriesNestedFirstQueryVariables>;
export const QueriesNestedEnvironmentIdDocument = new TypedDocumentString(`
    query QueriesNestedEnvironmentId {
  applications {
    nodes {
      components {
        nodes {
          instances(environmentId: "nonsense") {
            totalCount
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesNestedEnvironmentIdQuery, QueriesNestedEnvironmentIdQueryVariables>;
export const QueriesWalkAfterBadCursorDocument = new TypedDocumentString(`
    query QueriesWalkAfterBadCursor {
  environments(after: "nonsense") {
    nodes {
      applications {
        nodes {
          components {
            nodes {
              instances {
                nodes {
                  lastJob {
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
    `) as unknown as TypedDocumentString<QueriesWalkAfterBadCursorQuery, QueriesWalkAfterBadCursorQueryVariables>;
export const QueriesEnvironmentsAfterWalkDocument = new TypedDocumentString(`
    query QueriesEnvironmentsAfterWalk {
  environments {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<QueriesEnvironmentsAfterWalkQuery, QueriesEnvironmentsAfterWalkQueryVariables>;
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
export const RegistriesCreateDocument = new TypedDocumentString(`
    mutation RegistriesCreate($in: CreateMicroserviceInput!) {
  createMicroservice(input: $in) {
    id
    rawId
    version
    environment
  }
}
    `) as unknown as TypedDocumentString<RegistriesCreateMutation, RegistriesCreateMutationVariables>;
export const RegistriesRegisterDocument = new TypedDocumentString(`
    mutation RegistriesRegister($id: ID!, $h: String!, $e: [String!]!) {
  registerMicroserviceInstance(
    microserviceId: $id
    input: {hostName: $h, endpoints: $e}
  ) {
    id
    hostName
    version
  }
}
    `) as unknown as TypedDocumentString<RegistriesRegisterMutation, RegistriesRegisterMutationVariables>;
export const RegistriesFindDocument = new TypedDocumentString(`
    query RegistriesFind($in: FindInstancesInput!) {
  findMicroserviceInstances(input: $in) {
    instances {
      hostName
      version
    }
  }
}
    `) as unknown as TypedDocumentString<RegistriesFindQuery, RegistriesFindQueryVariables>;
export const RegistriesChangesDocument = new TypedDocumentString(`
    subscription RegistriesChanges($id: ID, $app: String, $svc: String, $rule: String, $env: RegistryEnvironment) {
  microserviceInstanceChanges(
    microserviceId: $id
    appId: $app
    serviceName: $svc
    versionRule: $rule
    environment: $env
  ) {
    type
    instance {
      hostName
      version
    }
  }
}
    `) as unknown as TypedDocumentString<RegistriesChangesSubscription, RegistriesChangesSubscriptionVariables>;
export const RegistriesMicroserviceIdsDocument = new TypedDocumentString(`
    query RegistriesMicroserviceIds {
  microservices {
    rawId
  }
}
    `) as unknown as TypedDocumentString<RegistriesMicroserviceIdsQuery, RegistriesMicroserviceIdsQueryVariables>;
export const RegistriesMicroservicesDocument = new TypedDocumentString(`
    query RegistriesMicroservices {
  microservices(filter: {serviceName: "stock"}) {
    version
    instances {
      version
    }
  }
}
    `) as unknown as TypedDocumentString<RegistriesMicroservicesQuery, RegistriesMicroservicesQueryVariables>;
export const RegistriesMicroservices2Document = new TypedDocumentString(`
    query RegistriesMicroservices2($env: RegistryEnvironment) {
  microservices(filter: {serviceName: "envs", environment: $env}) {
    rawId
    instances {
      hostName
    }
  }
}
    `) as unknown as TypedDocumentString<RegistriesMicroservices2Query, RegistriesMicroservices2QueryVariables>;
export const RegistriesByKeyDocument = new TypedDocumentString(`
    query RegistriesByKey($k: MicroserviceKeyInput!) {
  microserviceByKey(key: $k) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<RegistriesByKeyQuery, RegistriesByKeyQueryVariables>;
export const RegistriesPutMicroserviceSchemaDocument = new TypedDocumentString(`
    mutation RegistriesPutMicroserviceSchema($id: ID!) {
  putMicroserviceSchema(
    id: $id
    schemaId: "stock.api"
    content: "swagger: 2.0"
    summary: "s1"
  ) {
    schemaId
  }
}
    `) as unknown as TypedDocumentString<RegistriesPutMicroserviceSchemaMutation, RegistriesPutMicroserviceSchemaMutationVariables>;
export const RegistriesSchemaByKeyDocument = new TypedDocumentString(`
    query RegistriesSchemaByKey($id: ID!, $s: String!) {
  microserviceSchemaByKey(microserviceId: $id, schemaId: $s) {
    schemaId
    summary
  }
}
    `) as unknown as TypedDocumentString<RegistriesSchemaByKeyQuery, RegistriesSchemaByKeyQueryVariables>;
export const RegistriesConfigurationItemsDocument = new TypedDocumentString(`
    query RegistriesConfigurationItems($in: ConfigurationItemsInput!) {
  configurationItems(input: $in) {
    dimensions {
      dimension
      items {
        key
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegistriesConfigurationItemsQuery, RegistriesConfigurationItemsQueryVariables>;
export const RegistriesGuardedDocument = new TypedDocumentString(`
    query RegistriesGuarded {
  microservices {
    rawId
    instances {
      hostName
    }
  }
}
    `) as unknown as TypedDocumentString<RegistriesGuardedQuery, RegistriesGuardedQueryVariables>;
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
export const FreshPerEventChangesDocument = new TypedDocumentString(`
    subscription FreshPerEventChanges($id: ID) {
  microserviceInstanceChanges(microserviceId: $id) {
    type
    instance {
      hostName
      status
      microservice {
        properties
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FreshPerEventChangesSubscription, FreshPerEventChangesSubscriptionVariables>;
export const FreshPerEventCreateMicroserviceDocument = new TypedDocumentString(`
    mutation FreshPerEventCreateMicroservice {
  createMicroservice(
    input: {appId: "fresh", serviceName: "watched", version: "1.0.0", properties: {tier: "bronze"}, instances: [{hostName: "f-1", endpoints: ["rest:10.0.0.1:80"]}]}
  ) {
    id
    instances {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FreshPerEventCreateMicroserviceMutation, FreshPerEventCreateMicroserviceMutationVariables>;
export const FreshPerEventUpdatePropertiesDocument = new TypedDocumentString(`
    mutation FreshPerEventUpdateProperties($id: ID!) {
  updateMicroserviceProperties(id: $id, properties: {tier: "gold"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<FreshPerEventUpdatePropertiesMutation, FreshPerEventUpdatePropertiesMutationVariables>;
export const FreshPerEventInstanceDownDocument = new TypedDocumentString(`
    mutation FreshPerEventInstanceDown($id: ID!) {
  updateMicroserviceInstanceStatus(id: $id, status: DOWN) {
    status
  }
}
    `) as unknown as TypedDocumentString<FreshPerEventInstanceDownMutation, FreshPerEventInstanceDownMutationVariables>;
export const InstanceStatusRowDocument = new TypedDocumentString(`
    subscription InstanceStatusRow($id: ID!) {
  componentInstanceStatus(id: $id) {
    name
    version
    status {
      status
      replica
      availableReplica
      lastJobStatus
    }
  }
}
    `) as unknown as TypedDocumentString<InstanceStatusRowSubscription, InstanceStatusRowSubscriptionVariables>;
export const InstanceStatusNowDocument = new TypedDocumentString(`
    query InstanceStatusNow($id: ID!) {
  node(id: $id) {
    ... on ComponentInstance {
      status {
        status
        replica
        availableReplica
        lastJobStatus
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InstanceStatusNowQuery, InstanceStatusNowQueryVariables>;
export const InstanceStatusDeleteDocument = new TypedDocumentString(`
    mutation InstanceStatusDelete($id: ID!) {
  deleteComponentInstance(id: $id) {
    jobId
  }
}
    `) as unknown as TypedDocumentString<InstanceStatusDeleteMutation, InstanceStatusDeleteMutationVariables>;
export const JobProgressEventsDocument = new TypedDocumentString(`
    subscription JobProgressEvents($id: ID!) {
  jobProgress(jobId: $id) {
    rawId
    status
    progress
    isFinished
    taskCount
    tasks {
      index
      name
      status
    }
    failure {
      code
      detail
    }
  }
}
    `) as unknown as TypedDocumentString<JobProgressEventsSubscription, JobProgressEventsSubscriptionVariables>;
export const RegistryChangesDocument = new TypedDocumentString(`
    subscription RegistryChanges($id: ID, $app: String, $svc: String, $rule: String, $env: RegistryEnvironment) {
  microserviceInstanceChanges(
    microserviceId: $id
    appId: $app
    serviceName: $svc
    versionRule: $rule
    environment: $env
  ) {
    type
    sequence
    previousStatus
    instance {
      id
      rawId
      hostName
      status
      version
      properties
    }
  }
}
    `) as unknown as TypedDocumentString<RegistryChangesSubscription, RegistryChangesSubscriptionVariables>;
export const RegistryChangesResumedDocument = new TypedDocumentString(`
    subscription RegistryChangesResumed($id: ID, $after: Int) {
  microserviceInstanceChanges(microserviceId: $id, resumeAfter: $after) {
    type
    sequence
    instance {
      hostName
    }
  }
}
    `) as unknown as TypedDocumentString<RegistryChangesResumedSubscription, RegistryChangesResumedSubscriptionVariables>;
export const RegistryChangesScaleComponentInstanceDocument = new TypedDocumentString(`
    mutation RegistryChangesScaleComponentInstance($id: ID!) {
  scaleComponentInstance(id: $id, replica: 3) {
    jobId
  }
}
    `) as unknown as TypedDocumentString<RegistryChangesScaleComponentInstanceMutation, RegistryChangesScaleComponentInstanceMutationVariables>;
export const RegistryChangesScaleComponentInstance2Document = new TypedDocumentString(`
    mutation RegistryChangesScaleComponentInstance2($id: ID!) {
  scaleComponentInstance(id: $id, replica: 1) {
    jobId
  }
}
    `) as unknown as TypedDocumentString<RegistryChangesScaleComponentInstance2Mutation, RegistryChangesScaleComponentInstance2MutationVariables>;
export const RegistryChangesDeleteComponentInstanceDocument = new TypedDocumentString(`
    mutation RegistryChangesDeleteComponentInstance($id: ID!) {
  deleteComponentInstance(id: $id) {
    jobId
  }
}
    `) as unknown as TypedDocumentString<RegistryChangesDeleteComponentInstanceMutation, RegistryChangesDeleteComponentInstanceMutationVariables>;
export const RegistryChangesCreateMicroserviceDocument = new TypedDocumentString(`
    mutation RegistryChangesCreateMicroservice {
  createMicroservice(
    input: {appId: "ops", serviceName: "watched", version: "1.0.0", instances: [{hostName: "w-1", endpoints: ["rest:10.0.0.1:80"]}]}
  ) {
    id
    instances {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RegistryChangesCreateMicroserviceMutation, RegistryChangesCreateMicroserviceMutationVariables>;
export const RegistryChangesUpdateMicroserviceInstanceStatusDocument = new TypedDocumentString(`
    mutation RegistryChangesUpdateMicroserviceInstanceStatus($id: ID!) {
  updateMicroserviceInstanceStatus(id: $id, status: DOWN) {
    status
  }
}
    `) as unknown as TypedDocumentString<RegistryChangesUpdateMicroserviceInstanceStatusMutation, RegistryChangesUpdateMicroserviceInstanceStatusMutationVariables>;
export const RegistryChangesUpdateMicroserviceInstancePropertiesDocument = new TypedDocumentString(`
    mutation RegistryChangesUpdateMicroserviceInstanceProperties($id: ID!) {
  updateMicroserviceInstanceProperties(id: $id, properties: {color: "blue"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegistryChangesUpdateMicroserviceInstancePropertiesMutation, RegistryChangesUpdateMicroserviceInstancePropertiesMutationVariables>;
export const RegistryChangesDeregisterMicroserviceInstanceDocument = new TypedDocumentString(`
    mutation RegistryChangesDeregisterMicroserviceInstance($id: ID!) {
  deregisterMicroserviceInstance(id: $id) {
    deletedId
  }
}
    `) as unknown as TypedDocumentString<RegistryChangesDeregisterMicroserviceInstanceMutation, RegistryChangesDeregisterMicroserviceInstanceMutationVariables>;
export const RegistryChangesCreateMicroservice2Document = new TypedDocumentString(`
    mutation RegistryChangesCreateMicroservice2 {
  createMicroservice(
    input: {appId: "ops", serviceName: "resumable", version: "1.0.0"}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegistryChangesCreateMicroservice2Mutation, RegistryChangesCreateMicroservice2MutationVariables>;
export const RegistryChangesRegisterMicroserviceInstanceDocument = new TypedDocumentString(`
    mutation RegistryChangesRegisterMicroserviceInstance($id: ID!, $h: String!, $e: [String!]!) {
  registerMicroserviceInstance(
    microserviceId: $id
    input: {hostName: $h, endpoints: $e}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegistryChangesRegisterMicroserviceInstanceMutation, RegistryChangesRegisterMicroserviceInstanceMutationVariables>;
export const RegistryChangesCreateMicroservice3Document = new TypedDocumentString(`
    mutation RegistryChangesCreateMicroservice3 {
  createMicroservice(input: {appId: "ops", serviceName: "mortal", version: "2.0"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegistryChangesCreateMicroservice3Mutation, RegistryChangesCreateMicroservice3MutationVariables>;
export const RegistryChangesRegisterMicroserviceInstance2Document = new TypedDocumentString(`
    mutation RegistryChangesRegisterMicroserviceInstance2($id: ID!) {
  registerMicroserviceInstance(
    microserviceId: $id
    input: {hostName: "m-1", endpoints: ["rest:10.0.0.2:80"], healthCheck: {mode: "push", interval: 10, times: 3}}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegistryChangesRegisterMicroserviceInstance2Mutation, RegistryChangesRegisterMicroserviceInstance2MutationVariables>;
export const RegistryChangesSendMicroserviceInstanceHeartbeatDocument = new TypedDocumentString(`
    mutation RegistryChangesSendMicroserviceInstanceHeartbeat($id: ID!) {
  sendMicroserviceInstanceHeartbeat(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegistryChangesSendMicroserviceInstanceHeartbeatMutation, RegistryChangesSendMicroserviceInstanceHeartbeatMutationVariables>;
export const RegistryChangesMicroservicesDocument = new TypedDocumentString(`
    query RegistryChangesMicroservices {
  microservices(filter: {serviceName: "watched"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegistryChangesMicroservicesQuery, RegistryChangesMicroservicesQueryVariables>;
export const CasWritesCreateEnvironmentDocument = new TypedDocumentString(`
    mutation CasWritesCreateEnvironment($in: CreateEnvironmentInput!) {
  createEnvironment(input: $in) {
    id
    name
    alias
    description
  }
}
    `) as unknown as TypedDocumentString<CasWritesCreateEnvironmentMutation, CasWritesCreateEnvironmentMutationVariables>;
export const CasWritesDeleteEnvironmentDocument = new TypedDocumentString(`
    mutation CasWritesDeleteEnvironment($id: ID!) {
  deleteEnvironment(id: $id) {
    deletedId
  }
}
    `) as unknown as TypedDocumentString<CasWritesDeleteEnvironmentMutation, CasWritesDeleteEnvironmentMutationVariables>;
export const CasWritesDeleteComponentDocument = new TypedDocumentString(`
    mutation CasWritesDeleteComponent($id: ID!, $force: Boolean) {
  deleteComponent(id: $id, force: $force) {
    deletedId
  }
}
    `) as unknown as TypedDocumentString<CasWritesDeleteComponentMutation, CasWritesDeleteComponentMutationVariables>;
export const CasWritesDeleteApplicationDocument = new TypedDocumentString(`
    mutation CasWritesDeleteApplication($id: ID!) {
  deleteApplication(id: $id) {
    deletedId
  }
}
    `) as unknown as TypedDocumentString<CasWritesDeleteApplicationMutation, CasWritesDeleteApplicationMutationVariables>;
export const CasWritesUpdateEnvironmentDocument = new TypedDocumentString(`
    mutation CasWritesUpdateEnvironment($id: ID!) {
  updateEnvironment(id: $id, input: {alias: "A", description: "first"}) {
    name
    alias
    description
  }
}
    `) as unknown as TypedDocumentString<CasWritesUpdateEnvironmentMutation, CasWritesUpdateEnvironmentMutationVariables>;
export const CasWritesModifyResourcesDocument = new TypedDocumentString(`
    mutation CasWritesModifyResources($id: ID!) {
  modifyEnvironmentResources(
    id: $id
    input: {addBaseResources: [{id: "ecs-1", type: "ecs"}], addOptionalResources: [{id: "default", type: "cse"}], removeResources: [{id: "cce-1", type: "cce"}]}
  ) {
    baseResources {
      id
      type
    }
    optionalResources {
      id
      type
    }
  }
}
    `) as unknown as TypedDocumentString<CasWritesModifyResourcesMutation, CasWritesModifyResourcesMutationVariables>;
export const CasWritesUpdateTwiceDocument = new TypedDocumentString(`
    mutation CasWritesUpdateTwice($id: ID!) {
  a: updateEnvironment(id: $id, input: {description: "one"}) {
    description
  }
  b: updateEnvironment(id: $id, input: {description: "two"}) {
    description
  }
}
    `) as unknown as TypedDocumentString<CasWritesUpdateTwiceMutation, CasWritesUpdateTwiceMutationVariables>;
export const CasWritesCreateTwoDocument = new TypedDocumentString(`
    mutation CasWritesCreateTwo {
  a: createApplication(input: {name: "fresh-a"}) {
    name
  }
  b: createApplication(input: {name: "fresh-b"}) {
    name
  }
}
    `) as unknown as TypedDocumentString<CasWritesCreateTwoMutation, CasWritesCreateTwoMutationVariables>;
export const CasWritesApplicationsDocument = new TypedDocumentString(`
    query CasWritesApplications {
  applications {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CasWritesApplicationsQuery, CasWritesApplicationsQueryVariables>;
export const CasWritesRenameApplicationDocument = new TypedDocumentString(`
    mutation CasWritesRenameApplication($id: ID!) {
  updateApplication(id: $id, input: {name: "fresh-c", description: "renamed"}) {
    name
    description
  }
}
    `) as unknown as TypedDocumentString<CasWritesRenameApplicationMutation, CasWritesRenameApplicationMutationVariables>;
export const CasWritesApplicationsByNameDocument = new TypedDocumentString(`
    query CasWritesApplicationsByName {
  applications(orderBy: {field: NAME, direction: ASC}) {
    nodes {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CasWritesApplicationsByNameQuery, CasWritesApplicationsByNameQueryVariables>;
export const CasWritesUpdateGhostDocument = new TypedDocumentString(`
    mutation CasWritesUpdateGhost($id: ID!) {
  updateEnvironment(id: $id, input: {alias: "x"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<CasWritesUpdateGhostMutation, CasWritesUpdateGhostMutationVariables>;
export const CasWritesComponentOfGhostDocument = new TypedDocumentString(`
    mutation CasWritesComponentOfGhost($id: ID!) {
  createComponent(
    applicationId: $id
    input: {name: "c1", runtime: "Java8", category: COMMON}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<CasWritesComponentOfGhostMutation, CasWritesComponentOfGhostMutationVariables>;
export const CasWritesSetConfigurationDocument = new TypedDocumentString(`
    mutation CasWritesSetConfiguration($a: ID!, $e: ID!) {
  setApplicationConfiguration(
    applicationId: $a
    environmentId: $e
    env: [{name: "A", value: "1"}, {name: "A", value: "2"}, {name: "b.c", value: "3"}]
  ) {
    environment {
      name
    }
    env {
      name
      value
    }
  }
}
    `) as unknown as TypedDocumentString<CasWritesSetConfigurationMutation, CasWritesSetConfigurationMutationVariables>;
export const CasWritesDeleteConfigurationDocument = new TypedDocumentString(`
    mutation CasWritesDeleteConfiguration($a: ID!, $e: ID!) {
  deleteApplicationConfiguration(applicationId: $a, environmentId: $e) {
    name
    configuration {
      env {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CasWritesDeleteConfigurationMutation, CasWritesDeleteConfigurationMutationVariables>;
export const CasWritesCreateGoComponentDocument = new TypedDocumentString(`
    mutation CasWritesCreateGoComponent($a: ID!) {
  createComponent(
    applicationId: $a
    input: {name: "busy-comp", runtime: "Java8", category: MICROSERVICE, subCategory: "Go Chassis"}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<CasWritesCreateGoComponentMutation, CasWritesCreateGoComponentMutationVariables>;
export const CasWritesCobolDocument = new TypedDocumentString(`
    mutation CasWritesCobol($a: ID!) {
  createComponent(
    applicationId: $a
    input: {name: "cobol-comp", runtime: "Cobol", category: COMMON}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<CasWritesCobolMutation, CasWritesCobolMutationVariables>;
export const CasWritesWebComponentDocument = new TypedDocumentString(`
    mutation CasWritesWebComponent($a: ID!) {
  createComponent(
    applicationId: $a
    input: {name: "web", runtime: "Nodejs14", category: WEBAPP, subCategory: "Web", buildParameters: {build_cmd: "npm run build"}}
  ) {
    id
    build {
      parameters
    }
  }
}
    `) as unknown as TypedDocumentString<CasWritesWebComponentMutation, CasWritesWebComponentMutationVariables>;
export const CasWritesUpdateComponentDocument = new TypedDocumentString(`
    mutation CasWritesUpdateComponent($id: ID!) {
  updateComponent(
    id: $id
    input: {description: "the web", source: {code: {repoType: "GitHub", repoUrl: "https://github.com/example/web.git", repoAuth: "gh"}}}
  ) {
    description
    source {
      ... on CodeSource {
        repoType
        repoUrl
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CasWritesUpdateComponentMutation, CasWritesUpdateComponentMutationVariables>;
export const DeployComponentDocument = new TypedDocumentString(`
    mutation DeployComponent($c: ID!, $in: DeployComponentInput!) {
  deployComponent(componentId: $c, input: $in) {
    jobId
    instance {
      id
      status {
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeployComponentMutation, DeployComponentMutationVariables>;
export const CreateEnvironmentDocument = new TypedDocumentString(`
    mutation CreateEnvironment($in: CreateEnvironmentInput!) {
  createEnvironment(input: $in) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateEnvironmentMutation, CreateEnvironmentMutationVariables>;
export const CreateApplicationDocument = new TypedDocumentString(`
    mutation CreateApplication($n: String!) {
  createApplication(input: {name: $n}) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateApplicationMutation, CreateApplicationMutationVariables>;
export const CreateComponentDocument = new TypedDocumentString(`
    mutation CreateComponent($a: ID!, $in: CreateComponentInput!) {
  createComponent(applicationId: $a, input: $in) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateComponentMutation, CreateComponentMutationVariables>;
export const InstanceWritesScaleDocument = new TypedDocumentString(`
    mutation InstanceWritesScale($id: ID!) {
  scaleComponentInstance(id: $id, replica: 2) {
    jobId
  }
}
    `) as unknown as TypedDocumentString<InstanceWritesScaleMutation, InstanceWritesScaleMutationVariables>;
export const InstanceWritesDeleteDocument = new TypedDocumentString(`
    mutation InstanceWritesDelete($id: ID!) {
  deleteComponentInstance(id: $id) {
    jobId
  }
}
    `) as unknown as TypedDocumentString<InstanceWritesDeleteMutation, InstanceWritesDeleteMutationVariables>;
export const InstanceWritesInstancesDocument = new TypedDocumentString(`
    query InstanceWritesInstances($c: ID!) {
  node(id: $c) {
    ... on Component {
      instances {
        nodes {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InstanceWritesInstancesQuery, InstanceWritesInstancesQueryVariables>;
export const InstanceWritesRollbackDocument = new TypedDocumentString(`
    mutation InstanceWritesRollback($id: ID!) {
  rollbackComponentInstance(id: $id, version: "9.9.9") {
    jobId
  }
}
    `) as unknown as TypedDocumentString<InstanceWritesRollbackMutation, InstanceWritesRollbackMutationVariables>;
export const InstanceWritesRestartDocument = new TypedDocumentString(`
    mutation InstanceWritesRestart($id: ID!) {
  restartComponentInstance(id: $id) {
    jobId
  }
}
    `) as unknown as TypedDocumentString<InstanceWritesRestartMutation, InstanceWritesRestartMutationVariables>;
export const InstanceWritesJobDocument = new TypedDocumentString(`
    query InstanceWritesJob($id: ID!) {
  job(id: $id) {
    status
    isFinished
    failure {
      code
      detail
    }
    tasks {
      status
      message {
        code
        detail
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InstanceWritesJobQuery, InstanceWritesJobQueryVariables>;
export const InstanceWritesStatusDocument = new TypedDocumentString(`
    query InstanceWritesStatus($id: ID!) {
  node(id: $id) {
    ... on ComponentInstance {
      status {
        status
        failDetail
        lastJobStatus
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InstanceWritesStatusQuery, InstanceWritesStatusQueryVariables>;
export const LifecycleInstanceDocument = new TypedDocumentString(`
    query LifecycleInstance($id: ID!) {
  node(id: $id) {
    ...LifecycleInstance
  }
}
    fragment LifecycleInstance on ComponentInstance {
  id
  name
  version
  status {
    status
    replica
    availableReplica
    lastJobStatus
    failDetail
  }
  microserviceInstances {
    hostName
    version
    status
  }
  snapshots {
    nodes {
      version
    }
  }
}`) as unknown as TypedDocumentString<LifecycleInstanceQuery, LifecycleInstanceQueryVariables>;
export const LifecycleJobDocument = new TypedDocumentString(`
    query LifecycleJob($job: ID!) {
  job(id: $job) {
    status
    isFinished
    progress
    tasks {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<LifecycleJobQuery, LifecycleJobQueryVariables>;
export const LifecycleCreateEnvironmentDocument = new TypedDocumentString(`
    mutation LifecycleCreateEnvironment($in: CreateEnvironmentInput!) {
  createEnvironment(input: $in) {
    id
    name
    vpcId
    baseResources {
      id
      type
    }
    optionalResources {
      type
    }
  }
}
    `) as unknown as TypedDocumentString<LifecycleCreateEnvironmentMutation, LifecycleCreateEnvironmentMutationVariables>;
export const LifecycleCreateApplicationDocument = new TypedDocumentString(`
    mutation LifecycleCreateApplication {
  createApplication(input: {name: "life-app", description: "one life"}) {
    id
    name
    description
    componentCount
  }
}
    `) as unknown as TypedDocumentString<LifecycleCreateApplicationMutation, LifecycleCreateApplicationMutationVariables>;
export const LifecycleCreateComponentDocument = new TypedDocumentString(`
    mutation LifecycleCreateComponent($app: ID!) {
  createComponent(
    applicationId: $app
    input: {name: "life-svc", runtime: "Java8", category: MICROSERVICE, subCategory: "Java Chassis", source: {artifact: {url: "obs://bucket/life.jar", bucket: "bucket", key: "life.jar"}}}
  ) {
    id
    name
    category
    subCategory
    application {
      name
      componentCount
    }
    source {
      ... on ArtifactSource {
        url
        storage
        type
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LifecycleCreateComponentMutation, LifecycleCreateComponentMutationVariables>;
export const LifecycleDeployDocument = new TypedDocumentString(`
    mutation LifecycleDeploy($comp: ID!, $in: DeployComponentInput!) {
  deployComponent(componentId: $comp, input: $in) {
    ...LifecyclePayload
  }
}
    fragment LifecycleInstance on ComponentInstance {
  id
  name
  version
  status {
    status
    replica
    availableReplica
    lastJobStatus
    failDetail
  }
  microserviceInstances {
    hostName
    version
    status
  }
  snapshots {
    nodes {
      version
    }
  }
}
fragment LifecyclePayload on ComponentInstancePayload {
  jobId
  job {
    rawId
    status
    type
  }
  instance {
    ...LifecycleInstance
  }
}`) as unknown as TypedDocumentString<LifecycleDeployMutation, LifecycleDeployMutationVariables>;
export const LifecycleScaleDocument = new TypedDocumentString(`
    mutation LifecycleScale($id: ID!) {
  scaleComponentInstance(id: $id, replica: 3) {
    ...LifecyclePayload
  }
}
    fragment LifecycleInstance on ComponentInstance {
  id
  name
  version
  status {
    status
    replica
    availableReplica
    lastJobStatus
    failDetail
  }
  microserviceInstances {
    hostName
    version
    status
  }
  snapshots {
    nodes {
      version
    }
  }
}
fragment LifecyclePayload on ComponentInstancePayload {
  jobId
  job {
    rawId
    status
    type
  }
  instance {
    ...LifecycleInstance
  }
}`) as unknown as TypedDocumentString<LifecycleScaleMutation, LifecycleScaleMutationVariables>;
export const LifecycleStopDocument = new TypedDocumentString(`
    mutation LifecycleStop($id: ID!) {
  stopComponentInstance(id: $id) {
    ...LifecyclePayload
  }
}
    fragment LifecycleInstance on ComponentInstance {
  id
  name
  version
  status {
    status
    replica
    availableReplica
    lastJobStatus
    failDetail
  }
  microserviceInstances {
    hostName
    version
    status
  }
  snapshots {
    nodes {
      version
    }
  }
}
fragment LifecyclePayload on ComponentInstancePayload {
  jobId
  job {
    rawId
    status
    type
  }
  instance {
    ...LifecycleInstance
  }
}`) as unknown as TypedDocumentString<LifecycleStopMutation, LifecycleStopMutationVariables>;
export const LifecycleStartDocument = new TypedDocumentString(`
    mutation LifecycleStart($id: ID!) {
  startComponentInstance(id: $id) {
    ...LifecyclePayload
  }
}
    fragment LifecycleInstance on ComponentInstance {
  id
  name
  version
  status {
    status
    replica
    availableReplica
    lastJobStatus
    failDetail
  }
  microserviceInstances {
    hostName
    version
    status
  }
  snapshots {
    nodes {
      version
    }
  }
}
fragment LifecyclePayload on ComponentInstancePayload {
  jobId
  job {
    rawId
    status
    type
  }
  instance {
    ...LifecycleInstance
  }
}`) as unknown as TypedDocumentString<LifecycleStartMutation, LifecycleStartMutationVariables>;
export const LifecycleRestartDocument = new TypedDocumentString(`
    mutation LifecycleRestart($id: ID!) {
  restartComponentInstance(id: $id) {
    ...LifecyclePayload
  }
}
    fragment LifecycleInstance on ComponentInstance {
  id
  name
  version
  status {
    status
    replica
    availableReplica
    lastJobStatus
    failDetail
  }
  microserviceInstances {
    hostName
    version
    status
  }
  snapshots {
    nodes {
      version
    }
  }
}
fragment LifecyclePayload on ComponentInstancePayload {
  jobId
  job {
    rawId
    status
    type
  }
  instance {
    ...LifecycleInstance
  }
}`) as unknown as TypedDocumentString<LifecycleRestartMutation, LifecycleRestartMutationVariables>;
export const LifecycleUpgradeDocument = new TypedDocumentString(`
    mutation LifecycleUpgrade($id: ID!) {
  upgradeComponentInstance(
    id: $id
    input: {version: "1.1.0", artifacts: [{name: "life-svc", storage: "swr", type: "image", url: "swr.example.com/ns/life:1.1.0"}]}
  ) {
    ...LifecyclePayload
  }
}
    fragment LifecycleInstance on ComponentInstance {
  id
  name
  version
  status {
    status
    replica
    availableReplica
    lastJobStatus
    failDetail
  }
  microserviceInstances {
    hostName
    version
    status
  }
  snapshots {
    nodes {
      version
    }
  }
}
fragment LifecyclePayload on ComponentInstancePayload {
  jobId
  job {
    rawId
    status
    type
  }
  instance {
    ...LifecycleInstance
  }
}`) as unknown as TypedDocumentString<LifecycleUpgradeMutation, LifecycleUpgradeMutationVariables>;
export const LifecycleRollbackDocument = new TypedDocumentString(`
    mutation LifecycleRollback($id: ID!) {
  rollbackComponentInstance(id: $id, version: "1.0.0") {
    ...LifecyclePayload
  }
}
    fragment LifecycleInstance on ComponentInstance {
  id
  name
  version
  status {
    status
    replica
    availableReplica
    lastJobStatus
    failDetail
  }
  microserviceInstances {
    hostName
    version
    status
  }
  snapshots {
    nodes {
      version
    }
  }
}
fragment LifecyclePayload on ComponentInstancePayload {
  jobId
  job {
    rawId
    status
    type
  }
  instance {
    ...LifecycleInstance
  }
}`) as unknown as TypedDocumentString<LifecycleRollbackMutation, LifecycleRollbackMutationVariables>;
export const LifecycleDeleteDocument = new TypedDocumentString(`
    mutation LifecycleDelete($id: ID!) {
  deleteComponentInstance(id: $id) {
    jobId
    job {
      type
    }
    instance {
      status {
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LifecycleDeleteMutation, LifecycleDeleteMutationVariables>;
export const LifecycleGoneDocument = new TypedDocumentString(`
    query LifecycleGone($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<LifecycleGoneQuery, LifecycleGoneQueryVariables>;
export const LifecycleRegistryDocument = new TypedDocumentString(`
    query LifecycleRegistry {
  microservices(filter: {serviceName: "life-svc"}) {
    instances {
      hostName
    }
  }
}
    `) as unknown as TypedDocumentString<LifecycleRegistryQuery, LifecycleRegistryQueryVariables>;
export const LifecycleDeleteComponentDocument = new TypedDocumentString(`
    mutation LifecycleDeleteComponent($id: ID!) {
  deleteComponent(id: $id) {
    deletedId
  }
}
    `) as unknown as TypedDocumentString<LifecycleDeleteComponentMutation, LifecycleDeleteComponentMutationVariables>;
export const LifecycleDeleteApplicationDocument = new TypedDocumentString(`
    mutation LifecycleDeleteApplication($id: ID!) {
  deleteApplication(id: $id) {
    deletedId
  }
}
    `) as unknown as TypedDocumentString<LifecycleDeleteApplicationMutation, LifecycleDeleteApplicationMutationVariables>;
export const LifecycleDeleteEnvironmentDocument = new TypedDocumentString(`
    mutation LifecycleDeleteEnvironment($id: ID!) {
  deleteEnvironment(id: $id) {
    deletedId
  }
}
    `) as unknown as TypedDocumentString<LifecycleDeleteEnvironmentMutation, LifecycleDeleteEnvironmentMutationVariables>;
export const LifecycleLeftDocument = new TypedDocumentString(`
    query LifecycleLeft {
  environments {
    totalCount
  }
  applications {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<LifecycleLeftQuery, LifecycleLeftQueryVariables>;
export const RegistryWritesCreateDocument = new TypedDocumentString(`
    mutation RegistryWritesCreate($in: CreateMicroserviceInput!) {
  createMicroservice(input: $in) {
    id
    rawId
    appId
    serviceName
    version
    environment
    level
    registerBy
    properties
    instances {
      hostName
    }
  }
}
    `) as unknown as TypedDocumentString<RegistryWritesCreateMutation, RegistryWritesCreateMutationVariables>;
export const RegistryWritesUpdateMicroservicePropertiesDocument = new TypedDocumentString(`
    mutation RegistryWritesUpdateMicroserviceProperties($id: ID!) {
  updateMicroserviceProperties(id: $id, properties: {owner: "b"}) {
    properties
  }
}
    `) as unknown as TypedDocumentString<RegistryWritesUpdateMicroservicePropertiesMutation, RegistryWritesUpdateMicroservicePropertiesMutationVariables>;
export const RegistryWritesPutMicroserviceSchemaDocument = new TypedDocumentString(`
    mutation RegistryWritesPutMicroserviceSchema($id: ID!) {
  putMicroserviceSchema(
    id: $id
    schemaId: "cart.api"
    content: "swagger: 2.0"
    summary: "v1"
  ) {
    schemaId
    summary
    content
  }
}
    `) as unknown as TypedDocumentString<RegistryWritesPutMicroserviceSchemaMutation, RegistryWritesPutMicroserviceSchemaMutationVariables>;
export const RegistryWritesMicroserviceDocument = new TypedDocumentString(`
    query RegistryWritesMicroservice($id: ID!) {
  microservice(id: $id) {
    schemaIds
    schemas {
      schemaId
      summary
      content
    }
  }
}
    `) as unknown as TypedDocumentString<RegistryWritesMicroserviceQuery, RegistryWritesMicroserviceQueryVariables>;
export const RegistryWritesPutMicroserviceSchema2Document = new TypedDocumentString(`
    mutation RegistryWritesPutMicroserviceSchema2($id: ID!) {
  putMicroserviceSchema(id: $id, schemaId: "cart.api", content: "first") {
    schemaId
  }
}
    `) as unknown as TypedDocumentString<RegistryWritesPutMicroserviceSchema2Mutation, RegistryWritesPutMicroserviceSchema2MutationVariables>;
export const RegistryWritesPutMicroserviceSchema3Document = new TypedDocumentString(`
    mutation RegistryWritesPutMicroserviceSchema3($id: ID!) {
  putMicroserviceSchema(id: $id, schemaId: "cart.api", content: "changed") {
    schemaId
  }
}
    `) as unknown as TypedDocumentString<RegistryWritesPutMicroserviceSchema3Mutation, RegistryWritesPutMicroserviceSchema3MutationVariables>;
export const RegistryWritesPutMicroserviceSchema4Document = new TypedDocumentString(`
    mutation RegistryWritesPutMicroserviceSchema4($id: ID!) {
  putMicroserviceSchema(id: $id, schemaId: "cart.api", content: "changed") {
    schemaId
  }
}
    `) as unknown as TypedDocumentString<RegistryWritesPutMicroserviceSchema4Mutation, RegistryWritesPutMicroserviceSchema4MutationVariables>;
export const RegistryWritesPutMicroserviceSchema5Document = new TypedDocumentString(`
    mutation RegistryWritesPutMicroserviceSchema5($id: ID!) {
  putMicroserviceSchema(id: $id, schemaId: "other.api", content: "x") {
    schemaId
  }
}
    `) as unknown as TypedDocumentString<RegistryWritesPutMicroserviceSchema5Mutation, RegistryWritesPutMicroserviceSchema5MutationVariables>;
export const RegistryWritesSetDependenciesDocument = new TypedDocumentString(`
    mutation RegistryWritesSetDependencies {
  setDependencies(
    dependencies: [{consumer: {appId: "shop", serviceName: "orders", version: "1.0.0"}, providers: [{serviceName: "payments", version: "2.0.0+"}, {serviceName: "future", version: "latest"}]}]
  ) {
    serviceName
    providers {
      serviceName
      version
    }
  }
}
    `) as unknown as TypedDocumentString<RegistryWritesSetDependenciesMutation, RegistryWritesSetDependenciesMutationVariables>;
export const RegistryWritesSetDependencies2Document = new TypedDocumentString(`
    mutation RegistryWritesSetDependencies2 {
  setDependencies(
    dependencies: [{consumer: {appId: "shop", serviceName: "nobody", version: "1.0"}, providers: []}]
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegistryWritesSetDependencies2Mutation, RegistryWritesSetDependencies2MutationVariables>;
export const RegistryWritesRegisterMicroserviceInstanceDocument = new TypedDocumentString(`
    mutation RegistryWritesRegisterMicroserviceInstance($id: ID!) {
  registerMicroserviceInstance(
    microserviceId: $id
    input: {hostName: "probe-1", endpoints: ["rest:10.0.0.9:80"], healthCheck: {mode: "push", interval: 10, times: 3}, dataCenter: {name: "dc", region: "r1", availableZone: "az1"}}
  ) {
    id
    hostName
    status
    version
    healthCheck {
      interval
      times
    }
    dataCenter {
      region
    }
  }
}
    `) as unknown as TypedDocumentString<RegistryWritesRegisterMicroserviceInstanceMutation, RegistryWritesRegisterMicroserviceInstanceMutationVariables>;
export const RegistryWritesUpdateMicroserviceInstanceStatusDocument = new TypedDocumentString(`
    mutation RegistryWritesUpdateMicroserviceInstanceStatus($id: ID!) {
  updateMicroserviceInstanceStatus(id: $id, status: OUTOFSERVICE) {
    status
  }
}
    `) as unknown as TypedDocumentString<RegistryWritesUpdateMicroserviceInstanceStatusMutation, RegistryWritesUpdateMicroserviceInstanceStatusMutationVariables>;
export const RegistryWritesUpdateMicroserviceInstancePropertiesDocument = new TypedDocumentString(`
    mutation RegistryWritesUpdateMicroserviceInstanceProperties($id: ID!) {
  updateMicroserviceInstanceProperties(id: $id, properties: {zone: "b"}) {
    properties
  }
}
    `) as unknown as TypedDocumentString<RegistryWritesUpdateMicroserviceInstancePropertiesMutation, RegistryWritesUpdateMicroserviceInstancePropertiesMutationVariables>;
export const RegistryWritesSendMicroserviceInstanceHeartbeatDocument = new TypedDocumentString(`
    mutation RegistryWritesSendMicroserviceInstanceHeartbeat($id: ID!) {
  sendMicroserviceInstanceHeartbeat(id: $id) {
    hostName
  }
}
    `) as unknown as TypedDocumentString<RegistryWritesSendMicroserviceInstanceHeartbeatMutation, RegistryWritesSendMicroserviceInstanceHeartbeatMutationVariables>;
export const RegistryWritesDeregisterMicroserviceInstanceDocument = new TypedDocumentString(`
    mutation RegistryWritesDeregisterMicroserviceInstance($id: ID!) {
  deregisterMicroserviceInstance(id: $id) {
    deletedId
  }
}
    `) as unknown as TypedDocumentString<RegistryWritesDeregisterMicroserviceInstanceMutation, RegistryWritesDeregisterMicroserviceInstanceMutationVariables>;
export const RegistryWritesSendMicroserviceInstanceHeartbeat2Document = new TypedDocumentString(`
    mutation RegistryWritesSendMicroserviceInstanceHeartbeat2($id: ID!) {
  sendMicroserviceInstanceHeartbeat(id: $id) {
    hostName
  }
}
    `) as unknown as TypedDocumentString<RegistryWritesSendMicroserviceInstanceHeartbeat2Mutation, RegistryWritesSendMicroserviceInstanceHeartbeat2MutationVariables>;
export const RegistryWritesRegisterMicroserviceInstance2Document = new TypedDocumentString(`
    mutation RegistryWritesRegisterMicroserviceInstance2($id: ID!) {
  registerMicroserviceInstance(
    microserviceId: $id
    input: {hostName: "h", endpoints: ["e"]}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegistryWritesRegisterMicroserviceInstance2Mutation, RegistryWritesRegisterMicroserviceInstance2MutationVariables>;
export const RegistryWritesMicroservicesDocument = new TypedDocumentString(`
    query RegistryWritesMicroservices {
  microservices(filter: {appId: "shop"}) {
    id
    rawId
    serviceName
    version
    instances {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RegistryWritesMicroservicesQuery, RegistryWritesMicroservicesQueryVariables>;
export const RegistryWritesDeleteMicroserviceDocument = new TypedDocumentString(`
    mutation RegistryWritesDeleteMicroservice($id: ID!) {
  deleteMicroservice(id: $id) {
    deletedId
  }
}
    `) as unknown as TypedDocumentString<RegistryWritesDeleteMicroserviceMutation, RegistryWritesDeleteMicroserviceMutationVariables>;
export const RegistryWritesDeleteMicroservice2Document = new TypedDocumentString(`
    mutation RegistryWritesDeleteMicroservice2($id: ID!) {
  deleteMicroservice(id: $id) {
    deletedId
  }
}
    `) as unknown as TypedDocumentString<RegistryWritesDeleteMicroservice2Mutation, RegistryWritesDeleteMicroservice2MutationVariables>;
export const RegistryWritesDeleteMicroservicesDocument = new TypedDocumentString(`
    mutation RegistryWritesDeleteMicroservices($ids: [ID!]!) {
  deleteMicroservices(ids: $ids) {
    rawId
    deleted
    error
  }
}
    `) as unknown as TypedDocumentString<RegistryWritesDeleteMicroservicesMutation, RegistryWritesDeleteMicroservicesMutationVariables>;
export const RegistryWritesDeleteMicroservices2Document = new TypedDocumentString(`
    mutation RegistryWritesDeleteMicroservices2($ids: [ID!]!) {
  deleteMicroservices(ids: $ids, force: true) {
    rawId
    deleted
    error
  }
}
    `) as unknown as TypedDocumentString<RegistryWritesDeleteMicroservices2Mutation, RegistryWritesDeleteMicroservices2MutationVariables>;
export const RegistryWritesMicroservices2Document = new TypedDocumentString(`
    query RegistryWritesMicroservices2($env: RegistryEnvironment) {
  microservices(filter: {serviceName: "cart", environment: $env}) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegistryWritesMicroservices2Query, RegistryWritesMicroservices2QueryVariables>;
export const RegistryWritesDeleteMicroservice3Document = new TypedDocumentString(`
    mutation RegistryWritesDeleteMicroservice3($id: ID!) {
  deleteMicroservice(id: $id) {
    deletedId
  }
}
    `) as unknown as TypedDocumentString<RegistryWritesDeleteMicroservice3Mutation, RegistryWritesDeleteMicroservice3MutationVariables>;
export const WriteTimeoutComponentDocument = new TypedDocumentString(`
    mutation WriteTimeoutComponent($a: ID!) {
  createComponent(
    applicationId: $a
    input: {name: "slow", runtime: "Java8", category: COMMON}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<WriteTimeoutComponentMutation, WriteTimeoutComponentMutationVariables>;
export const WriteTimeoutApplicationsDocument = new TypedDocumentString(`
    query WriteTimeoutApplications {
  applications {
    nodes {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<WriteTimeoutApplicationsQuery, WriteTimeoutApplicationsQueryVariables>;
export const FuzzRealIdsDocument = new TypedDocumentString(`
    query FuzzRealIds {
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
    `) as unknown as TypedDocumentString<FuzzRealIdsQuery, FuzzRealIdsQueryVariables>;
export const ReplicasEnvironmentCountDocument = new TypedDocumentString(`
    query ReplicasEnvironmentCount {
  environments {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ReplicasEnvironmentCountQuery, ReplicasEnvironmentCountQueryVariables>;
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
export const IdsPropertyRealDocument = new TypedDocumentString(`
    query IdsPropertyReal {
  environments {
    nodes {
      id
      rawId
    }
  }
  applications {
    nodes {
      id
      rawId
      components {
        nodes {
          id
          rawId
        }
      }
    }
  }
  microservices {
    id
    rawId
  }
}
    `) as unknown as TypedDocumentString<IdsPropertyRealQuery, IdsPropertyRealQueryVariables>;
export const IdsRawIdsDocument = new TypedDocumentString(`
    query IdsRawIds {
  applications {
    nodes {
      rawId
    }
  }
  microservices {
    rawId
  }
}
    `) as unknown as TypedDocumentString<IdsRawIdsQuery, IdsRawIdsQueryVariables>;
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
export const ReplicaSceneEnvironmentDocument = new TypedDocumentString(`
    mutation ReplicaSceneEnvironment($n: String!) {
  createEnvironment(
    input: {name: $n, vpcId: "v", baseResources: [{id: "cce-1", type: "cce"}]}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReplicaSceneEnvironmentMutation, ReplicaSceneEnvironmentMutationVariables>;
export const ReplicaSceneApplicationDocument = new TypedDocumentString(`
    mutation ReplicaSceneApplication($n: String!) {
  createApplication(input: {name: $n}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReplicaSceneApplicationMutation, ReplicaSceneApplicationMutationVariables>;
export const ReplicaSceneComponentDocument = new TypedDocumentString(`
    mutation ReplicaSceneComponent($a: ID!, $n: String!) {
  createComponent(
    applicationId: $a
    input: {name: $n, runtime: "Java8", category: COMMON}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReplicaSceneComponentMutation, ReplicaSceneComponentMutationVariables>;
export const ReplicaDeployDocument = new TypedDocumentString(`
    mutation ReplicaDeploy($c: ID!, $in: DeployComponentInput!) {
  deployComponent(componentId: $c, input: $in) {
    jobId
  }
}
    `) as unknown as TypedDocumentString<ReplicaDeployMutation, ReplicaDeployMutationVariables>;