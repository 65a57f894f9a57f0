/**
 * `npm start`: the gateway, and unless upstream URLs are configured, the embedded ServiceStage
 * emulator with its demo data and the demo account as service account, so GraphiQL works at once.
 * `npm start -- --workers N` (or WORKERS=N, validated with the rest of the configuration) runs N gateway workers sharing the port, one per core.
 */
import cluster from 'node:cluster';
import { superviseWorkers } from './ops/workers.js';
import { loadConfig, ConfigError, type GatewayConfig } from './config.js';
import { checkServiceAccount, startGateway, type RunningGateway } from './gateway.js';
import { startEmulator, type RunningEmulator } from './emulator/index.js';
import { DEMO_DOMAIN, DEMO_USER, DEFAULT_PROJECT } from './emulator/tenancy.js';
import { createLogger } from './logger.js';
import { describeStartupFailure, explained, StartupFailure, unreachableUpstreamLines, type StartupContext } from './ops/startup-failure.js';
import { RBAC_ACCOUNT } from './emulator/cse/rbac.js';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function configOrExit(): GatewayConfig {
  try {
    return loadConfig(process.env, process.argv.slice(2));
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }
}

/** A failed start: one line naming what to change (the stack with LOG_LEVEL=debug), exit code 1. */
function failStart(err: unknown, config: GatewayConfig, context: StartupContext): void {
  const line = describeStartupFailure(err, context);
  if (cluster.isWorker && process.send) {
    // The primary prints one line for all its workers and exits.
    process.send({ startupFailure: line }, () => process.exit(1));
    return;
  }
  console.error(line);
  if (config.logLevel === 'debug') console.error(err instanceof StartupFailure ? err.cause : err);
  process.exit(1);
}

/** Real upstreams that do not answer at start are named (as a warning: /ready tells when they do). */
async function warnUnreachable(config: GatewayConfig, gateway: RunningGateway): Promise<void> {
  const e = config.endpoints!;
  const logger = createLogger(config.logLevel);
  for (const line of unreachableUpstreamLines(await gateway.readiness(), { cas: e.casUrl, cse: e.cseUrl })) logger.warn(line);
}

/** What a failure of the gateway's own start is explained with. */
function gatewayContext(config: GatewayConfig, embedded: boolean): StartupContext {
  return { portVariable: 'PORT', host: config.host, port: config.port, iamUrl: config.endpoints?.iamUrl, embedded, timeoutMs: config.http.timeoutMsOf.iam };
}

/** With no upstream configured: the embedded emulator, and its demo account as the service account. */
async function withEmulator(config: GatewayConfig): Promise<{ config: GatewayConfig; emulator?: RunningEmulator }> {
  if (config.endpoints) return { config };
  const { port, jobStepMs, registry, cseAuth, registryLagMs } = config.emulator;
  const emulator = await startEmulator({ port, jobStepMs, registry, cseAuth, registryLagMs }).catch(
    explained({ portVariable: 'EMULATOR_PORT', host: '127.0.0.1', port }),
  );
  return {
    emulator,
    config: {
      ...config,
      endpoints: {
        casUrl: emulator.url,
        cseUrl: emulator.url,
        iamUrl: emulator.url,
        projectId: DEFAULT_PROJECT.id,
        // The emulator playing service-center has no config center: /v3 answers 404 there, as it would.
        configUrl: emulator.url,
        cseAuth: cseAuth === 'rbac' ? { name: RBAC_ACCOUNT.name, password: RBAC_ACCOUNT.password } : undefined,
      },
      credentialsMode: config.serviceAccount ? config.credentialsMode : 'service-account',
      serviceAccount: config.serviceAccount ?? { domain: DEMO_DOMAIN.name, user: DEMO_USER.name, password: DEMO_USER.password, projectName: DEFAULT_PROJECT.name },
      // The newcomer's path: GraphiQL works at once on the local demo data. Real upstreams never get this default.
      auth: { ...config.auth, anonymous: config.auth.anonymous ?? 'write' },
    },
  };
}

/** What a worker needs to know of the primary's configuration, as the environment it reads. */
function workerEnv(config: GatewayConfig): Record<string, string> {
  const e = config.endpoints!;
  const sa = config.serviceAccount;
  return {
    CAS_URL: e.casUrl,
    CSE_URL: e.cseUrl,
    IAM_URL: e.iamUrl,
    PROJECT_ID: e.projectId,
    ...(e.configUrl && { CONFIG_URL: e.configUrl }),
    ...(e.cseAuth && { CSE_AUTH: 'rbac', CSE_USER: e.cseAuth.name, CSE_PASSWORD: e.cseAuth.password }),
    CREDENTIALS_MODE: config.credentialsMode,
    // The primary runs the emulator; workers get its URLs (an empty variable counts as unset).
    EMULATOR: '',
    ...(config.auth.anonymous && { ALLOW_ANONYMOUS: config.auth.anonymous }),
    ...(sa && { IAM_DOMAIN: sa.domain, IAM_USER: sa.user, IAM_PASSWORD: sa.password, PROJECT_NAME: sa.projectName }),
  };
}

