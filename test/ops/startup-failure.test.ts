import { describe, expect, it } from 'vitest';
import { describeStartupFailure, unreachableUpstreamLines } from '../../src/ops/startup-failure.js';
import { UpstreamError } from '../../src/upstream/errors.js';

/** The lines real processes print are tested in test/cli/start-failures.test.ts; these are the rarer ones. */
const context = { portVariable: 'PORT', host: '127.0.0.1', port: 80, iamUrl: 'https://iam.example', timeoutMs: 10_000 };
const listenError = (code: string) => Object.assign(new Error(`listen ${code}`), { code, syscall: 'listen' });
const iam = (init: Partial<ConstructorParameters<typeof UpstreamError>[0]>) => new UpstreamError({ kind: 'HTTP', api: 'iam', method: 'POST', route: '/v3/auth/tokens', ...init });

describe('describeStartupFailure', () => {
  it('should name PORT for a privileged port and HOST for a foreign address', () => {
    expect(describeStartupFailure(listenError('EACCES'), context)).toBe('Listening on 127.0.0.1:80 is not permitted (PORT=80): ports below 1024 need privileges; set PORT to 1024 or above.');
    expect(describeStartupFailure(listenError('EADDRNOTAVAIL'), { ...context, host: '10.9.9.9' })).toBe(
      '10.9.9.9 is not an address of this machine (HOST=10.9.9.9): set HOST to one of its addresses, 127.0.0.1 or 0.0.0.0.',
    );
  });

  it("should tell IAM's outages, timeouts and foreign answers from a refused account", () => {
    expect(describeStartupFailure(iam({ status: 503, upstreamMessage: 'busy' }), context)).toBe(
      'IAM at https://iam.example (IAM_URL) failed the service account\'s login with 503 "busy": try again later, or check IAM_URL.',
    );
    expect(describeStartupFailure(iam({ kind: 'TIMEOUT' }), context)).toBe(
      "IAM at https://iam.example (IAM_URL) did not answer the service account's login within 10000 ms: check IAM_URL, or raise UPSTREAM_TIMEOUT_MS.",
    );
    expect(describeStartupFailure(iam({ kind: 'BAD_RESPONSE', upstreamMessage: 'not JSON: <html>' }), context)).toBe(
      'IAM at https://iam.example (IAM_URL) did not answer like IAM (not JSON: <html>): check that IAM_URL is the IAM endpoint (https://iam.<region>.myhuaweicloud.com).',
    );
    expect(describeStartupFailure(iam({ status: 400, upstreamCode: 'IAM.0011', upstreamMessage: 'Request parameter error' }), context)).toBe(
      'IAM at https://iam.example (IAM_URL) refused the service account\'s login with 400 IAM.0011 "Request parameter error": check IAM_DOMAIN, IAM_USER, IAM_PASSWORD and PROJECT_NAME.',
    );
    expect(describeStartupFailure(iam({ status: 401, upstreamMessage: 'The domain is disabled' }), { ...context, embedded: true })).toBe(
      'The embedded emulator\'s IAM (https://iam.example) refused the service account\'s login with 401 "The domain is disabled": check IAM_DOMAIN (the account name).',
    );
  });

  it('should keep the message of anything unforeseen', () => {
    expect(describeStartupFailure(new Error('boom'), context)).toBe('Start-up failed: boom');
  });

  it('should name the URL variable of each unreachable upstream', () => {
    const readiness = { ready: false, upstreams: { cas: { reachable: false, breaker: 'closed', detail: 'ENOTFOUND' }, cse: { reachable: true, breaker: 'closed' } } };
    expect(unreachableUpstreamLines(readiness, { cas: 'https://cas.example', cse: 'https://cse.example' })).toEqual([
      'CAS_URL https://cas.example cannot be reached (ENOTFOUND): check CAS_URL; /ready answers 503 until it answers.',
    ]);
  });
});
