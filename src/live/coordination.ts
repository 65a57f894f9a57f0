/**
 * What replicas share. Alone (the default), everything is local. With Redis: events travel through
 * Redis pub/sub, each poll topic has a lease so one replica polls it for the whole cluster, and
 * every topic has a cluster-wide sequence with the recent events kept for a subscriber to resume.
 *
 * Sequences count within an epoch: one run of the counter (a Redis that came back empty starts a
 * new one, and so does a replica working alone). A sequence compares only with one of its epoch.
 */
import { randomUUID } from 'node:crypto';

export interface SequencedEvent<T = unknown> {
  /** Position in the topic's stream within `epoch`, from 1 (0: not sequenced, e.g. a notice). */
  sequence: number;
  /** The run of the counter that gave `sequence`. */
  epoch: string;
  payload: T;
}

/** Where a topic's stream stands. */
export interface StreamPosition {
  epoch: string;
  sequence: number;
}

export interface Coordination {
  /** The event target the bus publishes on. */
  readonly eventTarget: EventTarget;
  /** Asks for, or renews, the leases of these topics; answers those this replica may poll now. */
  claim(topics: readonly string[]): Promise<Set<string>>;
  release(topics: readonly string[]): Promise<void>;
  /** Gives the next sequence number of a topic and keeps the event for resumption. */
  sequence<T>(topic: string, payload: T): Promise<SequencedEvent<T>>;
  /** The last position given in a topic (sequence 0 for none). */
  position(topic: string): Promise<StreamPosition>;
  /**
   * Events of a topic after `after` in `epoch`, oldest first; undefined when they are no longer
   * kept or `epoch` is not the current one (then only a fresh snapshot tells the truth).
   */
  replay<T>(topic: string, after: number, epoch: string): Promise<SequencedEvent<T>[] | undefined>;
  /** True while the shared store is unreachable: this replica then polls on its own. */
  readonly degraded: boolean;
  onDegraded(listener: (degraded: boolean) => void): void;
  /** Called when the replica may have missed events (back from degraded, or a new epoch): streams resynchronise. */
  onResync(listener: () => void): void;
  close(): Promise<void>;
}

/** How many events of a topic are kept for resumption. */
export const REPLAY_DEPTH = 200;

/** A short random run id. */
export const newEpoch = (): string => randomUUID().slice(0, 8);

/** One process: local events, every lease granted, sequences and replay in memory, one epoch per run. */
export class LocalCoordination implements Coordination {
  readonly eventTarget = new EventTarget();
  readonly degraded = false;
  readonly #sequences = new Map<string, number>();
  readonly #kept = new Map<string, SequencedEvent[]>();

  constructor(readonly epoch: string = newEpoch()) {}

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
  sequenceNow<T>(topic: string, payload: T): SequencedEvent<T> {
    const sequence = (this.#sequences.get(topic) ?? 0) + 1;
    this.#sequences.set(topic, sequence);
    const event = { sequence, epoch: this.epoch, payload };
    const kept = this.#kept.get(topic) ?? [];
    kept.push(event);
    if (kept.length > REPLAY_DEPTH) kept.shift();
    this.#kept.set(topic, kept);
    return event;
  }

  positionNow(topic: string): StreamPosition {
    return { epoch: this.epoch, sequence: this.#sequences.get(topic) ?? 0 };
  }

  position(topic: string): Promise<StreamPosition> {
    return Promise.resolve(this.positionNow(topic));
  }

  replayNow<T>(topic: string, after: number, epoch: string): SequencedEvent<T>[] | undefined {
    if (epoch !== this.epoch) return undefined;
    const kept = (this.#kept.get(topic) ?? []) as SequencedEvent<T>[];
    return selectAfter(kept, this.#sequences.get(topic) ?? 0, after);
  }

  replay<T>(topic: string, after: number, epoch: string): Promise<SequencedEvent<T>[] | undefined> {
    return Promise.resolve(this.replayNow<T>(topic, after, epoch));
  }

  onDegraded(): void {}

  onResync(): void {}

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/** The kept events after `after`; undefined when one in between is no longer kept or `after` is beyond the stream. */
export function selectAfter<T>(kept: SequencedEvent<T>[], last: number, after: number): SequencedEvent<T>[] | undefined {
  if (after === last) return [];
  // Beyond the last sequence given: a position from a counter that has since been reset.
  if (after > last) return undefined;
  // The oldest kept event must follow `after` directly, or something in between is lost.
  if (kept.length === 0 || kept[0]!.sequence > after + 1) return undefined;
  return kept.filter((e) => e.sequence > after);
}
