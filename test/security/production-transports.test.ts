import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startStack, type TestStack } from '../support/gateway.js';
import { createCasLoaders } from '../../src/loaders/cas.js';
import { createCseLoaders } from '../../src/loaders/cse.js';

const SECRET = 'secret detail at /srv/gateway/internal.ts';
const INTROSPECTION = '{ __schema { types { name } } }';

/** In production every transport masks unexpected errors and refuses introspection, as /graphql does. */
describe('production on every transport', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack({
      env: { NODE_ENV: 'production' },
      gateway: {
        // runtimes fails with an unexpected error whose message must not leave the gateway.
        createLoaders: {
          cas: (cas) => {
            const real = createCasLoaders(cas);
            return Object.create(real, { runtimes: { get: () => () => Promise.reject(new Error(SECRET)) } }) as typeof real;
          },
          cse: createCseLoaders,
        },
      },
    });
  });
  afterAll(() => stack.stop());

  const auth = () => ({ authorization: `Bearer ${stack.emu.token}` });

  /** graphql-sse's distinct connection mode: one POST, one event stream. */
  async function overStream(query: string, headers: Record<string, string> = auth()) {
    const res = await fetch(`${stack.gateway.url}/stream`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json', accept: 'text/event-stream' }, body: JSON.stringify({ query }) });
    return { status: res.status, contentType: res.headers.get('content-type') ?? '', text: await res.text() };
  }

  type WsResult = { data?: unknown; errors?: readonly { message: string }[]; error?: unknown };
  async function overWs(query: string): Promise<WsResult> {
    const client = createClient({ url: stack.gateway.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, lazy: true, retryAttempts: 0, connectionParams: auth() });
    try {
      const results: WsResult[] = [];
      try {
        for await (const r of client.iterate({ query })) results.push(r);
      } catch (error) {
        return { error };
      }
      return results[0] ?? {};
    } finally {
      await client.dispose();
    }
  }

  const noLeak = (text: string) => {
    expect(text).not.toContain(SECRET);
    expect(text).not.toMatch(/\n\s+at |node_modules|\/src\//);
  };

  it('should mask an unexpected error over /graphql/stream and WebSocket as over /graphql', async () => {
    const http = await stack.gql('{ runtimes { typeName } }');
    expect(http.body.errors?.[0]?.message).toBe('Unexpected error.');
    const stream = await overStream('{ runtimes { typeName } }');
    expect(stream.status).toBe(200);
    expect(stream.text).toContain('Unexpected error.');
    noLeak(stream.text);
    const ws = await overWs('{ runtimes { typeName } }');
    expect(ws.errors?.[0]?.message).toBe('Unexpected error.');
    noLeak(JSON.stringify(ws));
  });

  it('should answer a syntax error or missing credentials on /graphql/stream as GraphQL errors, never a 500 with a stack', async () => {
    for (const [query, headers, expected] of [
      ['{ runtimes {', auth(), /Syntax Error/],
      ['{ runtimes { typeName } }', {}, /UNAUTHENTICATED/],
    ] as const) {
      const res = await overStream(query, headers);
      expect(res.status, res.text).toBeLessThan(500);
      expect(res.contentType).toMatch(/json|event-stream/);
      expect(res.text).toMatch(expected);
      noLeak(res.text);
    }
  });

  it('should refuse introspection over /graphql, /graphql/stream and WebSocket', async () => {
    const http = await stack.gql(INTROSPECTION);
    expect(http.body.data ?? undefined).toBeUndefined();
    expect(JSON.stringify(http.body.errors)).toMatch(/introspection/i);
    const stream = await overStream(INTROSPECTION);
    expect(stream.text).toMatch(/introspection/i);
    expect(stream.text).not.toContain('"types"');
    const ws = await overWs(INTROSPECTION);
    expect(JSON.stringify(ws)).toMatch(/introspection/i);
    expect(JSON.stringify(ws)).not.toContain('"types"');
  });
});
