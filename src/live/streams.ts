/**
 * Subscribers' streams. Each subscriber is one compact record that its topic's shared stream hands
 * every event to (`receive`); the record reconciles the event with what this subscriber has been
 * told and passes on what is news to the transport, which reads the record itself as an async
 * iterator. Events that arrive while the subscriber is still being checked wait until it begins;
 * what arrives before the transport reads waits in the record's queue.
 */
import { isJobFinished, jobAdvance } from '../upstream/job-vocabulary.js';
import type { SequencedEvent, StreamPosition } from './coordination.js';
import { LiveFailureNotice, type InstanceEvent, type LiveFailure, type PollEvent, type RegistryWatchEvent, type StreamItem } from './events.js';
import { microserviceInstanceFromFind, type InstanceEventModel } from '../loaders/models.js';
import type { Receiver } from './bus.js';
import type { Topic } from './topics.js';
import type * as Cas from '../wire/cas.js';
import type * as Cse from '../wire/cse.js';

/** How many undelivered items a slow reader may hold before the oldest are dropped. */
export const MAX_BUFFERED = 1_000;

/** A subscriber going: the topic it receives, and its place in the poller or watch it joined. */
export interface Departing extends Receiver<unknown> {
  readonly topic: Topic<unknown>;
  readonly member: number;
}

/** What a subscriber leaves when it goes: one function for all subscribers of a kind. */
export type Departure = (stream: Departing) => void;

/** What a subscriber's transport reads: an async iterator it may return (the subscriber then leaves). */
export interface LiveStream<T> extends AsyncIterableIterator<T> {
  return(): Promise<IteratorResult<T>>;
}

/**
 * Base of every subscriber record, and the stream its transport reads: `receive` (from the topic)
 * and `begin` (once checked) feed `accept`; `emit` and `end` talk to the reader. The record is its
 * own async iterator (a queue of at most MAX_BUFFERED unread items, the oldest dropped first, and
 * the reader waiting for the next), so a subscriber costs one object, not a Repeater with its
 * executor, buffer and callbacks. Leaving (the reader returned the stream, or the stream ended)
 * happens once, whether or not the stream was ever read.
 */
export abstract class SubscriberStream<E, T> implements Receiver<E>, LiveStream<T> {
  /** Its place in the poller or registry watch it joined (0: none). */
  member = 0;
  #waiting: E[] | undefined = [];
  #unread: T[] | undefined;
  #reader: ((step: IteratorResult<T>) => void) | undefined;
  #ended = false;
  #left = false;
  #departure: Departure | undefined;

  constructor(readonly topic: Topic<E>) {}

