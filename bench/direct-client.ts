/**
 * The direct client: the REST calls a browser would make for the dashboard screen, each dependency
 * level sent all at once: environments, applications and registry services; then every application's
 * components; then every component's instances; then every distinct last job and one batch find of
 * the registry replicas. It assembles the same tree the dashboard operation answers.
 */
import { JsonClient } from './http.js';
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
    const [envs, apps, services] = await Promise.all([
      this.#send<Cas.EnvironmentList>('GET', `${cas}/environments?limit=1000`),
      this.#send<Cas.ApplicationList>('GET', `${cas}/applications?limit=1000`),
      this.#send<Cse.GetServicesResponse>('GET', '/v4/default/registry/microservices'),
    ]);
    const applications = apps.applications ?? [];
    const components = (await Promise.all(applications.map(async (a) => (await this.#send<Cas.ComponentList>('GET', `${cas}/applications/${a.id}/components?limit=1000`)).components ?? []))).flat();
    const instances: Instance[] = (
      await Promise.all(
        components.map(async (c) =>
          ((await this.#send<Cas.InstanceList>('GET', `${cas}/applications/${c.application_id}/components/${c.id}/instances?limit=1000`)).instances ?? []).map((i) => ({
            ...i,
            application_id: c.application_id,
            component_id: c.id,
          })),
        ),
      )
    ).flat();

    const appName = new Map(applications.map((a) => [a.id, a.name]));
    const compName = new Map(components.map((c) => [c.id, c.name]));
    const keyOf = (i: Instance) => `${appName.get(i.application_id)}/${compName.get(i.component_id)}/${i.version}`;
    const registered = new Map((services.services ?? []).map((s) => [`${s.appId}/${s.serviceName}/${s.version}`, s]));
    const wanted = [...new Set(instances.map(keyOf))].filter((k) => registered.has(k));
    const jobIds = [...new Set(instances.map((i) => i.status_detail.last_job_id).filter((id): id is string => Boolean(id)))];
    const [jobs, found] = await Promise.all([
      Promise.all(jobIds.map((id) => this.#send<Cas.JobDetail>('GET', `${cas}/jobs/${id}`))),
      wanted.length === 0
        ? Promise.resolve({} as Cse.BatchFindResponse)
        : this.#send<Cse.BatchFindResponse>('POST', '/v4/default/registry/instances/action?type=query', {
            services: wanted.map((k) => {
              const s = registered.get(k)!;
              return { service: { environment: s.environment, appId: s.appId, serviceName: s.serviceName, version: s.version } };
            }),
          }),
    ]);
    const jobById = new Map(jobs.map((j) => [j.job.JOB_ID, j]));
    const replicas = new Map<string, Cse.MicroServiceInstance[]>();
    for (const u of found.services?.updated ?? []) replicas.set(wanted[u.index]!, u.instances ?? []);

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

  close(): Promise<void> {
    return this.#http.close();
  }
}
