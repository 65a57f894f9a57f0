import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TestEmulator } from '../../support/emulator.js';
import { cas, COMPONENT_EXAMPLE, deployed, expectError, instanceBody, makeScene, startCasEmulator } from './helpers.js';

describe('CAS components', () => {
  let emu: TestEmulator;
  let appId: string;
  const components = (suffix = '') => cas(emu, `/applications/${appId}/components${suffix}`);
  const create = (body: unknown = COMPONENT_EXAMPLE) => emu.call('POST', components(), { body });

  beforeAll(async () => {
    emu = await startCasEmulator();
  });
  afterAll(() => emu.stop());
  beforeEach(async () => {
    await emu.reset(false);
    appId = (await emu.call('POST', cas(emu, '/applications'), { body: { name: 'app-xpmtii' } })).body.id;
  });

  describe('create (§4.4.1)', () => {
    it('should create the reference example and answer its shape', async () => {
      const res = await create();
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        name: 'mycomponent',
        runtime: 'Java8',
        category: 'MicroService',
        sub_category: 'Java Chassis',
        description: '',
        project_id: emu.projects[0]!.id,
        application_id: appId,
        source: COMPONENT_EXAMPLE.source,
        build: { id: expect.stringMatching(/^[a-z0-9]{40}$/), parameters: { artifact_namespace: 'ns', use_public_cluster: true } },
        pipeline_ids: null,
        status: 0,
        creator: expect.any(String),
        create_time: expect.any(Number),
        update_time: expect.any(Number),
      });
    });

    it('should set use_public_cluster false when a cluster_id is given', async () => {
      const res = await create({ ...COMPONENT_EXAMPLE, build: { parameters: { cluster_id: '523498f1-36c4-11eb-ae36-0255ac1000c2', cluster_name: 'cce-test' } } });
      expect(res.body.build.parameters).toEqual({ cluster_id: '523498f1-36c4-11eb-ae36-0255ac1000c2', cluster_name: 'cce-test', use_public_cluster: false });
    });

    it('should accept a code source, a Webapp and a Common component without sub_category', async () => {
      const code = { kind: 'code', spec: { repo_type: 'GitHub', repo_url: 'https://github.com/example/demo.git', repo_auth: 'gh' } };
      const web = await create({ name: 'site', runtime: 'Nodejs14', category: 'Webapp', sub_category: 'Web', source: code });
      expect(web.status).toBe(200);
      expect(web.body).toMatchObject({ category: 'Webapp', sub_category: 'Web', source: code, build: { parameters: { use_public_cluster: true } } });
      const common = await create({ name: 'tool', runtime: 'Docker', category: 'Common' });
      expect(common.status).toBe(200);
      expect(common.body).toMatchObject({ sub_category: null, source: null, description: null });
    });

    it('should refuse an unknown runtime with 400 SVCSTG.00100420', async () => {
      expectError(await create({ ...COMPONENT_EXAMPLE, runtime: 'Cobol85' }), 400, 'SVCSTG.00100420', /Cobol85/);
    });

    it.each([
      ['a name of 1 character', { name: 'm' }, /name/],
      ['a name ending with an underscore', { name: 'comp_' }, /name/],
      ['a missing category', { category: undefined }, /category: is mandatory/],
      ['an unknown category', { category: 'Batch' }, /category: must be one of Webapp, MicroService, Common/],
      ['a Webapp sub-category on a microservice', { sub_category: 'Web' }, /sub_category/],
      ['a sub-category on a Common component', { category: 'Common', sub_category: 'Java Chassis' }, /sub_category/],
      ['a description of 129 characters', { description: 'x'.repeat(129) }, /description/],
      ['an unknown source kind', { source: { kind: 'svn', spec: {} } }, /source\.kind/],
      ['a code source without repo_url', { source: { kind: 'code', spec: { repo_type: 'GitHub', repo_auth: 'a' } } }, /source\.spec\.repo_url/],
      ['a code source on an unknown host', { source: { kind: 'code', spec: { repo_type: 'SourceForge', repo_url: 'u', repo_auth: 'a' } } }, /source\.spec\.repo_type/],
      ['an artifact source on swr', { source: { kind: 'artifact', spec: { storage: 'swr', type: 'package', url: 'u' } } }, /source\.spec\.storage/],
      ['an artifact source of type image', { source: { kind: 'artifact', spec: { storage: 'obs', type: 'image', url: 'u' } } }, /source\.spec\.type/],
      ['an artifact source with auth basic', { source: { kind: 'artifact', spec: { storage: 'obs', type: 'package', url: 'u', auth: 'basic' } } }, /source\.spec\.auth/],
      ['a build cluster_id that is not a string', { build: { parameters: { cluster_id: 5 } } }, /build\.parameters\.cluster_id/],
    ])('should refuse %s with 400 SVCSTG.00100400', async (_case, patch, detail) => {
      expectError(await create({ ...COMPONENT_EXAMPLE, ...patch }), 400, 'SVCSTG.00100400', detail);
    });

    it('should refuse a duplicate name within the application but allow it in another', async () => {
      await create();
      expectError(await create(), 400, 'SVCSTG.00100400', /mycomponent.*already used/);
      const other = (await emu.call('POST', cas(emu, '/applications'), { body: { name: 'other-app' } })).body.id;
      expect((await emu.call('POST', cas(emu, `/applications/${other}/components`), { body: COMPONENT_EXAMPLE })).status).toBe(200);
    });

    it('should answer 404 SVCSTG.00100403 under an unknown application', async () => {
      expectError(await emu.call('POST', cas(emu, '/applications/nope/components'), { body: COMPONENT_EXAMPLE }), 404, 'SVCSTG.00100403');
    });
  });

  describe('read, modify (§4.4.2, 4.4.3, 4.4.5)', () => {
    it('should list as {count, components} and get by id', async () => {
      const c = await create();
      const list = await emu.call('GET', components());
      expect(list.status).toBe(200);
      expect(list.body).toEqual({ count: 1, components: [c.body] });
      const got = await emu.call('GET', components(`/${c.body.id}`));
      expect(got.body).toEqual(c.body);
    });

    it('should not find a component under another application (404 SVCSTG.00100404)', async () => {
      const c = await create();
      const other = (await emu.call('POST', cas(emu, '/applications'), { body: { name: 'other-app' } })).body.id;
      expectError(await emu.call('GET', cas(emu, `/applications/${other}/components/${c.body.id}`)), 404, 'SVCSTG.00100404');
      expectError(await emu.call('GET', components('/nope')), 404, 'SVCSTG.00100404');
    });

    it('should modify as the reference example does, keeping runtime, category and build id', async () => {
      const c = await create();
      await emu.advance(2);
      const body = {
        name: 'test-micro',
        description: '',
        source: {
          kind: 'artifact',
          spec: {
            storage: 'obs',
            type: 'package',
            url: 'obs://test-soft/fusionweather-1.0.0.jar',
            auth: 'iam',
            webUrl: '',
            properties: { bucket: 'test-soft', endpoint: 'https://obs.region_id.development.com:443', key: 'fusionweather-1.0.0.jar' },
          },
        },
        build: {
          parameters: {
            artifact_namespace: 'ns',
            use_public_cluster: false,
            cluster_id: '523498f1-36c4-11eb-ae36-0255ac1000c2',
            cluster_name: 'cce-test',
            cluster_type: 'VirtualMachine',
          },
        },
        pipeline_ids: null,
      };
      const res = await emu.call('PUT', components(`/${c.body.id}`), { body });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        ...c.body,
        name: 'test-micro',
        source: body.source,
        build: { id: c.body.build.id, parameters: body.build.parameters },
        update_time: expect.any(Number),
      });
      expect(res.body.update_time).toBeGreaterThan(c.body.update_time);
    });

    it('should refuse more than 10 pipeline ids and a taken name', async () => {
      const c = await create();
      await create({ ...COMPONENT_EXAMPLE, name: 'other' });
      expectError(await emu.call('PUT', components(`/${c.body.id}`), { body: { pipeline_ids: Array.from({ length: 11 }, (_, i) => `p${i}`) } }), 400, 'SVCSTG.00100400', /pipeline_ids/);
      expectError(await emu.call('PUT', components(`/${c.body.id}`), { body: { name: 'other' } }), 400, 'SVCSTG.00100400', /already used/);
    });
  });

  describe('delete (§4.4.4)', () => {
    it('should delete an undeployed component with 204', async () => {
      const c = await create();
      expect((await emu.call('DELETE', components(`/${c.body.id}`))).status).toBe(204);
      expectError(await emu.call('GET', components(`/${c.body.id}`)), 404, 'SVCSTG.00100404');
    });

    it('should refuse a deployed component without force (400 SVCSTG.00100402) and delete it and its instances with force', async () => {
      const scene = await makeScene(emu);
      await deployed(emu, scene, instanceBody(scene.envId));
      const path = cas(emu, `/applications/${scene.appId}/components/${scene.compId}`);
      expectError(await emu.call('DELETE', path), 400, 'SVCSTG.00100402', /weather-dev/);
      expectError(await emu.call('DELETE', `${path}?force=maybe`), 400, 'SVCSTG.00100400', /force/);
      expect((await emu.call('DELETE', `${path}?force=true`)).status).toBe(204);
      expectError(await emu.call('GET', path), 404, 'SVCSTG.00100404');
      // The environment is free again: the instance went with its component.
      expect((await emu.call('DELETE', cas(emu, `/environments/${scene.envId}`))).status).toBe(204);
    });

    it('should cancel the running job of an instance removed by a forced delete', async () => {
      const scene = await makeScene(emu);
      const created = await emu.call('POST', scene.instances(), { body: instanceBody(scene.envId) });
      await emu.call('DELETE', cas(emu, `/applications/${scene.appId}/components/${scene.compId}?force=true`));
      const job = await emu.call('GET', cas(emu, `/jobs/${created.body.job_id}`));
      expect(job.body.job.EXECUTION_STATUS).toBe('CANCELLED');
    });
  });
});
