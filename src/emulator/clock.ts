/**
 * Emulator time: real time plus an offset that tests can advance.
 * Work that falls due (job steps, lease expiries) runs in due-time order, both when
 * real time reaches it and, synchronously, when the clock is advanced past it.
 */
export type DueCallback = (dueAt: number) => void;

export interface Scheduled {
  cancel(): void;
}

interface Entry {
  at: number;
  seq: number;
  fn: DueCallback;
  cancelled: boolean;
}

export class EmulatorClock {
  #offsetMs = 0;
  #seq = 0;
  #queue: Entry[] = [];
  #timer: NodeJS.Timeout | undefined;
  #running = false;
  #stopped = false;

  now(): number {
    return Date.now() + this.#offsetMs;
  }

  get offsetMs(): number {
    return this.#offsetMs;
  }

  /** Moves emulator time forward and runs everything that became due, oldest first. */
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('advance takes a non-negative number of milliseconds');
    this.#offsetMs += ms;
    this.#runDue();
  }

  /** Runs `fn(dueAt)` once emulator time reaches `at`. The callback gets the due time, so chains stay exact under advance(). */
  at(at: number, fn: DueCallback): Scheduled {
    const entry: Entry = { at, seq: this.#seq++, fn, cancelled: false };
    this.#insert(entry);
    this.#arm();
    return {
      cancel: () => {
        entry.cancelled = true;
      },
    };
  }

  after(ms: number, fn: DueCallback): Scheduled {
    return this.at(this.now() + ms, fn);
  }

  /** Repeats every `intervalMs` from now; each run is scheduled from the previous due time, not from the wall clock. */
  every(intervalMs: number, fn: DueCallback): Scheduled {
    let current: Scheduled | undefined;
    let cancelled = false;
    const tick = (dueAt: number) => {
      if (cancelled) return;
      fn(dueAt);
      if (!cancelled) current = this.at(dueAt + intervalMs, tick);
    };
    current = this.after(intervalMs, tick);
    return {
      cancel: () => {
        cancelled = true;
        current?.cancel();
      },
    };
  }

  /** Cancels everything scheduled; time keeps its offset. */
  clear(): void {
    for (const e of this.#queue) e.cancelled = true;
    this.#queue = [];
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  stop(): void {
    this.#stopped = true;
    this.clear();
  }

  #insert(entry: Entry): void {
    // Binary insertion keeps the queue ordered by (at, seq); the queue is small and mostly appended to.
    let lo = 0;
    let hi = this.#queue.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const m = this.#queue[mid]!;
      if (m.at < entry.at || (m.at === entry.at && m.seq < entry.seq)) lo = mid + 1;
      else hi = mid;
    }
    this.#queue.splice(lo, 0, entry);
  }

  #runDue(): void {
    if (this.#running) return; // a callback that advances the clock is picked up by the outer loop
    this.#running = true;
    try {
      for (;;) {
        const head = this.#queue[0];
        if (!head || head.at > this.now()) break;
        this.#queue.shift();
        if (head.cancelled) continue;
        try {
          head.fn(head.at);
        } catch (err) {
          console.error('[emulator] scheduled work failed:', err);
        }
      }
    } finally {
      this.#running = false;
    }
    this.#arm();
  }

  #arm(): void {
    if (this.#stopped) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    while (this.#queue[0]?.cancelled) this.#queue.shift();
    const head = this.#queue[0];
    if (!head) return;
    const delay = Math.max(0, Math.min(head.at - this.now(), 2_147_483_647));
    this.#timer = setTimeout(() => this.#runDue(), delay);
    this.#timer.unref();
  }
}
