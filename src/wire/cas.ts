/**
 * Application management ("CAS") wire types, reference chapter 4: snake_case JSON, times in epoch
 * milliseconds, jobs with uppercase field names. Shared by the emulator and the gateway's REST client.
 * Comments cite the reference's tables; "Table 4-n" is the table the shape comes from.
 */
export type { CasErrorBody } from './common.js';

// ---------------------------------------------------------------------------------------------
// Lists (§4.2.2 Table 4-16 and its siblings)
// ---------------------------------------------------------------------------------------------

/** Query of every paged CAS list: `limit` 1000 = all (the default), 0-100 pages, anything else 10. */
export interface CasListQuery {
  limit?: number;
  offset?: number;
  order_by?: string;
  /** Default desc. */
  order?: SortOrder;
}

export type SortOrder = 'asc' | 'desc';

/** Sort fields of environments, applications and components (Table 4-16); unknown values fall back to create_time. */
export type ListOrderBy = 'create_time' | 'name' | 'update_time';

/** Instances also sort by version (Table 4-151). */
export type InstanceOrderBy = ListOrderBy | 'version';

// ---------------------------------------------------------------------------------------------
// Metadata (§4.1)
// ---------------------------------------------------------------------------------------------

/** Table 4-3. */
export interface Runtime {
  type_name: string;
  display_name: string;
  container_default_port: number;
  type_desc: string;
}

/** Table 4-2. */
export interface RuntimeList {
  runtimes: Runtime[];
}

/** Table 4-7. CPU and memory figures are Kubernetes quantities ("500m", "1Gi"). */
export interface Flavor {
  flavor_id: string;
  storage_size: string;
  num_cpu: string;
  num_cpu_init: string;
  memory_size: string;
  memory_size_init: string;
  label: string;
  custom: boolean;
}

/** Table 4-6. */
export interface FlavorList {
  flavors: Flavor[];
}

// ---------------------------------------------------------------------------------------------
// Environments (§4.2)
// ---------------------------------------------------------------------------------------------

/** Base resource types (Table 4-11); optional resources are any other service (dcs, elb, cse, ...). */
export type BaseResourceType = 'cce' | 'ecs';

/** Table 4-11 (request) / Table 4-13 (response): `name` is left out when it was not given (§4.2.5 example). */
export interface EnvironmentResource {
  id: string;
  name?: string;
  type: string;
}

/** Table 4-10. */
export interface CreateEnvironmentRequest {
  /** 2-64 letters, digits, - and _; starts with a letter, ends with a letter or digit. */
  name: string;
  /** Up to 64 characters. */
  alias?: string;
  /** Up to 128 characters. */
  description?: string;
  enterprise_project_id?: string;
  /** Fixed value. */
  charge_mode?: 'provided';
  vpc_id: string;
  /** At least one; types cce or ecs. */
  base_resources: EnvironmentResource[];
  optional_resources?: EnvironmentResource[];
}

/** Table 4-22. */
export interface UpdateEnvironmentRequest {
  name?: string;
  alias?: string | null;
  description?: string | null;
}

/** Table 4-36: resources are removed by id and type. */
export interface EnvironmentResourceRef {
  id: string;
  type: string;
}

/** Table 4-33. */
export interface PatchEnvironmentResourcesRequest {
  /** Table 4-34. */
  add_base_resources?: EnvironmentResource[];
  /** Table 4-35. */
  add_optional_resources?: EnvironmentResource[];
  /** Table 4-36. */
  remove_resources?: EnvironmentResourceRef[];
}

/** Table 4-12 (and 4-18, 4-23, 4-29, 4-37: every environment answer has this shape). */
export interface Environment {
  id: string;
  name: string;
  /** null when unset (§4.2.1 example). */
  alias: string | null;
  description: string | null;
  project_id: string;
  /** "0" by default. */
  enterprise_project_id: string;
  charge_mode: 'provided';
  vpc_id: string;
  base_resources: EnvironmentResource[];
  /** null when never given (§4.2.5 example). */
  optional_resources: EnvironmentResource[] | null;
  creator: string;
  create_time: number;
  update_time: number;
}

/** Table 4-17. */
export interface EnvironmentList {
  count: number;
  environments: Environment[];
}

// ---------------------------------------------------------------------------------------------
// Applications (§4.3)
// ---------------------------------------------------------------------------------------------

/** Table 4-41. */
export interface CreateApplicationRequest {
  /** Same rule as environment names. */
  name: string;
  description?: string;
  /** Default "0". */
  enterprise_project_id?: string;
}

