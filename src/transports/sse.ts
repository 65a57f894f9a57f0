/**
 * graphql-sse at /graphql/stream, with its "single connection mode" made safe for many callers.
 *
 * graphql-sse keeps every reservation (`PUT /graphql/stream`) until its stream is opened, takes the
 * token from the client if it sends one, makes it with Math.random otherwise, and streams the result
 * of any request bearing a token to whoever holds that token's stream. Here a reservation:
 * - needs the same credentials as any operation (the context factory decides, as for /graphql);
 * - gets a token of 256 random bits from node:crypto; a token the client sends on a PUT is ignored;
 * - belongs to the caller who made it: a request with someone else's token is answered 404, as if the
 *   token did not exist;
 * - is forgotten when its stream is not opened within `ttlMs`, and when its stream ends;
 * - is capped per caller (`perCaller` at once) and per process (`max`).
 * Each reservation has its own graphql-sse handler, so forgetting one frees all it held.
 *
 * A bad document or refused credentials answer a GraphQL error; anything unexpected answers a JSON
 * 500 that says no more than /graphql would (masked in production), never a stack.
 */
import { createHash, randomBytes } from 'node:crypto';
import { getOperationAST, GraphQLError, type DocumentNode, type ExecutionResult } from 'graphql';
import { createHandler, type HandlerOptions } from 'graphql-sse/lib/use/fetch';
import { TOKEN_HEADER_KEY, TOKEN_QUERY_KEY } from 'graphql-sse';
import type { Plugin, YogaServerInstance } from 'graphql-yoga';
import type { LiveTimer } from '../live/timer.js';
import type { Logger } from '../logger.js';

export interface SseReservationOptions {
  /** Default /graphql/stream. */
  endpoint?: string;
  /**
   * Who is asking: the same check as every operation's (throws a GraphQLError, with
   * extensions.http.status, for missing or refused credentials), as a key that never reveals them.
   */
  identify(request: Request): Promise<string>;
  /** An unused reservation is forgotten after this long. */
  ttlMs: number;
  /** Reservations one caller may hold at once. */
  perCaller: number;
  /** Reservations the process holds at once, all callers together. */
  max: number;
  timer: LiveTimer;
  production: boolean;
  logger: Logger;
}

interface Reservation {
  owner: string;
  handler: (request: Request) => Promise<Response>;
  /** Cancels the expiry of an unused reservation. */
  cancelExpiry: () => void;
  opened: boolean;
}

/** A key for a caller: its upstream session and the very credentials it presented, hashed. */
export function callerKey(sessionKey: string, request: Request): string {
  const presented = [sessionKey, request.headers.get('authorization') ?? '', request.headers.get('x-auth-token') ?? ''].join('\u0000');
  return createHash('sha256').update(presented).digest('base64url');
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });

const errorBody = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

/** A GraphQL error as the answer of a request that never reached execution. */
function refusal(err: GraphQLError): Response {
  const status = Number((err.extensions?.http as { status?: unknown } | undefined)?.status ?? 400);
  return json(Number.isInteger(status) && status >= 400 && status < 600 ? status : 400, { errors: [err.toJSON()] });
}

function tokenOf(request: Request): string | undefined {
  return request.headers.get(TOKEN_HEADER_KEY) ?? new URL(request.url).searchParams.get(TOKEN_QUERY_KEY) ?? undefined;
}

const isEventStream = (request: Request) => request.headers.get('accept') === 'text/event-stream';

/** Calls `ended` once when the response's body has been read to its end or cancelled. */
function whenBodyEnds(response: Response, ended: () => void): Response {
  if (!response.body) {
    ended();
    return response;
  }
  const reader = response.body.getReader();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await reader.read();
      if (next.done) {
        controller.close();
        ended();
      } else controller.enqueue(next.value);
    },
    async cancel(reason) {
      ended();
      await reader.cancel(reason);
    },
  });
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

export interface SseReservations {
  plugin: Plugin;
  /** Reservations held now (unused or open). */
  readonly size: number;
}

