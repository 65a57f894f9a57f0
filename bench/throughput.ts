/**
 * Measure 3: throughput with autocannon at 50 connections, no added upstream latency: one entity
 * through the gateway against the same entity straight from the emulator, and the dashboard; the
 * gateway as one process and as one worker per core. Rows are repeated in rounds, interleaved, and
 * the median is reported.
 */
import { availableParallelism } from 'node:os';
import type { BenchOptions, Goal, Table } from './run.js';
import type { BenchEmulator } from './emulator.js';
import { startBenchGateway, type BenchGateway } from './gateways.js';
import { load, type LoadResult } from './autocannon.js';
import { DASHBOARD } from './operations.js';
import { MIDDLE, SMALL } from './sizes.js';
import { median, ratio } from './stats.js';
import { measureCpu } from './cpu.js';
import type * as Cas from '../src/wire/cas.js';
import { encodeId } from '../src/graph/global-id.js';
import { readDataSet } from './dataset.js';
import { commandOf, npmScript } from './npm-script.js';

const CONNECTIONS = 50;
const ENTITY = 'query Env($id: ID!) { environment(id: $id) { name alias } }';
const INSTANCE = 'query Instance($id: ID!) { node(id: $id) { ... on ComponentInstance { name version } } }';

interface Row {
  name: string;
  /** The row the gateway's rows of this request are compared with: the emulator's own GET of the same. */
  baseline?: Row;
  target: string;
  /** The process that serves the row (a gateway's primary counts with its workers). */
  pid: number;
  /** Heavy operations need a longer run for enough of them to complete. */
  heavy?: boolean;
  run(seconds: number): Promise<LoadResult>;
  results: Measured[];
}

interface Measured extends LoadResult {
  /** Cores' worth of CPU used during the run by the server of the row, the emulator (when it is not that server) and the load generator. */
  serverCores?: number;
  emulatorCores?: number;
  loadCores: number;
  /** Upstream calls the emulator answered per completed request. */
  callsPerRequest: number;
}

/** One run of a row, with the CPU each process used and the upstream calls it cost. */
async function measured(row: Row, emu: BenchEmulator, seconds: number): Promise<Measured> {
  const before = (await emu.calls()).total;
  const direct = row.pid === emu.pid;
  const cpu = measureCpu(direct ? { server: row.pid } : { server: row.pid, emulator: emu.pid });
  const result = await row.run(seconds);
  const { cores } = cpu();
  const calls = (await emu.calls()).total - before;
  return { ...result, serverCores: cores.server, emulatorCores: cores.emulator, loadCores: cores['load generator'] ?? 0, callsPerRequest: result.requests > 0 ? calls / result.requests : 0 };
}

const cores = (n: number | undefined) => (n === undefined ? '?' : n.toFixed(2));

const perSecond = (n: number) => (n >= 100 ? Math.round(n) : Math.round(n * 10) / 10);

/**
 * Waits until the upstream is quiet: autocannon abandons the requests in flight when a row ends, and
 * a gateway still working on them must not eat into the next row.
 */
async function settle(emu: BenchEmulator): Promise<void> {
  const deadline = Date.now() + 60_000;
  let last = -1;
  for (;;) {
    const { total } = await emu.calls();
    if (total === last || Date.now() > deadline) return;
    last = total;
    await new Promise((r) => setTimeout(r, 500));
  }
}

const graphql = (gateway: BenchGateway, query: string, variables: Record<string, unknown> = {}) => (seconds: number) =>
  load({ url: gateway.url, connections: CONNECTIONS, seconds, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });

/** One operation, each request with the next of several variable sets. */
const graphqlEach = (gateway: BenchGateway, query: string, variables: Record<string, unknown>[]) => {
  const bodies = variables.map((v) => JSON.stringify({ query, variables: v }));
  return (seconds: number) =>
    load({ url: gateway.url, connections: CONNECTIONS, seconds, method: 'POST', headers: { 'content-type': 'application/json' }, body: bodies[0], vary: (n) => ({ body: bodies[n % bodies.length]! }) });
};

