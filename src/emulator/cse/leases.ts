/**
 * Instance leases (registry-behaviour.md, reference Table 6-1/6-2): a push instance must heartbeat;
 * its lease lasts interval x (times + 1) seconds and renews on every heartbeat or re-registration;
 * when it runs out the instance is deleted.
 */
import type { EmulatorClock, Scheduled } from '../clock.js';
import type { HealthCheck } from '../../wire/cse.js';
import type { InstanceInput } from './validate.js';

export const DEFAULT_INTERVAL_S = 30;
export const DEFAULT_TIMES = 3;
/** Table 6-1: "If the value is less than 5s, the registration is performed at an interval of 5s." */
export const MIN_INTERVAL_S = 5;
/** service-center raises times below 3 to 3. */
export const MIN_TIMES = 3;

/** The health check as the registry applies it: defaults, floors, and pull forced to 30 s / 3 times. */
export function effectiveHealthCheck(input: InstanceInput['healthCheck']): HealthCheck {
  if (!input) return { mode: 'push', interval: DEFAULT_INTERVAL_S, times: DEFAULT_TIMES };
  const hc: HealthCheck =
    input.mode === 'pull'
      ? { mode: 'pull', interval: DEFAULT_INTERVAL_S, times: DEFAULT_TIMES }
      : {
          mode: 'push',
          interval: Math.max(input.interval ?? DEFAULT_INTERVAL_S, MIN_INTERVAL_S),
          times: Math.max(input.times ?? DEFAULT_TIMES, MIN_TIMES),
        };
  if (input.port !== undefined) hc.port = input.port;
  return hc;
}

export function leaseTtlMs(hc: HealthCheck): number {
  return hc.interval * (hc.times + 1) * 1000;
}

/** One scheduled expiry per key; renewing cancels the previous one. */
export class LeaseTable {
  readonly #due = new Map<string, Scheduled>();

  constructor(private readonly clock: EmulatorClock) {}

  renew(key: string, ttlMs: number, onExpire: () => void): void {
    this.#due.get(key)?.cancel();
    const scheduled = this.clock.at(this.clock.now() + ttlMs, () => {
      this.#due.delete(key);
      onExpire();
    });
    this.#due.set(key, scheduled);
  }

  cancel(key: string): void {
    this.#due.get(key)?.cancel();
    this.#due.delete(key);
  }

  get size(): number {
    return this.#due.size;
  }
}
