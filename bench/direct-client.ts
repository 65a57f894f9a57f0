/**
 * The direct client: the REST calls a browser would make for the dashboard screen, each dependency
 * level sent all at once: environments and applications; then every application's components; then
 * every component's instances, and the last jobs of each component's instances as soon as its list
 * arrives; then, with every instance known, the batch finds of the registry replicas. It assembles the
 * same tree the dashboard operation answers.
 */
import { JsonClient } from './http.js';
import { BATCH_FIND_MAX, REGISTRY_ENVIRONMENTS, keyedFindIsNoWorse } from '../src/loaders/cse.js';
import type * as Cas from '../src/wire/cas.js';
import type * as Cse from '../src/wire/cse.js';

type Instance = Cas.InstanceSummary & { application_id: string; component_id: string };

export class DirectClient {
  readonly #http: JsonClient;

  /** `connections` as the gateway's UPSTREAM_CONNECTIONS, so both have the same pool to the upstream. */
  constructor(
    emulatorUrl: string,
    private readonly token: string,
    private readonly projectId: string,
    connections = 64,
  ) {
    this.#http = new JsonClient(emulatorUrl, connections);
  }

  async #send<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const res = await this.#http.request<T>(method, path, { body, headers: { 'x-auth-token': this.token } });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status}`);
    return res.body;
  }

  async dashboard() {
    const cas = `/v2/${this.projectId}/cas`;
    const [envs, apps] = await Promise.all([
      this.#send<Cas.EnvironmentList>('GET', `${cas}/environments?limit=1000`),
      this.#send<Cas.ApplicationList>('GET', `${cas}/applications?limit=1000`),
    ]);
    const applications = apps.applications ?? [];
    // A job's read needs only its instance: it goes out with the instance's list, not after the slowest list.
    const jobReads = new Map<string, Promise<Cas.JobDetail>>();
    const readJob = (id: string | null | undefined) => {
      if (id && !jobReads.has(id)) jobReads.set(id, this.#send<Cas.JobDetail>('GET', `${cas}/jobs/${id}`));
    };
    const components = (await Promise.all(applications.map(async (a) => (await this.#send<Cas.ComponentList>('GET', `${cas}/applications/${a.id}/components?limit=1000`)).components ?? []))).flat();
    const instances: Instance[] = (
      await Promise.all(
        components.map(async (c) =>
          ((await this.#send<Cas.InstanceList>('GET', `${cas}/applications/${c.application_id}/components/${c.id}/instances?limit=1000`)).instances ?? []).map((i) => {
            readJob(i.status_detail.last_job_id);
            return { ...i, application_id: c.application_id, component_id: c.id };
          }),
        ),
      )
    ).flat();

    const appName = new Map(applications.map((a) => [a.id, a.name]));
    const compName = new Map(components.map((c) => [c.id, c.name]));
    const keyOf = (i: Instance) => `${appName.get(i.application_id)}/${compName.get(i.component_id)}/${i.version}`;
    const [jobs, replicas] = await Promise.all([Promise.all(jobReads.values()), this.#replicas([...new Set(instances.map(keyOf))])]);
    const jobById = new Map(jobs.map((j) => [j.job.JOB_ID, j]));

    const envName = new Map((envs.environments ?? []).map((e) => [e.id, e.name]));
    return (envs.environments ?? []).map((env) => {
      const here = instances.filter((i) => i.environment_id === env.id);
      return {
        name: env.name,
        applications: applications
          .filter((a) => here.some((i) => i.application_id === a.id))
          .map((a) => ({
            name: a.name,
            components: components
              .filter((c) => c.application_id === a.id)
              .map((c) => ({
                name: c.name,
                category: c.category,
                runtime: c.runtime,
                instances: here
                  .filter((i) => i.component_id === c.id)
                  .map((i) => {
                    const job = i.status_detail.last_job_id ? jobById.get(i.status_detail.last_job_id) : undefined;
                    return {
                      name: i.name,
                      version: i.version,
                      environment: envName.get(i.environment_id),
                      status: i.status_detail,
                      lastJob: job && { status: job.job.EXECUTION_STATUS, tasks: job.tasks.length },
                      microserviceInstances: (replicas.get(keyOf(i)) ?? []).filter((r) => r.hostName.startsWith(`${i.name}-`)),
                    };
                  }),
              })),
          })),
      };
    });
  }

  /**
   * Registry replicas of each appId/serviceName/version key, the way the gateway finds them: batch finds
   * keyed by each registry environment, or the service list and a batch find of what it names when that
   * takes fewer calls (src/loaders/cse.ts).
   */
  async #replicas(keys: string[]): Promise<Map<string, Cse.MicroServiceInstance[]>> {
    const replicas = new Map<string, Cse.MicroServiceInstance[]>();
    if (keys.length === 0) return replicas;
    let entries: { key: string; service: Cse.DependencyMicroService }[];
    if (keyedFindIsNoWorse(keys.length)) {
      entries = keys.flatMap((key) => {
        const [appId, serviceName, version] = key.split('/') as [string, string, string];
        return REGISTRY_ENVIRONMENTS.map((environment) => ({ key, service: { ...(environment && { environment }), appId, serviceName, version } }));
      });
    } else {
      const wanted = new Set(keys);
      const services = (await this.#send<Cse.GetServicesResponse>('GET', '/v4/default/registry/microservices')).services ?? [];
      entries = services
        .map((s) => ({ key: `${s.appId}/${s.serviceName}/${s.version}`, service: { environment: s.environment, appId: s.appId, serviceName: s.serviceName, version: s.version } }))
        .filter((e) => wanted.has(e.key));
    }
    const chunks = Array.from({ length: Math.ceil(entries.length / BATCH_FIND_MAX) }, (_, n) => entries.slice(n * BATCH_FIND_MAX, (n + 1) * BATCH_FIND_MAX));
    await Promise.all(
      chunks.map(async (chunk) => {
        const found = await this.#send<Cse.BatchFindResponse>('POST', '/v4/default/registry/instances/action?type=query', { services: chunk.map((e) => ({ service: e.service })) });
        for (const u of found.services?.updated ?? []) {
          const key = chunk[u.index]!.key;
          const version = key.split('/')[2];
          const known = replicas.get(key) ?? [];
          const ids = new Set(known.map((r) => r.instanceId));
          // The reference keeps "" and development as one service; service-center answers every version.
          replicas.set(key, [...known, ...(u.instances ?? []).filter((r) => r.version === version && !ids.has(r.instanceId))]);
        }
      }),
    );
    return replicas;
  }

  close(): Promise<void> {
    return this.#http.close();
  }
}
