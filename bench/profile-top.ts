/**
 * `npx tsx bench/profile-top.ts <file.cpuprofile> [count]`: the top frames of a V8 CPU profile (as
 * `npm run bench -- --profile` writes them) by self time, by total time (self and callees), and
 * the packages the self time is spent in.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, countArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: npx tsx bench/profile-top.ts <file.cpuprofile> [count]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfUs = new Map<number, number>();
// Idle time is not work: percentages are of the time the process was busy.
profile.samples.forEach((id, i) => {
  if (byId.get(id)?.callFrame.functionName !== '(idle)') selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

/** Where a frame's code lives: a package name, the project's own folder, or node's internals. */
function owner(url: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return 'node';
  if (url === '') return '(V8: GC, program, native)';
  const own = /\/(src|bench|test)\/(.*)$/.exec(url);
  if (own) return `${own[1]}/${own[2]!.split('/')[0]}`;
  return url;
}

const frameName = (id: number) => {
  const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
  return `${functionName || '(anonymous)'} ${url ? `${url.replace(/^.*?(node_modules|src|bench)\//, '$1/')}:${lineNumber + 1}` : ''}`.trim();
};
const frames = new Map<string, number>();
const owners = new Map<string, number>();
for (const [id, us] of selfUs) {
  const { url } = byId.get(id)!.callFrame;
  frames.set(frameName(id), (frames.get(frameName(id)) ?? 0) + us);
  owners.set(owner(url), (owners.get(owner(url)) ?? 0) + us);
}

// Total time of a frame: its self time and its callees', counted once per stack even when it recurses.
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const totals = new Map<string, number>();
for (const [id, us] of selfUs) {
  const onStack = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) onStack.add(frameName(at));
  for (const name of onStack) totals.set(name, (totals.get(name) ?? 0) + us);
}
const pct = (us: number) => `${((100 * us) / total).toFixed(1)}%`.padStart(6);
const count = Number(countArg ?? 25);
console.log(`${file}: ${(total / 1e6).toFixed(1)} s busy`);
console.log('\nself time by frame:');
for (const [frame, us] of [...frames].sort((a, b) => b[1] - a[1]).slice(0, count)) console.log(`${pct(us)}  ${frame}`);
console.log('\ntotal time by frame (self and callees):');
for (const [frame, us] of [...totals].filter(([f]) => !f.startsWith('(root)')).sort((a, b) => b[1] - a[1]).slice(0, count)) console.log(`${pct(us)}  ${frame}`);
console.log('\nself time by package:');
for (const [name, us] of [...owners].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${pct(us)}  ${name}`);
