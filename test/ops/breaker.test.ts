import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.js';
import type { TestStack } from '../support/gateway.js';
import { call } from '../support/emulator.js';

/** One circuit breaker per upstream: it opens on repeated failures, fails fast, and closes after a good probe. */
describe('circuit breaker', () => {
  test.override('stackOptions', { env: { BREAKER_VOLUME: '4', BREAKER_ERROR_PERCENT: '50', BREAKER_RESET_MS: '300', UPSTREAM_RETRIES: '0' } });

  const cseState = async (stack: TestStack) => /upstream_breaker_state\{api="cse"\} (\d)/.exec(await (await fetch(stack.gateway.url.replace('/graphql', '/metrics'))).text())?.[1];

  test('should open on a failing registry, fail fast without calling it, keep CAS fields working, then close', async ({ stack }) => {
    await call(stack.emu.url, 'POST', '/__emulator/faults', { body: { match: { api: 'cse' }, status: 503 } });
    for (let i = 0; i < 4; i++) await stack.gql('{ microservices { serviceName } }');
    expect(await cseState(stack)).toBe('2');

    await stack.resetCalls();
    const res = await stack.gql('{ environments { totalCount } microservices { serviceName } }');
    expect(res.body.data!.environments.totalCount).toBeGreaterThan(0);
    expect(res.body.data!.microservices).toBeNull();
    expect(res.body.errors?.[0]).toMatchObject({ path: ['microservices'], extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
    expect(res.body.errors?.[0]?.message).toMatch(/circuit open/);
    const calls = (await stack.calls()).byRoute;
    expect(calls['GET /v4/{project_id}/registry/microservices']).toBeUndefined();
    expect(calls['GET /v2/{project_id}/cas/environments']).toBe(1);

    // The registry comes back; after the reset timeout one probe goes through and closes the circuit.
    await call(stack.emu.url, 'DELETE', '/__emulator/faults');
    // opossum's reset timer is its own; the test waits for the state it leads to, however busy the machine.
    await expect.poll(() => cseState(stack), { timeout: 60_000 }).toBe('1');
    const probe = await stack.gql('{ microservices { serviceName } }');
    expect(probe.body.errors).toBeUndefined();
    expect(await cseState(stack)).toBe('0');
  });
});
