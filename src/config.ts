/**
 * Every setting of the gateway, read from environment variables (and the `--workers` flag) once and
 * validated with every problem reported together in words, so a misconfigured start fails with one
 * message that says what to change. The configuration's types are inferred from the schema below.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { readManifest } from './http/trusted-documents.js';
import type { RedisSettings } from './live/redis-connection.js';
import type { IamAccount } from './upstream/iam.js';
import { EXECUTORS } from './graph/executor.js';

/**
 * Messages are written after the variable's name: the formatter prints `PORT must be …, got "abc"`.
 * Each variable is read as the string the environment holds, so the message can quote what was given.
 */
const got = (raw: string) => `got "${raw}"`;

function wholeNumber<F extends number | undefined>(what: string, min: number, max: number, fallback: F) {
  return z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined) return fallback;
      const n = /^\s*\d+\s*$/.test(raw) ? Number(raw) : NaN;
      if (!Number.isSafeInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `must be ${what}, ${got(raw)}` });
        return z.NEVER;
      }
      return n;
    });
}

const range = (min: number, max: number) => (max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`);
/** A fallback of `undefined` means "as the general setting says" (CAS_TIMEOUT_MS falls back to UPSTREAM_TIMEOUT_MS). */
const count =
  (min: number, max = Number.MAX_SAFE_INTEGER) =>
  <F extends number | undefined>(fallback: F) =>
    wholeNumber(`a whole number ${range(min, max)}`, min, max, fallback);
const milliseconds =
  (min: number) =>
  <F extends number | undefined>(fallback: F) =>
    wholeNumber(`a duration in milliseconds (a whole number ${range(min, Number.MAX_SAFE_INTEGER)})`, min, Number.MAX_SAFE_INTEGER, fallback);
const port = (fallback: number) => wholeNumber('a port number (1-65535, or 0 for any free port)', 0, 65535, fallback);

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .string()
    .optional()
    .superRefine((raw, ctx) => {
      if (raw !== undefined && !values.includes(raw)) {
        ctx.addIssue({ code: 'custom', message: `must be ${values.length === 1 ? `"${values[0]}" or unset` : `one of ${values.join(', ')}`}, ${got(raw)}` });
      }
    })
    .transform((raw) => raw as T[number] | undefined);
}

const text = z.string().optional();

const url = z
  .string()
  .optional()
  .transform((raw, ctx) => {
    if (raw === undefined) return undefined;
    let parsed: URL | undefined;
    try {
      parsed = new URL(raw);
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
      ctx.addIssue({ code: 'custom', message: `must be an http:// or https:// URL, ${got(raw)}` });
      return z.NEVER;
    }
    return raw.replace(/\/+$/, '');
  });

/** `auto` is one worker per core. */
const workers = z
  .string()
  .optional()
  .transform((raw, ctx) => {
    if (raw === undefined) return undefined;
    if (raw === 'auto') return availableParallelism();
    const n = /^\s*\d+\s*$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isInteger(n) || n < 1 || n > 64) {
      ctx.addIssue({ code: 'custom', message: `must be a number of workers from 1 to 64 or "auto", ${got(raw)}` });
      return z.NEVER;
    }
    return n;
  });

/** A fraction from 0 to 1, such as a sampling ratio. */
const ratio = z
  .string()
  .optional()
  .transform((raw, ctx) => {
    if (raw === undefined) return undefined;
    const n = /^\s*\d*\.?\d+\s*$/.test(raw) ? Number(raw) : NaN;
    if (!(n >= 0 && n <= 1)) {
      ctx.addIssue({ code: 'custom', message: `must be a number from 0 to 1, ${got(raw)}` });
      return z.NEVER;
    }
    return n;
  });

const OTLP_PROTOCOLS = ['http/protobuf', 'http/json'] as const;
const TRACES_SAMPLERS = ['always_on', 'always_off', 'traceidratio', 'parentbased_always_on', 'parentbased_always_off', 'parentbased_traceidratio'] as const;

/** Host names the gateway answers to, comma-separated: "gw.example.com", ".example.com" (it and its subdomains), "*" (any). */
const hostNames = z
  .string()
  .optional()
  .transform((raw, ctx) => {
    if (raw === undefined) return undefined;
    const list = raw.split(',').map((h) => h.trim().toLowerCase()).filter(Boolean);
    const bad = list.filter((h) => h !== '*' && !/^\.?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(h) && !/^[0-9a-f:.]+$/.test(h));
    if (bad.length) {
      ctx.addIssue({ code: 'custom', message: `must be comma-separated host names without scheme or port (e.g. gw.example.com,.example.com), ${got(bad.join(','))}` });
      return z.NEVER;
    }
    return list;
  });