/** Table 4-50. */
export interface UpdateApplicationRequest {
  name?: string;
  description?: string | null;
}

/** Table 4-42 / 4-51: the answer of create and modify. */
export interface Application {
  id: string;
  name: string;
  description: string | null;
  creator: string;
  project_id: string;
  enterprise_project_id: string;
  create_time: number;
  update_time: number;
  unified_model: string | null;
}

/** Table 4-47 / 4-56: list items and the detail also count the application's components. */
export interface ApplicationWithCount extends Application {
  component_count: number;
}

/** Table 4-46. */
export interface ApplicationList {
  count: number;
  applications: ApplicationWithCount[];
}

/** Table 4-61 / 4-130. Name: 1-64 letters, digits, _ - and ., not starting with a digit. */
export interface EnvVar {
  name: string;
  value: string;
}

/** Table 4-60 / 4-63. */
export interface ApplicationConfigurationBody {
  /** Duplicate names: the last one takes effect. */
  env: EnvVar[];
}

/** Table 4-59. */
export interface PutApplicationConfigurationRequest {
  environment_id: string;
  configuration: ApplicationConfigurationBody;
}

/** Table 4-62 / 4-72. */
export interface ApplicationConfiguration {
  application_id: string;
  environment_id: string;
  configuration: ApplicationConfigurationBody;
}

/** Table 4-71: one entry per environment (all of them when no environment_id is given). */
export interface ApplicationConfigurationList {
  configuration: ApplicationConfiguration[];
}

// ---------------------------------------------------------------------------------------------
// Components (§4.4)
// ---------------------------------------------------------------------------------------------

/** Table 4-77. */
export type ComponentCategory = 'Webapp' | 'MicroService' | 'Common';

/** Table 4-77: Webapp -> Web; MicroService -> the five frameworks; Common -> none. */
export type WebappSubCategory = 'Web';
export type MicroServiceSubCategory = 'Java Chassis' | 'Go Chassis' | 'Mesher' | 'Spring Cloud' | 'Dubbo';
export type ComponentSubCategory = WebappSubCategory | MicroServiceSubCategory;

/** Table 4-84: 0 normal, 1 being deleted. */
export type ComponentStatus = 0 | 1;

/** Table 4-78: source code or a software package. */
export type SourceKind = 'code' | 'artifact';

/** Table 4-79. */
export type CodeRepoType = 'GitHub' | 'GitLab' | 'Gitee' | 'Bitbucket';

/** Table 4-79 / 4-86. */
export interface CodeSourceSpec {
  repo_type: CodeRepoType;
  repo_url: string;
  /** Default master. */
  repo_ref?: string;
  repo_auth: string;
}

/** Table 4-81 / 4-88: only meaningful with storage obs. */
export interface ArtifactSourceProperties {
  endpoint?: string;
  bucket?: string;
  key?: string;
}

/** Table 4-80 / 4-87. */
export interface ArtifactSourceSpec {
  /** The reference allows obs only. */
  storage: 'obs';
  /** The reference allows package only. */
  type: 'package';
  url: string;
  /** Default iam. */
  auth?: ArtifactAuth;
  properties?: ArtifactSourceProperties;
  /** Sent and echoed in the §4.4.3 example; not in the tables. */
  webUrl?: string;
}

/** Table 4-78 / 4-85. */
export type ComponentSource = { kind: 'code'; spec: CodeSourceSpec } | { kind: 'artifact'; spec: ArtifactSourceSpec };

/** Table 4-83 / 4-90, plus the fields the §4.4.3 example sends and the service adds (use_public_cluster). */
export interface BuildParameters {
  build_cmd?: string;
  dockerfile_path?: string;
  /** Default cas_{project_id}. */
  artifact_namespace?: string;
  cluster_id?: string;
  cluster_name?: string;
  cluster_type?: string;
  node_label_selector?: Record<string, string>;
  /** Set by the service: true unless a cluster_id is given. */
  use_public_cluster?: boolean;
  [key: string]: unknown;
}

/** Table 4-82. */
export interface ComponentBuildRequest {
  parameters?: BuildParameters;
}

/** Table 4-89: `id` is a 40-character random string. */
export interface ComponentBuild {
  id: string;
  parameters: BuildParameters;
}

/** Table 4-77. */
export interface CreateComponentRequest {
  /** Same rule as environment names; unique within the application. */
  name: string;
  /** A runtime's type_name (§4.1.1). */
  runtime: string;
  category: ComponentCategory;
  sub_category?: ComponentSubCategory | '' | null;
  description?: string;
  source?: ComponentSource;
  build?: ComponentBuildRequest;
}

