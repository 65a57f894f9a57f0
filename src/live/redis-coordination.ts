/**
 * Replicas coordinated through Redis (ioredis): events through pub/sub (RedisEventTarget), poll
 * leases with SET NX PX renewed by their holder, topic sequences with HINCRBY next to the topic's
 * epoch and the recent events in a capped list. No Redis failure escapes: a command that fails or
 * does not answer within the command timeout puts the replica in degraded mode (it polls and
 * publishes on its own) until a probe finds Redis answering again; then its streams resynchronise.
 */
import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { LocalCoordination, REPLAY_DEPTH, newEpoch, selectAfter, type Coordination, type SequencedEvent, type StreamPosition } from './coordination.js';
import { RedisEventTarget } from './redis-event-target.js';
import { connectRedisClient, describeRedis, type RedisSettings } from './redis-connection.js';
import type { Logger } from '../logger.js';

/** Takes or renews each lease held by nobody or by us; answers 1 per topic held after the call. */
const CLAIM = `
local held = {}
for i, key in ipairs(KEYS) do
  local owner = redis.call('GET', key)
  if owner == false then
    redis.call('SET', key, ARGV[1], 'PX', ARGV[2])
    held[i] = 1
  elseif owner == ARGV[1] then
    redis.call('PEXPIRE', key, ARGV[2])
    held[i] = 1
  else
    held[i] = 0
  end
end
return held`;

/** Gives up only leases we hold. */
const RELEASE = `
for i, key in ipairs(KEYS) do
  if redis.call('GET', key) == ARGV[1] then redis.call('DEL', key) end
end
return 1`;

/**
 * The topic's counter and epoch live in one hash: a Redis that lost it (restarted empty, or the
 * topic went quiet long enough to expire) starts the counter again under a new epoch.
 */
const EPOCH_OF = `
redis.call('HSETNX', KEYS[1], 'epoch', ARGV[1])
local epoch = redis.call('HGET', KEYS[1], 'epoch')
`;

/** HINCRBY the topic's sequence, keep the event in its capped list; all expire when the topic goes quiet. */
const SEQUENCE = `${EPOCH_OF}
local seq = redis.call('HINCRBY', KEYS[1], 'n', 1)
redis.call('RPUSH', KEYS[2], '{"sequence":' .. seq .. ',"epoch":"' .. epoch .. '","payload":' .. ARGV[2] .. '}')
redis.call('LTRIM', KEYS[2], -tonumber(ARGV[3]), -1)
redis.call('PEXPIRE', KEYS[1], ARGV[4])
redis.call('PEXPIRE', KEYS[2], ARGV[4])
return {seq, epoch}`;

/** Where the topic stands (giving it an epoch if it has none yet, so a snapshot can name one). */
const POSITION = `${EPOCH_OF}
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return {tonumber(redis.call('HGET', KEYS[1], 'n') or '0'), epoch}`;

/** Position and kept events in one read. */
const REPLAY = `
local epoch = redis.call('HGET', KEYS[1], 'epoch')
if epoch == false then return {0, '', {}} end
return {tonumber(redis.call('HGET', KEYS[1], 'n') or '0'), epoch, redis.call('LRANGE', KEYS[2], 0, -1)}`;

const KEEP_MS = 60 * 60 * 1000;

export interface RedisCoordinationOptions {
  settings: RedisSettings;
  leaseMs: number;
  logger: Logger;
  /** Makes the two connections; tests wrap them to inject failures. */
  createClient?: (role: 'commands' | 'subscriber') => Redis;
}

export class RedisCoordination implements Coordination {
  readonly replicaId = randomUUID();
  readonly eventTarget: RedisEventTarget;
  readonly #commands: Redis;
  readonly #subscriber: Redis;
  /** Sequences while degraded: an epoch of this replica alone. */
  readonly #local = new LocalCoordination(`alone-${this.replicaId.slice(0, 8)}`);
  readonly #degradedListeners: ((degraded: boolean) => void)[] = [];
  readonly #resyncListeners: (() => void)[] = [];
  readonly #leaseMs: number;
  readonly #logger: Logger;
  readonly #where: string;
  readonly #probe: NodeJS.Timeout;
  /** Degraded until Redis has answered once. */
  #degraded = true;
  #reachedOnce = false;
  #checking = false;
  #closed = false;