export function createSseReservations(options: SseReservationOptions): SseReservations {
  const endpoint = options.endpoint ?? '/graphql/stream';
  const reservations = new Map<string, Reservation>();
  const held = new Map<string, number>();
  let handlerOptions: HandlerOptions | undefined;
  let distinct: ((request: Request) => Promise<Response>) | undefined;
  let fetchAPI: YogaServerInstance<Record<string, unknown>, Record<string, unknown>>['fetchAPI'] | undefined;

  const forget = (token: string) => {
    const r = reservations.get(token);
    if (!r) return;
    reservations.delete(token);
    r.cancelExpiry();
    const n = (held.get(r.owner) ?? 1) - 1;
    if (n > 0) held.set(r.owner, n);
    else held.delete(r.owner);
  };

  function onYogaInit(yoga: YogaServerInstance<Record<string, unknown>, Record<string, unknown>>): void {
    const resultOf = (errors: readonly GraphQLError[]): ExecutionResult => ({ errors, data: undefined });
    handlerOptions = {
      onSubscribe: async (req, params) => {
        const enveloped = yoga.getEnveloped({ request: req.raw, params });
        let document: DocumentNode;
        try {
          document = enveloped.parse(params.query);
        } catch (err) {
          // A syntax error is the caller's: answered as a GraphQL error (graphql-sse wants `data` present to see a result).
          if (err instanceof GraphQLError) return resultOf([err]);
          throw err;
        }
        const errors = enveloped.validate(enveloped.schema, document);
        if (errors.length > 0) return resultOf(errors);
        let contextValue: unknown;
        try {
          contextValue = await enveloped.contextFactory();
        } catch (err) {
          if (err instanceof GraphQLError) return resultOf([err]);
          throw err;
        }
        const args = { schema: enveloped.schema, document, contextValue, variableValues: params.variables, operationName: params.operationName };
        const operation = getOperationAST(document, params.operationName);
        return (operation?.operation === 'subscription' ? enveloped.subscribe : enveloped.execute)(args) as ExecutionResult;
      },
    };
    fetchAPI = yoga.fetchAPI;
    // Requests without a token: graphql-sse's "distinct connection mode", one stream per operation.
    distinct = createHandler({ ...handlerOptions, authenticate: () => null }, fetchAPI);
  }

  async function reserve(request: Request, owner: string): Promise<Response> {
    const count = held.get(owner) ?? 0;
    if (count >= options.perCaller) {
      return json(429, errorBody(`You hold ${count} stream reservations, the limit: open or close one, or wait ${Math.ceil(options.ttlMs / 1000)} s for an unused one to expire.`, 'TOO_MANY_RESERVATIONS'));
    }
    if (reservations.size >= options.max) {
      return json(503, errorBody(`This gateway holds ${options.max} stream reservations (SSE_MAX_RESERVATIONS): try again later, or send the operation with "Accept: text/event-stream" on its own connection.`, 'TOO_MANY_RESERVATIONS'), { 'retry-after': String(Math.ceil(options.ttlMs / 1000)) });
    }
    const token = randomBytes(32).toString('base64url');
    const reservation: Reservation = {
      owner,
      handler: createHandler({ ...handlerOptions!, authenticate: () => token }, fetchAPI),
      cancelExpiry: options.timer.schedule(options.ttlMs, () => {
        if (!reservation.opened) forget(token);
      }),
      opened: false,
    };
    reservations.set(token, reservation);
    held.set(owner, count + 1);
    const created = await reservation.handler(request);
    if (created.status !== 201) forget(token);
    return created;
  }

  async function route(request: Request): Promise<Response> {
    const token = tokenOf(request);
    if (token === undefined && request.method !== 'PUT') return distinct!(request);
    let owner: string;
    try {
      owner = await options.identify(request);
    } catch (err) {
      if (err instanceof GraphQLError) return refusal(err);
      throw err;
    }
    if (request.method === 'PUT') return reserve(request, owner);
    const reservation = reservations.get(token!);
    // Someone else's token is no token at all: nothing says it exists.
    if (!reservation || reservation.owner !== owner) {
      return json(404, errorBody('No such stream: reserve one with PUT /graphql/stream (with your credentials) and use the token it answers.', 'NOT_FOUND'));
    }
    const response = await reservation.handler(request);
    if (isEventStream(request) && response.status === 200 && !reservation.opened) {
      reservation.opened = true;
      reservation.cancelExpiry();
      return whenBodyEnds(response, () => forget(token!));
    }
    return response;
  }

  const plugin: Plugin = {
    onYogaInit({ yoga }) {
      onYogaInit(yoga as unknown as YogaServerInstance<Record<string, unknown>, Record<string, unknown>>);
    },
    onRequest({ request, url, endResponse }) {
      if (!url.pathname.endsWith(endpoint)) return;
      return route(request).then(endResponse, (err: unknown) => {
        options.logger.error(err);
        const message = options.production ? 'Unexpected error.' : `Unexpected error: ${(err as Error)?.message ?? String(err)}`;
        endResponse(json(500, errorBody(message, 'INTERNAL')));
      });
    },
  };
  return {
    plugin,
    get size() {
      return reservations.size;
    },
  };
}
