/**
 * Every setting of the gateway, read from environment variables once and validated with every
 * problem reported together, so a misconfigured start fails with one clear message.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);
const positiveMs = z.coerce.number().int().min(1);
const url = z
  .string()
  .url()
  .transform((u) => u.replace(/\/+$/, ''));

const EnvSchema = z
  .object({
    PORT: port.default(4000),
    HOST: z.string().min(1).default('127.0.0.1'),
    CAS_URL: url.optional(),
    CSE_URL: url.optional(),
    IAM_URL: url.optional(),
    /** PEM bundle trusted for every upstream (an exclusive CSE engine often has its own CA). */
    UPSTREAM_CA_FILE: z.string().min(1).optional(),
    CSE_CA_FILE: z.string().min(1).optional(),
    PROJECT_ID: z.string().min(1).optional(),
    PROJECT_NAME: z.string().min(1).optional(),
    CREDENTIALS_MODE: z.enum(['passthrough', 'service-account']).optional(),
    IAM_DOMAIN: z.string().min(1).optional(),
    IAM_USER: z.string().min(1).optional(),
    IAM_PASSWORD: z.string().min(1).optional(),
    UPSTREAM_TIMEOUT_MS: positiveMs.default(10_000),
    UPSTREAM_RETRIES: z.coerce.number().int().min(0).max(5).default(2),
    UPSTREAM_CONNECTIONS: z.coerce.number().int().min(1).max(1024).default(64),
    BREAKER_ERROR_PERCENT: z.coerce.number().int().min(1).max(100).default(50),
    BREAKER_RESET_MS: positiveMs.default(10_000),
    BREAKER_VOLUME: z.coerce.number().int().min(1).default(10),
    MAX_DEPTH: z.coerce.number().int().min(1).default(15),
    MAX_ALIASES: z.coerce.number().int().min(0).default(30),
    MAX_TOKENS: z.coerce.number().int().min(10).default(5_000),
    MAX_DIRECTIVES: z.coerce.number().int().min(0).default(20),
    MAX_COST: z.coerce.number().int().min(1).default(20_000),
    MAX_BODY_BYTES: z.coerce.number().int().min(1_024).default(1_048_576),
    INTROSPECTION: z.enum(['true', 'false']).optional(),
    METRICS_MAX_OPERATIONS: z.coerce.number().int().min(1).default(100),
    MAX_WS_CONNECTIONS: z.coerce.number().int().min(1).default(10_000),
    MAX_CONNECTION_PARAMS_BYTES: z.coerce.number().int().min(256).default(16_384),
    MAX_SUBSCRIPTIONS_PER_CONNECTION: z.coerce.number().int().min(1).default(100),
    SSE_RESERVATION_TTL_MS: positiveMs.default(30_000),
    SSE_RESERVATIONS_PER_CALLER: z.coerce.number().int().min(1).default(10),
    SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
    REDIS_URL: z.string().regex(/^rediss?:\/\//, 'a redis:// or rediss:// URL').optional(),
    LIVE_LEASE_MS: positiveMs.default(5_000),
    JOB_POLL_INTERVAL_MS: positiveMs.default(1_000),
    INSTANCE_POLL_INTERVAL_MS: positiveMs.default(2_000),
    REGISTRY_POLL_INTERVAL_MS: positiveMs.default(2_000),
    LIVE_FAILURE_GRACE_MS: z.coerce.number().int().min(0).default(15_000),
    EMULATOR_PORT: port.default(4100),
    EMULATOR_JOB_STEP_MS: positiveMs.default(500),
    NODE_ENV: z.string().default('development'),
  })
  .superRefine((env, ctx) => {
    const given = (['CAS_URL', 'CSE_URL', 'IAM_URL'] as const).filter((k) => env[k] !== undefined);
    if (given.length > 0 && given.length < 3) {
      for (const k of ['CAS_URL', 'CSE_URL', 'IAM_URL'] as const) {
        if (env[k] === undefined) {
          ctx.addIssue({ code: 'custom', path: [k], message: 'set CAS_URL, CSE_URL and IAM_URL together, or none of them to run the embedded emulator' });
        }
      }
    }
    if (given.length === 3 && !env.PROJECT_ID) {
      ctx.addIssue({ code: 'custom', path: ['PROJECT_ID'], message: 'required with real upstreams: the project id used in application management paths' });
    }
    if (env.CREDENTIALS_MODE === 'service-account') {
      for (const k of ['IAM_DOMAIN', 'IAM_USER', 'IAM_PASSWORD', 'PROJECT_NAME'] as const) {
        if (!env[k]) ctx.addIssue({ code: 'custom', path: [k], message: 'required when CREDENTIALS_MODE=service-account' });
      }
    }
  });

export type CredentialsMode = 'passthrough' | 'service-account';

export interface ServiceAccount {
  domain: string;
  user: string;
  password: string;
  projectName: string;
}

export interface UpstreamEndpoints {
  casUrl: string;
  cseUrl: string;
  iamUrl: string;
  /** Default project for application management paths when a caller names none. */
  projectId: string;
}

export interface LimitSettings {
  /** Deepest selection nesting accepted. */
  maxDepth: number;
  maxAliases: number;
  /** Tokens in one document (a parse-time limit). */
  maxTokens: number;
  maxDirectives: number;
  /** graphql-armor's cost estimate (objects x depth factor). */
  maxCost: number;
  /** Largest request body. */
  maxBodyBytes: number;
  /** Schema introspection (off by default in production). */
  introspection: boolean;
}

