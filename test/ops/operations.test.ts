import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.js';
import type { TestStack } from '../support/gateway.js';
import { call } from '../support/emulator.js';
import { loadConfig } from '../../src/config.js';
import { startGateway } from '../../src/gateway.js';
import { createLogger } from '../../src/logger.js';
import { createMaskError } from '../../src/graph/mask-errors.js';
import { GraphQLError } from 'graphql';

describe('operations: health, readiness, metrics, request ids', () => {
  const base = (stack: TestStack) => stack.gateway.url.replace('/graphql', '');

  test('should answer /health and /ready', async ({ stack }) => {
    const health = await fetch(`${base(stack)}/health`);
    expect(health.status).toBe(200);
    expect(health.headers.get('content-type')).toMatch(/^application\/json/);
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(await health.json()).toEqual({ status: 'ok', version });
    const ready = await fetch(`${base(stack)}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', upstreams: { cas: { reachable: true, breaker: 'closed' }, cse: { reachable: true } } });
  });

  test('should expose Prometheus metrics for operations, errors, upstream calls and live updates', async ({ stack }) => {
    await stack.gql('query Envs { environments { totalCount } }');
    await stack.gql('query Broken { environment(id: "nope") { name } }');
    const text = await (await fetch(`${base(stack)}/metrics`)).text();
    expect(text).toMatch(/graphql_operations_total\{operation="Envs",type="query",outcome="ok"\} 1/);
    expect(text).toMatch(/graphql_errors_total\{code="BAD_USER_INPUT"\} 1/);
    expect(text).toMatch(/upstream_requests_total\{api="cas",method="GET",route="\/v2\/\{project_id\}\/cas\/environments",status="200"\} \d+/);
    expect(text).toMatch(/upstream_request_duration_seconds_bucket/);
    expect(text).toMatch(/graphql_active_subscriptions 0/);
    expect(text).toMatch(/live_pollers 0/);
    expect(text).toMatch(/upstream_breaker_state\{api="cas"\} 0/);
  });

  test('should send the request id upstream on every call of an operation', async ({ stack }) => {
    await stack.resetCalls();
    const res = await stack.gql('{ environments { totalCount } microservices { serviceName } }', undefined, { headers: { 'x-request-id': 'req-abc-123' } });
    expect(res.body.errors).toBeUndefined();
    const seen = (await call(stack.emu.url, 'GET', '/__emulator/requests')).body.requests as { requestId: string }[];
    expect(seen.length).toBeGreaterThanOrEqual(2);
    for (const r of seen) expect(r.requestId).toBe('req-abc-123');
  });

  test('should be not ready when an upstream is unreachable', async ({ stack }) => {
    const config = loadConfig({
      PORT: '0',
      CAS_URL: stack.emu.url,
      CSE_URL: 'http://127.0.0.1:9', // discard port: nothing listens
      IAM_URL: stack.emu.url,
      PROJECT_ID: stack.emu.projects[0]!.id,
      UPSTREAM_TIMEOUT_MS: '500',
    });
    const gateway = await startGateway(config, { logger: createLogger('error') });
    try {
      const ready = await fetch(gateway.url.replace('/graphql', '/ready'));
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: 'not ready', upstreams: { cas: { reachable: true }, cse: { reachable: false } } });
    } finally {
      await gateway.stop();
    }
  });
});

describe('masked errors', () => {
  test('should say "Unexpected error." in production, keep coded errors, and keep details in development', () => {
    const located = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['x'] });
    const prod = createMaskError(true);
    const masked = prod(located(new TypeError('cannot read secret of undefined')), 'Unexpected error.') as GraphQLError;
    expect(masked.message).toBe('Unexpected error.');
    expect(masked.extensions.code).toBe('INTERNAL');
    const coded = new GraphQLError('Argument "first" must be between 0 and 100.', { extensions: { code: 'BAD_USER_INPUT' } });
    expect((prod(located(coded), 'Unexpected error.') as GraphQLError).message).toMatch(/first/);
    const dev = createMaskError(false)(located(new TypeError('boom')), 'Unexpected error.');
    expect(dev.message).toMatch(/boom/);
  });
});
