/**
 * `npm run bench`: figures, side by side in one run, written to bench/results/ (JSON and Markdown).
 * `--quick` shortens every measurement. Timing lives here, never in tests.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { emulatorThroughput } from './emulator-throughput.js';

export interface BenchOptions {
  quick: boolean;
}

export interface Table {
  title: string;
  columns: string[];
  rows: (string | number)[][];
  notes?: string[];
}

function markdown(tables: Table[]): string {
  return tables
    .map((t) => {
      const head = `| ${t.columns.join(' | ')} |\n| ${t.columns.map(() => '---').join(' | ')} |`;
      const rows = t.rows.map((r) => `| ${r.join(' | ')} |`).join('\n');
      const notes = (t.notes ?? []).map((n) => `\n${n}`).join('');
      return `### ${t.title}\n\n${head}\n${rows}\n${notes}`;
    })
    .join('\n\n');
}

const options: BenchOptions = { quick: process.argv.includes('--quick') };
const started = Date.now();
const tables: Table[] = [];
tables.push(await emulatorThroughput(options));

const md = markdown(tables);
console.log(md);
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const meta = { date: new Date().toISOString(), node: process.version, quick: options.quick, seconds: Math.round((Date.now() - started) / 1000) };
writeFileSync(new URL('./results/latest.json', import.meta.url), JSON.stringify({ ...meta, tables }, null, 2));
writeFileSync(new URL('./results/latest.md', import.meta.url), `# Benchmark ${meta.date} (node ${meta.node}${meta.quick ? ', quick' : ''})\n\n${md}\n`);
writeFileSync(new URL(`./results/${stamp}.json`, import.meta.url), JSON.stringify({ ...meta, tables }, null, 2));
console.log(`\nwritten: bench/results/latest.md, bench/results/latest.json (${meta.seconds} s)`);
