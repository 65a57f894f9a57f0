/**
 * Replicas coordinated through Redis (ioredis): events through pub/sub
 * (@graphql-yoga/redis-event-target), poll leases with SET NX PX renewed by their holder, topic
 * sequences with INCR and the recent events in a capped list. While Redis is unreachable the
 * replica degrades to polling and publishing on its own, and comes back when Redis does.
 */
import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { LocalCoordination, REPLAY_DEPTH, type Coordination, type SequencedEvent } from './coordination.js';
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

/** INCR the topic's sequence, keep the event in its capped list; both expire when the topic goes quiet. */
const SEQUENCE = `
local seq = redis.call('INCR', KEYS[1])
redis.call('RPUSH', KEYS[2], '{"sequence":' .. seq .. ',"payload":' .. ARGV[1] .. '}')
redis.call('LTRIM', KEYS[2], -tonumber(ARGV[2]), -1)
redis.call('PEXPIRE', KEYS[1], ARGV[3])
redis.call('PEXPIRE', KEYS[2], ARGV[3])
return seq`;

const KEEP_MS = 60 * 60 * 1000;

export class RedisCoordination implements Coordination {
  readonly replicaId = randomUUID();
  readonly eventTarget: EventTarget;
  readonly #commands: Redis;
  readonly #subscriber: Redis;
  readonly #local = new LocalCoordination();
  readonly #listeners: ((degraded: boolean) => void)[] = [];
  readonly #localTarget = new EventTarget();
  #degraded = false;

  constructor(
    url: string,
    private readonly leaseMs: number,
    private readonly logger: Logger,
  ) {
    // No offline queue: a command while Redis is away fails at once, and the replica works alone.
    const options = { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false, retryStrategy: (n: number) => Math.min(n * 200, 2_000) };
    this.#commands = new Redis(url, options);
    this.#subscriber = new Redis(url, { ...options, enableOfflineQueue: true });
    for (const client of [this.#commands, this.#subscriber]) {
      client.on('error', () => undefined); // reported once through the degraded state, not per retry
      client.on('ready', () => this.#update());
      client.on('close', () => this.#update());
    }
    const shared = createRedisEventTarget({ publishClient: this.#commands, subscribeClient: this.#subscriber });
    const local = this.#localTarget;
    const degraded = () => this.#degraded;
    // Listeners hear both Redis and, while Redis is away, this replica's own events.
    this.eventTarget = {
      addEventListener(type: string, listener: EventListenerOrEventListenerObject | null) {
        shared.addEventListener(type, listener as never);
        local.addEventListener(type, listener);
      },
      removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null) {
        shared.removeEventListener(type, listener as never);
        local.removeEventListener(type, listener);
      },
      dispatchEvent(event: Event) {
        return degraded() ? local.dispatchEvent(event) : shared.dispatchEvent(event as never);
      },
    } as EventTarget;
  }

  /** Resolves once both connections are up (or rejects after `timeoutMs`). */
  async ready(timeoutMs = 5_000): Promise<void> {
    const up = (c: Redis) => c.status === 'ready' || new Promise<void>((resolve) => c.once('ready', () => resolve()));
    await Promise.race([
      Promise.all([up(this.#commands), up(this.#subscriber)]),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`Redis did not answer within ${timeoutMs} ms`)), timeoutMs).unref()),
    ]);
    this.#update();
  }

  get degraded(): boolean {
    return this.#degraded;
  }

  onDegraded(listener: (degraded: boolean) => void): void {
    this.#listeners.push(listener);
  }

  #update(): void {
    const degraded = this.#commands.status !== 'ready' || this.#subscriber.status !== 'ready';
    if (degraded === this.#degraded) return;
    this.#degraded = degraded;
    if (degraded) this.logger.warn({ msg: 'Redis unreachable: live updates degrade to this replica alone until it returns' });
    else this.logger.info({ msg: 'Redis reachable again: live updates are shared across replicas' });
    for (const l of this.#listeners) l(degraded);
  }

  async claim(topics: readonly string[]): Promise<Set<string>> {
    if (topics.length === 0) return new Set();
    if (this.#degraded) return new Set(topics);
    try {
      const held = (await this.#commands.eval(CLAIM, topics.length, ...topics.map((t) => `lease|${t}`), this.replicaId, String(this.leaseMs))) as number[];
      return new Set(topics.filter((_, i) => held[i] === 1));
    } catch {
      this.#update();
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
        const sequence = (await this.#commands.eval(SEQUENCE, 2, `seq|${topic}`, `kept|${topic}`, JSON.stringify(payload ?? null), String(REPLAY_DEPTH), String(KEEP_MS))) as number;
        return this.#local.sequenceNow(topic, payload, sequence);
      } catch {
        this.#update();
      }
    }
    return this.#local.sequenceNow(topic, payload);
  }

  async lastSequence(topic: string): Promise<number> {
    if (this.#degraded) return this.#local.lastSequence(topic);
    try {
      return Number((await this.#commands.get(`seq|${topic}`)) ?? 0);
    } catch {
      return this.#local.lastSequence(topic);
    }
  }

  async replay<T>(topic: string, after: number): Promise<SequencedEvent<T>[] | undefined> {
    if (this.#degraded) return this.#local.replay(topic, after);
    try {
      const [last, kept] = await Promise.all([this.lastSequence(topic), this.#commands.lrange(`kept|${topic}`, 0, -1)]);
      if (after >= last) return [];
      const events = kept.map((k) => JSON.parse(k) as SequencedEvent<T>);
      if (events.length === 0 || events[0]!.sequence > after + 1) return undefined;
      return events.filter((e) => e.sequence > after);
    } catch {
      return this.#local.replay(topic, after);
    }
  }

  async close(): Promise<void> {
    this.#commands.disconnect();
    this.#subscriber.disconnect();
  }
}
