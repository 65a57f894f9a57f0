/** A whole stack for tests: the emulator and a gateway in front of it, both on free ports, and a GraphQL caller. */
import { expect } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { executorEnv } from './executor.js';
import { startGateway, type GatewayOptions, type RunningGateway } from '../../src/gateway.js';
import type { EmulatorOptions } from '../../src/emulator/index.js';
import { createLogger } from '../../src/logger.js';
import { DEMO_DOMAIN, DEMO_USER, PROJECTS } from '../../src/emulator/tenancy.js';
import { call, startTestEmulator, type TestEmulator } from './emulator.js';
import type { CallCounts } from '../../src/wire/emulator-control.js';
import type { TypedDocumentString } from '../generated/graphql.js';

export interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; errorCode?: string; [key: string]: unknown };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the default of a query sent as a plain string (not yet a typed document)
export interface GraphQLResponse<D = any> {
  status: number;
  body: { data?: D; errors?: GraphQLError[] };
}

/**
 * An operation written as graphql(`query Name …`) in a test (test/generated, `npm run codegen`): its
 * result and variables are typed by the schema, so tsc checks what a test reads and sends.
 */
export type TypedDocument<R, V> = TypedDocumentString<R, V>;

/** POST /graphql: typed by a document, or loosely by a plain query string. */
export interface GraphQLCaller {
  <R, V>(document: TypedDocument<R, V>, ...rest: V extends Record<string, never> ? [variables?: V, options?: RequestOptions] : [variables: V, options?: RequestOptions]): Promise<GraphQLResponse<R>>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- plain strings are untyped; converted tests pass a typed document
  <D = any>(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<GraphQLResponse<D>>;
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
  gql: GraphQLCaller;
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

/** The configuration of a test gateway in front of `emu`. */
export function stackConfig(emu: TestEmulator, mode: 'passthrough' | 'service-account', env: Record<string, string> = {}) {
  return loadConfig({
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
    ...executorEnv(),
    ...env,
  });
}

export async function startStack(options: StackOptions = {}): Promise<TestStack> {
  const emu = await startTestEmulator({ demo: options.demo ?? true, ...options.emulator });
  const mode = options.mode ?? 'passthrough';
  const config = stackConfig(emu, mode, options.env);
  // Expected upstream failures are logged at warn; tests show only what is unexpected.
  const gateway = await startGateway(config, { logger: createLogger('error'), ...options.gateway });
  return {
    emu,
    gateway,
    gql: async (query: string | TypedDocument<unknown, unknown>, variables?: unknown, opts: RequestOptions = {}) => {
      const headers: Record<string, string> = { 'content-type': 'application/json', ...opts.headers };
      const token = opts.token ?? (mode === 'passthrough' ? emu.token : '');
      if (token) headers.authorization = `Bearer ${token}`;
      if (opts.projectId) headers['x-project-id'] = opts.projectId;
      const res = await fetch(gateway.url, { method: 'POST', headers, body: JSON.stringify({ query: query.toString(), variables }) });
      return { status: res.status, body: (await res.json()) as GraphQLResponse<never>['body'] };
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

/**
 * What a test that expects a full answer reads: every field of `D` present. The schema makes most
 * fields nullable (a failed branch is null beside its error); an answer without errors that still
 * has a null where the test reads on fails at that read, so the test states no `!` of its own.
 */
export type Answered<D> = unknown extends D ? D : D extends readonly (infer E)[] ? Answered<NonNullable<E>>[] : D extends object ? { [K in keyof D]-?: Answered<NonNullable<D[K]>> } : NonNullable<D>;

/** The data of an answer that must have no errors (status 200), typed as `Answered`. */
export function data<D>(res: GraphQLResponse<D>): Answered<D> {
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  expect(res.status).toBe(200);
  return res.body.data as Answered<D>;
}

/**
 * The member of a union answer (`node(id) { ... on X { field } }`) that has `field`; the test fails
 * here when the answer is another member.
 */
export function having<T, K extends string>(value: T, field: K): Extract<T, Record<K, unknown>> {
  expect(value, `expected an answer with ${field}: ${JSON.stringify(value)}`).toHaveProperty(field);
  return value as Extract<T, Record<K, unknown>>;
}
