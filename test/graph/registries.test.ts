import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { startStack, type TestStack } from '../support/gateway.js';
import { startTestEmulator, type TestEmulator } from '../support/emulator.js';
import { wsClient, wsSubscribe, type Stream } from '../support/live.js';
import { FLAVOURS } from '../support/flavours.js';
import { data } from '../mutations/helpers.js';
import { RBAC_ACCOUNT } from '../../src/emulator/cse/rbac.js';
import { HttpCore } from '../../src/upstream/http.js';
import { RegistryLogin } from '../../src/upstream/registry-login.js';

const CREATE = 'mutation($in: CreateMicroserviceInput!) { createMicroservice(input: $in) { id rawId version environment } }';
const REGISTER = 'mutation($id: ID!, $h: String!, $e: [String!]!) { registerMicroserviceInstance(microserviceId: $id, input: {hostName: $h, endpoints: $e}) { id hostName version } }';
const FIND = 'query($in: FindInstancesInput!) { findMicroserviceInstances(input: $in) { instances { hostName version } } }';
const CHANGES = `subscription($id: ID, $app: String, $svc: String, $rule: String, $env: RegistryEnvironment) {
  microserviceInstanceChanges(microserviceId: $id, appId: $app, serviceName: $svc, versionRule: $rule, environment: $env) { type instance { hostName version } }
}`;

async function events(stream: Stream, count: number): Promise<{ type: string; instance: { hostName: string; version: string } }[]> {
  const r = await stream.at(count - 1);
  expect(r, JSON.stringify(stream.results)).toBeDefined();
  return stream.results.map((x) => {
    expect(x.errors).toBeUndefined();
    return x.data.microserviceInstanceChanges;
  });
}

