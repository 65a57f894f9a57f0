import { describe, expect } from 'vitest';
import { test } from '../../support/fixtures.js';
import { cas, ENV_EXAMPLE, expectError, instanceBody, makeScene, CAS_EMULATOR } from './helpers.js';

describe('CAS metadata and environments', () => {
  test.override('emulatorOptions', CAS_EMULATOR);
  test.beforeEach(({ emu }) => emu.reset(false));

  describe('metadata (§4.1)', () => {
    test('should list the runtimes with the reference example first', async ({ emu }) => {
      const res = await emu.call('GET', cas(emu, '/metadata/runtimes'));
      expect(res.status).toBe(200);
      expect(res.body.runtimes[0]).toEqual({ type_name: 'Java8', display_name: 'Java 8', container_default_port: 8080, type_desc: 'Java 8 runtime server' });
      const names = res.body.runtimes.map((r: { type_name: string }) => r.type_name);
      expect(names).toEqual(expect.arrayContaining(['Java8', 'Java11', 'Tomcat8', 'Nodejs8', 'Nodejs14', 'Python3', 'Php7', 'Go1', 'Docker']));
    });

    test('should list the flavors with the reference example field for field', async ({ emu }) => {
      const res = await emu.call('GET', cas(emu, '/metadata/flavors'));
      expect(res.status).toBe(200);
      expect(res.body.flavors[0]).toEqual({
        flavor_id: 'MICRO-5G:0.5C:1G',
        storage_size: '5G',
        num_cpu: '500m',
        num_cpu_init: '200m',
        memory_size: '1Gi',
        memory_size_init: '200Mi',
        label: 'Micro: 5G Storage, 0.5 CPU, 1G Memory',
        custom: false,
      });
      expect(res.body.flavors.length).toBeGreaterThanOrEqual(4);
      for (const f of res.body.flavors) expect(Object.keys(f).sort()).toEqual(Object.keys(res.body.flavors[0]).sort());
    });
  });

  describe('create (§4.2.1)', () => {
    test('should create the reference example and answer its shape', async ({ emu }) => {
      const res = await emu.call('POST', cas(emu, '/environments'), { body: ENV_EXAMPLE });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        name: 'development-env',
        alias: null,
        description: '',
        project_id: emu.projects[0]!.id,
        enterprise_project_id: '0',
        charge_mode: 'provided',
        vpc_id: ENV_EXAMPLE.vpc_id,
        base_resources: ENV_EXAMPLE.base_resources,
        optional_resources: ENV_EXAMPLE.optional_resources,
        creator: expect.any(String),
        create_time: expect.any(Number),
        update_time: expect.any(Number),
      });
      expect(res.body.update_time).toBe(res.body.create_time);
    });

    test('should answer optional_resources null when none are given, and leave out a resource name not given', async ({ emu }) => {
      const { optional_resources: _, ...body } = ENV_EXAMPLE;
      const res = await emu.call('POST', cas(emu, '/environments'), { body: { ...body, base_resources: [{ id: 'c1', type: 'cce' }] } });
      expect(res.status).toBe(200);
      expect(res.body.optional_resources).toBeNull();
      expect(res.body.base_resources).toEqual([{ id: 'c1', type: 'cce' }]);
    });

    test.for([
      ['a name of 1 character', { name: 'a' }, /name/],
      ['a name of 65 characters', { name: 'a'.repeat(65) }, /at most 64/],
      ['a name starting with a digit', { name: '1env' }, /starting with a letter/],
      ['a name ending with a hyphen', { name: 'env-' }, /ending with a letter or digit/],
      ['a name with a dot', { name: 'env.prod' }, /name/],
      ['an alias of 65 characters', { alias: 'x'.repeat(65) }, /alias/],
      ['a description of 129 characters', { description: 'x'.repeat(129) }, /description/],
      ['a missing vpc_id', { vpc_id: undefined }, /vpc_id: is mandatory/],
      ['a charge_mode other than provided', { charge_mode: 'postPaid' }, /charge_mode/],
      ['a base resource of type dcs', { base_resources: [{ id: 'x', type: 'dcs' }] }, /base_resources\[0\]\.type/],
      ['a base resource without id', { base_resources: [{ type: 'cce' }] }, /base_resources\[0\]\.id/],
      ['an optional resource of type cce', { optional_resources: [{ id: 'x', type: 'cce' }] }, /optional_resources\[0\]\.type/],
    ] as const)('should refuse %s with 400 SVCSTG.00100400', async ([_case, patch, detail], { emu }) => {
      const res = await emu.call('POST', cas(emu, '/environments'), { body: { ...ENV_EXAMPLE, ...patch } });
      expectError(res, 400, 'SVCSTG.00100400', detail);
    });

    test('should refuse missing or empty base_resources with 400 SVCSTG.00100422', async ({ emu }) => {
      expectError(await emu.call('POST', cas(emu, '/environments'), { body: { ...ENV_EXAMPLE, base_resources: [] } }), 400, 'SVCSTG.00100422');
      expectError(await emu.call('POST', cas(emu, '/environments'), { body: { ...ENV_EXAMPLE, base_resources: undefined } }), 400, 'SVCSTG.00100422');
    });

    test('should refuse a duplicate name with 400 SVCSTG.00100449', async ({ emu }) => {
      await emu.call('POST', cas(emu, '/environments'), { body: ENV_EXAMPLE });
      expectError(await emu.call('POST', cas(emu, '/environments'), { body: ENV_EXAMPLE }), 400, 'SVCSTG.00100449', /development-env/);
    });

    test.for([
      ['an array', [ENV_EXAMPLE]],
      ['a string', '"development-env"'],
      ['no body', undefined],
    ] as const)('should refuse %s as body with 400', async ([_case, body], { emu }) => {
      expectError(await emu.call('POST', cas(emu, '/environments'), { body }), 400, 'SVCSTG.00100400', /body/);
    });

    test('should refuse a body that is not JSON with 400', async ({ emu }) => {
      const res = await emu.call('POST', cas(emu, '/environments'), { body: '{"name": ', headers: { 'Content-Type': 'application/json' } });
      expectError(res, 400, 'SVCSTG.00100400');
    });
  });

  describe('read, modify, delete (§4.2.2-4.2.5)', () => {
    test('should get an environment by id and answer 404 SVCSTG.00100411 for an unknown id', async ({ emu }) => {
      const created = await emu.call('POST', cas(emu, '/environments'), { body: ENV_EXAMPLE });
      const got = await emu.call('GET', cas(emu, `/environments/${created.body.id}`));
      expect(got.status).toBe(200);
      expect(got.body).toEqual(created.body);
      expectError(await emu.call('GET', cas(emu, '/environments/nope')), 404, 'SVCSTG.00100411', /nope/);
    });

    test('should list environments as {count, environments} in the example shape', async ({ emu }) => {
      await emu.call('POST', cas(emu, '/environments'), { body: ENV_EXAMPLE });
      const res = await emu.call('GET', cas(emu, '/environments'));
      expect(res.status).toBe(200);
      expect(res.body.count).toBe(1);
      expect(Object.keys(res.body.environments[0]).sort()).toEqual(
        ['id', 'name', 'alias', 'description', 'project_id', 'enterprise_project_id', 'charge_mode', 'vpc_id', 'base_resources', 'optional_resources', 'creator', 'create_time', 'update_time'].sort(),
      );
    });

    test('should modify name and description as the reference example does', async ({ emu }) => {
      const created = await emu.call('POST', cas(emu, '/environments'), { body: ENV_EXAMPLE });
      await emu.advance(5);
      const res = await emu.call('PUT', cas(emu, `/environments/${created.body.id}`), { body: { name: 'development-env2', description: 'here is description' } });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: created.body.id, name: 'development-env2', description: 'here is description', alias: null, create_time: created.body.create_time });
      expect(res.body.update_time).toBeGreaterThan(created.body.update_time);
    });

    test('should refuse renaming to a name in use with SVCSTG.00100449, and an invalid alias with 00100400', async ({ emu }) => {
      const a = await emu.call('POST', cas(emu, '/environments'), { body: ENV_EXAMPLE });
      await emu.call('POST', cas(emu, '/environments'), { body: { ...ENV_EXAMPLE, name: 'other-env' } });
      expectError(await emu.call('PUT', cas(emu, `/environments/${a.body.id}`), { body: { name: 'other-env' } }), 400, 'SVCSTG.00100449');
      expectError(await emu.call('PUT', cas(emu, `/environments/${a.body.id}`), { body: { alias: 'x'.repeat(65) } }), 400, 'SVCSTG.00100400', /alias/);
      expectError(await emu.call('PUT', cas(emu, '/environments/nope'), { body: { alias: 'x' } }), 404, 'SVCSTG.00100411');
    });

    test('should delete with 204, then not find it', async ({ emu }) => {
      const created = await emu.call('POST', cas(emu, '/environments'), { body: ENV_EXAMPLE });
      const res = await emu.call('DELETE', cas(emu, `/environments/${created.body.id}`));
      expect(res.status).toBe(204);
      expect(res.body).toBeUndefined();
      expectError(await emu.call('GET', cas(emu, `/environments/${created.body.id}`)), 404, 'SVCSTG.00100411');
      expectError(await emu.call('DELETE', cas(emu, `/environments/${created.body.id}`)), 404, 'SVCSTG.00100411');
    });

    test('should refuse to delete an environment with instances with 409 SVCSTG.00100426', async ({ emu }) => {
      const scene = await makeScene(emu);
      await emu.call('POST', scene.instances(), { body: instanceBody(scene.envId) });
      expectError(await emu.call('DELETE', cas(emu, `/environments/${scene.envId}`)), 409, 'SVCSTG.00100426', /weather-dev/);
    });
  });

  describe('resources (§4.2.6)', () => {
    test('should apply the reference example: remove the cce, add an ecs and the cse', async ({ emu }) => {
      const created = await emu.call('POST', cas(emu, '/environments'), { body: ENV_EXAMPLE });
      const res = await emu.call('PATCH', cas(emu, `/environments/${created.body.id}/resources`), {
        body: {
          add_base_resources: [{ id: 'ed2f3420-7031-4d93-b92b-e360cd4acf9e', type: 'ecs', name: 'ecs-9876' }],
          add_optional_resources: [{ id: 'default', type: 'cse', name: 'Cloud Service Engine' }],
          remove_resources: [{ id: '523498f1-36c4-11eb-ae36-0255ac1000c2', type: 'cce' }],
        },
      });
      expect(res.status).toBe(200);
      expect(res.body.base_resources).toEqual([{ id: 'ed2f3420-7031-4d93-b92b-e360cd4acf9e', type: 'ecs', name: 'ecs-9876' }]);
      expect(res.body.optional_resources).toEqual([
        { id: '9963306a-791e-468c-9306-cf80a9d00298', type: 'elb', name: 'elb-2dd2' },
        { id: 'default', type: 'cse', name: 'Cloud Service Engine' },
      ]);
    });

    test('should refuse removing the last base resource with SVCSTG.00100422 and an unknown resource with 00100400', async ({ emu }) => {
      const created = await emu.call('POST', cas(emu, '/environments'), { body: ENV_EXAMPLE });
      const path = cas(emu, `/environments/${created.body.id}/resources`);
      expectError(await emu.call('PATCH', path, { body: { remove_resources: [{ id: '523498f1-36c4-11eb-ae36-0255ac1000c2', type: 'cce' }] } }), 400, 'SVCSTG.00100422');
      expectError(await emu.call('PATCH', path, { body: { remove_resources: [{ id: 'ghost', type: 'cce' }] } }), 400, 'SVCSTG.00100400', /remove_resources\[0\]/);
      expectError(await emu.call('PATCH', path, { body: { add_base_resources: [{ id: 'x', type: 'elb' }] } }), 400, 'SVCSTG.00100400', /add_base_resources\[0\]\.type/);
      const after = await emu.call('GET', cas(emu, `/environments/${created.body.id}`));
      expect(after.body.base_resources).toEqual(ENV_EXAMPLE.base_resources);
    });
  });
});
