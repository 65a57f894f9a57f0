import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.js';
import { routesCalled, type GraphQLResponse, type TestStack } from '../support/gateway.js';

const ENVIRONMENTS_ROUTE = 'GET /v2/{project_id}/cas/environments';

describe('HTTP batching', () => {
  /** What the batches below ask: the environments' count, or their names. */
  type Answer = GraphQLResponse<{ environments: { totalCount: number; nodes: { name: string }[] } }>['body'];

  /** POST /graphql with a JSON body as given: one operation, or an array of them (answered by an array), read as `B`. */
  const post = async <B = unknown>(stack: TestStack, body: unknown) => {
    const res = await fetch(stack.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.emu.token}` }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as B };
  };

  test('should answer a JSON array of operations with an array of results, in order', async ({ stack }) => {
    const res = await post<Answer[]>(stack, [{ query: '{ environments { totalCount } }' }, { query: 'query Names { environments { nodes { name } } }', operationName: 'Names' }]);
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(2);
    expect(res.body[0]!.data!.environments.totalCount).toBe(res.body[1]!.data!.environments.nodes.length);
  });

  test('should share one request\'s loaders between the operations of a batch: the same read is one upstream call', async ({ stack }) => {
    await stack.resetCalls();
    await post(stack, { query: '{ environments { totalCount } }' });
    await post(stack, { query: '{ environments { nodes { name } } }' });
    expect(routesCalled(await stack.calls())[ENVIRONMENTS_ROUTE]).toBe(2);

    await stack.resetCalls();
    const res = await post<Answer[]>(stack, [{ query: '{ environments { totalCount } }' }, { query: '{ environments { nodes { name } } }' }]);
    expect(res.body.every((r) => r.errors === undefined)).toBe(true);
    expect(routesCalled(await stack.calls())[ENVIRONMENTS_ROUTE]).toBe(1);
  });

  test('should refuse a batch of more than MAX_BATCH (10) operations before running any', async ({ stack }) => {
    await stack.resetCalls();
    const res = await post(stack, Array.from({ length: 11 }, () => ({ query: '{ environments { totalCount } }' })));
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(JSON.stringify(res.body)).toMatch(/10/);
    expect((await stack.calls()).total).toBe(0);
  });

  test('should never share loaders between two requests', async ({ stack }) => {
    await stack.resetCalls();
    // One after the other: concurrent identical reads of one caller legitimately share one upstream call
    // (src/upstream/shared-reads.ts); a loader shared between requests would answer the second from its cache.
    await post(stack, [{ query: '{ environments { totalCount } }' }]);
    await post(stack, [{ query: '{ environments { totalCount } }' }]);
    expect(routesCalled(await stack.calls())[ENVIRONMENTS_ROUTE]).toBe(2);
  });
});
