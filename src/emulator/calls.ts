/** Counts ServiceStage calls by reference route, so tests and benchmarks can assert upstream cost. */
import type { CallCounts } from '../wire/emulator-control.js';

/** What the emulator remembers of each recent ServiceStage call, for tests of what a client sent. */
export interface RecentCall {
  route: string;
  requestId: string | undefined;
  status: number;
  errorCode: string | undefined;
  /** The error answer's message (and detail), for a test to say what was refused. */
  message?: string;
}

const RECENT = 20_000;

export class CallCounter {
  #total = 0;
  #byRoute = new Map<string, number>();
  #recent: RecentCall[] = [];
  #byErrorCode = new Map<string, number>();

  count(key: string): void {
    this.#total++;
    this.#byRoute.set(key, (this.#byRoute.get(key) ?? 0) + 1);
  }

  /** Records a finished call (the answer's status and error code, the X-Request-Id it carried). */
  record(call: RecentCall): void {
    if (call.errorCode) this.#byErrorCode.set(call.errorCode, (this.#byErrorCode.get(call.errorCode) ?? 0) + 1);
    this.#recent.push(call);
    if (this.#recent.length > RECENT) this.#recent.splice(0, this.#recent.length - RECENT);
  }

  recent(): RecentCall[] {
    return [...this.#recent];
  }

  snapshot(): CallCounts {
    return { total: this.#total, byRoute: Object.fromEntries(this.#byRoute), byErrorCode: Object.fromEntries(this.#byErrorCode) };
  }

  reset(): void {
    this.#total = 0;
    this.#byRoute.clear();
    this.#recent = [];
    this.#byErrorCode.clear();
  }
}
