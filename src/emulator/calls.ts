/** Counts ServiceStage calls by reference route, so tests and benchmarks can assert upstream cost. */
import type { CallCounts } from '../wire/emulator-control.js';

export class CallCounter {
  #total = 0;
  #byRoute = new Map<string, number>();

  count(key: string): void {
    this.#total++;
    this.#byRoute.set(key, (this.#byRoute.get(key) ?? 0) + 1);
  }

  snapshot(): CallCounts {
    return { total: this.#total, byRoute: Object.fromEntries(this.#byRoute) };
  }

  reset(): void {
    this.#total = 0;
    this.#byRoute.clear();
  }
}
