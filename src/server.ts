/**
 * The gateway's HTTP server: graphql-yoga on node:http, graphql-ws on the same port and path
 * sharing yoga's envelop (plugins, parse/validate caches); limits against hostile operations;
 * /health, /ready and /metrics; a graceful stop that lets requests in flight finish.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import type { GraphQLSchema } from 'graphql';
import type { ContextFactory, CredentialSource, GatewayContext } from './context.js';
import type { LimitSettings, TransportSettings } from './config.js';
import { graphiqlOptions, renderGraphiQLPage } from './http/graphiql.js';
import { createFrontendRoutes } from './http/frontends.js';
import { createPlainPosts } from './http/plain-posts.js';
import { perRequestContext } from './http/batching.js';
import { subscribeQuery, useTrustedDocuments, type TrustedDocuments } from './http/trusted-documents.js';
import { createMaskError } from './graph/mask-errors.js';
import type { Logger } from './logger.js';
import type { Metrics } from './ops/metrics.js';
import { useOperationTelemetry } from './ops/operation-plugin.js';
import { callerRequestId, reasonOf, Refusals, type RefusalReason } from './ops/refusals.js';
import { useRefusalTelemetry } from './ops/refusal-plugin.js';
import type { Tracing } from './ops/tracing.js';
import { useCostLimit } from './graph/cost.js';
import { useOneErrorPerLimit } from './graph/limit-errors.js';
import type { Readiness } from './ops/readiness.js';
import { useSubscriptionsEndAtTokenExpiry } from './auth/token-expiry.js';
import { useRoleCheck } from './auth/role-check.js';
import { createHostPolicy, hostRefusalMessage, isMalformedHost, MALFORMED_HOST_MESSAGE } from './http/hosts.js';
import { createOriginPolicy } from './http/origins.js';
import { graphqlWsOptions, verifyConnectionCount } from './transports/ws.js';
import { callerKey, createSseReservations } from './transports/sse.js';
import { useIntrospectionSwitch } from './transports/introspection.js';
import { useSharedEventExecution } from './transports/shared-execution.js';
import { coalesceWrites } from './transports/coalesced-writes.js';
import { realTimer, type LiveTimer } from './live/timer.js';
import { health } from './ops/health.js';
import { useExecutor, type Executor } from './graph/executor.js';

export interface AppOptions {
  schema: GraphQLSchema;
  createContext: ContextFactory;
  port: number;
  host: string;
  production: boolean;
  logger: Logger;
  limits: LimitSettings;
  /** Exact origins allowed cross-origin (CORS and WebSocket upgrades); none by default. */
  corsOrigins?: readonly string[];
  /** ALLOWED_HOSTS: names answered besides loopback ones (http/hosts.ts). */
  allowedHosts?: readonly string[];
  transports: TransportSettings;
  /** Expiry of unused graphql-sse reservations; tests drive it by hand. */
  reservationTimer?: LiveTimer;
  /** Ends subscriptions at their JWT's expiry; tests drive it by hand. */
  tokenExpiryTimer?: LiveTimer;
  metrics: Metrics;
  readiness: () => Promise<Readiness>;
  shutdownGraceMs: number;
  /** TRUSTED_DOCUMENTS: only these operations run. */
  trustedDocuments?: TrustedDocuments;
  tracing?: Tracing;
  executor: Executor;
  /** One JSON operation POSTed by a script is answered without yoga's fetch adapter (http/plain-posts.ts); false: all through yoga. */
  plainPosts?: boolean;
}

export interface App {
  yoga: YogaServerInstance<Record<string, unknown>, GatewayContext>;
  /** graphql-sse reservations held now (unused or open). */
  readonly sseReservations: number;
  /** Open graphql-ws connections. */
  readonly wsConnections: number;
  /** Listens and resolves with the GraphQL endpoint URL. */
  start(): Promise<string>;
  /** Stops accepting, closes subscriptions (1001 Going Away), waits for requests in flight up to the grace, then closes. */
  stop(): Promise<void>;
}

function headerSource(request: Request): CredentialSource {
  return { get: (name) => request.headers.get(name) ?? undefined };
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(payload)), ...headers }).end(payload);
}

const graphqlError = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

/** What load balancers, orchestrators and Prometheus call, by IP: no Host check (http/hosts.ts). */
const MACHINE_PATHS = new Set(['/health', '/ready', '/metrics']);

