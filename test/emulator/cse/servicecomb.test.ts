import { describe, expect } from 'vitest';
import { test } from '../../support/fixtures.js';
import { call, type TestEmulator } from '../../support/emulator.js';
import { createService, expectCseError, instancesPath, registerInstance, REG } from './support.js';
import { RBAC_ACCOUNT } from '../../../src/emulator/cse/rbac.js';

/** Every row of registry-behaviour.md's "Apache ServiceComb service-center 2.1 and later" table, against EMULATOR_REGISTRY=servicecomb. */
describe('the servicecomb registry flavour', () => {
  test.override('emulatorOptions', { registry: 'servicecomb' });
  test.beforeEach(({ emu }) => emu.reset(false));

  const find = (emu: TestEmulator, query: string) => emu.call('GET', `${REG}/instances?${query}`);

  const stock = async (emu: TestEmulator): Promise<Record<string, string>> => {
    const ids: Record<string, string> = {};
    for (const version of ['1.0.0', '2.0.0']) {
      ids[version] = await createService(emu, { serviceName: 'stock', version });
      await registerInstance(emu, ids[version]!);
    }
    return ids;
  };

  test('should ignore the version rule in find: exact, latest, ranges, an unknown version, garbage or none all answer every version', async ({ emu }) => {
    await stock(emu);
    for (const rule of ['1.0.0', 'latest', '1.0.0-2.0.0', '2.0.0+', '9.9.9', 'garbage', '']) {
      const res = await find(emu, `appId=shop&serviceName=stock${rule ? `&version=${rule}` : ''}`);
      expect(res.status, `${rule}: ${JSON.stringify(res.body)}`).toBe(200);
      expect(res.body.instances.map((i: { version: string }) => i.version).sort(), rule).toEqual(['1.0.0', '2.0.0']);
    }
  });

  test('should ignore the version rule in batch find too', async ({ emu }) => {
    await stock(emu);
    const res = await emu.call('POST', `${REG}/instances/action?type=query`, { body: { services: [{ service: { appId: 'shop', serviceName: 'stock', version: '1.0.0' } }] } });
    expect(res.status).toBe(200);
    expect(res.body.services.updated[0].instances).toHaveLength(2);
  });

  test('should keep environment "" and development apart', async ({ emu }) => {
    const none = await createService(emu, { serviceName: 'env' });
    const dev = await createService(emu, { serviceName: 'env', environment: 'development' });
    expect(dev).not.toBe(none);
    await registerInstance(emu, none);
    expectCseError(await find(emu, 'appId=shop&serviceName=other&env=development'), 400, '400012');
    const devFind = await find(emu, 'appId=shop&serviceName=env&env=development');
    expect(devFind.status).toBe(200);
    expect(devFind.body).toEqual({});
    expect((await find(emu, 'appId=shop&serviceName=env')).body.instances).toHaveLength(1);
    const onlyNone = await createService(emu, { serviceName: 'lonely' });
    expect(onlyNone).toBeTruthy();
    expectCseError(await find(emu, 'appId=shop&serviceName=lonely&env=development'), 400, '400012');
  });

  test('should default the version to 0.0.1 and leave out empty environment, schemas and framework', async ({ emu }) => {
    const res = await emu.call('POST', `${REG}/microservices`, { body: { service: { appId: 'shop', serviceName: 'bare' } } });
    expect(res.status).toBe(200);
    const got = await emu.call('GET', `${REG}/microservices/${res.body.serviceId}`);
    expect(got.body.service.version).toBe('0.0.1');
    expect(got.body.service).not.toHaveProperty('environment');
    expect(got.body.service).not.toHaveProperty('schemas');
    expect(got.body.service).not.toHaveProperty('framework');
  });

  test('should register without endpoints, give the same endpoints a new id, and keep a re-registered record unchanged', async ({ emu }) => {
    const id = await createService(emu, { serviceName: 'inst' });
    const bare = await emu.call('POST', instancesPath(id), { body: { instance: { hostName: 'no-endpoints' } } });
    expect(bare.status, JSON.stringify(bare.body)).toBe(200);
    const endpoints = ['rest:10.1.1.1:80'];
    const a = await registerInstance(emu, id, { hostName: 'a', endpoints });
    const b = await registerInstance(emu, id, { hostName: 'b', endpoints });
    expect(b).not.toBe(a);
    const again = await registerInstance(emu, id, { instanceId: a, hostName: 'renamed', endpoints });
    expect(again).toBe(a);
    expect((await emu.call('GET', instancesPath(id, a))).body.instance.hostName).toBe('a');
  });

  test('should accept schema changes and undeclared schemas in production', async ({ emu }) => {
    const id = await createService(emu, { serviceName: 'prod', environment: 'production' });
    expect((await emu.call('PUT', `${REG}/microservices/${id}/schemas/s1`, { body: { schema: 'one' } })).status).toBe(200);
    expect((await emu.call('PUT', `${REG}/microservices/${id}/schemas/s1`, { body: { schema: 'two' } })).status).toBe(200);
  });

  test('should refuse "*" providers and serve the extra routes', async ({ emu }) => {
    const consumer = await createService(emu, { serviceName: 'c' });
    const provider = await createService(emu, { serviceName: 'p' });
    expectCseError(
      await emu.call('PUT', `${REG}/dependencies`, { body: { dependencies: [{ consumer: { appId: 'shop', serviceName: 'c', version: '1.0.0' }, providers: [{ serviceName: '*' }] }] } }),
      400,
      '400001',
    );
    const added = await emu.call('POST', `${REG}/dependencies`, { body: { dependencies: [{ consumer: { appId: 'shop', serviceName: 'c', version: '1.0.0' }, providers: [{ serviceName: 'p', version: '1.0.0' }] }] } });
    expect(added.status).toBe(200);
    const consumers = await emu.call('GET', `${REG}/microservices/${provider}/consumers`);
    expect(consumers.body.consumers.map((s: { serviceId: string }) => s.serviceId)).toEqual([consumer]);
    const instanceId = await registerInstance(emu, provider);
    const beats = await emu.call('PUT', `${REG}/heartbeats`, { body: { instances: [{ serviceId: provider, instanceId }, { serviceId: provider, instanceId: 'ghost' }] } });
    expect(beats.status).toBe(200);
    expect(beats.body.instances[0]).toEqual({ serviceId: provider, instanceId });
    expect(beats.body.instances[1].errMessage).toBeTruthy();
  });

  test('should answer empty lists as {}, batch deletes in another order, and errorMessage as Message(detail)', async ({ emu }) => {
    expect((await emu.call('GET', `${REG}/microservices`)).body).toEqual({});
    const ids = [await createService(emu, { serviceName: 'd1' }), await createService(emu, { serviceName: 'd2' })];
    expect((await emu.call('GET', `${REG}/microservices/${ids[0]}/instances`)).body).toEqual({});
    const deleted = await emu.call('DELETE', `${REG}/microservices`, { body: { serviceIds: ids } });
    expect(deleted.body.services.map((s: { serviceId: string }) => s.serviceId)).toEqual([...ids].reverse());
    const missing = await emu.call('GET', `${REG}/microservices/ghost`);
    expect(missing.body.errorMessage).toMatch(/^Micro-service does not exist\(.+\)$/);
  });

  test('should load the demo data set', async ({ emu }) => {
    await emu.reset(true);
    const services = (await emu.call('GET', `${REG}/microservices`)).body.services;
    expect(services.length).toBeGreaterThan(3);
    await emu.reset(false);
  });

  test('should have no config center: /v3 answers 404', async ({ emu }) => {
    expect((await emu.call('GET', '/v3/default/configuration/items?dimensionsInfo=a@b')).status).toBe(404);
  });
});

