/**
 * The naive baseline: the same loader shapes as src/loaders, but what a first-draft BFF does with
 * them: every load calls the REST client, nothing is batched, nothing is cached or primed, lists
 * and memos are fetched again each time they are asked for, and registry instances are read per
 * service (looked up by key in the service list) instead of one batch find.
 */
import DataLoader from 'dataloader';
import type { LoaderFactory } from '../src/context.js';
import type { CasClient } from '../src/upstream/cas.js';
import type { CseClient } from '../src/upstream/cse.js';
import type { CasLoaders, ComponentKey, InstanceKey } from '../src/loaders/cas.js';
import type { CseLoaders, ReplicaKey, ServiceKey } from '../src/loaders/cse.js';
import { DEFAULT_ORDER, ListLoader, type ListOrder, type ListPage, type ListSource } from '../src/loaders/list-loader.js';
import type { Memo } from '../src/loaders/settle.js';
import type * as Models from '../src/loaders/models.js';
import type * as Cas from '../src/wire/cas.js';

/** One key per batch and no cache: DataLoader reduced to a plain call. */
function direct<K, V>(load: (key: K) => Promise<V>): DataLoader<K, V, string> {
  return new DataLoader<K, V, string>((keys) => Promise.all(keys.map((k) => load(k).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))))), {
    batch: false,
    cache: false,
  });
}

/** A memo that is not one: every call runs `fn`. */
function everyTime<T>(fn: () => Promise<T>): Memo<T> {
  const memo = (() => fn()) as Memo<T>;
  memo.clear = () => undefined;
  Object.defineProperty(memo, 'held', { get: () => false });
  return memo;
}

const ALL = 1000;

/** Every page and every whole list goes to the upstream. */
class NaiveList<P, T> extends ListLoader<P, T> {
  constructor(private readonly naive: ListSource<P, T>) {
    super(naive);
  }

  override page(parent: P, limit: number, offset: number, order: ListOrder = DEFAULT_ORDER): Promise<ListPage<T>> {
    return this.naive.fetch(parent, { limit, offset, ...order });
  }

  override async all(parent: P, order: ListOrder = DEFAULT_ORDER): Promise<T[]> {
    const items: T[] = [];
    for (;;) {
      const page = await this.naive.fetch(parent, { limit: ALL, offset: items.length, ...order });
      items.push(...page.items);
      if (page.items.length === 0 || items.length >= page.count) return items;
    }
  }

  override clear(): void {}
}

