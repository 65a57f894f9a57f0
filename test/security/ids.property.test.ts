import { describe, expect } from 'vitest';
import { once, test as base } from '../support/fixtures.js';
import { graphql } from '../generated/gql.js';
import fc from 'fast-check';
import { getNamedType, isInputObjectType, isObjectType, type GraphQLInputType } from 'graphql';
import { data, type TestStack } from '../support/gateway.js';
import { call } from '../support/emulator.js';
import { buildSchema } from '../../src/graph/schema.js';
import { ID_PARTS, type NodeType } from '../../src/graph/global-id.js';

/**
 * Hostile IDs for every ID-taking argument of the schema: whatever the ID holds, every call it
 * causes reaches one of the operation's own route templates (read from the emulator's request
 * log), and an ID with a segment that could name another resource causes no call at all.
 * ID_PROPERTY_RUNS sets the number of cases (default 100, a few seconds).
 */
const RUNS = Number(process.env.ID_PROPERTY_RUNS ?? 100);

const CAS = '/v2/{project_id}/cas';
const REG = '/v4/{project_id}/registry';
const R = {
  env: `GET ${CAS}/environments/{environment_id}`,
  envs: `GET ${CAS}/environments`,
  envPut: `PUT ${CAS}/environments/{environment_id}`,
  envPatch: `PATCH ${CAS}/environments/{environment_id}/resources`,
  envDelete: `DELETE ${CAS}/environments/{environment_id}`,
  app: `GET ${CAS}/applications/{application_id}`,
  appPut: `PUT ${CAS}/applications/{application_id}`,
  appDelete: `DELETE ${CAS}/applications/{application_id}`,
  appConfig: `GET ${CAS}/applications/{application_id}/configuration`,
  appConfigPut: `PUT ${CAS}/applications/{application_id}/configuration`,
  appConfigDelete: `DELETE ${CAS}/applications/{application_id}/configuration`,
  componentPost: `POST ${CAS}/applications/{application_id}/components`,
  component: `GET ${CAS}/applications/{application_id}/components/{component_id}`,
  componentPut: `PUT ${CAS}/applications/{application_id}/components/{component_id}`,
  componentDelete: `DELETE ${CAS}/applications/{application_id}/components/{component_id}`,
  instances: `GET ${CAS}/applications/{application_id}/components/{component_id}/instances`,
  instancePost: `POST ${CAS}/applications/{application_id}/components/{component_id}/instances`,
  instance: `GET ${CAS}/applications/{application_id}/components/{component_id}/instances/{instance_id}`,
  instancePut: `PUT ${CAS}/applications/{application_id}/components/{component_id}/instances/{instance_id}`,
  instanceDelete: `DELETE ${CAS}/applications/{application_id}/components/{component_id}/instances/{instance_id}`,
  instanceAction: `POST ${CAS}/applications/{application_id}/components/{component_id}/instances/{instance_id}/action`,
  job: `GET ${CAS}/jobs/{job_id}`,
  runtimes: `GET ${CAS}/metadata/runtimes`,
  service: `GET ${REG}/microservices/{serviceId}`,
  services: `GET ${REG}/microservices`,
  servicesDelete: `DELETE ${REG}/microservices`,
  serviceDelete: `DELETE ${REG}/microservices/{serviceId}`,
  serviceProps: `PUT ${REG}/microservices/{serviceId}/properties`,
  schema: `GET ${REG}/microservices/{serviceId}/schemas/{schemaId}`,
  schemaPut: `PUT ${REG}/microservices/{serviceId}/schemas/{schemaId}`,
  register: `POST ${REG}/microservices/{serviceId}/instances`,
  regInstance: `GET ${REG}/microservices/{serviceId}/instances/{instanceId}`,
  regInstanceDelete: `DELETE ${REG}/microservices/{serviceId}/instances/{instanceId}`,
  regInstanceProps: `PUT ${REG}/microservices/{serviceId}/instances/{instanceId}/properties`,
  regInstanceStatus: `PUT ${REG}/microservices/{serviceId}/instances/{instanceId}/status`,
  heartbeat: `PUT ${REG}/microservices/{serviceId}/instances/{instanceId}/heartbeat`,
  batchFind: `POST ${REG}/instances/action`,
  find: `GET ${REG}/instances`,
  existence: `GET ${REG}/existence`,
} as const;

