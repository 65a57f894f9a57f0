/**
 * The plain POST: one JSON operation posted to /graphql by a script (no Origin), the request nearly
 * every CLI, bot and server-side client sends. yoga's adapter turns each node request into a fetch
 * Request and each result into a fetch Response (header objects, body streams, promise chains): about a
 * third of the CPU of a one-call query (`npm run bench`, entity row). This path reads the body itself and
 * hands the params to yoga's own `getResultForParams` (every onParams hook; envelop: parse and validate
 * caches, context, limits, execution, masking), so what runs is yoga's; only the wrapping is skipped.
 *
 * It takes a request only when none of yoga's request-level hooks would act on it: no Origin (CORS), a
 * JSON content type (CSRF needs none), an Accept it answers with JSON. Any other body (a batch, invalid
 * JSON, extensions such as persisted queries, unexpected keys) or a document that may be a subscription
 * is handed to yoga with the bytes already read, and answered as before.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { ExecutionResult } from 'graphql';
import { processRegularResult, type GraphQLParams, type YogaServerInstance } from 'graphql-yoga';
import type { GatewayContext } from '../context.js';
import type { CallerSignal } from '../upstream/budget.js';

type Yoga = YogaServerInstance<Record<string, unknown>, GatewayContext>;

/** The Accept headers answered here, with the media type yoga's result processor would pick for each. */
const MEDIA_TYPE_OF_ACCEPT: ReadonlyMap<string | undefined, string> = new Map([
  [undefined, 'application/json'],
  ['*/*', 'application/json'],
  ['application/json', 'application/json'],
  ['application/graphql-response+json', 'application/graphql-response+json'],
  ['application/graphql-response+json, application/json', 'application/graphql-response+json'],
]);

const JSON_CONTENT_TYPES = new Set(['application/json', 'application/json; charset=utf-8']);
const PARAM_KEYS = new Set(['query', 'variables', 'operationName']);
/** Conservative: any document with the word may be a subscription, which yoga streams as server-sent events. */
const MAY_SUBSCRIBE = /\bsubscription\b/;

/** The params of a plain operation, or undefined for any other body (yoga answers those). */
export function plainParams(body: string): GraphQLParams | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const params = parsed as Record<string, unknown>;
  for (const key of Object.keys(params)) if (!PARAM_KEYS.has(key)) return undefined;
  const { query, variables, operationName } = params;
  if (typeof query !== 'string' || MAY_SUBSCRIBE.test(query)) return undefined;
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) return undefined;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return undefined;
  // null variables and operationName pass as JSON sent them, as yoga's own parser lets them.
  return params as GraphQLParams;
}

/**
 * Aborted when the caller goes away: what the context's budget listens to (CallerSignal), without the
 * cost of an AbortController per request (3 % of the CPU of a one-call query).
 */
class CallerGone implements CallerSignal {
  aborted = false;
  #listeners: (() => void)[] = [];
  addEventListener(_type: 'abort', listener: () => void): void {
    if (!this.aborted) this.#listeners.push(listener);
  }
  abort(): void {
    if (this.aborted) return;
    this.aborted = true;
    for (const listener of this.#listeners.splice(0)) listener();
  }
}

/**
 * What of a fetch Request the params path reads (headers by name and their names, the caller's signal, method, URL),
 * over the node request as it came: no copy of the headers.
 */
class PlainRequest {
  readonly method = 'POST';
  readonly headers: Pick<Headers, 'get' | 'has' | 'keys'>;
  readonly signal: CallerSignal;
  constructor(
    private readonly req: IncomingMessage,
    signal: CallerSignal,
  ) {
    const raw = req.headers;
    // node's header object has Object's prototype: "constructor" is no header.
    const own = (name: string) => {
      const key = name.toLowerCase();
      return Object.hasOwn(raw, key) ? raw[key] : undefined;
    };
    this.headers = {
      get: (name) => {
        const value = own(name);
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
      },
      has: (name) => own(name) !== undefined,
      // Trace propagators read a carrier's names (src/ops/otel-tracing.ts).
      keys: () => Object.keys(raw)[Symbol.iterator](),
    };
    this.signal = signal;
  }
  /** Only its path is read (refusal logs); the caller's Host has no place in it. */
  get url(): string {
    return `http://gateway${this.req.url ?? '/'}`;
  }
}

/** A result yoga would send as is: one result, no errors, no HTTP instructions in its extensions. */
function isPlainSuccess(result: unknown): result is ExecutionResult & { stringify?: (r: ExecutionResult) => string } {
  if (typeof result !== 'object' || result === null || Array.isArray(result) || Symbol.asyncIterator in result) return false;
  const r = result as ExecutionResult<unknown, { http?: unknown }>;
  return !r.errors?.length && r.extensions?.http === undefined;
}

export interface PlainPostOptions {
  yoga: Yoga;
  /** yoga's maskedErrors function, for an error thrown before any result. */
  maskError: (error: unknown, message: string) => Error;
  /** The refusal telemetry's view of an answer yoga's result hooks did not see. */
  onAnswered: (request: Request, result: unknown, status: number) => void;
  /** Counts the requests answered here and those handed to yoga. */
  onRoute: (route: 'plain' | 'yoga') => void;
}

export interface PlainPosts {
  /** Whether this request's headers make it one for this path (nothing is read yet). */
  takes(req: IncomingMessage): boolean;
  /** Reads the body and answers, or hands the request with its body to yoga. */
  answer(req: IncomingMessage, res: ServerResponse): Promise<void>;
}

/** The body, or undefined when the caller went away before sending all of it (nothing to answer, nothing to log). */
async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of req) chunks.push(chunk as Buffer);
  } catch {
    return undefined;
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}

