import { describe, expect } from 'vitest';
import { test as base } from '../../support/fixtures.js';
import { createService, expectCseError, instancesPath, registerInstance } from './support.js';

/** Every test starts on an empty registry with one service, orders. */
const test = base.extend('serviceId', { auto: true }, async ({ emu }) => {
  await emu.reset(false);
  return createService(emu, { serviceName: 'orders', version: '1.2.3' });
});

describe('registry instances (§5.11-§5.17)', () => {
  describe('register (§5.11) and get (§5.12, §5.14)', () => {
    test('should register the reference example instance and answer {instanceId} (32-char hex)', async ({ emu, serviceId }) => {
      const res = await emu.call('POST', instancesPath(serviceId), {
        body: {
          instance: {
            serviceId: 'ignored-the-url-wins',
            version: '9.9.9',
            hostName: 'orders-host',
            endpoints: ['rest:127.0.0.1:8080', 'highway:127.0.0.1:7070'],
            status: 'UP',
            healthCheck: { mode: 'push', port: 0, interval: 30, times: 3 },
            dataCenterInfo: { name: 'dc1', region: 'cn-north-4', availableZone: 'cn-north-4a' },
            properties: { zone: 'a' },
            timestamp: '1',
            modTimestamp: '1',
          },
        },
      });
      expect(res.status).toBe(200);
      expect(Object.keys(res.body)).toEqual(['instanceId']);
      expect(res.body.instanceId).toMatch(/^[0-9a-f]{32}$/);

      const got = await emu.call('GET', instancesPath(serviceId, res.body.instanceId));
      expect(got.status).toBe(200);
      expect(got.headers.get('x-resource-revision')).toMatch(/^[0-9a-f]+$/);
      expect(got.body.instance).toEqual({
        instanceId: res.body.instanceId,
        serviceId,
        version: '1.2.3',
        hostName: 'orders-host',
        endpoints: ['rest:127.0.0.1:8080', 'highway:127.0.0.1:7070'],
        status: 'UP',
        properties: { zone: 'a' },
        healthCheck: { mode: 'push', port: 0, interval: 30, times: 3 },
        dataCenterInfo: { name: 'dc1', region: 'cn-north-4', availableZone: 'cn-north-4a' },
        timestamp: expect.stringMatching(/^\d{10}$/),
        modTimestamp: expect.stringMatching(/^\d{10}$/),
      });
      expect(got.body.instance.timestamp).not.toBe('1');
    });

    test('should default status to UP and healthCheck to push / 30 s / 3 times', async ({ emu, serviceId }) => {
      const id = await registerInstance(emu, serviceId);
      const got = await emu.call('GET', instancesPath(serviceId, id));
      expect(got.body.instance.status).toBe('UP');
      expect(got.body.instance.healthCheck).toEqual({ mode: 'push', interval: 30, times: 3 });
    });

    test('should list the instances of a service with X-Resource-Revision', async ({ emu, serviceId }) => {
      const a = await registerInstance(emu, serviceId);
      const b = await registerInstance(emu, serviceId);
      const res = await emu.call('GET', instancesPath(serviceId));
      expect(res.status).toBe(200);
      expect(res.headers.get('x-resource-revision')).toBeTruthy();
      expect(res.body.instances.map((i: { instanceId: string }) => i.instanceId).sort()).toEqual([a, b].sort());
    });

    test('should answer an empty list for a service without instances', async ({ emu, serviceId }) => {
      const res = await emu.call('GET', instancesPath(serviceId));
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ instances: [] });
    });

    test('should use a customized instanceId and overwrite all contents when it registers again', async ({ emu, serviceId }) => {
      const first = await emu.call('POST', instancesPath(serviceId), {
        body: { instance: { instanceId: 'orders_1.a-b', hostName: 'one', endpoints: ['rest:10.0.0.1:80'], properties: { a: '1' } } },
      });
      expect(first.body).toEqual({ instanceId: 'orders_1.a-b' });
      const again = await emu.call('POST', instancesPath(serviceId), {
        body: { instance: { instanceId: 'orders_1.a-b', hostName: 'two', endpoints: ['rest:10.0.0.2:80'], status: 'STARTING' } },
      });
      expect(again.body).toEqual({ instanceId: 'orders_1.a-b' });
      const list = await emu.call('GET', instancesPath(serviceId));
      expect(list.body.instances).toHaveLength(1);
      expect(list.body.instances[0]).toMatchObject({ hostName: 'two', endpoints: ['rest:10.0.0.2:80'], status: 'STARTING' });
      expect(list.body.instances[0].properties).toBeUndefined();
    });

    test('should reuse the id of an instance with the same endpoints when no instanceId is given', async ({ emu, serviceId }) => {
      const first = await registerInstance(emu, serviceId, { endpoints: ['rest:10.1.1.1:80', 'highway:10.1.1.1:81'] });
      const second = await registerInstance(emu, serviceId, { endpoints: ['highway:10.1.1.1:81', 'rest:10.1.1.1:80'], hostName: 'renamed' });
      expect(second).toBe(first);
      const list = await emu.call('GET', instancesPath(serviceId));
      expect(list.body.instances).toHaveLength(1);
      expect(list.body.instances[0].hostName).toBe('renamed');
    });

    test('should answer 400012 when the service does not exist', async ({ emu }) => {
      expectCseError(await emu.call('POST', instancesPath('nope'), { body: { instance: { hostName: 'h', endpoints: ['rest:1.1.1.1:1'] } } }), 400, '400012');
      expectCseError(await emu.call('GET', instancesPath('nope')), 400, '400012');
      expectCseError(await emu.call('GET', instancesPath('nope', 'abc')), 400, '400012');
    });

    test('should name the field like service-center when the hostName is empty', async ({ emu, serviceId }) => {
      const res = await emu.call('POST', instancesPath(serviceId), { body: { instance: { hostName: '', endpoints: ['rest:1.1.1.1:1'] } } });
      expectCseError(res, 400, '400001', /^field 'MicroServiceInstance.HostName' invalid value '' does not match rule/);
    });

    test.for([
      ['a missing instance', {}, 'MicroServiceInstance'],
      ['a missing hostName', { instance: { endpoints: ['rest:1.1.1.1:1'] } }, 'MicroServiceInstance.HostName'],
      ['a hostName of 65 characters', { instance: { hostName: 'h'.repeat(65), endpoints: ['rest:1.1.1.1:1'] } }, 'MicroServiceInstance.HostName'],
      ['missing endpoints', { instance: { hostName: 'h' } }, 'MicroServiceInstance.Endpoints'],
      ['empty endpoints', { instance: { hostName: 'h', endpoints: [] } }, 'MicroServiceInstance.Endpoints'],
      ['an unknown status', { instance: { hostName: 'h', endpoints: ['e'], status: 'SLEEPING' } }, 'MicroServiceInstance.Status'],
      ['an instanceId with a slash', { instance: { instanceId: 'a/b', hostName: 'h', endpoints: ['e'] } }, 'MicroServiceInstance.InstanceId'],
      ['an instanceId of 65 characters', { instance: { instanceId: 'i'.repeat(65), hostName: 'h', endpoints: ['e'] } }, 'MicroServiceInstance.InstanceId'],
      ['a healthCheck mode other than push or pull', { instance: { hostName: 'h', endpoints: ['e'], healthCheck: { mode: 'poke', interval: 30, times: 3 } } }, 'MicroServiceInstance.HealthCheck.Mode'],
      ['a negative healthCheck interval', { instance: { hostName: 'h', endpoints: ['e'], healthCheck: { mode: 'push', interval: -1, times: 3 } } }, 'MicroServiceInstance.HealthCheck.Interval'],
      ['a port above 65535', { instance: { hostName: 'h', endpoints: ['e'], healthCheck: { mode: 'pull', port: 70000 } } }, 'MicroServiceInstance.HealthCheck.Port'],
      ['a data center name with a space', { instance: { hostName: 'h', endpoints: ['e'], dataCenterInfo: { name: 'dc 1', region: 'r', availableZone: 'z' } } }, 'MicroServiceInstance.DataCenterInfo.Name'],
      ['a data center without region', { instance: { hostName: 'h', endpoints: ['e'], dataCenterInfo: { name: 'dc1', availableZone: 'z' } } }, 'MicroServiceInstance.DataCenterInfo.Region'],
      ['non-string properties', { instance: { hostName: 'h', endpoints: ['e'], properties: { a: 1 } } }, 'MicroServiceInstance.Properties.a'],
    ] as const)('should refuse %s with 400001', async ([_name, body, field], { emu, serviceId }) => {
      expectCseError(await emu.call('POST', instancesPath(serviceId), { body }), 400, '400001', `'${field}'`);
    });
  });

  describe('deregister (§5.13)', () => {
    test('should deregister and answer 200 with an empty body; the instance is then 400017', async ({ emu, serviceId }) => {
      const id = await registerInstance(emu, serviceId);
      const res = await emu.call('DELETE', instancesPath(serviceId, id));
      expect(res.status).toBe(200);
      expect(res.body).toBeUndefined();
      expectCseError(await emu.call('GET', instancesPath(serviceId, id)), 400, '400017');
      expectCseError(await emu.call('DELETE', instancesPath(serviceId, id)), 400, '400017');
    });

    test('should refuse an instanceId that does not match the pattern with 400001', async ({ emu, serviceId }) => {
      expectCseError(await emu.call('DELETE', instancesPath(serviceId, 'a$b')), 400, '400001', /instanceId/);
    });
  });

  describe('properties (§5.15)', () => {
    test('should replace the whole properties map', async ({ emu, serviceId }) => {
      const id = await registerInstance(emu, serviceId, { properties: { a: '1', b: '2' } });
      const res = await emu.call('PUT', `${instancesPath(serviceId, id)}/properties`, { body: { properties: { attr1: 'value1' } } });
      expect(res.status).toBe(200);
      expect(res.body).toBeUndefined();
      expect((await emu.call('GET', instancesPath(serviceId, id))).body.instance.properties).toEqual({ attr1: 'value1' });
    });

    test('should answer 400017 for an unknown instance and 400001 for non-string values', async ({ emu, serviceId }) => {
      expectCseError(await emu.call('PUT', `${instancesPath(serviceId, 'nope')}/properties`, { body: { properties: {} } }), 400, '400017');
      const id = await registerInstance(emu, serviceId);
      expectCseError(await emu.call('PUT', `${instancesPath(serviceId, id)}/properties`, { body: { properties: { a: true } } }), 400, '400001');
    });
  });

  describe('status (§5.16)', () => {
    test('should change the status with ?value= to each of the five statuses', async ({ emu, serviceId }) => {
      const id = await registerInstance(emu, serviceId);
      for (const value of ['DOWN', 'OUTOFSERVICE', 'STARTING', 'TESTING', 'UP']) {
        const res = await emu.call('PUT', `${instancesPath(serviceId, id)}/status?value=${value}`);
        expect(res.status).toBe(200);
        expect(res.body).toBeUndefined();
        expect((await emu.call('GET', instancesPath(serviceId, id))).body.instance.status).toBe(value);
      }
    });

    test('should refuse an empty, missing or unknown value with 400001 before looking up the instance', async ({ emu, serviceId }) => {
      const id = await registerInstance(emu, serviceId);
      expectCseError(await emu.call('PUT', `${instancesPath(serviceId, id)}/status?value=`), 400, '400001', /'value'/);
      expectCseError(await emu.call('PUT', `${instancesPath(serviceId, id)}/status`), 400, '400001', /'value'/);
      expectCseError(await emu.call('PUT', `${instancesPath(serviceId, id)}/status?value=up`), 400, '400001', /'value'/);
      expectCseError(await emu.call('PUT', `${instancesPath(serviceId, 'nope')}/status?value=BAD`), 400, '400001');
      expectCseError(await emu.call('PUT', `${instancesPath(serviceId, 'nope')}/status?value=UP`), 400, '400017');
    });
  });

  describe('heartbeat (§5.17)', () => {
    test('should answer 200 with an empty body', async ({ emu, serviceId }) => {
      const id = await registerInstance(emu, serviceId);
      const res = await emu.call('PUT', `${instancesPath(serviceId, id)}/heartbeat`);
      expect(res.status).toBe(200);
      expect(res.body).toBeUndefined();
    });

    test('should answer 400017 for an unknown instance, without checking the service', async ({ emu, serviceId }) => {
      expectCseError(await emu.call('PUT', `${instancesPath(serviceId, 'nope')}/heartbeat`), 400, '400017');
      expectCseError(await emu.call('PUT', `${instancesPath('no-such-service', 'nope')}/heartbeat`), 400, '400017');
    });
  });

  test('should answer 400012 for an X-ConsumerId that does not exist', async ({ emu, serviceId }) => {
    const res = await emu.call('GET', instancesPath(serviceId), { headers: { 'X-ConsumerId': 'ghost' } });
    expectCseError(res, 400, '400012', /consumer ghost/);
  });
});
