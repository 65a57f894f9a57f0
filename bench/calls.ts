/**
 * Measure 1: upstream calls per operation, counted by the emulator (GET /__emulator/calls), for our
 * gateway and the naive baseline, against the floor, at each data size.
 */
import { isDeepStrictEqual } from 'node:util';
import type { BenchOptions, Table } from './run.js';
import type { BenchEmulator } from './emulator.js';
import type { BenchGateway } from './gateways.js';
import { readDataSet } from './dataset.js';
import { OPERATIONS } from './operations.js';
import { LARGE, MIDDLE, SMALL } from './sizes.js';
import { ratio } from './stats.js';

async function count(emu: BenchEmulator, gateway: BenchGateway, document: string, variables: Record<string, unknown>) {
  await emu.resetCalls();
  const answer = await gateway.query(document, variables);
  const calls = (await emu.calls()).total;
  return { calls, answer };
}

export async function upstreamCalls(options: BenchOptions, emu: BenchEmulator, ours: BenchGateway, naive: BenchGateway): Promise<Table> {
  const sizes = options.quick ? [SMALL, MIDDLE] : [SMALL, MIDDLE, LARGE];
  const rows: (string | number)[][] = [];
  const notes: string[] = [];
  const byOperation = new Map<string, (string | number)[][]>();
  const misses: string[] = [];
  let pairs = 0;
  let same = 0;
  for (const size of sizes) {
    const seeded = await emu.seed(size);
    const ds = await readDataSet(emu);
    for (const op of OPERATIONS) {
      const { variables, floor } = await op.prepare(ds, emu);
      const gw = await count(emu, ours, op.document, variables);
      const nv = await count(emu, naive, op.document, variables);
      for (const [who, r] of [['gateway', gw], ['naive', nv]] as const) {
        if (r.answer.errors?.length) notes.push(`${op.name} at ${size.name}: ${who} answered errors: ${r.answer.errors.map((e) => e.message).join('; ').slice(0, 300)}`);
      }
      if (isDeepStrictEqual(gw.answer.data, nv.answer.data)) same++;
      else notes.push(`${op.name} at ${size.name}: the naive baseline's answer differs from the gateway's.`);
      pairs++;
      if (gw.calls !== floor || gw.answer.errors?.length) misses.push(`${op.name} at ${size.name}: ${gw.calls} for ${floor}${gw.answer.errors?.length ? ', with errors' : ''}`);
      const row = [op.name, `${size.name} (${seeded.instances} instances, ${seeded.registryServices} services)`, floor, gw.calls, nv.calls, ratio(gw.calls, floor), ratio(nv.calls, floor)];
      byOperation.set(op.name, [...(byOperation.get(op.name) ?? []), row]);
    }
  }
  for (const group of byOperation.values()) rows.push(...group);
  return {
    title: 'Upstream calls per operation (counted by the emulator)',
    columns: ['operation', 'data: apps x components x instances', 'floor', 'gateway', 'naive', 'gateway / floor', 'naive / floor'],
    rows,
    notes: [
      `The gateway's and the naive baseline's answers are equal in ${same} of ${pairs} cases.`,
      'Floor: one call per distinct resource the answer needs (one batch find per 1,000 registry instance lists or instances, the registry\'s cap per request; one list for several services or environments by ID; a component instance\'s registry replicas by batch find entries keyed by appId, serviceName, version and each of the five registry environments, or the service list and one entry per service it names, whichever takes fewer calls), counted from the emulator\'s REST data. Naive: the same schema and resolvers with loaders that neither batch nor cache (bench/naive-loaders.ts).',
      ...notes,
    ],
    goals: [
      {
        goal: 'Upstream calls equal the floor at every size',
        figure: misses.length === 0 ? `gateway = floor for all ${pairs} operations x sizes` : `above the floor: ${misses.join('; ')}`,
        met: misses.length === 0,
      },
    ],
  };
}
