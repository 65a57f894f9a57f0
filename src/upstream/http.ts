/**
 * The one HTTP core every upstream client uses: a keep-alive undici Pool per origin, a deadline per
 * call, bounded jittered retries for idempotent reads only (connection errors, 429, 5xx, honouring
 * Retry-After), and UpstreamError for every failure. Writes are sent exactly once.
 */
import { Pool, errors as undiciErrors } from 'undici';
import { AnswerTooLarge, ExchangeFailure, dispatchForText, type CancelSignal, type TextAnswer } from './text-dispatch.js';
import { LocalRequestError, UpstreamError, parseErrorBody, type UpstreamApi } from './errors.js';
import { SharedReads, type Arrival } from './shared-reads.js';
import { createBreaker, isOpenCircuit, type Breaker, type BreakerSettings } from './breaker.js';
import { callerAborted, operationTimedOut, type OperationBudget } from './budget.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface UpstreamRequest {
  api: UpstreamApi;
  method: HttpMethod;
  /** The reference's template for this call (for errors and metrics), e.g. "/v2/{project_id}/cas/environments". */
  route: string;
  /** The concrete path, without query. */
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  headers?: Record<string, string>;
  body?: unknown;
  /** Safe to send again. Defaults to true for GET only; reads by POST (batch find) opt in. */
  idempotent?: boolean;
  /** Statuses answered without error besides 2xx (e.g. 304 Not Modified). */
  accept?: readonly number[];
  /** The operation's MAX_UPSTREAM_CALLS / OPERATION_TIMEOUT_MS account; every attempt draws on it. */
  budget?: OperationBudget;
}

export interface UpstreamResponse<T> {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON; undefined for an empty body. */
  body: T;
  /** The answer as it arrived, while the response lives: a caller sharing the read parses its own copy from it (shared-reads.ts). */
  arrival?: Arrival;
}

/** What the core reports about each attempt, for metrics and tests. */
export interface HttpObserver {
  onAttempt?(info: { api: UpstreamApi; method: string; route: string; status?: number; error?: UpstreamError; durationMs: number; attempt: number }): void;
  onBreaker?(info: { api: UpstreamApi; origin: string; state: Breaker['state'] }): void;
}

export interface HttpCoreOptions {
  /** Which API this origin serves (names the breaker). */
  api: UpstreamApi;
  origin: string;
  timeoutMs: number;
  retries: number;
  connections: number;
  /** Requests sent on one connection before the first is answered; 1 (the default) pipelines none. */
  pipelining?: number;
  /** The longest answer read (UPSTREAM_MAX_ANSWER_BYTES); a longer one fails as a bad response. */
  maxAnswerBytes?: number;
  ca?: string;
  breaker: BreakerSettings;
  observer?: HttpObserver;
}

const BASE_BACKOFF_MS = 50;
const MAX_BACKOFF_MS = 1_000;

export class HttpCore {
  readonly #pool: Pool;
  readonly #origin: string;
  readonly #options: HttpCoreOptions;
  readonly breaker: Breaker;
  /** Identical GETs of the same credentials in flight at once go upstream once (see api-client's send). */
  readonly sharedReads = new SharedReads();