function naiveCas(cas: CasClient): CasLoaders {
  const withParents = (k: ComponentKey) => (i: Cas.InstanceSummary | Cas.InstanceDetail) => ({ ...i, application_id: k.applicationId, component_id: k.componentId });
  const applications = new NaiveList<null, Models.ApplicationModel>({
    parentKey: () => '',
    fetch: async (_p, q) => {
      const r = await cas.listApplications(q);
      return { count: r.count, items: r.applications ?? [] };
    },
  });
  const components = new NaiveList<string, Models.ComponentModel>({
    parentKey: (appId) => appId,
    fetch: async (appId, q) => {
      const r = await cas.listComponents(appId, q);
      return { count: r.count, items: r.components ?? [] };
    },
  });
  const instances = new NaiveList<ComponentKey, Models.InstanceModel>({
    parentKey: (k) => `${k.applicationId}/${k.componentId}`,
    fetch: async (k, q) => {
      const r = await cas.listInstances(k.applicationId, k.componentId, q);
      return { count: r.count, items: (r.instances ?? []).map(withParents(k)) };
    },
  });
  const nothing = () => undefined;
  return {
    runtimes: everyTime(async () => (await cas.runtimes()).runtimes ?? []),
    flavors: everyTime(async () => (await cas.flavors()).flavors ?? []),
    environment: direct((id: string) => cas.getEnvironment(id)),
    application: direct((id: string) => cas.getApplication(id)),
    component: direct((k: ComponentKey) => cas.getComponent(k.applicationId, k.componentId)),
    instance: direct(async (k: InstanceKey): Promise<Models.InstanceModel> => withParents(k)(await cas.getInstance(k.applicationId, k.componentId, k.instanceId)) as Models.InstanceModel),
    job: direct((id: string) => cas.getJob(id)),
    applicationConfiguration: direct(async (k: { applicationId: string; environmentId?: string }) => (await cas.getApplicationConfiguration(k.applicationId, k.environmentId)).configuration ?? []),
    environments: new NaiveList<null, Models.EnvironmentModel>({
      parentKey: () => '',
      fetch: async (_p, q) => {
        const r = await cas.listEnvironments(q);
        return { count: r.count, items: r.environments ?? [] };
      },
    }),
    applications,
    components,
    instances,
    snapshots: new NaiveList<InstanceKey, Models.SnapshotModel>({
      parentKey: (k) => `${k.applicationId}/${k.componentId}/${k.instanceId}`,
      fetch: async (k, q) => {
        const r = await cas.listSnapshots(k.applicationId, k.componentId, k.instanceId, q);
        return { count: r.count, items: r.snapshots ?? [] };
      },
    }),
    allInstances: everyTime(async () => {
      const apps = await applications.all(null);
      const comps = (await Promise.all(apps.map((a) => components.all(a.id)))).flat();
      return (await Promise.all(comps.map((c) => instances.all({ applicationId: c.application_id, componentId: c.id })))).flat();
    }),
    // A first draft does not start loads ahead of the fields that need them.
    prefetchAllInstances: nothing,
    prefetchLastJobs: nothing,
    afterWrite: { environment: nothing, application: nothing, component: nothing, instance: nothing },
  };
}

const sameService = (k: ServiceKey) => (s: Models.MicroserviceModel) =>
  (s.environment ?? '') === (k.environment ?? '') && s.appId === k.appId && s.serviceName === k.serviceName && s.version === k.version;

function naiveCse(cse: CseClient): CseLoaders {
  const allServices = async () => (await cse.listServices()) as Models.MicroserviceModel[];
  return {
    allServices,
    noteInstanceWrite: () => undefined,
    service: direct(async (id: string) => (await cse.getService(id)) as Models.MicroserviceModel),
    instancesOf: direct(async (k: ServiceKey) => {
      const service = (await allServices()).find(sameService(k));
      if (!service) return [];
      const found = await cse.listInstances(service.serviceId);
      return (found.body?.instances ?? []) as Models.MicroserviceInstanceModel[];
    }),
    // The first draft's join: the service list, then each matching service's instance list.
    replicas: direct(async (k: ReplicaKey) => {
      const services = (await allServices()).filter((s) => s.appId === k.appId && s.serviceName === k.serviceName && s.version === k.version);
      return (await Promise.all(services.map(async (s) => ((await cse.listInstances(s.serviceId)).body?.instances ?? []) as Models.MicroserviceInstanceModel[]))).flat();
    }),
    instance: direct(async (k: { serviceId: string; instanceId: string }) => ({ ...(await cse.getInstance(k.serviceId, k.instanceId)), ...k })),
    schemas: direct(async (k: { serviceId: string; withContent: boolean }) =>
      (await cse.listSchemas(k.serviceId, k.withContent)).map((s) => ({ ...s, schemaId: s.schemaId ?? '', serviceId: k.serviceId })),
    ),
    schema: direct(async (k: { serviceId: string; schemaId: string }) => ({ ...(await cse.getSchema(k.serviceId, k.schemaId)), ...k })),
    providers: direct(async (id: string) => (await cse.listProviders(id)) as Models.MicroserviceModel[]),
    afterWrite: { services: () => undefined, instance: () => undefined, schema: () => undefined },
  };
}

export const naiveLoaders: LoaderFactory = { cas: naiveCas, cse: naiveCse };