describe.each(FLAVOURS)('the gateway against the %s registry', (flavour) => {
  let stack: TestStack;
  let ws: Client;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    stack = await startStack({ demo: false, emulator: { registry: flavour }, env: { REGISTRY_POLL_INTERVAL_MS: '20' } });
    ws = wsClient(stack);
    // stock in 1.0.0, 1.5.0 and 2.0.0 with one instance each, and 3.0.0 without any.
    for (const version of ['1.0.0', '1.5.0', '2.0.0', '3.0.0']) {
      ids[version] = data(await stack.gql(CREATE, { in: { appId: 'shop', serviceName: 'stock', version } })).createMicroservice.id;
      if (version !== '3.0.0') data(await register(ids[version], `stock-${version}`));
    }
  });
  afterAll(async () => {
    await ws.dispose();
    await stack.stop();
  });

  const register = async (id: string | undefined, hostName: string) => stack.gql(REGISTER, { id, h: hostName, e: [`rest:${hostName}:80`] });

  const found = async (versionRule: string) => {
    const res = await stack.gql(FIND, { in: { appId: 'shop', serviceName: 'stock', versionRule } });
    if (res.body.errors) return res.body.errors[0]!.extensions!.code as string;
    return res.body.data.findMicroserviceInstances.instances.map((i: { version: string }) => i.version).sort();
  };

  it('should apply version rules to finds whatever the registry does with them', async () => {
    expect(await found('1.5.0')).toEqual(['1.5.0']);
    expect(await found('1.5')).toEqual(['1.5.0']);
    expect(await found('2.0.0+')).toEqual(['2.0.0']);
    expect(await found('1.0.0-2.0.0')).toEqual(['1.0.0', '1.5.0']);
    expect(await found('0+')).toEqual(['1.0.0', '1.5.0', '2.0.0']);
    // The newest version (3.0.0) has no instances: latest finds none, not the version below it.
    expect(await found('latest')).toEqual([]);
    // An exact version nobody has: CSE says it does not exist, service-center answers everything, which the gateway filters.
    expect(await found('9.9.9')).toEqual(flavour === 'reference' ? 'NOT_FOUND' : []);
  });

  it("should list each microservice's own instances only", async () => {
    const list = data(await stack.gql('{ microservices(filter: {serviceName: "stock"}) { version instances { version } } }')).microservices;
    expect(list).toHaveLength(4);
    for (const s of list) for (const i of s.instances) expect(i.version).toBe(s.version);
    expect(list.flatMap((s: any) => s.instances)).toHaveLength(3);
  });

  it('should stream the changes of the watched version only', async () => {
    const stream = wsSubscribe(ws, CHANGES, { id: ids['1.0.0'] });
    expect(await events(stream, 1)).toEqual([{ type: 'CURRENT', instance: { hostName: 'stock-1.0.0', version: '1.0.0' } }]);
    data(await register(ids['2.0.0'], 'stock-2.0.0-b'));
    data(await register(ids['1.0.0'], 'stock-1.0.0-b'));
    const seen = await events(stream, 2);
    expect(seen[1]).toEqual({ type: 'REGISTERED', instance: { hostName: 'stock-1.0.0-b', version: '1.0.0' } });
    stream.close();
    const ranged = wsSubscribe(ws, CHANGES, { app: 'shop', svc: 'stock', rule: '1.5.0+' });
    const current = await events(ranged, 3);
    expect(current.map((e) => e.type)).toEqual(['CURRENT', 'CURRENT', 'CURRENT']);
    expect(current.map((e) => e.instance.version).sort()).toEqual(['1.5.0', '2.0.0', '2.0.0']);
    ranged.close();
  });

  it('should keep the empty environment apart from development', async () => {
    const none = data(await stack.gql(CREATE, { in: { appId: 'shop', serviceName: 'envs', version: '1.0.0' } })).createMicroservice;
    const dev = data(await stack.gql(CREATE, { in: { appId: 'shop', serviceName: 'envs', version: '1.0.0', environment: 'DEVELOPMENT' } })).createMicroservice;
    const devStream = wsSubscribe(ws, CHANGES, { app: 'shop', svc: 'envs', env: 'DEVELOPMENT' });
    const noneStream = wsSubscribe(ws, CHANGES, { app: 'shop', svc: 'envs' });
    data(await register(dev.id, 'envs-dev'));
    if (flavour === 'servicecomb') {
      // Two services: one without environment (NONE), one in development.
      expect(none.environment).toBe('NONE');
      expect(dev.rawId).not.toBe(none.rawId);
      data(await register(none.id, 'envs-none'));
      const byEnv = async (env: string) =>
        data(await stack.gql('query($env: RegistryEnvironment) { microservices(filter: {serviceName: "envs", environment: $env}) { rawId instances { hostName } } }', { env })).microservices;
      expect(await byEnv('NONE')).toEqual([{ rawId: none.rawId, instances: [{ hostName: 'envs-none' }] }]);
      expect(await byEnv('DEVELOPMENT')).toEqual([{ rawId: dev.rawId, instances: [{ hostName: 'envs-dev' }] }]);
      // CURRENT or REGISTERED, depending on whether the watch had started when the instance came.
      expect((await events(noneStream, 1))[0]).toMatchObject({ instance: { hostName: 'envs-none' } });
      expect((await events(devStream, 1))[0]).toMatchObject({ instance: { hostName: 'envs-dev' } });
      expect(noneStream.results).toHaveLength(1);
    } else {
      // ServiceStage's CSE reads no environment as development: one service, and both watches see it.
      expect(none.environment).toBe('DEVELOPMENT');
      expect(dev.rawId).toBe(none.rawId);
      expect((await events(noneStream, 1))[0]).toMatchObject({ instance: { hostName: 'envs-dev' } });
      expect((await events(devStream, 1))[0]).toMatchObject({ instance: { hostName: 'envs-dev' } });
    }
    const inDev = data(await stack.gql(FIND, { in: { appId: 'shop', serviceName: 'envs', versionRule: '1.0.0', environment: 'DEVELOPMENT' } }));
    expect(inDev.findMicroserviceInstances.instances.map((i: any) => i.hostName)).toContain('envs-dev');
    devStream.close();
    noneStream.close();
  });

  it('should find a microservice and a schema by key (§5.10), and answer null for what does not exist', async () => {
    const byKey = 'query($k: MicroserviceKeyInput!) { microserviceByKey(key: $k) { id version } }';
    const env = flavour === 'servicecomb' ? 'NONE' : 'DEVELOPMENT';
    expect(data(await stack.gql(byKey, { k: { appId: 'shop', serviceName: 'stock', version: '1.5.0', environment: env } })).microserviceByKey).toEqual({ id: ids['1.5.0'], version: '1.5.0' });
    expect(data(await stack.gql(byKey, { k: { appId: 'shop', serviceName: 'stock', version: '1.5.0' } })).microserviceByKey.id).toBe(ids['1.5.0']);
    expect(data(await stack.gql(byKey, { k: { appId: 'shop', serviceName: 'stock', version: '7.0.0' } })).microserviceByKey).toBeNull();
    expect(data(await stack.gql(byKey, { k: { appId: 'shop', serviceName: 'nobody', version: '1.0.0' } })).microserviceByKey).toBeNull();
    data(await stack.gql('mutation($id: ID!) { putMicroserviceSchema(id: $id, schemaId: "stock.api", content: "swagger: 2.0", summary: "s1") { schemaId } }', { id: ids['1.0.0'] }));
    const schema = 'query($id: ID!, $s: String!) { microserviceSchemaByKey(microserviceId: $id, schemaId: $s) { schemaId summary } }';
    expect(data(await stack.gql(schema, { id: ids['1.0.0'], s: 'stock.api' })).microserviceSchemaByKey).toEqual({ schemaId: 'stock.api', summary: 's1' });
    expect(data(await stack.gql(schema, { id: ids['1.0.0'], s: 'other.api' })).microserviceSchemaByKey).toBeNull();
  });
});

