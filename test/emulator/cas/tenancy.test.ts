import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type TestEmulator } from '../../support/emulator.js';
import { cas, ENV_EXAMPLE, expectError, instanceBody, makeScene, startCasEmulator } from './helpers.js';

describe('CAS tenancy and authentication', () => {
  let emu: TestEmulator;
  let jobId: string;
  beforeAll(async () => {
    emu = await startCasEmulator();
    const scene = await makeScene(emu);
    jobId = (await emu.call('POST', scene.instances(), { body: instanceBody(scene.envId) })).body.job_id;
  });
  afterAll(() => emu.stop());

  it("should answer 401 APIGW.0301 to a second-project token on the first project's paths", async () => {
    for (const [method, path] of [
      ['GET', '/environments'],
      ['POST', '/applications'],
      ['GET', '/metadata/runtimes'],
      ['GET', `/jobs/${jobId}`],
    ] as const) {
      const res = await emu.call(method, cas(emu, path), { token: emu.otherToken, body: method === 'POST' ? { name: 'intruder' } : undefined });
      expectError(res, 401, 'APIGW.0301', /scoped to project/);
    }
    // Nothing was created by the refused POST.
    expect((await emu.call('GET', cas(emu, '/applications'))).body.count).toBe(1);
  });

  it("should keep each project's data to itself", async () => {
    const other = (suffix: string) => cas(emu, suffix, 1);
    expect((await emu.call('GET', other('/environments'), { token: emu.otherToken })).body).toEqual({ count: 0, environments: [] });
    expect((await emu.call('GET', other('/applications'), { token: emu.otherToken })).body).toEqual({ count: 0, applications: [] });
    expectError(await emu.call('GET', other(`/jobs/${jobId}`), { token: emu.otherToken }), 404, 'SVCSTG.00100429');

    // The same environment name is free in the other project.
    const created = await emu.call('POST', other('/environments'), { token: emu.otherToken, body: { ...ENV_EXAMPLE, name: 'scene-env' } });
    expect(created.status).toBe(200);
    expect(created.body.project_id).toBe(emu.projects[1]!.id);
    expectError(await emu.call('GET', cas(emu, `/environments/${created.body.id}`)), 404, 'SVCSTG.00100411');
  });

  it('should answer 401 without a token or with an unknown one', async () => {
    expectError(await call(emu.url, 'GET', cas(emu, '/environments')), 401, 'APIGW.0301', /missing/);
    expectError(await call(emu.url, 'GET', cas(emu, '/environments'), { token: 'MIInot-a-token' }), 401, 'APIGW.0301', /not valid/);
  });

  it('should answer 401 once the token is 24 hours and 1 ms old', async () => {
    await emu.advance(24 * 60 * 60 * 1000 - 60_000);
    expect((await emu.call('GET', cas(emu, '/environments'))).status).toBe(200);
    await emu.advance(60_000 + 1);
    expectError(await emu.call('GET', cas(emu, '/environments')), 401, 'APIGW.0301', /expired/);
  });
});
