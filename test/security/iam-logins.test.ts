import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type TestStack } from '../support/gateway.js';
import { startIdp, type TestIdp } from './jwks.js';

const LOGIN = 'POST /v3/auth/tokens';
const QUERY = '{ environments { totalCount } applications { totalCount } microservices { serviceName } }';
const DAY = 24 * 60 * 60 * 1000;

/** The service account's IAM logins are single-flight per project, whatever the concurrency. */
describe('service-account IAM logins', () => {
  let idp: TestIdp;
  let stack: TestStack;
  let token: string;
  let second: string;
  beforeAll(async () => {
    idp = await startIdp();
    stack = await startStack({ mode: 'service-account', env: idp.env() });
    token = await idp.token({ roles: ['viewer'], projects: ['*'] });
    second = stack.emu.projects[1]!.id;
  });
  afterAll(async () => {
    await stack.stop();
    await idp.stop();
  });

  const burst = (n: number, projectId?: string) =>
    Promise.all(Array.from({ length: n }, () => stack.gql(QUERY, undefined, { headers: { authorization: `Bearer ${token}` }, projectId })));

  it('should log in to a newly named project once for 30 concurrent first requests', async () => {
    await stack.resetCalls();
    const answers = await burst(30, second);
    expect(answers.filter((r) => r.body.errors)).toEqual([]);
    expect((await stack.calls()).byRoute[LOGIN]).toBe(1);
  });

  it('should log in once per project after every token expired, for 30 concurrent requests in each', async () => {
    await stack.emu.advance(DAY + 1);
    await stack.resetCalls();
    const answers = (await Promise.all([burst(30), burst(30, second)])).flat();
    expect(answers.filter((r) => r.body.errors)).toEqual([]);
    const calls = await stack.calls();
    expect(calls.byRoute[LOGIN]).toBe(2);
  });

  it('should not log in again while the renewed tokens are valid', async () => {
    await stack.resetCalls();
    await Promise.all([burst(10), burst(10, second)]);
    expect((await stack.calls()).byRoute[LOGIN]).toBeUndefined();
  });

  it('should say so when the account cannot log in to an allowed project', async () => {
    const res = await stack.gql(QUERY, undefined, { headers: { authorization: `Bearer ${token}` }, projectId: '0000000000000000000000000000dead' });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.body.errors?.[0]?.message).toMatch(/0000000000000000000000000000dead does not exist or the user has no access/);
  });
});
