/**
 * One circuit breaker per upstream (opossum): when an API keeps failing (connection errors,
 * timeouts, 5xx, 429), calls to it fail fast for a while instead of piling up, then a probe is let
 * through; the other API is not affected. Client errors (4xx) are answers, not failures.
 */
import CircuitBreaker from 'opossum';

export interface BreakerSettings {
  /** Share of failed calls (in the rolling window) that opens the circuit. */
  errorThresholdPercentage: number;
  /** How long the circuit stays open before a probe. */
  resetTimeoutMs: number;
  /** Calls in the window before the share counts. */
  volumeThreshold: number;
}

export type BreakerState = 'closed' | 'open' | 'half-open';

export interface Breaker {
  run<T>(attempt: () => Promise<T>): Promise<T>;
  readonly state: BreakerState;
  /** Seconds until the next probe while open. */
  readonly retryAfterSeconds: number;
  on(event: 'open' | 'halfOpen' | 'close', listener: () => void): void;
  shutdown(): void;
}

export function createBreaker(name: string, settings: BreakerSettings, failureOf: (err: unknown) => boolean): Breaker {
  const breaker = new CircuitBreaker(async (attempt: () => Promise<unknown>) => attempt(), {
    name,
    timeout: false, // every call has its own deadline already
    errorThresholdPercentage: settings.errorThresholdPercentage,
    resetTimeout: settings.resetTimeoutMs,
    volumeThreshold: settings.volumeThreshold,
    rollingCountTimeout: 10_000,
    // true = "not a failure": the upstream answered, only not with what the caller wanted.
    errorFilter: (err: unknown) => !failureOf(err),
  });
  let openedAt = 0;
  breaker.on('open', () => (openedAt = Date.now()));
  return {
    run: <T>(attempt: () => Promise<T>) => breaker.fire(attempt) as Promise<T>,
    get state(): BreakerState {
      return breaker.opened ? 'open' : breaker.halfOpen ? 'half-open' : 'closed';
    },
    get retryAfterSeconds() {
      return Math.max(1, Math.ceil((openedAt + settings.resetTimeoutMs - Date.now()) / 1000));
    },
    on: (event, listener) => void (breaker as unknown as NodeJS.EventEmitter).on(event, listener),
    shutdown: () => breaker.shutdown(),
  };
}

/** opossum's own rejection while the circuit is open. */
export function isOpenCircuit(err: unknown): boolean {
  return (err as { code?: unknown })?.code === 'EOPENBREAKER';
}
