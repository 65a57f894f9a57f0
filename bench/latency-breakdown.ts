/**
 * `npx tsx bench/latency-breakdown.ts [small|middle] [rounds]`: where the dashboard's time goes, for the
 * direct REST client and for the gateway, with 10 ms added to every upstream call (as bench/latency.ts
 * measures it). Each round is split at the upstream requests, seen through undici's diagnostics
 * channels: the head (from the start to the first upstream request), the upstream span (from the first
 * request to the last answer's headers) and the tail (from there to the answer in the client's hands).
 * The gateway runs in this process from dist/ (built first), so that its upstream requests can be seen;
 * the emulator runs in its own process, as in the benchmark.
 */
import diagnostics from 'node:diagnostics_channel';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { request } from 'undici';
import { startBenchEmulator } from './emulator.js';
import { gatewayEnv } from './gateways.js';
import { DirectClient } from './direct-client.js';
import { DASHBOARD } from './operations.js';
import { ROOT } from './processes.js';
import { MIDDLE, SMALL } from './sizes.js';
import { median } from './stats.js';
import type * as ConfigModule from '../src/config.js';
import type * as GatewayModule from '../src/gateway.js';

const [sizeArg = 'small', roundsArg = '60'] = process.argv.slice(2);
const size = sizeArg === 'middle' ? MIDDLE : SMALL;
const rounds = Number(roundsArg);
execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { cwd: ROOT });
// Compiled, as `npm start` runs it; imported after the build.
const compiled = (file: string) => pathToFileURL(join(ROOT, 'dist', file)).href;
const { loadConfig } = (await import(compiled('config.js'))) as typeof ConfigModule;
const { startGateway } = (await import(compiled('gateway.js'))) as typeof GatewayModule;

const emu = await startBenchEmulator();
try {
  await emu.seed(size);
  const gateway = await startGateway(loadConfig({ ...gatewayEnv(emu), LOG_LEVEL: 'error' }));
  const direct = new DirectClient(emu.url, emu.token, emu.projectId);
  const upstream = new URL(emu.url).origin;
  let round: { first?: number; lastAnswer?: number } | undefined;
  const isUpstream = (message: unknown) => (message as { request: { origin: string } }).request.origin === upstream;
  diagnostics.subscribe('undici:request:create', (message) => {
    if (round && isUpstream(message)) round.first ??= performance.now();
  });
  diagnostics.subscribe('undici:request:headers', (message) => {
    if (round && isUpstream(message)) round.lastAnswer = performance.now();
  });
  const body = JSON.stringify({ query: DASHBOARD.document });
  const clients = [
    { name: 'direct REST client', run: () => direct.dashboard() },
    {
      name: 'gateway',
      run: async () => {
        const res = await request(gateway.url, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
        const answer = (await res.body.json()) as { errors?: unknown[] };
        if (answer.errors) throw new Error(`the dashboard answered errors: ${JSON.stringify(answer.errors).slice(0, 300)}`);
      },
    },
  ];
  const samples = new Map(clients.map((c) => [c.name, { total: [] as number[], head: [] as number[], span: [] as number[], tail: [] as number[] }]));
  try {
    await emu.addLatency(10);
    for (let i = 0; i < 10; i++) for (const c of clients) await c.run();
    for (let r = 0; r < rounds; r++) {
      for (const c of clients) {
        round = {};
        const start = performance.now();
        await c.run();
        const end = performance.now();
        const { first = end, lastAnswer = end } = round;
        round = undefined;
        const s = samples.get(c.name)!;
        s.total.push(end - start);
        s.head.push(first - start);
        s.span.push(lastAnswer - first);
        s.tail.push(end - lastAnswer);
      }
    }
  } finally {
    await emu.clearFaults();
    await direct.close();
    await gateway.stop();
  }
  const p50 = (xs: number[]) => median(xs).toFixed(2);
  console.log(`Dashboard ${size.name}, 10 ms upstream latency, ${rounds} rounds, p50 in ms\n`);
  console.log('| client | total | head: start to first upstream request | upstream: first request to last answer | tail: last answer to the client |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const [name, s] of samples) console.log(`| ${name} | ${p50(s.total)} | ${p50(s.head)} | ${p50(s.span)} | ${p50(s.tail)} |`);
} finally {
  await emu.stop();
}
