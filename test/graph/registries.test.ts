import { describe, expect } from 'vitest';
import { once, test } from '../support/fixtures.js';
import { startStack, type TestStack } from '../support/gateway.js';
import { dataOf, wsSubscribe, type Stream } from '../support/live.js';
import { graphql } from '../generated/gql.js';
import { FLAVOURS } from '../support/flavours.js';
import { data } from '../mutations/helpers.js';
import { RBAC_ACCOUNT } from '../../src/emulator/cse/rbac.js';
import { HttpCore } from '../../src/upstream/http.js';
import { RegistryLogin } from '../../src/upstream/registry-login.js';
import type { RegistriesChangesSubscription, RegistryEnvironment } from '../generated/graphql.js';

const CREATE = graphql(`mutation RegistriesCreate($in: CreateMicroserviceInput!) { createMicroservice(input: $in) { id rawId version environment } }`);
const REGISTER = graphql(`mutation RegistriesRegister($id: ID!, $h: String!, $e: [String!]!) { registerMicroserviceInstance(microserviceId: $id, input: {hostName: $h, endpoints: $e}) { id hostName version } }`);
const FIND = graphql(`query RegistriesFind($in: FindInstancesInput!) { findMicroserviceInstances(input: $in) { instances { hostName version } } }`);
const CHANGES = graphql(`subscription RegistriesChanges($id: ID, $app: String, $svc: String, $rule: String, $env: RegistryEnvironment) {
  microserviceInstanceChanges(microserviceId: $id, appId: $app, serviceName: $svc, versionRule: $rule, environment: $env) { type instance { hostName version } }
}`);
const MICROSERVICE_IDS = graphql(`query RegistriesMicroserviceIds { microservices { rawId } }`);

async function events(stream: Stream<RegistriesChangesSubscription>, count: number) {
  const r = await stream.at(count - 1);
  expect(r, JSON.stringify(stream.results)).toBeDefined();
  return stream.results.map((x) => dataOf(x).microserviceInstanceChanges);
}

const register = (stack: TestStack, id: string, hostName: string) => stack.gql(REGISTER, { id, h: hostName, e: [`rest:${hostName}:80`] });

/** stock in 1.0.0, 1.5.0 and 2.0.0 with one instance each, and 3.0.0 without any: their IDs by version. */
const stock = once(async (stack: TestStack) => {
  const ids: Record<string, string> = {};
  for (const version of ['1.0.0', '1.5.0', '2.0.0', '3.0.0']) {
    const id = (ids[version] = data(await stack.gql(CREATE, { in: { appId: 'shop', serviceName: 'stock', version } })).createMicroservice.id);
    if (version !== '3.0.0') data(await register(stack, id, `stock-${version}`));
  }
  return ids as Record<'1.0.0' | '1.5.0' | '2.0.0' | '3.0.0', string>;
});

/** Every test of the registry suites starts with stock in its stack. */
const stockTest = test.extend('ids', { auto: true }, ({ stack }) => stock(stack));

/** A stack whose config center is the file's emulator (`emu`), another server than its registry. */
const configTest = test.extend('configStack', ({ resources, emu }) =>
  resources.get('config stack', emu, () => startStack({ emulator: { registry: 'servicecomb' }, env: { CONFIG_URL: emu.url } }), (stack) => stack.stop()),
);

