/**
 * The registry (CSE) of one project: microservices, schemas, dependencies, instances with leases,
 * discovery, and the config center. Domain only: inputs are plain values and parsed JSON, failures
 * are RegistryErrors; routes*.ts speak HTTP.
 */
import type { EmulatorClock } from '../clock.js';
import type { PlatformRegistry, ReplicaSet } from '../coupling.js';
import { ConfigCenter } from './config-center.js';
import { consumersOf, DependencyTable, resolveProviders, sameRule } from './dependencies.js';
import { batchResult, instanceRevision, instancesOf, matchServices, validateBatchFind, validateFindQuery, type FindQueryInput } from './discovery.js';
import { invalidField, invalidParams, quotaExceeded, RegistryError } from './errors.js';
import { InstanceStore, type RegisterOptions } from './instances.js';
import { DEFAULT_LIMITS, epochSeconds, type RegistryLimits, type ServiceRecord, type StoredService } from './model.js';
import { removeReplicas, syncReplicas, type PlatformHost } from './platform.js';
import { RevisionSequence } from './revisions.js';
import { getSchema, listSchemas, putSchema } from './schemas.js';
import { generateServiceId, newRule, newServiceRecord, ServiceCatalog, type ServiceKey } from './services.js';
import {
  checkAppId,
  checkEnvironment,
  checkInstanceStatus,
  checkList,
  checkProperties,
  checkSchemaId,
  checkServiceId,
  checkServiceName,
  checkString,
  checkTags,
  checkVersion,
  isObject,
  validateConsumerKey,
  validateInstance,
  validateProviderKey,
  validateRules,
  validateService,
  type DependencyKey,
  type ServiceInput,
} from './validate.js';
import { selectVersions } from './versions.js';
import { DIALECTS, type Dialect, type RegistryFlavour } from './flavour.js';
import type { CseErrorBody } from '../../wire/common.js';
import type { BatchFindResponse, DelServicesResponse, InstanceStatus, MicroService, MicroServiceInstance, Schema } from '../../wire/cse.js';

export interface RegistryOptions {
  projectId: string;
  clock: EmulatorClock;
  /** Lower quotas for tests; defaults from registry-behaviour.md. */
  limits?: Partial<RegistryLimits>;
  /** Which registry to behave as (flavour.ts); default reference. */
  flavour?: RegistryFlavour;
  /** Instance reads lag writes by this many emulator ms (service-center's cache); default 0. */
  readLagMs?: number;
}

/** A list of instances and the revision it answers (X-Resource-Revision). */
export interface InstancesAnswer {
  instances: MicroServiceInstance[];
  revision: string;
}

export interface ExistenceInput {
  type?: string | undefined;
  env?: string | undefined;
  appId?: string | undefined;
  serviceName?: string | undefined;
  version?: string | undefined;
  serviceId?: string | undefined;
  schemaId?: string | undefined;
}

export type ExistenceAnswer = { serviceId: string } | { serviceId: string; schemaId: string; summary: string };

/** How many dependencies one PUT /registry/dependencies may carry (Table 5-15). */
const MAX_DEPENDENCIES = 100;

export class Registry implements PlatformRegistry {
  readonly projectId: string;
  readonly config = new ConfigCenter();
  readonly limits: RegistryLimits;
  readonly dialect: Dialect;
  readonly #clock: EmulatorClock;
  readonly #services = new ServiceCatalog();
  readonly #instances: InstanceStore;
  readonly #dependencies = new DependencyTable();
  readonly #platform: PlatformHost;

