/**
 * An EventTarget over Redis pub/sub that no Redis failure can break: listeners of this replica
 * hear its events at once (never through Redis), other replicas' events arrive from Redis, and
 * every subscribe, unsubscribe and publish that fails is reported (`onFault`) instead of thrown.
 * Topics are subscribed again by `resubscribe()` once the connection is back.
 */
import type { Redis } from 'ioredis';

type Callback = (event: Event) => void;

interface Envelope {
  /** The replica that published: it skips its own messages, having delivered them already. */
  from: string;
  detail: unknown;
}

export class RedisEventTarget implements EventTarget {
  readonly #callbacks = new Map<string, Map<EventListenerOrEventListenerObject, Callback>>();

  constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    private readonly replicaId: string,
    /** Whether to publish to Redis now (not while it is known to be away). */
    private readonly shared: () => boolean,
    private readonly onFault: (err: unknown) => void,
  ) {
    subscriber.on('message', (channel: string, message: string) => this.#onMessage(channel, message));
  }

  #onMessage(channel: string, message: string): void {
    const callbacks = this.#callbacks.get(channel);
    if (!callbacks) return;
    let envelope: Envelope;
    try {
      envelope = JSON.parse(message) as Envelope;
    } catch {
      return; // not ours: someone else published on the channel
    }
    if (envelope?.from === this.replicaId || typeof envelope?.from !== 'string') return;
    this.#deliver(channel, envelope.detail);
  }

  #deliver(topic: string, detail: unknown): void {
    const callbacks = this.#callbacks.get(topic);
    if (!callbacks) return;
    const event = new CustomEvent(topic, { detail });
    for (const cb of [...callbacks.values()]) cb(event);
  }

  addEventListener(topic: string, listener: EventListenerOrEventListenerObject | null): void {
    if (!listener) return;
    const cb: Callback = typeof listener === 'function' ? listener : (e) => listener.handleEvent(e);
    let callbacks = this.#callbacks.get(topic);
    if (!callbacks) {
      callbacks = new Map();
      this.#callbacks.set(topic, callbacks);
      this.#subscribe([topic]);
    }
    callbacks.set(listener, cb);
  }

  removeEventListener(topic: string, listener: EventListenerOrEventListenerObject | null): void {
    if (!listener) return;
    const callbacks = this.#callbacks.get(topic);
    if (!callbacks?.delete(listener) || callbacks.size > 0) return;
    this.#callbacks.delete(topic);
    // A failed unsubscribe leaves a channel whose messages find no listener: harmless.
    this.#guard(() => this.subscriber.unsubscribe(topic), false);
  }

  dispatchEvent(event: Event): boolean {
    const detail = (event as CustomEvent).detail;
    this.#deliver(event.type, detail);
    if (this.shared()) {
      const envelope: Envelope = { from: this.replicaId, detail: detail ?? null };
      this.#guard(() => this.publisher.publish(event.type, JSON.stringify(envelope)), true);
    }
    return true;
  }

  /** Subscribes every topic listened to again (after a reconnection); rejects if Redis does not answer. */
  async resubscribe(): Promise<void> {
    const topics = [...this.#callbacks.keys()];
    if (topics.length > 0) await this.subscriber.subscribe(...topics);
  }

  get topics(): number {
    return this.#callbacks.size;
  }

  #subscribe(topics: string[]): void {
    this.#guard(() => this.subscriber.subscribe(...topics), true);
  }

  /** Runs a Redis call that must never throw nor reject unhandled. */
  #guard(call: () => Promise<unknown>, report: boolean): void {
    try {
      call().catch((err: unknown) => report && this.onFault(err));
    } catch (err) {
      if (report) this.onFault(err);
    }
  }
}
