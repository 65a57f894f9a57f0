/**
 * Cloud Service Engine registry and config center wire types, reference chapter 5 (APIs) and
 * chapter 6 (data structures). JSON is camelCase; times are epoch-second strings.
 * Shared by the emulator and the gateway's REST client.
 */
export type { CseErrorBody } from './common.js';
import type { CseErrorBody } from './common.js';

// ---------------------------------------------------------------------------------------------
// Closed sets
// ---------------------------------------------------------------------------------------------

/** Instance status, Table 6-2 and Table 5-34 (TESTING is listed in 5-34 only). Default UP. */
export type InstanceStatus = 'UP' | 'DOWN' | 'STARTING' | 'TESTING' | 'OUTOFSERVICE';

/** Microservice status, Table 6-10. Default UP. */
export type ServiceStatus = 'UP' | 'DOWN';

/** Microservice level, Table 6-10. Default BACK. */
export type ServiceLevel = 'FRONT' | 'MIDDLE' | 'BACK';

/**
 * Microservice environment ("service stage"), Table 6-10. ServiceStage's CSE reads a missing or empty
 * one as development; Apache ServiceComb service-center keeps "" as an environment of its own, distinct
 * from development (registry-behaviour.md), and leaves it out of its answers.
 */
export type ServiceEnvironment = '' | 'development' | 'testing' | 'acceptance' | 'production';

/** How a microservice was registered, Table 6-10. */
export type RegisterBy = 'SDK' | 'PLATFORM' | 'SIDECAR' | 'UNKNOWN';

/** Health check mode, Table 6-1: push (the instance sends heartbeats) or pull (the registry checks). */
export type HealthCheckMode = 'push' | 'pull';

/** Blacklist / whitelist type, Table 6-15. */
export type RuleType = 'WHITE' | 'BLACK';

/** `type` query parameter of GET /registry/existence, Table 5-20. */
export type ExistenceType = 'microservice' | 'schema';

/** Free key/value map, Table 6-13. */
export type Properties = Record<string, string>;

/** Headers the registry reads or sets (reference §5.6, §5.12, §5.18, §5.22; service-center). */
export const CSE_HEADERS = {
  /** Opaque revision of a find / instance list answer; send it back as `rev` to get 304 when unchanged. */
  resourceRevision: 'X-Resource-Revision',
  /** Summary of a schema (GET schema, existence of a schema). */
  schemaSummary: 'X-Schema-Summary',
  /** The calling (consumer) microservice's id, Tables 5-26, 5-38, 5-52. */
  consumerId: 'X-ConsumerId',
} as const;

/** Header of the config center (Table 5-42): development, testing, acceptance or production; anything else is none. */
export const CONFIG_ENVIRONMENT_HEADER = 'x-environment';

// ---------------------------------------------------------------------------------------------
// Data structures (chapter 6)
// ---------------------------------------------------------------------------------------------

/** Table 6-1. Missing healthCheck: push, 30 s, 3 times; interval below 5 s is raised to 5. */
export interface HealthCheck {
  mode: HealthCheckMode;
  /** Port the registry connects to in pull mode. */
  port?: number;
  /** Heartbeat interval, seconds. */
  interval: number;
  /** Missed heartbeats tolerated. */
  times: number;
}

/** Table 6-17. Each field 1-128 bytes of letters, digits, `_`, `-`, `.`. */
export interface DataCenterInfo {
  name: string;
  region: string;
  availableZone: string;
}

/** Table 6-2 MicroServiceInstance. */
export interface MicroServiceInstance {
  /** 1-64 of `[A-Za-z0-9_.-]`; generated (32-char hex) when not given. A given id that exists is overwritten. */
  instanceId?: string;
  /** Taken from the URL, whatever the body says. */
  serviceId?: string;
  /** Set by the registry from the microservice. */
  version?: string;
  /** Host name or IP, 1-64 characters. */
  hostName: string;
  /** e.g. "rest:127.0.0.1:8080". */
  endpoints: string[];
  status: InstanceStatus;
  properties?: Properties;
  healthCheck?: HealthCheck;
  /** Creation time, epoch seconds, set by the registry. */
  timestamp?: string;
  /** Last update time, epoch seconds, set by the registry. */
  modTimestamp?: string;
  dataCenterInfo?: DataCenterInfo;
}

/** Table 6-3 HeartbeatSetElement: names one instance. */
export interface HeartbeatSetElement {
  serviceId: string;
  instanceId: string;
}

/** Table 6-4 InstanceHbRst. */
export interface InstanceHbRst {
  serviceId?: string;
  instanceId?: string;
  /** Empty on success. */
  errMessage?: string;
}

/** Table 6-5 DelServicesResponse, one per requested service id; `errMessage` is set when that one failed. */
export interface DelServicesResponse {
  serviceId?: string;
  errMessage?: string;
}

/** Table 6-11 ServicePath (capitalized keys, as the reference writes them). */
export interface ServicePath {
  /** Route address, 1-160 bytes of letters, digits and `.,?'\/+&%$#=~_-@{}`. */
  Path?: string;
  Property?: Properties;
}