describe('the config center at CONFIG_URL', () => {
  let stack: TestStack;
  let configCenter: TestEmulator;
  beforeAll(async () => {
    configCenter = await startTestEmulator({ demo: true });
    stack = await startStack({ emulator: { registry: 'servicecomb' }, env: { CONFIG_URL: configCenter.url } });
  });
  afterAll(async () => {
    await stack.stop();
    await configCenter.stop();
  });

  it('should read configuration items from CONFIG_URL while the registry is service-center', async () => {
    const query = 'query($in: ConfigurationItemsInput!) { configurationItems(input: $in) { dimensions { dimension items { key value } } } }';
    const input = { in: { serviceName: 'fraud-check', appId: 'risk-control', environment: 'DEVELOPMENT' } };
    // The config center is another server here, with its own tokens: the caller's token is one of its own.
    const items = data(await stack.gql(query, input, { token: configCenter.token })).configurationItems;
    expect(items.dimensions.map((d: any) => d.dimension)).toContain('fraud-check@risk-control');
    await stack.resetCalls();
    data(await stack.gql(query, input, { token: configCenter.token }));
    expect((await stack.calls()).total).toBe(0);
  });
});

describe.each(FLAVOURS)('a %s registry with security authentication (CSE_AUTH=rbac)', (flavour) => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack({
      demo: false,
      emulator: { registry: flavour, cseAuth: 'rbac' },
      env: { CSE_AUTH: 'rbac', CSE_USER: RBAC_ACCOUNT.name, CSE_PASSWORD: RBAC_ACCOUNT.password },
    });
  });
  afterAll(() => stack.stop());

  const logins = async () => (await stack.calls()).byRoute['POST /v4/token'] ?? 0;

  it('should log in once, send the bearer token on every registry call, and log in again once after the token expires', async () => {
    await stack.resetCalls();
    data(await stack.gql(CREATE, { in: { appId: 'sec', serviceName: 'guarded', version: '1.0.0' } }));
    for (let i = 0; i < 3; i++) data(await stack.gql('{ microservices { rawId instances { hostName } } }'));
    expect(await logins()).toBe(1);
    await stack.emu.advance(31 * 60 * 1000);
    // Three operations at once after expiry: one 401 each, one login between them.
    const answers = await Promise.all([0, 1, 2].map(() => stack.gql('{ microservices { rawId } }')));
    for (const a of answers) expect(data(a).microservices.map((s: any) => s.rawId)).toHaveLength(1);
    expect(await logins()).toBe(2);
  });
});

describe('registry login renewal before expiry', () => {
  let emu: TestEmulator;
  let http: HttpCore;
  beforeAll(async () => {
    emu = await startTestEmulator({ registry: 'servicecomb', cseAuth: 'rbac' });
    http = new HttpCore({ api: 'cse', origin: emu.url, timeoutMs: 10_000, retries: 0, connections: 2, breaker: { errorThresholdPercentage: 50, resetTimeoutMs: 10_000, volumeThreshold: 100 } });
  });
  afterAll(async () => {
    await http.close();
    await emu.stop();
  });

  it('should renew the token when less than 5 minutes are left, without waiting for a 401, one login for many callers', async () => {
    let offset = 0;
    const login = new RegistryLogin(http, RBAC_ACCOUNT, () => Date.now() + offset);
    const first = await login.bearer();
    expect(await login.bearer()).toBe(first);
    expect(login.logins).toBe(1);
    offset = 26 * 60 * 1000;
    const renewed = await Promise.all([login.bearer(), login.bearer(), login.bearer()]);
    expect(new Set(renewed).size).toBe(1);
    expect(renewed[0]).not.toBe(first);
    expect(login.logins).toBe(2);
  });
});
