/**
 * Input validation with the reference's patterns and lengths (chapter 5 parameter tables, chapter 6
 * data structures). Every failure is a 400001 whose detail names the field, as service-center words it.
 */
import { invalidField, invalidParams } from './errors.js';
import { isVersion, parseVersionRule } from './versions.js';
import { DIALECTS, type Dialect } from './flavour.js';
import type {
  DataCenterInfo,
  Framework,
  HealthCheckMode,
  InstanceStatus,
  MicroService,
  Properties,
  RegisterBy,
  Rule,
  ServiceEnvironment,
  ServiceLevel,
  ServicePath,
  ServiceStatus,
} from '../../wire/cse.js';

/** Patterns of the reference, quoted as it gives them. */
export const PATTERNS = {
  /** appId and serviceName, Table 6-10. */
  name: /^[a-zA-Z0-9]*$|^[a-zA-Z0-9][a-zA-Z0-9_\-.]*[a-zA-Z0-9]$/,
  /** Tables 5-28, 6-3. */
  instanceId: /^[A-Za-z0-9_.-]*$/,
  /** Table 5-12. */
  schemaId: /^[a-zA-Z0-9]{1,160}$|^[a-zA-Z0-9][a-zA-Z0-9_\-.]{0,158}[a-zA-Z0-9]$/,
  /** Table 6-18: letters and digits only. */
  summary: /^[a-zA-Z0-9]*$/,
  /** Table 6-10. */
  alias: /^[a-zA-Z0-9_\-.:]*$/,
  /** Table 6-17. */
  dataCenter: /^[a-zA-Z0-9_.-]+$/,
  /** Table 5-37 (find) tags; also used for tag keys given at creation. */
  tag: /^[a-zA-Z][a-zA-Z0-9_\-.]{0,63}$/,
  /** Table 6-11 ServicePath.Path. */
  path: /^[a-zA-Z0-9.,?'\\/+&%$#=~_\-@{}]+$/,
} as const;

/** The named environments; "" (none) is allowed where the dialect keeps it (checkEnvironment). */
export const ENVIRONMENTS: readonly ServiceEnvironment[] = ['development', 'testing', 'acceptance', 'production'];
const REFERENCE = DIALECTS.reference;
export const INSTANCE_STATUSES: readonly InstanceStatus[] = ['UP', 'DOWN', 'STARTING', 'TESTING', 'OUTOFSERVICE'];
const SERVICE_STATUSES: readonly ServiceStatus[] = ['UP', 'DOWN'];
const LEVELS: readonly ServiceLevel[] = ['FRONT', 'MIDDLE', 'BACK'];
const REGISTER_BY: readonly RegisterBy[] = ['SDK', 'PLATFORM', 'SIDECAR', 'UNKNOWN'];
const HEALTH_CHECK_MODES: readonly HealthCheckMode[] = ['push', 'pull'];

export const DEFAULT_ENVIRONMENT: ServiceEnvironment = 'development';
export const DEFAULT_APP_ID = 'default';

interface StringRule {
  min: number;
  max: number;
  pattern?: RegExp;
  /** Count UTF-8 bytes instead of characters (the reference says "bytes" for these fields). */
  bytes?: boolean;
  /** How the rule reads in the error detail. */
  describe: string;
}

const RULES = {
  serviceId: { min: 1, max: 64, describe: '1-64 characters' },
  appId: { min: 1, max: 160, pattern: PATTERNS.name, describe: `1-160 characters, ${PATTERNS.name.source}` },
  serviceName: { min: 1, max: 128, pattern: PATTERNS.name, describe: `1-128 characters, ${PATTERNS.name.source}` },
  instanceId: { min: 1, max: 64, pattern: PATTERNS.instanceId, describe: `1-64 characters, ${PATTERNS.instanceId.source}` },
  schemaId: { min: 1, max: 160, pattern: PATTERNS.schemaId, describe: `1-160 characters, ${PATTERNS.schemaId.source}` },
  schema: { min: 1, max: 2048, bytes: true, describe: '1-2048 bytes' },
  summary: { min: 0, max: 128, bytes: true, pattern: PATTERNS.summary, describe: 'at most 128 letters and digits' },
  description: { min: 0, max: 256, describe: 'at most 256 characters' },
  alias: { min: 1, max: 128, pattern: PATTERNS.alias, describe: `1-128 characters, ${PATTERNS.alias.source}` },
  hostName: { min: 1, max: 64, describe: '1-64 characters' },
  dataCenter: { min: 1, max: 128, bytes: true, pattern: PATTERNS.dataCenter, describe: `1-128 bytes, ${PATTERNS.dataCenter.source}` },
  path: { min: 1, max: 160, bytes: true, pattern: PATTERNS.path, describe: `1-160 bytes, ${PATTERNS.path.source}` },
  frameworkName: { min: 0, max: 64, describe: 'at most 64 characters' },
  frameworkVersion: { min: 1, max: 64, bytes: true, describe: '1-64 bytes' },
  endpoint: { min: 1, max: 512, describe: '1-512 characters' },
  tagValue: { min: 0, max: 128, describe: 'at most 128 characters' },
  rulePattern: { min: 1, max: 64, describe: '1-64 characters, a regular expression' },
  ruleAttribute: { min: 1, max: 64, describe: '"tag_xxx", ServiceId, AppId, ServiceName, Version, Description, Level or Status' },
} as const satisfies Record<string, StringRule>;

const VERSION_RULE = '1-64 characters, ^[0-9]*$|^[0-9]+(\\.[0-9]+)*$, 1-4 parts of 0-32767';
const VERSION_RULE_RULE = 'an exact version, "latest", "X+" or a range "A-B"';

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function checkString(field: string, value: unknown, rule: StringRule): string {
  if (typeof value !== 'string') throw invalidField(field, value, rule.describe);
  const length = rule.bytes ? Buffer.byteLength(value, 'utf8') : value.length;
  if (length < rule.min || length > rule.max || (rule.pattern && !rule.pattern.test(value))) {
    throw invalidField(field, value, rule.describe);
  }
  return value;
}

function optionalString(field: string, value: unknown, rule: StringRule): string | undefined {
  return value === undefined || value === null ? undefined : checkString(field, value, rule);
}

function checkEnum<T extends string>(field: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw invalidField(field, value, `one of ${allowed.join(', ')}`);
  }
  return value as T;
}

