import { describe, expect } from 'vitest';
import { test } from '../../support/fixtures.js';
import type { TestEmulator } from '../../support/emulator.js';
import { APP_EXAMPLE, CAS_EMULATOR, cas, ENV_EXAMPLE, expectError } from './helpers.js';

describe('CAS applications', () => {
  test.override('emulatorOptions', CAS_EMULATOR);
  test.beforeEach(({ emu }) => emu.reset(false));

  const createApp = (emu: TestEmulator, body: unknown = APP_EXAMPLE) => emu.call('POST', cas(emu, '/applications'), { body });

  describe('create, read, modify, delete (§4.3.1-4.3.5)', () => {
    test('should create the reference example and answer its shape, without component_count', async ({ emu }) => {
      const res = await createApp(emu);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        name: 'app-xpmtii',
        description: 'test',
        project_id: emu.projects[0]!.id,
        enterprise_project_id: '0',
        creator: expect.any(String),
        create_time: expect.any(Number),
        update_time: expect.any(Number),
        unified_model: null,
      });
    });

    test('should answer the detail and list items with component_count', async ({ emu }) => {
      const app = await createApp(emu);
      await emu.call('POST', cas(emu, `/applications/${app.body.id}/components`), { body: { name: 'c1', runtime: 'Go1', category: 'Common' } });
      const detail = await emu.call('GET', cas(emu, `/applications/${app.body.id}`));
      expect(detail.status).toBe(200);
      expect(detail.body).toEqual({ ...app.body, component_count: 1 });
      const list = await emu.call('GET', cas(emu, '/applications'));
      expect(list.body).toEqual({ count: 1, applications: [{ ...app.body, component_count: 1 }] });
    });

    test('should modify as the reference example does, without component_count', async ({ emu }) => {
      const app = await createApp(emu);
      await emu.advance(3);
      const res = await emu.call('PUT', cas(emu, `/applications/${app.body.id}`), { body: { name: 'app-test', description: 'test' } });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ ...app.body, name: 'app-test', update_time: expect.any(Number) });
      expect(res.body.update_time).toBeGreaterThan(app.body.update_time);
    });

    test.for([
      ['a missing name', {}, /name: is mandatory/],
      ['a name of 65 characters', { name: 'a'.repeat(65) }, /name/],
      ['a name with a space', { name: 'my app' }, /name/],
      ['a description of 129 characters', { name: 'ok-app', description: 'd'.repeat(129) }, /description/],
      ['a numeric description', { name: 'ok-app', description: 5 }, /description: must be a string/],
    ] as const)('should refuse %s with 400 SVCSTG.00100400', async ([_case, body, detail], { emu }) => {
      expectError(await createApp(emu, body), 400, 'SVCSTG.00100400', detail);
    });

    test('should refuse a duplicate name with 400 SVCSTG.00100400 naming it', async ({ emu }) => {
      await createApp(emu);
      expectError(await createApp(emu), 400, 'SVCSTG.00100400', /app-xpmtii.*already used/);
      const other = await createApp(emu, { name: 'other-app' });
      expectError(await emu.call('PUT', cas(emu, `/applications/${other.body.id}`), { body: { name: 'app-xpmtii' } }), 400, 'SVCSTG.00100400', /already used/);
    });

    test('should answer 404 SVCSTG.00100403 for an unknown application', async ({ emu }) => {
      expectError(await emu.call('GET', cas(emu, '/applications/nope')), 404, 'SVCSTG.00100403', /nope/);
      expectError(await emu.call('PUT', cas(emu, '/applications/nope'), { body: {} }), 404, 'SVCSTG.00100403');
      expectError(await emu.call('DELETE', cas(emu, '/applications/nope')), 404, 'SVCSTG.00100403');
    });

    test('should delete an empty application with 204', async ({ emu }) => {
      const app = await createApp(emu);
      const res = await emu.call('DELETE', cas(emu, `/applications/${app.body.id}`));
      expect(res.status).toBe(204);
      expectError(await emu.call('GET', cas(emu, `/applications/${app.body.id}`)), 404, 'SVCSTG.00100403');
    });

    test('should refuse to delete an application with components with 409 SVCSTG.00100401', async ({ emu }) => {
      const app = await createApp(emu);
      await emu.call('POST', cas(emu, `/applications/${app.body.id}/components`), { body: { name: 'c1', runtime: 'Go1', category: 'Common' } });
      expectError(await emu.call('DELETE', cas(emu, `/applications/${app.body.id}`)), 409, 'SVCSTG.00100401', /c1/);
    });
  });

  describe('configuration (§4.3.6-4.3.8)', () => {
    let appId: string;
    let envId: string;
    const config = (emu: TestEmulator, suffix = '') => cas(emu, `/applications/${appId}/configuration${suffix}`);

    test.beforeEach(async ({ emu }) => {
      appId = (await createApp(emu)).body.id;
      envId = (await emu.call('POST', cas(emu, '/environments'), { body: ENV_EXAMPLE })).body.id;
    });

    test('should put the reference example and answer it', async ({ emu }) => {
      const body = { environment_id: envId, configuration: { env: [{ name: 'app-env', value: 'env' }] } };
      const res = await emu.call('PUT', config(emu), { body });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ application_id: appId, ...body });
    });

    test('should keep the last value of a repeated variable', async ({ emu }) => {
      const res = await emu.call('PUT', config(emu), {
        body: { environment_id: envId, configuration: { env: [{ name: 'A', value: '1' }, { name: 'B', value: '2' }, { name: 'A', value: '3' }] } },
      });
      expect(res.body.configuration.env).toEqual([
        { name: 'A', value: '3' },
        { name: 'B', value: '2' },
      ]);
    });

    test('should get one environment with environment_id, all without, and delete per environment', async ({ emu }) => {
      const env2 = (await emu.call('POST', cas(emu, '/environments'), { body: { ...ENV_EXAMPLE, name: 'prod-env' } })).body.id;
      await emu.call('PUT', config(emu), { body: { environment_id: envId, configuration: { env: [{ name: 'env', value: 'value1' }] } } });
      await emu.call('PUT', config(emu), { body: { environment_id: env2, configuration: { env: [{ name: 'env', value: 'value2' }] } } });

      const one = await emu.call('GET', config(emu, `?environment_id=${envId}`));
      expect(one.status).toBe(200);
      expect(one.body).toEqual({ configuration: [{ application_id: appId, environment_id: envId, configuration: { env: [{ name: 'env', value: 'value1' }] } }] });
      const all = await emu.call('GET', config(emu));
      expect(all.body.configuration.map((c: { environment_id: string }) => c.environment_id).sort()).toEqual([envId, env2].sort());

      const del = await emu.call('DELETE', config(emu, `?environment_id=${envId}`));
      expect(del.status).toBe(204);
      expect((await emu.call('GET', config(emu, `?environment_id=${envId}`))).body).toEqual({ configuration: [] });
      expect((await emu.call('GET', config(emu))).body.configuration).toHaveLength(1);
    });

    test('should require environment_id on delete', async ({ emu }) => {
      expectError(await emu.call('DELETE', config(emu)), 400, 'SVCSTG.00100400', /environment_id/);
    });

    test('should answer 404 for an unknown environment or application', async ({ emu }) => {
      expectError(await emu.call('PUT', config(emu), { body: { environment_id: 'nope', configuration: { env: [] } } }), 404, 'SVCSTG.00100411');
      expectError(await emu.call('GET', config(emu, '?environment_id=nope')), 404, 'SVCSTG.00100411');
      expectError(await emu.call('GET', cas(emu, '/applications/nope/configuration')), 404, 'SVCSTG.00100403');
    });

    test.for([
      ['a missing environment_id', { configuration: { env: [] } }, /environment_id: is mandatory/],
      ['a missing configuration', { environment_id: 'E' }, /configuration: must be an object/],
      ['a missing env list', { environment_id: 'E', configuration: {} }, /configuration\.env: must be an array/],
      ['a name starting with a digit', { environment_id: 'E', configuration: { env: [{ name: '1abc', value: 'x' }] } }, /configuration\.env\[0\]\.name/],
      ['a name with a space', { environment_id: 'E', configuration: { env: [{ name: 'a b', value: 'x' }] } }, /configuration\.env\[0\]\.name/],
      ['a name of 65 characters', { environment_id: 'E', configuration: { env: [{ name: 'a'.repeat(65), value: 'x' }] } }, /at most 64/],
      ['an empty name', { environment_id: 'E', configuration: { env: [{ name: '', value: 'x' }] } }, /must not be empty/],
      ['a numeric value', { environment_id: 'E', configuration: { env: [{ name: 'a', value: 1 }] } }, /configuration\.env\[0\]\.value/],
    ] as const)('should refuse %s with 400 SVCSTG.00100400', async ([_case, body, detail], { emu }) => {
      const withEnv = JSON.parse(JSON.stringify(body).replace('"E"', JSON.stringify(envId))) as unknown;
      expectError(await emu.call('PUT', config(emu), { body: withEnv }), 400, 'SVCSTG.00100400', detail);
    });

    test('should accept variable names with dots, hyphens and a leading underscore', async ({ emu }) => {
      const env = [
        { name: '_a.b-c', value: '' },
        { name: 'x'.repeat(64), value: 'long' },
      ];
      const res = await emu.call('PUT', config(emu), { body: { environment_id: envId, configuration: { env } } });
      expect(res.status).toBe(200);
      expect(res.body.configuration.env).toEqual(env);
    });

    test("should drop an environment's configuration when the environment is deleted", async ({ emu }) => {
      await emu.call('PUT', config(emu), { body: { environment_id: envId, configuration: { env: [{ name: 'a', value: 'b' }] } } });
      await emu.call('DELETE', cas(emu, `/environments/${envId}`));
      expect((await emu.call('GET', config(emu))).body).toEqual({ configuration: [] });
    });
  });
});
