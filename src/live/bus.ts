/**
 * Topic pub/sub between pollers and subscribers: one shared stream per topic, fanned out to its
 * receivers. A topic has one listener on the EventTarget whatever the number of its local receivers,
 * so a distributed EventTarget (Redis) carries each event once per replica, not once per subscriber;
 * a receiver is a compact record (a subscriber's stream, a registry watch) with a `receive` method.
 */
import type { Topic } from './topics.js';
import { RelayedStream, type LiveStream } from './streams.js';

export interface Receiver<E> {
  receive(event: E): void;
}

export interface LiveBus {
  publish<E>(topic: Topic<E>, payload: E): void;
  /** Hands a payload to this replica's receivers of the topic only (nothing goes to other replicas). */
  deliver<E>(topic: Topic<E>, payload: E): void;
  /** Hands `receiver` every event of the topic from now on, until it leaves. */
  join<E>(topic: Topic<E>, receiver: Receiver<E>): void;
  leave<E>(topic: Topic<E>, receiver: Receiver<E>): void;
  /** The topic's events from now on (nothing published after `listen` is lost), until the stream is returned. */
  listen<E>(topic: Topic<E>): LiveStream<E>;
  /**
   * Changes whenever an event of the topic reaches this replica's receivers (or the topic gains its
   * first receiver again); undefined while it has none. Equal marks: nothing arrived in between.
   */
  mark(topic: string): number | undefined;
  /** Topics with at least one local receiver. */
  readonly topics: number;
  topicNames(): Topic<unknown>[];
}

interface Channel {
  receivers: Set<Receiver<unknown>>;
  relay: (e: Event) => void;
  mark: number;
}

export function createLiveBus(eventTarget: EventTarget = new EventTarget()): LiveBus {
  const channels = new Map<string, Channel>();
  let marks = 0;
  const fanOut = (channel: Channel, payload: unknown) => {
    channel.mark = ++marks;
    for (const r of channel.receivers) r.receive(payload);
  };
  const bus: LiveBus = {
    publish(topic, payload) {
      eventTarget.dispatchEvent(new CustomEvent(topic, { detail: payload }));
    },
    deliver(topic, payload) {
      const channel = channels.get(topic);
      // A receiver may leave while it receives: the others still get the event.
      if (channel) for (const r of [...channel.receivers]) r.receive(payload);
    },
    join(topic, receiver) {
      let channel = channels.get(topic);
      if (!channel) {
        const created: Channel = { receivers: new Set(), relay: (e) => fanOut(created, (e as CustomEvent).detail), mark: ++marks };
        channel = created;
        channels.set(topic, channel);
        eventTarget.addEventListener(topic, channel.relay);
      }
      channel.receivers.add(receiver as Receiver<unknown>);
    },
    leave(topic, receiver) {
      const channel = channels.get(topic);
      if (!channel?.receivers.delete(receiver as Receiver<unknown>) || channel.receivers.size > 0) return;
      eventTarget.removeEventListener(topic, channel.relay);
      channels.delete(topic);
    },
    listen<E>(topic: Topic<E>): LiveStream<E> {
      const stream = new RelayedStream<E>(topic);
      bus.join(topic, stream);
      stream.begin((s) => bus.leave(s.topic, s));
      return stream;
    },
    mark(topic) {
      return channels.get(topic)?.mark;
    },
    get topics() {
      return channels.size;
    },
    topicNames() {
      return [...channels.keys()] as Topic<unknown>[];
    },
  };
  return bus;
}