function optionalEnum<T extends string>(field: string, value: unknown, allowed: readonly T[]): T | undefined {
  return value === undefined || value === null || value === '' ? undefined : checkEnum(field, value, allowed);
}

// --- single fields ------------------------------------------------------------------------------

export const checkServiceId = (value: unknown, field = 'MicroService.ServiceId') => checkString(field, value, RULES.serviceId);
export const checkAppId = (value: unknown, field = 'MicroService.AppId') => checkString(field, value, RULES.appId);
export const checkServiceName = (value: unknown, field = 'MicroService.ServiceName') => checkString(field, value, RULES.serviceName);
export const checkInstanceId = (value: unknown, field = 'MicroServiceInstance.InstanceId') => checkString(field, value, RULES.instanceId);
export const checkSchemaId = (value: unknown, field = 'Schema.SchemaId') => checkString(field, value, RULES.schemaId);
export const checkSchemaContent = (value: unknown) => checkString('Schema.Schema', value, RULES.schema);
export const checkSummary = (value: unknown) => optionalString('Schema.Summary', value, RULES.summary);

/** An exact version. */
export function checkVersion(value: unknown, field = 'MicroService.Version'): string {
  if (typeof value !== 'string' || !isVersion(value)) throw invalidField(field, value, VERSION_RULE);
  return value;
}

/** A version rule (exact, latest, X+, A-B). */
export function checkVersionRule(value: unknown, field: string): string {
  if (typeof value !== 'string' || !parseVersionRule(value)) throw invalidField(field, value, VERSION_RULE_RULE);
  return value;
}

/** Missing or empty: the dialect's default (reference Table 6-10: development; service-center: "" of its own). */
export function checkEnvironment(value: unknown, field = 'MicroService.Environment', fallback: ServiceEnvironment = DEFAULT_ENVIRONMENT): ServiceEnvironment {
  return optionalEnum(field, value, ENVIRONMENTS) ?? fallback;
}