/** Exact browser origins, comma-separated: scheme://host[:port], no path. */
const origins = z
  .string()
  .optional()
  .transform((raw, ctx) => {
    if (raw === undefined) return [];
    const list = raw.split(',').map((o) => o.trim()).filter(Boolean);
    const bad = list.filter((o) => !/^https?:\/\/[^/\s]+$/.test(o));
    if (bad.length) {
      ctx.addIssue({ code: 'custom', message: `must be comma-separated origins, each scheme://host[:port] with no path (e.g. https://console.example.com), ${got(bad.join(','))}` });
      return z.NEVER;
    }
    return list;
  });

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
const UPSTREAM_URLS = ['CAS_URL', 'CSE_URL', 'IAM_URL'] as const;
const SERVICE_ACCOUNT = ['IAM_DOMAIN', 'IAM_USER', 'IAM_PASSWORD', 'PROJECT_NAME'] as const;

const EnvSchema = z.object({
  PORT: port(4000),
  HOST: text.default('127.0.0.1'),
  CAS_URL: url,
  CSE_URL: url,
  IAM_URL: url,
  /** The config center (§5.19); default CSE_URL. Apache ServiceComb service-center has none of its own. */
  CONFIG_URL: url,
  /** rbac: the registry engine has security authentication (service-center RBAC); the gateway logs in with CSE_USER/CSE_PASSWORD. */
  CSE_AUTH: oneOf(['none', 'rbac']),
  CSE_USER: text,
  CSE_PASSWORD: text,
  /** The embedded emulator in place of upstreams; in production it must be asked for by name. */
  EMULATOR: oneOf(['embedded']),
  /** PEM bundle trusted for every upstream (an exclusive CSE engine often has its own CA). */
  UPSTREAM_CA_FILE: text,
  CSE_CA_FILE: text,
  PROJECT_ID: text,
  PROJECT_NAME: text,
  CREDENTIALS_MODE: oneOf(['passthrough', 'service-account']),
  IAM_DOMAIN: text,
  IAM_USER: text,
  IAM_PASSWORD: text,
  UPSTREAM_TIMEOUT_MS: milliseconds(1)(10_000),
  /** One upstream's own deadline, where it is slower or faster than the others (default UPSTREAM_TIMEOUT_MS). */
  CAS_TIMEOUT_MS: milliseconds(1)(undefined),
  CSE_TIMEOUT_MS: milliseconds(1)(undefined),
  UPSTREAM_RETRIES: count(0, 5)(2),
  UPSTREAM_CONNECTIONS: count(1, 1024)(64),
  /** One upstream's own pool, where it takes more or fewer connections than the others (default UPSTREAM_CONNECTIONS). */
  CAS_CONNECTIONS: count(1, 1024)(undefined),
  CSE_CONNECTIONS: count(1, 1024)(undefined),
  /** Requests sent on one connection before the first is answered (1: none pipelined). */
  UPSTREAM_PIPELINING: count(1, 100)(1),
  /** The longest upstream answer read; a longer one is cut and fails as a bad response (64 MiB: pages are far smaller). */
  UPSTREAM_MAX_ANSWER_BYTES: count(1_024)(64 * 1024 * 1024),
  CAS_PIPELINING: count(1, 100)(undefined),
  CSE_PIPELINING: count(1, 100)(undefined),
  BREAKER_ERROR_PERCENT: count(1, 100)(50),
  BREAKER_RESET_MS: milliseconds(1)(10_000),
  BREAKER_VOLUME: count(1)(10),
  MAX_DEPTH: count(1)(15),
  MAX_ALIASES: count(0)(30),
  MAX_TOKENS: count(10)(5_000),
  MAX_DIRECTIVES: count(0)(20),
  MAX_COST: count(1)(100_000_000_000),
  MAX_BODY_BYTES: count(1_024)(1_048_576),
  MAX_UPSTREAM_CALLS: count(1)(5_000),
  OPERATION_TIMEOUT_MS: milliseconds(1)(30_000),
  INTROSPECTION: oneOf(['true', 'false']),
  MAX_BATCH: count(1, 100)(10),
  GRAPHQL_EXECUTOR: oneOf(EXECUTORS),
  TRUSTED_DOCUMENTS: text,
  TRUSTED_DOCUMENTS_ALLOW_ARBITRARY: oneOf(['operator']),
  METRICS_MAX_OPERATIONS: count(1)(100),
  MAX_WS_CONNECTIONS: count(1)(10_000),
  MAX_CONNECTION_PARAMS_BYTES: count(256)(16_384),
  MAX_SUBSCRIPTIONS_PER_CONNECTION: count(1)(100),
  SSE_RESERVATION_TTL_MS: milliseconds(1)(30_000),
  SSE_RESERVATIONS_PER_CALLER: count(1)(10),
  SSE_MAX_RESERVATIONS: count(1)(10_000),
  SHUTDOWN_GRACE_MS: milliseconds(0)(10_000),
  REDIS_URL: z
    .string()
    .optional()
    .superRefine((raw, ctx) => {
      if (raw !== undefined && !/^rediss?:\/\/\S+$/.test(raw)) ctx.addIssue({ code: 'custom', message: `must be a redis:// or rediss:// URL, ${got(raw)}` });
    }),
  REDIS_COMMAND_TIMEOUT_MS: milliseconds(1)(2_000),
  REDIS_CA_FILE: text,
  REDIS_SENTINELS: z
    .string()
    .optional()
    .superRefine((raw, ctx) => {
      if (raw !== undefined && !/^\s*[^\s,:]+:\d{1,5}\s*(,\s*[^\s,:]+:\d{1,5}\s*)*$/.test(raw)) {
        ctx.addIssue({ code: 'custom', message: `must be a comma-separated list of host:port (e.g. sentinel-1:26379,sentinel-2:26379), ${got(raw)}` });
      }
    }),
  REDIS_SENTINEL_NAME: text,
  LIVE_LEASE_MS: milliseconds(1)(5_000),
  JOB_POLL_INTERVAL_MS: milliseconds(1)(1_000),
  INSTANCE_POLL_INTERVAL_MS: milliseconds(1)(2_000),
  REGISTRY_POLL_INTERVAL_MS: milliseconds(1)(2_000),
  LIVE_FAILURE_GRACE_MS: milliseconds(0)(15_000),
  EMULATOR_PORT: port(4100),
  EMULATOR_JOB_STEP_MS: milliseconds(1)(500),
  EMULATOR_REGISTRY: oneOf(['reference', 'servicecomb']),
  EMULATOR_CSE_AUTH: oneOf(['none', 'rbac']),
  EMULATOR_REGISTRY_LAG_MS: milliseconds(0)(0),
  LOG_LEVEL: oneOf(LOG_LEVELS),
  NODE_ENV: oneOf(['development', 'production', 'test']),
  WORKERS: workers,
  /** The command line's `--workers`, which wins over WORKERS. */
  '--workers': workers,
  // OpenTelemetry tracing, by the SDK's standard variables: no endpoint, no tracing.
  OTEL_EXPORTER_OTLP_ENDPOINT: url,
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: url,
  OTEL_EXPORTER_OTLP_PROTOCOL: oneOf(OTLP_PROTOCOLS),
  OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: oneOf(OTLP_PROTOCOLS),
  OTEL_SERVICE_NAME: text.default('servicestage-graphql-gateway'),
  OTEL_SDK_DISABLED: oneOf(['true', 'false']),
  OTEL_TRACES_EXPORTER: oneOf(['otlp', 'none']),
  OTEL_TRACES_SAMPLER: oneOf(TRACES_SAMPLERS),
  OTEL_TRACES_SAMPLER_ARG: ratio,
  AUTH_JWKS_URL: url,
  AUTH_ISSUER: text,
  AUTH_AUDIENCE: text,
  ALLOW_ANONYMOUS: oneOf(['none', 'read', 'write']),
  CORS_ORIGINS: origins,
  ALLOWED_HOSTS: hostNames,
});

