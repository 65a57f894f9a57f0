/** A gateway started as `npm start` would start it, in its own process, for tests of signals and exits. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loaderArgs } from '../../bench/processes.js';

export interface Child {
  process: ChildProcess;
  output(): string;
  /** The first match of `pattern` in the output, once printed. */
  waitFor(pattern: RegExp): Promise<RegExpMatchArray>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** `entry` is a path from `cwd`: src/….ts runs through tsx, dist/….js as compiled. */
export function spawnNode(entry: string, env: Record<string, string>, args: string[] = [], cwd: string = ROOT): Child {
  const child = spawn(process.execPath, [...loaderArgs(entry), entry, ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const listeners = new Set<() => void>();
  const onData = (c: Buffer) => {
    out += c.toString();
    for (const l of listeners) l();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return {
    process: child,
    output: () => out,
    exited,
    waitFor: (pattern) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const m = pattern.exec(out);
          if (m) {
            listeners.delete(check);
            resolve(m);
          }
        };
        listeners.add(check);
        void exited.then(() => reject(new Error(`process exited before printing ${pattern}:\n${out}`)));
        check();
      }),
  };
}
