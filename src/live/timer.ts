/**
 * When pollers run: on real timers, or (in tests) only when told, so that tests count polls per
 * tick instead of timing them.
 */
export interface LiveTimer {
  /** `fn` may return the promise of its work, so a manual tick can wait for it. */
  schedule(ms: number, fn: () => unknown): () => void;
  /** Epoch ms, for a loop that keeps to its own grid of times; a manual timer has no clock (its ticks are the times). */
  now?(): number;
}

export const realTimer: LiveTimer = {
  now: () => Date.now(),
  schedule(ms, fn) {
    const t = setTimeout(fn, ms);
    t.unref();
    return () => clearTimeout(t);
  },
};

/** Runs nothing by itself: `tick()` runs every callback scheduled so far, once, and waits for their work. */
export class ManualTimer implements LiveTimer {
  #due = new Set<() => unknown>();

  schedule(_ms: number, fn: () => unknown): () => void {
    this.#due.add(fn);
    return () => this.#due.delete(fn);
  }

  /** Runs each pending callback once (callbacks they schedule wait for the next tick); resolves with how many ran. */
  async tick(): Promise<number> {
    const due = [...this.#due];
    this.#due.clear();
    await Promise.all(due.map((fn) => fn()));
    return due.length;
  }

  get pending(): number {
    return this.#due.size;
  }
}