/** Who may do what, in one line, so nobody runs an open gateway without knowing it. */
function callersLine(config: GatewayConfig): string {
  if (config.credentialsMode === 'passthrough') return 'each with its own IAM token (Authorization: Bearer or X-Auth-Token); the upstream decides';
  const jwt = config.auth.jwt ? `JWT from ${config.auth.jwt.issuer} (roles viewer/operator)` : 'no JWTs (AUTH_JWKS_URL unset)';
  const anonymous = { none: 'anonymous refused', read: 'anonymous may read', write: 'ANONYMOUS MAY READ AND WRITE' }[config.auth.anonymous ?? 'none'];
  const origins = config.auth.corsOrigins.length ? `origins ${config.auth.corsOrigins.join(', ')}` : 'no cross-origin pages';
  return `${jwt}; ${anonymous} (ALLOW_ANONYMOUS=${config.auth.anonymous ?? 'none'}); ${origins}`;
}

function banner(url: string, config: GatewayConfig, emulator: RunningEmulator | undefined, workers: number): string {
  const lines = [`ServiceStage GraphQL gateway: ${url}${workers > 1 ? ` (${workers} workers)` : ''}`];
  if (!config.production) lines.push(`  GraphiQL:      ${url} (open it in a browser)`);
  lines.push(`  WebSocket:     ${url.replace(/^http/, 'ws')} (graphql-ws)`);
  lines.push(`  credentials:   ${config.credentialsMode}`);
  lines.push(`  callers:       ${callersLine(config)}`);
  if (emulator) {
    lines.push(`Embedded ServiceStage emulator: ${emulator.url} (control: ${emulator.url}/__emulator/info)`);
    lines.push(`  demo login:    domain ${DEMO_DOMAIN.name}, user ${DEMO_USER.name}, password ${DEMO_USER.password}, project ${DEFAULT_PROJECT.name} (${DEFAULT_PROJECT.id})`);
  }
  return lines.join('\n');
}

function onSignals(stop: (signal: string) => Promise<void>): void {
  let stopping = false;
  const handler = (signal: string) => {
    if (stopping) return;
    stopping = true;
    void stop(signal).then(() => process.exit(0));
  };
  process.on('SIGINT', () => handler('SIGINT'));
  process.on('SIGTERM', () => handler('SIGTERM'));
}

async function runSingle(configured: GatewayConfig): Promise<void> {
  const { config, emulator } = await withEmulator(configured);
  const gateway = await startGateway(config).catch(explained(gatewayContext(config, emulator !== undefined)));
  console.log(banner(gateway.url, config, emulator, 1));
  if (!emulator) void warnUnreachable(config, gateway);
  onSignals(async (signal) => {
    console.log(`${signal}: shutting down`);
    await gateway.stop();
    await emulator?.stop();
  });
}

async function runPrimary(configured: GatewayConfig): Promise<void> {
  const workers = configured.workers;
  const { config, emulator } = await withEmulator(configured);
  // One login here, so a refused service account is one line rather than one per worker.
  await checkServiceAccount(config).catch(explained(gatewayContext(config, emulator !== undefined)));
  let failed = false;
  // A worker that cannot start (a port in use) says why: the primary prints it once and exits 1
  // rather than replacing workers that would fail the same way.
  cluster.on('message', (_worker, message: { startupFailure?: string }) => {
    if (typeof message?.startupFailure !== 'string' || failed) return;
    failed = true;
    console.error(message.startupFailure);
    void supervisor
      .stop()
      .then(() => emulator?.stop())
      .finally(() => process.exit(1));
  });
  const supervisor = superviseWorkers({
    workers,
    env: workerEnv(config),
    onListening: (port) => {
      const host = config.host.includes(':') ? `[${config.host}]` : config.host;
      console.log(banner(`http://${host}:${port}/graphql`, config, emulator, workers));
    },
    giveUp: (code) => void (emulator?.stop() ?? Promise.resolve()).finally(() => process.exit(code)),
  });
  onSignals(async (signal) => {
    console.log(`${signal}: shutting down ${workers} workers`);
    await supervisor.stop();
    await emulator?.stop();
  });
}

async function runWorker(config: GatewayConfig): Promise<void> {
  const gateway: RunningGateway = await startGateway(config).catch(explained(gatewayContext(config, false)));
  onSignals(() => gateway.stop());
}

const config = configOrExit();
try {
  if (cluster.isWorker) await runWorker(config);
  else if (config.workers > 1) await runPrimary(config);
  else await runSingle(config);
} catch (err) {
  failStart(err, config, gatewayContext(config, false));
}