type Env = z.output<typeof EnvSchema>;

/** Problems between variables, each reported on the variable to change. */
function crossCheck(env: Env, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  const given = UPSTREAM_URLS.filter((k) => env[k] !== undefined);
  if (given.length > 0 && given.length < UPSTREAM_URLS.length) {
    for (const k of UPSTREAM_URLS.filter((k) => env[k] === undefined)) {
      issue(k, `is missing: set CAS_URL, CSE_URL and IAM_URL together (${given.join(' and ')} ${given.length === 1 ? 'is' : 'are'} set), or none of them to run the embedded emulator`);
    }
  }
  if (given.length === UPSTREAM_URLS.length && env.EMULATOR === 'embedded') {
    issue('EMULATOR', 'is "embedded", which runs the emulator in place of upstreams, but CAS_URL, CSE_URL and IAM_URL are set: unset EMULATOR or the URLs');
  }
  if (given.length === 0 && env.NODE_ENV === 'production' && env.EMULATOR !== 'embedded') {
    issue('NODE_ENV', 'is "production" but no upstream is configured: set CAS_URL, CSE_URL, IAM_URL and PROJECT_ID, or EMULATOR=embedded to serve the emulator\'s demo data on purpose');
  }
  if (given.length === UPSTREAM_URLS.length && !env.PROJECT_ID) {
    issue('PROJECT_ID', 'is missing: real upstreams need the project id used in application management paths');
  }
  if (env.CSE_AUTH === 'rbac') {
    for (const k of ['CSE_USER', 'CSE_PASSWORD'] as const) if (!env[k]) issue(k, 'is missing: CSE_AUTH=rbac logs in to the registry (POST /v4/token) with CSE_USER and CSE_PASSWORD');
    if (given.length === 0) issue('CSE_AUTH', 'is "rbac" but no upstream is configured: set CSE_URL (with CAS_URL, IAM_URL), or EMULATOR_CSE_AUTH=rbac for the embedded emulator');
  }
  if (env.CREDENTIALS_MODE === 'service-account') {
    for (const k of SERVICE_ACCOUNT) if (!env[k]) issue(k, 'is missing: CREDENTIALS_MODE=service-account logs in with IAM_DOMAIN, IAM_USER, IAM_PASSWORD and PROJECT_NAME');
  } else {
    const some = SERVICE_ACCOUNT.filter((k) => env[k]);
    if (some.length > 0 && some.length < SERVICE_ACCOUNT.length) {
      for (const k of SERVICE_ACCOUNT.filter((k) => !env[k])) issue(k, `is missing: a service account needs IAM_DOMAIN, IAM_USER, IAM_PASSWORD and PROJECT_NAME together (${some.join(', ')} set)`);
    }
  }
  if (env.AUTH_JWKS_URL) {
    for (const k of ['AUTH_ISSUER', 'AUTH_AUDIENCE'] as const) if (!env[k]) issue(k, 'is missing: with AUTH_JWKS_URL, only tokens of this issuer for this audience are accepted');
  }
  const serviceAccountMode = env.CREDENTIALS_MODE ? env.CREDENTIALS_MODE === 'service-account' : SERVICE_ACCOUNT.every((k) => env[k]);
  if (!serviceAccountMode && given.length === UPSTREAM_URLS.length) {
    // Pass-through: the bearer token is the caller's IAM token and the upstream decides; nothing to verify or open here.
    if (env.AUTH_JWKS_URL) issue('AUTH_JWKS_URL', "applies to service-account mode only: in pass-through mode the bearer token is the caller's IAM token");
    if (env.ALLOW_ANONYMOUS && env.ALLOW_ANONYMOUS !== 'none') issue('ALLOW_ANONYMOUS', 'applies to service-account mode only: in pass-through mode a caller without an IAM token has nothing to pass through');
  }
}

