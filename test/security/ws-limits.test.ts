import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startStack, type TestStack } from '../support/gateway.js';

/** A bare graphql-transport-ws client: every message and the close code, as they come. */
class RawSocket {
  readonly messages: { type: string; id?: string; payload?: unknown }[] = [];
  closed: { code: number; reason: string } | undefined;
  #waiters: (() => void)[] = [];
  constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      this.messages.push(JSON.parse(String(data)));
      this.#wake();
    });
    ws.on('close', (code, reason) => {
      this.closed = { code, reason: String(reason) };
      this.#wake();
    });
  }
  #wake() {
    for (const w of this.#waiters.splice(0)) w();
  }
  /** Resolves once `test` holds (checked on every message and on close). */
  async until(test: () => boolean): Promise<void> {
    while (!test()) {
      if (this.closed) throw new Error(`socket closed ${this.closed.code} ${this.closed.reason} before the condition held; got ${JSON.stringify(this.messages)}`);
      await new Promise<void>((r) => this.#waiters.push(r));
    }
  }
  untilClosed(): Promise<void> {
    return new Promise((resolve) => (this.closed ? resolve() : this.#waiters.push(() => this.closed && resolve())));
  }
  send(message: unknown) {
    this.ws.send(JSON.stringify(message));
  }
  of(id: string) {
    return this.messages.filter((m) => m.id === id);
  }
  async init(payload: Record<string, unknown>): Promise<void> {
    this.send({ type: 'connection_init', payload });
    await this.until(() => this.messages.some((m) => m.type === 'connection_ack'));
  }
}

function open(url: string): Promise<RawSocket | { refused: number }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, 'graphql-transport-ws');
    const socket = new RawSocket(ws);
    ws.once('open', () => resolve(socket));
    ws.once('unexpected-response', (_req, res) => resolve({ refused: res.statusCode ?? 0 }));
    ws.once('error', reject);
  });
}

const NEVER_ENDING = 'subscription { microserviceInstanceChanges(appId: "no-such-app", serviceName: "not-registered") { type } }';

describe('graphql-ws limits and bad messages', () => {
  let stack: TestStack;
  let url: string;
  beforeAll(async () => {
    stack = await startStack({ env: { MAX_CONNECTION_PARAMS_BYTES: '2048', MAX_SUBSCRIPTIONS_PER_CONNECTION: '3', MAX_WS_CONNECTIONS: '4' } });
    url = stack.gateway.url.replace(/^http/, 'ws');
  });
  afterAll(() => stack.stop());

  const connect = async () => {
    const s = await open(url);
    if (!(s instanceof RawSocket)) throw new Error(`upgrade refused with ${s.refused}`);
    await s.init({ authorization: `Bearer ${stack.emu.token}` });
    return s;
  };

  it('should close a socket whose connection params exceed MAX_CONNECTION_PARAMS_BYTES with 4413', async () => {
    const s = (await open(url)) as RawSocket;
    s.send({ type: 'connection_init', payload: { authorization: `Bearer ${stack.emu.token}`, padding: 'x'.repeat(10_000) } });
    await s.untilClosed();
    expect(s.closed!.code).toBe(4413);
    expect(s.messages.filter((m) => m.type === 'connection_ack')).toHaveLength(0);
  });

  it('should answer the subscription over MAX_SUBSCRIPTIONS_PER_CONNECTION with an error message and keep the socket and the others', async () => {
    const s = await connect();
    for (const id of ['1', '2', '3']) s.send({ id, type: 'subscribe', payload: { query: NEVER_ENDING } });
    s.send({ id: '4', type: 'subscribe', payload: { query: NEVER_ENDING } });
    await s.until(() => s.of('4').length > 0);
    expect(s.of('4')[0]).toMatchObject({ type: 'error', payload: [{ extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' } }] });
    // The three keep running (no error, no complete); completing one makes room for another.
    for (const id of ['1', '2', '3']) expect(s.of(id)).toEqual([]);
    s.send({ id: '1', type: 'complete' });
    s.send({ id: '5', type: 'subscribe', payload: { query: '{ runtimes { typeName } }' } });
    await s.until(() => s.of('5').some((m) => m.type === 'complete'));
    expect(s.of('5')[0]).toMatchObject({ type: 'next', payload: { data: { runtimes: expect.any(Array) } } });
    expect(s.closed).toBeUndefined();
    s.ws.close();
  });

  it('should answer a syntax error or an invalid document with an error message and leave the socket and its siblings alive', async () => {
    const s = await connect();
    s.send({ id: 'live', type: 'subscribe', payload: { query: NEVER_ENDING } });
    s.send({ id: 'syntax', type: 'subscribe', payload: { query: 'subscription {' } });
    s.send({ id: 'invalid', type: 'subscribe', payload: { query: '{ noSuchField }' } });
    await s.until(() => s.of('syntax').length > 0 && s.of('invalid').length > 0);
    expect(s.of('syntax')[0]).toMatchObject({ type: 'error', payload: [{ message: expect.stringMatching(/Syntax Error/) }] });
    expect(s.of('invalid')[0]).toMatchObject({ type: 'error', payload: [{ message: expect.stringMatching(/noSuchField/) }] });
    // The socket still serves: a query runs, the live subscription is still there.
    s.send({ id: 'after', type: 'subscribe', payload: { query: '{ runtimes { typeName } }' } });
    await s.until(() => s.of('after').some((m) => m.type === 'complete'));
    expect(s.of('live')).toEqual([]);
    expect(s.closed).toBeUndefined();
    s.ws.close();
  });

  it('should refuse the upgrade beyond MAX_WS_CONNECTIONS with 503, and take one again when a socket leaves', async () => {
    await expect.poll(() => stack.gateway.app.wsConnections, { timeout: 60_000 }).toBe(0);
    const held: RawSocket[] = [];
    for (let i = 0; i < 4; i++) held.push(await connect());
    const refused: number[] = [];
    for (let i = 0; i < 20; i++) {
      const s = await open(url);
      if (s instanceof RawSocket) throw new Error('upgrade beyond the cap was accepted');
      refused.push(s.refused);
    }
    expect(new Set(refused)).toEqual(new Set([503]));
    held[0]!.ws.close();
    await held[0]!.untilClosed();
    await expect.poll(async () => {
      const s = await open(url);
      if (!(s instanceof RawSocket)) return s.refused;
      held.push(s);
      return 'open';
    }, { timeout: 60_000 }).toBe('open');
    for (const s of held) s.ws.close();
  });
});
