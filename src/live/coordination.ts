/**
 * What replicas share. Alone (the default), everything is local. With Redis: events travel through
 * Redis pub/sub, each poll topic has a lease so one replica polls it for the whole cluster, and
 * every topic has a cluster-wide sequence with the recent events kept for a subscriber to resume.
 */
export interface SequencedEvent<T = unknown> {
  /** Cluster-wide position in the topic's stream, from 1. */
  sequence: number;
  payload: T;
}

export interface Coordination {
  /** The event target the bus publishes on. */
  readonly eventTarget: EventTarget;
  /** Asks for, or renews, the leases of these topics; answers those this replica may poll now. */
  claim(topics: readonly string[]): Promise<Set<string>>;
  release(topics: readonly string[]): Promise<void>;
  /** Gives the next sequence number of a topic and keeps the event for resumption. */
  sequence<T>(topic: string, payload: T): Promise<SequencedEvent<T>>;
  /** The last sequence number given in a topic (0 for none). */
  lastSequence(topic: string): Promise<number>;
  /** Events of a topic after `after`, oldest first; undefined when they are no longer kept. */
  replay<T>(topic: string, after: number): Promise<SequencedEvent<T>[] | undefined>;
  /** True while the shared store is unreachable: this replica then polls on its own. */
  readonly degraded: boolean;
  onDegraded(listener: (degraded: boolean) => void): void;
  close(): Promise<void>;
}

/** How many events of a topic are kept for resumption. */
export const REPLAY_DEPTH = 200;

/** One process: local events, every lease granted, sequences and replay in memory. */
export class LocalCoordination implements Coordination {
  readonly eventTarget = new EventTarget();
  readonly degraded = false;
  readonly #sequences = new Map<string, number>();
  readonly #kept = new Map<string, SequencedEvent[]>();

  claim(topics: readonly string[]): Promise<Set<string>> {
    return Promise.resolve(new Set(topics));
  }

  release(): Promise<void> {
    return Promise.resolve();
  }

  sequence<T>(topic: string, payload: T): Promise<SequencedEvent<T>> {
    return Promise.resolve(this.sequenceNow(topic, payload));
  }

  /** Synchronous, for the Redis coordination's degraded mode too. */
  sequenceNow<T>(topic: string, payload: T, at?: number): SequencedEvent<T> {
    const sequence = at ?? (this.#sequences.get(topic) ?? 0) + 1;
    this.#sequences.set(topic, sequence);
    const event = { sequence, payload };
    const kept = this.#kept.get(topic) ?? [];
    kept.push(event);
    if (kept.length > REPLAY_DEPTH) kept.shift();
    this.#kept.set(topic, kept);
    return event;
  }

  lastSequence(topic: string): Promise<number> {
    return Promise.resolve(this.#sequences.get(topic) ?? 0);
  }

  replay<T>(topic: string, after: number): Promise<SequencedEvent<T>[] | undefined> {
    const kept = (this.#kept.get(topic) ?? []) as SequencedEvent<T>[];
    const last = this.#sequences.get(topic) ?? 0;
    if (after >= last) return Promise.resolve([]);
    // The oldest kept event must follow `after` directly, or something in between is lost.
    if (kept.length === 0 || kept[0]!.sequence > after + 1) return Promise.resolve(undefined);
    return Promise.resolve(kept.filter((e) => e.sequence > after));
  }

  onDegraded(): void {}

  close(): Promise<void> {
    return Promise.resolve();
  }
}
