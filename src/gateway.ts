/** Assembles the gateway from a configuration: upstream HTTP cores, credentials, schema, server. */
import type { GatewayConfig } from './config.js';
import { HttpCore, type HttpObserver } from './upstream/http.js';
import { IamClient } from './upstream/iam.js';
import type { RegistryTransport } from './upstream/cse.js';
import { RegistryLogin } from './upstream/registry-login.js';
import { RecentWrites } from './loaders/recent-writes.js';
import { ServiceAccount } from './upstream/session.js';
import { createContextFactory, type LoaderFactory } from './context.js';
import { buildApp, type App } from './server.js';
import { buildSchema } from './graph/schema.js';
import { createLogger, type Logger } from './logger.js';
import { LiveHub } from './live/hub.js';
import type { LiveTimer } from './live/timer.js';
import type { LiveObserver } from './live/pollers.js';
import { Metrics } from './ops/metrics.js';
import { checkReadiness, type Readiness } from './ops/readiness.js';
import { RedisCoordination } from './live/redis-coordination.js';
import { startTracing, type Tracing } from './ops/tracing.js';
import type { RedisSettings } from './live/redis-connection.js';
import { JwtVerifier } from './auth/jwt.js';

export interface RunningGateway {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  app: App;
  live: LiveHub;
  metrics: Metrics;
  /** Undefined when no OTLP endpoint is configured. */
  tracing?: Tracing;
  /** Whether both upstreams answer (what /ready reports). */
  readiness(): Promise<Readiness>;
  stop(): Promise<void>;
}

/** Redis that is away at start is not fatal: the replica starts alone and joins when Redis comes. */
async function connectRedis(settings: RedisSettings, leaseMs: number, logger: Logger): Promise<RedisCoordination> {
  const coordination = new RedisCoordination({ settings, leaseMs, logger });
  try {
    await coordination.ready();
    logger.info({ msg: 'live updates shared through Redis', replica: coordination.replicaId });
  } catch (err) {
    logger.warn({ msg: 'Redis unreachable at start; live updates stay on this replica until it answers', replica: coordination.replicaId, error: (err as Error).message });
  }
  return coordination;
}

function combineObservers(...observers: (HttpObserver | undefined)[]): HttpObserver {
  const list = observers.filter((o): o is HttpObserver => o !== undefined);
  return {
    onAttempt: (info) => list.forEach((o) => o.onAttempt?.(info)),
    onBreaker: (info) => list.forEach((o) => o.onBreaker?.(info)),
  };
}

function liveObserver(given: LiveObserver | undefined, tracing: Tracing | undefined): LiveObserver | undefined {
  if (!tracing) return given;
  return {
    onPoll: (topic, ok) => {
      given?.onPoll?.(topic, ok);
      tracing.liveObserver.onPoll?.(topic, ok);
    },
    tracePoll: tracing.liveObserver.tracePoll,
    ...(given?.onSubscribers && { onSubscribers: given.onSubscribers.bind(given) }),
  };
}

export interface GatewayOptions {
  observer?: HttpObserver;
  logger?: Logger;
  /** Tests drive pollers by hand (ManualTimer) to count polls per tick. */
  liveTimer?: LiveTimer;
  liveObserver?: LiveObserver;
  /** Tests expire shared per-subscriber checks by hand (ManualTimer). */
  checkTimer?: LiveTimer;
  /** Tests expire graphql-sse reservations by hand (ManualTimer). */
  reservationTimer?: LiveTimer;
  /** Tests end subscriptions at their JWT's expiry by hand (ManualTimer). */
  tokenExpiryTimer?: LiveTimer;
  createLoaders?: LoaderFactory;
  /** false: every POST through yoga's adapter, as the tests comparing both paths need. */
  plainPosts?: false;
}

/** One upstream's HTTP core, as configured. */
function upstreamCore(config: GatewayConfig, api: 'cas' | 'cse' | 'iam', origin: string, ca: string | undefined, observer?: HttpObserver): HttpCore {
  const http = config.http;
  return new HttpCore({ api, origin, timeoutMs: http.timeoutMsOf[api], retries: http.retries, connections: http.connectionsOf[api], pipelining: http.pipeliningOf[api], maxAnswerBytes: http.maxAnswerBytes, ca, breaker: http.breaker, observer });
}

/** One login of the service account, forgotten at once: a primary's check before it forks workers. */
export async function checkServiceAccount(config: GatewayConfig): Promise<void> {
  if (config.credentialsMode !== 'service-account' || !config.serviceAccount || !config.endpoints) return;
  const iamHttp = upstreamCore(config, 'iam', config.endpoints.iamUrl, config.http.ca);
  try {
    await new IamClient(iamHttp).login(config.serviceAccount);
  } finally {
    await iamHttp.close();
  }
}