  constructor(options: HttpCoreOptions) {
    this.#options = options;
    this.breaker = createBreaker(`${options.api} ${options.origin}`, options.breaker, (err) => err instanceof AttemptFailure && err.error.isTransient);
    for (const state of ['open', 'halfOpen', 'close'] as const) {
      this.breaker.on(state, () => options.observer?.onBreaker?.({ api: options.api, origin: options.origin, state: this.breaker.state }));
    }
    const url = new URL(options.origin);
    this.#origin = url.origin;
    this.basePath = url.pathname.replace(/\/+$/, '');
    this.#pool = new Pool(this.#origin, {
      connections: options.connections,
      pipelining: options.pipelining ?? 1,
      keepAliveTimeout: 30_000,
      connect: options.ca ? { ca: options.ca } : undefined,
    });
  }

  /** The path prefix of the configured base URL (an upstream may live below a path). */
  readonly basePath: string;

  async request<T>(req: UpstreamRequest): Promise<UpstreamResponse<T>> {
    // Refused here, before the breaker: what never leaves the gateway is the caller's error and not the upstream's.
    checkHeaderValues(req.headers);
    const idempotent = req.idempotent ?? req.method === 'GET';
    const ownDeadline = Date.now() + this.#options.timeoutMs;
    const budget = req.budget;
    // The operation's remaining time caps this call's deadline; running into that cap is not the upstream's failure.
    const deadline = budget ? Math.min(ownDeadline, budget.deadline) : ownDeadline;
    const cut = budget && budget.deadline < ownDeadline ? () => operationTimedOut(budget.settings.timeoutMs) : undefined;
    const maxAttempts = idempotent ? this.#options.retries + 1 : 1;
    // One abort for the whole call, every attempt included: its own deadline (unless the operation's comes first), or the budget's cut.
    const abort = new CallAbort(cut ? undefined : this.#options.timeoutMs, budget);
    try {
      return await this.#attempts<T>(req, { deadline, idempotent, cut, maxAttempts, signal: abort });
    } finally {
      abort.done();
    }
  }

  async #attempts<T>(req: UpstreamRequest, call: CallPlan): Promise<UpstreamResponse<T>> {
    const { deadline, idempotent, maxAttempts } = call;
    const budget = req.budget;
    for (let attempt = 1; ; attempt++) {
      budget?.take();
      const started = performance.now();
      let result: { response: UpstreamResponse<T> } | { error: UpstreamError; retryAfterMs?: number };
      try {
        result = { response: await this.breaker.run(() => this.#attempt<T>(req, call)) };
      } catch (err) {
        if (isOpenCircuit(err)) {
          // Fails fast: nothing was sent, so even a write was not applied; no retry while open.
          throw new UpstreamError({
            kind: 'UNAVAILABLE',
            api: req.api,
            method: req.method,
            route: req.route,
            upstreamMessage: `circuit open after repeated failures; the next probe is in ${this.breaker.retryAfterSeconds} s`,
            circuitOpen: true,
          });
        }
        if (!(err instanceof AttemptFailure)) throw err;
        result = { error: err.error, retryAfterMs: err.retryAfterMs };
      }
      const durationMs = performance.now() - started;
      if ('response' in result) {
        this.#options.observer?.onAttempt?.({ api: req.api, method: req.method, route: req.route, status: result.response.status, durationMs, attempt });
        return result.response;
      }
      const { error } = result;
      this.#options.observer?.onAttempt?.({ api: req.api, method: req.method, route: req.route, status: error.status, error, durationMs, attempt });
      const retryable = idempotent && attempt < maxAttempts && error.isRetryable;
      if (!retryable) throw error;
      const backoff = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** (attempt - 1));
      const wait = Math.max(result.retryAfterMs ?? 0, Math.random() * backoff);
      if (Date.now() + wait >= deadline) throw error;
      await new Promise((r) => setTimeout(r, wait));
      if (budget?.callerGone) throw callerAborted();
    }
  }

  async close(): Promise<void> {
    this.breaker.shutdown();
    await this.#pool.close();
  }

  async #attempt<T>(req: UpstreamRequest, plan: CallPlan): Promise<UpstreamResponse<T>> {
    const { deadline, idempotent, signal } = plan;
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw attemptError(req, plan, { kind: 'TIMEOUT', mayHaveApplied: false });
    const headers: Record<string, string> = { accept: 'application/json', ...req.headers };
    let body: string | undefined;
    if (req.body !== undefined) {
      body = JSON.stringify(req.body);
      headers['content-type'] = 'application/json';
    }
    let res: TextAnswer;
    try {
      res = await dispatchForText(
        this.#pool,
        { path: this.basePath + req.path + queryString(req.query), method: req.method, headers, body, headersTimeout: remaining, bodyTimeout: remaining },
        signal,
        this.#options.maxAnswerBytes,
      );
    } catch (failure) {
      const err = failure instanceof ExchangeFailure ? failure.cause : failure;
      if (err instanceof AnswerTooLarge) {
        const status = failure instanceof ExchangeFailure ? failure.statusCode : undefined;
        throw attemptError(req, plan, { kind: 'BAD_RESPONSE', status, upstreamMessage: `longer than ${err.maxBytes} bytes, the limit UPSTREAM_MAX_ANSWER_BYTES sets; ask for a smaller page`, mayHaveApplied: !idempotent, cause: err });
      }
      // undici refuses some requests before sending them (a header value it will not write, say).
      if (err instanceof undiciErrors.InvalidArgumentError) throw new LocalRequestError('input', `The request was not sent: ${err.message}.`);
      if (isTimeout(err, signal)) throw attemptError(req, plan, { kind: 'TIMEOUT', mayHaveApplied: !idempotent, cause: err });
      const status = failure instanceof ExchangeFailure ? failure.statusCode : undefined;
      if (status !== undefined) {
        throw attemptError(req, plan, { kind: 'UNAVAILABLE', status, upstreamMessage: 'the connection closed while reading the answer', mayHaveApplied: !idempotent, cause: err });
      }
      throw attemptError(req, plan, { kind: 'UNAVAILABLE', upstreamMessage: errorCode(err) ?? (err as Error).message, mayHaveApplied: !idempotent, cause: err });
    }
    const { text } = res;
    const ok = (res.statusCode >= 200 && res.statusCode < 300) || req.accept?.includes(res.statusCode);
    if (!ok) {
      const parsed = parseErrorBody(text);
      throw attemptError(req, plan, { kind: 'HTTP', status: res.statusCode, upstreamCode: parsed.code, upstreamMessage: parsed.message }, retryAfter(res.headers['retry-after']));
    }
    let parsedBody: unknown = undefined;
    // Whitespace only, without copying a large answer (trim() would, twice).
    const empty = !/\S/.test(text);
    // Every read of the reference answers a JSON body (304 aside); an empty one is a broken answer.
    if (empty && req.method === 'GET' && res.statusCode === 200) {
      throw attemptError(req, plan, { kind: 'BAD_RESPONSE', status: res.statusCode, upstreamMessage: 'empty body where JSON was due' });
    }
    if (!empty) {
      try {
        parsedBody = JSON.parse(text);
      } catch (err) {
        throw attemptError(req, plan, { kind: 'BAD_RESPONSE', status: res.statusCode, upstreamMessage: `not JSON: ${text.slice(0, 80)}`, cause: err });
      }
    }
    return { status: res.statusCode, headers: res.headers, body: parsedBody as T, arrival: empty ? undefined : { text, rawHeaders: res.rawHeaders } };
  }
}

