/**
 * Every Redis call path of the coordination fails on purpose (rejects, throws, does not answer)
 * against a real redis-server: nothing escapes, the replica degrades, local listeners keep hearing
 * their events, and it comes back (resynchronising) when Redis answers again.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { startRedis, type RedisServer } from '../support/redis.js';
import { RedisCoordination } from '../../src/live/redis-coordination.js';
import { connectRedisClient } from '../../src/live/redis-connection.js';
import { createLiveBus } from '../../src/live/bus.js';
import { createLogger } from '../../src/logger.js';

type Path = 'claim' | 'release' | 'sequence' | 'position' | 'replay' | 'subscribe' | 'unsubscribe' | 'publish' | 'ping';
type Mode = 'reject' | 'throw';

/** Which script an EVAL runs, by a word only that script has. */
const SCRIPT_WORD: Record<string, string> = { claim: "'PX'", release: "'DEL'", sequence: 'HINCRBY', position: "ARGV[2])\nreturn", replay: 'LRANGE' };

/** A real ioredis client whose calls on the paths in `faults` fail the way ioredis fails. */
function faulty(client: Redis, faults: Map<Path, Mode>): Redis {
  const fail = (path: Path) => {
    const err = new Error(`Reached the max retries per request limit (injected on ${path})`);
    if (faults.get(path) === 'throw') throw err;
    return Promise.reject(err);
  };
  return new Proxy(client, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      if (prop === 'eval') {
        return (...args: unknown[]) => {
          const path = (Object.keys(SCRIPT_WORD) as Path[]).find((p) => faults.has(p) && String(args[0]).includes(SCRIPT_WORD[p]!));
          return path ? fail(path) : value.apply(target, args);
        };
      }
      if (faults.has(prop as Path)) return () => fail(prop as Path);
      return value.bind(target);
    },
  });
}

describe('Redis coordination under injected failures', () => {
  let redis: RedisServer;
  const faults = new Map<Path, Mode>();
  const unhandled: unknown[] = [];
  const onUnhandled = (err: unknown) => unhandled.push(err);
  const opened: RedisCoordination[] = [];

  function coordination(): RedisCoordination {
    const settings = { url: redis.url, commandTimeoutMs: 300, sentinelName: 'mymaster' };
    const c = new RedisCoordination({ settings, leaseMs: 1_000, logger: createLogger('error'), createClient: () => faulty(connectRedisClient(settings), faults) });
    opened.push(c);
    return c;
  }

  const becomes = (c: RedisCoordination, degraded: boolean) =>
    c.degraded === degraded ? Promise.resolve() : new Promise<void>((resolve) => c.onDegraded((d) => d === degraded && resolve()));

  beforeAll(async () => {
    redis = await startRedis();
    process.on('unhandledRejection', onUnhandled);
  });

  afterEach(() => faults.clear());

  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await Promise.all(opened.map((c) => c.close()));
    await redis?.stop();
  });

  const paths: [Path, Mode][] = (['claim', 'release', 'sequence', 'position', 'replay', 'subscribe', 'unsubscribe', 'publish', 'ping'] as Path[]).flatMap((p) => [
    [p, 'reject'],
    [p, 'throw'],
  ]);

  it.each(paths)('should survive %s that fails (%s): no error escapes, local listeners still hear, Redis comes back', { timeout: 60_000 }, async (path, mode) => {
    const c = coordination();
    await c.ready();
    let resyncs = 0;
    c.onResync(() => resyncs++);
    const bus = createLiveBus(c.eventTarget);
    const topic = `t-${path}-${mode}`;
    const first = await c.sequence(topic, { n: 1 });
    faults.set(path, mode);

    // Every path, with the fault in place: none throws, none rejects.
    const listener = bus.listen<{ sequence: number; payload: { n: number } }>(topic);
    const other = bus.listen(`${topic}-other`);
    await other.return();
    expect((await c.claim([topic])).has(topic)).toBe(true);
    await c.release([topic]);
    const second = await c.sequence(topic, { n: 2 });
    bus.publish(topic, second);
    await c.position(topic);
    await c.replay(topic, 0, first.epoch);
    expect((await listener.next()).value?.payload).toEqual({ n: 2 });

    // The paths that carry the stream's state tell at once; release and unsubscribe only clean up.
    if (path !== 'release' && path !== 'unsubscribe') await becomes(c, true);
    if (path === 'sequence') expect(second.epoch).not.toBe(first.epoch); // sequenced alone, in this replica's own epoch

    faults.clear();
    await becomes(c, false);
    if (path !== 'release' && path !== 'unsubscribe') expect(resyncs).toBeGreaterThanOrEqual(1);
    // Shared again: an event of another replica reaches this one's listener.
    const peer = coordination();
    await peer.ready();
    createLiveBus(peer.eventTarget).publish(topic, { sequence: 9, epoch: 'x', payload: { n: 3 } });
    expect((await listener.next()).value?.payload).toEqual({ n: 3 });
    await listener.return();
    expect(unhandled).toEqual([]);
  });

  it('should go degraded when Redis stalls longer than the command timeout, and resynchronise when it answers', { timeout: 60_000 }, async () => {
    const c = coordination();
    await c.ready();
    let resyncs = 0;
    c.onResync(() => resyncs++);
    redis.pause();
    try {
      await becomes(c, true);
      // Nothing waits on the stalled Redis for longer than the command timeout.
      expect((await c.claim(['stalled'])).has('stalled')).toBe(true);
      expect((await c.sequence('stalled', 1)).sequence).toBe(1);
    } finally {
      redis.resume();
    }
    await becomes(c, false);
    expect(resyncs).toBe(1);
    expect(unhandled).toEqual([]);
  });

  it('should survive its pub/sub connection being killed, and subscribe its topics again', { timeout: 60_000 }, async () => {
    const c = coordination();
    await c.ready();
    const bus = createLiveBus(c.eventTarget);
    const listener = bus.listen<{ payload: string }>('killed-pubsub');
    const admin = new Redis(redis.url);
    try {
      const reconnected = new Promise<void>((resolve) => c.onDegraded((d) => !d && resolve()));
      await admin.client('KILL', 'TYPE', 'pubsub');
      await reconnected;
      const peer = coordination();
      await peer.ready();
      createLiveBus(peer.eventTarget).publish('killed-pubsub', { sequence: 1, epoch: 'e', payload: 'after' });
      expect((await listener.next()).value?.payload).toBe('after');
    } finally {
      admin.disconnect();
      await listener.return();
    }
    expect(unhandled).toEqual([]);
  });
});