export async function startGateway(config: GatewayConfig, options: GatewayOptions = {}): Promise<RunningGateway> {
  const endpoints = config.endpoints;
  if (!endpoints) throw new Error('startGateway needs upstream endpoints (main.ts fills them with the emulator when none are configured)');
  const http = config.http;
  const metrics = new Metrics({ maxOperations: config.metricsMaxOperations });
  const tracing = await startTracing(config.tracing);
  const observer = combineObservers(metrics.observer, tracing?.httpObserver, options.observer);
  const core = (api: 'cas' | 'cse' | 'iam', origin: string, ca: string | undefined) => upstreamCore(config, api, origin, ca, observer);
  const casHttp = core('cas', endpoints.casUrl, http.ca);
  const cseHttp = core('cse', endpoints.cseUrl, http.cseCa ?? http.ca);
  const iamHttp = core('iam', endpoints.iamUrl, http.ca);
  // The config center has its own address when CONFIG_URL says so (service-center has none); same CA as the registry.
  const configHttp = endpoints.configUrl && endpoints.configUrl !== endpoints.cseUrl ? core('cse', endpoints.configUrl, http.cseCa ?? http.ca) : cseHttp;
  if (tracing) for (const c of new Set([casHttp, cseHttp, iamHttp, configHttp])) tracing.traceHttp(c);
  const registry: RegistryTransport = {
    registry: cseHttp,
    config: configHttp,
    ...(endpoints.cseAuth && { login: new RegistryLogin(cseHttp, endpoints.cseAuth) }),
  };

  let serviceAccount: ServiceAccount | undefined;
  if (config.credentialsMode === 'service-account' && config.serviceAccount) {
    serviceAccount = new ServiceAccount(new IamClient(iamHttp), config.serviceAccount);
    // A wrong password fails the start, not the first query.
    await serviceAccount.start().catch(async (err: unknown) => {
      await Promise.all([casHttp.close(), cseHttp.close(), iamHttp.close()]);
      await tracing?.shutdown();
      throw err;
    });
  }

  const logger = options.logger ?? createLogger(config.logLevel);
  const coordination = config.live.redis ? await connectRedis(config.live.redis, config.live.leaseMs, logger) : undefined;
  const live = new LiveHub({ settings: config.live, casHttp, cseHttp: registry, coordination, timer: options.liveTimer, checkTimer: options.checkTimer, observer: liveObserver(options.liveObserver, tracing) });
  metrics.readLiveFrom(() => live.stats());
  const app = buildApp({
    schema: buildSchema(),
    createContext: createContextFactory({
      casHttp,
      cseHttp: registry,
      recentWrites: new RecentWrites(),
      defaultProjectId: endpoints.projectId,
      mode: config.credentialsMode,
      serviceAccount,
      jwt: config.auth.jwt && new JwtVerifier(config.auth.jwt),
      anonymous: config.auth.anonymous ?? 'none',
      live,
      createLoaders: options.createLoaders,
      budget: { maxCalls: config.limits.maxUpstreamCalls, timeoutMs: config.limits.operationTimeoutMs },
    }),
    port: config.port,
    host: config.host,
    production: config.production,
    logger,
    limits: config.limits,
    corsOrigins: config.auth.corsOrigins,
    allowedHosts: config.auth.allowedHosts,
    transports: config.transports,
    reservationTimer: options.reservationTimer,
    tokenExpiryTimer: options.tokenExpiryTimer,
    metrics,
    readiness: () => checkReadiness({ cas: { url: endpoints.casUrl, core: casHttp }, cse: { url: endpoints.cseUrl, core: cseHttp } }),
    shutdownGraceMs: config.shutdownGraceMs,
    trustedDocuments: config.trustedDocuments,
    tracing,
    executor: config.executor,
    plainPosts: options.plainPosts,
  });
  const url = await app.start().catch(async (err: unknown) => {
    // A port in use: nothing of this gateway keeps running.
    await app.stop();
    await live.stop();
    await Promise.all([casHttp.close(), cseHttp.close(), iamHttp.close()]);
    await tracing?.shutdown();
    throw err;
  });
  return {
    url,
    app,
    live,
    metrics,
    tracing,
    readiness: () => checkReadiness({ cas: { url: endpoints.casUrl, core: casHttp }, cse: { url: endpoints.cseUrl, core: cseHttp } }),
    stop: async () => {
      await app.stop();
      await live.stop();
      await Promise.all([casHttp.close(), cseHttp.close(), iamHttp.close(), ...(configHttp === cseHttp ? [] : [configHttp.close()])]);
      await tracing?.shutdown();
    },
  };
}
