/**
 * The gateway's HTTP server: graphql-yoga on node:http, graphql-ws on the same port and path
 * sharing yoga's envelop (plugins, parse/validate caches), and socket tracking for a clean stop.
 */
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { useGraphQLSSE } from '@graphql-yoga/plugin-graphql-sse';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import type { ExecutionArgs, GraphQLSchema } from 'graphql';
import type { OperationResult } from 'graphql-ws';
import type { ContextFactory, CredentialSource, GatewayContext } from './context.js';
import { EXAMPLE_OPERATION } from './example-operation.js';
import { createMaskError } from './graph/mask-errors.js';
import type { Logger } from './logger.js';

export interface AppOptions {
  schema: GraphQLSchema;
  createContext: ContextFactory;
  port: number;
  host: string;
  production: boolean;
  logger: Logger;
}

export interface App {
  yoga: YogaServerInstance<Record<string, unknown>, GatewayContext>;
  /** Listens and resolves with the GraphQL endpoint URL. */
  start(): Promise<string>;
  stop(): Promise<void>;
}

interface EnvelopedRoot {
  execute(args: ExecutionArgs): OperationResult;
  subscribe(args: ExecutionArgs): OperationResult;
}

function headerSource(request: Request): CredentialSource {
  return { get: (name) => request.headers.get(name) ?? undefined };
}

/** graphql-ws carries credentials in connection_init's payload, by the same names as the HTTP headers. */
function connectionParamsSource(params: Readonly<Record<string, unknown>> | undefined): CredentialSource {
  const lower = new Map(Object.entries(params ?? {}).map(([k, v]) => [k.toLowerCase(), typeof v === 'string' ? v : undefined]));
  return { get: (name) => lower.get(name.toLowerCase()) };
}

export function buildApp(options: AppOptions): App {
  const yoga = createYoga<Record<string, unknown>, GatewayContext>({
    schema: options.schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    maskedErrors: { maskError: createMaskError(options.production) },
    logging: options.logger,
    // graphql-sse's single connection mode (for HTTP/1 browsers' connection limit), at /graphql/stream.
    plugins: [useGraphQLSSE()],
    graphiql: options.production ? false : { title: 'ServiceStage GraphQL gateway', defaultQuery: EXAMPLE_OPERATION },
    // HTTP requests carry credentials in headers; graphql-ws puts its connection params in `credentials`.
    context: async (initial) => {
      const { credentials, request } = initial as { credentials?: CredentialSource; request?: Request };
      return options.createContext(credentials ?? headerSource(request!));
    },
  });

  const server: Server = createServer((req, res) => {
    void yoga(req, res);
  });
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  const wss = new WebSocketServer({ server, path: yoga.graphqlEndpoint });
  const wsServer = useServer(
    {
      // onSubscribe puts yoga's enveloped execute/subscribe in rootValue, so WebSocket operations run yoga's plugins.
      execute: (args) => (args.rootValue as EnvelopedRoot).execute(args),
      subscribe: (args) => (args.rootValue as EnvelopedRoot).subscribe(args),
      onSubscribe: async (ctx, _id, payload) => {
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params: payload,
          credentials: connectionParamsSource(ctx.connectionParams),
        });
        const args = {
          schema,
          operationName: payload.operationName,
          document: parse(payload.query),
          variableValues: payload.variables,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe },
        };
        const errors = validate(args.schema, args.document);
        if (errors.length) return errors;
        return args;
      },
    },
    wss,
  );

  return {
    yoga,
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
      await wsServer.dispose();
      wss.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
    },
  };
}