/** Table 4-102 (runtime and category cannot change). */
export interface UpdateComponentRequest {
  name?: string;
  description?: string | null;
  source?: ComponentSource;
  build?: ComponentBuildRequest;
  /** At most 10. */
  pipeline_ids?: string[] | null;
}

/** Table 4-84 / 4-109 / 4-120 (list items, Table 4-95, have the same shape in the §4.4.2 example). */
export interface Component {
  id: string;
  name: string;
  status: ComponentStatus;
  runtime: string;
  category: ComponentCategory;
  sub_category: ComponentSubCategory | null;
  description: string | null;
  project_id: string;
  application_id: string;
  source: ComponentSource | null;
  build: ComponentBuild;
  pipeline_ids: string[] | null;
  create_time: number;
  update_time: number;
  creator: string;
}

/** Table 4-94. */
export interface ComponentList {
  count: number;
  components: Component[];
}

// ---------------------------------------------------------------------------------------------
// Component instances (§4.5)
// ---------------------------------------------------------------------------------------------

/** Instance status values (application-management-facts.md, from the SDK's InstanceStatusType). */
export type InstanceStatus =
  | 'INITIALIZING'
  | 'UPGRADING'
  | 'FAILED'
  | 'RUNNING'
  | 'DOWN'
  | 'DELETING'
  | 'DELETED'
  | 'RESERVED'
  | 'STARTING'
  | 'STOPPING'
  | 'STOPPED'
  | 'RESTARTING'
  | 'PENDING'
  | 'UNKNOWN'
  | 'PARTIALLY_FAILED';

/** Table 4-153: cce for containers, vmapp for ECS (VM) deployments. */
export type PlatformType = 'cce' | 'vmapp';

/** Table 4-145. */
export type ArtifactStorage = 'swr' | 'devcloud' | 'obs';
/** Table 4-145: package for VM deployments, image for containers. */
export type ArtifactType = 'package' | 'image';
/** Table 4-145. */
export type ArtifactAuth = 'iam' | 'none';

/** Table 4-145 / 4-154. Keyed by component (or container) name in `artifacts`. */
export interface InstanceArtifact {
  storage: ArtifactStorage;
  type: ArtifactType;
  url: string;
  auth: ArtifactAuth;
  version?: string;
  properties?: Record<string, unknown>;
}

/** Table 4-130; the service adds `internal: true` to the variables it injects (§4.5.6 example). */
export interface InstanceEnvVar extends EnvVar {
  internal?: boolean;
}

/** Table 4-131. */
export type StorageType = 'HostPath' | 'EmptyDir' | 'ConfigMap' | 'Secret' | 'PersistentVolumeClaim';

/** Table 4-144. */
export interface StorageParameters {
  /** HostPath. */
  path?: string;
  /** ConfigMap and Secret. */
  name?: string;
  /** PersistentVolumeClaim. */
  claimName?: string;
}

/** A directory mounted into the container (Table 4-131 points at the wrong table; path is the mount point). */
export interface StorageMount {
  path: string;
  readOnly?: boolean;
  [key: string]: unknown;
}

/** Table 4-131. */
export interface InstanceStorage {
  type: StorageType;
  parameters: StorageParameters;
  mounts: StorageMount[];
}

/** Table 4-132: Recreate (in place) or RollingUpdate (default). */
export type UpgradeStrategy = 'Recreate' | 'RollingUpdate';

/** Table 4-132; the service echoes a `spec` (§4.5.6 example). */
export interface InstanceStrategy {
  upgrade?: UpgradeStrategy;
  spec?: { maxSurge?: number; maxUnavailable?: number };
}

/** Table 4-141. */
export interface LifecycleEntrypoint {
  command: string[];
  args: string[];
}

/** Table 4-142. */
export type LifecycleProcessType = 'command' | 'http';

/** Table 4-143: command for the command type; host, port and path for http. */
export interface LifecycleProcessParameters {
  command?: string[];
  host?: string;
  port?: number;
  path?: string;
}

/** Table 4-142. */
export interface LifecycleProcess {
  type: LifecycleProcessType;
  parameters: LifecycleProcessParameters;
}

/** Table 4-133. */
export interface InstanceLifecycle {
  entrypoint?: LifecycleEntrypoint | null;
  'post-start'?: LifecycleProcess | null;
  'pre-stop'?: LifecycleProcess | null;
}

/** Table 4-140. */
export interface SchedulerAffinity {
  az?: string[];
  node?: string[];
  application?: string[];
}