export function checkInstanceStatus(value: unknown, field = 'MicroServiceInstance.Status'): InstanceStatus {
  return checkEnum(field, value, INSTANCE_STATUSES);
}

/** Missing: {}. Values must be strings. */
export function checkProperties(value: unknown, field: string): Properties {
  if (value === undefined || value === null) return {};
  if (!isObject(value)) throw invalidField(field, value, 'a map of strings');
  const out: Properties = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === '' || typeof v !== 'string') throw invalidField(`${field}.${k}`, v, 'a non-empty key with a string value');
    out[k] = v;
  }
  return out;
}

/** Find's `tags` query: comma-separated keys, each `^[a-zA-Z][a-zA-Z0-9_\-\.]{0,63}$`. */
export function checkTagKeys(value: string | undefined): string[] {
  if (value === undefined || value === '') return [];
  return value.split(',').map((t) => checkString('tags', t.trim(), { min: 1, max: 64, pattern: PATTERNS.tag, describe: PATTERNS.tag.source }));
}

/** Tags given at creation (§5.4 Table 5-6): keys as find's tag keys, string values. */
export function checkTags(value: unknown): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (!isObject(value)) throw invalidField('tags', value, 'a map of strings');
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    checkString('tags', k, { min: 1, max: 64, pattern: PATTERNS.tag, describe: PATTERNS.tag.source });
    out[k] = checkString(`tags.${k}`, v, RULES.tagValue);
  }
  return out;
}

// --- structures ---------------------------------------------------------------------------------

/** A MicroService to create, with the defaults of Table 6-10 applied; timestamps and schema content are the server's. */
export type ServiceInput = Omit<MicroService, 'timestamp' | 'modTimestamp'> & {
  environment: ServiceEnvironment;
  level: ServiceLevel;
  status: ServiceStatus;
  schemas: string[];
  framework: Framework;
};

export function validateService(raw: unknown, dialect: Dialect = REFERENCE): ServiceInput {
  if (!isObject(raw)) throw invalidField('MicroService', raw, 'a MicroService object');
  const serviceId = raw.serviceId === undefined || raw.serviceId === '' ? undefined : checkServiceId(raw.serviceId);
  const environment = checkEnvironment(raw.environment, 'MicroService.Environment', dialect.defaultEnvironment);
  const appId = raw.appId === undefined || raw.appId === '' ? DEFAULT_APP_ID : checkAppId(raw.appId);
  const serviceName = checkServiceName(raw.serviceName);
  const version = (raw.version === undefined || raw.version === '') && dialect.defaultVersion ? dialect.defaultVersion : checkVersion(raw.version);
  const description = optionalString('MicroService.Description', raw.description, RULES.description);
  const level = optionalEnum('MicroService.Level', raw.level, LEVELS) ?? 'BACK';
  const status = optionalEnum('MicroService.Status', raw.status, SERVICE_STATUSES) ?? 'UP';
  const registerBy = optionalEnum('MicroService.RegisterBy', raw.registerBy, REGISTER_BY);
  const alias = raw.alias === '' ? undefined : optionalString('MicroService.Alias', raw.alias, RULES.alias);
  const schemas = validateSchemaIds(raw.schemas);
  const paths = validatePaths(raw.paths);
  const framework = validateFramework(raw.framework);
  const properties = raw.properties === undefined ? undefined : checkProperties(raw.properties, 'MicroService.Properties');
  const out: ServiceInput = { environment, appId, serviceName, version, level, status, schemas, framework };
  if (serviceId !== undefined) out.serviceId = serviceId;
  if (description !== undefined) out.description = description;
  if (registerBy !== undefined) out.registerBy = registerBy;
  if (alias !== undefined) out.alias = alias;
  if (paths !== undefined) out.paths = paths;
  if (properties !== undefined) out.properties = properties;
  return out;
}

function validateSchemaIds(raw: unknown): string[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw invalidField('MicroService.Schemas', raw, 'an array of schema ids');
  const ids = raw.map((id) => checkSchemaId(id, 'MicroService.Schemas'));
  return [...new Set(ids)];
}

