/**
 * Per-request loaders of registry data. Instances of many services load through one batch find
 * (§5.22); many services by ID through one list of all services (§5.3) instead of one call each.
 */
import DataLoader from 'dataloader';
import type { CseClient } from '../upstream/cse.js';
import { UpstreamError } from '../upstream/errors.js';
import { CseCode } from '../upstream/error-codes.js';
import { filterByRule } from '../upstream/version-rules.js';
import type { InstanceWrite, SessionWrites } from './recent-writes.js';
import { once, settleEach, type Memo } from './settle.js';
import type { MicroserviceInstanceModel, MicroserviceModel, MicroserviceSchemaModel } from './models.js';
import type * as Cse from '../wire/cse.js';

/** What identifies a service in a find: environment, appId, serviceName and an exact version. */
export interface ServiceKey {
  environment?: string;
  appId: string;
  serviceName: string;
  version: string;
}

export const serviceKeyOf = (s: Cse.MicroService): ServiceKey => ({
  environment: s.environment,
  appId: s.appId,
  serviceName: s.serviceName,
  version: s.version,
});

// "" and development are different services on service-center: never merge them in a key.
const keyString = (k: ServiceKey) => JSON.stringify([k.environment ?? '', k.appId, k.serviceName, k.version]);

/** The registry takes at most 1000 entries in each list of a batch find; more go out as further batches. */
export const BATCH_FIND_MAX = 1000;

/** A batch find entry's failure, as the error of the GET it stands for would be. */
function batchFindError(error: Cse.FindFailedResult['error']): UpstreamError {
  return new UpstreamError({
    kind: 'HTTP',
    api: 'cse',
    method: 'POST',
    route: '/v4/{project_id}/registry/instances/action',
    status: Math.floor(Number(error.errorCode) / 1000) || 400,
    upstreamCode: error.errorCode,
    upstreamMessage: error.errorMessage,
  });
}

function notFoundError(serviceId: string): UpstreamError {
  return new UpstreamError({
    kind: 'HTTP',
    api: 'cse',
    method: 'GET',
    route: '/v4/{project_id}/registry/microservices/{serviceId}',
    status: 400,
    upstreamCode: CseCode.SERVICE_NOT_FOUND,
    upstreamMessage: `Micro-service does not exist (serviceId ${serviceId})`,
  });
}

/** A component instance's replicas are found by name and version; the registry environment is not known from CAS. */
export interface ReplicaKey {
  appId: string;
  serviceName: string;
  version: string;
}

/** Every registry environment (§5.1's enumeration); "" is a service created without one. */
export const REGISTRY_ENVIRONMENTS: readonly Cse.ServiceEnvironment[] = ['', 'development', 'testing', 'acceptance', 'production'];

/** Batch finds needed for `n` entries. */
const batches = (n: number) => Math.ceil(n / BATCH_FIND_MAX);

/**
 * Whether finding `keys` names' replicas by key (one entry per registry environment) takes no more
 * batch finds than the service list and one entry per service it names would at worst (every key registered).
 */
export const keyedFindIsNoWorse = (keys: number): boolean => batches(keys * REGISTRY_ENVIRONMENTS.length) <= 1 + batches(keys);

const isServiceMissing = (e: unknown) => e instanceof UpstreamError && e.upstreamCode === CseCode.SERVICE_NOT_FOUND;

/** Whether a loader's failure is the registry saying the instance does not exist. */
const isInstanceMissing = (e: unknown) => e instanceof UpstreamError && e.upstreamCode === CseCode.INSTANCE_NOT_FOUND;

/**
 * A request's registry loaders, each made on its first use: a subscription's context seldom loads
 * anything. A class, so a request's set is one object whose fields start empty, not a closure and a
 * getter per loader made for every request (as the CAS loaders, cas.ts).
 *
 * `writes`: the caller's recent registry writes (recent-writes.ts), laid over instance reads so that
 * answers show them while the registry's reads lag.
 */
