import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EmulatorClock } from '../../../src/emulator/clock.js';
import { CasProject } from '../../../src/emulator/cas/project.js';
import type { PlatformRegistry, ReplicaSet } from '../../../src/emulator/coupling.js';
import { PROJECTS } from '../../../src/emulator/tenancy.js';
import { ENV_EXAMPLE } from './helpers.js';

type RegistryCall = { sync: ReplicaSet } | { remove: string };

/** Records what CAS tells the registry. */
class RecordingRegistry implements PlatformRegistry {
  readonly calls: RegistryCall[] = [];
  syncReplicas(set: ReplicaSet): void {
    this.calls.push({ sync: { ...set } });
  }
  removeReplicas(owner: string): void {
    this.calls.push({ remove: owner });
  }
  /** The calls since the last take. */
  take(): RegistryCall[] {
    return this.calls.splice(0);
  }
}

const STEP = 60_000;

describe('CAS to registry coupling', () => {
  let clock: EmulatorClock;
  let registry: RecordingRegistry;
  let project: CasProject;
  let appId: string;
  let compId: string;
  let envId: string;
  const finish = () => clock.advance(STEP * 40);

  beforeEach(() => {
    clock = new EmulatorClock();
    registry = new RecordingRegistry();
    project = new CasProject({ project: PROJECTS[0]!, clock, settings: { jobStepMs: STEP }, registry, takeJobFailure: () => undefined });
    envId = project.environments.create({ ...ENV_EXAMPLE, name: 'dev-env' }).id;
    appId = project.applications.create({ name: 'weather-app' }).id;
    compId = project.components.create(appId, { name: 'weather', runtime: 'Nodejs14', category: 'MicroService', sub_category: 'Go Chassis' }).id;
  });
  afterEach(() => clock.stop());

  const deploy = (cse: boolean, replica = 2) =>
    project.instances.create(appId, compId, {
      name: 'weather-dev',
      environment_id: envId,
      flavor_id: 'MICRO-5G:0.5C:1G',
      replica,
      version: '1.0.0',
      artifacts: { weather: { storage: 'swr', type: 'image', url: 'swr/weather:1', auth: 'iam' } },
      refer_resources: [{ id: 'cce', type: 'cce', parameters: { namespace: 'default' } }, ...(cse ? [{ id: 'default', type: 'cse' }] : [])],
    }).instance_id;

  const set = (owner: string, available: number, version = '1.0.0'): RegistryCall => ({
    sync: { owner, environment: 'development', appId: 'weather-app', serviceName: 'weather', version, hostPrefix: 'weather-dev', port: 3000, available },
  });

  it('should tell the registry each replica as it comes up, then scale, stop, start, upgrade and delete', () => {
    const id = deploy(true);
    expect(registry.take()).toEqual([]);
    finish();
    // The runtime's container port (Nodejs14: 3000) is the endpoint port.
    expect(registry.take()).toEqual([set(id, 1), set(id, 2)]);

    project.instances.action(appId, compId, id, { action: 'scale', parameters: { replica: 3 } });
    finish();
    expect(registry.take()).toEqual([set(id, 3)]);

    project.instances.action(appId, compId, id, { action: 'stop' });
    finish();
    expect(registry.take()).toEqual([set(id, 0)]);

    project.instances.action(appId, compId, id, { action: 'start' });
    finish();
    expect(registry.take()).toEqual([set(id, 1), set(id, 2), set(id, 3)]);

    project.instances.update(appId, compId, id, { version: '1.1.0' });
    finish();
    expect(registry.take()).toEqual([set(id, 3, '1.1.0')]);

    project.instances.delete(appId, compId, id, false);
    finish();
    expect(registry.take()).toEqual([set(id, 0, '1.1.0'), { remove: id }]);
  });

  it('should say nothing to the registry for an instance without the cse resource', () => {
    const id = deploy(false);
    finish();
    project.instances.action(appId, compId, id, { action: 'restart' });
    project.instances.delete(appId, compId, id, true);
    finish();
    expect(registry.take()).toEqual([]);
  });

  it('should deregister when an upgrade drops cse, and register when one adds it', () => {
    const id = deploy(true, 1);
    finish();
    registry.take();
    project.instances.update(appId, compId, id, { version: '1.0.0', refer_resources: [{ id: 'cce', type: 'cce', parameters: { namespace: 'default' } }] });
    finish();
    expect(registry.take()).toEqual([{ remove: id }]);
    project.instances.update(appId, compId, id, {
      version: '1.0.0',
      refer_resources: [
        { id: 'cce', type: 'cce', parameters: { namespace: 'default' } },
        { id: 'default', type: 'cse' },
      ],
    });
    finish();
    expect(registry.take()).toEqual([set(id, 1)]);
  });

  it('should roll the registry back to the snapshot version', () => {
    const id = deploy(true, 1);
    finish();
    project.instances.update(appId, compId, id, { version: '2.0.0' });
    finish();
    registry.take();
    project.instances.action(appId, compId, id, { action: 'rollback', parameters: { version: '1.0.0' } });
    finish();
    expect(registry.take()).toEqual([set(id, 1, '1.0.0')]);
  });

  it('should deregister the instances a forced component delete removes', () => {
    const id = deploy(true);
    finish();
    registry.take();
    project.components.delete(appId, compId, true);
    expect(registry.take()).toEqual([{ remove: id }]);
  });

  it('should finish a job at once for seeding', () => {
    const id = deploy(true, 2);
    const detail = project.instances.get(appId, compId, id);
    project.jobs.finishNow(detail.status_detail.last_job_id!);
    expect(project.instances.get(appId, compId, id).status_detail).toMatchObject({ status: 'RUNNING', available_replica: 2, last_job_status: 'SUCCEEDED' });
    expect(registry.take()).toEqual([set(id, 1), set(id, 2)]);
  });
});
