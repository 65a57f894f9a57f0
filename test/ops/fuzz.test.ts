import { describe, expect } from 'vitest';
import fc from 'fast-check';
import { once, test as base } from '../support/fixtures.js';
import { data, type TestStack } from '../support/gateway.js';
import { graphql } from '../generated/gql.js';

/**
 * Generated operations and variable sets, valid and invalid: the gateway never crashes, every
 * answer is well-formed GraphQL, and no call that reached the upstream was refused as invalid input
 * (the gateway's checks caught every rule violation first).
 */
// A few hundred cases keep `npm test` quick; `npm run fuzz` runs the full 5,000 (FUZZ_RUNS).
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);

/** Upstream answers that mean "the request broke a rule of the reference" rather than "no such thing" or "taken". */
const INVALID_INPUT_CODES = ['SVCSTG.00100400', 'SVCSTG.00100418', 'SVCSTG.00100422', 'SVCSTG.00100425', '400001', 'SVCSTG.00300607'];

interface Request {
  body: string;
}

const id64 = (s: unknown[]) => Buffer.from(JSON.stringify(s)).toString('base64url');
const op = (query: string, variables?: Record<string, unknown>): Request => ({ body: JSON.stringify({ query, variables }) });

/** A GraphQL answer as the spec has it: data, or at least one error; every error with a message. */
function wellFormed(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const errors = (body as { errors?: unknown }).errors;
  const hasErrors = Array.isArray(errors) && errors.length > 0;
  if (!('data' in body) && !hasErrors) return false;
  if (errors === undefined) return true;
  return Array.isArray(errors) && errors.every((e: unknown) => typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string' && (e as { message: string }).message.length > 0);
}

/** Real IDs of the demo data, so generated requests also reach things that exist. */
const realIds = once(async (stack: TestStack) => {
  const d = data(
    await stack.gql(graphql(`query FuzzRealIds { environments { nodes { id } } applications { nodes { id components { nodes { id instances { nodes { id } } } } } } microservices { id instances { id } } }`)),
  );
  const comps = d.applications.nodes.flatMap((a) => a.components.nodes);
  const svc = d.microservices.find((s) => s.instances.length > 0)!;
  return {
    env: d.environments.nodes[0]!.id,
    app: d.applications.nodes[0]!.id,
    comp: comps[0]!.id,
    inst: comps.flatMap((c) => c.instances.nodes)[0]!.id,
    svc: svc.id,
    reg: svc.instances[0]!.id,
  };
});
const test = base.extend('real', ({ stack }) => realIds(stack));

describe('fuzzing the gateway', () => {
  test.override('stackOptions', { env: { BREAKER_VOLUME: '100000' } });

  test(`should survive ${RUNS} generated requests with well-formed answers and nothing invalid sent upstream`, { timeout: 300_000 }, async ({ stack, real }) => {
    const text = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.constantFrom('', ' ', 'a', 'ok-name', 'Upper-Name', '9starts-with-digit', 'with space', 'x'.repeat(70), 'é', '\u0000', '💥', 'a'.repeat(5000)),
    );
    const number = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.integer(), fc.constantFrom(0, 1, 3, 100, 101, 1000, -1, 2 ** 31 - 1));
    const anyJson = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), { maxKeys: 5 }));
    const globalId = fc.oneof(
      fc.constantFrom(real.env, real.app, real.comp, real.inst, real.svc, real.reg),
      text,
      fc.array(fc.oneof(fc.constantFrom('Environment', 'Application', 'Component', 'ComponentInstance', 'Job', 'Microservice', 'MicroserviceInstance'), text), { maxLength: 4 }).map(id64),
    );
    const versionish = fc.oneof(text, fc.constantFrom('1.0.0', '1', '1.2.3.4', '1.2.3.4.5', 'latest', '1.0.0+', '1.0-2.0', '99999.1', '1..2'));
    const flavorish = fc.oneof(text, fc.constantFrom('MICRO-5G:0.5C:1G', 'CUSTOM-10G:0.5C-0.25C:1.6Gi-0.8Gi', 'CUSTOM-10G:250m-250m:0.5Gi-0.5Gi', 'CUSTOM-x', 'SMALL'));
    const resourceType = fc.oneof(text, fc.constantFrom('cce', 'ecs', 'elb', 'cse', 'dcs'));

    const requests: fc.Arbitrary<Request> = fc.oneof(
      globalId.map((id) => op('query($id: ID!) { node(id: $id) { id } }', { id })),
      fc.tuple(fc.oneof(number, text as fc.Arbitrary<unknown>), fc.oneof(text, fc.constant(null))).map(([first, after]) =>
        op('query($first: Int, $after: String) { environments(first: $first, after: $after) { totalCount nodes { name } } }', { first, after }),
      ),
      fc.record({ name: text, vpcId: text, alias: fc.option(text), description: fc.option(text), baseResources: fc.array(fc.record({ id: text, type: resourceType }), { maxLength: 3 }) }).map((input) =>
        op('mutation($in: CreateEnvironmentInput!) { createEnvironment(input: $in) { id } }', { in: input }),
      ),
      fc.record({ name: text, description: fc.option(text) }).map((input) => op('mutation($in: CreateApplicationInput!) { createApplication(input: $in) { id } }', { in: input })),
      fc
        .record({
          name: text,
          runtime: fc.constantFrom('Java8', 'Nodejs14', 'Go1'),
          category: fc.constantFrom('WEBAPP', 'MICROSERVICE', 'COMMON', 'OTHER'),
          subCategory: fc.option(fc.constantFrom('Web', 'Java Chassis', 'Dubbo', 'Nope')),
          source: fc.option(fc.record({ artifact: fc.option(fc.record({ url: text, auth: fc.option(fc.constantFrom('iam', 'none', 'x')) })) })),
        })
        .map((input) => op('mutation($a: ID!, $in: CreateComponentInput!) { createComponent(applicationId: $a, input: $in) { id } }', { a: real.app, in: input })),
      fc
        .record({
          environmentId: globalId,
          name: text,
          version: versionish,
          replica: number,
          flavorId: flavorish,
          artifacts: fc.array(fc.record({ name: text, storage: fc.constantFrom('swr', 'obs', 'ftp'), type: fc.constantFrom('image', 'package', 'zip'), url: text }), { maxLength: 2 }),
          referResources: fc.array(fc.record({ id: text, type: resourceType, parameters: fc.option(fc.oneof(fc.constant({ namespace: 'default' }), fc.constant({ hosts: ['h1'] }), anyJson as fc.Arbitrary<unknown>)) }), { maxLength: 3 }),
          configuration: fc.option(fc.record({ env: fc.option(fc.array(fc.record({ name: text, value: text }), { maxLength: 3 })) })),
        })
        .map((input) => op('mutation($c: ID!, $in: DeployComponentInput!) { deployComponent(componentId: $c, input: $in) { jobId } }', { c: real.comp, in: input })),
      fc.tuple(globalId, number).map(([id, replica]) => op('mutation($id: ID!, $r: Int!) { scaleComponentInstance(id: $id, replica: $r) { jobId } }', { id, r: replica })),
      fc.tuple(globalId, versionish).map(([id, version]) => op('mutation($id: ID!, $v: String!) { rollbackComponentInstance(id: $id, version: $v) { jobId } }', { id, v: version })),
      fc
        .record({ appId: text, serviceName: text, version: versionish, environment: fc.option(fc.constantFrom('DEVELOPMENT', 'PRODUCTION', 'ELSEWHERE')), level: fc.option(fc.constantFrom('FRONT', 'TOP')) })
        .map((input) => op('mutation($in: CreateMicroserviceInput!) { createMicroservice(input: $in) { id } }', { in: input })),
      fc
        .record({ hostName: text, endpoints: fc.array(text, { maxLength: 3 }), status: fc.option(fc.constantFrom('UP', 'DOWN', 'SIDEWAYS')), healthCheck: fc.option(fc.record({ mode: fc.constantFrom('push', 'pull', 'poke'), interval: number, times: number })) })
        .map((input) => op('mutation($id: ID!, $in: RegisterInstanceInput!) { registerMicroserviceInstance(microserviceId: $id, input: $in) { id } }', { id: real.svc, in: input })),
      fc.tuple(text, fc.oneof(text, fc.string({ minLength: 2040, maxLength: 2100 })), fc.option(text)).map(([schemaId, content, summary]) =>
        op('mutation($id: ID!, $s: String!, $c: String!, $m: String) { putMicroserviceSchema(id: $id, schemaId: $s, content: $c, summary: $m) { schemaId } }', { id: real.svc, s: schemaId, c: content, m: summary }),
      ),
      fc
        .array(fc.record({ consumer: fc.record({ appId: fc.option(text), serviceName: text, version: fc.option(versionish) }), providers: fc.array(fc.record({ serviceName: text, version: fc.option(versionish) }), { maxLength: 2 }) }), { maxLength: 3 })
        .map((deps) => op('mutation($d: [DependencyInput!]!) { setDependencies(dependencies: $d) { id } }', { d: deps })),
      fc.tuple(globalId, anyJson).map(([id, properties]) => op('mutation($id: ID!, $p: JSON!) { updateMicroserviceInstanceProperties(id: $id, properties: $p) { id } }', { id, p: properties })),
      fc.record({ appId: text, serviceName: text, versionRule: versionish, tags: fc.option(fc.array(text, { maxLength: 2 })) }).map((input) =>
        op('query($in: FindInstancesInput!) { findMicroserviceInstances(input: $in) { instances { hostName } } }', { in: input }),
      ),
      fc.record({ serviceName: text, appId: text, version: fc.option(versionish), keyFilter: fc.option(text) }).map((input) =>
        op('query($in: ConfigurationItemsInput!) { configurationItems(input: $in) { revision } }', { in: input }),
      ),
      fc.tuple(text, text).map(([app, svc]) => op('query($a: String, $s: String) { microservices(filter: {appId: $a, serviceName: $s}) { id } }', { a: app, s: svc })),
      // Broken documents, broken JSON, wrong variable types.
      text.map((query) => ({ body: JSON.stringify({ query }) })),
      text.map((raw) => ({ body: raw })),
      fc.oneof(text, number, fc.constant(null)).map((first) => op('query($first: Int) { applications(first: $first) { totalCount } }', { first: typeof first === 'number' ? String(first) : first })),
    );

    const samples = fc.sample(requests, { numRuns: RUNS, seed: 20261127 });
    await stack.resetCalls();
    let next = 0;
    const bad: string[] = [];
    const worker = async () => {
      while (next < samples.length) {
        const r = samples[next++]!;
        const res = await fetch(stack.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.emu.token}` }, body: r.body });
        const raw = await res.text();
        let body: unknown;
        try {
          body = JSON.parse(raw);
        } catch {
          bad.push(`${res.status} not JSON: ${raw.slice(0, 200)} for ${r.body.slice(0, 200)}`);
          continue;
        }
        if (!wellFormed(body) || res.status >= 500) bad.push(`${res.status} ${raw.slice(0, 200)} for ${r.body.slice(0, 200)}`);
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    expect(bad.slice(0, 5)).toEqual([]);
    // The process is alive and well.
    expect((await fetch(stack.gateway.url.replace('/graphql', '/health'))).status).toBe(200);
    const calls = await stack.calls();
    // A taken name is refused with the generic code too (§8.2 has no code for it), but it is not invalid input.
    const refused = ((await (await fetch(`${stack.emu.url}/__emulator/requests`)).json()) as { requests: { route: string; errorCode?: string; message?: string }[] }).requests
      .filter((r) => r.errorCode && INVALID_INPUT_CODES.includes(r.errorCode) && !/is already used/.test(r.message ?? ''))
      .map((r) => `${r.route} ${r.errorCode} ${r.message}`);
    expect(refused.length, [...new Set(refused)].slice(0, 30).join('\n')).toBe(0);
    // The emulator keeps the last 20,000 calls: the check above saw every call of this run.
    expect(calls.total).toBeLessThanOrEqual(20_000);
    // The fuzz did reach the upstream with what passed the checks (about one call in eight requests).
    expect(calls.total).toBeGreaterThan(RUNS / 16);
  });
});
