import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { DEMO_DOMAIN, DEMO_USER, PROJECTS } from '../../src/emulator/tenancy.js';
import { startChild, type ChildServer } from '../../bench/processes.js';
import { test } from '../support/fixtures.js';
import { startTestEmulator, type TestEmulator } from '../support/emulator.js';
import { sseOperation, wsOperation } from './transports.js';

const QUERY = '{ environments { nodes { name } } }';
const MUTATION = 'mutation { createApplication(input: {name: "anonymous-app"}) { name } }';
const codes = (errors: { extensions?: Record<string, unknown> }[] | undefined) => (errors ?? []).map((e) => e.extensions?.code);

const IAM_ONLY = (url: string) => ({
  CAS_URL: url,
  CSE_URL: url,
  IAM_URL: url,
  PROJECT_ID: PROJECTS[0]!.id,
  IAM_DOMAIN: DEMO_DOMAIN.name,
  IAM_USER: DEMO_USER.name,
  IAM_PASSWORD: DEMO_USER.password,
  PROJECT_NAME: PROJECTS[0]!.name,
});

describe('anonymous callers in service-account mode', () => {
  describe('IAM variables alone (ALLOW_ANONYMOUS unset, no JWKS)', () => {
    let emu: TestEmulator;
    let gateway: ChildServer;
    beforeAll(async () => {
      emu = await startTestEmulator({ demo: true });
      // Exactly what an operator gets who sets only the service account: a real `npm start`.
      gateway = await startChild('src/main.ts', { PORT: '0', ...IAM_ONLY(emu.url), ALLOW_ANONYMOUS: '', AUTH_JWKS_URL: '', CORS_ORIGINS: '' }, /ServiceStage GraphQL gateway: (http:\/\/\S+)/);
    });
    afterAll(async () => {
      await gateway?.stop();
      await emu?.stop();
    });

    it('should say in the start banner that anonymous callers are refused', () => {
      expect(gateway.output).toMatch(/credentials:\s+service-account/);
      expect(gateway.output).toMatch(/callers:.*anonymous refused \(ALLOW_ANONYMOUS=none\)/);
    });

    it('should refuse an anonymous query and mutation with 401 UNAUTHENTICATED, on every transport', async () => {
      for (const query of [QUERY, MUTATION]) {
        const res = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
        expect(res.status).toBe(401);
        expect(codes(((await res.json()) as { errors?: { extensions?: Record<string, unknown> }[] }).errors)).toEqual(['UNAUTHENTICATED']);
        const ws = await wsOperation(gateway.url, { query });
        expect(ws.refused === false && codes(ws.results[0]?.errors)).toEqual(['UNAUTHENTICATED']);
        const sse = await sseOperation(gateway.url, {}, query);
        expect(sse.status).toBe(401);
      }
      const created = (await emu.call<{ applications: { name: string }[] }>('GET', `/v2/${PROJECTS[0]!.id}/cas/applications`)).body.applications;
      expect(created.map((a) => a.name)).not.toContain('anonymous-app');
    });
  });

  describe('ALLOW_ANONYMOUS=read', () => {
    test.override('stackOptions', { mode: 'service-account', env: { ALLOW_ANONYMOUS: 'read' } });

    test('should answer queries', async ({ stack }) => {
      const res = await stack.gql(QUERY);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.environments.nodes.length).toBeGreaterThan(0);
    });

    test('should refuse mutations with FORBIDDEN and no upstream call, over HTTP and WebSocket', async ({ stack }) => {
      await stack.resetCalls();
      const res = await stack.gql(MUTATION);
      expect(res.status).toBe(403);
      expect(codes(res.body.errors)).toEqual(['FORBIDDEN']);
      const ws = await wsOperation(stack.gateway.url, { query: MUTATION });
      expect(ws.refused === false && codes(ws.results[0]?.errors)).toEqual(['FORBIDDEN']);
      expect((await stack.calls()).total).toBe(0);
    });

    test('should refuse X-Project-Id of another project with FORBIDDEN instead of ignoring it', async ({ stack }) => {
      await stack.resetCalls();
      const res = await stack.gql(QUERY, undefined, { projectId: PROJECTS[1]!.id });
      expect(res.status).toBe(403);
      expect(codes(res.body.errors)).toEqual(['FORBIDDEN']);
      expect((await stack.calls()).total).toBe(0);
      // Its own project by id is fine.
      expect((await stack.gql(QUERY, undefined, { projectId: PROJECTS[0]!.id })).body.errors).toBeUndefined();
    });
  });

  describe('ALLOW_ANONYMOUS=write', () => {
    test.override('stackOptions', { mode: 'service-account', env: { ALLOW_ANONYMOUS: 'write' } });

    test('should run mutations', async ({ stack }) => {
      const res = await stack.gql(MUTATION);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.createApplication.name).toBe('anonymous-app');
    });
  });
});

describe('caller settings', () => {
  const base = IAM_ONLY('http://127.0.0.1:1');
  const refusal = (env: Record<string, string>) => {
    try {
      loadConfig(env);
    } catch (err) {
      if (err instanceof ConfigError) return err.message;
      throw err;
    }
    return undefined;
  };

  it('should leave anonymous access unset (none) when only the IAM variables are given', () => {
    const config = loadConfig(base);
    expect(config.credentialsMode).toBe('service-account');
    expect(config.auth.anonymous).toBeUndefined();
    expect(config.auth.corsOrigins).toEqual([]);
  });

  it('should refuse a JWKS without issuer and audience', () => {
    expect(refusal({ ...base, AUTH_JWKS_URL: 'https://idp.example/jwks' })).toMatch(/AUTH_ISSUER is missing: with AUTH_JWKS_URL[\s\S]*AUTH_AUDIENCE is missing/);
  });

  it('should refuse caller settings that mean nothing in pass-through mode', () => {
    const passthrough = { ...base, CREDENTIALS_MODE: 'passthrough' };
    expect(refusal({ ...passthrough, ALLOW_ANONYMOUS: 'write' })).toMatch(/ALLOW_ANONYMOUS applies to service-account mode only/);
    expect(refusal({ ...passthrough, AUTH_JWKS_URL: 'https://idp.example/jwks', AUTH_ISSUER: 'i', AUTH_AUDIENCE: 'a' })).toMatch(/AUTH_JWKS_URL applies to service-account mode only/);
  });

  it('should refuse an unknown ALLOW_ANONYMOUS and an origin with a path', () => {
    expect(refusal({ ...base, ALLOW_ANONYMOUS: 'yes' })).toMatch(/ALLOW_ANONYMOUS must be one of none, read, write, got "yes"/);
    expect(refusal({ ...base, CORS_ORIGINS: 'https://ok.example,https://bad.example/app' })).toMatch(/CORS_ORIGINS must be comma-separated origins.*got "https:\/\/bad.example\/app"/);
    expect(loadConfig({ ...base, CORS_ORIGINS: 'https://a.example, http://localhost:5173' }).auth.corsOrigins).toEqual(['https://a.example', 'http://localhost:5173']);
  });
});
