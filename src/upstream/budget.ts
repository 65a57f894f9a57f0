/**
 * What one operation may spend upstream: at most `maxCalls` calls (MAX_UPSTREAM_CALLS) within
 * `timeoutMs` (OPERATION_TIMEOUT_MS). Past either, further calls are refused locally, so what was
 * loaded is still answered; the remaining time also caps each call's own deadline. A subscription
 * opens a new window for each event it executes, not one for its whole life.
 */
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

/** Time as a budget reads it: the real clock, or a test's. */
export interface BudgetClock {
  now(): number;
  /** Runs `fn` in `ms`; answers what cancels it. */
  schedule(ms: number, fn: () => void): () => void;
}

export const realClock: BudgetClock = {
  now: () => Date.now(),
  schedule(ms, fn) {
    const timer = setTimeout(fn, ms);
    return () => clearTimeout(timer);
  },
};

export class OperationBudget {
  #calls = 0;
  #deadline: number;
  readonly #caller: CallerSignal | undefined;
  /** The upstream calls in flight, to be cut when the caller goes away or the time runs out. */
  #inFlight: Set<() => void> | undefined;
  /** Cancels the timer armed while calls are in flight, which cuts them at the deadline. */
  #cancelDeadline: (() => void) | undefined;
  #listeningToCaller = false;

  /**
   * @param caller the caller's own abort (it went away): calls still to come are not made, calls in flight are cut.
   */
  constructor(
    readonly settings: BudgetSettings,
    caller?: CallerSignal,
    private readonly clock: BudgetClock = realClock,
  ) {
    this.#deadline = clock.now() + settings.timeoutMs;
    this.#caller = caller;
  }

  /** Whether the operation ends when its caller goes away (an HTTP request, not a graphql-ws subscription). */
  get boundToCaller(): boolean {
    return this.#caller !== undefined;
  }

  /** The caller went away: calls still to come are refused, calls in flight are cut. */
  get callerGone(): boolean {
    return this.#caller?.aborted === true;
  }

  /**
   * Tells `cut` once when the operation's calls in flight must stop: its caller went away or its time
   * ran out (at once when either has), unless offCut removes it first. Every call in flight registers
   * here, not on the caller's signal nor with a timer of its own: a dashboard has hundreds at once, and
   * an EventTarget listener or a timer of a new duration each costs more than the rest of a call's
   * bookkeeping. One listener on the caller's signal serves them all, and one timer while any is in flight.
   */
  onCut(cut: () => void): void {
    const caller = this.#caller;
    if (caller?.aborted || this.clock.now() >= this.#deadline) return cut();
    if (caller?.addEventListener && !this.#listeningToCaller) {
      this.#listeningToCaller = true;
      caller.addEventListener('abort', () => this.#cutAll(), { once: true });
    }
    const calls = (this.#inFlight ??= new Set());
    if (calls.size === 0) this.#armDeadline(this.#deadline - this.clock.now());
    calls.add(cut);
  }

  /** The call ended: it is not cut any more, and the timer goes with the last one. */
  offCut(cut: () => void): void {
    const calls = this.#inFlight;
    if (!calls?.delete(cut) || calls.size > 0) return;
    this.#disarmDeadline();
  }

  #armDeadline(ms: number): void {
    this.#cancelDeadline = this.clock.schedule(ms, () => this.#cutAll());
  }

  #disarmDeadline(): void {
    this.#cancelDeadline?.();
    this.#cancelDeadline = undefined;
  }

  #cutAll(): void {
    const calls = this.#inFlight;
    this.#disarmDeadline();
    if (!calls) return;
    const all = [...calls];
    calls.clear();
    for (const cut of all) cut();
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
    this.#deadline = this.clock.now() + this.settings.timeoutMs;
    // Calls still in flight from the last window get the new one's time too.
    if (this.#cancelDeadline) {
      this.#disarmDeadline();
      this.#armDeadline(this.settings.timeoutMs);
    }
  }

  /** Accounts for one upstream call about to be sent, or refuses it. */
  take(): void {
    if (this.#caller?.aborted) throw callerAborted();
    if (this.clock.now() >= this.#deadline) throw operationTimedOut(this.settings.timeoutMs);
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
