/**
 * Per-subscriber checks (the read a subscription makes with its own credentials before it joins a
 * shared poller) are shared between subscriptions of the same credentials: one read of the same
 * thing, in flight or answered within `ttlMs`, serves them all. A burst of subscriptions of one
 * caller (hundreds on one socket) then costs one upstream call per thing rather than one per
 * subscription, and cannot pile up behind the upstream's connection pool until the calls time out
 * and open its breaker. What a caller has in flight at once is also capped (`perCaller`); the rest
 * wait their turn, and their upstream deadline starts only when they are sent.
 *
 * Keys are a session's key (which names the credentials without revealing them) and the thing
 * checked, so a read never answers for other credentials. Failures are not kept: the next
 * subscription checks again.
 */
import type { LiveTimer } from './timer.js';

export interface CheckCacheOptions {
  /** How long an answered check serves later subscriptions of the same credentials. */
  ttlMs: number;
  /** Checks of one session's credentials in flight at once. */
  perCaller: number;
  timer: LiveTimer;
}

export class CheckCache {
  readonly #entries = new Map<string, { answer: Promise<unknown>; freshness: unknown }>();
  readonly #running = new Map<string, number>();
  readonly #waiting = new Map<string, (() => void)[]>();
  #upstreamChecks = 0;

  constructor(private readonly options: CheckCacheOptions) {}

  /** Checks sent upstream so far (not the ones answered from the cache), for tests. */
  get upstreamChecks(): number {
    return this.#upstreamChecks;
  }

  /**
   * Answers `check()` for `sessionKey` and `what`, sharing one read between the subscriptions that
   * ask for the same. `freshness` (e.g. the bus mark of the thing's topic) is read when the read is
   * sent; once it has changed (an event about the thing arrived), the read is not shared any more.
   */
  run<V>(sessionKey: string, what: string, check: () => Promise<V>, freshness: () => unknown = () => undefined): Promise<V> {
    const key = `${sessionKey}\u0000${what}`;
    const known = this.#entries.get(key);
    if (known && known.freshness === freshness()) return known.answer as Promise<V>;
    const entry = { answer: this.#limited(sessionKey, check) as Promise<unknown>, freshness: freshness() };
    const answer = entry.answer as Promise<V>;
    this.#entries.set(key, entry);
    const forget = () => {
      if (this.#entries.get(key) === entry) this.#entries.delete(key);
    };
    answer.then(
      () => void this.options.timer.schedule(this.options.ttlMs, forget),
      () => forget(),
    );
    return answer;
  }

  async #limited<V>(sessionKey: string, check: () => Promise<V>): Promise<V> {
    while ((this.#running.get(sessionKey) ?? 0) >= this.options.perCaller) {
      await new Promise<void>((resolve) => {
        const queue = this.#waiting.get(sessionKey) ?? [];
        queue.push(resolve);
        this.#waiting.set(sessionKey, queue);
      });
    }
    this.#running.set(sessionKey, (this.#running.get(sessionKey) ?? 0) + 1);
    this.#upstreamChecks++;
    try {
      return await check();
    } finally {
      const left = (this.#running.get(sessionKey) ?? 1) - 1;
      if (left > 0) this.#running.set(sessionKey, left);
      else this.#running.delete(sessionKey);
      const queue = this.#waiting.get(sessionKey);
      const next = queue?.shift();
      if (queue && queue.length === 0) this.#waiting.delete(sessionKey);
      next?.();
    }
  }
}
