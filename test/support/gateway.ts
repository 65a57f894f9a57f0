/** A whole stack for tests: the emulator and a gateway in front of it, both on free ports, and a GraphQL caller. */
import { loadConfig } from '../../src/config.js';
import { startGateway, type GatewayOptions, type RunningGateway } from '../../src/gateway.js';
import type { EmulatorOptions } from '../../src/emulator/index.js';
import { createLogger } from '../../src/logger.js';
import { DEMO_DOMAIN, DEMO_USER, PROJECTS } from '../../src/emulator/tenancy.js';
import { call, startTestEmulator, type TestEmulator } from './emulator.js';
import type { CallCounts } from '../../src/wire/emulator-control.js';

export interface GraphQLResponse<D = any> {
  status: number;
  body: { data?: D; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[] };
}

export interface RequestOptions {
  token?: string;
  projectId?: string;
  headers?: Record<string, string>;
}

export interface TestStack {
  emu: TestEmulator;
  gateway: RunningGateway;
  /** POST /graphql. In passthrough mode the main project's token is sent unless `token` is given ('' sends none). */
  gql<D = any>(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<GraphQLResponse<D>>;
  calls(): Promise<CallCounts>;
  resetCalls(): Promise<void>;
  stop(): Promise<void>;
}

export interface StackOptions {
  mode?: 'passthrough' | 'service-account';
  demo?: boolean;
  env?: Record<string, string>;
  gateway?: GatewayOptions;
  emulator?: Omit<EmulatorOptions, 'port'>;
}

export async function startStack(options: StackOptions = {}): Promise<TestStack> {
  const emu = await startTestEmulator({ demo: options.demo ?? true, ...options.emulator });
  const mode = options.mode ?? 'passthrough';
  const config = loadConfig({
    PORT: '0',
    CAS_URL: emu.url,
    CSE_URL: emu.url,
    IAM_URL: emu.url,
    PROJECT_ID: PROJECTS[0]!.id,
    CREDENTIALS_MODE: mode,
    ...(mode === 'service-account'
      ? // Existing service-account tests act as anonymous demo callers; test/security passes a JWKS instead.
        { IAM_DOMAIN: DEMO_DOMAIN.name, IAM_USER: DEMO_USER.name, IAM_PASSWORD: DEMO_USER.password, PROJECT_NAME: PROJECTS[0]!.name, ALLOW_ANONYMOUS: 'write' }
      : {}),
    UPSTREAM_TIMEOUT_MS: '15000',
    ...options.env,
  });
  // Expected upstream failures are logged at warn; tests show only what is unexpected.
  const gateway = await startGateway(config, { logger: createLogger('error'), ...options.gateway });
  return {
    emu,
    gateway,
    gql: async (query, variables, opts = {}) => {
      const headers: Record<string, string> = { 'content-type': 'application/json', ...opts.headers };
      const token = opts.token ?? (mode === 'passthrough' ? emu.token : '');
      if (token) headers.authorization = `Bearer ${token}`;
      if (opts.projectId) headers['x-project-id'] = opts.projectId;
      const res = await fetch(gateway.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      return { status: res.status, body: (await res.json()) as GraphQLResponse['body'] };
    },
    calls: async () => (await call<CallCounts>(emu.url, 'GET', '/__emulator/calls')).body,
    resetCalls: async () => {
      await call(emu.url, 'DELETE', '/__emulator/calls');
    },
    stop: async () => {
      await gateway.stop();
      await emu.stop();
    },
  };
}

/** The routes that were called, without the zeroes. */
export function routesCalled(counts: CallCounts): Record<string, number> {
  return Object.fromEntries(Object.entries(counts.byRoute).filter(([, n]) => n > 0));
}
