import { describe, expect } from 'vitest';
import type { LiveTimer } from '../../src/live/timer.js';
import { data, type TestStack } from '../support/gateway.js';
import { wsClient, wsSubscribe } from '../support/live.js';
import { test as base, type TestIdp } from './jwks.js';
import { sseOperation } from './transports.js';
import { graphql } from '../generated/gql.js';

/** Holds what is scheduled, with its delay; the test decides when it runs. */
class HeldTimer implements LiveTimer {
  readonly held: { ms: number; fn: () => unknown; cancelled: boolean }[] = [];
  schedule(ms: number, fn: () => unknown): () => void {
    const entry = { ms, fn, cancelled: false };
    this.held.push(entry);
    return () => void (entry.cancelled = true);
  }
  /** Runs what is scheduled and not cancelled, once. */
  fire(): number {
    const due = this.held.splice(0).filter((e) => !e.cancelled);
    for (const e of due) e.fn();
    return due.length;
  }
  get pending(): number {
    return this.held.filter((e) => !e.cancelled).length;
  }
}

const codes = (errors: readonly { extensions?: Record<string, unknown> }[] | undefined) => (errors ?? []).map((e) => e.extensions?.code);

/** A registry subscription to a demo service with instances, as a plain document. */
async function watchedService(stack: TestStack, idp: TestIdp): Promise<string> {
  const services = data(
    await stack.gql(graphql(`query TokenExpiryMicroservices { microservices { appId serviceName instances { id } } }`), undefined, { headers: { authorization: `Bearer ${await idp.token()}` } }),
  ).microservices;
  const s = services.find((m) => m.instances.length > 0)!;
  return `subscription { microserviceInstanceChanges(appId: "${s.appId}", serviceName: "${s.serviceName}") { type } }`;
}
const test = base
  .extend('stack', ({ idpStack }) => idpStack)
  .extend('watched', ({ resources, stack, idp }) => resources.get('watched service', stack, () => watchedService(stack, idp), async () => {}));

/** A subscription opened with a JWT ends at the token's expiry (plus the verifier's 30 s of clock tolerance). */
describe('subscriptions end when their JWT expires', () => {
  const expiry = new HeldTimer();
  test.override('stackOptions', { gateway: { tokenExpiryTimer: expiry } });

  test('should end a graphql-ws subscription at expiry with UNAUTHENTICATED, release its stream, keep the socket, and cancel the expiry of a subscriber that leaves first', async ({ stack, idp, watched }) => {
    const before = Date.now();
    const token = await idp.token({}, { expiresIn: Math.floor(before / 1000) + 3600 });
    const client = wsClient(stack, { token });
    const stream = wsSubscribe(client, watched);
    expect((await stream.at(0))?.data?.microserviceInstanceChanges.type).toBe('CURRENT');
    expect(stack.gateway.live.stats().watchedServices).toBe(1);
    // Scheduled for the token's exp plus 30 s of tolerance, not earlier, not later.
    expect(expiry.pending).toBe(1);
    const { ms } = expiry.held[0]!;
    expect(ms).toBeGreaterThan(3600_000 + 30_000 - (Date.now() - before) - 1000 - 1);
    expect(ms).toBeLessThanOrEqual(3600_000 + 30_000);

    expect(expiry.fire()).toBe(1);
    await stream.done;
    expect(stream.error).toBeUndefined();
    const last = stream.results.at(-1);
    expect(codes(last?.errors)).toEqual(['UNAUTHENTICATED']);
    expect(last?.errors?.[0]?.message).toMatch(/expired.*subscribe again with a new token/);
    expect(stream.results.slice(0, -1).every((r) => !r.errors && r.data?.microserviceInstanceChanges)).toBe(true);
    await expect.poll(() => stack.gateway.live.stats().watchedServices, { timeout: 60_000 }).toBe(0);

    // Only the operation ended, not the socket: the next subscription on it runs, with an expiry of its own,
    // which is cancelled when the subscriber leaves first.
    const again = wsSubscribe(client, watched);
    expect((await again.at(0))?.data?.microserviceInstanceChanges.type).toBe('CURRENT');
    expect(expiry.pending).toBe(1);
    again.close();
    await again.done;
    await expect.poll(() => expiry.pending, { timeout: 60_000 }).toBe(0);
    await client.dispose();
  });

  test("should end yoga's SSE subscription at expiry the same way", async ({ stack, idp, watched }) => {
    const outcome = sseOperation(stack.gateway.url, { authorization: `Bearer ${await idp.token()}` }, watched);
    await expect.poll(() => expiry.pending, { timeout: 60_000 }).toBe(1);
    expiry.fire();
    const { status, results } = await outcome;
    expect(status).toBe(200);
    expect(results.at(-1)?.errors?.map((e) => (e as { extensions?: { code?: string } }).extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(results.slice(0, -1).every((r) => !r.errors)).toBe(true);
  });
});
