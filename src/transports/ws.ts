/**
 * graphql-ws on the gateway's port: operations run yoga's envelop (plugins, parse/validate caches,
 * masking, the introspection switch), with limits a single client cannot get round:
 * - connections per process (`maxWsConnections`): the upgrade beyond it is refused with 503;
 * - connection_init's payload (`maxConnectionParamsBytes`): a bigger one closes the socket with 4413;
 * - operations running on one socket (`maxSubscriptionsPerConnection`): the next one gets an `error`
 *   message, the socket and its other operations go on.
 * A bad subscribe message (syntax error, invalid document, refused credentials, anything unexpected)
 * answers that operation with an `error` message; nothing an operation does closes the socket.
 */
import type { IncomingMessage } from 'node:http';
import type { ServerOptions } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import { GraphQLError, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { OperationResult, SubscribePayload } from 'graphql-ws';
import type { WebSocketServer } from 'ws';
import type { YogaServerInstance } from 'graphql-yoga';
import type { CredentialSource, GatewayContext } from '../context.js';
import type { TransportSettings } from '../config.js';
import type { Logger } from '../logger.js';

/** Close code for an oversized connection_init (4400-4499 are graphql-ws's own; 4413 mirrors HTTP 413). */
export const CLOSE_PARAMS_TOO_LARGE = 4413;

interface EnvelopedRoot {
  execute(args: ExecutionArgs): OperationResult;
  subscribe(args: ExecutionArgs): OperationResult;
}

/** graphql-ws carries credentials in connection_init's payload, by the same names as the HTTP headers. */
export function connectionParamsSource(params: Readonly<Record<string, unknown>> | undefined): CredentialSource {
  const lower = new Map(Object.entries(params ?? {}).map(([k, v]) => [k.toLowerCase(), typeof v === 'string' ? v : undefined]));
  return { get: (name) => lower.get(name.toLowerCase()) };
}

/** For `new WebSocketServer({ verifyClient })`: refuses an upgrade once the process holds `max` sockets. */
export function verifyConnectionCount(max: number, wss: () => WebSocketServer) {
  return (_info: { req: IncomingMessage }, done: (ok: boolean, status?: number, message?: string) => void): void => {
    if (wss().clients.size < max) return done(true);
    done(false, 503, `This gateway holds ${max} WebSocket connections (MAX_WS_CONNECTIONS); try again later or use another replica`);
  };
}

export interface GraphQLWsSettings {
  yoga: YogaServerInstance<Record<string, unknown>, GatewayContext>;
  transports: TransportSettings;
  /** The same masking as /graphql (yoga's maskedErrors.maskError). */
  maskError: (error: unknown, message: string) => Error;
  logger: Logger;
  /** The document text of a subscribe message (trusted documents may send a hash instead), or the error that answers it. */
  documentOf?: (payload: SubscribePayload) => string | GraphQLError;
  /** Told of every operation refused before it ran (limit, document, credentials), for logs and metrics. */
  onRefused?: (errors: readonly GraphQLError[]) => void;
}

const asGraphQLError = (e: Error) => (e instanceof GraphQLError ? e : new GraphQLError(e.message, { originalError: e }));

export function graphqlWsOptions(settings: GraphQLWsSettings): ServerOptions<Record<string, unknown> | undefined, Extra> {
  const { yoga, transports, logger } = settings;
  const mask = (errors: readonly GraphQLError[]) => errors.map((e) => asGraphQLError(settings.maskError(e, 'Unexpected error.')));
  const guarded = async (run: () => OperationResult): Promise<Awaited<OperationResult>> => {
    try {
      return await run();
    } catch (err) {
      logger.error(err);
      return { errors: mask([asGraphQLError(err instanceof Error ? err : new Error(String(err)))]) };
    }
  };

  return {
    // onSubscribe puts yoga's enveloped execute/subscribe in rootValue, so WebSocket operations run yoga's plugins.
    // What they throw is that operation's error: graphql-ws would close the whole socket with 4500.
    execute: (args) => guarded(() => (args.rootValue as EnvelopedRoot).execute(args)),
    subscribe: (args) => guarded(() => (args.rootValue as EnvelopedRoot).subscribe(args)),
    onConnect: (ctx) => {
      const bytes = Buffer.byteLength(JSON.stringify(ctx.connectionParams ?? {}));
      if (bytes > transports.maxConnectionParamsBytes) {
        ctx.extra.socket.close(CLOSE_PARAMS_TOO_LARGE, `connection_init payload over ${transports.maxConnectionParamsBytes} bytes`);
        return false;
      }
      return true;
    },
    onSubscribe: async (ctx, _id, payload) => {
      const refused = (errors: readonly GraphQLError[]) => {
        settings.onRefused?.(errors);
        return errors;
      };
      try {
        // Its own id is already in ctx.subscriptions.
        const running = Object.keys(ctx.subscriptions).length;
        if (running > transports.maxSubscriptionsPerConnection) {
          return refused([
            new GraphQLError(`This connection runs ${transports.maxSubscriptionsPerConnection} operations, the limit (MAX_SUBSCRIPTIONS_PER_CONNECTION): complete one first, or open another connection.`, {
              extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' },
            }),
          ]);
        }
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params: payload,
          credentials: connectionParamsSource(ctx.connectionParams),
        });
        const query = settings.documentOf ? settings.documentOf(payload) : payload.query;
        if (query instanceof GraphQLError) return refused([query]);
        let document: DocumentNode;
        try {
          document = parse(query);
        } catch (err) {
          if (err instanceof GraphQLError) return refused([err]);
          throw err;
        }
        const errors = validate(schema, document);
        if (errors.length) return refused(errors);
        let contextValue: Awaited<ReturnType<typeof contextFactory>>;
        try {
          contextValue = await contextFactory();
        } catch (err) {
          // No or bad credentials: this operation gets the error; the socket stays open for others.
          if (err instanceof GraphQLError) return refused([err]);
          throw err;
        }
        return { schema, operationName: payload.operationName, document, variableValues: payload.variables, contextValue, rootValue: { execute, subscribe } };
      } catch (err) {
        logger.error(err);
        return mask([asGraphQLError(err instanceof Error ? err : new Error(String(err)))]);
      }
    },
    // Errors leave the gateway masked as on /graphql (an unexpected error says no more than "Unexpected error.").
    onError: (_ctx, _id, _payload, errors) => mask(errors),
    onNext: (_ctx, _id, _payload, _args, result) => {
      const r = result as ExecutionResult;
      return r.errors?.length ? { ...r, errors: mask(r.errors) } : undefined;
    },
  };
}