function validatePaths(raw: unknown): ServicePath[] | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!Array.isArray(raw)) throw invalidField('MicroService.Paths', raw, 'an array of ServicePath');
  return raw.map((p) => {
    if (!isObject(p)) throw invalidField('MicroService.Paths', p, 'a ServicePath object');
    const path: ServicePath = {};
    if (p.Path !== undefined) path.Path = checkString('MicroService.Paths.Path', p.Path, RULES.path);
    if (p.Property !== undefined) path.Property = checkProperties(p.Property, 'MicroService.Paths.Property');
    return path;
  });
}

function validateFramework(raw: unknown): Framework {
  if (raw === undefined || raw === null) return { name: 'UNKNOWN' };
  if (!isObject(raw)) throw invalidField('MicroService.Framework', raw, 'a Framework object');
  const name = optionalString('MicroService.Framework.Name', raw.name, RULES.frameworkName);
  const version = optionalString('MicroService.Framework.Version', raw.version, RULES.frameworkVersion);
  const framework: Framework = { name: name || 'UNKNOWN' };
  if (version !== undefined) framework.version = version;
  return framework;
}

/** A MicroServiceInstance to register; `healthCheck` is checked here and normalized by leases.ts. */
export interface InstanceInput {
  instanceId?: string;
  hostName: string;
  endpoints: string[];
  status: InstanceStatus;
  properties?: Properties;
  healthCheck?: { mode: HealthCheckMode; port?: number; interval?: number; times?: number };
  dataCenterInfo?: DataCenterInfo;
}

export function validateInstance(raw: unknown, field = 'MicroServiceInstance', dialect: Dialect = REFERENCE): InstanceInput {
  if (!isObject(raw)) throw invalidField(field, raw, 'a MicroServiceInstance object');
  const instanceId = raw.instanceId === undefined || raw.instanceId === '' ? undefined : checkInstanceId(raw.instanceId, `${field}.InstanceId`);
  const hostName = checkString(`${field}.HostName`, raw.hostName, RULES.hostName);
  const optional = !dialect.endpointsRequired && (raw.endpoints === undefined || raw.endpoints === null || (Array.isArray(raw.endpoints) && raw.endpoints.length === 0));
  if (!optional && (!Array.isArray(raw.endpoints) || raw.endpoints.length === 0)) {
    throw invalidField(`${field}.Endpoints`, raw.endpoints, 'a non-empty array of endpoints such as "rest:127.0.0.1:8080"');
  }
  const endpoints = optional ? [] : (raw.endpoints as unknown[]).map((e) => checkString(`${field}.Endpoints`, e, RULES.endpoint));
  const status = raw.status === undefined || raw.status === '' ? 'UP' : checkInstanceStatus(raw.status, `${field}.Status`);
  const out: InstanceInput = { hostName, endpoints, status };
  if (instanceId !== undefined) out.instanceId = instanceId;
  if (raw.properties !== undefined) out.properties = checkProperties(raw.properties, `${field}.Properties`);
  if (raw.healthCheck !== undefined && raw.healthCheck !== null) out.healthCheck = validateHealthCheck(raw.healthCheck, `${field}.HealthCheck`);
  if (raw.dataCenterInfo !== undefined && raw.dataCenterInfo !== null) out.dataCenterInfo = validateDataCenter(raw.dataCenterInfo, `${field}.DataCenterInfo`);
  return out;
}

function validateHealthCheck(raw: unknown, field: string): NonNullable<InstanceInput['healthCheck']> {
  if (!isObject(raw)) throw invalidField(field, raw, 'a HealthCheck object');
  const mode = checkEnum(`${field}.Mode`, raw.mode, HEALTH_CHECK_MODES);
  const int = (name: string, v: unknown, max: number): number | undefined => {
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max) throw invalidField(`${field}.${name}`, v, `an integer from 0 to ${max}`);
    return v;
  };
  const out: NonNullable<InstanceInput['healthCheck']> = { mode };
  const port = int('Port', raw.port, 65535);
  const interval = int('Interval', raw.interval, 4_294_967_295);
  const times = int('Times', raw.times, 4_294_967_295);
  if (port !== undefined) out.port = port;
  if (interval !== undefined) out.interval = interval;
  if (times !== undefined) out.times = times;
  return out;
}