/** What fetching a node of each type may call. */
const FETCH: Record<NodeType, string[]> = {
  // Several environments asked at once come from one list call.
  Environment: [R.env, R.envs],
  Application: [R.app],
  Component: [R.component],
  ComponentInstance: [R.instance],
  Job: [R.job],
  Microservice: [R.service, R.services],
  MicroserviceInstance: [R.regInstance, R.batchFind],
};

interface Case {
  /** Schema coordinates this case covers, e.g. "Mutation.deleteComponentInstance(id)". */
  covers: string[];
  /** The type of ID the argument takes (hostile IDs are mostly of it; some of another type). */
  type: NodeType;
  document: string;
  /** Other variables (real objects of the demo data); `$id` is the hostile one. */
  variables?: (real: RealIds) => Record<string, unknown>;
  /** Routes the operation may call, given the type the hostile ID claims. */
  allowed: (claimed: NodeType) => string[];
  /** The hostile ID is the operation's only input that causes calls: a refused segment means zero calls. */
  direct?: boolean;
  subscription?: boolean;
  /** The argument is a list of IDs. */
  list?: boolean;
}

interface RealIds {
  environment: string;
  application: string;
  component: string;
  serviceGlobal: string;
  parts: Record<string, string[]>;
}

const deploy = (environmentId: string) => ({
  environmentId,
  name: 'prop-inst',
  version: '1.0.0',
  replica: 1,
  flavorId: 'MICRO-5G:0.5C:1G',
  artifacts: [{ name: 'main', storage: 'swr', type: 'image', url: 'swr.example.com/ns/prop:1.0.0' }],
  referResources: [{ id: 'cce-1', type: 'cce', parameters: { namespace: 'default' } }],
});

