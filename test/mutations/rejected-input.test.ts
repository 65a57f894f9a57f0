import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeId } from '../../src/graph/global-id.js';
import { startStack, type TestStack } from '../support/gateway.js';

/** Inputs that break the reference's rules are refused with the field and the rule, and nothing is sent upstream. */
describe('rejected input', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack({ demo: false });
  });
  afterAll(() => stack.stop());

  const env = encodeId('Environment', { environmentId: 'e1' });
  const app = encodeId('Application', { applicationId: 'a1' });
  const comp = encodeId('Component', { applicationId: 'a1', componentId: 'c1' });
  const inst = encodeId('ComponentInstance', { applicationId: 'a1', componentId: 'c1', instanceId: 'i1' });
  const svc = encodeId('Microservice', { serviceId: 's1' });
  const reg = encodeId('MicroserviceInstance', { serviceId: 's1', instanceId: 'r1' });
  const deploy = {
    environmentId: env,
    name: 'good-name',
    version: '1.0.0',
    replica: 1,
    flavorId: 'MICRO-5G:0.5C:1G',
    artifacts: [{ name: 'c', storage: 'swr', type: 'image', url: 'swr/x:1' }],
    referResources: [{ id: 'cce-1', type: 'cce', parameters: { namespace: 'default' } }],
  };

  const cases: [string, string, Record<string, unknown>, string, RegExp][] = [
    ['createEnvironment: name pattern', 'mutation($in: CreateEnvironmentInput!) { createEnvironment(input: $in) { id } }', { in: { name: '9bad', vpcId: 'v', baseResources: [{ id: 'x', type: 'cce' }] } }, 'input.name', /starting with a letter/],
    ['createEnvironment: name length', 'mutation($in: CreateEnvironmentInput!) { createEnvironment(input: $in) { id } }', { in: { name: 'a'.repeat(65), vpcId: 'v', baseResources: [{ id: 'x', type: 'cce' }] } }, 'input.name', /2 to 64/],
    ['createEnvironment: no base resource', 'mutation($in: CreateEnvironmentInput!) { createEnvironment(input: $in) { id } }', { in: { name: 'env', vpcId: 'v', baseResources: [] } }, 'input.baseResources', /00100422/],
    ['createEnvironment: base resource type', 'mutation($in: CreateEnvironmentInput!) { createEnvironment(input: $in) { id } }', { in: { name: 'env', vpcId: 'v', baseResources: [{ id: 'x', type: 'elb' }] } }, 'input.baseResources[0].type', /cce or ecs/],
    ['createEnvironment: alias length', 'mutation($in: CreateEnvironmentInput!) { createEnvironment(input: $in) { id } }', { in: { name: 'env', alias: 'x'.repeat(65), vpcId: 'v', baseResources: [{ id: 'x', type: 'cce' }] } }, 'input.alias', /64/],
    ['updateEnvironment: nothing to change', 'mutation($id: ID!) { updateEnvironment(id: $id, input: {}) { id } }', { id: env }, 'input', /at least one/],
    ['modifyEnvironmentResources: nothing to do', 'mutation($id: ID!) { modifyEnvironmentResources(id: $id, input: {}) { id } }', { id: env }, 'input', /at least one/],
    ['createApplication: description length', 'mutation { createApplication(input: {name: "app", description: "' + 'd'.repeat(129) + '"}) { id } }', {}, 'input.description', /128/],
    ['updateApplication: name pattern', 'mutation($id: ID!) { updateApplication(id: $id, input: {name: "bad name"}) { id } }', { id: app }, 'input.name', /letters, digits/],
    ['setApplicationConfiguration: env var name', 'mutation($a: ID!, $e: ID!) { setApplicationConfiguration(applicationId: $a, environmentId: $e, env: [{name: "1x", value: "v"}]) { env { name } } }', { a: app, e: env }, 'env[0].name', /not starting with a digit/],
    ['createComponent: sub-category', 'mutation($a: ID!) { createComponent(applicationId: $a, input: {name: "comp", runtime: "Java8", category: WEBAPP, subCategory: "Dubbo"}) { id } }', { a: app }, 'input.subCategory', /Web/],
    ['createComponent: two sources', 'mutation($a: ID!) { createComponent(applicationId: $a, input: {name: "comp", runtime: "Java8", category: COMMON, source: {code: {repoType: "GitHub", repoUrl: "https://github.com/x/y.git", repoAuth: "a"}, artifact: {url: "obs://b/k"}}}) { id } }', { a: app }, 'input.source', /exactly one/],
    ['createComponent: repo type', 'mutation($a: ID!) { createComponent(applicationId: $a, input: {name: "comp", runtime: "Java8", category: COMMON, source: {code: {repoType: "SVN", repoUrl: "https://x/y", repoAuth: "a"}}}) { id } }', { a: app }, 'input.source.code.repoType', /GitHub/],
    ['updateComponent: nothing', 'mutation($id: ID!) { updateComponent(id: $id, input: {}) { id } }', { id: comp }, 'input', /at least one/],
    ['deployComponent: instance name', 'mutation($c: ID!, $in: DeployComponentInput!) { deployComponent(componentId: $c, input: $in) { jobId } }', { c: comp, in: { ...deploy, name: 'Upper' } }, 'input.name', /lowercase/],
    ['deployComponent: replica', 'mutation($c: ID!, $in: DeployComponentInput!) { deployComponent(componentId: $c, input: $in) { jobId } }', { c: comp, in: { ...deploy, replica: -1 } }, 'input.replica', /0 or more/],
    ['deployComponent: version', 'mutation($c: ID!, $in: DeployComponentInput!) { deployComponent(componentId: $c, input: $in) { jobId } }', { c: comp, in: { ...deploy, version: 'v1' } }, 'input.version', /dot-separated/],
    ['deployComponent: flavor', 'mutation($c: ID!, $in: DeployComponentInput!) { deployComponent(componentId: $c, input: $in) { jobId } }', { c: comp, in: { ...deploy, flavorId: 'CUSTOM-big' } }, 'input.flavorId', /CUSTOM-xxG/],
    ['deployComponent: no artifacts', 'mutation($c: ID!, $in: DeployComponentInput!) { deployComponent(componentId: $c, input: $in) { jobId } }', { c: comp, in: { ...deploy, artifacts: [] } }, 'input.artifacts', /00100425/],
    ['deployComponent: cce without namespace', 'mutation($c: ID!, $in: DeployComponentInput!) { deployComponent(componentId: $c, input: $in) { jobId } }', { c: comp, in: { ...deploy, referResources: [{ id: 'c', type: 'cce' }] } }, 'input.referResources[0].parameters', /namespace/],
    ['deployComponent: env var name', 'mutation($c: ID!, $in: DeployComponentInput!) { deployComponent(componentId: $c, input: $in) { jobId } }', { c: comp, in: { ...deploy, configuration: { env: [{ name: 'a b', value: '' }] } } }, 'input.configuration.env[0].name', /letters/],
    ['deployComponent: environment id of another type', 'mutation($c: ID!, $in: DeployComponentInput!) { deployComponent(componentId: $c, input: $in) { jobId } }', { c: comp, in: { ...deploy, environmentId: app } }, 'input.environmentId', /Environment ID is expected/],
    ['upgradeComponentInstance: version', 'mutation($id: ID!) { upgradeComponentInstance(id: $id, input: {version: "latest"}) { jobId } }', { id: inst }, 'input.version', /dot-separated/],
    ['scaleComponentInstance: replica', 'mutation($id: ID!) { scaleComponentInstance(id: $id, replica: -2) { jobId } }', { id: inst }, 'replica', /0 or more/],
    ['rollbackComponentInstance: version', 'mutation($id: ID!) { rollbackComponentInstance(id: $id, version: "") { jobId } }', { id: inst }, 'version', /dot-separated/],
    ['stopComponentInstance: malformed id', 'mutation { stopComponentInstance(id: "nope") { jobId } }', {}, 'id', /global ID/],
    ['createMicroservice: serviceName', 'mutation { createMicroservice(input: {appId: "app", serviceName: "-bad", version: "1.0.0"}) { id } }', {}, 'input.serviceName', /starting and ending/],
    ['createMicroservice: version part', 'mutation { createMicroservice(input: {appId: "app", serviceName: "svc", version: "1.99999"}) { id } }', {}, 'input.version', /32767/],
    ['createMicroservice: instance endpoints', 'mutation { createMicroservice(input: {appId: "app", serviceName: "svc", version: "1.0", instances: [{hostName: "h", endpoints: []}]}) { id } }', {}, 'input.instances[0].endpoints', /at least one endpoint/],
    ['updateMicroserviceProperties: not a map of strings', 'mutation($id: ID!) { updateMicroserviceProperties(id: $id, properties: {a: 1}) { id } }', { id: svc }, 'properties.a', /string/],
    ['putMicroserviceSchema: schemaId', 'mutation($id: ID!) { putMicroserviceSchema(id: $id, schemaId: "bad id", content: "x") { schemaId } }', { id: svc }, 'schemaId', /letters, digits/],
    ['putMicroserviceSchema: content size', 'mutation($id: ID!, $c: String!) { putMicroserviceSchema(id: $id, schemaId: "s", content: $c) { schemaId } }', { id: svc, c: 'x'.repeat(2049) }, 'content', /2048 bytes/],
    ['putMicroserviceSchema: summary', 'mutation($id: ID!) { putMicroserviceSchema(id: $id, schemaId: "s", content: "x", summary: "not ok!") { schemaId } }', { id: svc }, 'summary', /letters and digits/],
    ['setDependencies: consumer without version', 'mutation { setDependencies(dependencies: [{consumer: {appId: "a", serviceName: "c"}, providers: []}]) { id } }', {}, 'dependencies[0].consumer', /exact version/],
    ['setDependencies: provider rule', 'mutation { setDependencies(dependencies: [{consumer: {appId: "a", serviceName: "c", version: "1.0"}, providers: [{serviceName: "p", version: "~1"}]}]) { id } }', {}, 'dependencies[0].providers[0].version', /latest/],
    ['setDependencies: none', 'mutation { setDependencies(dependencies: []) { id } }', {}, 'dependencies', /1 to 100/],
    ['registerMicroserviceInstance: hostName', 'mutation($id: ID!) { registerMicroserviceInstance(microserviceId: $id, input: {hostName: "", endpoints: ["rest:1.2.3.4:80"]}) { id } }', { id: svc }, 'input.hostName', /1 to 64/],
    ['registerMicroserviceInstance: health check mode', 'mutation($id: ID!) { registerMicroserviceInstance(microserviceId: $id, input: {hostName: "h", endpoints: ["e"], healthCheck: {mode: "poll", interval: 30, times: 3}}) { id } }', { id: svc }, 'input.healthCheck.mode', /push or pull/],
    ['updateMicroserviceInstanceProperties: not an object', 'mutation($id: ID!) { updateMicroserviceInstanceProperties(id: $id, properties: "x") { id } }', { id: reg }, 'properties', /object/],
  ];

  it.each(cases)('should refuse %s', async (_name, query, variables, field, rule) => {
    await stack.resetCalls();
    const res = await stack.gql(query, variables);
    const error = res.body.errors?.[0];
    expect(error?.extensions?.code, JSON.stringify(res.body)).toBe('BAD_USER_INPUT');
    if (error?.extensions?.field !== undefined) {
      expect(error.extensions.field).toBe(field);
      expect(error.extensions.rule).toMatch(rule);
    } else {
      expect(error?.extensions?.argument).toBe(field);
      expect(error?.message).toMatch(rule);
    }
    expect((await stack.calls()).total).toBe(0);
  });
});
