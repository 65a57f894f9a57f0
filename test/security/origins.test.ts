import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type TestStack } from '../support/gateway.js';
import { wsOperation } from './transports.js';

const LISTED = 'https://console.example.com';
const FOREIGN = 'https://evil.example';
const CREATE = (name: string) => `mutation { createApplication(input: {name: "${name}"}) { name } }`;
const CREATE_ROUTE = 'POST /v2/{project_id}/cas/applications';

/** The embedded demo's setting (anonymous write) is the worst case: an open gateway a foreign page must still not reach. */
describe('origins', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack({ mode: 'service-account', env: { CORS_ORIGINS: `${LISTED}, http://localhost:5173` } });
  });
  afterAll(() => stack.stop());

  const post = (origin: string | undefined, method = 'POST') =>
    fetch(stack.gateway.url, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(origin && { origin }),
        ...(method === 'OPTIONS' && { 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' }),
      },
      body: method === 'OPTIONS' ? undefined : JSON.stringify({ query: '{ environments { totalCount } }' }),
    });

  it('should give a foreign Origin no CORS headers, on the preflight and on the request', async () => {
    for (const method of ['OPTIONS', 'POST']) {
      const res = await post(FOREIGN, method);
      expect(res.headers.get('access-control-allow-origin'), method).toBeNull();
      expect(res.headers.get('access-control-allow-credentials'), method).toBeNull();
    }
  });

  it('should allow a listed Origin, with credentials', async () => {
    const preflight = await post(LISTED, 'OPTIONS');
    expect(preflight.headers.get('access-control-allow-origin')).toBe(LISTED);
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    const res = await post(LISTED);
    expect(res.headers.get('access-control-allow-origin')).toBe(LISTED);
    expect(((await res.json()) as any).data.environments.totalCount).toBeGreaterThan(0);
  });

  it('should answer requests without Origin (not from a browser) as before, without CORS headers', async () => {
    const res = await post(undefined);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('should refuse a WebSocket upgrade from a foreign Origin with 403, before createApplication can run', async () => {
    await stack.resetCalls();
    const res = await wsOperation(stack.gateway.url, { origin: FOREIGN, query: CREATE('ws-from-evil') });
    expect(res).toEqual({ refused: true, status: 403 });
    expect((await stack.calls()).byRoute[CREATE_ROUTE]).toBeUndefined();
  });

  it('should accept a WebSocket from a listed Origin, from the gateway itself, and without Origin', async () => {
    const host = new URL(stack.gateway.url).host;
    const origins = [LISTED, 'http://localhost:5173', `http://${host}`, undefined];
    for (const [i, origin] of origins.entries()) {
      const res = await wsOperation(stack.gateway.url, { origin, query: CREATE(`ws-ok-${i}`) });
      expect(res.refused === false && res.results[0]?.data?.createApplication.name, String(origin)).toBe(`ws-ok-${i}`);
    }
  });

  it('should not take a look-alike of a listed origin', async () => {
    for (const origin of [`${LISTED}.evil.example`, 'https://console.example.com:8443', 'http://console.example.com', 'null']) {
      expect((await post(origin)).headers.get('access-control-allow-origin'), origin).toBeNull();
      expect(await wsOperation(stack.gateway.url, { origin, query: '{ __typename }' }), origin).toEqual({ refused: true, status: 403 });
    }
  });
});

describe('origins by default (CORS_ORIGINS unset)', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack({ mode: 'service-account' });
  });
  afterAll(() => stack.stop());

  it('should allow no cross-origin page at all', async () => {
    const res = await fetch(stack.gateway.url, { method: 'OPTIONS', headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'POST' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    await stack.resetCalls();
    expect(await wsOperation(stack.gateway.url, { origin: 'http://localhost:3000', query: CREATE('ws-default') })).toEqual({ refused: true, status: 403 });
    expect((await stack.calls()).byRoute[CREATE_ROUTE]).toBeUndefined();
  });
});