class CseLoaderSet {
  #allServices: Memo<MicroserviceModel[]> | undefined;
  #service: DataLoader<string, MicroserviceModel> | undefined;
  #instancesOf: DataLoader<ServiceKey, MicroserviceInstanceModel[], string> | undefined;
  #schemas: DataLoader<{ serviceId: string; withContent: boolean }, MicroserviceSchemaModel[], string> | undefined;
  #schema: DataLoader<{ serviceId: string; schemaId: string }, MicroserviceSchemaModel, string> | undefined;
  #instance: DataLoader<{ serviceId: string; instanceId: string }, MicroserviceInstanceModel, string> | undefined;
  #providers: DataLoader<string, MicroserviceModel[]> | undefined;
  #replicas: DataLoader<ReplicaKey, MicroserviceInstanceModel[], string> | undefined;

  constructor(
    private readonly cse: CseClient,
    private readonly writes: SessionWrites | undefined,
  ) {}

  /** One instance as the caller should see it, given what the registry answered for it. */
  #overlayInstance(k: { serviceId: string; instanceId: string }, answer: MicroserviceInstanceModel | Error): MicroserviceInstanceModel | Error {
    const writes = this.writes;
    if (!writes || (answer instanceof Error && !isInstanceMissing(answer))) return answer;
    const shown = writes.instance(k.serviceId, k.instanceId, answer instanceof Error ? undefined : answer);
    if (shown) return shown;
    return answer instanceof Error ? answer : batchFindError({ errorCode: CseCode.INSTANCE_NOT_FOUND, errorMessage: `Instance does not exist (${k.serviceId}/${k.instanceId}): it was deregistered` });
  }

  /** The whole service list, once per request (§5.3). */
  get #services(): Memo<MicroserviceModel[]> {
    return (this.#allServices ??= once(() => this.cse.listServices() as Promise<MicroserviceModel[]>));
  }

  async allServices(): Promise<MicroserviceModel[]> {
    const all = await this.#services();
    for (const s of all) this.service.prime(s.serviceId, s);
    return all;
  }

  get service(): DataLoader<string, MicroserviceModel> {
    return (this.#service ??= new DataLoader<string, MicroserviceModel>(async (ids) => {
      // One service: GET it. Several, or the list already held: one list call serves them all.
      if (ids.length === 1 && !this.#services.held) return settleEach(ids, async (id) => (await this.cse.getService(id)) as MicroserviceModel);
      const all = await this.#services();
      const byId = new Map(all.map((s) => [s.serviceId, s]));
      return ids.map((id) => byId.get(id) ?? notFoundError(id));
    }));
  }

  get instancesOf(): DataLoader<ServiceKey, MicroserviceInstanceModel[], string> {
    return (this.#instancesOf ??= new DataLoader<ServiceKey, MicroserviceInstanceModel[], string>(
      async (keys) => {
        const answer = await this.cse.batchFind({ services: keys.map((k) => ({ service: { ...k, environment: (k.environment || undefined) as Cse.ServiceEnvironment | undefined } })) });
        const result = answer.services ?? {};
        const out: (MicroserviceInstanceModel[] | Error)[] = keys.map(() => []);
        // service-center answers every version whatever the rule: keep the key's version only.
        for (const u of result.updated ?? []) {
          const k = keys[u.index];
          if (k) out[u.index] = filterByRule(k.version, u.instances ?? []) as MicroserviceInstanceModel[];
        }
        const writes = this.writes;
        if (writes) {
          keys.forEach((k, i) => {
            const found = out[i];
            if (!(found instanceof Error)) out[i] = writes.instances(k, found ?? [], (inst) => filterByRule(k.version, [inst]).length > 0);
          });
        }
        // One error per failure group: keyed replica finds have four missing environments for each found one.
        for (const f of result.failed ?? []) {
          const error = batchFindError(f.error);
          for (const index of f.indexes) out[index] = error;
        }
        return out;
      },
      {
        cacheKeyFn: keyString,
        maxBatchSize: BATCH_FIND_MAX,
        // Wait for the whole current wave of resolvers (not just one microtask) so that every registry
        // instance list the operation needs goes out in one batch find.
        batchScheduleFn: (dispatch) => setImmediate(dispatch),
      },
    ));
  }

  get schemas(): DataLoader<{ serviceId: string; withContent: boolean }, MicroserviceSchemaModel[], string> {
    return (this.#schemas ??= new DataLoader<{ serviceId: string; withContent: boolean }, MicroserviceSchemaModel[], string>(
      (keys) =>
        settleEach(keys, async (k) =>
          (await this.cse.listSchemas(k.serviceId, k.withContent)).map((s) => ({ ...s, schemaId: s.schemaId ?? '', serviceId: k.serviceId })),
        ),
      { cacheKeyFn: (k) => `${k.serviceId}|${k.withContent}` },
    ));
  }

  get schema(): DataLoader<{ serviceId: string; schemaId: string }, MicroserviceSchemaModel, string> {
    return (this.#schema ??= new DataLoader<{ serviceId: string; schemaId: string }, MicroserviceSchemaModel, string>(
      (keys) => settleEach(keys, async (k) => ({ ...(await this.cse.getSchema(k.serviceId, k.schemaId)), schemaId: k.schemaId, serviceId: k.serviceId })),
      { cacheKeyFn: (k) => JSON.stringify([k.serviceId, k.schemaId]) },
    ));
  }

  get instance(): DataLoader<{ serviceId: string; instanceId: string }, MicroserviceInstanceModel, string> {
    return (this.#instance ??= new DataLoader<{ serviceId: string; instanceId: string }, MicroserviceInstanceModel, string>(
      async (keys) => {
        // One instance: GET it. Several: one batch find by instance (§5.22, Table 5-55) answers them all.
        if (keys.length === 1) {
          const one = await settleEach(keys, async (k) => ({ ...(await this.cse.getInstance(k.serviceId, k.instanceId)), serviceId: k.serviceId, instanceId: k.instanceId }));
          return one.map((r, i) => this.#overlayInstance(keys[i]!, r));
        }
        const answer = await this.cse.batchFind({ instances: keys.map((k) => ({ instance: { serviceId: k.serviceId, instanceId: k.instanceId } })) });
        const result = answer.instances ?? {};
        const out: (MicroserviceInstanceModel | Error)[] = keys.map((k) => batchFindError({ errorCode: CseCode.INSTANCE_NOT_FOUND, errorMessage: `Instance does not exist (${k.serviceId}/${k.instanceId})` }));
        for (const u of result.updated ?? []) {
          const found = u.instances?.[0];
          const k = keys[u.index];
          if (found && k) out[u.index] = { ...found, serviceId: k.serviceId, instanceId: k.instanceId };
        }
        for (const f of result.failed ?? []) for (const index of f.indexes) out[index] = batchFindError(f.error);
        return out.map((r, i) => this.#overlayInstance(keys[i]!, r));
      },
      { cacheKeyFn: (k) => JSON.stringify([k.serviceId, k.instanceId]), maxBatchSize: BATCH_FIND_MAX },
    ));
  }

  get providers(): DataLoader<string, MicroserviceModel[]> {
    return (this.#providers ??= new DataLoader<string, MicroserviceModel[]>((ids) => settleEach(ids, async (id) => (await this.cse.listProviders(id)) as MicroserviceModel[])));
  }

  /** Registry instances of appId/serviceName at one version, in whichever environment they registered. */
  get replicas(): DataLoader<ReplicaKey, MicroserviceInstanceModel[], string> {
    return (this.#replicas ??= new DataLoader<ReplicaKey, MicroserviceInstanceModel[], string>(
      // Whichever costs fewer calls: the service list when it is held anyway or when the keyed entries
      // (five per name) would need more batch finds than the list and the batch finds of what it names.
      (keys) => (this.#services.held || !keyedFindIsNoWorse(keys.length) ? this.#viaList(keys) : this.#viaKeys(keys)),
      { cacheKeyFn: (k) => JSON.stringify([k.appId, k.serviceName, k.version]), batchScheduleFn: (dispatch) => setImmediate(dispatch) },
    ));
  }

  /** Instances of one name at one version, in every environment, as the list of services would find them. */
  async #viaList(keys: readonly ReplicaKey[]): Promise<(MicroserviceInstanceModel[] | Error)[]> {
    const all = await this.#services();
    for (const s of all) this.service.prime(s.serviceId, s);
    return Promise.all(
      keys.map(async (k) => {
        const services = all.filter((s) => s.appId === k.appId && s.serviceName === k.serviceName && s.version === k.version);
        const found = await this.instancesOf.loadMany(services.map(serviceKeyOf));
        const failed = found.find((r): r is Error => r instanceof Error);
        return failed ?? (found as MicroserviceInstanceModel[][]).flat();
      }),
    );
  }

  /** The same by key alone: one batch find entry per registry environment, the missing ones answering 400012. */
  #viaKeys(keys: readonly ReplicaKey[]): Promise<(MicroserviceInstanceModel[] | Error)[]> {
    return Promise.all(
      keys.map(async (k) => {
        const found = await this.instancesOf.loadMany(REGISTRY_ENVIRONMENTS.map((environment) => ({ environment, ...k })));
        const failed = found.find((r): r is Error => r instanceof Error && !isServiceMissing(r));
        if (failed) return failed;
        // The reference's registry keeps "" and development as one service: both entries answer its instances.
        const seen = new Set<string>();
        return found.flatMap((r) => (r instanceof Error ? [] : r)).filter((i) => !seen.has(`${i.serviceId}/${i.instanceId}`) && seen.add(`${i.serviceId}/${i.instanceId}`));
      }),
    );
  }

  /** After a write to an instance: what it did, so this caller's answers show it while the registry's reads lag. */
  noteInstanceWrite(serviceId: string, instanceId: string, write: InstanceWrite): void {
    this.writes?.note(serviceId, instanceId, write);
  }

  /** After a write, what the request read before it is forgotten, so it is not served stale. */
  get afterWrite(): CseAfterWrite {
    return new CseForgetting(this, () => this.#allServices?.clear());
  }
}

