/**
 * Measure: the two executors (GRAPHQL_EXECUTOR) side by side, one gateway each against the same
 * emulator, requests interleaved: the dashboard (thousands of fields, where execution shows) and the
 * single-entity query (two fields, where it does not), sequential, no added upstream latency.
 */
import type { BenchOptions, Table } from './run.js';
import type { BenchEmulator } from './emulator.js';
import { startBenchGateway, type BenchGateway } from './gateways.js';
import { DASHBOARD } from './operations.js';
import { MIDDLE, SMALL } from './sizes.js';
import { ms, percentile, ratio } from './stats.js';
import type * as Cas from '../src/wire/cas.js';
import { encodeId } from '../src/graph/global-id.js';

const EXECUTORS = ['jit', 'graphql-js'] as const;

async function p50(gateways: Record<string, BenchGateway>, rounds: number, run: (g: BenchGateway) => Promise<unknown>): Promise<Record<string, number>> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(gateways).map((k) => [k, []]));
  for (const g of Object.values(gateways)) for (let i = 0; i < 3; i++) await run(g); // warm-up: compiled documents, JIT, pools
  for (let r = 0; r < rounds; r++) {
    for (const [name, g] of Object.entries(gateways)) {
      const started = performance.now();
      await run(g);
      samples[name]!.push(performance.now() - started);
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, percentile(v, 50)]));
}

export async function executors(options: BenchOptions, emu: BenchEmulator): Promise<Table> {
  const size = options.quick ? SMALL : MIDDLE;
  await emu.seed(size);
  const env = (await emu.get<Cas.EnvironmentList>(`/v2/${emu.projectId}/cas/environments`)).environments![0]!;
  const gateways = Object.fromEntries(await Promise.all(EXECUTORS.map(async (e) => [e, await startBenchGateway(emu, { env: { GRAPHQL_EXECUTOR: e }, profileDir: options.profileDir })] as const)));
  try {
    const entity = { id: encodeId('Environment', { environmentId: env.id }) };
    const rows = [
      { name: `dashboard (${size.name})`, p50: await p50(gateways, options.quick ? 8 : 25, (g) => g.data(DASHBOARD.document)) },
      { name: 'environment(id) { name alias }', p50: await p50(gateways, options.quick ? 100 : 400, (g) => g.data('query Env($id: ID!) { environment(id: $id) { name alias } }', entity)) },
    ];
    return {
      title: 'Executors side by side (GRAPHQL_EXECUTOR), sequential requests, no added upstream latency',
      columns: ['request', 'jit p50 ms', 'graphql-js p50 ms', 'jit / graphql-js'],
      rows: rows.map((r) => [r.name, ms(r.p50.jit!), ms(r.p50['graphql-js']!), ratio(r.p50.jit!, r.p50['graphql-js']!)]),
      notes: ['One gateway process per executor against the same emulator, requests interleaved so both share the machine\'s noise.'],
    };
  } finally {
    await Promise.all(Object.values(gateways).map((g) => g.stop()));
  }
}
