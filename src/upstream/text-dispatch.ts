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
  /** The body decoded as UTF-8, a byte order mark dropped. */
  text: string;
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
export function dispatchForText(dispatcher: Dispatcher, options: DispatchOptions, signal: AbortSignal, maxBytes = Number.POSITIVE_INFINITY): Promise<TextAnswer> {
  return new Promise<TextAnswer>((resolve, reject) => {
    let abortExchange: ((reason: Error) => void) | undefined;
    let statusCode: number | undefined;
    let rawHeaders: Buffer[] = [];
    const chunks: Buffer[] = [];
    let length = 0;
    let settled = false;
    const settle = () => {
      settled = true;
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      if (abortExchange) return abortExchange(new undiciErrors.RequestAbortedError());
      // Still queued for a connection: the caller hears now; undici drops it when its turn comes (onConnect).
      settle();
      reject(new ExchangeFailure(new undiciErrors.RequestAbortedError()));
    };
    if (signal.aborted) return reject(new ExchangeFailure(new undiciErrors.RequestAbortedError()));
    signal.addEventListener('abort', onAbort, { once: true });
    // The legacy handler interface is the one undici's client calls itself (a newer handler is wrapped).
    const handler = {
      onConnect(abort: (reason: Error) => void) {
        if (signal.aborted) abort(new undiciErrors.RequestAbortedError());
        else abortExchange = abort;
      },
      onHeaders(status: number, headers: Buffer[]) {
        statusCode = status;
        rawHeaders = headers;
        if ((declaredLength(headers) ?? 0) > maxBytes) abortExchange?.(new AnswerTooLarge(maxBytes));
        return true;
      },
      onData(chunk: Buffer) {
        length += chunk.length;
        if (length > maxBytes) {
          chunks.length = 0;
          abortExchange?.(new AnswerTooLarge(maxBytes));
          return true;
        }
        chunks.push(chunk);
        return true;
      },
      onComplete() {
        if (settled) return;
        settle();
        const whole = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length);
        const bom = whole.length > 2 && whole[0] === 0xef && whole[1] === 0xbb && whole[2] === 0xbf;
        resolve({ statusCode: statusCode!, headers: undiciUtil.parseHeaders(rawHeaders), text: whole.toString('utf8', bom ? 3 : 0) });
      },
      onError(err: Error) {
        if (settled) return;
        settle();
        reject(new ExchangeFailure(err, statusCode));
      },
    };
    dispatcher.dispatch(options, handler as unknown as Dispatcher.DispatchHandler);
  });
}
