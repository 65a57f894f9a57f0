/** Assembles the gateway from a configuration: upstream HTTP cores, credentials, schema, server. */
import type { GatewayConfig } from './config.js';
import { HttpCore, type HttpObserver } from './upstream/http.js';
import { IamClient } from './upstream/iam.js';
import { ServiceAccount } from './upstream/session.js';
import { createContextFactory, type LoaderFactory } from './context.js';
import { buildApp, type App } from './server.js';
import { buildSchema } from './graph/schema.js';
import { createLogger, type Logger } from './logger.js';
import { LiveHub } from './live/hub.js';
import type { LiveTimer } from './live/timer.js';
import type { LiveObserver } from './live/pollers.js';

export interface RunningGateway {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  app: App;
  live: LiveHub;
  stop(): Promise<void>;
}

export interface GatewayOptions {
  observer?: HttpObserver;
  logger?: Logger;
  /** Tests drive pollers by hand (ManualTimer) to count polls per tick. */
  liveTimer?: LiveTimer;
  liveObserver?: LiveObserver;
  createLoaders?: LoaderFactory;
}

export async function startGateway(config: GatewayConfig, options: GatewayOptions = {}): Promise<RunningGateway> {
  const endpoints = config.endpoints;
  if (!endpoints) throw new Error('startGateway needs upstream endpoints (main.ts fills them with the emulator when none are configured)');
  const http = config.http;
  const core = (origin: string, ca: string | undefined) =>
    new HttpCore({ origin, timeoutMs: http.timeoutMs, retries: http.retries, connections: http.connections, ca, observer: options.observer });
  const casHttp = core(endpoints.casUrl, http.ca);
  const cseHttp = core(endpoints.cseUrl, http.cseCa ?? http.ca);
  const iamHttp = core(endpoints.iamUrl, http.ca);

  let serviceAccount: ServiceAccount | undefined;
  if (config.credentialsMode === 'service-account' && config.serviceAccount) {
    serviceAccount = new ServiceAccount(new IamClient(iamHttp), config.serviceAccount);
    await serviceAccount.session(); // a wrong password fails the start, not the first query
  }

  const live = new LiveHub({ settings: config.live, casHttp, cseHttp, timer: options.liveTimer, observer: options.liveObserver });
  const app = buildApp({
    schema: buildSchema(),
    createContext: createContextFactory({ casHttp, cseHttp, defaultProjectId: endpoints.projectId, mode: config.credentialsMode, serviceAccount, live, createLoaders: options.createLoaders }),
    port: config.port,
    host: config.host,
    production: config.production,
    logger: options.logger ?? createLogger(),
  });
  const url = await app.start();
  return {
    url,
    app,
    live,
    stop: async () => {
      await app.stop();
      await Promise.all([casHttp.close(), cseHttp.close(), iamHttp.close()]);
    },
  };
}