describe('the reference flavour keeps the reference rules', () => {
  test('should not serve the extra routes, and should read "" as development', async ({ emu }) => {
    expect((await emu.call('PUT', `${REG}/heartbeats`, { body: { instances: [] } })).status).toBe(404);
    const none = await createService(emu, { serviceName: 'env' });
    expect(await createService(emu, { serviceName: 'env', environment: 'development' })).toBe(none);
  });
});

describe('a registry with security authentication (EMULATOR_CSE_AUTH=rbac)', () => {
  test.override('emulatorOptions', { registry: 'servicecomb', cseAuth: 'rbac' });

  const tokenFor = async (emu: TestEmulator, password: string) => call(emu.url, 'POST', '/v4/token', { body: { name: RBAC_ACCOUNT.name, password } });

  test('should refuse calls without a bearer token, log in with name and password, and expire the token on the emulator clock', async ({ emu }) => {
    expectCseError(await emu.call('GET', `${REG}/microservices`), 401, '401002');
    expectCseError(await tokenFor(emu, 'wrong'), 401, '401002');
    const login = await tokenFor(emu, RBAC_ACCOUNT.password);
    expect(login.status).toBe(200);
    const bearer = { authorization: `Bearer ${login.body.token}` };
    expect((await call(emu.url, 'GET', `${REG}/microservices`, { headers: bearer })).status).toBe(200);
    const claims = JSON.parse(Buffer.from(String(login.body.token).split('.')[1]!, 'base64url').toString());
    expect(claims.exp * 1000).toBeGreaterThan(Date.now());
    await emu.advance(31 * 60 * 1000);
    expectCseError(await call(emu.url, 'GET', `${REG}/microservices`, { headers: bearer }), 401, '401002', /expired/);
  });
});

describe('a registry whose reads lag its writes (EMULATOR_REGISTRY_LAG_MS)', () => {
  test.override('emulatorOptions', { registry: 'servicecomb', registryLagMs: 1000 });

  test('should serve instance reads from a state that lags writes until the emulator clock passes the lag', async ({ emu }) => {
    const id = await createService(emu, { serviceName: 'laggy' });
    const instanceId = await registerInstance(emu, id);
    expectCseError(await emu.call('GET', instancesPath(id, instanceId)), 400, '400017');
    await emu.advance(1000);
    expect((await emu.call('GET', instancesPath(id, instanceId))).body.instance.status).toBe('UP');
    expect((await emu.call('PUT', `${instancesPath(id, instanceId)}/status?value=DOWN`)).status).toBe(200);
    expect((await emu.call('GET', instancesPath(id, instanceId))).body.instance.status).toBe('UP');
    await emu.advance(1000);
    expect((await emu.call('GET', instancesPath(id, instanceId))).body.instance.status).toBe('DOWN');
    expect((await emu.call('DELETE', instancesPath(id, instanceId))).status).toBe(200);
    expect((await find()).body.instances).toHaveLength(1);
    await emu.advance(1000);
    expect((await find()).body).toEqual({});

    function find() {
      return emu.call('GET', `${REG}/instances?appId=shop&serviceName=laggy`);
    }
  });
});
