/**
 * `npx tsx bench/security-transports.ts`: the attacks of issue #11 on transports, metrics and the
 * emulator, each with the figure it moves (RSS, /metrics size, a request's time, socket survival,
 * upstream calls). Run on a checkout before and after the fix to compare; it uses only the test
 * stack's public API, so the same file runs on both. Figures, not assertions: the tests assert.
 */
import WebSocket from 'ws';
import { startStack, type TestStack } from '../test/support/gateway.js';
import { call, startTestEmulator } from '../test/support/emulator.js';
import { createDeployTarget, data, DEPLOY, deployInput } from '../test/mutations/helpers.js';
import { ManualTimer } from '../src/live/timer.js';

const rows: [string, string][] = [];
const report = (what: string, figure: string) => {
  rows.push([what, figure]);
  console.log(`${what}: ${figure}`);
};

const gc = () => (globalThis as { gc?: () => void }).gc?.();
const rssMb = () => {
  gc();
  return process.memoryUsage().rss / 1024 / 1024;
};
const count = <T>(items: T[]) => JSON.stringify(Object.fromEntries([...new Set(items)].map((k) => [k, items.filter((x) => x === k).length])));

async function inBatches<T>(n: number, size: number, run: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i += size) out.push(...(await Promise.all(Array.from({ length: Math.min(size, n - i) }, (_, j) => run(i + j)))));
  return out;
}

interface Message {
  id?: string;
  type: string;
  payload?: unknown;
}

function rawSocket(url: string, init: Record<string, unknown>): Promise<{ ws: WebSocket; messages: Message[]; closed: Promise<number>; acked: Promise<boolean> }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, 'graphql-transport-ws');
    const messages: Message[] = [];
    let ack: (v: boolean) => void = () => undefined;
    const acked = new Promise<boolean>((r) => (ack = r));
    const closed = new Promise<number>((r) => ws.on('close', (code) => (ack(false), r(code))));
    ws.on('message', (d) => {
      const m = JSON.parse(String(d)) as Message;
      messages.push(m);
      if (m.type === 'connection_ack') ack(true);
    });
    ws.on('unexpected-response', (_q, res) => {
      ack(false);
      resolve({ ws, messages, closed: Promise.resolve(res.statusCode ?? 0), acked });
    });
    ws.on('error', () => undefined);
    ws.on('open', () => {
      ws.send(JSON.stringify({ type: 'connection_init', payload: init }));
      resolve({ ws, messages, closed, acked });
    });
  });
}

async function sse(stack: TestStack) {
  const stream = `${stack.gateway.url}/stream`;
  const before = rssMb();
  const answers = await inBatches(5_000, 50, () => fetch(stream, { method: 'PUT', headers: { 'x-graphql-event-stream-token': `chosen-${Math.random()}` } }).then(async (r) => (await r.text(), r.status)));
  report('5,000 PUTs /graphql/stream without credentials, client-chosen tokens: statuses', count(answers));
  report('  RSS growth after them (MB)', (rssMb() - before).toFixed(1));
  const auth = { authorization: `Bearer ${stack.emu.token}` };
  const mine = await inBatches(200, 50, () => fetch(stream, { method: 'PUT', headers: auth }).then(async (r) => (await r.text(), r.status)));
  report('200 PUTs of one caller with credentials: statuses', count(mine));
  const token = await (await fetch(stream, { method: 'PUT', headers: { authorization: `Bearer ${stack.emu.otherToken}` } })).text();
  const push = await fetch(stream, { method: 'POST', headers: { ...auth, 'content-type': 'application/json', 'x-graphql-event-stream-token': token }, body: JSON.stringify({ query: '{ runtimes { typeName } }', extensions: { operationId: 'x' } }) });
  report("another caller's POST onto a reserved stream's token", `${push.status} (202 = accepted into that stream)`);
}

