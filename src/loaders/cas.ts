/** Per-request loaders of application management data: by ID, by parent list, and request-scoped memos. */
import DataLoader from 'dataloader';
import type { CasClient } from '../upstream/cas.js';
import { ListLoader, type ListSource } from './list-loader.js';
import { once, settleEach, type Memo } from './settle.js';
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

type ListQuery = Parameters<ListSource<null, unknown>['fetch']>[1];

/**
 * A list of the whole project (it has no parent): `list` is the client's call, `items` picks the list
 * out of its answer, and each item it brings is primed by `prime`.
 */
function projectList<T, A extends { count: number }>(list: (query: ListQuery) => Promise<A>, items: (answer: A) => T[] | undefined, prime: (item: T) => void): ListLoader<null, T> {
  return new ListLoader<null, T>({
    parentKey: () => '',
    fetch: async (_p, q) => {
      const answer = await list(q);
      return { count: answer.count, items: items(answer) ?? [] };
    },
    prime: (fetched) => fetched.forEach(prime),
  });
}

/**
 * A request's application management loaders. A request uses a few of them, a subscription usually
 * none: each is made on its first use. A class, so a request's set is one object whose fields start
 * empty, not a closure and a getter per loader made for every request.
 */
class CasLoaderSet {
  #environment: DataLoader<string, EnvironmentModel> | undefined;
  #application: DataLoader<string, ApplicationModel> | undefined;
  #component: DataLoader<ComponentKey, ComponentModel, string> | undefined;
  #instance: DataLoader<InstanceKey, InstanceModel, string> | undefined;
  #job: DataLoader<string, JobModel> | undefined;
  #applicationConfiguration: DataLoader<{ applicationId: string; environmentId?: string }, Cas.ApplicationConfiguration[], string> | undefined;
  #environments: ListLoader<null, EnvironmentModel> | undefined;
  #applications: ListLoader<null, ApplicationModel> | undefined;
  #components: ListLoader<string, ComponentModel> | undefined;
  #instances: ListLoader<ComponentKey, InstanceModel> | undefined;
  #snapshots: ListLoader<InstanceKey, SnapshotModel> | undefined;
  #runtimes: Memo<Cas.Runtime[]> | undefined;
  #flavors: Memo<Cas.Flavor[]> | undefined;
  #allInstances: Memo<InstanceModel[]> | undefined;

  constructor(private readonly cas: CasClient) {}

