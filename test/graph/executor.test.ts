import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, type ExecutionArgs } from 'graphql';
import { buildSchema } from '../../src/graph/schema.js';
import { createJitGate } from '../../src/graph/executor.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { startStack, type TestStack } from '../support/gateway.js';

describe('GRAPHQL_EXECUTOR: which operations graphql-jit runs', () => {
  const schema = buildSchema();
  const args = (source: string, operationName?: string): ExecutionArgs => ({ schema, document: parse(source), operationName });

  it('should compile a single query or mutation, once per document', () => {
    const gate = createJitGate();
    const query = args('query Envs { environments { totalCount } }');
    expect(gate(query)).toBe(true);
    expect(gate({ ...query, operationName: 'Envs' })).toBe(true);
    expect(gate(args('mutation { deleteApplication(id: "x") }'))).toBe(true);
  });

  it('should leave documents with several operations, subscriptions and wrong operation names to graphql-js', () => {
    const gate = createJitGate();
    expect(gate(args('query A { runtimes { typeName } } query B { flavors { flavorId } }', 'B'))).toBe(false);
    expect(gate(args('subscription { jobProgress(jobId: "JOB1") { progress } }'))).toBe(false);
    const named = args('query Envs { environments { totalCount } }');
    expect(gate(named)).toBe(true);
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
    expect(again.body).toEqual(first.body);
  });
});