function readCa(file: string | undefined, name: string, ctx: z.RefinementCtx): string | undefined {
  if (!file) return undefined;
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    ctx.addIssue({ code: 'custom', path: [name], message: `names a file that cannot be read: ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` });
    return undefined;
  }
}

function readTrustedDocuments(file: string | undefined, allowArbitrary: 'operator' | undefined, ctx: z.RefinementCtx) {
  if (!file) {
    if (allowArbitrary) ctx.addIssue({ code: 'custom', path: ['TRUSTED_DOCUMENTS_ALLOW_ARBITRARY'], message: 'needs TRUSTED_DOCUMENTS (a manifest file) to mean anything' });
    return undefined;
  }
  try {
    return { file, documents: readManifest(file), allowArbitrary };
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    ctx.addIssue({ code: 'custom', path: ['TRUSTED_DOCUMENTS'], message: `names a manifest that cannot be used: ${file} (${reason})` });
    return undefined;
  }
}

/** The configuration object the rest of the gateway reads, built from valid variables. */
function toConfig(e: Env, ctx: z.RefinementCtx) {
  /** The service account the gateway logs in with (IAM password grant, project scope). */
  const serviceAccount: IamAccount | undefined =
    e.IAM_DOMAIN && e.IAM_USER && e.IAM_PASSWORD && e.PROJECT_NAME
      ? { domain: e.IAM_DOMAIN, user: e.IAM_USER, password: e.IAM_PASSWORD, projectName: e.PROJECT_NAME }
      : undefined;
  const endpoints =
    e.CAS_URL && e.CSE_URL && e.IAM_URL && e.PROJECT_ID
      ? {
          casUrl: e.CAS_URL,
          cseUrl: e.CSE_URL,
          iamUrl: e.IAM_URL,
          /** Default project for application management paths when a caller names none. */
          projectId: e.PROJECT_ID,
          /** The config center; CSE_URL unless CONFIG_URL says otherwise. */
          configUrl: e.CONFIG_URL ?? e.CSE_URL,
          /** The account the gateway logs in to a registry with security authentication. */
          cseAuth: e.CSE_AUTH === 'rbac' && e.CSE_USER && e.CSE_PASSWORD ? { name: e.CSE_USER, password: e.CSE_PASSWORD } : undefined,
        }
      : undefined;
  const production = e.NODE_ENV === 'production';
  const credentialsMode: CredentialsMode = e.CREDENTIALS_MODE ?? (serviceAccount ? 'service-account' : 'passthrough');
  return {
    port: e.PORT,
    host: e.HOST,
    production,
    /** Undefined: run the embedded emulator and point the upstreams at it. */
    endpoints,
    http: {
      /** Deadline of one upstream call, retries included, per upstream (CAS_TIMEOUT_MS, CSE_TIMEOUT_MS, else UPSTREAM_TIMEOUT_MS). */
      timeoutMsOf: { cas: e.CAS_TIMEOUT_MS ?? e.UPSTREAM_TIMEOUT_MS, cse: e.CSE_TIMEOUT_MS ?? e.UPSTREAM_TIMEOUT_MS, iam: e.UPSTREAM_TIMEOUT_MS },
      /** Extra attempts for idempotent reads. */
      retries: e.UPSTREAM_RETRIES,
      /** Keep-alive connections per upstream origin, per upstream (CAS_CONNECTIONS, CSE_CONNECTIONS, else UPSTREAM_CONNECTIONS). */
      connectionsOf: { cas: e.CAS_CONNECTIONS ?? e.UPSTREAM_CONNECTIONS, cse: e.CSE_CONNECTIONS ?? e.UPSTREAM_CONNECTIONS, iam: e.UPSTREAM_CONNECTIONS },
      /** Requests in flight on one connection, per upstream (CAS_PIPELINING, CSE_PIPELINING, else UPSTREAM_PIPELINING). */
      pipeliningOf: { cas: e.CAS_PIPELINING ?? e.UPSTREAM_PIPELINING, cse: e.CSE_PIPELINING ?? e.UPSTREAM_PIPELINING, iam: e.UPSTREAM_PIPELINING },
      /** The longest upstream answer read (http.ts cuts a longer one). */
      maxAnswerBytes: e.UPSTREAM_MAX_ANSWER_BYTES,
      /** PEM text trusted for CAS/IAM, and for CSE unless cseCa is given. */
      ca: readCa(e.UPSTREAM_CA_FILE, 'UPSTREAM_CA_FILE', ctx),
      cseCa: readCa(e.CSE_CA_FILE, 'CSE_CA_FILE', ctx),
      breaker: { errorThresholdPercentage: e.BREAKER_ERROR_PERCENT, resetTimeoutMs: e.BREAKER_RESET_MS, volumeThreshold: e.BREAKER_VOLUME },
    },
    credentialsMode,
    serviceAccount,
    limits: {
      /** Deepest selection nesting accepted. */
      maxDepth: e.MAX_DEPTH,
      maxAliases: e.MAX_ALIASES,
      /** Tokens in one document (a parse-time limit). */
      maxTokens: e.MAX_TOKENS,
      maxDirectives: e.MAX_DIRECTIVES,
      /** The most objects an answer may hold, every list at the page it fetches (src/graph/cost.ts). */
      maxCost: e.MAX_COST,
      /** Largest request body. */
      maxBodyBytes: e.MAX_BODY_BYTES,
      /** Upstream calls one operation (or one subscription event) may make. */
      maxUpstreamCalls: e.MAX_UPSTREAM_CALLS,
      /** Total time of one operation (or one subscription event); also caps each of its calls' deadlines. */
      operationTimeoutMs: e.OPERATION_TIMEOUT_MS,
      /** Schema introspection (off by default in production). */
      introspection: e.INTROSPECTION ? e.INTROSPECTION === 'true' : !production,
      /** Operations in one HTTP batch (a JSON array). */
      maxBatch: e.MAX_BATCH,
    },
    /** jit: graphql-jit runs what it compiles, graphql-js the rest (src/graph/executor.ts). */
    executor: e.GRAPHQL_EXECUTOR ?? 'jit',
    /** Only the manifest's operations run (TRUSTED_DOCUMENTS); unset, any document does. */
    trustedDocuments: readTrustedDocuments(e.TRUSTED_DOCUMENTS, e.TRUSTED_DOCUMENTS_ALLOW_ARBITRARY, ctx),
    /** Caps on the streaming transports (graphql-ws, graphql-sse), per process. */
    transports: {
      /** Open WebSocket connections; upgrades beyond it are refused (503). */
      maxWsConnections: e.MAX_WS_CONNECTIONS,
      /** Size of a connection_init payload (JSON bytes); a bigger one closes the socket with 4413. */
      maxConnectionParamsBytes: e.MAX_CONNECTION_PARAMS_BYTES,
      /** Operations running on one WebSocket at once; the next gets an `error` message, the socket stays. */
      maxSubscriptionsPerConnection: e.MAX_SUBSCRIPTIONS_PER_CONNECTION,
      /** An unused graphql-sse reservation (PUT /graphql/stream) is forgotten after this long. */
      sseReservationTtlMs: e.SSE_RESERVATION_TTL_MS,
      /** Open graphql-sse reservations one caller may hold. */
      sseReservationsPerCaller: e.SSE_RESERVATIONS_PER_CALLER,
      /** Open graphql-sse reservations in the process, all callers together. */
      sseMaxReservations: e.SSE_MAX_RESERVATIONS,
    },
    /** Distinct operation names kept as metric label values (then `other`). */
    metricsMaxOperations: e.METRICS_MAX_OPERATIONS,
    /** How long a shutdown waits for requests in flight. */
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    live: {
      /** How often a running job is polled (one poller per job, whatever the number of subscribers). */
      jobPollMs: e.JOB_POLL_INTERVAL_MS,
      /** How often a watched component instance's status is polled. */
      instancePollMs: e.INSTANCE_POLL_INTERVAL_MS,
      /** How often the registry watcher sends its one batch find. */
      registryPollMs: e.REGISTRY_POLL_INTERVAL_MS,
      /** How long upstream failures may last before subscribers are told. */
      failureGraceMs: e.LIVE_FAILURE_GRACE_MS,
      /** Redis for several replicas: shared events and one poller per thing cluster-wide. */
      redisUrl: e.REDIS_URL,
      /** How to reach that Redis (URL, TLS, Sentinel, command timeout); undefined without Redis. */
      redis: (e.REDIS_URL || e.REDIS_SENTINELS
        ? {
            url: e.REDIS_URL,
            commandTimeoutMs: e.REDIS_COMMAND_TIMEOUT_MS,
            ca: readCa(e.REDIS_CA_FILE, 'REDIS_CA_FILE', ctx),
            sentinels: e.REDIS_SENTINELS?.split(',').map((a) => {
              const [host, port] = a.trim().split(':');
              return { host: host!, port: Number(port) };
            }),
            sentinelName: e.REDIS_SENTINEL_NAME ?? 'mymaster',
          }
        : undefined) as RedisSettings | undefined,
      /** A poller's lease in Redis: another replica takes over within this long after its holder dies. */
      leaseMs: e.LIVE_LEASE_MS,
    },
    emulator: {
      port: e.EMULATOR_PORT,
      jobStepMs: e.EMULATOR_JOB_STEP_MS,
      /** Which registry the emulator plays: the reference's CSE, or Apache ServiceComb service-center 2.1+. */
      registry: e.EMULATOR_REGISTRY ?? 'reference',
      /** rbac: the emulator's registry needs a bearer token from POST /v4/token. */
      cseAuth: e.EMULATOR_CSE_AUTH ?? 'none',
      /** Registry instance reads lag writes by this many emulator ms. */
      registryLagMs: e.EMULATOR_REGISTRY_LAG_MS,
    },
    /** Who may call, in service-account mode, and from which browser origins (any mode). */
    auth: {
      /** OIDC/JWT verification of callers; unset: no bearer JWT is accepted. */
      jwt: e.AUTH_JWKS_URL && e.AUTH_ISSUER && e.AUTH_AUDIENCE ? { jwksUrl: e.AUTH_JWKS_URL, issuer: e.AUTH_ISSUER, audience: e.AUTH_AUDIENCE } : undefined,
      /** What a caller without credentials may do; unset: `write` for the embedded demo (main.ts), `none` otherwise. */
      anonymous: e.ALLOW_ANONYMOUS as AnonymousAccess | undefined,
      /** Exact origins allowed cross-origin (CORS, WebSocket upgrades); empty: none. */
      corsOrigins: e.CORS_ORIGINS,
      /** Host names answered besides loopback ones (http/hosts.ts); undefined: loopback names on a loopback bind, any otherwise. */
      allowedHosts: e.ALLOWED_HOSTS,
    },
    logLevel: e.LOG_LEVEL ?? 'info',
    /** Gateway processes sharing the port (cluster workers when more than one). */
    workers: e['--workers'] ?? e.WORKERS ?? 1,
    /** OpenTelemetry trace export; undefined (tracing off) without an endpoint. */
    tracing: tracingSettings(e),
  };
}

