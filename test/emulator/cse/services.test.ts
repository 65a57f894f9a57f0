import { describe, expect } from 'vitest';
import { test } from '../../support/fixtures.js';
import { createService, expectCseError, instancesPath, registerInstance, REG } from './support.js';

describe('registry microservices (§5.2-§5.5, §5.10, §5.20, §5.21)', () => {
  test.beforeEach(({ emu }) => emu.reset(false));

  describe('create (§5.4) and get (§5.2, §5.3)', () => {
    test('should create a service from the reference example request and answer {serviceId}', async ({ emu }) => {
      const res = await emu.call('POST', `${REG}/microservices`, {
        body: {
          service: {
            serviceId: 'orders-1',
            environment: 'testing',
            appId: 'shop',
            serviceName: 'orders',
            version: '1.2.0',
            description: 'Takes orders.',
            level: 'FRONT',
            registerBy: 'SDK',
            schemas: ['orders.OrderApi'],
            status: 'UP',
            timestamp: '1',
            modTimestamp: '1',
            framework: { name: 'ServiceComb-Java-Chassis', version: '2.8.3' },
            paths: [{ Path: '/orders/{id}', Property: { method: 'GET' } }],
          },
          rules: [{ ruleType: 'WHITE', attribute: 'ServiceName', pattern: 'cart.*', description: 'only the cart' }],
          instances: [{ hostName: 'orders-1', endpoints: ['rest:10.0.0.1:8080'], status: 'UP', healthCheck: { mode: 'push', interval: 30, times: 3 } }],
          tags: { team: 'checkout' },
        },
      });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ serviceId: 'orders-1' });

      const got = await emu.call('GET', `${REG}/microservices/orders-1`);
      expect(got.status).toBe(200);
      expect(got.body.service).toMatchObject({
        serviceId: 'orders-1',
        environment: 'testing',
        appId: 'shop',
        serviceName: 'orders',
        version: '1.2.0',
        level: 'FRONT',
        registerBy: 'SDK',
        schemas: ['orders.OrderApi'],
        status: 'UP',
        framework: { name: 'ServiceComb-Java-Chassis', version: '2.8.3' },
        paths: [{ Path: '/orders/{id}', Property: { method: 'GET' } }],
      });
      // Timestamps are the server's, in epoch seconds.
      expect(got.body.service.timestamp).toMatch(/^\d{10}$/);
      expect(got.body.service.timestamp).not.toBe('1');

      const instances = await emu.call('GET', instancesPath('orders-1'));
      expect(instances.body.instances).toHaveLength(1);
      expect(instances.body.instances[0]).toMatchObject({ hostName: 'orders-1', serviceId: 'orders-1', version: '1.2.0' });
    });

    test('should fill the defaults: environment development, appId default, level BACK, status UP, framework UNKNOWN', async ({ emu }) => {
      const res = await emu.call('POST', `${REG}/microservices`, { body: { service: { serviceName: 'bare', version: '0.0.1' } } });
      expect(res.status).toBe(200);
      expect(res.body.serviceId).toMatch(/^[0-9a-f]{40}$|^[0-9a-f]{32}$/);
      const got = await emu.call('GET', `${REG}/microservices/${res.body.serviceId}`);
      expect(got.body.service).toMatchObject({
        environment: 'development',
        appId: 'default',
        level: 'BACK',
        status: 'UP',
        framework: { name: 'UNKNOWN' },
        schemas: [],
      });
      expect(got.body.service.modTimestamp).toBe(got.body.service.timestamp);
    });

    test('should answer the existing serviceId when the same environment/appId/serviceName/version is created again', async ({ emu }) => {
      const first = await createService(emu, { serviceName: 'cart' });
      const again = await createService(emu, { serviceName: 'cart', environment: 'development' });
      expect(again).toBe(first);
      const same = await createService(emu, { serviceName: 'cart', serviceId: first });
      expect(same).toBe(first);
      // Another environment is another service.
      const testing = await createService(emu, { serviceName: 'cart', environment: 'testing' });
      expect(testing).not.toBe(first);
    });

    test('should refuse a taken serviceId with 400010', async ({ emu }) => {
      const id = await createService(emu, { serviceName: 'cart' });
      const otherKey = await emu.call('POST', `${REG}/microservices`, { body: { service: { serviceId: id, appId: 'shop', serviceName: 'cart', version: '2.0.0' } } });
      expectCseError(otherKey, 400, '400010');
      const sameKeyOtherId = await emu.call('POST', `${REG}/microservices`, { body: { service: { serviceId: 'another', appId: 'shop', serviceName: 'cart', version: '1.0.0' } } });
      expectCseError(sameKeyOtherId, 400, '400010');
    });

    test('should list every service with GET /registry/microservices', async ({ emu }) => {
      await createService(emu, { serviceName: 'a' });
      await createService(emu, { serviceName: 'b' });
      const res = await emu.call('GET', `${REG}/microservices`);
      expect(res.status).toBe(200);
      expect(res.body.services.map((s: { serviceName: string }) => s.serviceName).sort()).toEqual(['a', 'b']);
    });

    test('should answer 400012 for an unknown serviceId', async ({ emu }) => {
      expectCseError(await emu.call('GET', `${REG}/microservices/nope`), 400, '400012', /nope/);
    });

    test.for([
      ['a missing service', {}, 'MicroService'],
      ['an appId with a space', { service: { appId: 'my app', serviceName: 's', version: '1.0.0' } }, 'MicroService.AppId'],
      ['an appId of 161 characters', { service: { appId: 'a'.repeat(161), serviceName: 's', version: '1.0.0' } }, 'MicroService.AppId'],
      ['a serviceName starting with a dash', { service: { serviceName: '-orders', version: '1.0.0' } }, 'MicroService.ServiceName'],
      ['a serviceName ending with a dot', { service: { serviceName: 'orders.', version: '1.0.0' } }, 'MicroService.ServiceName'],
      ['a serviceName of 129 characters', { service: { serviceName: 'a'.repeat(129), version: '1.0.0' } }, 'MicroService.ServiceName'],
      ['a missing serviceName', { service: { version: '1.0.0' } }, 'MicroService.ServiceName'],
      ['a missing version', { service: { serviceName: 's' } }, 'MicroService.Version'],
      ['a version with letters', { service: { serviceName: 's', version: '1.0.0-beta' } }, 'MicroService.Version'],
      ['a version of five parts', { service: { serviceName: 's', version: '1.2.3.4.5' } }, 'MicroService.Version'],
      ['a version part above 32767', { service: { serviceName: 's', version: '1.32768' } }, 'MicroService.Version'],
      ['an unknown level', { service: { serviceName: 's', version: '1', level: 'TOP' } }, 'MicroService.Level'],
      ['an unknown status', { service: { serviceName: 's', version: '1', status: 'SLEEPING' } }, 'MicroService.Status'],
      ['an unknown environment', { service: { serviceName: 's', version: '1', environment: 'staging' } }, 'MicroService.Environment'],
      ['an unknown registerBy', { service: { serviceName: 's', version: '1', registerBy: 'MANUAL' } }, 'MicroService.RegisterBy'],
      ['a description of 257 characters', { service: { serviceName: 's', version: '1', description: 'x'.repeat(257) } }, 'MicroService.Description'],
      ['an alias with a space', { service: { serviceName: 's', version: '1', alias: 'my alias' } }, 'MicroService.Alias'],
      ['a serviceId of 65 characters', { service: { serviceId: 'x'.repeat(65), serviceName: 's', version: '1' } }, 'MicroService.ServiceId'],
      ['a bad schema id', { service: { serviceName: 's', version: '1', schemas: ['-bad'] } }, 'MicroService.Schemas'],
      ['a framework version of 65 bytes', { service: { serviceName: 's', version: '1', framework: { version: 'v'.repeat(65) } } }, 'MicroService.Framework.Version'],
      ['a bad rule type', { service: { serviceName: 's', version: '1' }, rules: [{ ruleType: 'GREY', attribute: 'AppId', pattern: 'x' }] }, 'Rule.RuleType'],
      ['a bad tag key', { service: { serviceName: 's', version: '1' }, tags: { '1team': 'x' } }, 'tags'],
      ['an instance without hostName', { service: { serviceName: 's', version: '1' }, instances: [{ endpoints: ['rest:1.1.1.1:1'] }] }, 'instances[0].HostName'],
    ] as const)('should refuse %s with 400001 naming the field', async ([_name, body, field], { emu }) => {
      const res = await emu.call('POST', `${REG}/microservices`, { body });
      expectCseError(res, 400, '400001', `'${field}`);
    });

    test('should refuse a body that is not JSON with 400001', async ({ emu }) => {
      const res = await emu.call('POST', `${REG}/microservices`, { body: '{"service":', headers: { 'Content-Type': 'application/json' } });
      expectCseError(res, 400, '400001');
    });
  });

  describe('properties (§5.5)', () => {
    test('should replace the whole properties map and answer 200 with an empty body', async ({ emu }) => {
      const id = await createService(emu, { serviceName: 'cart', properties: { a: '1', b: '2' } });
      const res = await emu.call('PUT', `${REG}/microservices/${id}/properties`, { body: { properties: { attr1: 'value1' } } });
      expect(res.status).toBe(200);
      expect(res.body).toBeUndefined();
      const got = await emu.call('GET', `${REG}/microservices/${id}`);
      expect(got.body.service.properties).toEqual({ attr1: 'value1' });
    });

    test('should refuse non-string values with 400001 and an unknown service with 400012', async ({ emu }) => {
      const id = await createService(emu, { serviceName: 'cart' });
      expectCseError(await emu.call('PUT', `${REG}/microservices/${id}/properties`, { body: { properties: { n: 1 } } }), 400, '400001', /Properties/);
      expectCseError(await emu.call('PUT', `${REG}/microservices/nope/properties`, { body: { properties: {} } }), 400, '400012');
    });
  });

  describe('existence (§5.10, type=microservice)', () => {
    test('should answer {serviceId} for a known key, defaulting env to development', async ({ emu }) => {
      const id = await createService(emu, { serviceName: 'cart', version: '1.0.0' });
      const res = await emu.call('GET', `${REG}/existence?type=microservice&appId=shop&serviceName=cart&version=1.0.0`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ serviceId: id });
      const withEnv = await emu.call('GET', `${REG}/existence?type=microservice&env=development&appId=shop&serviceName=cart&version=1.0.0`);
      expect(withEnv.body).toEqual({ serviceId: id });
    });

    test('should answer 400026 for a known name without that version and 400012 for an unknown name', async ({ emu }) => {
      await createService(emu, { serviceName: 'cart', version: '1.0.0' });
      expectCseError(await emu.call('GET', `${REG}/existence?type=microservice&appId=shop&serviceName=cart&version=2.0.0`), 400, '400026');
      expectCseError(await emu.call('GET', `${REG}/existence?type=microservice&appId=shop&serviceName=nope&version=1.0.0`), 400, '400012');
      expectCseError(await emu.call('GET', `${REG}/existence?type=microservice&env=testing&appId=shop&serviceName=cart&version=1.0.0`), 400, '400012');
    });

    test('should refuse a missing or unknown type and bad fields with 400001', async ({ emu }) => {
      expectCseError(await emu.call('GET', `${REG}/existence`), 400, '400001', /'type'/);
      expectCseError(await emu.call('GET', `${REG}/existence?type=service`), 400, '400001', /'type'/);
      expectCseError(await emu.call('GET', `${REG}/existence?type=microservice&appId=shop&serviceName=cart`), 400, '400001', /'version'/);
      expectCseError(await emu.call('GET', `${REG}/existence?type=microservice&appId=shop&serviceName=cart&version=latest`), 400, '400001', /'version'/);
      expectCseError(await emu.call('GET', `${REG}/existence?type=microservice&appId=sh%20op&serviceName=cart&version=1`), 400, '400001', /'appId'/);
    });
  });

  describe('delete (§5.20)', () => {
    test('should delete a service without instances and answer 200 with an empty body', async ({ emu }) => {
      const id = await createService(emu, { serviceName: 'cart' });
      const res = await emu.call('DELETE', `${REG}/microservices/${id}`);
      expect(res.status).toBe(200);
      expect(res.body).toBeUndefined();
      expectCseError(await emu.call('GET', `${REG}/microservices/${id}`), 400, '400012');
    });

    test('should refuse a service with instances (400013) unless forced, and take the instances along', async ({ emu }) => {
      const id = await createService(emu, { serviceName: 'cart' });
      await registerInstance(emu, id);
      expectCseError(await emu.call('DELETE', `${REG}/microservices/${id}`), 400, '400013');
      expectCseError(await emu.call('DELETE', `${REG}/microservices/${id}?force=false`), 400, '400013');
      expect((await emu.call('DELETE', `${REG}/microservices/${id}?force=true`)).status).toBe(200);
      expectCseError(await emu.call('GET', instancesPath(id)), 400, '400012');
      // Same key again: a fresh service without instances or schemas.
      const again = await createService(emu, { serviceName: 'cart' });
      expect((await emu.call('GET', instancesPath(again))).body.instances).toEqual([]);
    });

    test('should refuse a service others depend on (400023) unless forced, which drops their exact rules', async ({ emu }) => {
      const provider = await createService(emu, { serviceName: 'stock', version: '1.0.0' });
      const consumer = await createService(emu, { serviceName: 'cart', version: '1.0.0' });
      await emu.call('PUT', `${REG}/dependencies`, {
        body: { dependencies: [{ consumer: { appId: 'shop', serviceName: 'cart', version: '1.0.0' }, providers: [{ serviceName: 'stock', version: '1.0.0' }] }] },
      });
      expectCseError(await emu.call('DELETE', `${REG}/microservices/${provider}`), 400, '400023', new RegExp(consumer));
      expect((await emu.call('DELETE', `${REG}/microservices/${provider}?force=1`)).status).toBe(200);
      await createService(emu, { serviceName: 'stock', version: '1.0.0' });
      expect((await emu.call('GET', `${REG}/microservices/${consumer}/providers`)).body.providers).toEqual([]);
    });

    test('should let a consumer go without force and forget its rules', async ({ emu }) => {
      const provider = await createService(emu, { serviceName: 'stock', version: '1.0.0' });
      const consumer = await createService(emu, { serviceName: 'cart', version: '1.0.0' });
      await emu.call('PUT', `${REG}/dependencies`, {
        body: { dependencies: [{ consumer: { appId: 'shop', serviceName: 'cart', version: '1.0.0' }, providers: [{ serviceName: 'stock', version: 'latest' }] }] },
      });
      expect((await emu.call('DELETE', `${REG}/microservices/${consumer}`)).status).toBe(200);
      expect((await emu.call('DELETE', `${REG}/microservices/${provider}`)).status).toBe(200);
    });

    test('should refuse an unknown service (400012) and a force that is not a boolean (400001)', async ({ emu }) => {
      expectCseError(await emu.call('DELETE', `${REG}/microservices/nope`), 400, '400012');
      const id = await createService(emu, { serviceName: 'cart' });
      expectCseError(await emu.call('DELETE', `${REG}/microservices/${id}?force=maybe`), 400, '400001', /'force'/);
    });
  });

  describe('batch delete (§5.21)', () => {
    test('should answer one entry per service, with errMessage for those that failed', async ({ emu }) => {
      const free = await createService(emu, { serviceName: 'a' });
      const busy = await createService(emu, { serviceName: 'b' });
      await registerInstance(emu, busy);
      const res = await emu.call('DELETE', `${REG}/microservices`, { body: { serviceIds: [free, busy, 'nope'], force: false } });
      expect(res.status).toBe(200);
      expect(res.body.services).toEqual([
        { serviceId: free },
        { serviceId: busy, errMessage: expect.stringContaining('400013') },
        { serviceId: 'nope', errMessage: expect.stringContaining('400012') },
      ]);
      const forced = await emu.call('DELETE', `${REG}/microservices`, { body: { serviceIds: [busy], force: true } });
      expect(forced.body).toEqual({ services: [{ serviceId: busy }] });
      expect((await emu.call('GET', `${REG}/microservices`)).body.services).toEqual([]);
    });

    test('should refuse missing or empty serviceIds and a non-boolean force with 400001', async ({ emu }) => {
      expectCseError(await emu.call('DELETE', `${REG}/microservices`, { body: {} }), 400, '400001', /ServiceIds/);
      expectCseError(await emu.call('DELETE', `${REG}/microservices`, { body: { serviceIds: [] } }), 400, '400001', /ServiceIds/);
      expectCseError(await emu.call('DELETE', `${REG}/microservices`, { body: { serviceIds: ['a'], force: 'yes' } }), 400, '400001', /Force/);
      expectCseError(await emu.call('DELETE', `${REG}/microservices`), 400, '400001');
    });
  });
});
