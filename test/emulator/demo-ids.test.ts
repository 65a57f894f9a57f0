import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from '../support/emulator.js';
import { ENV_EXAMPLE } from './cas/helpers.js';

/** Every id-like value in a JSON answer (keys such as id, job_id, serviceId, instanceId, TASK_ID), in order. */
function idsIn(value: unknown, into: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) idsIn(v, into);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (typeof v === 'string' && /(^|_)id$|Id$|_ID$/i.test(key)) into.push(`${key}=${v}`);
      else idsIn(v, into);
    }
  }
  return into;
}

/** The demo's ids as a client sees them: the CAS tree with its jobs, and the registry with its instances. */
async function demoIds(emu: TestEmulator): Promise<string[]> {
  const ids: string[] = [];
  for (const [index, project] of emu.projects.entries()) {
    const token = index === 0 ? emu.token : emu.otherToken;
    const get = async (path: string) => {
      const res = await emu.call('GET', path, { token });
      expect(res.status, path).toBe(200);
      ids.push(...idsIn(res.body));
      return res.body;
    };
    const cas = `/v2/${project.id}/cas`;
    await get(`${cas}/environments`);
    for (const app of (await get(`${cas}/applications`)).applications) {
      for (const c of (await get(`${cas}/applications/${app.id}/components`)).components) {
        for (const i of (await get(`${cas}/applications/${app.id}/components/${c.id}/instances`)).instances) {
          const jobId = i.status_detail?.job_id;
          if (jobId) await get(`${cas}/jobs/${jobId}`);
        }
      }
    }
    const registry = '/v4/default/registry';
    for (const s of (await get(`${registry}/microservices`)).services) await get(`${registry}/microservices/${s.serviceId}/instances`);
  }
  return ids;
}

describe('demo data ids', () => {
  let first: TestEmulator;
  let second: TestEmulator;
  beforeAll(async () => {
    first = await startTestEmulator({ demo: true });
    second = await startTestEmulator({ demo: true });
  });
  afterAll(async () => {
    await first.stop();
    await second.stop();
  });

  it('should be the same at every start', async () => {
    const ids = await demoIds(first);
    expect(ids.filter((id) => /^(id|job_id|serviceId|instanceId)=/.test(id)).length).toBeGreaterThan(50);
    expect(await demoIds(second)).toEqual(ids);
  });

  it("should give weather-app the README's example id", async () => {
    const apps = (await first.call('GET', `/v2/${first.projects[0]!.id}/cas/applications`)).body.applications as { id: string; name: string }[];
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const example = /\{"id": "([A-Za-z0-9+/=]+)"\}` is\s+weather-app/.exec(readme)?.[1];
    expect(JSON.parse(Buffer.from(example!, 'base64').toString())).toEqual(['Application', apps.find((a) => a.name === 'weather-app')!.id]);
  });

  it('should be the same again after a reset with the demo', async () => {
    const before = await demoIds(first);
    await first.reset(true);
    expect(await demoIds(first)).toEqual(before);
  });

  it('should stay random for what is created later', async () => {
    const create = async (emu: TestEmulator) => (await emu.call('POST', `/v2/${emu.projects[0]!.id}/cas/environments`, { body: { ...ENV_EXAMPLE, name: 'later-env' } })).body.id as string;
    const [a, b] = [await create(first), await create(second)];
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).not.toBe(b);
  });
});
