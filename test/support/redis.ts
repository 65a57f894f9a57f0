/** A real redis-server on a free loopback port (Debian's package; .ci/run installs it). Missing is a failure, never a skip. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface RedisServer {
  url: string;
  port: number;
  /** kill -9: gone at once, without a goodbye to its clients. */
  stop(): Promise<void>;
  /** Starts it again on the same port (after stop, or stopping it first), empty, as an operator would bring Redis back. */
  restart(): Promise<void>;
  /** SIGSTOP: connections stay open and nothing answers (a stalled Redis). */
  pause(): void;
  /** SIGCONT after pause. */
  resume(): void;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Starts redis-server with these arguments and resolves once it accepts connections. */
export function launchRedis(args: string[], ready = 'Ready to accept connections'): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.once('error', (err) => reject(new Error(`redis-server could not start (is Debian's redis-server installed? .ci/run installs it): ${err.message}`)));
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes(ready)) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}:\n${out}`)));
  });
}

export function killRedis(child: ChildProcess | undefined): Promise<void> {
  return new Promise<void>((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGCONT'); // a paused one too
    child.kill('SIGKILL');
  });
}

export interface RedisOptions {
  /** Extra redis-server arguments, e.g. ['--requirepass', 'secret']. */
  args?: string[];
  /** The URL's user info, e.g. ':secret@'. */
  auth?: string;
}

export async function startRedis(options: RedisOptions = {}): Promise<RedisServer> {
  const port = await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', ...(options.args ?? [])];
  let child: ChildProcess | undefined = await launchRedis(args);
  const stop = async () => {
    const c = child;
    child = undefined;
    await killRedis(c);
  };
  return {
    url: `redis://${options.auth ?? ''}127.0.0.1:${port}`,
    port,
    stop,
    restart: async () => {
      await stop();
      child = await launchRedis(args);
    },
    pause: () => child?.kill('SIGSTOP'),
    resume: () => child?.kill('SIGCONT'),
  };
}
