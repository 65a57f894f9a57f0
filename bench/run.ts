/**
 * `npm run bench`: figures, side by side in one run, written to bench/results/ (JSON and Markdown).
 * `--quick` shortens every measurement; `--profile` writes V8 CPU profiles of the gateways to
 * bench/results/profiles/; `--only startup,call-overhead,calls,latency,executors,shared-reads,throughput,subscriptions,workers,redis-faults` runs some measurements.
 * Timing lives here, never in tests.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { availableParallelism, cpus } from 'node:os';
import { startBenchEmulator } from './emulator.js';
import { PROFILE_DIR, startBenchGateway } from './gateways.js';
import { upstreamCalls } from './calls.js';
import { dashboardLatency } from './latency.js';
import { throughput } from './throughput.js';
import { subscriptions, subscriptionsAcrossWorkers } from './subscriptions.js';
import { sharedReads } from './shared-reads.js';
import { redisFaults } from './redis-faults.js';
import { startup } from './startup.js';
import { callOverhead } from './call-overhead.js';
import { executors } from './executors.js';
import { ROOT } from './processes.js';

export interface BenchOptions {
  quick: boolean;
  /** Where gateway processes write CPU profiles, when asked for. */
  profileDir?: string;
}

export interface Table {
  title: string;
  columns: string[];
  rows: (string | number)[][];
  notes?: string[];
  /** The goals this measurement speaks to, collected into the last table. */
  goals?: Goal[];
}

export interface Goal {
  goal: string;
  /** The figure that decides it, as measured in this run. */
  figure: string;
  met: boolean | undefined;
}

function goalsTable(tables: Table[]): Table {
  const goals = tables.flatMap((t) => t.goals ?? []);
  return {
    title: 'Goals',
    columns: ['goal', 'figure (this run)', 'status'],
    rows: goals.map((g) => [g.goal, g.figure, g.met === undefined ? 'not measured' : g.met ? 'met' : 'missed']),
  };
}

function markdown(tables: Table[]): string {
  return tables
    .map((t) => {
      const head = `| ${t.columns.join(' | ')} |\n| ${t.columns.map(() => '---').join(' | ')} |`;
      const rows = t.rows.map((r) => `| ${r.join(' | ')} |`).join('\n');
      const notes = (t.notes ?? []).map((n) => `\n${n}`).join('\n');
      return `### ${t.title}\n\n${head}\n${rows}\n${notes}`;
    })
    .join('\n\n');
}

function onlyArg(): Set<string> | undefined {
  const i = process.argv.indexOf('--only');
  return i < 0 ? undefined : new Set((process.argv[i + 1] ?? '').split(','));
}

const only = onlyArg();
const wanted = (name: string) => !only || only.has(name);
const options: BenchOptions = { quick: process.argv.includes('--quick'), profileDir: process.argv.includes('--profile') ? PROFILE_DIR : undefined };
if (options.profileDir) mkdirSync(options.profileDir, { recursive: true });
const started = Date.now();
const tables: Table[] = [];

// Before the bench emulator starts, so the starts measured share the machine with nothing of ours.
if (wanted('startup')) tables.push(await startup(options));
if (wanted('call-overhead')) tables.push(await callOverhead(options));
// The gateways measured run as `npm start` runs them: dist/, compiled now from the source being measured.
await promisify(execFile)(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { cwd: ROOT });
const emu = await startBenchEmulator();
try {
  if (wanted('calls') || wanted('latency')) {
    const ours = await startBenchGateway(emu, { profileDir: options.profileDir });
    const naive = await startBenchGateway(emu, { naive: true, profileDir: options.profileDir });
    try {
      if (wanted('calls')) tables.push(await upstreamCalls(options, emu, ours, naive));
      if (wanted('latency')) tables.push(await dashboardLatency(options, emu, ours, naive));
    } finally {
      await Promise.all([ours.stop(), naive.stop()]);
    }
  }
  if (wanted('executors')) tables.push(await executors(options, emu));
  if (wanted('shared-reads')) tables.push(await sharedReads(options, emu));
  if (wanted('throughput')) tables.push(await throughput(options, emu));
  if (wanted('subscriptions')) tables.push(await subscriptions(options, emu));
  if (wanted('workers')) tables.push(await subscriptionsAcrossWorkers(options, emu));
  if (wanted('redis-faults')) tables.push(await redisFaults(options));
} finally {
  await emu.stop();
}

tables.push(goalsTable(tables));
const md = markdown(tables);
console.log(md);
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const meta = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: `${availableParallelism()} x ${cpus()[0]?.model ?? 'unknown'}`,
  quick: options.quick,
  seconds: Math.round((Date.now() - started) / 1000),
};
writeFileSync(new URL('./results/latest.json', import.meta.url), JSON.stringify({ ...meta, tables }, null, 2));
writeFileSync(
  new URL('./results/latest.md', import.meta.url),
  `# Benchmark ${meta.date} (node ${meta.node}, ${meta.cpus}${meta.quick ? ', quick' : ''}, ${meta.seconds} s)\n\n${md}\n`,
);
writeFileSync(new URL(`./results/${stamp}${meta.quick ? '-quick' : ''}.json`, import.meta.url), JSON.stringify({ ...meta, tables }, null, 2));
console.log(`\nwritten: bench/results/latest.md, bench/results/latest.json, bench/results/${stamp}${meta.quick ? '-quick' : ''}.json (${meta.seconds} s)`);
