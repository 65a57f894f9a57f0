import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { test } from '../support/fixtures.js';
import type { TestStack } from '../support/gateway.js';
import { startTestEmulator, type TestEmulator } from '../support/emulator.js';
import { HttpCore } from '../../src/upstream/http.js';
import { LocalRequestError } from '../../src/upstream/errors.js';
import { OperationBudget } from '../../src/upstream/budget.js';

/** A request that never left the gateway is the caller's error: not retried, never counted by a breaker. */
describe('local errors stay local', () => {
  let attempts = 0;
  test.override('stackOptions', {
    env: { BREAKER_VOLUME: '4', BREAKER_ERROR_PERCENT: '50', BREAKER_RESET_MS: '60000' },
    gateway: { observer: { onAttempt: () => void attempts++ } },
  });

  const casState = async (stack: TestStack) => /upstream_breaker_state\{api="cas"\} (\d)/.exec(await (await fetch(stack.gateway.url.replace('/graphql', '/metrics'))).text())?.[1] ?? '0';
  const ready = async (stack: TestStack) => (await fetch(stack.gateway.url.replace('/graphql', '/ready'))).status;

  async function overWebSocket(stack: TestStack, params: Record<string, string>): Promise<{ errors?: { message: string; extensions?: Record<string, unknown> }[] }> {
    const client = createClient({ url: stack.gateway.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, lazy: true, retryAttempts: 0, connectionParams: params });
    try {
      const results: { errors?: { message: string; extensions?: Record<string, unknown> }[] }[] = [];
      for await (const r of client.iterate({ query: '{ environments { totalCount } }' })) results.push(r as never);
      return results[0] ?? {};
    } catch (err) {
      return { errors: (Array.isArray(err) ? err : [err]) as never };
    } finally {
      await client.dispose();
    }
  }

  test('should refuse a token with a newline as UNAUTHENTICATED over graphql-ws, send nothing, and leave the CAS circuit closed', async ({ stack }) => {
    await stack.resetCalls();
    attempts = 0;
    for (let i = 0; i < 4; i++) {
      const res = await overWebSocket(stack, { 'x-auth-token': 'a\nb' });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', header: 'X-Auth-Token' });
      expect(res.errors?.[0]?.message).toMatch(/X-Auth-Token/);
      const bearer = await overWebSocket(stack, { authorization: 'Bearer a\nb' });
      expect(bearer.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', header: 'Authorization' });
    }
    expect(attempts).toBe(0);
    expect((await stack.calls()).total).toBe(0);
    expect(await casState(stack)).toBe('0');
    expect(await ready(stack)).toBe(200);
  });

  test('should refuse a token that is not visible ASCII over HTTP, and an X-Project-Id that names no project, with zero calls', async ({ stack }) => {
    await stack.resetCalls();
    attempts = 0;
    for (let i = 0; i < 4; i++) {
      const res = await stack.gql('{ environments { totalCount } }', undefined, { token: '', headers: { 'x-auth-token': 'a\u00e9b' } });
      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', header: 'X-Auth-Token' });
      const dots = await stack.gql('{ environments { totalCount } }', undefined, { projectId: '..' });
      expect(dots.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(dots.body.errors?.[0]?.message).toMatch(/X-Project-Id/);
    }
    expect(attempts).toBe(0);
    expect((await stack.calls()).total).toBe(0);
    expect(await casState(stack)).toBe('0');
    expect(await ready(stack)).toBe(200);
  });
});

/** The HTTP core itself refuses what undici would throw on, before the breaker and without retries. */
describe('HTTP core: refusals before sending', () => {
  let emu: TestEmulator;
  let core: HttpCore;
  let attempts = 0;
  beforeAll(async () => {
    emu = await startTestEmulator();
    core = new HttpCore({
      api: 'cas',
      origin: emu.url,
      timeoutMs: 15_000,
      retries: 2,
      connections: 4,
      breaker: { errorThresholdPercentage: 50, resetTimeoutMs: 60_000, volumeThreshold: 2 },
      observer: { onAttempt: () => void attempts++ },
    });
  });
  afterAll(async () => {
    await core.close();
    await emu.stop();
  });

  const get = (headers: Record<string, string>, budget?: OperationBudget) =>
    core.request({ api: 'cas', method: 'GET', route: '/v2/{project_id}/cas/metadata/runtimes', path: `/v2/${emu.projects[0]!.id}/cas/metadata/runtimes`, headers, budget });

  it('should refuse a header value with a line break as a credential error, never retried, never opening the circuit', async () => {
    for (let i = 0; i < 6; i++) {
      const err = await get({ 'x-auth-token': 'a\nb' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(LocalRequestError);
      expect(err).toMatchObject({ reason: 'credential', field: 'x-auth-token' });
    }
    expect(attempts).toBe(0);
    expect(core.breaker.state).toBe('closed');
    expect((await get({ 'x-auth-token': emu.token })).status).toBe(200);
  });

  it('should not send a call whose caller went away, nor count it', async () => {
    const controller = new AbortController();
    controller.abort();
    const before = attempts;
    const err = await get({ 'x-auth-token': emu.token }, new OperationBudget({ maxCalls: 10, timeoutMs: 30_000 }, controller.signal)).catch((e: unknown) => e);
    expect(err).toMatchObject({ reason: 'aborted' });
    expect(attempts).toBe(before);
    expect(core.breaker.state).toBe('closed');
  });
});
