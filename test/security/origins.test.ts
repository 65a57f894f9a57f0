import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.js';
import type { TestStack } from '../support/gateway.js';
import { wsOperation } from './transports.js';

const LISTED = 'https://console.example.com';
const FOREIGN = 'https://evil.example';
const CREATE = (name: string) => `mutation { createApplication(input: {name: "${name}"}) { name } }`;
const CREATE_ROUTE = 'POST /v2/{project_id}/cas/applications';

/** The embedded demo's setting (anonymous write) is the worst case: an open gateway a foreign page must still not reach. */
describe('origins', () => {
  test.override('stackOptions', { mode: 'service-account', env: { CORS_ORIGINS: `${LISTED}, http://localhost:5173` } });

  const post = (stack: TestStack, origin: string | undefined, method = 'POST') =>
    fetch(stack.gateway.url, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(origin && { origin }),
        ...(method === 'OPTIONS' && { 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' }),
      },
      body: method === 'OPTIONS' ? undefined : JSON.stringify({ query: '{ environments { totalCount } }' }),
    });

  test('should give a foreign Origin no CORS headers, on the preflight and on the request', async ({ stack }) => {
    for (const method of ['OPTIONS', 'POST']) {
      const res = await post(stack, FOREIGN, method);
      expect(res.headers.get('access-control-allow-origin'), method).toBeNull();
      expect(res.headers.get('access-control-allow-credentials'), method).toBeNull();
    }
  });

  test('should allow a listed Origin, with credentials', async ({ stack }) => {
    const preflight = await post(stack, LISTED, 'OPTIONS');
    expect(preflight.headers.get('access-control-allow-origin')).toBe(LISTED);
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    const res = await post(stack, LISTED);
    expect(res.headers.get('access-control-allow-origin')).toBe(LISTED);
    expect(((await res.json()) as { data: { environments: { totalCount: number } } }).data.environments.totalCount).toBeGreaterThan(0);
  });

  test('should answer requests without Origin (not from a browser) as before, without CORS headers', async ({ stack }) => {
    const res = await post(stack, undefined);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('should refuse a WebSocket upgrade from a foreign Origin with 403, before createApplication can run', async ({ stack }) => {
    await stack.resetCalls();
    const res = await wsOperation(stack.gateway.url, { origin: FOREIGN, query: CREATE('ws-from-evil') });
    expect(res).toEqual({ refused: true, status: 403 });
    expect((await stack.calls()).byRoute[CREATE_ROUTE]).toBeUndefined();
  });

  test('should accept a WebSocket from a listed Origin, from the gateway itself, and without Origin', async ({ stack }) => {
    const host = new URL(stack.gateway.url).host;
    const origins = [LISTED, 'http://localhost:5173', `http://${host}`, undefined];
    for (const [i, origin] of origins.entries()) {
      const res = await wsOperation(stack.gateway.url, { origin, query: CREATE(`ws-ok-${i}`) });
      expect(res.refused === false && res.results[0]?.data?.createApplication.name, String(origin)).toBe(`ws-ok-${i}`);
    }
  });

  test('should not take a look-alike of a listed origin', async ({ stack }) => {
    for (const origin of [`${LISTED}.evil.example`, 'https://console.example.com:8443', 'http://console.example.com', 'null']) {
      expect((await post(stack, origin)).headers.get('access-control-allow-origin'), origin).toBeNull();
      expect(await wsOperation(stack.gateway.url, { origin, query: '{ __typename }' }), origin).toEqual({ refused: true, status: 403 });
    }
  });
});

describe('origins by default (CORS_ORIGINS unset)', () => {
  test.override('stackOptions', { mode: 'service-account' });

  test('should allow no cross-origin page at all', async ({ stack }) => {
    const res = await fetch(stack.gateway.url, { method: 'OPTIONS', headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'POST' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    await stack.resetCalls();
    expect(await wsOperation(stack.gateway.url, { origin: 'http://localhost:3000', query: CREATE('ws-default') })).toEqual({ refused: true, status: 403 });
    expect((await stack.calls()).byRoute[CREATE_ROUTE]).toBeUndefined();
  });
});
