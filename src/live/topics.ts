/**
 * Bus topics, named once: each builder gives a string that carries, in its type, the events
 * published on it, so a publisher and its listeners cannot disagree about them. The first segment
 * (`job`, `instance`, `registry`) names the kind of poll in traces.
 */
import type { SequencedEvent } from './coordination.js';
import type { PollEvent, RegistryWatchEvent } from './events.js';
import type { InstanceKey } from '../loaders/cas.js';
import type * as Cas from '../wire/cas.js';
import type * as Cse from '../wire/cse.js';

declare const carries: unique symbol;

/** A topic whose events are `E` (a phantom type: at run time it is the string). */
export type Topic<E> = string & { readonly [carries]?: E };

/** The event type a topic carries. */
export type EventOf<T> = T extends Topic<infer E> ? E : never;

/** What a registry watch finds: a service name in an application, with a version rule and an environment. */
export interface WatchKey {
  environment?: Cse.ServiceEnvironment;
  appId: string;
  serviceName: string;
  /** exact, latest, X+ or A-B (§5.18). */
  version: string;
}

// "" and development are different services on service-center: a watch of one never stands for the other.
export const watchKeyString = (k: WatchKey): string => JSON.stringify([k.environment ?? '', k.appId, k.serviceName, k.version]);

export type JobTopic = Topic<SequencedEvent<PollEvent<Cas.JobDetail>>>;
export type InstanceTopic = Topic<SequencedEvent<PollEvent<Cas.InstanceDetail>>>;
export type RegistryTopic = Topic<SequencedEvent<RegistryWatchEvent>>;

/** `scope` is whose data the topic shares (see liveScope in hub.ts). */
export const topics = {
  job: (scope: string, jobId: string) => `job|${scope}|${jobId}` as JobTopic,
  instance: (scope: string, key: InstanceKey) => `instance|${scope}|${key.applicationId}/${key.componentId}/${key.instanceId}` as InstanceTopic,
  registry: (scope: string, key: WatchKey) => `registry|${scope}|${watchKeyString(key)}` as RegistryTopic,
  /** A project's registry watcher, as traces and poll observers name it (nothing is published on it). */
  registryScope: (scope: string) => `registry:${scope}`,
};