type FailureInit = Omit<ConstructorParameters<typeof UpstreamError>[0], 'api' | 'method' | 'route'>;

/** Why an attempt failed, as the caller should hear it (a function, not a closure made for every attempt). */
function attemptError(req: UpstreamRequest, plan: CallPlan, init: FailureInit, retryAfterMs?: number): Error {
  // Cut short by the caller or by the operation's own deadline: the upstream did nothing wrong.
  if (req.budget?.callerGone) return callerAborted();
  if (init.kind === 'TIMEOUT' && plan.cut) return plan.cut();
  return new AttemptFailure(new UpstreamError({ api: req.api, method: req.method, route: req.route, ...init }), retryAfterMs);
}

/** What every attempt of one call shares. */
interface CallPlan {
  deadline: number;
  idempotent: boolean;
  /** The operation's own deadline came first: running into it is the operation's limit, not the upstream's failure. */
  cut?: () => LocalRequestError;
  maxAttempts: number;
  signal: CancelSignal;
}

/**
 * The abort of one call, every attempt included: at its deadline, or when the operation's budget cuts
 * its calls (the caller went away, the operation's time ran out), undone when the call ends. Its own
 * timer is only for the upstream's deadline, which has the same duration for every call (a timer list
 * of its own per distinct duration is what makes timers costly); the operation's deadline is the
 * budget's one timer. It is its own signal for dispatchForText, with one listener at a time (attempts
 * run one after another): an AbortController and EventTarget listeners per call cost more than the
 * rest of the call's bookkeeping.
 */