const same = (routes: string[]) => () => routes;
/** What a write that takes replicas away reads to name them: the instance, its component and application. */
const LEAVING = [R.instance, R.component, R.app];
const CASES: Case[] = [
  { covers: ['Query.node(id)'], type: 'Application', document: 'query($id: ID!) { node(id: $id) { __typename } }', allowed: (t) => FETCH[t], direct: true },
  { covers: ['Query.nodes(ids)'], type: 'ComponentInstance', document: 'query($id: [ID!]!) { nodes(ids: $id) { __typename } }', allowed: (t) => FETCH[t], direct: true, list: true },
  { covers: ['Query.environment(id)'], type: 'Environment', document: 'query($id: ID!) { environment(id: $id) { __typename } }', allowed: same([R.env]), direct: true },
  { covers: ['Query.application(id)'], type: 'Application', document: 'query($id: ID!) { application(id: $id) { __typename } }', allowed: same([R.app]), direct: true },
  { covers: ['Query.job(id)'], type: 'Job', document: 'query($id: ID!) { job(id: $id) { __typename } }', allowed: same([R.job]), direct: true },
  { covers: ['Query.microservice(id)'], type: 'Microservice', document: 'query($id: ID!) { microservice(id: $id) { __typename } }', allowed: same(FETCH.Microservice), direct: true },
  {
    covers: ['Query.microserviceSchemaByKey(microserviceId)'],
    type: 'Microservice',
    document: 'query($id: ID!) { microserviceSchemaByKey(microserviceId: $id, schemaId: "prop") { schemaId } }',
    allowed: same([R.existence]),
    direct: true,
  },
  {
    covers: ['Application.configuration(environmentId)'],
    type: 'Environment',
    document: 'query($a: ID!, $id: ID) { application(id: $a) { configuration(environmentId: $id) { __typename } } }',
    variables: (r) => ({ a: r.application }),
    allowed: same([R.app, R.appConfig]),
  },
  {
    covers: ['Component.instances(environmentId)'],
    type: 'Environment',
    document: 'query($c: ID!, $id: ID) { node(id: $c) { ... on Component { instances(environmentId: $id) { totalCount } } } }',
    variables: (r) => ({ c: r.component }),
    allowed: same([R.component, R.instances]),
  },
  {
    covers: ['Microservice.schema(schemaId)'],
    type: 'Microservice',
    document: 'query($s: ID!, $id: String!) { microservice(id: $s) { schema(schemaId: $id) { schemaId } } }',
    variables: (r) => ({ s: r.serviceGlobal }),
    allowed: same([...FETCH.Microservice, R.schema]),
  },
  { covers: ['Mutation.updateEnvironment(id)'], type: 'Environment', document: 'mutation($id: ID!) { updateEnvironment(id: $id, input: {description: "p"}) { __typename } }', allowed: same([R.envPut]), direct: true },
  {
    covers: ['Mutation.modifyEnvironmentResources(id)'],
    type: 'Environment',
    document: 'mutation($id: ID!) { modifyEnvironmentResources(id: $id, input: {addOptionalResources: [{id: "default", type: "cse"}]}) { __typename } }',
    allowed: same([R.envPatch]),
    direct: true,
  },
  { covers: ['Mutation.deleteEnvironment(id)'], type: 'Environment', document: 'mutation($id: ID!) { deleteEnvironment(id: $id) { deletedId } }', allowed: same([R.envDelete]), direct: true },
  { covers: ['Mutation.updateApplication(id)'], type: 'Application', document: 'mutation($id: ID!) { updateApplication(id: $id, input: {description: "p"}) { __typename } }', allowed: same([R.appPut]), direct: true },
  { covers: ['Mutation.deleteApplication(id)'], type: 'Application', document: 'mutation($id: ID!) { deleteApplication(id: $id) { deletedId } }', allowed: same([R.appDelete]), direct: true },
  {
    covers: ['Mutation.setApplicationConfiguration(applicationId)'],
    type: 'Application',
    document: 'mutation($id: ID!, $e: ID!) { setApplicationConfiguration(applicationId: $id, environmentId: $e, env: []) { __typename } }',
    variables: (r) => ({ e: r.environment }),
    allowed: same([R.appConfigPut]),
    direct: true,
  },
  {
    covers: ['Mutation.setApplicationConfiguration(environmentId)'],
    type: 'Environment',
    document: 'mutation($id: ID!, $a: ID!) { setApplicationConfiguration(applicationId: $a, environmentId: $id, env: []) { __typename } }',
    variables: (r) => ({ a: r.application }),
    allowed: same([R.appConfigPut]),
    direct: true,
  },
  {
    covers: ['Mutation.deleteApplicationConfiguration(applicationId)'],
    type: 'Application',
    document: 'mutation($id: ID!, $e: ID!) { deleteApplicationConfiguration(applicationId: $id, environmentId: $e) { __typename } }',
    variables: (r) => ({ e: r.environment }),
    allowed: same([R.appConfigDelete, R.app]),
    direct: true,
  },
  {
    covers: ['Mutation.deleteApplicationConfiguration(environmentId)'],
    type: 'Environment',
    document: 'mutation($id: ID!, $a: ID!) { deleteApplicationConfiguration(applicationId: $a, environmentId: $id) { __typename } }',
    variables: (r) => ({ a: r.application }),
    allowed: same([R.appConfigDelete, R.app]),
    direct: true,
  },
  {
    covers: ['Mutation.createComponent(applicationId)'],
    type: 'Application',
    document: 'mutation($id: ID!) { createComponent(applicationId: $id, input: {name: "prop-comp", runtime: "Java8", category: COMMON}) { __typename } }',
    allowed: same([R.componentPost]),
    direct: true,
  },
  { covers: ['Mutation.updateComponent(id)'], type: 'Component', document: 'mutation($id: ID!) { updateComponent(id: $id, input: {description: "p"}) { __typename } }', allowed: same([R.componentPut]), direct: true },
  { covers: ['Mutation.deleteComponent(id)'], type: 'Component', document: 'mutation($id: ID!) { deleteComponent(id: $id) { deletedId } }', allowed: same([R.componentDelete]), direct: true },
  {
    covers: ['Mutation.deployComponent(componentId)'],
    type: 'Component',
    document: 'mutation($id: ID!, $in: DeployComponentInput!) { deployComponent(componentId: $id, input: $in) { jobId } }',
    variables: (r) => ({ in: deploy(r.environment) }),
    allowed: same([R.instancePost]),
    direct: true,
  },
  {
    covers: ['Mutation.deployComponent(input).environmentId'],
    type: 'Environment',
    document: 'mutation($id: ID!, $c: ID!) { deployComponent(componentId: $c, input: {environmentId: $id, name: "prop-inst", version: "1.0.0", replica: 1, flavorId: "MICRO-5G:0.5C:1G", artifacts: [{name: "main", storage: "swr", type: "image", url: "swr.example.com/ns/prop:1.0.0"}], referResources: [{id: "cce-1", type: "cce", parameters: {namespace: "default"}}]}) { jobId } }',
    variables: (r) => ({ c: r.component }),
    allowed: same([R.instancePost]),
    direct: true,
  },
  {
    covers: ['Mutation.upgradeComponentInstance(id)'],
    type: 'ComponentInstance',
    document: 'mutation($id: ID!) { upgradeComponentInstance(id: $id, input: {version: "1.1.0", artifacts: [{name: "main", storage: "swr", type: "image", url: "swr.example.com/ns/prop:1.1.0"}]}) { jobId } }',
    allowed: same([R.instancePut, ...LEAVING]),
    direct: true,
  },
  ...(['scale', 'start', 'stop', 'restart', 'rollback'] as const).map(
    (verb): Case => ({
      covers: [`Mutation.${verb}ComponentInstance(id)`],
      type: 'ComponentInstance',
      document: `mutation($id: ID!) { ${verb}ComponentInstance(id: $id${verb === 'scale' ? ', replica: 1' : verb === 'rollback' ? ', version: "1.0.0"' : ''}) { jobId } }`,
      // All but start take replicas away: the instance, component and application are read to name them (DEREGISTERED).
      allowed: same(verb === 'start' ? [R.instanceAction] : [R.instanceAction, ...LEAVING]),
      direct: true,
    }),
  ),
  { covers: ['Mutation.deleteComponentInstance(id)'], type: 'ComponentInstance', document: 'mutation($id: ID!) { deleteComponentInstance(id: $id) { jobId } }', allowed: same([R.instanceDelete, ...LEAVING]), direct: true },
  {
    covers: ['Mutation.updateMicroserviceProperties(id)'],
    type: 'Microservice',
    document: 'mutation($id: ID!) { updateMicroserviceProperties(id: $id, properties: {p: "q"}) { __typename } }',
    allowed: same([R.serviceProps, ...FETCH.Microservice]),
    direct: true,
  },
  {
    covers: ['Mutation.putMicroserviceSchema(id)'],
    type: 'Microservice',
    document: 'mutation($id: ID!) { putMicroserviceSchema(id: $id, schemaId: "prop", content: "x") { schemaId } }',
    allowed: same([R.schemaPut]),
    direct: true,
  },
  { covers: ['Mutation.deleteMicroservice(id)'], type: 'Microservice', document: 'mutation($id: ID!) { deleteMicroservice(id: $id) { deletedId } }', allowed: same([R.serviceDelete]), direct: true },
  { covers: ['Mutation.deleteMicroservices(ids)'], type: 'Microservice', document: 'mutation($id: [ID!]!) { deleteMicroservices(ids: $id) { deleted } }', allowed: same([R.servicesDelete]), direct: true, list: true },
  {
    covers: ['Mutation.registerMicroserviceInstance(microserviceId)'],
    type: 'Microservice',
    document: 'mutation($id: ID!) { registerMicroserviceInstance(microserviceId: $id, input: {hostName: "prop", endpoints: ["rest:127.0.0.1:1"]}) { __typename } }',
    allowed: same([R.register, ...FETCH.MicroserviceInstance]),
    direct: true,
  },
  { covers: ['Mutation.deregisterMicroserviceInstance(id)'], type: 'MicroserviceInstance', document: 'mutation($id: ID!) { deregisterMicroserviceInstance(id: $id) { deletedId } }', allowed: same([R.regInstanceDelete]), direct: true },
  {
    covers: ['Mutation.updateMicroserviceInstanceProperties(id)'],
    type: 'MicroserviceInstance',
    document: 'mutation($id: ID!) { updateMicroserviceInstanceProperties(id: $id, properties: {p: "q"}) { __typename } }',
    allowed: same([R.regInstanceProps, ...FETCH.MicroserviceInstance]),
    direct: true,
  },
  {
    covers: ['Mutation.updateMicroserviceInstanceStatus(id)'],
    type: 'MicroserviceInstance',
    document: 'mutation($id: ID!) { updateMicroserviceInstanceStatus(id: $id, status: UP) { __typename } }',
    allowed: same([R.regInstanceStatus, ...FETCH.MicroserviceInstance]),
    direct: true,
  },
  {
    covers: ['Mutation.sendMicroserviceInstanceHeartbeat(id)'],
    type: 'MicroserviceInstance',
    document: 'mutation($id: ID!) { sendMicroserviceInstanceHeartbeat(id: $id) { __typename } }',
    allowed: same([R.heartbeat, ...FETCH.MicroserviceInstance]),
    direct: true,
  },
  { covers: ['Subscription.jobProgress(jobId)'], type: 'Job', document: 'subscription($id: ID!) { jobProgress(jobId: $id) { rawId } }', allowed: same([R.job]), direct: true, subscription: true },
  {
    covers: ['Subscription.componentInstanceStatus(id)'],
    type: 'ComponentInstance',
    document: 'subscription($id: ID!) { componentInstanceStatus(id: $id) { name } }',
    allowed: same([R.instance]),
    direct: true,
    subscription: true,
  },
  {
    covers: ['Subscription.microserviceInstanceChanges(microserviceId)'],
    type: 'Microservice',
    document: 'subscription($id: ID) { microserviceInstanceChanges(microserviceId: $id) { type } }',
    allowed: same([R.runtimes, ...FETCH.Microservice, R.find]),
    subscription: true,
  },
];