  get environment(): DataLoader<string, EnvironmentModel> {
    return (this.#environment ??= new DataLoader<string, EnvironmentModel>(async (ids) => {
      if (ids.length < 2) return settleEach(ids, (id) => this.cas.getEnvironment(id));
      // Several at once: the project's whole environment list (§4.2.2) is one call instead of one GET each;
      // an id it lacks (or a list that failed) is still read by ID, so its own answer or error comes back.
      const listed = new Map((await this.environments.all(null).catch(() => [])).map((e) => [e.id, e]));
      return settleEach(ids, (id) => {
        const found = listed.get(id);
        return found ? Promise.resolve(found) : this.cas.getEnvironment(id);
      });
    }));
  }

  get application(): DataLoader<string, ApplicationModel> {
    return (this.#application ??= new DataLoader<string, ApplicationModel>((ids) => settleEach(ids, (id) => this.cas.getApplication(id))));
  }

  get component(): DataLoader<ComponentKey, ComponentModel, string> {
    return (this.#component ??= new DataLoader<ComponentKey, ComponentModel, string>((keys) => settleEach(keys, (k) => this.cas.getComponent(k.applicationId, k.componentId)), {
      cacheKeyFn: componentKey,
    }));
  }

  get instance(): DataLoader<InstanceKey, InstanceModel, string> {
    return (this.#instance ??= new DataLoader<InstanceKey, InstanceModel, string>(
      (keys) =>
        settleEach(keys, async (k) => ({
          ...(await this.cas.getInstance(k.applicationId, k.componentId, k.instanceId)),
          application_id: k.applicationId,
          component_id: k.componentId,
        })),
      { cacheKeyFn: instanceKey },
    ));
  }

  get job(): DataLoader<string, JobModel> {
    return (this.#job ??= new DataLoader<string, JobModel>((ids) => settleEach(ids, (id) => this.cas.getJob(id))));
  }

  get applicationConfiguration(): DataLoader<{ applicationId: string; environmentId?: string }, Cas.ApplicationConfiguration[], string> {
    return (this.#applicationConfiguration ??= new DataLoader<{ applicationId: string; environmentId?: string }, Cas.ApplicationConfiguration[], string>(
      (keys) => settleEach(keys, async (k) => (await this.cas.getApplicationConfiguration(k.applicationId, k.environmentId)).configuration ?? []),
      { cacheKeyFn: (k) => `${k.applicationId}|${k.environmentId ?? ''}` },
    ));
  }

  get environments(): ListLoader<null, EnvironmentModel> {
    return (this.#environments ??= projectList((q) => this.cas.listEnvironments(q), (r) => r.environments, (e) => this.environment.prime(e.id, e)));
  }

  get applications(): ListLoader<null, ApplicationModel> {
    return (this.#applications ??= projectList((q) => this.cas.listApplications(q), (r) => r.applications, (a) => this.application.prime(a.id, a)));
  }

  get components(): ListLoader<string, ComponentModel> {
    return (this.#components ??= new ListLoader<string, ComponentModel>({
      parentKey: (appId) => appId,
      fetch: async (appId, q) => {
        const r = await this.cas.listComponents(appId, q);
        return { count: r.count, items: r.components ?? [] };
      },
      // List items carry the application id (Table 4-95); the §4.4.2 example shows the whole component.
      prime: (items, appId) => items.forEach((c) => this.component.prime({ applicationId: appId, componentId: c.id }, c)),
    }));
  }

  get instances(): ListLoader<ComponentKey, InstanceModel> {
    return (this.#instances ??= new ListLoader<ComponentKey, InstanceModel>({
      parentKey: componentKey,
      fetch: async (k, q) => {
        const r = await this.cas.listInstances(k.applicationId, k.componentId, q);
        return { count: r.count, items: (r.instances ?? []).map((i) => ({ ...i, application_id: k.applicationId, component_id: k.componentId })) };
      },
    }));
  }

  get snapshots(): ListLoader<InstanceKey, SnapshotModel> {
    return (this.#snapshots ??= new ListLoader<InstanceKey, SnapshotModel>({
      parentKey: instanceKey,
      fetch: async (k, q) => {
        const r = await this.cas.listSnapshots(k.applicationId, k.componentId, k.instanceId, q);
        return { count: r.count, items: r.snapshots ?? [] };
      },
    }));
  }

  get runtimes(): Memo<Cas.Runtime[]> {
    return (this.#runtimes ??= once(async () => (await this.cas.runtimes()).runtimes ?? []));
  }

  get flavors(): Memo<Cas.Flavor[]> {
    return (this.#flavors ??= once(async () => (await this.cas.flavors()).flavors ?? []));
  }

  /** Every instance of the project: all applications, their components, their instances. */
  get allInstances(): Memo<InstanceModel[]> {
    return (this.#allInstances ??= once(async (): Promise<InstanceModel[]> => {
      const apps = await this.applications.all(null);
      const comps = (await Promise.all(apps.map((a) => this.components.all(a.id)))).flat();
      return (await Promise.all(comps.map((c) => this.instances.all({ applicationId: c.application_id, componentId: c.id })))).flat();
    }));
  }

  /**
   * Starts the walk of every instance without waiting for it, so an operation whose later levels
   * need it (an environment's applications or instances) does not first wait a round trip for the
   * environments list. The memo shares the promise with the fields that read it; a failure is
   * theirs to report.
   */
  prefetchAllInstances(): void {
    this.allInstances().catch(() => undefined);
  }

  /**
   * Starts the last job of every instance a walk of the listed environments will read (the dashboard),
   * each component's as soon as its instance list arrives: read from the walk, they would all wait for
   * the slowest list and then for the walk down to them. Only where the walk certainly reads them, one
   * page of `pageSize` of each list: every list on the way fits in one, and the instance's environment
   * is listed. The loads are the walk's own (it finds them in the job loader); a failure is its to report.
   * When another list fails, the walk answers that error and reads no job: the jobs read ahead of it
   * were read for nothing (at most a page per list, within the operation's budget).
   */
  prefetchLastJobs(environmentIds: Promise<readonly string[]>, pageSize: number): void {
    // The environments field reports its own failure; the walk below may stop before it asks for them.
    environmentIds.catch(() => undefined);
    const whole = (list: readonly unknown[]) => list.length <= pageSize;
    const walk = async () => {
      const apps = await this.applications.all(null);
      if (!whole(apps)) return;
      const listed = new Set(await environmentIds);
      const ofComponent = async (key: ComponentKey) => {
        const byEnvironment = new Map<string, InstanceModel[]>();
        for (const i of await this.instances.all(key)) {
          const same = byEnvironment.get(i.environment_id);
          if (same) same.push(i);
          else byEnvironment.set(i.environment_id, [i]);
        }
        for (const [environmentId, here] of byEnvironment) {
          if (!listed.has(environmentId) || !whole(here)) continue;
          for (const i of here) if (i.status_detail?.last_job_id) this.job.load(i.status_detail.last_job_id).catch(() => undefined);
        }
      };
      await Promise.all(
        apps.map(async (a) => {
          const components = await this.components.all(a.id);
          if (whole(components)) await Promise.all(components.map((c) => ofComponent({ applicationId: a.id, componentId: c.id })));
        }),
      );
    };
    walk().catch(() => undefined);
  }

  /** After a write, what the request read before it is forgotten, so it is not served stale. */
  get afterWrite(): CasAfterWrite {
    return new CasForgetting(this);
  }
}

/** What a write of each kind makes the request forget. */
export interface CasAfterWrite {
  environment(id?: string): void;
  application(id?: string): void;
  component(applicationId: string, componentId?: string): void;
  instance(key: ComponentKey, instanceId?: string): void;
}

/** Made for each write (writes are rare), not for each request. */
class CasForgetting implements CasAfterWrite {
  constructor(private readonly loaders: CasLoaderSet) {}

  environment(id?: string): void {
    this.loaders.environments.clear(null);
    if (id) this.loaders.environment.clear(id);
  }

  application(id?: string): void {
    this.loaders.applications.clear(null);
    if (id) this.loaders.application.clear(id);
    this.loaders.applicationConfiguration.clearAll();
    this.loaders.allInstances.clear();
  }

  component(applicationId: string, componentId?: string): void {
    this.loaders.components.clear(applicationId);
    if (componentId) this.loaders.component.clear({ applicationId, componentId });
    this.loaders.application.clear(applicationId); // component_count changed
    this.loaders.applications.clear(null);
    this.loaders.allInstances.clear();
  }

  instance(key: ComponentKey, instanceId?: string): void {
    this.loaders.instances.clear(key);
    if (instanceId) {
      this.loaders.instance.clear({ ...key, instanceId });
      this.loaders.snapshots.clear({ ...key, instanceId });
    }
    this.loaders.allInstances.clear();
  }
}

/** The loaders' public shape (the benchmark's naive set has it too). */
export type CasLoaders = Pick<CasLoaderSet, keyof CasLoaderSet>;

export function createCasLoaders(cas: CasClient): CasLoaders {
  return new CasLoaderSet(cas);
}