  constructor(options: RegistryOptions) {
    this.projectId = options.projectId;
    this.#clock = options.clock;
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.dialect = DIALECTS[options.flavour ?? 'reference'];
    this.#instances = new InstanceStore({
      clock: options.clock,
      seq: new RevisionSequence(),
      limit: this.limits.instances,
      reRegisterReplaces: this.dialect.reRegisterReplaces,
      sameEndpointsSameId: this.dialect.sameEndpointsSameId,
      readLagMs: options.readLagMs ?? 0,
    });
    this.#platform = {
      instances: this.#instances,
      ensureService: (key) => this.#ensureService(key),
    };
  }

  // --- microservices (§5.2-§5.5, §5.20, §5.21) -------------------------------------------------

  getService(serviceId: string): MicroService {
    return structuredClone(this.#services.require(serviceId).service);
  }

  listServices(): MicroService[] {
    return this.#services.all().map((r) => structuredClone(r.service));
  }

  /**
   * §5.4 with its rules, instances and tags. A service whose key (environment, appId, serviceName,
   * version) exists answers its id when no other serviceId was asked for; a taken serviceId is 400010.
   */
  createService(body: unknown): string {
    if (!isObject(body)) throw invalidField('CreateServiceRequest', body, 'a body {service, rules?, instances?, tags?}');
    const input = validateService(body.service, this.dialect);
    const rules = validateRules(body.rules);
    const instances = checkList('instances', body.instances, this.limits.instances).map((i, n) => validateInstance(i, `instances[${n}]`, this.dialect));
    const tags = checkTags(body.tags);
    if (input.schemas.length > this.limits.schemasPerService) throw quotaExceeded('schemas of a service', this.limits.schemasPerService);

    const serviceId = this.#createOrFind(input);
    const record = this.#services.require(serviceId);
    this.#addTags(record, tags);
    for (const rule of rules) record.rules.push(newRule(rule, this.#clock.now()));
    for (const instance of instances) this.#instances.register(record.service, instance);
    return serviceId;
  }

  /** §5.5: replaces the service's properties. */
  updateServiceProperties(serviceId: string, body: unknown): void {
    const record = this.#services.require(serviceId);
    if (body !== undefined && !isObject(body)) throw invalidField('properties', body, 'a body {properties}');
    record.service.properties = checkProperties(body?.properties, 'MicroService.Properties');
    this.#touchService(record);
  }

  /**
   * §5.20. Without force, a service that others depend on (400023) or that has instances (400013) stays;
   * with force its instances, schemas, tags, rules and dependency records go too.
   */
  deleteService(serviceId: string, force: boolean): void {
    const record = this.#services.require(serviceId);
    if (!force) {
      const consumers = consumersOf(this.#dependencies, serviceId, this.#services.all());
      if (consumers.length > 0) {
        throw new RegistryError('400023', `service ${serviceId} is a provider of ${consumers.join(', ')}; delete with force=true to remove it anyway.`);
      }
      const count = this.#instances.list(serviceId).length;
      if (count > 0) throw new RegistryError('400013', `service ${serviceId} has ${count} instance(s); deregister them or delete with force=true.`);
    }
    this.#instances.removeService(serviceId);
    this.#dependencies.removeService(record.service);
    this.#services.remove(serviceId);
  }

  /** §5.21: one answer per requested id (in request order, duplicates once), with errMessage when it failed. */
  deleteServices(body: unknown): DelServicesResponse[] {
    if (!isObject(body)) throw invalidField('DelServicesRequest', body, 'a body {serviceIds, force?}');
    const ids = body.serviceIds;
    if (!Array.isArray(ids) || ids.length === 0) throw invalidField('DelServicesRequest.ServiceIds', ids, 'a non-empty array of service ids');
    if (body.force !== undefined && typeof body.force !== 'boolean') throw invalidField('DelServicesRequest.Force', body.force, 'true or false');
    const unique = [...new Set(ids.map((id) => checkServiceId(id, 'DelServicesRequest.ServiceIds')))];
    // service-center answers in no particular order: the emulator answers in reverse, so no caller can rely on the order.
    if (this.dialect.sparseShapes) unique.reverse();
    return unique.map((serviceId) => {
      try {
        this.deleteService(serviceId, body.force === true);
        return { serviceId };
      } catch (err) {
        if (!(err instanceof RegistryError)) throw err;
        return { serviceId, errMessage: `${err.code}: ${err.detail}` };
      }
    });
  }

  /** Adds tags to a service (given at creation, §5.4); at most limits.tagsPerService. */
  addTags(serviceId: string, tags: Record<string, string>): void {
    this.#addTags(this.#services.require(serviceId), checkTags(tags));
  }

  tagsOf(serviceId: string): Record<string, string> {
    return { ...this.#services.require(serviceId).tags };
  }

  // --- schemas (§5.6, §5.7, §5.23) -------------------------------------------------------------

  getSchema(serviceId: string, schemaId: string): { schema: string; summary?: string } {
    return { ...getSchema(this.#services.require(serviceId), schemaId) };
  }

  putSchema(serviceId: string, schemaId: string, body: unknown): void {
    putSchema(this.#services.require(serviceId), schemaId, body, this.limits.schemasPerService, this.#clock.now(), this.dialect.schemaEnvironmentRule);
  }

  listSchemas(serviceId: string, withSchema: string | undefined): Schema[] {
    return listSchemas(this.#services.require(serviceId), withSchema);
  }

  // --- dependencies (§5.8, §5.9) ----------------------------------------------------------------

  /** §5.8: every entry is checked before any is applied; each overrides its consumer's providers. */
  putDependencies(body: unknown): void {
    for (const { consumerId, providers } of this.#parseDependencies(body)) this.#dependencies.set(consumerId, providers);
  }

  /** service-center's POST /registry/dependencies: like PUT, but adds to the consumer's providers. */
  addDependencies(body: unknown): void {
    for (const { consumerId, providers } of this.#parseDependencies(body)) for (const p of providers) this.#dependencies.add(consumerId, p);
  }

  /** service-center's GET .../consumers: the services whose rules match this one. */
  getConsumers(serviceId: string): MicroService[] {
    this.#services.require(serviceId);
    return consumersOf(this.#dependencies, serviceId, this.#services.all()).map((id) => structuredClone(this.#services.require(id).service));
  }

  #parseDependencies(body: unknown): { consumerId: string; providers: DependencyKey[] }[] {
    if (!isObject(body)) throw invalidField('AddDependenciesRequest', body, 'a body {dependencies}');
    const raw = body.dependencies;
    if (!Array.isArray(raw) || raw.length < 1 || raw.length > MAX_DEPENDENCIES) {
      throw invalidField('AddDependenciesRequest.Dependencies', raw, `an array of 1-${MAX_DEPENDENCIES} dependencies`);
    }
    const parsed = raw.map((d, i) => {
      const field = `dependencies[${i}]`;
      if (!isObject(d)) throw invalidField(field, d, 'a MicroServiceDependency {consumer, providers?}');
      const consumer = validateConsumerKey(d.consumer, `${field}.consumer`, this.dialect);
      const providers: DependencyKey[] = [];
      for (const [j, p] of checkList(`${field}.providers`, d.providers, MAX_DEPENDENCIES).entries()) {
        const provider = validateProviderKey(p, `${field}.providers[${j}]`, consumer, this.dialect);
        if (providers.some((q) => sameRule(q, provider))) throw invalidParams(`${field}.providers[${j}] repeats a provider: ${describeKey(provider)}.`);
        providers.push(provider);
      }
      const consumerId = this.#findExact(consumer);
      if (!consumerId) throw new RegistryError('400012', `consumer ${describeKey(consumer)} does not exist.`);
      return { consumerId, providers };
    });
    return parsed;
  }

  getProviders(serviceId: string): MicroService[] {
    this.#services.require(serviceId);
    return resolveProviders(this.#dependencies, serviceId, this.#services.all()).map((s) => structuredClone(s));
  }

  // --- existence (§5.10) ------------------------------------------------------------------------

  existence(q: ExistenceInput): ExistenceAnswer {
    if (q.type === 'microservice') {
      const key: ServiceKey = {
        environment: checkEnvironment(q.env, 'env', this.dialect.defaultEnvironment),
        appId: checkAppId(q.appId, 'appId'),
        serviceName: checkServiceName(q.serviceName, 'serviceName'),
        version: checkVersion(q.version, 'version'),
      };
      const serviceId = this.#findExact(key);
      if (serviceId) return { serviceId };
      if (this.#services.named(key.environment, key.appId, key.serviceName).length > 0) {
        throw new RegistryError('400026', `service ${describeKey(key)}: version ${key.version} does not exist.`);
      }
      throw new RegistryError('400012', `service ${describeKey(key)} does not exist.`);
    }
    if (q.type === 'schema') {
      const serviceId = checkServiceId(q.serviceId, 'serviceId');
      const schemaId = checkSchemaId(q.schemaId, 'schemaId');
      const schema = getSchema(this.#services.require(serviceId), schemaId);
      return { serviceId, schemaId, summary: schema.summary ?? '' };
    }
    throw invalidField('type', q.type, 'microservice or schema');
  }

  // --- instances (§5.11-§5.17) ------------------------------------------------------------------

  registerInstance(serviceId: string, body: unknown, options: RegisterOptions = {}): string {
    const record = this.#services.require(serviceId);
    if (!isObject(body)) throw invalidField('RegisterInstanceRequest', body, 'a body {instance}');
    return this.#instances.register(record.service, validateInstance(body.instance, 'MicroServiceInstance', this.dialect), options);
  }

  /** §5.12: every instance of one service. */
  listInstances(serviceId: string, consumerId?: string): InstancesAnswer {
    const record = this.#services.require(serviceId);
    this.#consumer(consumerId);
    return instancesOf(this.#instances.view(), [record]);
  }

  /** §5.14. */
  getInstance(serviceId: string, instanceId: string, consumerId?: string): { instance: MicroServiceInstance; revision: string } {
    this.#services.require(serviceId);
    this.#consumer(consumerId);
    const record = this.#instances.view().get(serviceId, instanceId);
    if (!record) throw new RegistryError('400017', `instance ${serviceId}/${instanceId} does not exist.`);
    return { instance: structuredClone(record.instance), revision: instanceRevision(serviceId, instanceId, record.rev) };
  }

  deregisterInstance(serviceId: string, instanceId: string): void {
    this.#instances.deregister(serviceId, instanceId);
  }

  updateInstanceProperties(serviceId: string, instanceId: string, body: unknown): void {
    if (body !== undefined && !isObject(body)) throw invalidField('properties', body, 'a body {properties}');
    const properties = checkProperties(body?.properties, 'MicroServiceInstance.Properties');
    this.#instances.setProperties(serviceId, instanceId, properties);
  }

  /** §5.16: the value is checked before the instance (an empty or unknown value is 400001). */
  setInstanceStatus(serviceId: string, instanceId: string, value: string | undefined): void {
    const status: InstanceStatus = checkInstanceStatus(value, 'value');
    this.#instances.setStatus(serviceId, instanceId, status);
  }

  /** §5.17: only the instance is looked up (registry-behaviour.md). */
  heartbeat(serviceId: string, instanceId: string): void {
    this.#instances.heartbeat(serviceId, instanceId);
  }

  /** service-center's PUT /registry/heartbeats: one answer per instance, errMessage when it failed. */
  heartbeatSet(body: unknown): { serviceId: string; instanceId: string; errMessage?: string }[] {
    if (!isObject(body)) throw invalidField('HeartbeatSetRequest', body, 'a body {instances: [{serviceId, instanceId}]}');
    const raw = checkList('instances', body.instances, 1000);
    if (raw.length === 0) throw invalidField('HeartbeatSetRequest.Instances', body.instances, 'a non-empty array of {serviceId, instanceId}');
    const keys = raw.map((e, i) => {
      if (!isObject(e)) throw invalidField(`instances[${i}]`, e, 'a {serviceId, instanceId}');
      return { serviceId: checkServiceId(e.serviceId, `instances[${i}].serviceId`), instanceId: checkString(`instances[${i}].instanceId`, e.instanceId, { min: 1, max: 64, describe: '1-64 characters' }) };
    });
    return keys.map((k) => {
      try {
        this.#instances.heartbeat(k.serviceId, k.instanceId);
        return k;
      } catch (err) {
        if (!(err instanceof RegistryError)) throw err;
        return { ...k, errMessage: err.detail };
      }
    });
  }

  /** Makes every write so far visible to lagging reads at once (after seeding). */
  settle(): void {
    this.#instances.settle();
  }

  // --- discovery (§5.18, §5.22) -----------------------------------------------------------------

  /** §5.18. With a consumer, the env defaults to the consumer's and the dependency consumer -> provider is recorded. */
  find(query: FindQueryInput, consumerId?: string): InstancesAnswer {
    const consumer = consumerId === undefined ? undefined : this.#services.get(consumerId);
    const key = validateFindQuery(query, consumer?.service.environment, this.dialect);
    return this.#find(key, consumerId);
  }

  /** §5.22 (type=query is checked by the route). */
  batchFind(body: unknown, consumerId: string | undefined, toErrorBody: (err: RegistryError) => CseErrorBody): BatchFindResponse {
    const { services, instances } = validateBatchFind(body, consumerId === undefined ? undefined : this.#services.get(consumerId)?.service.environment, this.dialect);
    const answer: BatchFindResponse = {};
    if (services.length > 0) answer.services = batchResult(services, (key) => this.#find(key, consumerId), toErrorBody);
    if (instances.length > 0) {
      answer.instances = batchResult(
        instances,
        ({ serviceId, instanceId }) => {
          const { instance, revision } = this.getInstance(serviceId, instanceId, consumerId);
          return { instances: [instance], revision };
        },
        toErrorBody,
      );
    }
    return answer;
  }

  // --- platform (coupling.ts) -------------------------------------------------------------------

  syncReplicas(set: ReplicaSet): void {
    syncReplicas(this.#platform, set);
  }

  removeReplicas(owner: string): void {
    removeReplicas(this.#platform, owner);
  }

  /** Instances the platform registered for a CAS component instance. */
  replicasOf(owner: string): MicroServiceInstance[] {
    return [...this.#instances.all()].filter((r) => r.owner === owner).map((r) => structuredClone(r.instance));
  }

  // --- internals --------------------------------------------------------------------------------

  #find(key: ReturnType<typeof validateFindQuery>, consumerId: string | undefined): InstancesAnswer {
    const consumer = this.#consumer(consumerId);
    const services = matchServices(this.#services, key, this.dialect);
    if (consumer) {
      const { environment, appId, serviceName, version } = key;
      this.#dependencies.add(consumer.serviceId, { environment, appId, serviceName, version });
    }
    return instancesOf(this.#instances.view(), services);
  }

  /** The consumer named by X-ConsumerId, or 400012 when it does not exist. */
  #consumer(consumerId: string | undefined): StoredService | undefined {
    if (consumerId === undefined) return undefined;
    const record = this.#services.get(consumerId);
    if (!record) throw new RegistryError('400012', `consumer ${consumerId} does not exist.`);
    return record.service;
  }

  /** The id of the service with exactly this key; versions compare numerically ("1.0" is "1.0.0"). */
  #findExact(key: ServiceKey): string | undefined {
    const direct = this.#services.idByKey(key);
    if (direct) return direct;
    const named = this.#services.named(key.environment, key.appId, key.serviceName).map((r) => r.service);
    return selectVersions({ kind: 'exact', version: key.version }, named)[0]?.serviceId;
  }

  #createOrFind(input: ServiceInput): string {
    const existing = this.#services.idByKey(input);
    if (existing) {
      if (input.serviceId === undefined || input.serviceId === existing) return existing;
      throw new RegistryError('400010', `service ${describeKey(input)} already exists with serviceId ${existing}.`);
    }
    if (input.serviceId !== undefined && this.#services.get(input.serviceId)) {
      throw new RegistryError('400010', `serviceId ${input.serviceId} is already taken.`);
    }
    if (this.#services.size >= this.limits.services) throw quotaExceeded('microservices', this.limits.services);
    const serviceId = input.serviceId ?? generateServiceId(this.projectId, input, (id) => this.#services.get(id) !== undefined);
    this.#services.add(newServiceRecord(input, serviceId, this.#clock.now()));
    return serviceId;
  }

  /** The service with this key, created as registered by the platform when missing. */
  #ensureService(key: ServiceKey): StoredService {
    const serviceId = this.#createOrFind({ ...key, level: 'BACK', status: 'UP', schemas: [], framework: { name: 'UNKNOWN' }, registerBy: 'PLATFORM' });
    return this.#services.require(serviceId).service;
  }

  #addTags(record: ServiceRecord, tags: Record<string, string>): void {
    const merged = { ...record.tags, ...tags };
    if (Object.keys(merged).length > this.limits.tagsPerService) throw quotaExceeded(`tags of service ${record.service.serviceId}`, this.limits.tagsPerService);
    if (Object.keys(tags).length === 0) return;
    record.tags = merged;
    this.#touchService(record);
  }

  #touchService(record: ServiceRecord): void {
    record.service.modTimestamp = epochSeconds(this.#clock.now());
  }
}

function describeKey(k: { environment: string; appId: string; serviceName: string; version: string }): string {
  return `${k.environment}/${k.appId}/${k.serviceName}/${k.version || '*'}`;
}