async function metrics(stack: TestStack) {
  await inBatches(3_000, 30, (i) => stack.gql(`query Name${i} { runtimes { typeName } }`));
  const text = await (await fetch(new URL('/metrics', stack.gateway.url))).text();
  const labels = new Set([...text.matchAll(/^graphql_operations_total\{operation="([^"]*)"/gm)].map((m) => m[1]));
  report('3,000 operation names: /metrics size (bytes), operation label values', `${text.length}, ${labels.size}`);
}

async function websockets(stack: TestStack) {
  const url = stack.gateway.url.replace(/^http/, 'ws');
  const auth = { authorization: `Bearer ${stack.emu.token}` };
  const before = rssMb();
  const big = await inBatches(300, 30, () => rawSocket(url, { ...auth, padding: 'x'.repeat(100_000) }));
  const acked = await Promise.all(big.map((s) => Promise.race([s.acked, s.closed.then(() => false)])));
  report('300 sockets with 100 KB connection params: acknowledged', `${acked.filter(Boolean).length} of 300; RSS growth ${(rssMb() - before).toFixed(1)} MB`);
  for (const s of big) s.ws.close();
  await Promise.all(big.map((s) => s.closed));

  const one = await rawSocket(url, auth);
  await one.acked;
  for (let i = 0; i < 286; i++) one.ws.send(JSON.stringify({ id: `w${i}`, type: 'subscribe', payload: { query: `subscription { microserviceInstanceChanges(appId: "a", serviceName: "s${i}") { type } }` } }));
  await new Promise((r) => setTimeout(r, 3_000));
  const refused = one.messages.filter((m) => m.type === 'error').length;
  report('286 subscriptions on one socket: running', `${286 - refused} (refused ${refused})`);
  one.ws.close();
  await one.closed;

  const bad = await rawSocket(url, auth);
  await bad.acked;
  bad.ws.send(JSON.stringify({ id: 'live', type: 'subscribe', payload: { query: 'subscription { microserviceInstanceChanges(appId: "a", serviceName: "b") { type } }' } }));
  bad.ws.send(JSON.stringify({ id: 'bad', type: 'subscribe', payload: { query: 'subscription {' } }));
  const survived = await Promise.race([bad.closed.then((code) => `closed ${code}`), new Promise<string>((r) => setTimeout(() => r('open'), 2_000))]);
  report('a syntax error in one subscribe: socket', `${survived}; answer ${JSON.stringify(bad.messages.find((m) => m.id === 'bad')?.type ?? 'none')}`);
  bad.ws.close();
}

async function checks() {
  const stack = await startStack({ demo: false, emulator: { jobStepMs: 60_000 }, gateway: { liveTimer: new ManualTimer(), checkTimer: new ManualTimer() } as never });
  try {
    const { environmentId: env, componentId: comp } = await createDeployTarget(stack, 'burst');
    const jobId = data(await stack.gql(DEPLOY, { c: comp, in: deployInput(env, 'burst-one') })).deployComponent.jobId;
    await stack.resetCalls();
    const url = stack.gateway.url.replace(/^http/, 'ws');
    const sockets = await Promise.all(Array.from({ length: 4 }, () => rawSocket(url, { authorization: `Bearer ${stack.emu.token}` })));
    await Promise.all(sockets.map((s) => s.acked));
    for (let i = 0; i < 400; i++) {
      sockets[i % 4]!.ws.send(JSON.stringify({ id: `j${i}`, type: 'subscribe', payload: { query: 'subscription($id: ID!) { jobProgress(jobId: $id) { status } }', variables: { id: jobId } } }));
    }
    while (sockets.reduce((n, s) => n + s.messages.filter((m) => m.type === 'next' || m.type === 'error').length, 0) < 400) await new Promise((r) => setTimeout(r, 50));
    const calls = (await stack.calls()).byRoute['GET /v2/{project_id}/cas/jobs/{job_id}'];
    report('400 subscriptions of one caller to one job (4 sockets): upstream check calls', String(calls));
    for (const s of sockets) s.ws.close();
  } finally {
    await stack.stop();
  }
}

async function production() {
  const stack = await startStack({ env: { NODE_ENV: 'production' } });
  try {
    const res = await fetch(`${stack.gateway.url}/stream`, { method: 'POST', headers: { authorization: `Bearer ${stack.emu.token}`, 'content-type': 'application/json', accept: 'text/event-stream' }, body: JSON.stringify({ query: '{ runtimes {' }) });
    const text = await res.text();
    report('production: syntax error on /graphql/stream', `${res.status} ${res.headers.get('content-type')}; stack trace in body: ${/\n\s+at /.test(text)}`);
    const intro = await fetch(`${stack.gateway.url}/stream`, { method: 'POST', headers: { authorization: `Bearer ${stack.emu.token}`, 'content-type': 'application/json', accept: 'text/event-stream' }, body: JSON.stringify({ query: '{ __schema { types { name } } }' }) });
    report('production: introspection over /graphql/stream answers the schema', String((await intro.text()).includes('"types"')));
    const ws = await rawSocket(stack.gateway.url.replace(/^http/, 'ws'), { authorization: `Bearer ${stack.emu.token}` });
    await ws.acked;
    ws.ws.send(JSON.stringify({ id: 'i', type: 'subscribe', payload: { query: '{ __schema { types { name } } }' } }));
    while (!ws.messages.some((m) => m.id === 'i')) await new Promise((r) => setTimeout(r, 20));
    report('production: introspection over WebSocket answers the schema', String(JSON.stringify(ws.messages).includes('"types"')));
    ws.ws.close();
  } finally {
    await stack.stop();
  }
}

async function emulator() {
  const emu = await startTestEmulator();
  try {
    const key = 'a'.repeat(Number(process.env.KEY_LENGTH ?? 26));
    await call(emu.url, 'POST', '/__emulator/config-items', { body: { dimension: 'svc@app', items: { [key]: '1' } } });
    const started = performance.now();
    const res = await emu.call('GET', `/v3/default/configuration/items?dimensionsInfo=svc%40app&keyFilter=${encodeURIComponent('^(.*.*)*x$')}`);
    report(`keyFilter ^(.*.*)*x$ on a ${key.length}-character key: time (ms), status`, `${Math.round(performance.now() - started)}, ${res.status}`);

    const before = rssMb();
    const huge = 'x'.repeat(1_048_576);
    let echoed = 0;
    for (let i = 0; i < 300; i++) {
      const r = await emu.call('POST', '/v4/default/registry/microservices', { body: { service: { serviceName: huge, appId: 'app', version: '1.0.0' } } });
      echoed = Math.max(echoed, JSON.stringify(r.body).length);
    }
    const log = await (await fetch(`${emu.url}/__emulator/requests`)).text();
    report('300 POSTs with a 1 MB invalid field: largest error body (bytes), request log (bytes), RSS growth (MB)', `${echoed}, ${log.length}, ${(rssMb() - before).toFixed(1)}`);

    const cross = await fetch(`${emu.url}/__emulator/reset`, { method: 'POST', headers: { origin: 'http://evil.example', 'content-type': 'text/plain' }, body: '{"demo":false}' });
    report('cross-origin text/plain POST /__emulator/reset', String(cross.status));
  } finally {
    await emu.stop();
  }
}

const stack = await startStack({ env: { SSE_RESERVATION_TTL_MS: '600000' } });
try {
  await sse(stack);
  await metrics(stack);
  await websockets(stack);
} finally {
  await stack.stop();
}
await checks();
await production();
await emulator();
console.log('\n| attack | figure |\n| --- | --- |');
for (const [what, figure] of rows) console.log(`| ${what} | ${figure} |`);
process.exit(0);
