/** Counts ServiceStage calls by reference route, so tests and benchmarks can assert upstream cost. */
import type { CallCounts } from '../wire/emulator-control.js';

/** What the emulator remembers of each recent ServiceStage call, for tests of what a client sent. */
export interface RecentCall {
  route: string;
  requestId: string | undefined;
  /** The W3C traceparent header the call carried, if any. */
  traceparent?: string;
  status: number;
  errorCode: string | undefined;
  /** The error answer's message (and detail), for a test to say what was refused. */
  message?: string;
}

const RECENT = 20_000;
/** The log also stays under this many bytes (as JSON, roughly), however long each call's message. */
export const RECENT_MAX_BYTES = 8 * 1024 * 1024;
/** One call's message in the log is cut to this many characters. */
const MESSAGE_MAX_CHARS = 500;

/** About the size of a call's JSON in the log: its strings and the fixed keys around them. */
const sizeOf = (c: RecentCall) => 80 + c.route.length + (c.requestId?.length ?? 0) + (c.traceparent?.length ?? 0) + (c.errorCode?.length ?? 0) + (c.message?.length ?? 0);

export class CallCounter {
  #total = 0;
  #byRoute = new Map<string, number>();
  #recent: RecentCall[] = [];
  #recentBytes = 0;
  /** Index of the oldest kept call in #recent. */
  #head = 0;
  #byErrorCode = new Map<string, number>();

  count(key: string): void {
    this.#total++;
    this.#byRoute.set(key, (this.#byRoute.get(key) ?? 0) + 1);
  }

  /** Records a finished call (the answer's status and error code, the X-Request-Id it carried). */
  record(call: RecentCall): void {
    if (call.errorCode) this.#byErrorCode.set(call.errorCode, (this.#byErrorCode.get(call.errorCode) ?? 0) + 1);
    const kept: RecentCall = { ...call, ...(call.requestId && { requestId: call.requestId.slice(0, 200) }), ...(call.traceparent && { traceparent: call.traceparent.slice(0, 200) }), ...(call.message && { message: call.message.slice(0, MESSAGE_MAX_CHARS) }) };
    this.#recent.push(kept);
    this.#recentBytes += sizeOf(kept);
    // The oldest go first; the array is compacted only now and then, so each record costs O(1).
    while (this.#recent.length - this.#head > 1 && (this.#recent.length - this.#head > RECENT || this.#recentBytes > RECENT_MAX_BYTES)) {
      this.#recentBytes -= sizeOf(this.#recent[this.#head]!);
      this.#head++;
    }
    if (this.#head > 1_024 && this.#head * 2 > this.#recent.length) {
      this.#recent = this.#recent.slice(this.#head);
      this.#head = 0;
    }
  }

  /** Bytes the log holds now (about its JSON size). */
  get recentBytes(): number {
    return this.#recentBytes;
  }

  recent(): RecentCall[] {
    return this.#recent.slice(this.#head);
  }

  snapshot(): CallCounts {
    return { total: this.#total, byRoute: Object.fromEntries(this.#byRoute), byErrorCode: Object.fromEntries(this.#byErrorCode) };
  }

  reset(): void {
    this.#total = 0;
    this.#byRoute.clear();
    this.#recent = [];
    this.#recentBytes = 0;
    this.#head = 0;
    this.#byErrorCode.clear();
  }
}
