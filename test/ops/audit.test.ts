import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverAudits } from 'graphql-http';
import { startStack, type TestStack } from '../support/gateway.js';

/** The MAY audits that send "simple" GET requests, which CSRF prevention refuses. */
const CSRF_REFUSED = new Set(['5A70', 'D6D5', '6A70']);

/** The GraphQL over HTTP audit suite against the live gateway: every MUST and SHOULD passes. */
describe('graphql-http audits', async () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack({ mode: 'service-account' });
  });
  afterAll(() => stack.stop());

  // The audits are listed before the server starts; their URL is read when each one runs.
  const audits = serverAudits({ url: () => stack.gateway.url, fetchFn: fetch });
  it('should list the audits', () => expect(audits.length).toBeGreaterThan(20));

  for (const audit of audits) {
    it(`${audit.id} ${audit.name}`, async () => {
      const result = await audit.fn();
      if (CSRF_REFUSED.has(audit.id)) {
        // A GET without a header only a script can set is refused by CSRF prevention (403): on purpose.
        expect(result.status).toBe('notice');
        expect(result.status !== 'ok' && result.reason).toMatch(/status code/);
        return;
      }
      // Every MUST and every SHOULD is met, and every MAY but the ones above.
      expect(result.status, result.status === 'ok' ? '' : result.reason).toBe('ok');
    });
  }
});
