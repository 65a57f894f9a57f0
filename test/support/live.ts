/** Real subscription clients for tests: graphql-ws over a WebSocket, graphql-sse, and yoga's plain SSE. */
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { createClient as createSseClient } from 'graphql-sse';
import WebSocket from 'ws';
import type { TestStack } from './gateway.js';
import { sseEvents } from './sse.js';

export interface Received {
  data?: any;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

/**
 * A subscription's results as they arrive: `next()` waits on a deferred for the next one,
 * `done` settles when the server completes the stream (or rejects with its error).
 */
export class Stream {
  readonly results: Received[] = [];
  #waiters: ((r: Received | undefined) => void)[] = [];
  #ended = false;
  error: unknown;
  readonly done: Promise<void>;

  constructor(source: AsyncIterable<Received>, private readonly cancel: () => void) {
    this.done = (async () => {
      try {
        for await (const r of source) {
          this.results.push(r);
          this.#waiters.shift()?.(r);
        }
      } catch (err) {
        this.error = err;
      } finally {
        this.#ended = true;
        for (const w of this.#waiters.splice(0)) w(undefined);
      }
    })();
  }

  /** The n-th result (0-based), once it has arrived; undefined if the stream ended first. */
  async at(n: number): Promise<Received | undefined> {
    while (this.results.length <= n) {
      if (this.#ended) return undefined;
      await new Promise<Received | undefined>((resolve) => this.#waiters.push(resolve));
    }
    return this.results[n];
  }

  get ended(): boolean {
    return this.#ended;
  }

  close(): void {
    this.cancel();
  }
}

export interface Credentials {
  token?: string;
  projectId?: string;
}

export function wsClient(stack: TestStack, credentials: Credentials = {}): WsClient {
  const token = credentials.token ?? stack.emu.token;
  return createWsClient({
    url: stack.gateway.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    lazy: true,
    retryAttempts: 0,
    connectionParams: { authorization: `Bearer ${token}`, ...(credentials.projectId && { 'x-project-id': credentials.projectId }) },
  });
}

export function wsSubscribe(client: WsClient, query: string, variables?: Record<string, unknown>): Stream {
  const iterator = client.iterate({ query, variables });
  return new Stream(iterator as AsyncIterable<Received>, () => void iterator.return?.());
}

/** graphql-sse in single connection mode (one stream, many operations), as an HTTP/1 browser would use it. */
export function sseSubscribe(stack: TestStack, query: string, variables?: Record<string, unknown>): Stream {
  const client = createSseClient({
    url: stack.gateway.url + '/stream',
    singleConnection: true,
    retryAttempts: 0,
    headers: { authorization: `Bearer ${stack.emu.token}` },
  });
  const iterator = client.iterate({ query, variables });
  return new Stream(iterator as AsyncIterable<Received>, () => {
    void iterator.return?.();
    client.dispose();
  });
}

/** Yoga's built-in SSE: POST with Accept: text/event-stream, one operation per request. */
export function plainSseSubscribe(stack: TestStack, query: string, variables?: Record<string, unknown>): Stream {
  const abort = new AbortController();
  async function* read(): AsyncGenerator<Received> {
    const res = await fetch(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${stack.emu.token}` },
      body: JSON.stringify({ query, variables }),
      signal: abort.signal,
    });
    for await (const { event, data } of sseEvents(res.body!)) {
      if (event === 'complete') return;
      if (event === 'next' && data) yield JSON.parse(data) as Received;
    }
  }
  return new Stream(read(), () => abort.abort());
}
