/**
 * Many graphql-ws subscriptions multiplexed over a modest number of WebSockets, each remembering
 * when its events arrived, so the subscription benchmark can read acknowledgement and delivery lag.
 */
import { performance } from 'node:perf_hooks';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface Subscriber {
  kind: 'job' | 'registry';
  /** performance.now() of each event, in order. */
  arrivals: number[];
  error?: unknown;
}

export interface SubscriptionSpec {
  kind: Subscriber['kind'];
  query: string;
  variables: Record<string, unknown>;
}

export class SubscriberPool {
  readonly subscribers: Subscriber[] = [];
  readonly #clients: Client[] = [];
  readonly #disposers: (() => void)[] = [];

  constructor(
    private readonly url: string,
    private readonly perSocket: number,
  ) {}

  /** Subscribes every spec, `perSocket` to a WebSocket, in chunks of `chunk`, each chunk waiting for its first events. */
  async subscribe(specs: SubscriptionSpec[], chunk: number, timeoutMs: number): Promise<void> {
    for (let start = 0; start < specs.length; start += chunk) {
      const added = specs.slice(start, start + chunk).map((spec) => this.#add(spec));
      await waitFor(() => added.every((s) => s.arrivals.length > 0 || s.error !== undefined), timeoutMs, 'first events');
    }
    const failed = this.subscribers.filter((s) => s.error !== undefined);
    if (failed.length > 0) throw new Error(`${failed.length} subscriptions failed, e.g. ${JSON.stringify(failed[0]!.error)}`);
  }

  #add(spec: SubscriptionSpec): Subscriber {
    const index = this.subscribers.length;
    if (index % this.perSocket === 0) {
      this.#clients.push(createClient({ url: this.url, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false, connectionParams: {} }));
    }
    const subscriber: Subscriber = { kind: spec.kind, arrivals: [] };
    this.subscribers.push(subscriber);
    const client = this.#clients[this.#clients.length - 1]!;
    this.#disposers.push(
      client.subscribe(
        { query: spec.query, variables: spec.variables },
        {
          next: (result) => {
            if (result.errors?.length) subscriber.error = result.errors;
            subscriber.arrivals.push(performance.now());
          },
          error: (err) => (subscriber.error = err instanceof Error ? err.message : err),
          complete: () => undefined,
        },
      ),
    );
    return subscriber;
  }

  async close(): Promise<void> {
    for (const dispose of this.#disposers) dispose();
    await Promise.all(this.#clients.map((c) => c.dispose()));
  }
}

export async function waitFor(done: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!done()) {
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
