import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.js';
import type { TestStack } from '../support/gateway.js';

/** Hostile operations are refused before any upstream call, each with a clear error. */
describe('limits on hostile operations', () => {
  test.override('stackOptions', { env: { MAX_DEPTH: '8', MAX_ALIASES: '5', MAX_TOKENS: '400', MAX_DIRECTIVES: '3', MAX_COST: '100000', MAX_BODY_BYTES: '20000' } });

  async function refused(stack: TestStack, query: string, pattern: RegExp) {
    await stack.resetCalls();
    const res = await stack.gql(query);
    expect(res.body.errors?.[0]?.message, JSON.stringify(res.body)).toMatch(pattern);
    expect(res.body.data ?? undefined).toBeUndefined();
    expect((await stack.calls()).total).toBe(0);
  }

  test('should refuse a query deeper than MAX_DEPTH', async ({ stack }) => {
    await refused(stack, '{ applications { nodes { components { nodes { application { components { nodes { application { components { nodes { name } } } } } } } } } } }', /depth/i);
  });

  test('should refuse more aliases than MAX_ALIASES', async ({ stack }) => {
    await refused(stack, `{ ${Array.from({ length: 6 }, (_, i) => `a${i}: runtimes { typeName }`).join(' ')} }`, /alias/i);
  });

  test('should refuse more tokens than MAX_TOKENS', async ({ stack }) => {
    await refused(stack, `{ runtimes { ${Array.from({ length: 500 }, () => 'typeName').join(' ')} } }`, /token/i);
  });

  test('should refuse more directives than MAX_DIRECTIVES', async ({ stack }) => {
    await refused(stack, '{ runtimes @include(if: true) @include(if: true) @include(if: true) @include(if: true) { typeName } }', /directive/i);
  });

  test('should refuse a body over MAX_BODY_BYTES with 413, and a chunked body with 411', async ({ stack }) => {
    const big = JSON.stringify({ query: `{ runtimes { typeName } } # ${'x'.repeat(30_000)}` });
    const res = await fetch(stack.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const chunked = await fetch(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new ReadableStream({
        start(c) {
          c.enqueue(new TextEncoder().encode('{"query":"{ runtimes { typeName } }"}'));
          c.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(411);
  });

  test('should refuse a simple cross-site GET without the CSRF header, and accept it with one', async ({ stack }) => {
    const url = `${stack.gateway.url}?query=${encodeURIComponent('{ runtimes { typeName } }')}`;
    const plain = await fetch(url, { headers: { authorization: `Bearer ${stack.emu.token}` } });
    expect(plain.status).toBe(403);
    const withHeader = await fetch(url, { headers: { authorization: `Bearer ${stack.emu.token}`, 'x-graphql-yoga-csrf': '1', accept: 'application/json' } });
    expect(withHeader.status).toBe(200);
  });

});

describe('cost limit', () => {
  test.override('stackOptions', { env: { MAX_COST: '300' } });

  test('should refuse an operation whose estimated cost is over MAX_COST, and answer a cheaper one', async ({ stack }) => {
    await stack.resetCalls();
    const inner = 'nodes { name components { nodes { name instances { nodes { name lastJob { tasks { name } } microserviceInstances { hostName } } } } } }';
    const res = await stack.gql(`{ applications { ${inner} } environments { nodes { applications { ${inner} } } } }`);
    expect(res.body.errors?.[0]?.message).toMatch(/cost/i);
    expect((await stack.calls()).total).toBe(0);
    expect((await stack.gql('{ environments { nodes { name } } }')).body.errors).toBeUndefined();
  });

});

describe('production settings', () => {
  test.override('stackOptions', { env: { NODE_ENV: 'production' } });

  test('should turn introspection off and field suggestions off', async ({ stack }) => {
    const intro = await stack.gql('{ __schema { types { name } } }');
    expect(intro.body.errors?.[0]?.message).toMatch(/introspection/i);
    const typo = await stack.gql('{ enviroments { totalCount } }');
    expect(typo.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  test('should cap first at 100', async ({ stack }) => {
    await stack.resetCalls();
    const res = await stack.gql('{ environments(first: 1000) { totalCount } }');
    expect(res.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(res.body.errors?.[0]?.message).toMatch(/between 0 and 100/);
    expect((await stack.calls()).total).toBe(0);
  });

  test('should not serve GraphiQL', async ({ stack }) => {
    const res = await fetch(stack.gateway.url, { headers: { accept: 'text/html' } });
    expect(await res.text()).not.toContain('GraphiQL');
  });
});