export function buildApp(options: AppOptions): App {
  const { limits, trustedDocuments } = options;
  const sharedContext = perRequestContext();
  const maskError = createMaskError(options.production);
  const refusals = new Refusals(options.metrics, options.logger);
  const refusalTelemetry = useRefusalTelemetry(refusals);
  const origins = createOriginPolicy(options.corsOrigins ?? []);
  const hosts = createHostPolicy(options.host, options.allowedHosts);
  // graphql-sse's single connection mode (for HTTP/1 browsers' connection limit), at /graphql/stream.
  const sse = createSseReservations({
    identify: async (request) => callerKey((await options.createContext(headerSource(request))).session.key, request),
    ttlMs: options.transports.sseReservationTtlMs,
    perCaller: options.transports.sseReservationsPerCaller,
    max: options.transports.sseMaxReservations,
    timer: options.reservationTimer ?? realTimer,
    production: options.production,
    logger: options.logger,
  });
  const yoga = createYoga<Record<string, unknown>, GatewayContext>({
    schema: options.schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    cors: (request) => origins.cors(request),
    // The body limit is enforced on the raw request below (Content-Length, no chunked bodies); yoga's own
    // limiter would wrap every request body in a stream pipeline for nothing.
    maxRequestBodySize: false,
    maskedErrors: { maskError },
    logging: options.logger,
    graphiql: options.production ? false : graphiqlOptions(),
    renderGraphiQL: renderGraphiQLPage,
    // A JSON array of operations in one request; they share that request's loaders (sharedContext).
    batching: { limit: limits.maxBatch },
    // HTTP requests carry credentials in headers; graphql-ws puts its connection params in `credentials`.
    context: async (initial) => {
      const { credentials, request } = initial as { credentials?: CredentialSource; request?: Request };
      if (credentials) return options.createContext(credentials);
      return sharedContext(request!, () => options.createContext(headerSource(request!), request?.signal));
    },
    plugins: [
      sse.plugin,
      // A browser's "simple" request (GET, form posts) must carry a header only a script can set.
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf', 'graphql-require-preflight'] }),
      ...(trustedDocuments ? useTrustedDocuments(trustedDocuments) : []),
      useIntrospectionSwitch(limits.introspection),
      EnvelopArmorPlugin({
        maxDepth: { n: limits.maxDepth },
        maxAliases: { n: limits.maxAliases },
        maxTokens: { n: limits.maxTokens },
        maxDirectives: { n: limits.maxDirectives },
        // armor's estimate only sees a literal `first`; ours (useCostLimit below) reads the schema and the variables.
        costLimit: { enabled: false },
        // Suggestions ("Did you mean …") map the schema for an attacker: off in production.
        blockFieldSuggestion: { enabled: options.production },
      }),
      // Before tracing, which wraps whatever execute function is set when its hook runs.
      ...useExecutor(options.executor),
      // Subscriptions: each event executed once per group of identical subscribers (src/transports/shared-execution.ts).
      useSharedEventExecution(),
      ...(options.tracing ? [options.tracing.plugin(maskError)] : []),
      useOperationTelemetry(options.metrics, options.logger, maskError),
      refusalTelemetry.plugin,
      useRoleCheck(),
      useSubscriptionsEndAtTokenExpiry(options.tokenExpiryTimer),
      useCostLimit(limits.maxCost),
      useOneErrorPerLimit(),
    ],
  });

  const postCounts = { plain: options.metrics.graphqlPosts.labels('plain'), yoga: options.metrics.graphqlPosts.labels('yoga') };
  const plainPosts =
    options.plainPosts === false
      ? undefined
      : createPlainPosts({ yoga, maskError, onAnswered: refusalTelemetry.answered, onRoute: (route) => postCounts[route].inc() });
  const frontends = createFrontendRoutes({ graphqlPath: yoga.graphqlEndpoint, graphiql: !options.production, trustedDocuments: trustedDocuments !== undefined });
  const inFlight = new Set<ServerResponse>();
  let stopping = false;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/health' && (req.method === 'GET' || req.method === 'HEAD')) return sendJson(res, 200, health());
    if (path === '/ready' && req.method === 'GET') {
      const r = stopping ? { ready: false, upstreams: {} } : await options.readiness();
      return sendJson(res, r.ready ? 200 : 503, { status: r.ready ? 'ready' : stopping ? 'shutting down' : 'not ready', upstreams: r.upstreams });
    }
    if (await frontends(req, res)) return;
    const refuse = (reason: RefusalReason, status: number, message: string) =>
      refusals.refuse(reason, { transport: 'http', status, method: req.method, path, requestId: callerRequestId(req.headers['x-request-id'] as string | undefined), message });
    const length = Number(req.headers['content-length'] ?? 0);
    if (length > limits.maxBodyBytes) {
      refuse('payload_too_large', 413, `${length} bytes`);
      req.resume();
      return sendJson(res, 413, graphqlError(`The request body is ${length} bytes; the limit is ${limits.maxBodyBytes}.`, 'PAYLOAD_TOO_LARGE'));
    }
    if (req.headers['transfer-encoding'] && req.headers['content-length'] === undefined) {
      // The size of a chunked body is unknown until read; clients send GraphQL with a length.
      refuse('length_required', 411, 'chunked body without Content-Length');
      req.resume();
      return sendJson(res, 411, graphqlError('Send the request body with a Content-Length header.', 'LENGTH_REQUIRED'));
    }
    if (plainPosts?.takes(req)) return plainPosts.answer(req, res);
    if (req.method === 'POST' && path === yoga.graphqlEndpoint) postCounts.yoga.inc();
    await yoga(req, res);
  }

  const server: Server = createServer((req, res) => {
    if (stopping) res.setHeader('connection', 'close');
    inFlight.add(res);
    res.once('close', () => inFlight.delete(res));
    // Probes and scrapers address the gateway by IP and read no caller's data: /health, /ready and /metrics answer any name.
    const machinePath = req.method === 'GET' || req.method === 'HEAD' ? MACHINE_PATHS.has((req.url ?? '/').split('?')[0]!) : false;
    if (!machinePath && isMalformedHost(req.headers.host)) {
      refusals.refuse('bad_request', { transport: 'http', status: 400, method: req.method, path: (req.url ?? '/').split('?')[0], message: MALFORMED_HOST_MESSAGE });
      req.resume();
      return sendJson(res, 400, graphqlError(MALFORMED_HOST_MESSAGE, 'BAD_REQUEST'));
    }
    const foreignHost = machinePath ? undefined : hosts.refused(req.headers.host);
    if (foreignHost !== undefined) {
      const message = hostRefusalMessage(foreignHost);
      refusals.refuse('host_not_allowed', { transport: 'http', status: 403, method: req.method, path: (req.url ?? '/').split('?')[0], message });
      req.resume();
      return sendJson(res, 403, graphqlError(message, 'HOST_NOT_ALLOWED'));
    }
    if (req.method === 'GET' && req.url?.split('?')[0] === '/metrics') {
      void options.metrics.registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': options.metrics.registry.contentType }).end(text),
        (err: unknown) => sendJson(res, 500, { error: String(err) }),
      );
      return;
    }
    handle(req, res).catch((err: unknown) => {
      options.logger.error(err);
      if (!res.headersSent) sendJson(res, 500, graphqlError('Unexpected error.', 'INTERNAL'));
    });
  });
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  const countConnections = verifyConnectionCount(options.transports.maxWsConnections, () => wss);
  // noServer: the HTTP server's own errors (a port in use) stay its own, rather than reaching graphql-ws as
  // an "internal error emitted on the WebSocket server"; upgrades are handed over here instead.
  const wss: WebSocketServer = new WebSocketServer({
    noServer: true,
    path: yoga.graphqlEndpoint,
    maxPayload: limits.maxBodyBytes,
    // A page of another origin gets 403 before graphql-ws sees the socket (browsers send no preflight for WebSockets);
    // beyond MAX_WS_CONNECTIONS the upgrade gets 503.
    verifyClient: (info, done) => (origins.allowsUpgrade(info.req) ? countConnections(info, done) : done(false, 403, 'Origin not allowed: list it in CORS_ORIGINS')),
  });
  server.on('upgrade', (req, socket, head) => {
    if (isMalformedHost(req.headers.host)) {
      refusals.refuse('bad_request', { transport: 'ws', status: 400, message: MALFORMED_HOST_MESSAGE });
      return void socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    }
    const foreignHost = hosts.refused(req.headers.host);
    if (foreignHost !== undefined) {
      refusals.refuse('host_not_allowed', { transport: 'ws', status: 403, message: hostRefusalMessage(foreignHost) });
      return void socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    }
    // Only /graphql speaks WebSocket; any other path is refused as the `server` option would.
    if (!wss.shouldHandle(req)) return void socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    // One write per socket per turn of the event loop, however many frames an event fans out to it.
    coalesceWrites(socket);
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });
  const wsServer = useServer(
    graphqlWsOptions({
      yoga,
      transports: options.transports,
      maskError,
      logger: options.logger,
      documentOf: (payload) => subscribeQuery(payload, trustedDocuments),
      onRefused: (errors) => refusals.refuse(reasonOf(errors, undefined), { transport: 'ws', message: errors[0]?.message ?? 'refused' }),
    }),
    wss,
  );

  return {
    yoga,
    get sseReservations() {
      return sse.size;
    },
    get wsConnections() {
      return wss.clients.size;
    },
    start: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port, options.host, () => {
          server.off('error', reject);
          const address = server.address();
          const port = typeof address === 'object' && address ? address.port : options.port;
          const host = options.host.includes(':') ? `[${options.host}]` : options.host;
          resolve(`http://${host}:${port}${yoga.graphqlEndpoint}`);
        });
      }),
    stop: async () => {
      stopping = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Subscriptions end with a close code clients understand as "come back later".
      for (const client of wss.clients) client.close(1001, 'Server shutting down'); // 1001: Going Away
      await wsServer.dispose();
      wss.close();
      // Idle keep-alive connections go now; requests in flight may finish within the grace.
      server.closeIdleConnections();
      const deadline = Date.now() + options.shutdownGraceMs;
      while (inFlight.size > 0 && Date.now() < deadline) {
        const streams = [...inFlight].filter((r) => String(r.getHeader('content-type') ?? '').startsWith('text/event-stream'));
        // Event streams never finish by themselves: they end now.
        for (const r of streams) r.end();
        if (inFlight.size === streams.length) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
