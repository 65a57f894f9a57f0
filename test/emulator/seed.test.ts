import { describe, expect } from 'vitest';
import { once, test as base } from '../support/fixtures.js';
import type { TestEmulator } from '../support/emulator.js';
import type { ApplicationList, ComponentList, EnvironmentList, InstanceList, InstanceSummary, JobDetail } from '../../src/wire/cas.js';
import type { GetInstancesResponse, GetProvidersResponse, GetSchemasResponse, GetServicesResponse } from '../../src/wire/cse.js';
import type { SeedCounts } from '../../src/wire/emulator-control.js';

const SPEC = { applications: 3, componentsPerApplication: 4, instancesPerComponent: 3 };

/** What the emulator's control API answers a refused call. */
interface ControlError {
  error: string;
}

/** Reads the main project's whole CAS tree through the API. */
async function readCas(emu: TestEmulator) {
  const base = `/v2/${emu.projects[0]!.id}/cas`;
  const get = async <T>(path: string) => (await emu.call<T>('GET', `${base}${path}`)).body;
  const environments = (await get<EnvironmentList>('/environments?limit=1000')).environments;
  const applications = (await get<ApplicationList>('/applications?limit=1000')).applications;
  const components: ComponentList['components'] = [];
  const instances: InstanceSummary[] = [];
  for (const app of applications) {
    const comps = (await get<ComponentList>(`/applications/${app.id}/components?limit=1000`)).components;
    components.push(...comps);
    for (const c of comps) instances.push(...(await get<InstanceList>(`/applications/${app.id}/components/${c.id}/instances?limit=1000`)).instances);
  }
  return { base, get, environments, applications, components, instances };
}

/** The file's one seed of SPEC, and the tree it left. */
const seed = once(async (emu: TestEmulator) => {
  const res = await emu.call<SeedCounts>('POST', '/__emulator/seed', { body: SPEC });
  expect(res.status).toBe(200);
  return { counts: res.body, seen: await readCas(emu) };
});
const test = base.extend('seeded', ({ emu }) => seed(emu));

describe('POST /__emulator/seed', () => {
  test('should create exactly the environments, applications, components and instances it reports', ({ seeded: { counts, seen } }) => {
    expect(counts).toMatchObject({ environments: 2, applications: 3, components: 12, instances: 36, jobs: 36 });
    expect(seen.environments).toHaveLength(2);
    expect(seen.applications).toHaveLength(3);
    expect(seen.applications.every((a) => a.component_count === 4)).toBe(true);
    expect(seen.components).toHaveLength(12);
    expect(seen.instances).toHaveLength(36);
    expect(new Set(seen.components.map((c) => c.category))).toEqual(new Set(['MicroService', 'Webapp']));
    expect(new Set(seen.instances.map((i) => i.environment_id)).size).toBe(2);
  });

  test('should leave every instance RUNNING with all its replicas after a finished job', async ({ seeded: { seen } }) => {
    for (const i of seen.instances) {
      expect(i.status_detail).toMatchObject({ status: 'RUNNING', last_job_status: 'SUCCEEDED' });
      expect(i.status_detail.available_replica).toBe(i.status_detail.replica);
    }
    const job = await seen.get<JobDetail>(`/jobs/${seen.instances[0]!.status_detail.last_job_id}`);
    expect(job.job.EXECUTION_STATUS).toBe('SUCCEEDED');
  });

  test('should register the replicas of every MicroService instance in the registry, with schemas and dependencies', async ({ emu, seeded: { counts, seen } }) => {
    const services = (await emu.call<GetServicesResponse>('GET', '/v4/default/registry/microservices')).body.services!;
    expect(services).toHaveLength(counts.registryServices);
    const microserviceComponents = seen.components.filter((c) => c.category === 'MicroService');
    const microserviceInstances = seen.instances.filter((i) => microserviceComponents.some((c) => c.id === i.component_id));
    const replicas = microserviceInstances.reduce((n, i) => n + i.status_detail.replica, 0);
    let registered = 0;
    for (const s of services) {
      const found = (await emu.call<GetInstancesResponse>('GET', `/v4/default/registry/microservices/${s.serviceId}/instances`)).body.instances!;
      expect(found.every((r) => r.status === 'UP')).toBe(true);
      registered += found.length;
    }
    expect(registered).toBe(replicas);
    expect(counts.registryInstances).toBe(replicas);
    // Each running replica is a registry instance named after its component instance.
    const appName = new Map(seen.applications.map((a) => [a.id, a.name]));
    const compName = new Map(seen.components.map((c) => [c.id, c.name]));
    const one = microserviceInstances[0]!;
    const found = await emu.call<GetInstancesResponse>('GET', `/v4/default/registry/instances?appId=${appName.get(one.application_id)}&serviceName=${compName.get(one.component_id)}&version=${one.version}`);
    expect(found.body.instances!.some((r) => r.hostName.startsWith(`${one.name}-`))).toBe(true);

    expect(counts.schemas).toBe(services.length);
    const schemas = (await emu.call<GetSchemasResponse>('GET', `/v4/default/registry/microservices/${services[0]!.serviceId}/schemas`)).body.schemas;
    expect(schemas).toHaveLength(1);
    expect(counts.dependencies).toBeGreaterThan(0);
    const withProviders = await Promise.all(services.map(async (s) => (await emu.call<GetProvidersResponse>('GET', `/v4/default/registry/microservices/${s.serviceId}/providers`)).body.providers!.length));
    expect(withProviders.filter((n) => n > 0)).toHaveLength(counts.dependencies);
  });

  test('should refuse a second seed whose names are taken, leaving the data as it was', async ({ emu, seeded: _seeded }) => {
    const res = await emu.call<ControlError>('POST', '/__emulator/seed', { body: SPEC });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatch(/reset/);
    expect((await readCas(emu)).instances).toHaveLength(36);
  });

  test('should refuse bodies out of range with a message naming the field', async ({ emu }) => {
    const refused = async (body: unknown) => {
      const res = await emu.call<ControlError>('POST', '/__emulator/seed', { body });
      expect(res.status).toBe(400);
      return res.body.error;
    };
    expect(await refused({ componentsPerApplication: 1, instancesPerComponent: 1 })).toMatch(/"applications" is required/);
    expect(await refused({ ...SPEC, applications: 201 })).toMatch(/"applications" must be an integer from 1 to 200/);
    expect(await refused({ ...SPEC, instancesPerComponent: 1.5 })).toMatch(/"instancesPerComponent"/);
    expect(await refused({ applications: 200, componentsPerApplication: 50, instancesPerComponent: 10 })).toMatch(/at most 5000 instances/);
    expect(await refused({ ...SPEC, project: 'nowhere' })).toMatch(/"project"/);
    expect(await refused({ ...SPEC, dependencies: 'yes' })).toMatch(/"dependencies"/);
    expect(await refused([1])).toMatch(/JSON object/);
  });

  test('should seed another project named by its name, with the environment count asked for', async ({ emu }) => {
    const other = emu.projects[1]!;
    const res = await emu.call<SeedCounts>('POST', '/__emulator/seed', { body: { project: other.name, applications: 1, componentsPerApplication: 1, instancesPerComponent: 3, environments: 3, dependencies: false } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ project: other, environments: 3, instances: 3, dependencies: 0 });
    const envs = (await emu.call<EnvironmentList>('GET', `/v2/${other.id}/cas/environments`, { token: emu.otherToken })).body.environments;
    expect(envs).toHaveLength(3);
  });
});
