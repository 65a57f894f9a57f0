/**
 * Instance discovery: find by version rule (reference §5.18) and batch find (§5.22), with the
 * revisions that let a caller ask "anything new?" for free.
 */
import { invalidField, invalidParams, RegistryError } from './errors.js';
import type { ServiceRecord } from './model.js';
import type { ServiceCatalog } from './services.js';
import { DIALECTS, type Dialect } from './flavour.js';
import { checkAppId, checkEnvironment, checkInstanceId, checkList, checkServiceId, checkServiceName, checkTagKeys, checkVersionRule, isObject, type DependencyKey } from './validate.js';
import { parseVersionRule, selectVersions } from './versions.js';
import { revisionOf } from './revisions.js';
import type { BatchFindResult, FindFailedResult, FindResult, HeartbeatSetElement, MicroServiceInstance } from '../../wire/cse.js';
import type { CseErrorBody } from '../../wire/common.js';
import type { InstanceView } from './instances.js';

/** What find asks: a provider key (version is a rule) and tag keys. */
export interface FindKey extends DependencyKey {
  tags: string[];
}

/** Raw query values of §5.18 Table 5-37. */
export interface FindQueryInput {
  appId?: string | undefined;
  serviceName?: string | undefined;
  version?: string | undefined;
  env?: string | undefined;
  tags?: string | undefined;
}

/**
 * Validates §5.18's query; env defaults to `fallbackEnv` (the consumer's) or the dialect's default.
 * A dialect that ignores version rules (service-center 2.1+) does not look at `version` at all.
 */
export function validateFindQuery(q: FindQueryInput, fallbackEnv?: DependencyKey['environment'], dialect: Dialect = DIALECTS.reference): FindKey {
  return {
    appId: checkAppId(q.appId, 'appId'),
    serviceName: checkServiceName(q.serviceName, 'serviceName'),
    version: dialect.versionRulesInFind ? checkVersionRule(q.version, 'version') : (q.version ?? ''),
    environment: q.env === undefined || q.env === '' ? (fallbackEnv ?? dialect.defaultEnvironment) : checkEnvironment(q.env, 'env'),
    tags: checkTagKeys(q.tags),
  };
}

/**
 * The services a find matches. Unknown name -> 400012; an exact version that does not exist -> 400012;
 * a known name whose versions do not match the rule -> none (registry-behaviour.md).
 */
export function matchServices(catalog: ServiceCatalog, key: FindKey, dialect: Dialect = DIALECTS.reference): ServiceRecord[] {
  const named = catalog.named(key.environment, key.appId, key.serviceName);
  if (named.length === 0) {
    throw new RegistryError('400012', `service ${key.environment}/${key.appId}/${key.serviceName} does not exist.`);
  }
  // service-center 2.1+: every version of the name, whatever the rule said.
  if (!dialect.versionRulesInFind) return named.filter((r) => key.tags.every((t) => Object.hasOwn(r.tags, t)));
  const rule = parseVersionRule(key.version);
  if (!rule) throw invalidField('version', key.version, 'a version rule');
  const matched = selectVersions(rule, named.map((r) => r.service)).map((s) => catalog.require(s.serviceId));
  if (rule.kind === 'exact' && matched.length === 0) {
    throw new RegistryError('400012', `service ${key.environment}/${key.appId}/${key.serviceName} has no version ${key.version}.`);
  }
  return matched.filter((r) => key.tags.every((t) => Object.hasOwn(r.tags, t)));
}

/** Instances of the matched services and the revision of that answer. */
export function instancesOf(instances: InstanceView, services: readonly ServiceRecord[]): { instances: MicroServiceInstance[]; revision: string } {
  const ids = services.map((s) => s.service.serviceId).sort();
  return {
    instances: ids.flatMap((id) => instances.list(id).map((r) => structuredClone(r.instance))),
    revision: revisionOf(['find', ...ids.map((id) => `${id}:${instances.epoch(id)}`)]),
  };
}

/** The revision of one instance (get one instance, batch find by instance). */
export function instanceRevision(serviceId: string, instanceId: string, rev: number): string {
  return revisionOf(['instance', serviceId, instanceId, rev]);
}

// --- batch find ----------------------------------------------------------------------------------

export interface BatchQuery<T> {
  index: number;
  key: T;
  rev: string | undefined;
}

/** Validates §5.22's body: at least one entry; entries are validated up front (one bad entry fails the request). */
export function validateBatchFind(
  body: unknown,
  fallbackEnv?: DependencyKey['environment'],
  dialect: Dialect = DIALECTS.reference,
): { services: BatchQuery<FindKey>[]; instances: BatchQuery<HeartbeatSetElement>[] } {
  if (body !== undefined && !isObject(body)) throw invalidField('FindInstancesRequest', body, 'a body {services?, instances?}');
  const rawServices = checkList('services', body?.services, 1000);
  const rawInstances = checkList('instances', body?.instances, 1000);
  if (rawServices.length === 0 && rawInstances.length === 0) throw invalidParams('services and instances are both empty: nothing to find.');
  const rev = (entry: Record<string, unknown>, field: string): string | undefined => {
    if (entry.rev === undefined || entry.rev === null || entry.rev === '') return undefined;
    if (typeof entry.rev !== 'string') throw invalidField(field, entry.rev, 'a string');
    return entry.rev;
  };
  const services = rawServices.map((entry, index) => {
    if (!isObject(entry) || !isObject(entry.service)) throw invalidField(`services[${index}].service`, entry, 'a FindService {service, rev?}');
    const s = entry.service;
    const key = validateFindQuery({
      appId: s.appId as string | undefined,
      serviceName: s.serviceName as string | undefined,
      version: s.version as string | undefined,
      env: s.environment as string | undefined,
    }, fallbackEnv, dialect);
    return { index, key, rev: rev(entry, `services[${index}].rev`) };
  });
  const instances = rawInstances.map((entry, index) => {
    if (!isObject(entry) || !isObject(entry.instance)) throw invalidField(`instances[${index}].instance`, entry, 'a FindInstance {instance, rev?}');
    const key: HeartbeatSetElement = {
      serviceId: checkServiceId(entry.instance.serviceId, `instances[${index}].instance.serviceId`),
      instanceId: checkInstanceId(entry.instance.instanceId, `instances[${index}].instance.instanceId`),
    };
    return { index, key, rev: rev(entry, `instances[${index}].rev`) };
  });
  return { services, instances };
}

/**
 * Runs each entry and sorts the outcomes into updated / notModified / failed (failures grouped by
 * error code, as service-center does). Empty lists are left out.
 */
export function batchResult<T>(
  entries: readonly BatchQuery<T>[],
  run: (key: T) => { instances: MicroServiceInstance[]; revision: string },
  toErrorBody: (err: RegistryError) => CseErrorBody,
): BatchFindResult {
  const updated: FindResult[] = [];
  const notModified: number[] = [];
  const failed = new Map<string, FindFailedResult>();
  for (const { index, key, rev } of entries) {
    try {
      const found = run(key);
      if (rev !== undefined && rev === found.revision) notModified.push(index);
      else updated.push({ index, rev: found.revision, instances: found.instances });
    } catch (err) {
      if (!(err instanceof RegistryError)) throw err;
      const group = failed.get(err.code);
      if (group) group.indexes.push(index);
      else failed.set(err.code, { indexes: [index], error: toErrorBody(err) });
    }
  }
  const result: BatchFindResult = {};
  if (failed.size > 0) result.failed = [...failed.values()];
  if (notModified.length > 0) result.notModified = notModified;
  if (updated.length > 0) result.updated = updated;
  return result;
}