function tracingSettings(e: Env) {
  /** Where spans are POSTed: the traces endpoint as given, or the base endpoint + /v1/traces. */
  const tracesUrl = e.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? (e.OTEL_EXPORTER_OTLP_ENDPOINT && `${e.OTEL_EXPORTER_OTLP_ENDPOINT}/v1/traces`);
  if (!tracesUrl || e.OTEL_SDK_DISABLED === 'true' || e.OTEL_TRACES_EXPORTER === 'none') return undefined;
  return {
    tracesUrl,
    protocol: e.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ?? e.OTEL_EXPORTER_OTLP_PROTOCOL ?? 'http/protobuf',
    serviceName: e.OTEL_SERVICE_NAME,
    sampler: e.OTEL_TRACES_SAMPLER ?? 'parentbased_always_on',
    /** Ratio of the traceidratio samplers. */
    samplerRatio: e.OTEL_TRACES_SAMPLER_ARG ?? 1,
  };
}

const ConfigSchema = EnvSchema.superRefine(crossCheck).transform(toConfig);

export type GatewayConfig = z.output<typeof ConfigSchema>;
export type CredentialsMode = 'passthrough' | 'service-account';
/** What a caller without credentials may do in service-account mode. */
export type AnonymousAccess = 'none' | 'read' | 'write';
export type LogLevel = (typeof LOG_LEVELS)[number];
export type UpstreamEndpoints = NonNullable<GatewayConfig['endpoints']>;
export type HttpSettings = GatewayConfig['http'];
export type LimitSettings = GatewayConfig['limits'];
export type LiveSettings = GatewayConfig['live'];
export type TransportSettings = GatewayConfig['transports'];
export type TracingSettings = NonNullable<GatewayConfig['tracing']>;

export class ConfigError extends Error {}

/** `--workers N` or `--workers=N`; a flag with no value counts as an empty value, which is refused. */
function workersFlag(args: readonly string[]): string | undefined {
  const i = args.findIndex((a) => a === '--workers' || a.startsWith('--workers='));
  if (i < 0) return undefined;
  return args[i]!.includes('=') ? args[i]!.slice('--workers='.length) : (args[i + 1] ?? '');
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, args: readonly string[] = []): GatewayConfig {
  // An empty variable counts as unset (`FOO= npm start` is how a shell unsets one for a command).
  const input: Record<string, string | undefined> = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const flag = workersFlag(args);
  if (flag !== undefined) input['--workers'] = flag;
  const parsed = ConfigSchema.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.length ? `${i.path.join('.')} ` : ''}${i.message}`);
    throw new ConfigError(`Invalid configuration (${lines.length === 1 ? 'one problem' : `${lines.length} problems`}); change these and start again:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
