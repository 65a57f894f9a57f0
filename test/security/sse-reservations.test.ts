import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type TestStack } from '../support/gateway.js';
import { ManualTimer } from '../../src/live/timer.js';

const TOKEN_HEADER = 'x-graphql-event-stream-token';

/** graphql-sse reservations (PUT /graphql/stream): credentials, random tokens, one owner, expiry, caps. */
describe('graphql-sse reservations', () => {
  let stack: TestStack;
  let stream: string;
  const timer = new ManualTimer();
  beforeAll(async () => {
    stack = await startStack({ env: { SSE_RESERVATIONS_PER_CALLER: '5', SSE_MAX_RESERVATIONS: '12' }, gateway: { reservationTimer: timer } });
    stream = `${stack.gateway.url}/stream`;
  });
  afterAll(() => stack.stop());

  const reserve = (headers: Record<string, string>) => fetch(stream, { method: 'PUT', headers });
  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const held = () => stack.gateway.app.sseReservations;
  const expireUnused = async () => {
    await timer.tick();
    expect(held()).toBe(0);
  };

  it('should refuse a reservation without credentials, and keep nothing', async () => {
    for (let i = 0; i < 50; i++) {
      const res = await reserve({});
      expect(res.status).toBe(401);
      expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    }
    expect(held()).toBe(0);
  });

  it('should answer a crypto-random token and never the one the client chose', async () => {
    const res = await reserve({ ...as(stack.emu.token), [TOKEN_HEADER]: 'chosen-by-the-client' });
    expect(res.status).toBe(201);
    const token = await res.text();
    expect(token).not.toBe('chosen-by-the-client');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits, base64url
    const again = await reserve({ ...as(stack.emu.token) });
    expect(await again.text()).not.toBe(token);
    await expireUnused();
  });

  it("should send results only to the caller who made the reservation: another caller's requests with its token are 404", async () => {
    const token = await (await reserve(as(stack.emu.token))).text();
    const owner = { ...as(stack.emu.token), [TOKEN_HEADER]: token };
    const intruder = { ...as(stack.emu.otherToken), [TOKEN_HEADER]: token, 'content-type': 'application/json' };
    // The intruder can neither open the owner's stream nor push an operation onto it.
    const steal = await fetch(stream, { headers: { ...intruder, accept: 'text/event-stream' } });
    expect(steal.status).toBe(404);
    const push = await fetch(stream, { method: 'POST', headers: intruder, body: JSON.stringify({ query: '{ runtimes { typeName } }', extensions: { operationId: 'theirs' } }) });
    expect(push.status).toBe(404);
    // The owner opens its stream and gets its own operation's result, and only that.
    const abort = new AbortController();
    const events = await fetch(stream, { headers: { ...owner, accept: 'text/event-stream' }, signal: abort.signal });
    expect(events.status).toBe(200);
    const mine = await fetch(stream, { method: 'POST', headers: { ...owner, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ runtimes { typeName } }', extensions: { operationId: 'mine' } }) });
    expect(mine.status).toBe(202);
    const reader = events.body!.getReader();
    let text = '';
    while (!text.includes('event: complete')) text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toContain('"id":"mine"');
    expect(text).not.toContain('"id":"theirs"');
    expect(held()).toBe(1);
    abort.abort();
    await reader.cancel().catch(() => undefined);
    // A closed stream's reservation is gone with it.
    await expect.poll(held, { timeout: 60_000 }).toBe(0);
  });

  it('should cap reservations per caller and per process, and forget unused ones after the expiry', async () => {
    // 600 PUTs of one caller hold at most 5 reservations; the rest are refused with 429.
    const statuses = new Map<number, number>();
    for (let batch = 0; batch < 30; batch++) {
      const answers = await Promise.all(Array.from({ length: 20 }, () => reserve(as(stack.emu.token))));
      for (const a of answers) {
        statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
        await a.body?.cancel();
      }
    }
    expect(Object.fromEntries(statuses)).toEqual({ 201: 5, 429: 595 });
    expect(held()).toBe(5);
    // Other callers share the process-wide cap (12): many made-up tokens cannot grow it either.
    const others = await Promise.all(Array.from({ length: 40 }, (_, i) => reserve(as(`made-up-token-${i}`))));
    expect(others.filter((r) => r.status === 201)).toHaveLength(7);
    expect(others.filter((r) => r.status === 503)).toHaveLength(33);
    expect(held()).toBe(12);
    // Unused for the expiry time: all forgotten, and the caller may reserve again.
    await expireUnused();
    expect((await reserve(as(stack.emu.token))).status).toBe(201);
    await expireUnused();
  });
});
