/**
 * Topic pub/sub between pollers and subscribers. Subscribers listen from the moment they ask
 * (nothing published after `listen` is lost) and read at their own pace from a buffer. Local
 * listeners of a topic share one listener on the EventTarget, so a distributed EventTarget
 * (Redis) carries each event once per replica, not once per subscriber.
 */
export interface Listener<T> extends AsyncIterableIterator<T> {
  close(): void;
}

export interface LiveBus {
  publish(topic: string, payload: unknown): void;
  /** Hands a payload to this replica's listeners of the topic only (nothing goes to other replicas). */
  deliver(topic: string, payload: unknown): void;
  listen<T>(topic: string): Listener<T>;
  /** Calls `fn` with every event of the topic until the returned function is called. */
  subscribe<T>(topic: string, fn: (payload: T) => void): () => void;
  /**
   * Changes whenever an event of the topic reaches this replica's listeners (or the topic gains its
   * first listener again); undefined while it has none. Equal marks: nothing arrived in between.
   */
  mark(topic: string): number | undefined;
  /** Topics with at least one local listener. */
  readonly topics: number;
  topicNames(): string[];
}

/** How many undelivered events a slow subscriber may hold before the oldest are dropped. */
const MAX_BUFFERED = 1_000;

interface Sink {
  push(value: unknown): void;
}

class QueueListener<T> implements Listener<T> {
  #buffer: T[] = [];
  #waiting: ((r: IteratorResult<T>) => void) | undefined;
  #closed = false;

  constructor(private readonly onClose: () => void) {}

  push(value: T): void {
    if (this.#closed) return;
    if (this.#waiting) {
      const resolve = this.#waiting;
      this.#waiting = undefined;
      resolve({ value, done: false });
      return;
    }
    this.#buffer.push(value);
    if (this.#buffer.length > MAX_BUFFERED) this.#buffer.shift();
  }

  next(): Promise<IteratorResult<T>> {
    if (this.#buffer.length > 0) return Promise.resolve({ value: this.#buffer.shift()!, done: false });
    if (this.#closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.#waiting = resolve));
  }

  return(): Promise<IteratorResult<T>> {
    this.close();
    return Promise.resolve({ value: undefined, done: true });
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#buffer = [];
    this.#waiting?.({ value: undefined, done: true });
    this.#waiting = undefined;
    this.onClose();
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

export function createLiveBus(eventTarget: EventTarget = new EventTarget()): LiveBus {
  const local = new Map<string, { sinks: Set<Sink>; relay: (e: Event) => void; mark: number }>();
  let marks = 0;
  const attach = (topic: string, sink: Sink): (() => void) => {
    let entry = local.get(topic);
    if (!entry) {
      const sinks = new Set<Sink>();
      const relay = (e: Event) => {
        const payload = (e as CustomEvent).detail;
        created.mark = ++marks;
        for (const s of sinks) s.push(payload);
      };
      const created = { sinks, relay, mark: ++marks };
      entry = created;
      local.set(topic, entry);
      eventTarget.addEventListener(topic, relay);
    }
    const { sinks, relay } = entry;
    sinks.add(sink);
    return () => {
      sinks.delete(sink);
      if (sinks.size === 0 && local.get(topic)?.sinks === sinks) {
        eventTarget.removeEventListener(topic, relay);
        local.delete(topic);
      }
    };
  };
  return {
    publish(topic, payload) {
      eventTarget.dispatchEvent(new CustomEvent(topic, { detail: payload }));
    },
    deliver(topic, payload) {
      for (const s of [...(local.get(topic)?.sinks ?? [])]) s.push(payload);
    },
    listen<T>(topic: string): Listener<T> {
      let detach: () => void = () => undefined;
      const listener = new QueueListener<T>(() => detach());
      detach = attach(topic, listener as Sink);
      return listener;
    },
    subscribe<T>(topic: string, fn: (payload: T) => void): () => void {
      return attach(topic, { push: (v) => fn(v as T) });
    },
    mark(topic) {
      return local.get(topic)?.mark;
    },
    get topics() {
      return local.size;
    },
    topicNames() {
      return [...local.keys()];
    },
  };
}
