/** The emulator under measurement, in its own process, with its REST and control API at hand. */
import { startChild, type ChildServer } from './processes.js';
import { JsonClient } from './http.js';
import { login } from '../test/support/emulator.js';
import { DEFAULT_PROJECT } from '../src/emulator/tenancy.js';
import type { CallCounts, FaultSpec, SeedCounts } from '../src/wire/emulator-control.js';
import type { DataSize } from './sizes.js';

export interface BenchEmulator {
  url: string;
  pid: number;
  projectId: string;
  /** A token of the demo account for the first project. */
  token: string;
  /** GET on a ServiceStage path with the token; throws on an error status. */
  get<T = unknown>(path: string): Promise<T>;
  /** A ServiceStage call with the token. */
  send<T = unknown>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T>;
  /** Empties every store and loads a synthetic data set of that size. */
  seed(size: DataSize): Promise<SeedCounts>;
  calls(): Promise<CallCounts>;
  resetCalls(): Promise<void>;
  /** Adds `ms` of latency to every ServiceStage call until clearFaults. */
  addLatency(ms: number): Promise<void>;
  clearFaults(): Promise<void>;
  setJobStep(ms: number): Promise<void>;
  advance(ms: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startBenchEmulator(): Promise<BenchEmulator> {
  const child: ChildServer = await startChild('src/emulator/main.ts', { EMULATOR_PORT: '0', EMULATOR_DEMO: 'false' }, /listening on (http:\/\/\S+)/);
  const http = new JsonClient(child.url, 16);
  const token = await login(child.url, DEFAULT_PROJECT.name);
  const control = async <T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> => {
    const res = await http.request<T>(method, `/__emulator${path}`, { body });
    if (res.status >= 300) throw new Error(`${method} /__emulator${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const send = async <T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> => {
    const res = await http.request<T>(method, path, { body, headers: { 'x-auth-token': token } });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  return {
    url: child.url,
    pid: child.pid,
    projectId: DEFAULT_PROJECT.id,
    token,
    get: (path) => send('GET', path),
    send,
    seed: async (size) => {
      await control('POST', '/reset', { demo: false });
      const { name: _name, ...spec } = size;
      return control<SeedCounts>('POST', '/seed', spec);
    },
    calls: () => control<CallCounts>('GET', '/calls'),
    resetCalls: () => control('DELETE', '/calls'),
    addLatency: (ms) => control('POST', '/faults', { latencyMs: ms } satisfies FaultSpec),
    clearFaults: () => control('DELETE', '/faults'),
    setJobStep: (ms) => control('PUT', '/settings', { jobStepMs: ms }),
    advance: (ms) => control('POST', '/clock/advance', { ms }),
    stop: async () => {
      await http.close();
      await child.stop();
    },
  };
}
