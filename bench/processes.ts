/** Servers under measurement run in their own processes, so the load generator does not share their thread. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface ChildServer {
  /** The first URL the process printed. */
  url: string;
  pid: number;
  /** The last lines the process wrote (a long run's logs are not all kept). */
  output: string;
  stop(): Promise<void>;
}

export interface ChildOptions {
  /** Arguments after the entry, e.g. ['--workers', '2']. */
  args?: string[];
  /** Node flags before the entry, e.g. ['--cpu-prof', '--cpu-prof-dir=…']. */
  nodeArgs?: string[];
  /** Where the entry is resolved from (the repository by default; a built package for compiled runs). */
  cwd?: string;
}

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

const KEEP_OUTPUT = 64 * 1024;

/** Every child still running, so an interrupted benchmark leaves no server behind. */
const running = new Set<ChildProcess>();
const killAll = () => {
  for (const child of running) child.kill('SIGKILL');
};
process.once('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killAll();
    process.exit(130);
  });
}

/** A TypeScript entry runs through tsx (the source as it is now); a JavaScript one (dist/) runs as compiled. */
export const loaderArgs = (entry: string): string[] => (entry.endsWith('.ts') ? ['--import', 'tsx'] : []);

/** Starts `node [--import tsx] <entry>` and resolves once it printed a URL matching `ready`. */
export function startChild(entry: string, env: Record<string, string>, ready: RegExp, options: ChildOptions = {}): Promise<ChildServer> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), ...loaderArgs(entry), entry, ...(options.args ?? [])], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(child);
    child.once('exit', () => running.delete(child));
    let output = '';
    let started = false;
    const keep = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.length > KEEP_OUTPUT) output = output.slice(-KEEP_OUTPUT);
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${entry} did not start within 30 s:\n${output}`));
    }, 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      keep(chunk);
      const match = started ? null : ready.exec(output);
      if (!match) return;
      started = true;
      clearTimeout(timer);
      resolve({
        url: match[1]!,
        pid: child.pid!,
        get output() {
          return output;
        },
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            // A process that does not stop within 10 s is killed, so one stuck server cannot hang the run.
            const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.once('exit', () => {
              clearTimeout(kill);
              done();
            });
            child.kill('SIGTERM');
          }),
      });
    });
    child.stderr!.on('data', keep);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (!started) reject(new Error(`${entry} exited with ${code}:\n${output}`));
    });
  });
}
