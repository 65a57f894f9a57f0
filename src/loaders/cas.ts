/** Per-request loaders of application management data: by ID, by parent list, and request-scoped memos. */
import DataLoader from 'dataloader';
import type { CasClient } from '../upstream/cas.js';
import { ListLoader } from './list-loader.js';
import { once, settleEach } from './settle.js';
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
  const environment = new DataLoader<string, EnvironmentModel>((ids) => settleEach(ids, (id) => cas.getEnvironment(id)));
  const application = new DataLoader<string, ApplicationModel>((ids) => settleEach(ids, (id) => cas.getApplication(id)));
  const component = new DataLoader<ComponentKey, ComponentModel, string>(
    (keys) => settleEach(keys, (k) => cas.getComponent(k.applicationId, k.componentId)),
    { cacheKeyFn: componentKey },
  );
  const instance = new DataLoader<InstanceKey, InstanceModel, string>(
    (keys) =>
      settleEach(keys, async (k) => ({
        ...(await cas.getInstance(k.applicationId, k.componentId, k.instanceId)),
        application_id: k.applicationId,
        component_id: k.componentId,
      })),
    { cacheKeyFn: instanceKey },
  );
  const job = new DataLoader<string, JobModel>((ids) => settleEach(ids, (id) => cas.getJob(id)));
  const applicationConfiguration = new DataLoader<{ applicationId: string; environmentId?: string }, Cas.ApplicationConfiguration[], string>(
    (keys) => settleEach(keys, async (k) => (await cas.getApplicationConfiguration(k.applicationId, k.environmentId)).configuration ?? []),
    { cacheKeyFn: (k) => `${k.applicationId}|${k.environmentId ?? ''}` },
  );

  const environments = new ListLoader<null, EnvironmentModel>({
    parentKey: () => '',
    fetch: async (_p, q) => {
      const r = await cas.listEnvironments(q);
      return { count: r.count, items: r.environments ?? [] };
    },
    prime: (items) => items.forEach((e) => environment.prime(e.id, e)),
  });
  const applications = new ListLoader<null, ApplicationModel>({
    parentKey: () => '',
    fetch: async (_p, q) => {
      const r = await cas.listApplications(q);
      return { count: r.count, items: r.applications ?? [] };
    },
    prime: (items) => items.forEach((a) => application.prime(a.id, a)),
  });
  const components = new ListLoader<string, ComponentModel>({
    parentKey: (appId) => appId,
    fetch: async (appId, q) => {
      const r = await cas.listComponents(appId, q);
      return { count: r.count, items: r.components ?? [] };
    },
    // List items carry the application id (Table 4-95); the §4.4.2 example shows the whole component.
    prime: (items, appId) => items.forEach((c) => component.prime({ applicationId: appId, componentId: c.id }, c)),
  });
  const instances = new ListLoader<ComponentKey, InstanceModel>({
    parentKey: componentKey,
    fetch: async (k, q) => {
      const r = await cas.listInstances(k.applicationId, k.componentId, q);
      return { count: r.count, items: (r.instances ?? []).map((i) => ({ ...i, application_id: k.applicationId, component_id: k.componentId })) };
    },
  });
  const snapshots = new ListLoader<InstanceKey, SnapshotModel>({
    parentKey: instanceKey,
    fetch: async (k, q) => {
      const r = await cas.listSnapshots(k.applicationId, k.componentId, k.instanceId, q);
      return { count: r.count, items: r.snapshots ?? [] };
    },
  });

  const allInstances = once(async (): Promise<InstanceModel[]> => {
    const apps = await applications.all(null);
    const comps = (await Promise.all(apps.map((a) => components.all(a.id)))).flat();
    return (await Promise.all(comps.map((c) => instances.all({ applicationId: c.application_id, componentId: c.id })))).flat();
  });

  return {
    runtimes: once(async () => (await cas.runtimes()).runtimes ?? []),
    flavors: once(async () => (await cas.flavors()).flavors ?? []),
    environment,
    application,
    component,
    instance,
    job,
    applicationConfiguration,
    environments,
    applications,
    components,
    instances,
    snapshots,
    /** Every instance of the project: all applications, their components, their instances. */
    allInstances,
    /** After a write, what the request read before it is forgotten, so it is not served stale. */
    afterWrite: {
      environment(id?: string): void {
        environments.clear(null);
        if (id) environment.clear(id);
      },
      application(id?: string): void {
        applications.clear(null);
        if (id) application.clear(id);
        applicationConfiguration.clearAll();
        allInstances.clear();
      },
      component(applicationId: string, componentId?: string): void {
        components.clear(applicationId);
        if (componentId) component.clear({ applicationId, componentId });
        application.clear(applicationId); // component_count changed
        applications.clear(null);
        allInstances.clear();
      },
      instance(key: ComponentKey, instanceId?: string): void {
        instances.clear(key);
        if (instanceId) {
          instance.clear({ ...key, instanceId });
          snapshots.clear({ ...key, instanceId });
        }
        allInstances.clear();
      },
    },
  };
}

export type CasLoaders = ReturnType<typeof createCasLoaders>;
