/** One operation over each transport, as a raw client would send it: graphql-ws over WebSocket, and both SSE flavours. */
import WebSocket from 'ws';
import { sseEvents } from '../support/sse.js';

/** One result as the transport carried it; its data loosely typed, as the operations here are plain strings. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the default of an operation sent as a plain string
export interface Result<D = any> {
  data?: D;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export type WsOutcome =
  | { refused: true; status: number }
  | { refused: false; results: Result[]; closeCode?: number };

export interface WsOperation {
  origin?: string;
  connectionParams?: Record<string, unknown>;
  query: string;
  variables?: Record<string, unknown>;
  /** Results to wait for before unsubscribing (a subscription never completes by itself). */
  take?: number;
}

/** graphql-transport-ws by hand: the upgrade (with the Origin a browser would send), connection_init, one subscribe. */
export function wsOperation(gatewayUrl: string, op: WsOperation): Promise<WsOutcome> {
  const url = gatewayUrl.replace(/^http/, 'ws');
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, 'graphql-transport-ws', op.origin ? { origin: op.origin } : {});
    const results: Result[] = [];
    let settled = false;
    const finish = (outcome: WsOutcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
      socket.close();
    };
    socket.on('unexpected-response', (_req, res) => {
      settled = true;
      res.resume();
      resolve({ refused: true, status: res.statusCode ?? 0 });
    });
    socket.on('error', (err) => {
      if (!settled) reject(err);
    });
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: op.connectionParams ?? {} })));
    socket.on('close', (code) => finish({ refused: false, results, closeCode: code }));
    socket.on('message', (raw) => {
      const message = JSON.parse(String(raw)) as { type: string; payload?: unknown };
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: op.query, variables: op.variables } }));
      } else if (message.type === 'next') {
        results.push(message.payload as Result);
        if (op.take !== undefined && results.length >= op.take) finish({ refused: false, results });
      } else if (message.type === 'error') {
        results.push({ errors: message.payload as Result['errors'] });
        finish({ refused: false, results });
      } else if (message.type === 'complete') {
        finish({ refused: false, results });
      }
    });
  });
}

export interface SseOutcome {
  status: number;
  results: Result[];
}

/**
 * POST with Accept: text/event-stream: yoga's SSE at /graphql, graphql-sse's distinct connections mode at
 * /graphql/stream. Reads `next` events until `complete` or until `take` results came.
 */
export async function sseOperation(endpoint: string, headers: Record<string, string>, query: string, take?: number): Promise<SseOutcome> {
  const controller = new AbortController();
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify({ query }),
    signal: controller.signal,
  });
  const results: Result[] = [];
  if (!res.body || !String(res.headers.get('content-type')).startsWith('text/event-stream')) {
    const text = await res.text();
    if (text) results.push(String(res.headers.get('content-type')).includes('json') ? (JSON.parse(text) as Result) : { errors: [{ message: text }] });
    return { status: res.status, results };
  }
  try {
    for await (const { event, data } of sseEvents(res.body)) {
      if (event === 'complete') return { status: res.status, results };
      if (event === 'next' && data) {
        results.push(JSON.parse(data) as Result);
        if (take !== undefined && results.length >= take) return { status: res.status, results };
      }
    }
  } finally {
    controller.abort();
  }
  return { status: res.status, results };
}
