/** Real subscription clients for tests: graphql-ws over a WebSocket, graphql-sse, and yoga's plain SSE. */
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { createClient as createSseClient } from 'graphql-sse';
import WebSocket from 'ws';
import { expect } from 'vitest';
import type { Answered, TestStack, TypedDocument } from './gateway.js';
import { sseEvents } from './sse.js';

/** One result of a subscription: typed by its document (`graphql(\`subscription Name …\`)`), loosely for a plain string. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the default of a subscription sent as a plain string (not yet a typed document)
export interface Received<D = any> {
  data?: D;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** The data of a result that must have come and have no errors, typed as `Answered`. */
export function dataOf<D>(result: Received<D> | undefined): Answered<D> {
  expect(result, 'the stream ended before this result').toBeDefined();
  expect(result!.errors, JSON.stringify(result!.errors)).toBeUndefined();
  return result!.data as Answered<D>;
}

/** A subscription document: a typed one (its results typed), or a plain string. */
type Subscription<R, V> = TypedDocument<R, V> | string;

/** How a test subscribes over one transport: typed by a document, loosely by a plain string. */
export interface Subscriber<Via> {
  <R, V>(via: Via, document: TypedDocument<R, V>, variables?: V): Stream<R>;
  (via: Via, query: string, variables?: Record<string, unknown>): Stream;
}

/**
 * A subscription's results as they arrive: `next()` waits on a deferred for the next one,
 * `done` settles when the server completes the stream (or rejects with its error).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see Received
export class Stream<D = any> {
  readonly results: Received<D>[] = [];
  #waiters: ((r: Received<D> | undefined) => void)[] = [];
  #ended = false;
  error: unknown;
  readonly done: Promise<void>;

  constructor(source: AsyncIterable<Received<D>>, private readonly cancel: () => void) {
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
  async at(n: number): Promise<Received<D> | undefined> {
    while (this.results.length <= n) {
      if (this.#ended) return undefined;
      await new Promise<Received<D> | undefined>((resolve) => this.#waiters.push(resolve));
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

export const wsSubscribe: Subscriber<WsClient> = <R, V>(client: WsClient, query: Subscription<R, V>, variables?: V): Stream<R> => {
  const iterator = client.iterate({ query: query.toString(), variables: variables as Record<string, unknown> | undefined });
  return new Stream(iterator as AsyncIterable<Received<R>>, () => void iterator.return?.());
};

/** graphql-sse in single connection mode (one stream, many operations), as an HTTP/1 browser would use it. */
export const sseSubscribe: Subscriber<TestStack> = <R, V>(stack: TestStack, query: Subscription<R, V>, variables?: V): Stream<R> => {
  const client = createSseClient({
    url: stack.gateway.url + '/stream',
    singleConnection: true,
    retryAttempts: 0,
    headers: { authorization: `Bearer ${stack.emu.token}` },
  });
  const iterator = client.iterate({ query: query.toString(), variables: variables as Record<string, unknown> | undefined });
  return new Stream(iterator as AsyncIterable<Received<R>>, () => {
    void iterator.return?.();
    client.dispose();
  });
};

/** Yoga's built-in SSE: POST with Accept: text/event-stream, one operation per request. */
export const plainSseSubscribe: Subscriber<TestStack> = <R, V>(stack: TestStack, query: Subscription<R, V>, variables?: V): Stream<R> => {
  const abort = new AbortController();
  async function* read(): AsyncGenerator<Received<R>> {
    const res = await fetch(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${stack.emu.token}` },
      body: JSON.stringify({ query: query.toString(), variables }),
      signal: abort.signal,
    });
    for await (const { event, data } of sseEvents(res.body!)) {
      if (event === 'complete') return;
      if (event === 'next' && data) yield JSON.parse(data) as Received<R>;
    }
  }
  return new Stream(read(), () => abort.abort());
};
