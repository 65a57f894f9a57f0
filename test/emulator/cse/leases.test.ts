import { describe, expect } from 'vitest';
import { test as base } from '../../support/fixtures.js';
import type { TestEmulator } from '../../support/emulator.js';
import { createService, expectCseError, instancesPath, registerInstance, REG } from './support.js';

/** Every test starts on an empty registry with one service, stock. */
const test = base.extend('serviceId', { auto: true }, async ({ emu }) => {
  await emu.reset(false);
  return createService(emu, { serviceName: 'stock' });
});

describe('registry leases: heartbeats and expiry under the emulator clock', () => {
  const alive = async (emu: TestEmulator, serviceId: string, instanceId: string) => (await emu.call('GET', instancesPath(serviceId, instanceId))).status === 200;
  const seconds = (emu: TestEmulator, s: number) => emu.advance(s * 1000);

  test('should keep an instance for the default TTL of 120 s: alive at 119 s, gone at 121 s', async ({ emu, serviceId }) => {
    const id = await registerInstance(emu, serviceId);
    await seconds(emu, 119);
    expect(await alive(emu, serviceId, id)).toBe(true);
    await seconds(emu, 2);
    expect(await alive(emu, serviceId, id)).toBe(false);
    expect((await emu.call('GET', instancesPath(serviceId))).body.instances).toEqual([]);
    expectCseError(await emu.call('PUT', `${instancesPath(serviceId, id)}/heartbeat`), 400, '400017');
  });

  test('should keep an instance alive while it heartbeats, and let it go 120 s after the last one', async ({ emu, serviceId }) => {
    const id = await registerInstance(emu, serviceId);
    for (let i = 0; i < 10; i++) {
      await seconds(emu, 100);
      expect((await emu.call('PUT', `${instancesPath(serviceId, id)}/heartbeat`)).status).toBe(200);
    }
    await seconds(emu, 119);
    expect(await alive(emu, serviceId, id)).toBe(true);
    await seconds(emu, 2);
    expect(await alive(emu, serviceId, id)).toBe(false);
  });

  test('should renew the lease when the instance registers again', async ({ emu, serviceId }) => {
    const id = await registerInstance(emu, serviceId, { instanceId: 'again', endpoints: ['rest:1.1.1.1:1'] });
    await seconds(emu, 100);
    await registerInstance(emu, serviceId, { instanceId: 'again', endpoints: ['rest:1.1.1.1:1'] });
    await seconds(emu, 100);
    expect(await alive(emu, serviceId, id)).toBe(true);
  });

  test('should raise an interval below 5 s to 5 and times below 3 to 3 (TTL 20 s)', async ({ emu, serviceId }) => {
    const id = await registerInstance(emu, serviceId, { healthCheck: { mode: 'push', interval: 1, times: 0 } });
    const got = await emu.call('GET', instancesPath(serviceId, id));
    expect(got.body.instance.healthCheck).toEqual({ mode: 'push', interval: 5, times: 3 });
    await seconds(emu, 19);
    expect(await alive(emu, serviceId, id)).toBe(true);
    await seconds(emu, 2);
    expect(await alive(emu, serviceId, id)).toBe(false);
  });

  test('should use interval x (times + 1) for the TTL (10 s x 6 = 60 s)', async ({ emu, serviceId }) => {
    const id = await registerInstance(emu, serviceId, { healthCheck: { mode: 'push', interval: 10, times: 5 } });
    await seconds(emu, 59);
    expect(await alive(emu, serviceId, id)).toBe(true);
    await seconds(emu, 2);
    expect(await alive(emu, serviceId, id)).toBe(false);
  });

  test('should force pull mode to 30 s / 3 times', async ({ emu, serviceId }) => {
    const id = await registerInstance(emu, serviceId, { healthCheck: { mode: 'pull', port: 8080, interval: 5, times: 10 } });
    const got = await emu.call('GET', instancesPath(serviceId, id));
    expect(got.body.instance.healthCheck).toEqual({ mode: 'pull', port: 8080, interval: 30, times: 3 });
    await seconds(emu, 119);
    expect(await alive(emu, serviceId, id)).toBe(true);
    await seconds(emu, 2);
    expect(await alive(emu, serviceId, id)).toBe(false);
  });

  test('should change the find revision when an instance expires', async ({ emu, serviceId }) => {
    await registerInstance(emu, serviceId);
    const path = `${REG}/instances?appId=shop&serviceName=stock&version=latest`;
    const before = (await emu.call('GET', path)).headers.get('x-resource-revision')!;
    await seconds(emu, 121);
    const after = await emu.call('GET', `${path}&rev=${before}`);
    expect(after.status).toBe(200);
    expect(after.body.instances).toEqual([]);
  });

  test('should keep platform-managed instances alive over long advances and drop them when removed', async ({ emu }) => {
    const registry = emu.emulator.state.registry(emu.projects[0]!.id);
    registry.syncReplicas({ owner: 'ci-1', environment: 'development', appId: 'shop', serviceName: 'web', version: '1.0.0', hostPrefix: 'web', port: 8080, available: 2 });
    const find = (emu: TestEmulator) => emu.call('GET', `${REG}/instances?appId=shop&serviceName=web&version=1.0.0`);
    expect((await find(emu)).body.instances).toHaveLength(2);
    await seconds(emu, 6 * 3600);
    expect((await find(emu)).body.instances).toHaveLength(2);
    registry.removeReplicas('ci-1');
    expect((await find(emu)).body.instances).toEqual([]);
  });
});
