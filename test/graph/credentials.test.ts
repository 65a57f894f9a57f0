import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.js';
import { graphql } from '../generated/gql.js';

describe('credentials', () => {
  describe('pass-through', () => {
    test.override('stackOptions', { mode: 'passthrough' });

    test('should refuse a request without a token with 401 UNAUTHENTICATED', async ({ stack }) => {
      const res = await stack.gql(graphql(`query CredentialsEnvironments { environments { totalCount } }`), undefined, { token: '' });
      expect(res.status).toBe(401);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    test('should map a bad token to UNAUTHENTICATED with the upstream code', async ({ stack }) => {
      const res = await stack.gql(graphql(`query CredentialsEnvironmentsMicroservices { environments { totalCount } microservices { serviceName } }`), undefined, { token: 'MIInot-a-token' });
      const codes = res.body.errors!.map((e) => e.extensions!.code);
      expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
      expect(res.body.errors!.map((e) => e.extensions!.errorCode).sort()).toEqual(['401002', 'APIGW.0301']);
    });

    test('should accept X-Auth-Token as well as a bearer token', async ({ stack }) => {
      const res = await stack.gql(graphql(`query CredentialsEnvironments2 { environments { totalCount } }`), undefined, { token: '', headers: { 'x-auth-token': stack.emu.token } });
      expect(res.body.errors).toBeUndefined();
    });

    test("should never show one project's data to another project's caller", async ({ stack }) => {
      const q = '{ environments { nodes { rawId name } } applications { nodes { rawId name } } microservices { rawId serviceName } }';
      const [a, b] = await Promise.all([
        stack.gql(q, undefined, { token: stack.emu.token, projectId: stack.emu.projects[0]!.id }),
        stack.gql(q, undefined, { token: stack.emu.otherToken, projectId: stack.emu.projects[1]!.id }),
      ]);
      expect(a.body.errors).toBeUndefined();
      expect(b.body.errors).toBeUndefined();
      const ids = (d: { environments: { nodes: { rawId: string }[] }; applications: { nodes: { rawId: string }[] }; microservices: { rawId: string }[] }) =>
        new Set([...d.environments.nodes, ...d.applications.nodes, ...d.microservices].map((x) => x.rawId));
      const idsA = ids(a.body.data);
      const idsB = ids(b.body.data);
      expect(idsA.size).toBeGreaterThan(0);
      expect(idsB.size).toBeGreaterThan(0);
      for (const id of idsB) expect(idsA.has(id)).toBe(false);
    });

    test("should refuse a token used with another project's id", async ({ stack }) => {
      const res = await stack.gql(graphql(`query CredentialsEnvironments3 { environments { totalCount } }`), undefined, { token: stack.emu.otherToken, projectId: stack.emu.projects[0]!.id });
      expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('service account', () => {
    test.override('stackOptions', { mode: 'service-account' });

    test('should log in once and answer callers without a token', async ({ stack }) => {
      await stack.resetCalls();
      for (let i = 0; i < 3; i++) {
        const res = await stack.gql(graphql(`query CredentialsEnvironments4 { environments { totalCount } }`));
        expect(res.body.errors).toBeUndefined();
      }
      expect((await stack.calls()).byRoute['POST /v3/auth/tokens']).toBeUndefined();
    });

    test('should renew an expired token once and retry the read', async ({ stack }) => {
      await stack.emu.advance(24 * 60 * 60 * 1000 + 1);
      await stack.resetCalls();
      const res = await stack.gql(graphql(`query CredentialsEnvironments5 { environments { totalCount } }`));
      expect(res.body.errors).toBeUndefined();
      const calls = (await stack.calls()).byRoute;
      expect(calls['POST /v3/auth/tokens']).toBe(1);
      expect(calls['GET /v2/{project_id}/cas/environments']).toBe(2);
    });
  });
});
