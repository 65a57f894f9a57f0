/**
 * Measure 2: latency of the dashboard with 10 ms added to every upstream call, sequential requests,
 * the three clients interleaved round by round so they share the machine's noise.
 */
import { performance } from 'node:perf_hooks';
import type { BenchOptions, Goal, Table } from './run.js';
import type { BenchEmulator } from './emulator.js';
import type { BenchGateway } from './gateways.js';
import { DirectClient } from './direct-client.js';
import { DASHBOARD } from './operations.js';
import { MIDDLE, SMALL, type DataSize } from './sizes.js';
import { ms, percentile, ratio } from './stats.js';

const LATENCY_MS = 10;

interface Client {
  name: string;
  /** Rounds this client takes part in (the naive baseline is slow: fewer). */
  rounds: number;
  run(): Promise<unknown>;
  samples: number[];
  calls: number;
}

/** One data size: the three clients interleaved, round by round. */
interface Measured {
  rows: (string | number)[][];
  goals: Goal[];
}

async function measure(emu: BenchEmulator, ours: BenchGateway, naive: BenchGateway, size: DataSize, rounds: number, naiveRounds: number): Promise<Measured> {
  const seeded = await emu.seed(size);
  const direct = new DirectClient(emu.url, emu.token, emu.projectId);
  const gql = (gateway: BenchGateway) => () => gateway.data(DASHBOARD.document);
  const clients: Client[] = [
    { name: 'direct REST client', rounds, run: () => direct.dashboard(), samples: [], calls: 0 },
    { name: 'gateway', rounds, run: gql(ours), samples: [], calls: 0 },
    { name: 'naive baseline', rounds: naiveRounds, run: gql(naive), samples: [], calls: 0 },
  ];
  try {
    await emu.addLatency(LATENCY_MS);
    // Warm-up (JIT, connection pools), which also counts each client's upstream calls per dashboard.
    for (const c of clients) {
      await c.run();
      await emu.resetCalls();
      await c.run();
      c.calls = (await emu.calls()).total;
    }
    for (let round = 0; round < rounds; round++) {
      for (const c of clients) {
        if (round >= c.rounds) continue;
        const t = performance.now();
        await c.run();
        c.samples.push(performance.now() - t);
      }
    }
  } finally {
    await emu.clearFaults();
    await direct.close();
  }
  const [direct50, gateway50, naive50] = clients.map((c) => percentile(c.samples, 50)) as [number, number, number];
  const directP99 = percentile(clients[0]!.samples, 99);
  return {
    rows: clients.map((c) => {
      const p50 = percentile(c.samples, 50);
      const p99 = percentile(c.samples, 99);
      return [`${size.name} (${seeded.instances} instances)`, c.name, ms(p50), ms(p99), ratio(p50, direct50), ratio(p99, directP99), c.calls, c.samples.length];
    }),
    goals: [
      {
        goal: `#16: dashboard p50 <= 1.05 x a direct REST client making the same calls, ${LATENCY_MS} ms upstream latency (${size.name})`,
        figure: `${ms(gateway50)} ms vs ${ms(direct50)} ms: ${ratio(gateway50, direct50)}`,
        met: gateway50 <= 1.05 * direct50,
      },
      {
        goal: `Dashboard far below the naive baseline (${size.name})`,
        figure: `${ms(gateway50)} ms vs ${ms(naive50)} ms: ${ratio(gateway50, naive50)}`,
        met: gateway50 <= 0.5 * naive50,
      },
    ],
  };
}

export async function dashboardLatency(options: BenchOptions, emu: BenchEmulator, ours: BenchGateway, naive: BenchGateway): Promise<Table> {
  const measured = options.quick ? [await measure(emu, ours, naive, SMALL, 15, 5)] : [await measure(emu, ours, naive, SMALL, 60, 20), await measure(emu, ours, naive, MIDDLE, 40, 12)];
  return {
    title: `Dashboard latency with ${LATENCY_MS} ms added to every upstream call`,
    columns: ['data', 'client', 'p50 ms', 'p99 ms', 'p50 / direct', 'p99 / direct', 'upstream calls', 'samples'],
    rows: measured.flatMap((m) => m.rows),
    goals: measured.flatMap((m) => m.goals),
    notes: [
      'Sequential requests, the clients interleaved round by round. The direct client sends each dependency level at once (environments and applications; components; instances, the last jobs of a component\'s instances as soon as their list arrives; then the batch finds of the registry replicas, keyed as the gateway keys them) over 64 connections, as many as the gateway has per upstream; both make the same calls (the column above), and the gateway reads the last jobs ahead as the direct client does.',
    ],
  };
}