export function createPlainPosts(options: PlainPostOptions): PlainPosts {
  const { yoga } = options;
  const endpoint = yoga.graphqlEndpoint;

  async function answerWithYoga(req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void> {
    options.onRoute('yoga');
    // whatwg-node reads a body a framework has already read from `req.body` (a stream, so its size does not matter).
    Object.defineProperty(req, 'body', { value: Readable.from([body]), configurable: true });
    await yoga(req, res);
  }

  async function send(res: ServerResponse, request: Request, result: unknown, mediaType: string): Promise<void> {
    if (isPlainSuccess(result)) {
      const text = (result.stringify ?? JSON.stringify)(result);
      res.writeHead(200, { 'content-type': `${mediaType}; charset=utf-8`, 'content-length': Buffer.byteLength(text) }).end(text);
      return;
    }
    // Errors: yoga's own processor picks the status (extensions.http, the media type) and strips what is internal.
    const response = processRegularResult(result as ExecutionResult, yoga.fetchAPI, mediaType);
    const text = await response.text();
    options.onAnswered(request, result, response.status);
    response.headers.forEach((value, name) => res.setHeader(name, value));
    if (!res.hasHeader('content-length')) res.setHeader('content-length', Buffer.byteLength(text));
    res.writeHead(response.status).end(text);
  }

  return {
    takes(req) {
      const { headers } = req;
      return (
        req.method === 'POST' &&
        req.url === endpoint &&
        headers.origin === undefined &&
        headers['content-length'] !== undefined &&
        JSON_CONTENT_TYPES.has(headers['content-type']?.toLowerCase() ?? '') &&
        MEDIA_TYPE_OF_ACCEPT.has(headers.accept)
      );
    },
    async answer(req, res) {
      const body = await readBody(req);
      if (body === undefined) return void res.destroy();
      const params = plainParams(body.toString('utf8'));
      if (!params) return answerWithYoga(req, res, body);
      options.onRoute('plain');
      const mediaType = MEDIA_TYPE_OF_ACCEPT.get(req.headers.accept)!;
      // As yoga's adapter does: a caller that goes away aborts what its operation still waits for.
      const gone = new CallerGone();
      res.once('close', () => res.writableFinished || gone.abort());
      // The params path reads only what PlainRequest has (see its comment): the context reads the signal as a CallerSignal.
      const request = new PlainRequest(req, gone) as unknown as Request;
      let result: unknown;
      try {
        result = await yoga.getResultForParams({ params, request }, { req, res } as unknown as Record<string, unknown>);
      } catch (error) {
        // What yoga's handler does with an error thrown before execution (an onParams hook).
        result = { errors: [options.maskError(error, 'Unexpected error.')] };
      }
      await send(res, request, result ?? { errors: [options.maskError(new Error('no result'), 'Unexpected error.')] }, mediaType);
    },
  };
}