/** Every argument (or input field) of type ID in the schema, as "Type.field(arg)[.inputField]". */
function idArguments(): string[] {
  const schema = buildSchema();
  const found: string[] = [];
  const walk = (coordinate: string, type: GraphQLInputType, seen: Set<string>) => {
    const named = getNamedType(type);
    if (named.name === 'ID') found.push(coordinate);
    else if (isInputObjectType(named) && !seen.has(named.name)) {
      seen.add(named.name);
      for (const f of Object.values(named.getFields())) walk(`${coordinate}.${f.name}`, f.type, seen);
    }
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) for (const arg of field.args) walk(`${type.name}.${field.name}(${arg.name})`, arg.type, new Set());
  }
  return found;
}

/** Segments that could name another resource, or break a path, a query or a header. */
const hostileSegment = fc.oneof(
  fc.constantFrom('..', '.', '', '/', '%2e%2e', '%2E%2e', '.%2e', '%2f..', '?', '#', '?x=1#y', '../..', 'a/../../b', '..;', '\\..\\', '\u0000', '\n', '\r\n', '\u202e', 'é', '😀', ' ', '%00'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.array(fc.constantFrom('..', '/', '%2e', '.', 'x', '?', '#', '%', '\\'), { maxLength: 6 }).map((a) => a.join('')),
  fc.integer({ min: 60, max: 300 }).map((n) => 'a'.repeat(n)),
);

/** Refused before any call: what the gateway must never send. */
const refusedSegment = (s: string) => s === '' || s === '.' || s === '..' || s.length > 64;

interface HostileId {
  claimed: NodeType;
  id: string;
  refused: boolean;
}

function hostileId(expected: NodeType, real: RealIds): fc.Arbitrary<HostileId> {
  const types = Object.keys(ID_PARTS) as NodeType[];
  const typed = fc
    .tuple(fc.oneof({ weight: 4, arbitrary: fc.constant(expected) }, { weight: 1, arbitrary: fc.constantFrom(...types) }), fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), fc.array(hostileSegment, { minLength: 3, maxLength: 3 }))
    .map(([claimed, useReal, hostile]): HostileId => {
      const names = ID_PARTS[claimed];
      // Real parents with a hostile leaf are the attack of issue #11; all-hostile ones are covered too.
      const values = names.map((name, i) => (useReal[i] && i < names.length - 1 && real.parts[name]?.length ? real.parts[name]![0]! : hostile[i]!));
      return { claimed, id: Buffer.from(JSON.stringify([claimed, ...values])).toString('base64url'), refused: values.some(refusedSegment) };
    });
  const raw = fc.oneof(hostileSegment, hostileSegment.map((s) => `JOB${s}`)).map((id): HostileId => ({ claimed: expected, id, refused: false }));
  return fc.oneof({ weight: 5, arbitrary: typed }, { weight: 1, arbitrary: raw });
}