export async function throughput(options: BenchOptions, emu: BenchEmulator): Promise<Table> {
  const size = options.quick ? SMALL : MIDDLE;
  await emu.seed(size);
  const env = (await emu.get<Cas.EnvironmentList>(`/v2/${emu.projectId}/cas/environments`)).environments![0]!;
  // Every request its own entity: no two in flight share an upstream read, so each costs one GET, as the emulator's does.
  const instances = (await readDataSet(emu)).instances;
  const instancePaths = instances.map((i) => `/v2/${emu.projectId}/cas/applications/${i.application_id}/components/${i.component_id}/instances/${i.id}`);
  const instanceVars = instances.map((i) => ({ id: encodeId('ComponentInstance', { applicationId: i.application_id, componentId: i.component_id, instanceId: i.id }) }));
  const workers = availableParallelism();
  const single = await startBenchGateway(emu, { profileDir: options.profileDir });
  const cluster = await startBenchGateway(emu, { workers, profileDir: options.profileDir });
  try {
    const envVars = { id: encodeId('Environment', { environmentId: env.id }) };
    const envGet: Row = {
      name: 'GET environment by id',
      target: 'emulator (direct)',
      pid: emu.pid,
      run: (seconds) => load({ url: `${emu.url}/v2/${emu.projectId}/cas/environments/${env.id}`, connections: CONNECTIONS, seconds, headers: { 'x-auth-token': emu.token } }),
      results: [],
    };
    const instanceGet: Row = {
      name: `GET component instance by id, each request another of ${instances.length}`,
      target: 'emulator (direct)',
      pid: emu.pid,
      run: (seconds) => load({ url: emu.url, connections: CONNECTIONS, seconds, headers: { 'x-auth-token': emu.token }, vary: (n) => ({ path: instancePaths[n % instancePaths.length]! }) }),
      results: [],
    };
    const instanceName = `node(id) { ... on ComponentInstance { name version } }, each request another of ${instances.length}`;
    const rows: Row[] = [
      envGet,
      { name: 'environment(id) { name alias }', target: 'gateway, 1 process', baseline: envGet, pid: single.pid, run: graphql(single, ENTITY, envVars), results: [] },
      { name: 'environment(id) { name alias }', target: `gateway, ${workers} workers`, baseline: envGet, pid: cluster.pid, run: graphql(cluster, ENTITY, envVars), results: [] },
      instanceGet,
      { name: instanceName, target: 'gateway, 1 process', baseline: instanceGet, pid: single.pid, run: graphqlEach(single, INSTANCE, instanceVars), results: [] },
      { name: instanceName, target: `gateway, ${workers} workers`, baseline: instanceGet, pid: cluster.pid, run: graphqlEach(cluster, INSTANCE, instanceVars), results: [] },
      { name: `dashboard (${size.name})`, target: 'gateway, 1 process', pid: single.pid, heavy: true, run: graphql(single, DASHBOARD.document), results: [] },
      { name: `dashboard (${size.name})`, target: `gateway, ${workers} workers`, pid: cluster.pid, heavy: true, run: graphql(cluster, DASHBOARD.document), results: [] },
    ];
    // Warm-up: JIT and connection pools of every target, and every worker of the cluster.
    for (const row of rows) {
      await row.run(1);
      await settle(emu);
    }
    const rounds = options.quick ? 1 : 3;
    const seconds = options.quick ? 2 : 5;
    const heavySeconds = options.quick ? 2 : 10;
    for (let round = 0; round < rounds; round++) {
      for (const row of rows) {
        row.results.push(await measured(row, emu, row.heavy ? heavySeconds : seconds));
        await settle(emu);
      }
    }

    const rps = (row: Row) => median(row.results.map((r) => r.requestsPerSecond));
    const serverCores = (row: Row) => median(row.results.map((r) => r.serverCores ?? NaN));
    const busyCores = (row: Row) => median(row.results.map((r) => (r.serverCores ?? NaN) + (r.emulatorCores ?? 0) + r.loadCores));
    const cpuPerRequest = (row: Row) => median(row.results.map((r) => ((r.serverCores ?? NaN) * 1e6) / r.requestsPerSecond));
    const entity = (row: Row, what: string): Goal => ({
      goal: `#16: single-entity query throughput >= 0.5 x the emulator's own GET (${row.target}, ${what})`,
      figure: `${perSecond(rps(row))} vs ${perSecond(rps(row.baseline!))} req/s: ${ratio(rps(row), rps(row.baseline!))}; CPU per request ${Math.round(cpuPerRequest(row))} vs ${Math.round(cpuPerRequest(row.baseline!))} µs`,
      met: rps(row) >= 0.5 * rps(row.baseline!),
    });
    // What the second worker could have had: the cores the one-process row left to nobody.
    const scaling = (one: Row, many: Row): Goal => ({
      goal: `#16: ${many.name}, ${many.target} >= 1.0 x ${one.target}`,
      figure: `${perSecond(rps(many))} vs ${perSecond(rps(one))} req/s: ${ratio(rps(many), rps(one))}; gateway cores ${cores(serverCores(many))} vs ${cores(serverCores(one))}, machine busy ${cores(busyCores(one))} of ${workers} cores with 1 process`,
      met: rps(one) > 0 ? rps(many) >= rps(one) : undefined,
    });
    return {
      title: `Throughput, autocannon ${CONNECTIONS} connections, no added upstream latency`,
      columns: ['request', 'served by', 'req/s', 'p50 ms', 'p99 ms', 'vs emulator GET', 'vs 1 process', 'cores: server / emulator / load generator', 'server CPU µs per request', 'upstream calls per request', 'errors'],
      rows: rows.map((row) => [
        row.name,
        row.target,
        perSecond(rps(row)),
        median(row.results.map((r) => r.p50Ms)),
        median(row.results.map((r) => r.p99Ms)),
        row.baseline ? ratio(rps(row), rps(row.baseline)) : '',
        row.target.endsWith('workers') ? ratio(rps(row), rps(rows.find((r) => r.name === row.name && r.target === 'gateway, 1 process')!)) : '',
        [median(row.results.map((r) => r.serverCores ?? NaN)), row.pid === emu.pid ? undefined : median(row.results.map((r) => r.emulatorCores ?? NaN)), median(row.results.map((r) => r.loadCores))]
          .map((n) => (n === undefined ? '-' : cores(Number.isNaN(n) ? undefined : n)))
          .join(' / '),
        Math.round(median(row.results.map((r) => ((r.serverCores ?? NaN) * 1e6) / r.requestsPerSecond))),
        median(row.results.map((r) => r.callsPerRequest)).toFixed(2),
        row.results.reduce((n, r) => n + r.errors + r.non2xx, 0),
      ]),
      notes: [
        `Median of ${rounds} round(s) of ${seconds} s per row (${heavySeconds} s for the dashboard), rows interleaved; req/s counts completed requests. Load generator (autocannon, in the benchmark process), emulator and gateway share the machine's ${availableParallelism()} cores, each in its own process. Gateway as \`npm start\` runs it (${commandOf(npmScript('start'))}, compiled at the start of the run), NODE_ENV=production, LOG_LEVEL=warn.`,
        `Cores: CPU time (user + system, from /proc) each process used during the row divided by its length; the gateway's counts its workers and its primary. They say what a figure can show: with ${availableParallelism()} cores, workers can add no more than the cores the load generator, the emulator and anything else running leave over, so a gateway that used less than a core per worker was starved, not slow. Server CPU per request is the figure that does not depend on what the machine leaves over.`,
        'Upstream calls per request: identical reads in flight at once share one upstream call (one caller, one URL), so 50 connections asking for one entity cost the emulator far less than one GET each (the gateway still parses a copy of the answer for each of them), and workers share only within their own process. The component instance rows ask for another instance with each request, so every request costs one upstream GET, as each of the emulator\'s own does: the like-for-like comparison.',
      ],
      goals: [entity(rows[1]!, 'one entity, reads shared'), entity(rows[4]!, 'each request another entity'), scaling(rows[1]!, rows[2]!), scaling(rows[4]!, rows[5]!)],
    };
  } finally {
    await Promise.all([single.stop(), cluster.stop()]);
  }
}