  constructor(options: RedisCoordinationOptions) {
    this.#leaseMs = options.leaseMs;
    this.#logger = options.logger;
    this.#where = describeRedis(options.settings);
    const create = options.createClient ?? (() => connectRedisClient(options.settings));
    this.#commands = create('commands');
    this.#subscriber = create('subscriber');
    for (const client of [this.#commands, this.#subscriber]) {
      client.on('error', () => undefined); // reported once through the degraded state, not per retry
      client.on('ready', () => void this.#check());
      for (const lost of ['close', 'reconnecting', 'end']) client.on(lost, () => this.#fault(new Error(`connection to Redis ${lost === 'end' ? 'ended' : 'lost'}`)));
    }
    this.eventTarget = new RedisEventTarget(this.#commands, this.#subscriber, this.replicaId, () => !this.#degraded, (err) => this.#fault(err));
    // A stalled Redis keeps its connections open: only a command that does not answer tells.
    const every = Math.max(100, Math.floor(options.settings.commandTimeoutMs / 2));
    this.#probe = setInterval(() => void this.#check(), every);
    this.#probe.unref();
  }

  /** Resolves once Redis answers on both connections (or rejects after `timeoutMs`). */
  async ready(timeoutMs = 5_000): Promise<void> {
    if (!this.#degraded) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Redis (${this.#where}) did not answer within ${timeoutMs} ms`)), timeoutMs);
      timer.unref();
      this.#degradedListeners.push((degraded) => {
        if (degraded) return;
        clearTimeout(timer);
        resolve();
      });
    });
  }

  get degraded(): boolean {
    return this.#degraded;
  }

  onDegraded(listener: (degraded: boolean) => void): void {
    this.#degradedListeners.push(listener);
  }

  onResync(listener: () => void): void {
    this.#resyncListeners.push(listener);
  }

  /** Healthy: both connections answer a PING. Degraded: both ready again, topics subscribed again and answering. */
  async #check(): Promise<void> {
    if (this.#checking || this.#closed) return;
    this.#checking = true;
    try {
      if (this.#commands.status !== 'ready' || this.#subscriber.status !== 'ready') return;
      if (this.#degraded) await this.eventTarget.resubscribe();
      await Promise.all([this.#commands.ping(), this.#subscriber.ping()]);
      this.#setDegraded(false);
    } catch (err) {
      this.#fault(err);
    } finally {
      this.#checking = false;
    }
  }

  #fault(err: unknown): void {
    if (this.#degraded || this.#closed) return;
    this.#logger.warn({ msg: 'Redis unreachable: live updates degrade to this replica alone until it returns', redis: this.#where, error: (err as Error)?.message ?? String(err) });
    this.#setDegraded(true);
  }

  #setDegraded(degraded: boolean): void {
    if (degraded === this.#degraded || this.#closed) return;
    this.#degraded = degraded;
    if (!degraded) {
      if (this.#reachedOnce) this.#logger.info({ msg: 'Redis reachable again: live updates are shared across replicas', redis: this.#where });
      this.#reachedOnce = true;
    }
    for (const l of [...this.#degradedListeners]) l(degraded);
    // Back from working alone: events of other replicas may have been missed in the meantime.
    if (!degraded) for (const l of this.#resyncListeners) l();
  }

  async claim(topics: readonly string[]): Promise<Set<string>> {
    if (topics.length === 0) return new Set();
    if (this.#degraded) return new Set(topics);
    try {
      const held = (await this.#commands.eval(CLAIM, topics.length, ...topics.map((t) => `lease|${t}`), this.replicaId, String(this.#leaseMs))) as number[];
      return new Set(topics.filter((_, i) => held[i] === 1));
    } catch (err) {
      this.#fault(err);
      return new Set(topics);
    }
  }

  async release(topics: readonly string[]): Promise<void> {
    if (topics.length === 0 || this.#degraded) return;
    try {
      await this.#commands.eval(RELEASE, topics.length, ...topics.map((t) => `lease|${t}`), this.replicaId);
    } catch {
      // An unreleased lease expires on its own within leaseMs.
    }
  }

  async sequence<T>(topic: string, payload: T): Promise<SequencedEvent<T>> {
    if (!this.#degraded) {
      try {
        const [sequence, epoch] = (await this.#commands.eval(SEQUENCE, 2, `seq|${topic}`, `kept|${topic}`, newEpoch(), JSON.stringify(payload ?? null), String(REPLAY_DEPTH), String(KEEP_MS))) as [number, string];
        return { sequence, epoch, payload };
      } catch (err) {
        this.#fault(err);
      }
    }
    return this.#local.sequenceNow(topic, payload);
  }

  async position(topic: string): Promise<StreamPosition> {
    if (this.#degraded) return this.#local.positionNow(topic);
    try {
      const [sequence, epoch] = (await this.#commands.eval(POSITION, 1, `seq|${topic}`, newEpoch(), String(KEEP_MS))) as [number, string];
      return { sequence, epoch };
    } catch (err) {
      this.#fault(err);
      return this.#local.positionNow(topic);
    }
  }

  async replay<T>(topic: string, after: number, epoch: string): Promise<SequencedEvent<T>[] | undefined> {
    if (this.#degraded || epoch === this.#local.epoch) return this.#local.replayNow<T>(topic, after, epoch);
    try {
      const [last, current, kept] = (await this.#commands.eval(REPLAY, 2, `seq|${topic}`, `kept|${topic}`)) as [number, string, string[]];
      if (current !== epoch) return undefined;
      return selectAfter(
        kept.map((k) => JSON.parse(k) as SequencedEvent<T>),
        last,
        after,
      );
    } catch (err) {
      this.#fault(err);
      return undefined;
    }
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearInterval(this.#probe);
    this.#commands.disconnect();
    this.#subscriber.disconnect();
  }
}
