import { describe, expect } from 'vitest';
import { test as base } from '../../support/fixtures.js';
import { CAS_EMULATOR, cas, deployed, ENV_EXAMPLE, expectError, finishJobs, instanceBody, instanceExample, makeScene } from './helpers.js';

/** Every test starts on an empty emulator with a scene (environment, application, component) to deploy into. */
const test = base.extend('scene', { auto: true }, async ({ emu }) => {
  await emu.reset(false);
  return makeScene(emu);
});

const JOB_ID = /^JOB[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('CAS component instances', () => {
  test.override('emulatorOptions', CAS_EMULATOR);

  describe('create (§4.5.1)', () => {
    test('should create the reference example and answer {instance_id, job_id}', async ({ emu, scene }) => {
      const res = await emu.call('POST', scene.instances(), { body: instanceExample(scene.envId) });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ instance_id: expect.stringMatching(/^[0-9a-f-]{36}$/), job_id: expect.stringMatching(JOB_ID) });
    });

    test('should show the new instance in the detail shape of §4.5.6, INITIALIZING', async ({ emu, scene }) => {
      const created = await emu.call('POST', scene.instances(), { body: instanceExample(scene.envId) });
      const res = await emu.call('GET', scene.instance(created.body.instance_id));
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        id: created.body.instance_id,
        name: 'component-instance-name',
        environment_id: scene.envId,
        platform_type: 'cce',
        description: 'instance desc',
        flavor_id: 'MICRO-5G:0.5C:1G',
        artifacts: instanceExample(scene.envId).artifacts,
        // The example sends the number 1; the service keeps a string.
        version: '1',
        configuration: {
          env: [
            { name: 'PAAS_PROJECT_ID', value: emu.projects[0]!.id, internal: true },
            { name: 'log-level', value: 'warn' },
          ],
        },
        creator: expect.any(String),
        create_time: expect.any(Number),
        update_time: expect.any(Number),
        external_accesses: null,
        refer_resources: instanceExample(scene.envId).refer_resources,
        status_detail: {
          status: 'INITIALIZING',
          replica: 1,
          available_replica: 0,
          fail_detail: null,
          last_job_id: created.body.job_id,
          last_job_status: 'SUBMITTED',
          enterprise_project_id: '0',
        },
      });
    });

    test('should list instances in the shape of Table 4-153', async ({ emu, scene }) => {
      const created = await emu.call('POST', scene.instances(), { body: instanceExample(scene.envId) });
      const res = await emu.call('GET', scene.instances());
      expect(res.status).toBe(200);
      expect(res.body.count).toBe(1);
      expect(res.body.instances[0]).toEqual({
        id: created.body.instance_id,
        application_id: scene.appId,
        component_id: scene.compId,
        name: 'component-instance-name',
        environment_id: scene.envId,
        platform_type: 'cce',
        artifacts: instanceExample(scene.envId).artifacts,
        version: '1',
        create_time: expect.any(Number),
        update_time: expect.any(Number),
        external_accesses: null,
        status_detail: expect.objectContaining({ status: 'INITIALIZING', replica: 1, available_replica: 0 }),
      });
    });

    test('should order instances by version as numbers', async ({ emu, scene }) => {
      const env2 = (await emu.call('POST', cas(emu, '/environments'), { body: { ...ENV_EXAMPLE, name: 'env-two' } })).body.id;
      await emu.call('POST', scene.instances(), { body: instanceBody(scene.envId, { name: 'a-one', version: '1.10.0' }) });
      await emu.call('POST', scene.instances(), { body: instanceBody(env2, { name: 'a-two', version: '1.9.0' }) });
      const res = await emu.call('GET', scene.instances('?order_by=version&order=asc'));
      expect(res.body.instances.map((i: { version: string }) => i.version)).toEqual(['1.9.0', '1.10.0']);
    });

    test('should deploy on ECS as a vmapp', async ({ emu, scene }) => {
      const body = instanceBody(scene.envId, {
        artifacts: { weather: { storage: 'obs', type: 'package', url: 'obs://bucket/weather.jar', auth: 'iam' } },
        refer_resources: [{ id: 'Default', type: 'ecs', parameters: { hosts: ['04d9f887-9860-4029-91d1-7d3102903a69'] } }],
      });
      const created = await emu.call('POST', scene.instances(), { body });
      expect(created.status).toBe(200);
      expect((await emu.call('GET', scene.instance(created.body.instance_id))).body.platform_type).toBe('vmapp');
    });

    test.for(['CUSTOM-10G:0.5C-0.25C:1.6Gi-0.8Gi', 'CUSTOM-10G:250m-250m:0.5Gi-0.5Gi', 'CUSTOM-5G:2C-1C:4Gi-2Gi', 'LARGE-40G:4C:8G'])(
      'should accept the flavor %s',
      async (flavor, { emu, scene }) => {
        const res = await emu.call('POST', scene.instances(), { body: instanceBody(scene.envId, { flavor_id: flavor }) });
        expect(res.status).toBe(200);
        expect((await emu.call('GET', scene.instance(res.body.instance_id))).body.flavor_id).toBe(flavor);
      },
    );

    test.for([
      ['an uppercase name', { name: 'Weather' }, /name/],
      ['a name of 64 characters', { name: 'a'.repeat(64) }, /at most 63/],
      ['a name with an underscore', { name: 'weather_dev' }, /lowercase letters, digits and hyphens/],
      ['a name ending with a hyphen', { name: 'weather-' }, /name/],
      ['a missing environment_id', { environment_id: undefined }, /environment_id: is mandatory/],
      ['a negative replica', { replica: -1 }, /replica: must be at least 0/],
      ['a fractional replica', { replica: 1.5 }, /replica: must be an integer/],
      ['a replica given as a string', { replica: '2' }, /replica: must be an integer/],
      ['a missing flavor_id', { flavor_id: undefined }, /flavor_id: is mandatory/],
      ['an unknown flavor', { flavor_id: 'HUGE-1T:64C:1T' }, /flavor_id.*CUSTOM-xxG:xxC-xxC:xxGi-xxGi/],
      ['a custom flavor without units', { flavor_id: 'CUSTOM-10G:0.5-0.25:1.6-0.8' }, /flavor_id/],
      ['a custom flavor with its CPU minimum above the maximum', { flavor_id: 'CUSTOM-10G:0.25C-0.5C:1Gi-1Gi' }, /CPU maximum/],
      ['a custom flavor with its memory minimum above the maximum', { flavor_id: 'CUSTOM-10G:1C-1C:1Gi-2Gi' }, /memory maximum/],
      ['a missing version', { version: undefined }, /version: is mandatory/],
      ['a version with letters', { version: 'v1.0' }, /version/],
      ['a version of 5 parts', { version: '1.0.0.0.1' }, /version/],
      ['a negative version', { version: -1 }, /version/],
      ['an artifact on hdfs', { artifacts: { w: { storage: 'hdfs', type: 'image', url: 'u', auth: 'iam' } } }, /artifacts\.w\.storage/],
      ['an artifact of type zip', { artifacts: { w: { storage: 'swr', type: 'zip', url: 'u', auth: 'iam' } } }, /artifacts\.w\.type/],
      ['an artifact with auth basic', { artifacts: { w: { storage: 'swr', type: 'image', url: 'u', auth: 'basic' } } }, /artifacts\.w\.auth/],
      ['an artifact without url', { artifacts: { w: { storage: 'swr', type: 'image', auth: 'iam' } } }, /artifacts\.w\.url/],
      ['a missing refer_resources', { refer_resources: undefined }, /refer_resources: is mandatory/],
      ['a cce resource without namespace', { refer_resources: [{ id: 'c', type: 'cce' }] }, /refer_resources\[0\]\.parameters\.namespace/],
      ['an ecs resource whose id is not Default', { refer_resources: [{ id: 'e', type: 'ecs', parameters: { hosts: ['h'] } }] }, /refer_resources\[0\]\.id/],
      ['an ecs resource without hosts', { refer_resources: [{ id: 'Default', type: 'ecs', parameters: {} }] }, /refer_resources\[0\]\.parameters\.hosts/],
      [
        'two base resources',
        { refer_resources: [{ id: 'c', type: 'cce', parameters: { namespace: 'n' } }, { id: 'Default', type: 'ecs', parameters: { hosts: ['h'] } }] },
        /one base resource/,
      ],
      ['a refer_alias on elb', { refer_resources: [{ id: 'c', type: 'cce', parameters: { namespace: 'n' } }, { id: 'e', type: 'elb', refer_alias: 'distributed_cache' }] }, /refer_alias/],
      ['a description of 129 characters', { description: 'd'.repeat(129) }, /description/],
      ['an env variable starting with a digit', { configuration: { env: [{ name: '9lives', value: 'x' }] } }, /configuration\.env\[0\]\.name/],
      ['an unknown storage type', { configuration: { storage: [{ type: 'NFS', parameters: {}, mounts: [{ path: '/d' }] }] } }, /configuration\.storage\[0\]\.type/],
      ['a HostPath storage without path', { configuration: { storage: [{ type: 'HostPath', parameters: {}, mounts: [{ path: '/d' }] }] } }, /configuration\.storage\[0\]\.parameters\.path/],
      ['a storage without mounts', { configuration: { storage: [{ type: 'EmptyDir', parameters: {}, mounts: [] }] } }, /configuration\.storage\[0\]\.mounts/],
      ['an unknown upgrade strategy', { configuration: { strategy: { upgrade: 'BlueGreen' } } }, /configuration\.strategy\.upgrade: must be one of Recreate, RollingUpdate/],
      ['an unknown probe type', { configuration: { probes: { livenessProbe: { type: 'grpc', parameters: {} } } } }, /configuration\.probes\.livenessProbe\.type/],
      ['an http probe without port', { configuration: { probes: { readinessProbe: { type: 'http', parameters: { scheme: 'HTTP', path: '/health' } } } } }, /readinessProbe\.parameters\.port/],
      ['a post-start hook of an unknown type', { configuration: { lifecycle: { 'post-start': { type: 'exec', parameters: {} } } } }, /configuration\.lifecycle\.post-start\.type/],
      ['an external access over ftp', { external_accesses: [{ protocol: 'ftp', address: 'a', forward_port: 80 }] }, /external_accesses\[0\]\.protocol/],
      ['an external access on port 70000', { external_accesses: [{ protocol: 'http', address: 'a', forward_port: 70000 }] }, /external_accesses\[0\]\.forward_port/],
    ] as const)('should refuse %s with 400 SVCSTG.00100400', async ([_case, patch, detail], { emu, scene }) => {
      const res = await emu.call('POST', scene.instances(), { body: instanceBody(scene.envId, patch) });
      expectError(res, 400, 'SVCSTG.00100400', detail);
      expect((await emu.call('GET', scene.instances())).body.count).toBe(0);
    });

    test('should refuse missing or empty artifacts with 400 SVCSTG.00100425', async ({ emu, scene }) => {
      expectError(await emu.call('POST', scene.instances(), { body: instanceBody(scene.envId, { artifacts: {} }) }), 400, 'SVCSTG.00100425');
      expectError(await emu.call('POST', scene.instances(), { body: instanceBody(scene.envId, { artifacts: undefined }) }), 400, 'SVCSTG.00100425');
    });

    test('should refuse refer_resources without a cce or ecs resource with 400 SVCSTG.00100422', async ({ emu, scene }) => {
      const res = await emu.call('POST', scene.instances(), { body: instanceBody(scene.envId, { refer_resources: [{ id: 'default', type: 'cse' }] }) });
      expectError(res, 400, 'SVCSTG.00100422');
    });

    test('should keep a full configuration as given', async ({ emu, scene }) => {
      const configuration = {
        env: [{ name: 'JAVA_OPTS', value: '-Xmx512m' }],
        storage: [
          { type: 'HostPath', parameters: { path: '/var/log' }, mounts: [{ path: '/logs', readOnly: false }] },
          { type: 'ConfigMap', parameters: { name: 'app-config' }, mounts: [{ path: '/etc/app', readOnly: true }] },
        ],
        strategy: { upgrade: 'Recreate' },
        lifecycle: { entrypoint: { command: ['java'], args: ['-jar', 'app.jar'] }, 'post-start': { type: 'command', parameters: { command: ['sleep', '1'] } }, 'pre-stop': { type: 'http', parameters: { port: 8080, path: '/shutdown' } } },
        scheduler: { affinity: { az: ['az1'] }, 'anti-affinity': { application: ['other'] } },
        probes: {
          livenessProbe: { type: 'tcp', parameters: { port: 8080 }, delay: 10, timeout: 2 },
          readinessProbe: { type: 'http', parameters: { scheme: 'HTTP', port: 8080, path: '/health' } },
        },
      };
      const created = await emu.call('POST', scene.instances(), { body: instanceBody(scene.envId, { configuration }) });
      expect(created.status).toBe(200);
      const detail = await emu.call('GET', scene.instance(created.body.instance_id));
      expect(detail.body.configuration).toEqual({ ...configuration, env: [expect.objectContaining({ name: 'PAAS_PROJECT_ID', internal: true }), ...configuration.env] });
    });

    test('should answer 404 for an unknown environment, application or component', async ({ emu, scene }) => {
      expectError(await emu.call('POST', scene.instances(), { body: instanceBody('nope') }), 404, 'SVCSTG.00100411');
      expectError(await emu.call('POST', cas(emu, `/applications/nope/components/${scene.compId}/instances`), { body: instanceBody(scene.envId) }), 404, 'SVCSTG.00100403');
      expectError(await emu.call('POST', cas(emu, `/applications/${scene.appId}/components/nope/instances`), { body: instanceBody(scene.envId) }), 404, 'SVCSTG.00100404');
    });

    test('should refuse a name taken in the same environment with 409 SVCSTG.00100413, even by another component', async ({ emu, scene }) => {
      await emu.call('POST', scene.instances(), { body: instanceBody(scene.envId) });
      const comp2 = (await emu.call('POST', cas(emu, `/applications/${scene.appId}/components`), { body: { name: 'forecast', runtime: 'Go1', category: 'Common' } })).body.id;
      const res = await emu.call('POST', cas(emu, `/applications/${scene.appId}/components/${comp2}/instances`), { body: instanceBody(scene.envId) });
      expectError(res, 409, 'SVCSTG.00100413', /weather-dev/);
      const env2 = (await emu.call('POST', cas(emu, '/environments'), { body: { ...ENV_EXAMPLE, name: 'env-two' } })).body.id;
      expect((await emu.call('POST', scene.instances(), { body: instanceBody(env2) })).status).toBe(200);
    });

    test('should refuse a version another instance of the component has in the environment with SVCSTG.00100441', async ({ emu, scene }) => {
      await emu.call('POST', scene.instances(), { body: instanceBody(scene.envId) });
      expectError(await emu.call('POST', scene.instances(), { body: instanceBody(scene.envId, { name: 'weather-two' }) }), 404, 'SVCSTG.00100441', /1\.0\.0/);
      expect((await emu.call('POST', scene.instances(), { body: instanceBody(scene.envId, { name: 'weather-two', version: '1.0.1' }) })).status).toBe(200);
    });
  });

  describe('read under the wrong parent', () => {
    test('should not find an instance under another component (404 SVCSTG.00100412)', async ({ emu, scene }) => {
      const created = await emu.call('POST', scene.instances(), { body: instanceBody(scene.envId) });
      const comp2 = (await emu.call('POST', cas(emu, `/applications/${scene.appId}/components`), { body: { name: 'forecast', runtime: 'Go1', category: 'Common' } })).body.id;
      const wrong = cas(emu, `/applications/${scene.appId}/components/${comp2}/instances/${created.body.instance_id}`);
      expectError(await emu.call('GET', wrong), 404, 'SVCSTG.00100412');
      expectError(await emu.call('DELETE', wrong), 404, 'SVCSTG.00100412');
      expectError(await emu.call('GET', scene.instance('nope')), 404, 'SVCSTG.00100412');
    });
  });

  describe('modify (§4.5.4)', () => {
    /** §4.5.4 example request. */
  const upgrade = () => ({
      description: '',
      artifacts: { 'test-micro': { storage: 'swr', type: 'image', url: 'swr.roma-dev-1.roma.development.com/ns1/examples:v2', auth: 'iam', version: '1.0.0', properties: {} } },
      refer_resources: [
        { id: '523498f1-36c4-11eb-ae36-0255ac1000c2', type: 'cce', parameters: { namespace: 'default' } },
        { id: 'default', type: 'cse' },
      ],
      version: '1.0.2',
    });

    test('should take the reference example, answer {job_id}, and apply it when the job ends', async ({ emu, scene }) => {
      const id = await deployed(emu, scene, instanceBody(scene.envId));
      const res = await emu.call('PUT', scene.instance(id), { body: upgrade() });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ job_id: expect.stringMatching(JOB_ID) });
      await finishJobs(emu);
      const detail = (await emu.call('GET', scene.instance(id))).body;
      expect(detail).toMatchObject({ version: '1.0.2', description: '', artifacts: upgrade().artifacts, refer_resources: upgrade().refer_resources });
      expect(detail.status_detail).toMatchObject({ status: 'RUNNING', last_job_id: res.body.job_id, last_job_status: 'SUCCEEDED' });
    });

    test('should refuse a missing version, a version of a sibling, and a change while a job runs', async ({ emu, scene }) => {
      const id = await deployed(emu, scene, instanceBody(scene.envId));
      await deployed(emu, scene, instanceBody(scene.envId, { name: 'weather-two', version: '2.0.0' }));
      expectError(await emu.call('PUT', scene.instance(id), { body: { description: 'x' } }), 400, 'SVCSTG.00100400', /version: is mandatory/);
      expectError(await emu.call('PUT', scene.instance(id), { body: { version: '2.0.0' } }), 404, 'SVCSTG.00100441');
      expect((await emu.call('PUT', scene.instance(id), { body: { version: '1.0.1' } })).status).toBe(200);
      expectError(await emu.call('PUT', scene.instance(id), { body: { version: '1.0.3' } }), 409, 'SVCSTG.00100419', /RUNNING|SUBMITTED/);
    });
  });

  describe('action (§4.5.3)', () => {
    test('should take the reference example (scale to 4) and answer {job_id}', async ({ emu, scene }) => {
      const id = await deployed(emu, scene, instanceBody(scene.envId));
      const res = await emu.call('POST', scene.instance(id, '/action'), { body: { action: 'scale', parameters: { replica: 4 } } });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ job_id: expect.stringMatching(JOB_ID) });
    });

    test.for([
      ['an unknown action', { action: 'pause' }, 'SVCSTG.00100418', /action/],
      ['a missing action', {}, 'SVCSTG.00100418', /action/],
      ['scale without replica', { action: 'scale' }, 'SVCSTG.00100400', /parameters\.replica: is mandatory/],
      ['scale to a negative replica', { action: 'scale', parameters: { replica: -2 } }, 'SVCSTG.00100400', /parameters\.replica/],
      ['rollback without version', { action: 'rollback', parameters: {} }, 'SVCSTG.00100400', /parameters\.version: is mandatory/],
    ] as const)('should refuse %s with 400', async ([_case, body, code, detail], { emu, scene }) => {
      const id = await deployed(emu, scene, instanceBody(scene.envId));
      expectError(await emu.call('POST', scene.instance(id, '/action'), { body }), 400, code, detail);
    });

    test('should refuse a rollback to a version without snapshot with 404 SVCSTG.00100436', async ({ emu, scene }) => {
      const id = await deployed(emu, scene, instanceBody(scene.envId));
      expectError(await emu.call('POST', scene.instance(id, '/action'), { body: { action: 'rollback', parameters: { version: '0.9.0' } } }), 404, 'SVCSTG.00100436', /1\.0\.0/);
    });

    test('should refuse an action while a job runs with 409 SVCSTG.00100419', async ({ emu, scene }) => {
      const created = await emu.call('POST', scene.instances(), { body: instanceBody(scene.envId) });
      const res = await emu.call('POST', scene.instance(created.body.instance_id, '/action'), { body: { action: 'stop' } });
      expectError(res, 409, 'SVCSTG.00100419', new RegExp(created.body.job_id));
    });

    test('should require hosts to scale a VM deployment', async ({ emu, scene }) => {
      const id = await deployed(
        emu,
        scene,
        instanceBody(scene.envId, { artifacts: { w: { storage: 'obs', type: 'package', url: 'obs://b/w.jar', auth: 'iam' } }, refer_resources: [{ id: 'Default', type: 'ecs', parameters: { hosts: ['h1'] } }] }),
      );
      expectError(await emu.call('POST', scene.instance(id, '/action'), { body: { action: 'scale', parameters: { replica: 2 } } }), 400, 'SVCSTG.00100400', /parameters\.hosts/);
      expect((await emu.call('POST', scene.instance(id, '/action'), { body: { action: 'scale', parameters: { replica: 2, hosts: ['h1', 'h2'] } } })).status).toBe(200);
    });
  });

  describe('delete (§4.5.5)', () => {
    test('should answer 200 {job_id} and refuse a second delete while the first runs with 409 SVCSTG.00100423', async ({ emu, scene }) => {
      const id = await deployed(emu, scene, instanceBody(scene.envId));
      const res = await emu.call('DELETE', scene.instance(id));
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ job_id: expect.stringMatching(JOB_ID) });
      expectError(await emu.call('DELETE', scene.instance(id)), 409, 'SVCSTG.00100423');
    });

    test('should delete during a running job with force=true, cancelling that job', async ({ emu, scene }) => {
      const created = await emu.call('POST', scene.instances(), { body: instanceBody(scene.envId) });
      const res = await emu.call('DELETE', scene.instance(created.body.instance_id, '?force=true'));
      expect(res.status).toBe(200);
      expect((await emu.call('GET', cas(emu, `/jobs/${created.body.job_id}`))).body.job.EXECUTION_STATUS).toBe('CANCELLED');
      await finishJobs(emu);
      expectError(await emu.call('GET', scene.instance(created.body.instance_id)), 404, 'SVCSTG.00100412');
    });
  });

  describe('snapshots (§4.5.7)', () => {
    test('should record the first version when the deploy succeeds, in the example shape', async ({ emu, scene }) => {
      const created = await emu.call('POST', scene.instances(), { body: instanceBody(scene.envId) });
      expect((await emu.call('GET', scene.instance(created.body.instance_id, '/snapshots'))).body).toEqual({ count: 0, snapshots: [] });
      await finishJobs(emu);
      const res = await emu.call('GET', scene.instance(created.body.instance_id, '/snapshots'));
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        count: 1,
        snapshots: [{ version: '1.0.0', description: '{"action":"New Version: 1.0.0"}', instance_id: created.body.instance_id, create_time: expect.any(Number) }],
      });
    });
  });
});