/** Table 6-12 Framework. */
export interface Framework {
  /** Default UNKNOWN. */
  name?: string;
  /** 1-64 bytes. */
  version?: string;
}

/** Table 6-10 MicroService. */
export interface MicroService {
  /** 1-64 characters; generated when not given (40-char hex). */
  serviceId?: string;
  /** Default development. Schemas may be added or changed only in development, testing or acceptance. */
  environment?: ServiceEnvironment;
  /** 1-160 characters, `^[a-zA-Z0-9]*$|^[a-zA-Z0-9][a-zA-Z0-9_\-.]*[a-zA-Z0-9]$`. Default "default". */
  appId: string;
  /** 1-128 characters, same pattern as appId; unique in an application. */
  serviceName: string;
  /** 1-64 characters, `^[0-9]*$|^[0-9]+(\.[0-9]+)*$`, 1-4 parts of 0-32767. */
  version: string;
  /** At most 256 characters. */
  description?: string;
  /** Default BACK. */
  level?: ServiceLevel;
  /** Registration time, epoch seconds, set by the registry. */
  timestamp?: string;
  /** Schema ids (1-160 of letters, digits, `_-.`), at most 100. */
  schemas?: string[];
  /** Default UP. */
  status?: ServiceStatus;
  paths?: ServicePath[];
  framework?: Framework;
  registerBy?: RegisterBy;
  /** Last modification time, epoch seconds, set by the registry. */
  modTimestamp?: string;
  properties?: Properties;
  /** 1-128 characters of `[a-zA-Z0-9_\-.:]`. */
  alias?: string;
}

/**
 * Table 6-14 DependencyMicroService: a consumer (exact version, never "*") or a provider rule.
 * A provider's serviceName may be "*" (every service of the tenant; appId and version may then be omitted);
 * its version may be exact, "latest", "X+" or a range "A-B" (§5.18).
 */
export interface DependencyMicroService {
  /** Default development. */
  environment?: ServiceEnvironment;
  /** Required unless serviceName is "*"; a provider's defaults to its consumer's. */
  appId?: string;
  serviceName: string;
  /** Required unless serviceName is "*". */
  version?: string;
}

/** Table 6-15 Rule (blacklist / whitelist entry). */
export interface Rule {
  ruleId?: string;
  ruleType: RuleType;
  /** "tag_xxx", or one of ServiceId, AppId, ServiceName, Version, Description, Level, Status. */
  attribute: string;
  /** Regular expression, 1-64 characters. */
  pattern: string;
  /** At most 256 characters. */
  description?: string;
  timestamp?: string;
  modTimestamp?: string;
}

/** Table 6-18 Schema. */
export interface Schema {
  schemaId?: string;
  /** 1-2048 bytes. */
  schema?: string;
  /** At most 128 letters and digits. */
  summary?: string;
}

// ---------------------------------------------------------------------------------------------
// Requests and responses (chapter 5)
// ---------------------------------------------------------------------------------------------

/** §5.2 GET /v4/{project_id}/registry/microservices/{serviceId}, Table 5-2. */
export interface GetServiceResponse {
  service: MicroService;
}

/** §5.3 GET /v4/{project_id}/registry/microservices, Table 5-4. */
export interface GetServicesResponse {
  /** service-center answers an empty list as {}: read a missing one as []. */
  services?: MicroService[];
}

/** §5.4 POST /v4/{project_id}/registry/microservices, Table 5-6. */
export interface CreateServiceRequest {
  service: MicroService;
  rules?: Rule[];
  instances?: MicroServiceInstance[];
  tags?: Record<string, string>;
}

/** §5.4 answer, Table 5-7; also the answer of existence for type=microservice (Table 5-21). */
export interface CreateServiceResponse {
  serviceId: string;
}

/** §5.5 PUT .../microservices/{serviceId}/properties, Table 5-9: replaces the whole map. */
export interface UpdatePropertiesRequest {
  properties?: Properties;
}

/** §5.6 GET .../microservices/{serviceId}/schemas/{schemaId}, Table 5-11 (summary in X-Schema-Summary). */
export interface GetSchemaResponse {
  schema: string;
}

/** §5.7 PUT .../microservices/{serviceId}/schemas/{schemaId}, Table 5-13. */
export interface PutSchemaRequest {
  schema: string;
  summary?: string;
}

/** §5.23 GET .../microservices/{serviceId}/schemas?withSchema=0|1, Table 5-62. */
export interface GetSchemasResponse {
  /** service-center answers an empty list as {}: read a missing one as []. */
  schemas?: Schema[];
}

/** Table 5-16 MicroServiceDependency. */
export interface MicroServiceDependency {
  consumer: DependencyMicroService;
  providers?: DependencyMicroService[];
}

/** §5.8 PUT /v4/{project_id}/registry/dependencies, Table 5-15: 1-100 dependencies; overrides each consumer's providers. */
export interface PutDependenciesRequest {
  dependencies: MicroServiceDependency[];
}

/** §5.9 GET .../microservices/{serviceId}/providers, Table 5-18. */
export interface GetProvidersResponse {
  /** service-center answers an empty list as {}: read a missing one as []. */
  providers?: MicroService[];
}

