/**
 * What one operation may spend upstream: at most `maxCalls` calls (MAX_UPSTREAM_CALLS) within
 * `timeoutMs` (OPERATION_TIMEOUT_MS). Past either, further calls are refused locally, so what was
 * loaded is still answered; the remaining time also caps each call's own deadline. A subscription
 * opens a new window for each event it executes, not one for its whole life.
 */
import { setMaxListeners } from 'node:events';
import { LocalRequestError } from './errors.js';

export interface BudgetSettings {
  maxCalls: number;
  timeoutMs: number;
}

/** The part of an abort signal we use: servers hand out their own implementations of it. */
export interface CallerSignal {
  readonly aborted: boolean;
  addEventListener?(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
}

export class OperationBudget {
  #calls = 0;
  #deadline: number;
  readonly #caller: CallerSignal | undefined;
  /** Ours, linked to the caller's: made when the first upstream call asks for a signal. */
  #controller: AbortController | undefined;

  /**
   * @param caller the caller's own abort (it went away): calls still to come are not made, calls in flight are cut.
   */
  constructor(
    readonly settings: BudgetSettings,
    caller?: CallerSignal,
  ) {
    this.#deadline = Date.now() + settings.timeoutMs;
    this.#caller = caller;
  }

  /** Whether the operation ends when its caller goes away (an HTTP request, not a graphql-ws subscription). */
  get boundToCaller(): boolean {
    return this.#caller !== undefined;
  }

  /**
   * Aborts when the caller went away. Made on first use: most operations of one entity are answered by a
   * read another operation has in flight, and never hand a signal to undici.
   */
  get signal(): AbortSignal | undefined {
    const caller = this.#caller;
    if (this.#controller || !caller) return this.#controller?.signal;
    // A real AbortSignal of our own, so undici and AbortSignal.any can use it.
    const controller = new AbortController();
    // Every upstream call in flight listens to it until it ends (a dashboard has hundreds at once);
    // at node's default of 10, each operation printed a MaxListenersExceededWarning with a stack.
    setMaxListeners(0, controller.signal);
    if (caller.aborted) controller.abort();
    else caller.addEventListener?.('abort', () => controller.abort(), { once: true });
    this.#controller = controller;
    return controller.signal;
  }

  /** Calls made in the current window. */
  get calls(): number {
    return this.#calls;
  }

  /** Epoch ms at which the current window ends. */
  get deadline(): number {
    return this.#deadline;
  }

  /** A fresh window: a subscription's next event gets the whole budget again. */
  restart(): void {
    this.#calls = 0;
    this.#deadline = Date.now() + this.settings.timeoutMs;
  }

  /** Accounts for one upstream call about to be sent, or refuses it. */
  take(): void {
    if (this.#caller?.aborted) throw callerAborted();
    if (Date.now() >= this.#deadline) throw operationTimedOut(this.settings.timeoutMs);
    if (this.#calls >= this.settings.maxCalls) {
      throw new LocalRequestError(
        'budget',
        `This operation reached its limit of ${this.settings.maxCalls} upstream calls (MAX_UPSTREAM_CALLS); what was loaded before is answered, the rest is not. Ask for less (page with first/after, fewer nested lists) or raise MAX_UPSTREAM_CALLS.`,
        'MAX_UPSTREAM_CALLS',
      );
    }
    this.#calls++;
  }
}

export function operationTimedOut(timeoutMs: number): LocalRequestError {
  return new LocalRequestError(
    'deadline',
    `This operation ran out of its ${timeoutMs} ms (OPERATION_TIMEOUT_MS); what was loaded before is answered, the rest is not. Ask for less or raise OPERATION_TIMEOUT_MS.`,
    'OPERATION_TIMEOUT_MS',
  );
}

export function callerAborted(): LocalRequestError {
  return new LocalRequestError('aborted', 'The caller cancelled the operation before this upstream call was answered.');
}
