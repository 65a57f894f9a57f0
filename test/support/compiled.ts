/**
 * The gateway as `npm ci && npm start` runs it: compiled by tsconfig.build.json into a package directory
 * of the test's own (package.json, the files package.json "files" lists, node_modules linked), so a
 * test of the compiled start never runs a stale dist/ of the working tree, nor overwrites it.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../../bench/processes.js';

export interface BuiltPackage {
  dir: string;
  remove(): void;
}

export async function buildPackage(): Promise<BuiltPackage> {
  const dir = mkdtempSync(join(tmpdir(), 'gateway-build-'));
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files?: string[] };
  cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  for (const file of pkg.files ?? []) if (file !== 'dist') cpSync(join(ROOT, file), join(dir, file), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  await promisify(execFile)(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', join(dir, 'dist')], { cwd: ROOT });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