/** Table 4-134 (isSynchronized is echoed in the §4.5.6 example). */
export interface InstanceScheduler {
  affinity?: SchedulerAffinity;
  'anti-affinity'?: SchedulerAffinity;
  isSynchronized?: boolean;
}

/** Table 4-136. */
export type ProbeType = 'http' | 'tcp' | 'command';

/** Table 4-137. */
export interface HttpProbeParameters {
  scheme: 'HTTP' | 'HTTPS';
  host?: string;
  port: number;
  path: string;
}

/** Table 4-139. */
export interface TcpProbeParameters {
  port: number;
}

/** Table 4-138. */
export interface CommandProbeParameters {
  command: string[];
}

/** Table 4-136. */
export type Probe =
  | { type: 'http'; parameters: HttpProbeParameters; delay?: number; timeout?: number }
  | { type: 'tcp'; parameters: TcpProbeParameters; delay?: number; timeout?: number }
  | { type: 'command'; parameters: CommandProbeParameters; delay?: number; timeout?: number };

/** Table 4-135. */
export interface InstanceProbes {
  livenessProbe?: Probe;
  readinessProbe?: Probe;
}

/** Table 4-129. */
export interface InstanceConfiguration {
  env?: InstanceEnvVar[];
  storage?: InstanceStorage[];
  strategy?: InstanceStrategy;
  lifecycle?: InstanceLifecycle;
  scheduler?: InstanceScheduler;
  probes?: InstanceProbes;
}

/** Table 4-146 / 4-166. */
export interface ExternalAccessRequest {
  protocol?: 'http' | 'https';
  address?: string;
  forward_port?: number;
}

/** Table 4-155 / 4-177. */
export interface ExternalAccess {
  protocol: 'http' | 'https' | null;
  address: string | null;
  forward_port: number | null;
  type: string;
  status: string;
  create_time: number;
  update_time: number;
}

/** Table 4-147 / 4-178. A `cse` resource makes the instance's replicas register in the registry. */
export interface ReferResource {
  /** For ecs, "Default". */
  id: string;
  /** cce or ecs (one is needed), or an optional service: dcs, elb, cse, ... */
  type: string;
  /** dcs only: "distributed_session", "distributed_cache" or both, comma-separated. */
  refer_alias?: string;
  /** cce: {"namespace": "..."}; ecs: {"hosts": [...]}. */
  parameters?: Record<string, unknown>;
}

/** Table 4-128. */
export interface CreateInstanceRequest {
  /** 2-63 lowercase letters, digits and -; starts with a letter, ends with a letter or digit; unique per environment. */
  name: string;
  environment_id: string;
  /** Integer >= 0. */
  replica: number;
  /** A flavor_id from §4.1.2 or CUSTOM-xxG:xxC-xxC:xxGi-xxGi. */
  flavor_id: string;
  /** At least one. */
  artifacts: Record<string, InstanceArtifact>;
  /** The §4.5.1 example sends the number 1; the service keeps a string such as "1.0.0". */
  version: string | number;
  configuration?: InstanceConfiguration;
  description?: string;
  external_accesses?: ExternalAccessRequest[];
  refer_resources: ReferResource[];
}

/** Table 4-148. */
export interface CreateInstanceResponse {
  instance_id: string;
  job_id: string;
}

/** Table 4-164. */
export interface UpdateInstanceRequest {
  version: string | number;
  flavor_id?: string;
  artifacts?: Record<string, InstanceArtifact>;
  configuration?: InstanceConfiguration;
  description?: string | null;
  external_accesses?: ExternalAccessRequest[] | null;
  refer_resources?: ReferResource[];
}

/** Tables 4-161, 4-168, 4-172: modify, action and delete answer with the job they started. */
export interface JobIdResponse {
  job_id: string;
}

/** Table 4-159. */
export type InstanceAction = 'start' | 'stop' | 'restart' | 'scale' | 'rollback';

/** Table 4-160. */
export interface InstanceActionParameters {
  /** scale: the target number of replicas. */
  replica?: number;
  /** scale of a VM (vmapp) instance: the ECS ids. */
  hosts?: string[];
  /** rollback: a version from the instance's snapshots. */
  version?: string;
}

/** Table 4-159. */
export interface InstanceActionRequest {
  action: InstanceAction;
  parameters?: InstanceActionParameters;
}

/** Table 4-156 / 4-179. */
export interface InstanceStatusDetail {
  enterprise_project_id: string;
  status: InstanceStatus;
  /** Replicas up and healthy. */
  available_replica: number;
  /** Replicas wanted. */
  replica: number;
  fail_detail: string | null;
  last_job_id: string | null;
  last_job_status: JobExecutionStatus | null;
}

