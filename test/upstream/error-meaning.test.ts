import { describe, expect, it } from 'vitest';
import { UpstreamError, type UpstreamErrorInit } from '../../src/upstream/errors.js';
import { CasCode, CseCode } from '../../src/upstream/error-codes.js';
import { codeOf } from '../../src/graph/errors.js';

const http = (status: number, upstreamCode?: string) =>
  new UpstreamError({ kind: 'HTTP', api: 'cse', method: 'GET', route: '/r', status, upstreamCode } satisfies UpstreamErrorInit);
const other = (kind: UpstreamErrorInit['kind']) => new UpstreamError({ kind, api: 'cas', method: 'GET', route: '/r' });

describe('what an upstream failure means', () => {
  it.each([
    [http(400, CseCode.SERVICE_NOT_FOUND), 'NOT_FOUND', 'NOT_FOUND'],
    [http(400, CseCode.INSTANCE_NOT_FOUND), 'NOT_FOUND', 'NOT_FOUND'],
    [http(400, CseCode.SERVICE_HAS_INSTANCES), 'CONFLICT', 'CONFLICT'],
    [http(404, CasCode.VERSION_IN_USE), 'CONFLICT', 'CONFLICT'],
    [http(400, CasCode.ENVIRONMENT_NAME_TAKEN), 'CONFLICT', 'CONFLICT'],
    [http(400, CseCode.SCHEMA_NOT_MODIFIABLE), 'FORBIDDEN', 'FORBIDDEN'],
    [http(401), 'UNAUTHORIZED', 'UNAUTHENTICATED'],
    [http(403), 'FORBIDDEN', 'FORBIDDEN'],
    [http(404), 'NOT_FOUND', 'NOT_FOUND'],
    [http(409), 'CONFLICT', 'CONFLICT'],
    [http(408), 'TIMEOUT', 'UPSTREAM_TIMEOUT'],
    [http(429), 'UNAVAILABLE', 'UPSTREAM_UNAVAILABLE'],
    [http(503), 'UNAVAILABLE', 'UPSTREAM_UNAVAILABLE'],
    [http(400, CseCode.INVALID_PARAMETERS), 'BAD_REQUEST', 'BAD_USER_INPUT'],
    [other('TIMEOUT'), 'TIMEOUT', 'UPSTREAM_TIMEOUT'],
    [other('UNAVAILABLE'), 'UNAVAILABLE', 'UPSTREAM_UNAVAILABLE'],
    [other('BAD_RESPONSE'), 'UNAVAILABLE', 'UPSTREAM_UNAVAILABLE'],
  ] as const)('should read %s as %s (GraphQL %s)', (error, meaning, code) => {
    expect(error.meaning).toBe(meaning);
    expect(codeOf(error)).toBe(code);
  });

  it('should count only what the upstream did as transient, and retry only connection failures, 429 and 5xx', () => {
    expect([http(500), http(429), other('TIMEOUT'), other('UNAVAILABLE'), other('BAD_RESPONSE')].map((e) => e.isTransient)).toEqual([true, true, true, true, true]);
    expect([http(400), http(401), http(404), http(409)].map((e) => e.isTransient)).toEqual([false, false, false, false]);
    expect([http(500), http(429), other('UNAVAILABLE')].map((e) => e.isRetryable)).toEqual([true, true, true]);
    expect([other('TIMEOUT'), other('BAD_RESPONSE'), http(404)].map((e) => e.isRetryable)).toEqual([false, false, false]);
  });

  it('should tell an unknown registry service from other not-found answers', () => {
    expect(http(400, CseCode.SERVICE_NOT_FOUND).isUnknownService).toBe(true);
    expect(http(400, CseCode.INSTANCE_NOT_FOUND).isUnknownService).toBe(false);
    expect(http(401).isUnauthorized && !http(403).isUnauthorized).toBe(true);
  });
});
