/**
 * One HTTP exchange whose answer is read whole as text, on undici's dispatch API: no response body
 * stream, no async resource and no promise per stage, as `pool.request` and `body.text()` make for
 * every call (about half the client's CPU per call in the benchmark of both). What it answers and
 * the errors it fails with are undici's own, as `request` would give them.
 */
import { errors as undiciErrors, util as undiciUtil, type Dispatcher } from 'undici';

export interface TextAnswer {
  statusCode: number;
  /** Lower-case names; a repeated header is an array (as undici's `request` answers them). */
  headers: Record<string, string | string[] | undefined>;
  /** The headers as they arrived (name, value, name, value, …): `headers` parsed again gives a copy of its own. */
  rawHeaders: readonly Buffer[];
  /** The body decoded as UTF-8, a byte order mark dropped. */
  text: string;
}

/**
 * What cuts an exchange short. An AbortSignal is one; the HTTP core's own per-call abort is a lighter
 * one (an AbortSignal is an EventTarget, several times the cost of the rest of a call's bookkeeping).
 */
export interface CancelSignal {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** Why an exchange failed, and whether the answer had begun (its status is then known). */
export class ExchangeFailure extends Error {
  constructor(
    override readonly cause: unknown,
    /** The status line had arrived: the body was cut short. */
    readonly statusCode?: number,
  ) {
    super((cause as Error)?.message ?? String(cause));
  }
}

/** The answer was longer than the caller would hold: the exchange is cut there, not read to its end. */
export class AnswerTooLarge extends Error {
  constructor(readonly maxBytes: number) {
    super(`the answer is longer than ${maxBytes} bytes`);
  }
}

type DispatchOptions = Omit<Dispatcher.DispatchOptions, 'signal'>;

/** A declared Content-Length, from raw header pairs (name, value, name, value, …). */
function declaredLength(raw: Buffer[]): number | undefined {
  for (let i = 0; i + 1 < raw.length; i += 2) {
    if (raw[i]!.length === 14 && raw[i]!.toString('latin1').toLowerCase() === 'content-length') return Number(raw[i + 1]!.toString('latin1'));
  }
  return undefined;
}

/**
 * Sends the request; the signal aborts it at any stage (its abort fails it with undici's RequestAbortedError).
 * An answer longer than `maxBytes` (declared or as it arrives) fails with AnswerTooLarge: an upstream
 * that streams without end cannot fill the gateway's memory.
 */
export function dispatchForText(dispatcher: Dispatcher, options: DispatchOptions, signal: CancelSignal, maxBytes = Number.POSITIVE_INFINITY): Promise<TextAnswer> {
  return new Promise<TextAnswer>((resolve, reject) => {
    if (signal.aborted) return reject(new ExchangeFailure(new undiciErrors.RequestAbortedError()));
    const exchange = new TextExchange(signal, maxBytes, resolve, reject);
    signal.addEventListener('abort', exchange.onAbort, { once: true });
    dispatcher.dispatch(options, exchange as unknown as Dispatcher.DispatchHandler);
  });
}

/**
 * One exchange's state and undici's legacy handler interface (the one its client calls itself; a newer
 * handler is wrapped), as one object: a call makes it and its abort listener, not a closure per stage.
 */
class TextExchange {
  #abortExchange: ((reason: Error) => void) | undefined;
  #statusCode: number | undefined;
  #rawHeaders: Buffer[] = [];
  readonly #chunks: Buffer[] = [];
  #length = 0;
  #settled = false;

  constructor(
    private readonly signal: CancelSignal,
    private readonly maxBytes: number,
    private readonly resolve: (answer: TextAnswer) => void,
    private readonly reject: (failure: ExchangeFailure) => void,
  ) {}

  readonly onAbort = (): void => {
    if (this.#abortExchange) return this.#abortExchange(new undiciErrors.RequestAbortedError());
    // Still queued for a connection: the caller hears now; undici drops it when its turn comes (onConnect).
    this.#settle();
    this.reject(new ExchangeFailure(new undiciErrors.RequestAbortedError()));
  };

  #settle(): void {
    this.#settled = true;
    this.signal.removeEventListener('abort', this.onAbort);
  }

  onConnect(abort: (reason: Error) => void): void {
    if (this.signal.aborted) abort(new undiciErrors.RequestAbortedError());
    else this.#abortExchange = abort;
  }

  onHeaders(status: number, headers: Buffer[]): boolean {
    this.#statusCode = status;
    this.#rawHeaders = headers;
    if ((declaredLength(headers) ?? 0) > this.maxBytes) this.#abortExchange?.(new AnswerTooLarge(this.maxBytes));
    return true;
  }

  onData(chunk: Buffer): boolean {
    this.#length += chunk.length;
    if (this.#length > this.maxBytes) {
      this.#chunks.length = 0;
      this.#abortExchange?.(new AnswerTooLarge(this.maxBytes));
      return true;
    }
    this.#chunks.push(chunk);
    return true;
  }

  onComplete(): void {
    if (this.#settled) return;
    this.#settle();
    const chunks = this.#chunks;
    const whole = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, this.#length);
    const bom = whole.length > 2 && whole[0] === 0xef && whole[1] === 0xbb && whole[2] === 0xbf;
    const rawHeaders = this.#rawHeaders;
    this.resolve({ statusCode: this.#statusCode!, headers: undiciUtil.parseHeaders(rawHeaders), rawHeaders, text: whole.toString('utf8', bom ? 3 : 0) });
  }

  onError(err: Error): void {
    if (this.#settled) return;
    this.#settle();
    this.reject(new ExchangeFailure(err, this.#statusCode));
  }
}
