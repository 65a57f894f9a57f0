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
import { lazy, once, settleEach } from './settle.js';
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
 * `writes`: the caller's recent registry writes (recent-writes.ts), laid over instance reads so that
 * answers show them while the registry's reads lag.
 */
export function createCseLoaders(cse: CseClient, writes?: SessionWrites) {
  /** One instance as the caller should see it, given what the registry answered for it. */
  const overlayInstance = (k: { serviceId: string; instanceId: string }, answer: MicroserviceInstanceModel | Error): MicroserviceInstanceModel | Error => {
    if (!writes || (answer instanceof Error && !isInstanceMissing(answer))) return answer;
    const shown = writes.instance(k.serviceId, k.instanceId, answer instanceof Error ? undefined : answer);
    if (shown) return shown;
    return answer instanceof Error ? answer : batchFindError({ errorCode: CseCode.INSTANCE_NOT_FOUND, errorMessage: `Instance does not exist (${k.serviceId}/${k.instanceId}): it was deregistered` });
  };

  // Made on first use, as in createCasLoaders: a subscription's context seldom loads anything.
  const allServices = lazy(() => once(() => cse.listServices() as Promise<MicroserviceModel[]>));

  const service = lazy(
    () =>
      new DataLoader<string, MicroserviceModel>(async (ids) => {
        // One service: GET it. Several, or the list already held: one list call serves them all.
        if (ids.length === 1 && !allServices().held) return settleEach(ids, async (id) => (await cse.getService(id)) as MicroserviceModel);
        const all = await allServices()();
        const byId = new Map(all.map((s) => [s.serviceId, s]));
        return ids.map((id) => byId.get(id) ?? notFoundError(id));
      }),
  );

  const instancesOf = lazy(
    () =>
      new DataLoader<ServiceKey, MicroserviceInstanceModel[], string>(
        async (keys) => {
          const answer = await cse.batchFind({ services: keys.map((k) => ({ service: { ...k, environment: (k.environment || undefined) as Cse.ServiceEnvironment | undefined } })) });
          const result = answer.services ?? {};
          const out: (MicroserviceInstanceModel[] | Error)[] = keys.map(() => []);
          // service-center answers every version whatever the rule: keep the key's version only.
          for (const u of result.updated ?? []) {
            const k = keys[u.index];
            if (k) out[u.index] = filterByRule(k.version, u.instances ?? []) as MicroserviceInstanceModel[];
          }
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
      ),
  );

  const schemas = lazy(
    () =>
      new DataLoader<{ serviceId: string; withContent: boolean }, MicroserviceSchemaModel[], string>(
        (keys) =>
          settleEach(keys, async (k) =>
            (await cse.listSchemas(k.serviceId, k.withContent)).map((s) => ({ ...s, schemaId: s.schemaId ?? '', serviceId: k.serviceId })),
          ),
        { cacheKeyFn: (k) => `${k.serviceId}|${k.withContent}` },
      ),
  );

  const schema = lazy(
    () =>
      new DataLoader<{ serviceId: string; schemaId: string }, MicroserviceSchemaModel, string>(
        (keys) => settleEach(keys, async (k) => ({ ...(await cse.getSchema(k.serviceId, k.schemaId)), schemaId: k.schemaId, serviceId: k.serviceId })),
        { cacheKeyFn: (k) => JSON.stringify([k.serviceId, k.schemaId]) },
      ),
  );

  const instance = lazy(
    () =>
      new DataLoader<{ serviceId: string; instanceId: string }, MicroserviceInstanceModel, string>(
        async (keys) => {
          // One instance: GET it. Several: one batch find by instance (§5.22, Table 5-55) answers them all.
          if (keys.length === 1) {
            const one = await settleEach(keys, async (k) => ({ ...(await cse.getInstance(k.serviceId, k.instanceId)), serviceId: k.serviceId, instanceId: k.instanceId }));
            return one.map((r, i) => overlayInstance(keys[i]!, r));
          }
          const answer = await cse.batchFind({ instances: keys.map((k) => ({ instance: { serviceId: k.serviceId, instanceId: k.instanceId } })) });
          const result = answer.instances ?? {};
          const out: (MicroserviceInstanceModel | Error)[] = keys.map((k) => batchFindError({ errorCode: CseCode.INSTANCE_NOT_FOUND, errorMessage: `Instance does not exist (${k.serviceId}/${k.instanceId})` }));
          for (const u of result.updated ?? []) {
            const found = u.instances?.[0];
            const k = keys[u.index];
            if (found && k) out[u.index] = { ...found, serviceId: k.serviceId, instanceId: k.instanceId };
          }
          for (const f of result.failed ?? []) for (const index of f.indexes) out[index] = batchFindError(f.error);
          return out.map((r, i) => overlayInstance(keys[i]!, r));
        },
        { cacheKeyFn: (k) => JSON.stringify([k.serviceId, k.instanceId]), maxBatchSize: BATCH_FIND_MAX },
      ),
  );

  const providers = lazy(() => new DataLoader<string, MicroserviceModel[]>((ids) => settleEach(ids, async (id) => (await cse.listProviders(id)) as MicroserviceModel[])));

  /** Instances of one name at one version, in every environment, as the list of services would find them. */
  const viaList = async (keys: readonly ReplicaKey[]): Promise<(MicroserviceInstanceModel[] | Error)[]> => {
    const all = await allServices()();
    for (const s of all) service().prime(s.serviceId, s);
    return Promise.all(
      keys.map(async (k) => {
        const services = all.filter((s) => s.appId === k.appId && s.serviceName === k.serviceName && s.version === k.version);
        const found = await instancesOf().loadMany(services.map(serviceKeyOf));
        const failed = found.find((r): r is Error => r instanceof Error);
        return failed ?? (found as MicroserviceInstanceModel[][]).flat();
      }),
    );
  };

  /** The same by key alone: one batch find entry per registry environment, the missing ones answering 400012. */
  const viaKeys = (keys: readonly ReplicaKey[]): Promise<(MicroserviceInstanceModel[] | Error)[]> =>
    Promise.all(
      keys.map(async (k) => {
        const found = await instancesOf().loadMany(REGISTRY_ENVIRONMENTS.map((environment) => ({ environment, ...k })));
        const failed = found.find((r): r is Error => r instanceof Error && !isServiceMissing(r));
        if (failed) return failed;
        // The reference's registry keeps "" and development as one service: both entries answer its instances.
        const seen = new Set<string>();
        return found.flatMap((r) => (r instanceof Error ? [] : r)).filter((i) => !seen.has(`${i.serviceId}/${i.instanceId}`) && seen.add(`${i.serviceId}/${i.instanceId}`));
      }),
    );

  const replicas = lazy(
    () =>
      new DataLoader<ReplicaKey, MicroserviceInstanceModel[], string>(
        // Whichever costs fewer calls: the service list when it is held anyway or when the keyed entries
        // (five per name) would need more batch finds than the list and the batch finds of what it names.
        (keys) => (allServices().held || !keyedFindIsNoWorse(keys.length) ? viaList(keys) : viaKeys(keys)),
        { cacheKeyFn: (k) => JSON.stringify([k.appId, k.serviceName, k.version]), batchScheduleFn: (dispatch) => setImmediate(dispatch) },
      ),
  );

  return {
    async allServices(): Promise<MicroserviceModel[]> {
      const all = await allServices()();
      for (const s of all) service().prime(s.serviceId, s);
      return all;
    },
    get service() {
      return service();
    },
    get instancesOf() {
      return instancesOf();
    },
    /** Registry instances of appId/serviceName at one version, in whichever environment they registered. */
    get replicas() {
      return replicas();
    },
    get instance() {
      return instance();
    },
    get schemas() {
      return schemas();
    },
    get schema() {
      return schema();
    },
    get providers() {
      return providers();
    },
    /** After a write to an instance: what it did, so this caller's answers show it while the registry's reads lag. */
    noteInstanceWrite(serviceId: string, instanceId: string, write: InstanceWrite): void {
      writes?.note(serviceId, instanceId, write);
    },
    /** After a write, what the request read before it is forgotten, so it is not served stale. */
    afterWrite: {
      /**
       * A service was created, changed or deleted, or dependencies were set: services show in every
       * registry read (lists, providers, finds by key, the instances of a deleted service), so all is forgotten.
       */
      services(): void {
        allServices().clear();
        for (const loader of [service, instancesOf, instance, schemas, schema, providers, replicas]) loader().clearAll();
      },
      /** An instance was registered, changed or deregistered: its record and every find that may list it. */
      instance(serviceId: string, instanceId?: string): void {
        if (instanceId) instance().clear({ serviceId, instanceId });
        instancesOf().clearAll();
        replicas().clearAll();
      },
      /** A schema was written: the schema, the service's schema lists, and the service records that list schema ids. */
      schema(serviceId: string, schemaId: string): void {
        schema().clear({ serviceId, schemaId });
        for (const withContent of [false, true]) schemas().clear({ serviceId, withContent });
        service().clear(serviceId);
        allServices().clear();
        providers().clearAll();
      },
    },
  };
}

export type CseLoaders = ReturnType<typeof createCseLoaders>;