  receive(event: E): void {
    if (this.#ended) return;
    if (!this.#waiting) return this.accept(event);
    this.#waiting.push(event);
    if (this.#waiting.length > MAX_BUFFERED) this.#waiting.shift();
  }

  /** Checked: what arrived meanwhile is taken in order; `departure` is called once when the subscriber goes. */
  begin(departure: Departure): void {
    this.#departure = departure;
    const waiting = this.#waiting ?? [];
    this.#waiting = undefined;
    for (const event of waiting) if (!this.#ended) this.accept(event);
    // Ended while it started (a job already finished): it goes now.
    if (this.#ended) this.leave();
  }

  protected abstract accept(event: E): void;

  protected emit(item: T): void {
    if (this.#ended) return;
    const reader = this.#reader;
    if (reader) {
      this.#reader = undefined;
      return reader({ value: item, done: false });
    }
    const unread = (this.#unread ??= []);
    unread.push(item);
    if (unread.length > MAX_BUFFERED) unread.shift();
  }

  /** Nothing more to tell: the reader gets what is buffered, then the end; the subscriber leaves its topic. */
  protected end(): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#settle();
    // After the event being handed out has reached the topic's other receivers.
    if (this.#departure) queueMicrotask(() => this.leave());
  }

  leave(): void {
    this.#ended = true;
    if (this.#left) return;
    this.#left = true;
    const departure = this.#departure;
    this.#departure = undefined;
    departure?.(this);
  }

  next(): Promise<IteratorResult<T>> {
    const unread = this.#unread;
    if (unread?.length) {
      const value = unread.shift()!;
      // An emptied queue goes: most subscribers never have one waiting, and it would be kept for good.
      if (unread.length === 0) this.#unread = undefined;
      return Promise.resolve({ value, done: false });
    }
    if (this.#ended) return Promise.resolve({ value: undefined, done: true });
    // One reader at a time (transports read a stream in order); a second one would wait for the end.
    if (this.#reader) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.#reader = resolve));
  }

  /** The reader is done with the stream (the client completed, or went away): it leaves. */
  return(): Promise<IteratorResult<T>> {
    this.#unread = undefined;
    this.leave();
    this.#settle();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<T>> {
    void this.return();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** The waiting reader learns of the end once nothing is left to read. */
  #settle(): void {
    const reader = this.#reader;
    if (!reader || this.#unread?.length) return;
    this.#reader = undefined;
    reader({ value: undefined, done: true });
  }
}

/**
 * What subscribers are handed is one object per event, whatever their number, so that identical
 * subscribers execute it once (src/live/shared-results.ts recognises events by identity).
 */
const notices = new WeakMap<LiveFailure, LiveFailureNotice>();
function noticeOf(failure: LiveFailure): LiveFailureNotice {
  let notice = notices.get(failure);
  if (!notice) notices.set(failure, (notice = new LiveFailureNotice(failure)));
  return notice;
}

/** Every event of the topic as it comes. */
export class RelayedStream<E> extends SubscriberStream<E, E> {
  protected accept(event: E): void {
    this.emit(event);
  }
}

/** A component instance's state changes that subscribers are told about: its version and status details. */
export const instanceFingerprint = (i: Cas.InstanceDetail): string => JSON.stringify([i.version, i.status_detail]);

/** A polled thing's stream: its state as checked with the subscriber's own credentials, then its changes. */
export abstract class PolledStream<V, T> extends SubscriberStream<SequencedEvent<PollEvent<V>>, StreamItem<T>> {
  /** Checked: the first item, then what the topic brought meanwhile. */
  abstract start(initial: V, departure: Departure): void;
}

/** A job's progress: only states ahead of the last one told (a poll that raced a read is not news); ends once finished or gone. */
export class JobStream extends PolledStream<Cas.JobDetail, Cas.JobDetail> {
  #advance = -1;
  #jobId = '';

  start(initial: Cas.JobDetail, departure: Departure): void {
    this.#jobId = initial.job.JOB_ID;
    this.#tell(initial);
    this.begin(departure);
  }

  protected accept({ payload: e }: SequencedEvent<PollEvent<Cas.JobDetail>>): void {
    if (e.kind === 'failure') return this.emit(noticeOf(e.failure));
    if (e.kind === 'gone') {
      this.emit(new LiveFailureNotice({ code: 'NOT_FOUND', message: `Job ${this.#jobId} no longer exists.` }));
      return this.end();
    }
    if (jobAdvance(e.value) > this.#advance) this.#tell(e.value);
  }

  #tell(job: Cas.JobDetail): void {
    this.#advance = jobAdvance(job);
    this.emit(job);
    if (isJobFinished(job.job.EXECUTION_STATUS)) this.end();
  }
}

type InstanceItem = Cas.InstanceDetail & { application_id: string; component_id: string };

/** A polled instance state belongs to one topic (one application and component): one item per state. */
const instanceItems = new WeakMap<Cas.InstanceDetail, InstanceItem>();

/** A component instance's status: each change of version or status details; completes when it is deleted. */
export class InstanceStream extends PolledStream<Cas.InstanceDetail, InstanceItem> {
  #fingerprint = '';

  constructor(
    topic: Topic<SequencedEvent<PollEvent<Cas.InstanceDetail>>>,
    private readonly applicationId: string,
    private readonly componentId: string,
  ) {
    super(topic);
  }

  start(initial: Cas.InstanceDetail, departure: Departure): void {
    this.#tell(initial);
    this.begin(departure);
  }

  protected accept({ payload: e }: SequencedEvent<PollEvent<Cas.InstanceDetail>>): void {
    if (e.kind === 'failure') return this.emit(noticeOf(e.failure));
    if (e.kind === 'gone') return this.end();
    if (instanceFingerprint(e.value) !== this.#fingerprint) this.#tell(e.value);
  }

  #tell(instance: Cas.InstanceDetail): void {
    this.#fingerprint = instanceFingerprint(instance);
    let item = instanceItems.get(instance);
    if (!item) instanceItems.set(instance, (item = { ...instance, application_id: this.applicationId, component_id: this.componentId }));
    this.emit(item);
  }
}

const instanceKeyOf = (i: Cse.MicroServiceInstance) => `${i.serviceId}/${i.instanceId}`;

/**
 * The last model made of a registry instance object, and what it told (type, previous status,
 * position): a live event's instance is one object for all its subscribers, a burst's snapshot too.
 * One slot per object, so a long-lived instance keeps one model, however many positions it was told at.
 */
const eventModels = new WeakMap<Cse.MicroServiceInstance, { key: string; model: InstanceEventModel }>();
function eventModelOf({ instance, ...event }: InstanceEvent, sequence: number, epoch: string): InstanceEventModel {
  const key = JSON.stringify([event.type, event.previousStatus ?? null, sequence, epoch]);
  const last = eventModels.get(instance);
  if (last?.key === key) return last.model;
  const model = { ...event, instance: microserviceInstanceFromFind(instance), sequence, epoch };
  eventModels.set(instance, { key, model });
  return model;
}

/** Where a registry stream starts. */
export interface RegistryStart {
  /** The instances now (CURRENT events), unless the subscriber resumes. */
  current: Cse.MicroServiceInstance[];
  /** Where the stream stood before the snapshot was read: CURRENT events carry it; live events follow it. */
  position: StreamPosition;
  /** Events to replay first when resuming. */
  replay: SequencedEvent<RegistryWatchEvent>[];
  /** Resuming: the events themselves are the truth; no snapshot to reconcile them with. */
  resumed: boolean;
}

/** Whether a fresh stream's snapshot already shows what the event says (the event raced the subscriber's read). */
function alreadyKnown(event: InstanceEvent, before: Cse.MicroServiceInstance | undefined): boolean {
  if (event.type === 'HEARTBEAT_LOST' || event.type === 'DEREGISTERED') return !before;
  if (!before || before.timestamp !== event.instance.timestamp) return false;
  if (event.type === 'REGISTERED') return true;
  if (event.type === 'STATUS_CHANGED') return before.status === event.instance.status;
  return JSON.stringify(before.properties ?? {}) === JSON.stringify(event.instance.properties ?? {});
}

/**
 * A registry watch's instance events, positioned in the topic's stream: CURRENT events first (or the
 * replay when resuming), then each change once and in order, never repeating or contradicting what
 * this subscriber has been told, and the whole set again after a resynchronisation.
 */
export class RegistryStream extends SubscriberStream<SequencedEvent<RegistryWatchEvent>, StreamItem<InstanceEventModel>> {
  #epoch = '';
  #last = 0;
  /** Reconcile events with a snapshot (it may already show them) until the stream resumes from events alone. */
  #reconcile = true;
  /** What this subscriber has been told, so a watch it joined late never repeats or contradicts it. */
  #known = new Map<string, Cse.MicroServiceInstance>();

  start(start: RegistryStart, departure: Departure): void {
    ({ epoch: this.#epoch, sequence: this.#last } = start.position);
    this.#reconcile = !start.resumed;
    for (const instance of start.current) this.#tell({ type: 'CURRENT', instance }, this.#last);
    for (const event of start.replay) this.accept(event);
    this.begin(departure);
  }

  protected accept({ sequence, epoch, payload: e }: SequencedEvent<RegistryWatchEvent>): void {
    if (e.kind === 'failure') return this.emit(noticeOf(e.failure));
    if (e.kind === 'resync') {
      // The replica may have missed events: the subscriber gets the whole set again, in the stream's epoch now.
      this.#epoch = epoch;
      this.#last = sequence;
      const fresh = new Map(e.instances.map((i) => [instanceKeyOf(i), i]));
      for (const [k, gone] of this.#known) if (!fresh.has(k)) this.#emit({ type: 'HEARTBEAT_LOST', instance: gone }, sequence);
      this.#known = new Map();
      for (const instance of e.instances) this.#tell({ type: 'CURRENT', instance }, sequence);
      this.#reconcile = true;
      return;
    }
    // Replayed and live events overlap when resuming; each is delivered once, in order. An event
    // of another epoch is never taken for one already seen: its counter started again.
    if (epoch === this.#epoch && sequence <= this.#last) return;
    this.#epoch = epoch;
    this.#last = sequence;
    const { event } = e;
    if (this.#reconcile && alreadyKnown(event, this.#known.get(instanceKeyOf(event.instance)))) return;
    this.#tell(event, sequence);
  }

  #tell(event: InstanceEvent, sequence: number): void {
    const k = instanceKeyOf(event.instance);
    if (event.type === 'HEARTBEAT_LOST' || event.type === 'DEREGISTERED') this.#known.delete(k);
    else this.#known.set(k, event.instance);
    this.#emit(event, sequence);
  }

  #emit(event: InstanceEvent, sequence: number): void {
    this.emit(eventModelOf(event, sequence, this.#epoch));
  }
}