/** Caps on the streaming transports (graphql-ws, graphql-sse), per process. */
export interface TransportSettings {
  /** Open WebSocket connections; upgrades beyond it are refused (503). */
  maxWsConnections: number;
  /** Size of a connection_init payload (JSON bytes); a bigger one closes the socket with 4413. */
  maxConnectionParamsBytes: number;
  /** Operations running on one WebSocket at once; the next gets an `error` message, the socket stays. */
  maxSubscriptionsPerConnection: number;
  /** An unused graphql-sse reservation (PUT /graphql/stream) is forgotten after this long. */
  sseReservationTtlMs: number;
  /** Open graphql-sse reservations one caller may hold. */
  sseReservationsPerCaller: number;
}

export interface HttpSettings {
  /** Deadline of one upstream call, retries included. */
  timeoutMs: number;
  /** Extra attempts for idempotent reads. */
  retries: number;
  /** Keep-alive connections per upstream origin. */
  connections: number;
  /** PEM text trusted for CAS/IAM, and for CSE unless cseCa is given. */
  ca?: string;
  cseCa?: string;
  breaker: { errorThresholdPercentage: number; resetTimeoutMs: number; volumeThreshold: number };
}

export interface LiveSettings {
  /** How often a running job is polled (one poller per job, whatever the number of subscribers). */
  jobPollMs: number;
  /** How often a watched component instance's status is polled. */
  instancePollMs: number;
  /** How often the registry watcher sends its one batch find. */
  registryPollMs: number;
  /** How long upstream failures may last before subscribers are told. */
  failureGraceMs: number;
  /** Redis for several replicas: shared events and one poller per thing cluster-wide. */
  redisUrl?: string;
  /** A poller's lease in Redis: another replica takes over within this long after its holder dies. */
  leaseMs: number;
}

export interface GatewayConfig {
  port: number;
  host: string;
  production: boolean;
  /** Undefined: run the embedded emulator and point the upstreams at it. */
  endpoints?: UpstreamEndpoints;
  http: HttpSettings;
  credentialsMode: CredentialsMode;
  serviceAccount?: ServiceAccount;
  live: LiveSettings;
  limits: LimitSettings;
  transports: TransportSettings;
  /** Distinct operation names kept as metric label values (then `other`). */
  metricsMaxOperations: number;
  /** How long a shutdown waits for requests in flight. */
  shutdownGraceMs: number;
  emulator: { port: number; jobStepMs: number };
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  // An empty variable counts as unset (`FOO= npm start` is how a shell unsets one for a command).
  const parsed = EnvSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const readCa = (file: string | undefined, name: string) => {
    if (!file) return undefined;
    try {
      return readFileSync(file, 'utf8');
    } catch (err) {
      throw new ConfigError(`Invalid configuration:\n  ${name}: cannot read ${file} (${(err as Error).message})`);
    }
  };
  const serviceAccount =
    e.IAM_DOMAIN && e.IAM_USER && e.IAM_PASSWORD && e.PROJECT_NAME
      ? { domain: e.IAM_DOMAIN, user: e.IAM_USER, password: e.IAM_PASSWORD, projectName: e.PROJECT_NAME }
      : undefined;
  return {
    port: e.PORT,
    host: e.HOST,
    production: e.NODE_ENV === 'production',
    endpoints:
      e.CAS_URL && e.CSE_URL && e.IAM_URL && e.PROJECT_ID
        ? { casUrl: e.CAS_URL, cseUrl: e.CSE_URL, iamUrl: e.IAM_URL, projectId: e.PROJECT_ID }
        : undefined,
    http: {
      timeoutMs: e.UPSTREAM_TIMEOUT_MS,
      retries: e.UPSTREAM_RETRIES,
      connections: e.UPSTREAM_CONNECTIONS,
      ca: readCa(e.UPSTREAM_CA_FILE, 'UPSTREAM_CA_FILE'),
      cseCa: readCa(e.CSE_CA_FILE, 'CSE_CA_FILE'),
      breaker: { errorThresholdPercentage: e.BREAKER_ERROR_PERCENT, resetTimeoutMs: e.BREAKER_RESET_MS, volumeThreshold: e.BREAKER_VOLUME },
    },
    credentialsMode: e.CREDENTIALS_MODE ?? (serviceAccount ? 'service-account' : 'passthrough'),
    serviceAccount,
    limits: {
      maxDepth: e.MAX_DEPTH,
      maxAliases: e.MAX_ALIASES,
      maxTokens: e.MAX_TOKENS,
      maxDirectives: e.MAX_DIRECTIVES,
      maxCost: e.MAX_COST,
      maxBodyBytes: e.MAX_BODY_BYTES,
      introspection: e.INTROSPECTION ? e.INTROSPECTION === 'true' : e.NODE_ENV !== 'production',
    },
    transports: {
      maxWsConnections: e.MAX_WS_CONNECTIONS,
      maxConnectionParamsBytes: e.MAX_CONNECTION_PARAMS_BYTES,
      maxSubscriptionsPerConnection: e.MAX_SUBSCRIPTIONS_PER_CONNECTION,
      sseReservationTtlMs: e.SSE_RESERVATION_TTL_MS,
      sseReservationsPerCaller: e.SSE_RESERVATIONS_PER_CALLER,
    },
    metricsMaxOperations: e.METRICS_MAX_OPERATIONS,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    live: {
      jobPollMs: e.JOB_POLL_INTERVAL_MS,
      instancePollMs: e.INSTANCE_POLL_INTERVAL_MS,
      registryPollMs: e.REGISTRY_POLL_INTERVAL_MS,
      failureGraceMs: e.LIVE_FAILURE_GRACE_MS,
      redisUrl: e.REDIS_URL,
      leaseMs: e.LIVE_LEASE_MS,
    },
    emulator: { port: e.EMULATOR_PORT, jobStepMs: e.EMULATOR_JOB_STEP_MS },
  };
}
