import { describe, expect } from 'vitest';
import { once } from '../support/fixtures.js';
import type { TestStack } from '../support/gateway.js';
import { PROJECTS } from '../../src/emulator/tenancy.js';
import { test as base, type TestIdp } from './jwks.js';

const LOGIN = 'POST /v3/auth/tokens';
const QUERY = '{ environments { totalCount } applications { totalCount } microservices { serviceName } }';
const DAY = 24 * 60 * 60 * 1000;

/** One caller's token (a viewer of every project) for the whole file. */
const viewerToken = once((idp: TestIdp) => idp.token({ roles: ['viewer'], projects: ['*'] }));
const test = base.extend('token', ({ idp }) => viewerToken(idp)).extend('stack', ({ idpStack }) => idpStack);

/** The service account's IAM logins are single-flight per project, whatever the concurrency. */
describe('service-account IAM logins', () => {
  const second = PROJECTS[1]!.id;

  const burst = (stack: TestStack, token: string, n: number, projectId?: string) =>
    Promise.all(Array.from({ length: n }, () => stack.gql(QUERY, undefined, { headers: { authorization: `Bearer ${token}` }, projectId })));

  test('should log in to a newly named project once for 30 concurrent first requests', async ({ stack, token }) => {
    await stack.resetCalls();
    const answers = await burst(stack, token, 30, second);
    expect(answers.filter((r) => r.body.errors)).toEqual([]);
    expect((await stack.calls()).byRoute[LOGIN]).toBe(1);
  });

  test('should log in once per project after every token expired, for 30 concurrent requests in each', async ({ stack, token }) => {
    await stack.emu.advance(DAY + 1);
    await stack.resetCalls();
    const answers = (await Promise.all([burst(stack, token, 30), burst(stack, token, 30, second)])).flat();
    expect(answers.filter((r) => r.body.errors)).toEqual([]);
    const calls = await stack.calls();
    expect(calls.byRoute[LOGIN]).toBe(2);
  });

  test('should not log in again while the renewed tokens are valid', async ({ stack, token }) => {
    await stack.resetCalls();
    await Promise.all([burst(stack, token, 10), burst(stack, token, 10, second)]);
    expect((await stack.calls()).byRoute[LOGIN]).toBeUndefined();
  });

  test('should say so when the account cannot log in to an allowed project', async ({ stack, token }) => {
    const res = await stack.gql(QUERY, undefined, { headers: { authorization: `Bearer ${token}` }, projectId: '0000000000000000000000000000dead' });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.body.errors?.[0]?.message).toMatch(/0000000000000000000000000000dead does not exist or the user has no access/);
  });
});
