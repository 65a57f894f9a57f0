/**
 * `npx tsx bench/profile-row.ts [entity|instance|typename|dashboard|latency] [seconds] [workers] [node flags…]` (PROFILE=0: no profile): one throughput row
 * on its own (autocannon, 50 connections; `instance`: each request another component instance of the middle data set, as the
 * like-for-like row of bench/throughput.ts asks; `latency`: the dashboard one request at a time with 10 ms added
 * to every upstream call, as bench/latency.ts measures it) against a gateway that writes a V8 CPU
 * profile, with the CPU each process used; read the profile with bench/profile-top.ts. Builds dist/
 * first, as bench/run.ts does.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { startBenchEmulator } from './emulator.js';
import { PROFILE_DIR, startBenchGateway } from './gateways.js';
import { load } from './autocannon.js';
import { measureCpu } from './cpu.js';
import { DASHBOARD } from './operations.js';
import { MIDDLE, SMALL } from './sizes.js';
import { readDataSet } from './dataset.js';
import { ROOT } from './processes.js';
import { encodeId } from '../src/graph/global-id.js';
import type * as Cas from '../src/wire/cas.js';

const [what = 'entity', secondsArg = '5', workersArg = '1', ...nodeArgs] = process.argv.slice(2);
const seconds = Number(secondsArg);
const workers = Number(workersArg);
execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { cwd: ROOT });
mkdirSync(PROFILE_DIR, { recursive: true });
const emu = await startBenchEmulator();
const profiled = Date.now();
try {
  await emu.seed(what === 'instance' ? MIDDLE : SMALL);
  const env = (await emu.get<Cas.EnvironmentList>(`/v2/${emu.projectId}/cas/environments`)).environments![0]!;
  const gateway = await startBenchGateway(emu, { profileDir: process.env.PROFILE === '0' ? undefined : PROFILE_DIR, nodeArgs, ...(workers > 1 && { workers }) });
  try {
    // typename: the gateway's cost of an operation that needs nothing upstream.
    const sequential = what === 'latency';
    if (sequential) await emu.addLatency(10);
    const queries: Record<string, string> = {
      typename: 'query Typename { __typename }',
      entity: 'query Env($id: ID!) { environment(id: $id) { name alias } }',
      instance: 'query Instance($id: ID!) { node(id: $id) { ... on ComponentInstance { name version } } }',
    };
    const query = queries[what] ?? DASHBOARD.document;
    const variables =
      what === 'entity'
        ? [{ id: encodeId('Environment', { environmentId: env.id }) }]
        : what === 'instance'
          ? (await readDataSet(emu)).instances.map((i) => ({ id: encodeId('ComponentInstance', { applicationId: i.application_id, componentId: i.component_id, instanceId: i.id }) }))
          : [{}];
    const bodies = variables.map((v) => JSON.stringify({ query, variables: v }));
    const run = (s: number) =>
      load({
        url: gateway.url,
        connections: sequential ? 1 : 50,
        seconds: s,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: bodies[0],
        ...(bodies.length > 1 && { vary: (n: number) => ({ body: bodies[n % bodies.length]! }) }),
      });
    await run(1);
    const cpu = measureCpu({ gateway: gateway.pid, emulator: emu.pid });
    const result = await run(seconds);
    const { cores } = cpu();
    console.log(`${what}, ${workers} process(es): ${Math.round(result.requestsPerSecond)} req/s, p50 ${result.p50Ms} ms, errors ${result.errors + result.non2xx}`);
    console.log(`cores used: ${Object.entries(cores).map(([name, c]) => `${name} ${c?.toFixed(2) ?? '?'}`).join(', ')}`);
    const warnings = gateway.output.split('\n').filter((line) => /warning/i.test(line));
    if (warnings.length) console.log(`gateway warnings:\n${[...new Set(warnings)].join('\n')}`);
  } finally {
    await gateway.stop();
  }
} finally {
  await emu.stop();
}
const profiles = readdirSync(PROFILE_DIR)
  .map((f) => join(PROFILE_DIR, f))
  .filter((f) => statSync(f).mtimeMs >= profiled && f.endsWith('.cpuprofile'));
console.log(`profiles: ${profiles.join(' ')}`);
