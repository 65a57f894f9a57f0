/** Shared fixtures of the CAS tests: the reference's example requests and a scene to deploy into. */
import { expect } from 'vitest';
import { startTestEmulator, type CallResult, type TestEmulator } from '../../support/emulator.js';

/**
 * Job steps last one emulator minute in these tests, so real time never moves a job while a test
 * looks at it; tests move jobs with emu.advance(STEP).
 */
export const STEP = 60_000;

/** The emulator options of the CAS tests (`test.override('emulatorOptions', CAS_EMULATOR)`). */
export const CAS_EMULATOR = { jobStepMs: STEP };

export const startCasEmulator = () => startTestEmulator(CAS_EMULATOR);

/** /v2/{project_id}/cas + suffix, for the main project (or the second with project = 1). */
export const cas = (emu: TestEmulator, suffix = '', project: 0 | 1 = 0) => `/v2/${emu.projects[project]!.id}/cas${suffix}`;

/** §4.2.1 example request. */
export const ENV_EXAMPLE = {
  name: 'development-env',
  description: '',
  charge_mode: 'provided',
  vpc_id: '29d55020-ae0e-4a18-871c-93e6976ee7bd',
  base_resources: [{ id: '523498f1-36c4-11eb-ae36-0255ac1000c2', type: 'cce', name: 'cce-test' }],
  optional_resources: [{ id: '9963306a-791e-468c-9306-cf80a9d00298', type: 'elb', name: 'elb-2dd2' }],
};

/** §4.3.1 example request. */
export const APP_EXAMPLE = { name: 'app-xpmtii', description: 'test' };

/** §4.4.1 example request. */
export const COMPONENT_EXAMPLE = {
  name: 'mycomponent',
  runtime: 'Java8',
  category: 'MicroService',
  sub_category: 'Java Chassis',
  description: '',
  build: { parameters: { artifact_namespace: 'ns' } },
  source: {
    kind: 'artifact',
    spec: {
      storage: 'obs',
      type: 'package',
      url: 'obs://myapp/demo.jar',
      properties: { bucket: 'myapp', key: 'demo.jar', endpoint: 'https://obs.region_id.external_domain_name.com' },
    },
  },
};

/** §4.5.1 example request, with the scene's environment. */
export const instanceExample = (environmentId: string) => ({
  name: 'component-instance-name',
  environment_id: environmentId,
  flavor_id: 'MICRO-5G:0.5C:1G',
  replica: 1,
  artifacts: { 'container-name': { storage: 'swr', type: 'image', url: '{IP}:20202/xxxxxxxx/junit-platformstest:1.0', auth: 'iam' } },
  version: 1,
  description: 'instance desc',
  configuration: { env: [{ name: 'log-level', value: 'warn' }] },
  refer_resources: [
    { id: 'b6862a62-d916-11e9-bdf1-0255ac101fd9', type: 'cce', parameters: { namespace: 'default' } },
    { id: '8c0a45cc-626f-4d65-8257-507ee059aa9a', type: 'elb' },
  ],
});

/** A small instance body: `replica` replicas, on cce, optionally registered through cse. */
export const instanceBody = (environmentId: string, overrides: Record<string, unknown> = {}, cse = false) => ({
  name: 'weather-dev',
  environment_id: environmentId,
  flavor_id: 'MICRO-5G:0.5C:1G',
  replica: 2,
  version: '1.0.0',
  artifacts: { weather: { storage: 'swr', type: 'image', url: 'swr.example.com/demo/weather:1.0.0', auth: 'iam' } },
  refer_resources: [{ id: 'cce-1', type: 'cce', parameters: { namespace: 'default' } }, ...(cse ? [{ id: 'default', type: 'cse' }] : [])],
  ...overrides,
});

export function expectError(res: CallResult, status: number, code: string, detail?: RegExp): void {
  expect({ status: res.status, code: (res.body as { error_code?: string }).error_code }).toEqual({ status, code });
  if (detail) expect((res.body as { error_msg: string }).error_msg).toMatch(detail);
}

export interface Scene {
  envId: string;
  appId: string;
  compId: string;
  /** .../applications/{app}/components/{comp}/instances + suffix */
  instances(suffix?: string): string;
  /** .../instances/{id} + suffix */
  instance(id: string, suffix?: string): string;
}

/** An environment, an application and a component to deploy, made through the API. */
export async function makeScene(emu: TestEmulator, names: { env?: string; app?: string; comp?: string } = {}): Promise<Scene> {
  const env = await emu.call('POST', cas(emu, '/environments'), { body: { ...ENV_EXAMPLE, name: names.env ?? 'scene-env' } });
  const app = await emu.call('POST', cas(emu, '/applications'), { body: { name: names.app ?? 'scene-app' } });
  const comp = await emu.call('POST', cas(emu, `/applications/${app.body.id}/components`), {
    body: { name: names.comp ?? 'weather', runtime: 'Java8', category: 'MicroService', sub_category: 'Java Chassis' },
  });
  if (env.status !== 200 || app.status !== 200 || comp.status !== 200) throw new Error(`scene setup failed: ${env.status} ${app.status} ${comp.status}`);
  const base = cas(emu, `/applications/${app.body.id}/components/${comp.body.id}/instances`);
  return {
    envId: env.body.id,
    appId: app.body.id,
    compId: comp.body.id,
    instances: (suffix = '') => base + suffix,
    instance: (id, suffix = '') => `${base}/${id}${suffix}`,
  };
}

/** Enough steps for any job of these tests to end. */
export const finishJobs = (emu: TestEmulator) => emu.advance(STEP * 40);

/** Creates an instance and runs its deploy job to the end. */
export async function deployed(emu: TestEmulator, scene: Scene, body: Record<string, unknown>): Promise<string> {
  const res = await emu.call('POST', scene.instances(), { body });
  if (res.status !== 200) throw new Error(`deploy failed: ${res.status} ${JSON.stringify(res.body)}`);
  await finishJobs(emu);
  return res.body.instance_id as string;
}
