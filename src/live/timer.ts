/**
 * When pollers run: on real timers, or (in tests) only when told, so that tests count polls per
 * tick instead of timing them.
 */
export interface LiveTimer {
  schedule(ms: number, fn: () => void): () => void;
}

export const realTimer: LiveTimer = {
  schedule(ms, fn) {
    const t = setTimeout(fn, ms);
    t.unref();
    return () => clearTimeout(t);
  },
};

/** Runs nothing by itself: `tick()` runs every callback scheduled so far, once. */
export class ManualTimer implements LiveTimer {
  #due = new Set<() => void>();

  schedule(_ms: number, fn: () => void): () => void {
    this.#due.add(fn);
    return () => this.#due.delete(fn);
  }

  /** Runs each pending callback once (callbacks they schedule wait for the next tick). */
  tick(): number {
    const due = [...this.#due];
    this.#due.clear();
    for (const fn of due) fn();
    return due.length;
  }

  get pending(): number {
    return this.#due.size;
  }
}