function validateDataCenter(raw: unknown, field: string): DataCenterInfo {
  if (!isObject(raw)) throw invalidField(field, raw, 'a DataCenterInfo object');
  return {
    name: checkString(`${field}.Name`, raw.name, RULES.dataCenter),
    region: checkString(`${field}.Region`, raw.region, RULES.dataCenter),
    availableZone: checkString(`${field}.AvailableZone`, raw.availableZone, RULES.dataCenter),
  };
}

export function validateRules(raw: unknown): Rule[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw invalidField('rules', raw, 'an array of Rule');
  return raw.map((r) => {
    if (!isObject(r)) throw invalidField('Rule', r, 'a Rule object');
    const ruleType = checkEnum('Rule.RuleType', r.ruleType, ['WHITE', 'BLACK'] as const);
    const attribute = checkString('Rule.Attribute', r.attribute, RULES.ruleAttribute);
    if (!/^tag_.+$|^(ServiceId|AppId|ServiceName|Version|Description|Level|Status)$/.test(attribute)) {
      throw invalidField('Rule.Attribute', attribute, RULES.ruleAttribute.describe);
    }
    const pattern = checkString('Rule.Pattern', r.pattern, RULES.rulePattern);
    try {
      new RegExp(pattern);
    } catch {
      throw invalidField('Rule.Pattern', pattern, RULES.rulePattern.describe);
    }
    const rule: Rule = { ruleType, attribute, pattern };
    const description = optionalString('Rule.Description', r.description, RULES.description);
    if (description !== undefined) rule.description = description;
    return rule;
  });
}

/** A dependency key with its defaults applied: a consumer (exact, existing) or a provider rule ("*" = every service). */
export interface DependencyKey {
  environment: ServiceEnvironment;
  appId: string;
  serviceName: string;
  /** Exact version for a consumer; a version rule for a provider; "" for a "*" provider. */
  version: string;
}

/** Table 6-14 for a consumer: serviceName not "*", version exact. */
export function validateConsumerKey(raw: unknown, field: string, dialect: Dialect = REFERENCE): DependencyKey {
  if (!isObject(raw)) throw invalidField(field, raw, 'a DependencyMicroService object');
  if (raw.serviceName === '*') throw invalidField(`${field}.ServiceName`, raw.serviceName, 'a consumer cannot be "*"');
  return {
    environment: checkEnvironment(raw.environment, `${field}.Environment`, dialect.defaultEnvironment),
    appId: raw.appId === undefined || raw.appId === '' ? DEFAULT_APP_ID : checkAppId(raw.appId, `${field}.AppId`),
    serviceName: checkServiceName(raw.serviceName, `${field}.ServiceName`),
    version: checkVersion(raw.version, `${field}.Version`),
  };
}

/** Table 6-14 for a provider; appId and environment default to the consumer's (registry-behaviour.md). */
export function validateProviderKey(raw: unknown, field: string, defaults: { environment: ServiceEnvironment; appId: string }, dialect: Dialect = REFERENCE): DependencyKey {
  if (!isObject(raw)) throw invalidField(field, raw, 'a DependencyMicroService object');
  const environment = raw.environment === undefined || raw.environment === '' ? defaults.environment : checkEnvironment(raw.environment, `${field}.Environment`);
  if (raw.serviceName === '*' && !dialect.starProviders) throw invalidField(`${field}.ServiceName`, raw.serviceName, 'a service name; "*" providers are not supported (removed in service-center 2.1)');
  if (raw.serviceName === '*') {
    // "*" is every service of the tenant; appId and version may be omitted (Table 6-14).
    return { environment, appId: '', serviceName: '*', version: '' };
  }
  return {
    environment,
    appId: raw.appId === undefined || raw.appId === '' ? defaults.appId : checkAppId(raw.appId, `${field}.AppId`),
    serviceName: checkServiceName(raw.serviceName, `${field}.ServiceName`),
    version: checkVersionRule(raw.version, `${field}.Version`),
  };
}

/** A list in a body: missing -> [], otherwise an array of at most `max` entries. */
export function checkList(field: string, raw: unknown, max: number): unknown[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw invalidField(field, raw, 'an array');
  if (raw.length > max) throw invalidParams(`field '${field}' has ${raw.length} entries; at most ${max} are allowed.`);
  return raw;
}
