/**
 * The primary of `--workers N`: forks the workers, replaces one that dies (after a backoff that
 * grows while they keep dying, logged), gives up with a non-zero exit only when workers keep
 * dying before they listen (a start-up that cannot succeed), and drains every worker on stop.
 */
import cluster, { type Worker } from 'node:cluster';

export interface SupervisorOptions {
  workers: number;
  /** The environment each worker reads its configuration from. */
  env: Record<string, string>;
  log?: (line: string) => void;
  /** The first worker that listens, with its port (the banner). */
  onListening?: (port: number) => void;
  /** Consecutive deaths before listening that end the primary. */
  maxStartFailures?: number;
  /** Delay before the first replacement; doubles with each consecutive death, up to maxBackoffMs. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** A worker that listened this long counts as started well: its death restarts the backoff. */
  healthyAfterMs?: number;
  /** Called instead of process.exit when workers keep dying at start. */
  giveUp?: (code: number) => void;
}

export interface Supervisor {
  /** SIGTERM to every worker; resolves when all have exited. No worker is replaced from then on. */
  stop(): Promise<void>;
}

export function superviseWorkers(options: SupervisorOptions): Supervisor {
  const log = options.log ?? ((line: string) => console.error(line));
  const maxStartFailures = options.maxStartFailures ?? 5;
  const backoffMs = options.backoffMs ?? 250;
  const maxBackoffMs = options.maxBackoffMs ?? 30_000;
  const healthyAfterMs = options.healthyAfterMs ?? 10_000;
  const listeningSince = new Map<Worker, number>();
  const pending = new Set<NodeJS.Timeout>();
  let stopping = false;
  let startFailures = 0;
  let deaths = 0;
  let announced = false;

  const fork = () => {
    const worker = cluster.fork(options.env);
    worker.on('listening', (address) => {
      listeningSince.set(worker, Date.now());
      startFailures = 0;
      log(`worker ${worker.process.pid} listening on port ${address.port}`);
      if (!announced) {
        announced = true;
        options.onListening?.(address.port);
      }
    });
    worker.on('exit', (code, signal) => {
      const since = listeningSince.get(worker);
      listeningSince.delete(worker);
      if (stopping) return;
      if (since === undefined) startFailures++;
      deaths = since !== undefined && Date.now() - since >= healthyAfterMs ? 0 : deaths + 1;
      const how = signal ?? `code ${code}`;
      if (startFailures >= maxStartFailures) {
        log(`worker ${worker.process.pid} exited (${how}) before listening, ${startFailures} times in a row: giving up; fix the start-up error the workers print above`);
        stopping = true;
        void stopAll().then(() => (options.giveUp ?? process.exit)(1));
        return;
      }
      const delay = Math.min(maxBackoffMs, backoffMs * 2 ** Math.max(0, deaths - 1));
      log(`worker ${worker.process.pid} exited (${how}); starting a replacement in ${delay} ms`);
      const timer = setTimeout(() => {
        pending.delete(timer);
        if (!stopping) fork();
      }, delay);
      pending.add(timer);
    });
  };

  const stopAll = () =>
    Promise.all(
      Object.values(cluster.workers ?? {}).map(
        (w) =>
          new Promise<void>((resolve) => {
            if (!w || w.isDead()) return resolve();
            w.once('exit', () => resolve());
            w.process.kill('SIGTERM');
          }),
      ),
    ).then(() => undefined);

  for (let i = 0; i < options.workers; i++) fork();
  return {
    stop: () => {
      stopping = true;
      for (const t of pending) clearTimeout(t);
      pending.clear();
      return stopAll();
    },
  };
}
