import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestEmulator } from '../../support/emulator.js';
import { cas, startCasEmulator } from './helpers.js';

interface Seen {
  environments: { id: string; name: string; base_resources: { type: string }[]; optional_resources: { type: string }[] | null }[];
  applications: { id: string; name: string; component_count: number }[];
  components: { id: string; name: string; category: string; sub_category: string | null; application_id: string }[];
  instances: { id: string; name: string; environment_id: string; component_id: string; application_id: string; status_detail: Record<string, unknown> }[];
}

/** Reads a project's whole CAS tree through the API. */
async function readAll(emu: TestEmulator, project: 0 | 1): Promise<Seen> {
  const token = project === 0 ? emu.token : emu.otherToken;
  const get = async (path: string) => (await emu.call('GET', cas(emu, path, project), { token })).body;
  const seen: Seen = { environments: (await get('/environments')).environments, applications: (await get('/applications')).applications, components: [], instances: [] };
  for (const app of seen.applications) {
    const comps = (await get(`/applications/${app.id}/components`)).components;
    seen.components.push(...comps);
    for (const c of comps) seen.instances.push(...(await get(`/applications/${app.id}/components/${c.id}/instances`)).instances);
  }
  return seen;
}

describe('CAS demo data set', () => {
  let emu: TestEmulator;
  let main: Seen;
  let small: Seen;
  beforeAll(async () => {
    emu = await startCasEmulator();
    await emu.reset(true);
    main = await readAll(emu, 0);
    small = await readAll(emu, 1);
  });
  afterAll(() => emu.stop());

  it('should give the main project two environments, three applications and eight components of every category', () => {
    expect(main.environments.map((e) => e.name).sort()).toEqual(['development-env', 'production-env']);
    const dev = main.environments.find((e) => e.name === 'development-env')!;
    expect(dev.base_resources.map((r) => r.type)).toEqual(['cce']);
    expect(dev.optional_resources?.map((r) => r.type)).toContain('cse');
    expect(main.applications).toHaveLength(3);
    expect(main.components).toHaveLength(8);
    expect(new Set(main.components.map((c) => c.category))).toEqual(new Set(['MicroService', 'Webapp', 'Common']));
    expect(main.components.map((c) => c.sub_category)).toEqual(expect.arrayContaining(['Java Chassis', 'Go Chassis', 'Spring Cloud', 'Web']));
    expect(main.applications.reduce((n, a) => n + a.component_count, 0)).toBe(8);
  });

  it('should have every seeded instance RUNNING with all replicas, in both environments, after a finished job', async () => {
    expect(main.instances.length).toBeGreaterThanOrEqual(6);
    for (const i of main.instances) {
      expect(i.status_detail).toMatchObject({ status: 'RUNNING', last_job_status: 'SUCCEEDED', fail_detail: null });
      expect(i.status_detail.available_replica).toBe(i.status_detail.replica);
    }
    expect(new Set(main.instances.map((i) => i.environment_id)).size).toBe(2);
    expect(main.instances.some((i) => (i.status_detail.replica as number) >= 3)).toBe(true);
    const job = (await emu.call('GET', cas(emu, `/jobs/${main.instances[0]!.status_detail.last_job_id as string}`))).body;
    expect(job.job.EXECUTION_STATUS).toBe('SUCCEEDED');
  });

  it('should register most microservices in the registry through the cse resource', async () => {
    let withCse = 0;
    for (const i of main.instances) {
      const detail = (await emu.call('GET', cas(emu, `/applications/${i.application_id}/components/${i.component_id}/instances/${i.id}`))).body;
      if (detail.refer_resources.some((r: { type: string }) => r.type === 'cse')) withCse++;
    }
    expect(withCse).toBeGreaterThanOrEqual(4);
  });

  it('should have an instance with two versions to roll back between', async () => {
    const counts = await Promise.all(
      main.instances.map(async (i) => (await emu.call('GET', cas(emu, `/applications/${i.application_id}/components/${i.component_id}/instances/${i.id}/snapshots`))).body.count as number),
    );
    expect(counts.every((n) => n >= 1)).toBe(true);
    expect(Math.max(...counts)).toBe(2);
  });

  it('should give the second project a small set of its own names', () => {
    expect(small.environments).toHaveLength(1);
    expect(small.applications).toHaveLength(1);
    expect(small.components.length).toBeGreaterThanOrEqual(1);
    expect(small.components.length).toBeLessThanOrEqual(2);
    expect(small.instances).toHaveLength(1);
    expect(small.instances[0]!.status_detail.status).toBe('RUNNING');
    const mainNames = new Set([...main.environments, ...main.applications, ...main.components, ...main.instances].map((x) => x.name));
    for (const x of [...small.environments, ...small.applications, ...small.components, ...small.instances]) expect(mainNames.has(x.name)).toBe(false);
  });

  it('should empty everything on reset without demo', async () => {
    await emu.reset(false);
    expect((await emu.call('GET', cas(emu, '/environments'))).body.count).toBe(0);
    expect((await emu.call('GET', cas(emu, '/applications', 1), { token: emu.otherToken })).body.count).toBe(0);
  });
});
