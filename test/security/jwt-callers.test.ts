import { describe, expect } from 'vitest';
import { data, type TestStack } from '../support/gateway.js';
import { PROJECTS } from '../../src/emulator/tenancy.js';
import { test as base, unsignedToken, type TestIdp } from './jwks.js';
import { sseOperation, wsOperation } from './transports.js';
import { graphql } from '../generated/gql.js';

const QUERY = '{ environments { nodes { name } } }';
const MUTATION = 'mutation { createApplication(input: {name: "jwt-made-app"}) { id name } }';
const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
const [home, second] = PROJECTS.map((p) => p.id) as [string, string];
const test = base.extend('stack', ({ idpStack }) => idpStack);
const codes = (res: { body: { errors?: { extensions?: Record<string, unknown> }[] } }) => (res.body.errors ?? []).map((e) => e.extensions?.code);

/** Service-account mode with callers known by JWTs of the test's own identity provider. */
describe('callers with JWTs (service-account mode)', () => {
  test('should let a viewer query', async ({ stack, idp }) => {
    const res = await stack.gql(QUERY, undefined, bearer(await idp.token({ roles: ['viewer'] })));
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.environments.nodes.length).toBeGreaterThan(0);
  });

  test("should refuse a viewer's mutation with FORBIDDEN before any upstream call", async ({ stack, idp }) => {
    const token = await idp.token({ roles: ['viewer'] });
    await stack.resetCalls();
    const res = await stack.gql(MUTATION, undefined, bearer(token));
    expect(res.status).toBe(403);
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect(res.body.errors![0]!.message).toMatch(/operator/);
    expect((await stack.calls()).total).toBe(0);
  });

  test("should run an operator's mutation", async ({ stack, idp }) => {
    const res = await stack.gql(MUTATION, undefined, bearer(await idp.token({ roles: ['operator'] })));
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.createApplication.name).toBe('jwt-made-app');
  });

  test.for<[string, (idp: TestIdp) => Promise<string>, RegExp]>([
    ['expired', (idp) => idp.token({}, { expiresIn: Math.floor(Date.now() / 1000) - 3600 }), /expired/],
    ['of another issuer', (idp) => idp.token({}, { issuer: 'https://evil.example' }), /issuer/],
    ['for another audience', (idp) => idp.token({}, { audience: 'another-service' }), /meant for/],
    ['signed by another key', (idp) => idp.token({}, { key: 'foreign' }), /signature/],
    ['unsigned (alg: none)', () => Promise.resolve(unsignedToken({ roles: ['operator'], projects: ['*'] })), /not signed/],
    ['without a known role', (idp) => idp.token({ roles: ['admin'] }), /role/],
    ['not a JWT at all', () => Promise.resolve('MIIan-iam-token-in-the-wrong-header'), /JWT/],
  ])('should refuse a token %s with 401 UNAUTHENTICATED and no upstream call', async ([, make, message], { stack, idp }) => {
    const token = await make(idp);
    await stack.resetCalls();
    const res = await stack.gql(MUTATION, undefined, bearer(token));
    expect(res.status).toBe(401);
    expect(codes(res)).toEqual(['UNAUTHENTICATED']);
    expect(res.body.errors![0]!.message).toMatch(message);
    expect((await stack.calls()).total).toBe(0);
  });

  test('should refuse anonymous callers with 401 UNAUTHENTICATED (ALLOW_ANONYMOUS unset)', async ({ stack }) => {
    await stack.resetCalls();
    const res = await stack.gql(QUERY);
    expect(res.status).toBe(401);
    expect(codes(res)).toEqual(['UNAUTHENTICATED']);
    expect((await stack.calls()).total).toBe(0);
  });

  test("should refuse X-Project-Id of a project the token's claim does not list, with FORBIDDEN", async ({ stack, idp }) => {
    const token = await idp.token({ roles: ['operator'], projects: [home] });
    await stack.resetCalls();
    const res = await stack.gql(QUERY, undefined, { ...bearer(token), projectId: second });
    expect(res.status).toBe(403);
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect(res.body.errors![0]!.message).toContain(second);
    expect((await stack.calls()).total).toBe(0);
  });

  test("should refuse the gateway's own project to a token that does not list it", async ({ stack, idp }) => {
    const res = await stack.gql(QUERY, undefined, bearer(await idp.token({ projects: [second] })));
    expect(codes(res)).toEqual(['FORBIDDEN']);
  });

  test('should honour an allowed X-Project-Id: the account logs in to that project once and answers its data', async ({ stack, idp }) => {
    const direct = await stack.emu.call<{ environments: { name: string }[] }>('GET', `/v2/${second}/cas/environments`, { token: stack.emu.otherToken });
    const expected = direct.body.environments.map((e) => e.name).sort();
    const own = (await stack.gql(QUERY, undefined, bearer(await idp.token()))).body.data.environments.nodes.map((e: { name: string }) => e.name).sort();
    expect(expected).not.toEqual(own);
    const token = await idp.token({ projects: [home, second] });
    await stack.resetCalls();
    const answers = await Promise.all(Array.from({ length: 5 }, () => stack.gql(QUERY, undefined, { ...bearer(token), projectId: second })));
    for (const res of answers) {
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.environments.nodes.map((e: { name: string }) => e.name).sort()).toEqual(expected);
    }
    const calls = await stack.calls();
    expect(calls.byRoute['POST /v3/auth/tokens']).toBe(1);
    // The next request in that project reuses the cached session.
    await stack.gql(QUERY, undefined, { ...bearer(token), projectId: second });
    expect((await stack.calls()).byRoute['POST /v3/auth/tokens']).toBe(1);
  });

  test('should refuse a malformed X-Project-Id with BAD_USER_INPUT before any upstream call', async ({ stack, idp }) => {
    await stack.resetCalls();
    const res = await stack.gql(QUERY, undefined, { ...bearer(await idp.token()), projectId: '../../v3/auth' });
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect((await stack.calls()).total).toBe(0);
  });

  describe('over graphql-ws (credentials in connection params)', () => {
    test('should let a viewer query and subscribe, and refuse its mutation with no upstream call', async ({ stack, idp }) => {
      const viewer = { authorization: `Bearer ${await idp.token({ roles: ['viewer'] })}` };
      const query = await wsOperation(stack.gateway.url, { connectionParams: viewer, query: QUERY });
      expect(query.refused === false && query.results[0]?.errors).toBeUndefined();

      const services = data(await stack.gql(graphql(`query JwtCallersMicroservices { microservices { appId serviceName instances { id } } }`), undefined, bearer(await idp.token()))).microservices;
      const watched = services.find((s) => s.instances.length > 0)!;
      const sub = await wsOperation(stack.gateway.url, {
        connectionParams: viewer,
        query: `subscription { microserviceInstanceChanges(appId: "${watched.appId}", serviceName: "${watched.serviceName}") { type } }`,
        take: 1,
      });
      expect(sub.refused === false && sub.results[0]?.data?.microserviceInstanceChanges.type).toBe('CURRENT');

      await stack.resetCalls();
      const mutation = await wsOperation(stack.gateway.url, { connectionParams: viewer, query: MUTATION });
      expect(mutation.refused === false && mutation.results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect((await stack.calls()).total).toBe(0);
    });

    test('should run an operator mutation', async ({ stack, idp }) => {
      const operator = { authorization: `Bearer ${await idp.token({ roles: ['operator'] })}` };
      const res = await wsOperation(stack.gateway.url, { connectionParams: operator, query: 'mutation { createApplication(input: {name: "ws-made-app"}) { name } }' });
      expect(res.refused === false && res.results[0]?.data?.createApplication.name).toBe('ws-made-app');
    });

    test.for<[string, 'none' | 'expired' | object]>([
      ['no credentials', {}],
      ['an expired token', 'expired'],
      ['an unsigned token', 'none'],
    ])('should refuse %s with UNAUTHENTICATED', async ([, kind], { stack, idp }) => {
      const connectionParams =
        kind === 'expired'
          ? { authorization: `Bearer ${await idp.token({ roles: ['operator'] }, { expiresIn: Math.floor(Date.now() / 1000) - 3600 })}` }
          : kind === 'none'
            ? { authorization: `Bearer ${unsignedToken({ roles: ['operator'] })}` }
            : {};
      await stack.resetCalls();
      const res = await wsOperation(stack.gateway.url, { connectionParams, query: MUTATION });
      expect(res.refused === false && res.results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      expect((await stack.calls()).total).toBe(0);
    });

    test('should refuse a project the claim does not list', async ({ stack, idp }) => {
      const connectionParams = { authorization: `Bearer ${await idp.token({ projects: [home] })}`, 'x-project-id': second };
      const res = await wsOperation(stack.gateway.url, { connectionParams, query: QUERY });
      expect(res.refused === false && res.results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    });
  });

  describe.each([
    ["yoga's SSE (/graphql)", ''],
    ["graphql-sse's distinct connections (/graphql/stream)", '/stream'],
  ])('over %s', (_name, suffix) => {
    const endpoint = (stack: TestStack) => stack.gateway.url + suffix;

    test('should let a viewer query and refuse its mutation with no upstream call', async ({ stack, idp }) => {
      const viewer = { authorization: `Bearer ${await idp.token({ roles: ['viewer'] })}` };
      const query = await sseOperation(endpoint(stack), viewer, QUERY);
      expect(query.results[0]?.errors).toBeUndefined();
      expect(query.results[0]?.data?.environments.nodes.length).toBeGreaterThan(0);
      await stack.resetCalls();
      const mutation = await sseOperation(endpoint(stack), viewer, MUTATION);
      expect(mutation.results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect((await stack.calls()).total).toBe(0);
    });

    test('should refuse anonymous and forged callers', async ({ stack }) => {
      await stack.resetCalls();
      for (const headers of [{} as Record<string, string>, { authorization: `Bearer ${unsignedToken({ roles: ['operator'] })}` }]) {
        const res = await sseOperation(endpoint(stack), headers, MUTATION);
        // graphql-sse's distinct connections answer a refused context as the stream's only event, an UNAUTHENTICATED error.
        expect(res.status === 401 || suffix === '/stream').toBe(true);
        expect(res.results.some((r) => r.data)).toBe(false);
        expect(res.results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.code ?? e.message)).toEqual([expect.stringMatching(/UNAUTHENTICATED|No credentials|not signed/)]);
      }
      expect((await stack.calls()).total).toBe(0);
    });
  });
});