/** What a registry write of each kind makes the request forget. */
export interface CseAfterWrite {
  /**
   * A service was created, changed or deleted, or dependencies were set: services show in every
   * registry read (lists, providers, finds by key, the instances of a deleted service), so all is forgotten.
   */
  services(): void;
  /** An instance was registered, changed or deregistered: its record and every find that may list it. */
  instance(serviceId: string, instanceId?: string): void;
  /** A schema was written: the schema, the service's schema lists, and the service records that list schema ids. */
  schema(serviceId: string, schemaId: string): void;
}

/** Made for each write (writes are rare), not for each request. */
class CseForgetting implements CseAfterWrite {
  constructor(
    private readonly loaders: CseLoaderSet,
    private readonly forgetServiceList: () => void,
  ) {}

  services(): void {
    this.forgetServiceList();
    const l = this.loaders;
    for (const loader of [l.service, l.instancesOf, l.instance, l.schemas, l.schema, l.providers, l.replicas]) loader.clearAll();
  }

  instance(serviceId: string, instanceId?: string): void {
    if (instanceId) this.loaders.instance.clear({ serviceId, instanceId });
    this.loaders.instancesOf.clearAll();
    this.loaders.replicas.clearAll();
  }

  schema(serviceId: string, schemaId: string): void {
    this.loaders.schema.clear({ serviceId, schemaId });
    for (const withContent of [false, true]) this.loaders.schemas.clear({ serviceId, withContent });
    this.loaders.service.clear(serviceId);
    this.forgetServiceList();
    this.loaders.providers.clearAll();
  }
}

/** The loaders' public shape (the benchmark's naive set has it too). */
export type CseLoaders = Pick<CseLoaderSet, keyof CseLoaderSet>;

export function createCseLoaders(cse: CseClient, writes?: SessionWrites): CseLoaders {
  return new CseLoaderSet(cse, writes);
}