describe.each(FLAVOURS)('the gateway against the %s registry', (flavour) => {
  stockTest.override('stackOptions', { demo: false, emulator: { registry: flavour }, env: { REGISTRY_POLL_INTERVAL_MS: '20' } });

  const found = async (stack: TestStack, versionRule: string) => {
    const res = await stack.gql(FIND, { in: { appId: 'shop', serviceName: 'stock', versionRule } });
    if (res.body.errors) return res.body.errors[0]!.extensions!.code;
    return data(res).findMicroserviceInstances.instances.map((i) => i.version).sort();
  };

  stockTest('should apply version rules to finds whatever the registry does with them', async ({ stack }) => {
    expect(await found(stack, '1.5.0')).toEqual(['1.5.0']);
    expect(await found(stack, '1.5')).toEqual(['1.5.0']);
    expect(await found(stack, '2.0.0+')).toEqual(['2.0.0']);
    expect(await found(stack, '1.0.0-2.0.0')).toEqual(['1.0.0', '1.5.0']);
    expect(await found(stack, '0+')).toEqual(['1.0.0', '1.5.0', '2.0.0']);
    // The newest version (3.0.0) has no instances: latest finds none, not the version below it.
    expect(await found(stack, 'latest')).toEqual([]);
    // An exact version nobody has: CSE says it does not exist, service-center answers everything, which the gateway filters.
    expect(await found(stack, '9.9.9')).toEqual(flavour === 'reference' ? 'NOT_FOUND' : []);
  });

  stockTest("should list each microservice's own instances only", async ({ stack }) => {
    const list = data(await stack.gql(graphql(`query RegistriesMicroservices { microservices(filter: {serviceName: "stock"}) { version instances { version } } }`))).microservices;
    expect(list).toHaveLength(4);
    for (const s of list) for (const i of s.instances) expect(i.version).toBe(s.version);
    expect(list.flatMap((s) => s.instances)).toHaveLength(3);
  });

  stockTest('should stream the changes of the watched version only', async ({ stack, ws, ids }) => {
    const stream = wsSubscribe(ws, CHANGES, { id: ids['1.0.0'] });
    expect(await events(stream, 1)).toEqual([{ type: 'CURRENT', instance: { hostName: 'stock-1.0.0', version: '1.0.0' } }]);
    data(await register(stack, ids['2.0.0'], 'stock-2.0.0-b'));
    data(await register(stack, ids['1.0.0'], 'stock-1.0.0-b'));
    const seen = await events(stream, 2);
    expect(seen[1]).toEqual({ type: 'REGISTERED', instance: { hostName: 'stock-1.0.0-b', version: '1.0.0' } });
    stream.close();
    const ranged = wsSubscribe(ws, CHANGES, { app: 'shop', svc: 'stock', rule: '1.5.0+' });
    const current = await events(ranged, 3);
    expect(current.map((e) => e.type)).toEqual(['CURRENT', 'CURRENT', 'CURRENT']);
    expect(current.map((e) => e.instance.version).sort()).toEqual(['1.5.0', '2.0.0', '2.0.0']);
    ranged.close();
  });

  stockTest('should keep the empty environment apart from development', async ({ stack, ws }) => {
    const none = data(await stack.gql(CREATE, { in: { appId: 'shop', serviceName: 'envs', version: '1.0.0' } })).createMicroservice;
    const dev = data(await stack.gql(CREATE, { in: { appId: 'shop', serviceName: 'envs', version: '1.0.0', environment: 'DEVELOPMENT' } })).createMicroservice;
    const devStream = wsSubscribe(ws, CHANGES, { app: 'shop', svc: 'envs', env: 'DEVELOPMENT' });
    const noneStream = wsSubscribe(ws, CHANGES, { app: 'shop', svc: 'envs' });
    data(await register(stack, dev.id, 'envs-dev'));
    if (flavour === 'servicecomb') {
      // Two services: one without environment (NONE), one in development.
      expect(none.environment).toBe('NONE');
      expect(dev.rawId).not.toBe(none.rawId);
      data(await register(stack, none.id, 'envs-none'));
      const byEnv = async (env: RegistryEnvironment) =>
        data(await stack.gql(graphql(`query RegistriesMicroservices2($env: RegistryEnvironment) { microservices(filter: {serviceName: "envs", environment: $env}) { rawId instances { hostName } } }`), { env })).microservices;
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
    expect(inDev.findMicroserviceInstances.instances.map((i) => i.hostName)).toContain('envs-dev');
    devStream.close();
    noneStream.close();
  });

  stockTest('should find a microservice and a schema by key (§5.10), and answer null for what does not exist', async ({ stack, ids }) => {
    const byKey = graphql(`query RegistriesByKey($k: MicroserviceKeyInput!) { microserviceByKey(key: $k) { id version } }`);
    const env = flavour === 'servicecomb' ? 'NONE' : 'DEVELOPMENT';
    expect(data(await stack.gql(byKey, { k: { appId: 'shop', serviceName: 'stock', version: '1.5.0', environment: env } })).microserviceByKey).toEqual({ id: ids['1.5.0'], version: '1.5.0' });
    expect(data(await stack.gql(byKey, { k: { appId: 'shop', serviceName: 'stock', version: '1.5.0' } })).microserviceByKey.id).toBe(ids['1.5.0']);
    expect(data(await stack.gql(byKey, { k: { appId: 'shop', serviceName: 'stock', version: '7.0.0' } })).microserviceByKey).toBeNull();
    expect(data(await stack.gql(byKey, { k: { appId: 'shop', serviceName: 'nobody', version: '1.0.0' } })).microserviceByKey).toBeNull();
    data(await stack.gql(graphql(`mutation RegistriesPutMicroserviceSchema($id: ID!) { putMicroserviceSchema(id: $id, schemaId: "stock.api", content: "swagger: 2.0", summary: "s1") { schemaId } }`), { id: ids['1.0.0'] }));
    const schema = graphql(`query RegistriesSchemaByKey($id: ID!, $s: String!) { microserviceSchemaByKey(microserviceId: $id, schemaId: $s) { schemaId summary } }`);
    expect(data(await stack.gql(schema, { id: ids['1.0.0'], s: 'stock.api' })).microserviceSchemaByKey).toEqual({ schemaId: 'stock.api', summary: 's1' });
    expect(data(await stack.gql(schema, { id: ids['1.0.0'], s: 'other.api' })).microserviceSchemaByKey).toBeNull();
  });
});

describe('the config center at CONFIG_URL', () => {
  configTest.override('emulatorOptions', { demo: true });

  configTest('should read configuration items from CONFIG_URL while the registry is service-center', async ({ configStack: stack, emu: configCenter }) => {
    const query = graphql(`query RegistriesConfigurationItems($in: ConfigurationItemsInput!) { configurationItems(input: $in) { dimensions { dimension items { key value } } } }`);
    const input = { in: { serviceName: 'fraud-check', appId: 'risk-control', environment: 'DEVELOPMENT' as const } };
    // The config center is another server here, with its own tokens: the caller's token is one of its own.
    const items = data(await stack.gql(query, input, { token: configCenter.token })).configurationItems;
    expect(items.dimensions.map((d) => d.dimension)).toContain('fraud-check@risk-control');
    await stack.resetCalls();
    data(await stack.gql(query, input, { token: configCenter.token }));
    expect((await stack.calls()).total).toBe(0);
  });
});

describe.each(FLAVOURS)('a %s registry with security authentication (CSE_AUTH=rbac)', (flavour) => {
  test.override('stackOptions', {
    demo: false,
    emulator: { registry: flavour, cseAuth: 'rbac' },
    env: { CSE_AUTH: 'rbac', CSE_USER: RBAC_ACCOUNT.name, CSE_PASSWORD: RBAC_ACCOUNT.password },
  });

  const logins = async (stack: TestStack) => (await stack.calls()).byRoute['POST /v4/token'] ?? 0;

  test('should log in once, send the bearer token on every registry call, and log in again once after the token expires', async ({ stack }) => {
    await stack.resetCalls();
    data(await stack.gql(CREATE, { in: { appId: 'sec', serviceName: 'guarded', version: '1.0.0' } }));
    for (let i = 0; i < 3; i++) data(await stack.gql(graphql(`query RegistriesGuarded { microservices { rawId instances { hostName } } }`)));
    expect(await logins(stack)).toBe(1);
    await stack.emu.advance(31 * 60 * 1000);
    // Three operations at once after expiry: one 401 each, one login between them.
    const answers = await Promise.all([0, 1, 2].map(() => stack.gql(MICROSERVICE_IDS)));
    for (const a of answers) expect(data(a).microservices.map((s) => s.rawId)).toHaveLength(1);
    expect(await logins(stack)).toBe(2);
  });
});

describe('registry login renewal before expiry', () => {
  test.override('emulatorOptions', { registry: 'servicecomb', cseAuth: 'rbac' });

  test('should renew the token when less than 5 minutes are left, without waiting for a 401, one login for many callers', async ({ emu, onTestFinished }) => {
    const http = new HttpCore({ api: 'cse', origin: emu.url, timeoutMs: 10_000, retries: 0, connections: 2, breaker: { errorThresholdPercentage: 50, resetTimeoutMs: 10_000, volumeThreshold: 100 } });
    onTestFinished(() => http.close());
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