/** Table 4-153: an item of the instance list. */
export interface InstanceSummary {
  id: string;
  application_id: string;
  component_id: string;
  name: string;
  environment_id: string;
  platform_type: PlatformType;
  artifacts: Record<string, InstanceArtifact>;
  version: string;
  create_time: number;
  update_time: number;
  external_accesses: ExternalAccess[] | null;
  status_detail: InstanceStatusDetail;
}

/** Table 4-152. */
export interface InstanceList {
  count: number;
  instances: InstanceSummary[];
}

/** Table 4-175: the instance detail. */
export interface InstanceDetail {
  id: string;
  name: string;
  environment_id: string;
  platform_type: PlatformType;
  description: string | null;
  flavor_id: string;
  artifacts: Record<string, InstanceArtifact>;
  version: string;
  configuration: InstanceConfiguration;
  creator: string | null;
  create_time: number;
  update_time: number;
  external_accesses: ExternalAccess[] | null;
  refer_resources: ReferResource[];
  status_detail: InstanceStatusDetail;
}

/** Table 4-184. `description` is a JSON string such as {"action":"New Version: 1.0.0"}. */
export interface Snapshot {
  version: string;
  description: string;
  instance_id: string;
  create_time: number;
}

/** Table 4-183. */
export interface SnapshotList {
  count: number;
  snapshots: Snapshot[];
}

// ---------------------------------------------------------------------------------------------
// Jobs (§4.6)
// ---------------------------------------------------------------------------------------------

/** Table 4-189 EXECUTION_STATUS. */
export type JobExecutionStatus =
  | 'SUBMITTED'
  | 'SCHEDULED'
  | 'RUNNING'
  | 'FAILED'
  | 'SUCCEEDED'
  | 'CANCELLED'
  | 'PARTIALLY_FAILED'
  | 'ROLLBACKING'
  | 'ROLLBACKED'
  | 'UNKNOWN';

/** Table 4-189 JOB_TYPE. */
export type JobType = 'PROVISION' | 'DEPROVISION' | 'DAILY_OPERATION' | 'SYSTEM_INNER' | 'UNKNOWN';

/** Table 4-190 TASK_STATUS. */
export type TaskStatus =
  | 'SUBMITTED'
  | 'SCHEDULED'
  | 'RUNNING'
  | 'FAILED'
  | 'SUCCEEDED'
  | 'CANCELLED'
  | 'PARTIALLY_FAILED'
  | 'SKIPPED'
  | 'ROLLBACKING'
  | 'ROLLBACKED'
  | 'UNKNOWN';

/** Table 4-190 TASK_TYPE. */
export type TaskType = 'kube' | 'restful' | 'sleep' | 'echo' | 'context' | 'sub-job';

/** Table 4-187. */
export interface JobDetailQuery {
  instance_id?: string;
  limit?: number;
  offset?: number;
  /** "true": tasks in descending TASK_INDEX order. */
  desc?: 'true' | 'false';
}

/** Table 4-189. */
export interface Job {
  CREATED_BY: string;
  EXECUTION_STATUS: JobExecutionStatus;
  JOB_DESC: string;
  /** "JOB" + a UUID. */
  JOB_ID: string;
  /** e.g. provision/provMain, upgrade, daily_operation/scale, deprovision/deprovMain. */
  JOB_NAME: string;
  JOB_TYPE: JobType;
  ORDER_ID: string;
  PROJECT_ID: string;
  /** The component instance the job works on. */
  SERVICE_INSTANCE_ID: string;
}

/** Table 4-190. */
export interface Task {
  /** ISO 8601. */
  CREATED_AT: string;
  /** ISO 8601. */
  LAST_HEALTH_CHECK: string;
  /** "{}" or a JSON string of TaskFailureMessage. */
  MESSAGES: string;
  OWNER_ID: string;
  /** "Task-" + a UUID. */
  TASK_ID: string;
  /** 1-based. */
  TASK_INDEX: number;
  /** e.g. SEPARATOR_PREPARE_RESOURCES (echo) or TN00091 (restful, kube). */
  TASK_NAME: string;
  TASK_STATUS: TaskStatus;
  TASK_TYPE: TaskType;
}

/** What a failed task's MESSAGES holds, as JSON (§4.6.1 example). */
export interface TaskFailureMessage {
  Message: string;
  Detail: string;
}

/** Table 4-188. `task_count` counts all the job's tasks, whatever limit and offset return. */
export interface JobDetail {
  task_count: number;
  job: Job;
  tasks: Task[];
}
