/** Per-request loaders of application management data: by ID, by parent list, and request-scoped memos. */
import DataLoader from 'dataloader';
import type { CasClient } from '../upstream/cas.js';
import { ListLoader } from './list-loader.js';
import { lazy, once, settleEach } from './settle.js';
import type { ApplicationModel, ComponentModel, EnvironmentModel, InstanceModel, JobModel, SnapshotModel } from './models.js';
import type * as Cas from '../wire/cas.js';

export interface ComponentKey {
  applicationId: string;
  componentId: string;
}

export interface InstanceKey extends ComponentKey {
  instanceId: string;
}

const componentKey = (k: ComponentKey) => `${k.applicationId}/${k.componentId}`;
const instanceKey = (k: InstanceKey) => `${k.applicationId}/${k.componentId}/${k.instanceId}`;

export function createCasLoaders(cas: CasClient) {
  // A request uses a few of these, a subscription usually none: each is made on its first use, so a
  // context costs little until it loads something.
  const environment = lazy(
    () =>
      new DataLoader<string, EnvironmentModel>(async (ids) => {
        if (ids.length < 2) return settleEach(ids, (id) => cas.getEnvironment(id));
        // Several at once: the project's whole environment list (§4.2.2) is one call instead of one GET each;
        // an id it lacks (or a list that failed) is still read by ID, so its own answer or error comes back.
        const listed = new Map((await environments().all(null).catch(() => [])).map((e) => [e.id, e]));
        return settleEach(ids, (id) => {
          const found = listed.get(id);
          return found ? Promise.resolve(found) : cas.getEnvironment(id);
        });
      }),
  );
  const application = lazy(() => new DataLoader<string, ApplicationModel>((ids) => settleEach(ids, (id) => cas.getApplication(id))));
  const component = lazy(
    () =>
      new DataLoader<ComponentKey, ComponentModel, string>((keys) => settleEach(keys, (k) => cas.getComponent(k.applicationId, k.componentId)), {
        cacheKeyFn: componentKey,
      }),
  );
  const instance = lazy(
    () =>
      new DataLoader<InstanceKey, InstanceModel, string>(
        (keys) =>
          settleEach(keys, async (k) => ({
            ...(await cas.getInstance(k.applicationId, k.componentId, k.instanceId)),
            application_id: k.applicationId,
            component_id: k.componentId,
          })),
        { cacheKeyFn: instanceKey },
      ),
  );
  const job = lazy(() => new DataLoader<string, JobModel>((ids) => settleEach(ids, (id) => cas.getJob(id))));
  const applicationConfiguration = lazy(
    () =>
      new DataLoader<{ applicationId: string; environmentId?: string }, Cas.ApplicationConfiguration[], string>(
        (keys) => settleEach(keys, async (k) => (await cas.getApplicationConfiguration(k.applicationId, k.environmentId)).configuration ?? []),
        { cacheKeyFn: (k) => `${k.applicationId}|${k.environmentId ?? ''}` },
      ),
  );

  const environments = lazy(
    () =>
      new ListLoader<null, EnvironmentModel>({
        parentKey: () => '',
        fetch: async (_p, q) => {
          const r = await cas.listEnvironments(q);
          return { count: r.count, items: r.environments ?? [] };
        },
        prime: (items) => items.forEach((e) => environment().prime(e.id, e)),
      }),
  );
  const applications = lazy(
    () =>
      new ListLoader<null, ApplicationModel>({
        parentKey: () => '',
        fetch: async (_p, q) => {
          const r = await cas.listApplications(q);
          return { count: r.count, items: r.applications ?? [] };
        },
        prime: (items) => items.forEach((a) => application().prime(a.id, a)),
      }),
  );
  const components = lazy(
    () =>
      new ListLoader<string, ComponentModel>({
        parentKey: (appId) => appId,
        fetch: async (appId, q) => {
          const r = await cas.listComponents(appId, q);
          return { count: r.count, items: r.components ?? [] };
        },
        // List items carry the application id (Table 4-95); the §4.4.2 example shows the whole component.
        prime: (items, appId) => items.forEach((c) => component().prime({ applicationId: appId, componentId: c.id }, c)),
      }),
  );
  const instances = lazy(
    () =>
      new ListLoader<ComponentKey, InstanceModel>({
        parentKey: componentKey,
        fetch: async (k, q) => {
          const r = await cas.listInstances(k.applicationId, k.componentId, q);
          return { count: r.count, items: (r.instances ?? []).map((i) => ({ ...i, application_id: k.applicationId, component_id: k.componentId })) };
        },
      }),
  );
  const snapshots = lazy(
    () =>
      new ListLoader<InstanceKey, SnapshotModel>({
        parentKey: instanceKey,
        fetch: async (k, q) => {
          const r = await cas.listSnapshots(k.applicationId, k.componentId, k.instanceId, q);
          return { count: r.count, items: r.snapshots ?? [] };
        },
      }),
  );

  const runtimes = lazy(() => once(async () => (await cas.runtimes()).runtimes ?? []));
  const flavors = lazy(() => once(async () => (await cas.flavors()).flavors ?? []));
  const allInstances = lazy(() =>
    once(async (): Promise<InstanceModel[]> => {
      const apps = await applications().all(null);
      const comps = (await Promise.all(apps.map((a) => components().all(a.id)))).flat();
      return (await Promise.all(comps.map((c) => instances().all({ applicationId: c.application_id, componentId: c.id })))).flat();
    }),
  );

  return {
    get runtimes() {
      return runtimes();
    },
    get flavors() {
      return flavors();
    },
    get environment() {
      return environment();
    },
    get application() {
      return application();
    },
    get component() {
      return component();
    },
    get instance() {
      return instance();
    },
    get job() {
      return job();
    },
    get applicationConfiguration() {
      return applicationConfiguration();
    },
    get environments() {
      return environments();
    },
    get applications() {
      return applications();
    },
    get components() {
      return components();
    },
    get instances() {
      return instances();
    },
    get snapshots() {
      return snapshots();
    },
    /** Every instance of the project: all applications, their components, their instances. */
    get allInstances() {
      return allInstances();
    },
    /**
     * Starts the walk of every instance without waiting for it, so an operation whose later levels
     * need it (an environment's applications or instances) does not first wait a round trip for the
     * environments list. The memo shares the promise with the fields that read it; a failure is
     * theirs to report.
     */
    prefetchAllInstances(): void {
      allInstances()().catch(() => undefined);
    },
    /** After a write, what the request read before it is forgotten, so it is not served stale. */
    afterWrite: {
      environment(id?: string): void {
        environments().clear(null);
        if (id) environment().clear(id);
      },
      application(id?: string): void {
        applications().clear(null);
        if (id) application().clear(id);
        applicationConfiguration().clearAll();
        allInstances().clear();
      },
      component(applicationId: string, componentId?: string): void {
        components().clear(applicationId);
        if (componentId) component().clear({ applicationId, componentId });
        application().clear(applicationId); // component_count changed
        applications().clear(null);
        allInstances().clear();
      },
      instance(key: ComponentKey, instanceId?: string): void {
        instances().clear(key);
        if (instanceId) {
          instance().clear({ ...key, instanceId });
          snapshots().clear({ ...key, instanceId });
        }
        allInstances().clear();
      },
    },
  };
}

export type CasLoaders = ReturnType<typeof createCasLoaders>;