/** The demo data's real IDs and raw ID parts, for hostile IDs with real parents. */
const realIds = once(async (stack: TestStack): Promise<RealIds> => {
  const d = data(
    await stack.gql(graphql(`query IdsPropertyReal { environments { nodes { id rawId } } applications { nodes { id rawId components { nodes { id rawId } } } } microservices { id rawId } }`)),
  );
  const apps = d.applications.nodes;
  const components = apps.flatMap((a) => a.components.nodes);
  return {
    environment: d.environments.nodes[0]!.id,
    application: apps[0]!.id,
    component: components[0]!.id,
    serviceGlobal: d.microservices[0]!.id,
    parts: {
      environmentId: d.environments.nodes.map((e) => e.rawId),
      applicationId: apps.map((a) => a.rawId),
      componentId: components.map((c) => c.rawId),
      serviceId: d.microservices.map((s) => s.rawId),
    },
  };
});
const test = base.extend('real', ({ stack }) => realIds(stack));

describe('hostile IDs never reach another route', () => {
  test.override('stackOptions', { env: { UPSTREAM_RETRIES: '0' } });

  test('should have a case for every ID-taking argument of the schema', () => {
    expect(CASES.flatMap((c) => c.covers).sort()).toEqual([...idArguments(), 'Microservice.schema(schemaId)'].sort());
  });

  async function send(stack: TestStack, c: Case, variables: Record<string, unknown>, requestId: string): Promise<{ codes: string[] }> {
    const headers: Record<string, string> = { 'content-type': 'application/json', authorization: `Bearer ${stack.emu.token}`, 'x-request-id': requestId };
    if (c.subscription) headers.accept = 'text/event-stream';
    const res = await fetch(stack.gateway.url, { method: 'POST', headers, body: JSON.stringify({ query: c.document, variables }) });
    const text = await readUntilFirstEvent(res);
    const codes = [...text.matchAll(/"code":"([A-Z_]+)"/g)].map((m) => m[1]!);
    return { codes };
  }

  test('should send every call of every operation to its own route templates, and none for a refused segment', async ({ stack, real }) => {
    let n = 0;
    const arbitrary = fc.constantFrom(...CASES).chain((c) => fc.tuple(fc.constant(c), c.list ? fc.array(hostileId(c.type, real), { minLength: 1, maxLength: 3 }) : hostileId(c.type, real).map((h) => [h])));
    await fc.assert(
      fc.asyncProperty(arbitrary, async ([c, hostile]) => {
        await stack.resetCalls();
        const requestId = `prop-${n++}`;
        const variables = { ...c.variables?.(real), id: c.list ? hostile.map((h) => h.id) : hostile[0]!.id };
        const { codes } = await send(stack, c, variables, requestId);
        expect(codes, `${c.covers[0]} ${JSON.stringify(variables)}`).not.toContain('INTERNAL');
        const log = (await call<{ requests: { route: string; requestId?: string }[] }>(stack.emu.url, 'GET', '/__emulator/requests')).body.requests;
        const routes = log.filter((r) => r.requestId === requestId).map((r) => r.route);
        const allowed = new Set(hostile.flatMap((h) => c.allowed(h.claimed)));
        for (const route of routes) expect(allowed.has(route), `${c.covers[0]} with ${JSON.stringify(variables)} called ${route}`).toBe(true);
        if (c.direct && hostile.some((h) => h.refused)) expect(routes, `${c.covers[0]} with ${JSON.stringify(variables)}`).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

/** The body of an answer; for an event stream, up to its first event (a hostile subscription ends there). */
async function readUntilFirstEvent(res: Response): Promise<string> {
  if (!(res.headers.get('content-type') ?? '').startsWith('text/event-stream')) return res.text();
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    if (/event: (next|complete)[\s\S]*\n\n/.test(text)) break;
  }
  await reader.cancel();
  return text;
}
