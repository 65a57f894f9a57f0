/**
 * Gateways under measurement, each in its own process against the bench emulator: ours as `npm start`
 * runs it (its node flags and dist/main.js, which bench/run.ts compiles first; optionally with --workers) and the naive
 * baseline (bench/naive-gateway.ts), logged in with the emulator's demo account as service account.
 */
import { join } from 'node:path';
import { startChild, ROOT } from './processes.js';
import { JsonClient } from './http.js';
import { DEMO_DOMAIN, DEMO_USER, DEFAULT_PROJECT } from '../src/emulator/tenancy.js';
import type { BenchEmulator } from './emulator.js';
import { inspectorUrl } from './inspector.js';
import { npmScript } from './npm-script.js';

export interface GraphQLAnswer<D = unknown> {
  data?: D;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface BenchGateway {
  /** The GraphQL endpoint. */
  url: string;
  pid: number;
  /** The inspector's WebSocket, when started with `inspect`. */
  inspector?: string;
  /** The last lines the process wrote. */
  readonly output: string;
  query<D = unknown>(document: string, variables?: Record<string, unknown>): Promise<GraphQLAnswer<D>>;
  /** Like query, but an answer with errors throws. */
  data<D = unknown>(document: string, variables?: Record<string, unknown>): Promise<D>;
  stop(): Promise<void>;
}

export interface GatewayOptions {
  naive?: boolean;
  workers?: number;
  env?: Record<string, string>;
  /** Writes a V8 CPU profile per process here when it stops. */
  profileDir?: string;
  /** Opens the inspector on a free local port (bench/inspector.ts forces a GC through it). */
  inspect?: boolean;
  /** Further node flags of the gateway process, e.g. to try a V8 setting. */
  nodeArgs?: string[];
}

/** Where `--profile` puts the CPU profiles of the gateways. */
export const PROFILE_DIR = join(ROOT, 'bench', 'results', 'profiles');

export function gatewayEnv(emu: BenchEmulator): Record<string, string> {
  return {
    PORT: '0',
    HOST: '127.0.0.1',
    CAS_URL: emu.url,
    CSE_URL: emu.url,
    IAM_URL: emu.url,
    PROJECT_ID: DEFAULT_PROJECT.id,
    CREDENTIALS_MODE: 'service-account',
    ALLOW_ANONYMOUS: 'write',
    IAM_DOMAIN: DEMO_DOMAIN.name,
    IAM_USER: DEMO_USER.name,
    IAM_PASSWORD: DEMO_USER.password,
    PROJECT_NAME: DEFAULT_PROJECT.name,
    NODE_ENV: 'production',
    // Per-operation log lines are an operator's choice; figures here are of the gateway, not of its log pipe.
    LOG_LEVEL: 'warn',
    // The naive baseline queues thousands of calls at the large size; none may time out while waiting.
    UPSTREAM_TIMEOUT_MS: '120000',
    JOB_POLL_INTERVAL_MS: '1000',
    REGISTRY_POLL_INTERVAL_MS: '2000',
  };
}

export async function startBenchGateway(emu: BenchEmulator, options: GatewayOptions = {}): Promise<BenchGateway> {
  const env = { ...gatewayEnv(emu), ...options.env };
  const measuring = [...(options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : []), ...(options.inspect ? ['--inspect=127.0.0.1:0'] : []), ...(options.nodeArgs ?? [])];
  // Ours with the node flags `npm start` gives it; the naive baseline with the same, so flags are not what differs.
  const start = npmScript('start');
  const nodeArgs = [...start.nodeArgs, ...measuring];
  const child = options.naive
    ? await startChild('bench/naive-gateway.ts', env, /naive gateway listening on (http:\/\/\S+)/, { nodeArgs })
    : await startChild(start.entry, env, /ServiceStage GraphQL gateway: (http:\/\/\S+)/, { nodeArgs, args: options.workers ? ['--workers', String(options.workers)] : [] });
  const endpoint = new URL(child.url);
  const http = new JsonClient(endpoint.origin, 8);
  const query = async <D>(document: string, variables?: Record<string, unknown>): Promise<GraphQLAnswer<D>> => {
    const res = await http.request<GraphQLAnswer<D>>('POST', endpoint.pathname, { body: { query: document, variables } });
    return res.body ?? { errors: [{ message: `HTTP ${res.status} without a body` }] };
  };
  const gateway: BenchGateway = {
    url: child.url,
    pid: child.pid,
    inspector: inspectorUrl(child.output),
    get output() {
      return child.output;
    },
    query,
    data: async <D>(document: string, variables?: Record<string, unknown>) => {
      const answer = await query<D>(document, variables);
      if (answer.errors?.length || !answer.data) throw new Error(`GraphQL errors: ${JSON.stringify(answer.errors)}`);
      return answer.data;
    },
    stop: async () => {
      await http.close();
      await child.stop();
    },
  };
  // With workers, the banner comes with the first one listening: wait until every worker answers.
  await waitReady(child.url, options.workers ?? 1);
  return gateway;
}

async function waitReady(url: string, workers: number): Promise<void> {
  const health = new URL('/health', url).toString();
  const deadline = Date.now() + 30_000;
  let ok = 0;
  while (ok < workers * 4) {
    if (Date.now() > deadline) throw new Error(`${url} is not healthy after 30 s`);
    // New connections each time, so the cluster's round robin reaches every worker.
    const res = await fetch(health, { headers: { connection: 'close' } }).catch(() => undefined);
    if (res?.ok) ok++;
    else await new Promise((r) => setTimeout(r, 100));
  }
}
