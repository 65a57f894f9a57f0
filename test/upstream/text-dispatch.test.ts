import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Pool, errors as undiciErrors } from 'undici';
import { AnswerTooLarge, ExchangeFailure, dispatchForText } from '../../src/upstream/text-dispatch.js';
import { HttpCore } from '../../src/upstream/http.js';
import { UpstreamError } from '../../src/upstream/errors.js';
import { OperationBudget } from '../../src/upstream/budget.js';
import { SharedReads } from '../../src/upstream/shared-reads.js';

/** A server whose answers the test writes by hand; it records every request that reached it. */
describe('dispatchForText', () => {
  let server: Server;
  let origin: string;
  let pool: Pool;
  const arrived: { path: string; res: ServerResponse; req: IncomingMessage }[] = [];
  let waiting: ((entry: (typeof arrived)[number]) => void)[] = [];
  const nextRequest = () => new Promise<(typeof arrived)[number]>((resolve) => waiting.push(resolve));

  beforeAll(async () => {
    server = createServer((req, res) => {
      const entry = { path: req.url ?? '', res, req };
      arrived.push(entry);
      if (req.url === '/proto') {
        res.writeHead(200, [['content-type', 'application/json'], ['__proto__', 'a'], ['__proto__', 'b']]);
        return void res.end('{}');
      }
      if (req.url === '/answer') {
        res.writeHead(200, [['content-type', 'application/json'], ['x-twice', 'one'], ['x-twice', 'two']]);
        return void res.end(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"name":"ü"}')]));
      }
      const waiters = waiting;
      waiting = [];
      for (const w of waiters) w(entry);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    pool = new Pool(origin, { connections: 1 });
  });
  afterAll(async () => {
    await pool.destroy();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => {
    arrived.length = 0;
  });

  const get = (path: string, signal = new AbortController().signal) => dispatchForText(pool, { path, method: 'GET', headersTimeout: 60_000, bodyTimeout: 60_000 }, signal);

  it('should answer the status, the headers as undici parses them and the body as UTF-8 without its byte order mark', async () => {
    const answer = await get('/answer');
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['x-twice']).toEqual(['one', 'two']);
    expect(answer.headers['content-type']).toBe('application/json');
    expect(JSON.parse(answer.text)).toEqual({ name: 'ü' });
  });

  it('should send nothing for a signal aborted before the call', async () => {
    const controller = new AbortController();
    controller.abort();
    const failure = await get('/never', controller.signal).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(ExchangeFailure);
    expect((failure as ExchangeFailure).cause).toBeInstanceOf(undiciErrors.RequestAbortedError);
    // The next call on the one connection is answered, so the aborted one would have arrived first.
    await get('/answer');
    expect(arrived.map((a) => a.path)).toEqual(['/answer']);
  });

  it('should fail at once when aborted while waiting for a connection, and never send that request', async () => {
    const holding = nextRequest();
    const first = get('/held');
    const held = await holding;
    const controller = new AbortController();
    const queued = get('/queued', controller.signal);
    controller.abort();
    await expect(queued).rejects.toBeInstanceOf(ExchangeFailure);
    held.res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    expect((await first).text).toBe('{}');
    await get('/answer');
    expect(arrived.map((a) => a.path)).toEqual(['/held', '/answer']);
  });

  it('should fail with the status it had when the connection closes in the middle of the body', async () => {
    const holding = nextRequest();
    const answer = get('/cut');
    const { res } = await holding;
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
    res.write('{"half":');
    await new Promise((resolve) => setImmediate(resolve));
    res.socket!.destroy();
    const failure = (await answer.catch((err: unknown) => err)) as ExchangeFailure;
    expect(failure).toBeInstanceOf(ExchangeFailure);
    expect(failure.statusCode).toBe(200);
  });

  it('should make a cut answer an UNAVAILABLE upstream error of the HTTP core, with its status, after its retries', async () => {
    const core = new HttpCore({ api: 'cas', origin, timeoutMs: 60_000, retries: 1, connections: 1, breaker: { errorThresholdPercentage: 50, resetTimeoutMs: 10_000, volumeThreshold: 1_000 } });
    try {
      const cutTwice = (async () => {
        for (let i = 0; i < 2; i++) {
          const { res } = await nextRequest();
          res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
          res.write('{"half":');
          await new Promise((resolve) => setImmediate(resolve));
          res.socket!.destroy();
        }
      })();
      const failure = (await core.request({ api: 'cas', method: 'GET', route: '/cut', path: '/cut' }).catch((err: unknown) => err)) as UpstreamError;
      await cutTwice;
      expect(failure).toBeInstanceOf(UpstreamError);
      expect(failure.kind).toBe('UNAVAILABLE');
      expect(failure.status).toBe(200);
      expect(arrived.filter((a) => a.path === '/cut')).toHaveLength(2);
    } finally {
      await core.close();
    }
  });

  it('should cut the calls of an operation in flight, and never send its queued one, when its caller goes away', async () => {
    const core = new HttpCore({ api: 'cas', origin, timeoutMs: 60_000, retries: 0, connections: 2, breaker: { errorThresholdPercentage: 50, resetTimeoutMs: 10_000, volumeThreshold: 1_000 } });
    try {
      const caller = new AbortController();
      const budget = new OperationBudget({ maxCalls: 100, timeoutMs: 60_000 }, caller.signal);
      const calls = [1, 2, 3].map((n) => core.request({ api: 'cas', method: 'GET', route: '/hold', path: `/hold-${n}`, budget }).catch((err: unknown) => err));
      const holding = () => arrived.filter((a) => a.path.startsWith('/hold-'));
      while (holding().length < 2) await nextRequest();
      const closed = holding().map((a) => new Promise((resolve) => a.res.once('close', resolve)));
      caller.abort();
      for (const failure of await Promise.all(calls)) expect(failure).toMatchObject({ reason: 'aborted' });
      // The upstream sees both connections go; the third call was never written.
      await Promise.all(closed);
      expect(holding().map((a) => a.path)).toEqual(['/hold-1', '/hold-2']);
    } finally {
      await core.close();
    }
  });

  it("should let one operation's calls all listen to its caller's abort without a listener-leak warning", async () => {
    const core = new HttpCore({ api: 'cas', origin, timeoutMs: 60_000, retries: 0, connections: 4, breaker: { errorThresholdPercentage: 50, resetTimeoutMs: 10_000, volumeThreshold: 1_000 } });
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => void (warning.name === 'MaxListenersExceededWarning' && warnings.push(warning));
    process.on('warning', onWarning);
    try {
      const budget = new OperationBudget({ maxCalls: 100, timeoutMs: 60_000 }, new AbortController().signal);
      const answers = await Promise.all(Array.from({ length: 30 }, () => core.request({ api: 'cas', method: 'GET', route: '/answer', path: '/answer', budget })));
      expect(answers).toHaveLength(30);
      // Warnings are emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings).toEqual([]);
    } finally {
      process.off('warning', onWarning);
      await core.close();
    }
  });

  it('should keep a header named __proto__ a header, in the answer and in the copy a joiner of a shared read gets', async () => {
    const core = new HttpCore({ api: 'cas', origin, timeoutMs: 60_000, retries: 0, connections: 4, breaker: { errorThresholdPercentage: 50, resetTimeoutMs: 10_000, volumeThreshold: 1_000 } });
    try {
      const sharing = new SharedReads();
      const read = () => core.request({ api: 'cas', method: 'GET', route: '/proto', path: '/proto' });
      const [first, joiner] = await Promise.all([sharing.run('proto', read), sharing.run('proto', read)]);
      for (const answer of [first!, joiner!]) {
        expect(Object.getPrototypeOf(answer.headers)).toBe(Object.prototype);
        expect(Object.getOwnPropertyDescriptor(answer.headers, '__proto__')?.value).toEqual(['a', 'b']);
      }
      expect(arrived.filter((a) => a.path === '/proto')).toHaveLength(1);
    } finally {
      await core.close();
    }
  });

  it('should cut an answer longer than its limit, declared or streamed without end, and fail it in the HTTP core without a retry', async () => {
    const limited = (path: string) => dispatchForText(pool, { path, method: 'GET', headersTimeout: 60_000, bodyTimeout: 60_000 }, new AbortController().signal, 1_000);
    const declared = nextRequest();
    const big = limited('/declared');
    (await declared).res.writeHead(200, { 'content-type': 'application/json', 'content-length': '5000' }).write('{"a":');
    const failure = (await big.catch((err: unknown) => err)) as ExchangeFailure;
    expect(failure.cause).toBeInstanceOf(AnswerTooLarge);
    expect(failure.statusCode).toBe(200);

    // A chunked answer that never ends: cut once 1,000 bytes have come, however long the upstream goes on.
    const endless = nextRequest();
    const streamed = limited('/endless');
    const { res } = await endless;
    res.writeHead(200, { 'content-type': 'application/json' });
    const chunk = 'x'.repeat(100);
    const pump = setInterval(() => res.writable && res.write(chunk), 1);
    try {
      expect(((await streamed.catch((err: unknown) => err)) as ExchangeFailure).cause).toBeInstanceOf(AnswerTooLarge);
    } finally {
      clearInterval(pump);
    }

    const core = new HttpCore({ api: 'cas', origin, timeoutMs: 60_000, retries: 2, connections: 1, maxAnswerBytes: 1_000, breaker: { errorThresholdPercentage: 50, resetTimeoutMs: 10_000, volumeThreshold: 1_000 } });
    try {
      const answering = nextRequest();
      const read = core.request({ api: 'cas', method: 'GET', route: '/huge', path: '/huge' }).catch((err: unknown) => err);
      (await answering).res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ items: 'y'.repeat(5_000) }));
      const error = (await read) as UpstreamError;
      expect(error).toBeInstanceOf(UpstreamError);
      expect(error.kind).toBe('BAD_RESPONSE');
      expect(error.message).toMatch(/longer than 1000 bytes.*UPSTREAM_MAX_ANSWER_BYTES/);
      expect(arrived.filter((a) => a.path === '/huge')).toHaveLength(1);
    } finally {
      await core.close();
    }
  });
});
