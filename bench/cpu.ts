/**
 * CPU time of the processes in a measurement (from /proc on Linux): the gateway with its workers,
 * the emulator and the load generator. On a machine whose cores the three share, these say what a
 * throughput figure can show: a gateway that got less than a core was starved, not slow.
 */
import { readFileSync } from 'node:fs';

/** USER_HZ: /proc counts CPU time in these ticks per second (100 on every Linux the bench runs on). */
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process and its descendants used so far; undefined where /proc is not there. */
export function cpuSecondsOf(pid: number): number | undefined {
  try {
    let ticks = 0;
    for (const p of withDescendants(pid)) ticks += ownTicks(p);
    return ticks / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

function ownTicks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command (which may hold spaces) start at state: utime and stime are the 12th and 13th of them.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

function withDescendants(pid: number): number[] {
  const all = [pid];
  for (let i = 0; i < all.length; i++) {
    const children = readFileSync(`/proc/${all[i]}/task/${all[i]}/children`, 'utf8').trim();
    if (children) all.push(...children.split(' ').map(Number));
  }
  return all;
}

/** CPU seconds of this process (the load generator's side). */
export const ownCpuSeconds = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

export interface CpuShares {
  /** Cores' worth of CPU each process used over the interval (1 = one core busy all the time). */
  cores: Record<string, number | undefined>;
}

/** Starts accounting for the named processes; the returned function ends it. */
export function measureCpu(pids: Record<string, number>): () => CpuShares {
  const started = performance.now();
  const before = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuSecondsOf(pid)]));
  const ownBefore = ownCpuSeconds();
  return () => {
    const seconds = (performance.now() - started) / 1000;
    const cores: Record<string, number | undefined> = {};
    for (const [name, pid] of Object.entries(pids)) {
      const a = before[name];
      const b = cpuSecondsOf(pid);
      cores[name] = a === undefined || b === undefined ? undefined : (b - a) / seconds;
    }
    cores['load generator'] = (ownCpuSeconds() - ownBefore) / seconds;
    return { cores };
  };
}