/** §5.10 GET /v4/{project_id}/registry/existence query, Table 5-20. */
export interface ExistenceQuery {
  type: ExistenceType;
  /** type=microservice; default development. */
  env?: ServiceEnvironment;
  /** type=microservice. */
  appId?: string;
  /** type=microservice. */
  serviceName?: string;
  /** type=microservice: an exact version. */
  version?: string;
  /** type=schema. */
  serviceId?: string;
  /** type=schema. */
  schemaId?: string;
}

/** §5.10 answer, Table 5-21: `{serviceId}` for a microservice, `{serviceId, schemaId}` for a schema (summary in X-Schema-Summary). */
export interface ExistenceResponse {
  serviceId?: string;
  schemaId?: string;
}

/** §5.11 POST .../microservices/{serviceId}/instances, Table 5-23. */
export interface RegisterInstanceRequest {
  instance: MicroServiceInstance;
}

/** §5.11 answer, Table 5-24. */
export interface RegisterInstanceResponse {
  instanceId: string;
}

/** §5.12 and §5.18 answers, Tables 5-27 and 5-39. X-Resource-Revision carries the revision. */
export interface GetInstancesResponse {
  /** service-center answers an empty list as {}: read a missing one as []. */
  instances?: MicroServiceInstance[];
}

/** §5.14 GET .../instances/{instanceId}, Table 5-30. */
export interface GetInstanceResponse {
  instance: MicroServiceInstance;
}

/** §5.15 PUT .../instances/{instanceId}/properties, Table 5-32: replaces the whole map. */
export type UpdateInstancePropertiesRequest = UpdatePropertiesRequest;

/** §5.18 GET /v4/{project_id}/registry/instances query, Table 5-37 (plus `rev`, service-center). */
export interface FindInstancesQuery {
  appId: string;
  serviceName: string;
  /** Version rule: exact "0.0.1", "0.0.1+", "latest" or a range "0.1.0-0.2.0" (lower inclusive, upper exclusive). */
  version: string;
  /** Default development. */
  env?: ServiceEnvironment;
  /** Comma-separated tag keys the service must have, each `^[a-zA-Z][a-zA-Z0-9_\-\.]{0,63}$`. */
  tags?: string;
  /** The revision the caller holds: 304 with no body when unchanged. */
  rev?: string;
}

/** Table 5-54 FindService. */
export interface FindService {
  service: DependencyMicroService;
  /** Revision the client holds for this entry. */
  rev?: string;
}

/** Table 5-55 FindInstance. */
export interface FindInstance {
  instance: HeartbeatSetElement;
  rev?: string;
}

/** §5.22 POST /v4/{project_id}/registry/instances/action?type=query, Table 5-53; at least one list must be non-empty. */
export interface BatchFindRequest {
  services?: FindService[];
  instances?: FindInstance[];
}

/** Table 5-59 FindResult. */
export interface FindResult {
  /** Index of the entry in the request list. */
  index: number;
  /** The entry's current revision. */
  rev: string;
  /** service-center leaves an empty list out; read a missing one as []. */
  instances?: MicroServiceInstance[];
}

/** Table 5-58 FindFailedResult: entries that failed with the same error code. */
export interface FindFailedResult {
  indexes: number[];
  error: CseErrorBody;
}

/** Table 5-57 BatchFindResult. Empty lists are left out (as service-center does); read them as []. */
export interface BatchFindResult {
  failed?: FindFailedResult[];
  /** Indexes whose `rev` is current. */
  notModified?: number[];
  updated?: FindResult[];
}

/** §5.22 answer, Table 5-56: a key per list present in the request. */
export interface BatchFindResponse {
  services?: BatchFindResult;
  instances?: BatchFindResult;
}

/** §5.21 DELETE /v4/{project_id}/registry/microservices, Table 5-48. */
export interface DeleteServicesRequest {
  serviceIds: string[];
  /** Default false. */
  force?: boolean;
}

/** §5.21 answer, Table 5-49: one entry per requested id. */
export interface DeleteServicesResponse {
  services: DelServicesResponse[];
}

// ---------------------------------------------------------------------------------------------
// Config center (§5.19)
// ---------------------------------------------------------------------------------------------

/** §5.19 GET /v3/{project_id}/configuration/items query, Table 5-41. */
export interface ConfigItemsQuery {
  /** "{serviceName}@{appId}#{version}" or "{serviceName}@{appId}"; no spaces nor `$%^&+/\`. */
  dimensionsInfo: string;
  /** Regular expression over keys. */
  keyFilter?: string;
  /** The revision the caller holds: 304 with no body when unchanged. */
  revision?: string;
}

/** Table 5-44. (A type alias, not an interface, so it fits the dimension maps' index signature.) */
export type ConfigRevision = {
  version: string;
};

/**
 * §5.19 answer, Table 5-43: one key/value map per dimension ("svc@app" and, when a version was asked,
 * "svc@app#ver"), plus `revision`.
 */
export interface ConfigItemsResponse {
  [dimension: string]: Record<string, string>;
  revision: ConfigRevision;
}
