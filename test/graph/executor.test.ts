import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, type ExecutionArgs } from 'graphql';
import { buildSchema } from '../../src/graph/schema.js';
import { CompiledDocuments, createJitGate } from '../../src/graph/executor.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { startStack, type TestStack } from '../support/gateway.js';

describe('GRAPHQL_EXECUTOR: which operations graphql-jit runs', () => {
  const schema = buildSchema();
  const args = (source: string, operationName?: string): ExecutionArgs => ({ schema, document: parse(source), operationName });

  /** The gate's answer for a document's first and second executions. */
  const twice = (gate: (a: ExecutionArgs) => boolean, a: ExecutionArgs) => [gate(a), gate(a)];

  it('should compile a single query or mutation on its second execution, and hand the plugin that compiled code', () => {
    const compiled = new CompiledDocuments();
    const gate = createJitGate(compiled);
    const text = 'query Envs { environments { totalCount } }';
    const query = args(text);
    // A one-off document never pays for a compile; the same parsed document again does.
    expect(twice(gate, query)).toEqual([false, true]);
    expect(compiled.get(text)).toBeDefined();
    expect(gate({ ...query, operationName: 'Envs' })).toBe(true);
    expect(twice(gate, args('mutation { deleteApplication(id: "x") }'))).toEqual([false, true]);
  });

  it('should leave documents with several operations, subscriptions and wrong operation names to graphql-js', () => {
    const gate = createJitGate();
    expect(twice(gate, args('query A { runtimes { typeName } } query B { flavors { flavorId } }', 'B'))).toEqual([false, false]);
    expect(twice(gate, args('subscription { jobProgress(jobId: "JOB1") { progress } }'))).toEqual([false, false]);
    const named = args('query Envs { environments { totalCount } }');
    expect(twice(gate, named)).toEqual([false, true]);
    // graphql-js answers "Unknown operation named" for it, as without jit.
    expect(gate({ ...named, operationName: 'Other' })).toBe(false);
  });

  it('should refuse an unknown executor with the choices', () => {
    expect(() => loadConfig({ GRAPHQL_EXECUTOR: 'fast' })).toThrow(ConfigError);
    expect(() => loadConfig({ GRAPHQL_EXECUTOR: 'fast' })).toThrow(/GRAPHQL_EXECUTOR must be one of jit, graphql-js, got "fast"/);
    expect(loadConfig({}).executor).toBe('jit');
    expect(loadConfig({ GRAPHQL_EXECUTOR: 'graphql-js' }).executor).toBe('graphql-js');
  });
});

describe.each(['jit', 'graphql-js'] as const)('operations of one document, by name (%s)', (executor) => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack({ env: { GRAPHQL_EXECUTOR: executor } });
  });
  afterAll(() => stack.stop());

  const document = 'query Runtimes { runtimes { typeName } } query Envs { environments { totalCount } }';
  const ask = async (operationName: string) => {
    const res = await fetch(stack.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.emu.token}` }, body: JSON.stringify({ query: document, operationName }) });
    return (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
  };

  it('should run the operation each request names, however often the document comes', async () => {
    for (let round = 0; round < 2; round++) {
      const runtimes = await ask('Runtimes');
      expect(runtimes.errors).toBeUndefined();
      expect(Object.keys(runtimes.data!)).toEqual(['runtimes']);
      const envs = await ask('Envs');
      expect(envs.errors).toBeUndefined();
      expect(Object.keys(envs.data!)).toEqual(['environments']);
    }
  });

  it('should answer the same data and errors for a repeated single-operation document', async () => {
    const query = 'query Env($id: ID!) { environment(id: $id) { name } }';
    const first = await stack.gql(query, { id: 'not-an-id' });
    const again = await stack.gql(query, { id: 'not-an-id' });
    expect(first.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // The first run is graphql-js's, the second (under jit) the compiled code's: the same answer, except that
    // graphql-jit leaves out the locations of an error a resolver throws (README, GRAPHQL_EXECUTOR).
    const withoutLocations = (body: unknown): unknown => JSON.parse(JSON.stringify(body, (key, value: unknown) => (key === 'locations' ? undefined : value)));
    expect(withoutLocations(again.body)).toEqual(withoutLocations(first.body));
  });
});