class CallAbort implements CancelSignal {
  aborted = false;
  #listener: (() => void) | undefined;
  readonly #timer: NodeJS.Timeout | undefined;
  readonly #budget: OperationBudget | undefined;
  readonly #abort = () => {
    if (this.aborted) return;
    this.aborted = true;
    const listener = this.#listener;
    this.#listener = undefined;
    listener?.();
  };

  /** @param timeoutMs the upstream's deadline from now; undefined when the operation's deadline comes first (the budget keeps that one). */
  constructor(timeoutMs: number | undefined, budget: OperationBudget | undefined) {
    this.#budget = budget;
    if (timeoutMs !== undefined) this.#timer = setTimeout(this.#abort, timeoutMs);
    budget?.onCut(this.#abort);
  }

  addEventListener(_type: 'abort', listener: () => void): void {
    this.#listener = listener;
  }

  removeEventListener(_type: 'abort', listener: () => void): void {
    if (this.#listener === listener) this.#listener = undefined;
  }

  done(): void {
    clearTimeout(this.#timer);
    this.#budget?.offCut(this.#abort);
  }
}

/** The characters undici writes in a header value (it throws on anything else, before sending). */
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
const CREDENTIAL_HEADERS = new Set(['x-auth-token', 'authorization']);

function checkHeaderValues(headers: Record<string, string> | undefined): void {
  if (!headers) return;
  for (const name of Object.keys(headers)) {
    if (HEADER_VALUE.test(headers[name]!)) continue;
    const credential = CREDENTIAL_HEADERS.has(name.toLowerCase());
    throw new LocalRequestError(credential ? 'credential' : 'input', `The ${name} header value contains characters a header cannot carry (line breaks, control characters); nothing was sent.`, name);
  }
}

/** Carries an attempt's error out of #attempt together with the server's Retry-After. */
class AttemptFailure extends Error {
  constructor(
    readonly error: UpstreamError,
    readonly retryAfterMs?: number,
  ) {
    super(error.message);
  }
}

function isTimeout(err: unknown, signal: CancelSignal): boolean {
  if (signal.aborted) return true;
  return err instanceof undiciErrors.HeadersTimeoutError || err instanceof undiciErrors.BodyTimeoutError || err instanceof undiciErrors.ConnectTimeoutError;
}

function errorCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown }).code;
  const causeCode = ((err as { cause?: { code?: unknown } }).cause ?? {}).code;
  const c = typeof code === 'string' && code !== 'UND_ERR_SOCKET' ? code : typeof causeCode === 'string' ? causeCode : code;
  return typeof c === 'string' ? c : undefined;
}

/** Retry-After in seconds or as an HTTP date, capped so one answer cannot stall a request for long. */
function retryAfter(value: string | string[] | undefined): number | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v) return undefined;
  const seconds = Number(v);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(v) - Date.now();
  return Number.isFinite(ms) && ms > 0 ? Math.min(ms, 5_000) : undefined;
}

function queryString(query: UpstreamRequest['query']): string {
  if (!query) return '';
  let params: URLSearchParams | undefined;
  for (const k of Object.keys(query)) {
    const v = query[k];
    if (v !== undefined) (params ??= new URLSearchParams()).set(k, String(v));
  }
  if (!params) return '';
  const s = params.toString();
  return s ? `?${s}` : '';
}
