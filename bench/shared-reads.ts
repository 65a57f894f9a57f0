/**
 * Shared in-flight reads: N dashboards at once from one caller cost about one dashboard's upstream
 * calls (their identical GETs overlap and go upstream once), while N callers with their own
 * credentials cost N times as many (reads are never shared across credentials). Pass-through
 * gateway, 50 ms added to every upstream call so that concurrent dashboards overlap.
 */
import type { BenchOptions, Table } from './run.js';
import type { BenchEmulator } from './emulator.js';
import { gatewayEnv, startBenchGateway } from './gateways.js';
import { login } from '../test/support/emulator.js';
import { DEFAULT_PROJECT } from '../src/emulator/tenancy.js';
import { DASHBOARD } from './operations.js';
import { SMALL } from './sizes.js';
import { ratio } from './stats.js';

const CONCURRENT = 10;
const LATENCY_MS = 50;

export async function sharedReads(_options: BenchOptions, emu: BenchEmulator): Promise<Table> {
  await emu.seed(SMALL);
  const passthrough = { CREDENTIALS_MODE: 'passthrough', ALLOW_ANONYMOUS: 'none', IAM_DOMAIN: '', IAM_USER: '', IAM_PASSWORD: '', PROJECT_NAME: '' };
  const gateway = await startBenchGateway(emu, { env: { ...gatewayEnv(emu), ...passthrough } });
  const tokens = await Promise.all(Array.from({ length: CONCURRENT }, () => login(emu.url, DEFAULT_PROJECT.name)));
  const dashboard = async (token: string) => {
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: DASHBOARD.document }),
    });
    const body = (await res.json()) as { errors?: unknown[] };
    if (body.errors?.length) throw new Error(`dashboard errors: ${JSON.stringify(body.errors).slice(0, 300)}`);
  };
  const callsOf = async (run: () => Promise<unknown>) => {
    await emu.resetCalls();
    await run();
    return (await emu.calls()).total;
  };
  try {
    await emu.addLatency(LATENCY_MS);
    await dashboard(tokens[0]!); // warm-up
    const one = await callsOf(() => dashboard(tokens[0]!));
    const sameCaller = await callsOf(() => Promise.all(tokens.map(() => dashboard(tokens[0]!))));
    const callers = await callsOf(() => Promise.all(tokens.map((t) => dashboard(t))));
    const rows = [
      ['1 dashboard', 1, one, '1.00 x'],
      [`${CONCURRENT} dashboards at once, one caller`, 1, sameCaller, ratio(sameCaller, one)],
      [`${CONCURRENT} dashboards at once, ${CONCURRENT} callers`, CONCURRENT, callers, ratio(callers, one)],
    ];
    return {
      title: `Shared in-flight reads (dashboard ${SMALL.name}, ${LATENCY_MS} ms upstream latency)`,
      columns: ['requests', 'credentials', 'upstream calls', 'vs one dashboard'],
      rows,
      notes: ['Identical reads in flight at once with the same credentials go upstream once; different credentials never share; nothing is kept after the answer.'],
      goals: [
        { goal: `${CONCURRENT} concurrent dashboards of one caller cost about one dashboard's calls`, figure: `${sameCaller} vs ${one} calls: ${ratio(sameCaller, one)}`, met: sameCaller <= one * 1.5 },
        { goal: `${CONCURRENT} callers with their own credentials cost ${CONCURRENT} times`, figure: `${callers} vs ${one} calls: ${ratio(callers, one)}`, met: callers === one * CONCURRENT },
      ],
    };
  } finally {
    await emu.clearFaults();
    await gateway.stop();
  }
}
