/**
 * What travels on the live bus, and what a subscriber's stream hands out. Failures are told in
 * upstream terms (`LiveFailure`); the subscription resolvers translate them for GraphQL.
 */
import { UpstreamError, type UpstreamFailureMeaning } from '../upstream/errors.js';
import type * as W from '../wire/cse.js';

/** What went wrong, in the upstream's terms, or a degraded replica. */
export type LiveFailureCode = UpstreamFailureMeaning | 'LIVE_DEGRADED';

export interface LiveFailure {
  message: string;
  code: LiveFailureCode;
}

export function failureOf(err: unknown): LiveFailure {
  if (err instanceof UpstreamError) return { message: err.message, code: err.meaning };
  return { message: (err as Error)?.message ?? String(err), code: 'UNKNOWN' };
}

/** A polled thing's news: its new state, its disappearance, or a failure that outlasted the grace period. */
export type PollEvent<V> = { kind: 'value'; value: V } | { kind: 'gone' } | { kind: 'failure'; failure: LiveFailure };

export type InstanceEventType = 'CURRENT' | 'REGISTERED' | 'STATUS_CHANGED' | 'PROPERTIES_CHANGED' | 'HEARTBEAT_LOST' | 'DEREGISTERED';

export interface InstanceEvent {
  type: InstanceEventType;
  instance: W.MicroServiceInstance;
  previousStatus?: W.InstanceStatus;
}

/** `rev` is the watch's registry revision after the change, so a replica that takes over continues from it. */
export type RegistryWatchEvent =
  | { kind: 'instance'; event: InstanceEvent; rev: string | undefined }
  | { kind: 'failure'; failure: LiveFailure }
  /** The whole set of instances now, when this replica may have missed events: streams start again from it. */
  | { kind: 'resync'; instances: W.MicroServiceInstance[] };

/** Delivered in a stream in place of a value: a failure that outlasted the grace period; the stream goes on. */
export class LiveFailureNotice {
  constructor(readonly failure: LiveFailure) {}
}

/** One item of a subscriber's stream. */
export type StreamItem<T> = T | LiveFailureNotice;
