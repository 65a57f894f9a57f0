/**
 * Measure: time to first answer after start. `npm start` as a newcomer runs it (the compiled build,
 * the embedded emulator, its demo account), against the TypeScript source through tsx, warm (tsx's
 * transform cache filled) and cold (TSX_DISABLE_CACHE=1). The clock runs from spawning the process to
 * the first GraphQL answer with data; the banner's time is shown too. Runs alternate between the ways
 * of starting, so each sees the same load on the machine.
 */
import { spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { execFile } from 'node:child_process';
import { ROOT } from './processes.js';
import { median } from './stats.js';
import { commandOf, npmScript } from './npm-script.js';
import type { BenchOptions, Table } from './run.js';

interface Way {
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
}

const START = npmScript('start');
const START_COMMAND = commandOf(START);

const WAYS: Way[] = [
  { name: `\`npm start\` (npm, then ${START_COMMAND})`, command: 'npm', args: ['start', '--silent'] },
  { name: `${START_COMMAND} (what npm start runs)`, command: process.execPath, args: [...START.nodeArgs, START.entry] },
  { name: 'tsx, warm cache (node --import tsx src/main.ts)', command: process.execPath, args: ['--import', 'tsx', 'src/main.ts'] },
  { name: 'tsx, cold (TSX_DISABLE_CACHE=1)', command: process.execPath, args: ['--import', 'tsx', 'src/main.ts'], env: { TSX_DISABLE_CACHE: '1' } },
];

const GOAL_MS = 2_000;
/** A start that takes longer than this is reported as failed rather than waited for. */
const GIVE_UP_MS = 120_000;

interface Sample {
  bannerMs: number;
  answerMs: number;
}

/** One start: spawn, wait for the banner, ask until the first answer with data, stop. */
async function startOnce(way: Way): Promise<Sample> {
  const started = performance.now();
  // Its own process group, so stopping `npm start` stops the node process npm started too.
  const child = spawn(way.command, way.args, {
    cwd: ROOT,
    detached: true,
    env: { ...process.env, PORT: '0', EMULATOR_PORT: '0', CAS_URL: '', CSE_URL: '', IAM_URL: '', NODE_ENV: 'development', LOG_LEVEL: 'warn', ...way.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${way.name}: no banner within ${GIVE_UP_MS} ms:\n${output}`)), GIVE_UP_MS);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const m = /ServiceStage GraphQL gateway: (http:\/\/\S+)/.exec(output);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      };
      child.stdout!.on('data', read);
      child.stderr!.on('data', read);
      void exited.then(() => reject(new Error(`${way.name} exited before its banner:\n${output}`)));
    });
    const bannerMs = performance.now() - started;
    for (;;) {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ environments { totalCount } }' }) });
      const body = (await res.json()) as { data?: { environments?: { totalCount: number } } };
      if (res.status === 200 && body.data?.environments) return { bannerMs, answerMs: performance.now() - started };
      if (performance.now() - started > GIVE_UP_MS) throw new Error(`${way.name}: no answer within ${GIVE_UP_MS} ms: ${JSON.stringify(body)}`);
    }
  } finally {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGTERM');
    await exited;
  }
}

export async function startup(options: BenchOptions): Promise<Table> {
  // `npm start` runs dist/: build it from the source being measured.
  const built = performance.now();
  await promisify(execFile)('npm', ['run', '--silent', 'build'], { cwd: ROOT });
  const buildSeconds = ((performance.now() - built) / 1000).toFixed(1);
  // One unmeasured tsx start fills its transform cache for the warm runs.
  await startOnce(WAYS[2]!);

  const runs = options.quick ? 2 : 5;
  const samples = new Map<Way, Sample[]>(WAYS.map((w) => [w, []]));
  for (let i = 0; i < runs; i++) for (const way of WAYS) samples.get(way)!.push(await startOnce(way));

  const row = (way: Way) => {
    const s = samples.get(way)!;
    return [way.name, s.length, Math.round(median(s.map((x) => x.answerMs))), Math.round(Math.max(...s.map((x) => x.answerMs))), Math.round(median(s.map((x) => x.bannerMs)))];
  };
  const npmStart = median(samples.get(WAYS[0]!)!.map((x) => x.answerMs));
  const compiled = median(samples.get(WAYS[1]!)!.map((x) => x.answerMs));
  const tsxWarm = median(samples.get(WAYS[2]!)!.map((x) => x.answerMs));
  return {
    title: 'Time to first answer after start (embedded emulator, demo data)',
    columns: ['start', 'runs', 'first answer, median (ms)', 'first answer, max (ms)', 'banner, median (ms)'],
    rows: WAYS.map(row),
    notes: [
      `From spawning the process to the first answer with data to \`{ environments { totalCount } }\`; runs alternate between the ways of starting. \`npm run build\` took ${buildSeconds} s before the runs (npm ci does it once).`,
      `The compiled start answers ${(tsxWarm / compiled).toFixed(1)} x sooner than the warm tsx start.`,
    ],
    goals: [{ goal: `\`npm start\` answers within ${GOAL_MS / 1000} s of start`, figure: `${Math.round(npmStart)} ms (median of ${runs})`, met: npmStart <= GOAL_MS }],
  };
}
