/** Waits on the live hub's own subscriber changes rather than on time: a condition on its stats is checked at each one. */
import type { LiveObserver } from '../../src/live/pollers.js';
import type { LiveHub } from '../../src/live/hub.js';

type Stats = ReturnType<LiveHub['stats']>;

export interface LiveStatsWaiter {
  /** Pass as the gateway's `liveObserver`. */
  observer: LiveObserver;
  /** Resolves once `condition` holds for `hub.stats()`; the test's timeout bounds the wait. */
  until(hub: () => LiveHub, condition: (stats: Stats) => boolean): Promise<void>;
}

export function liveStatsWaiter(): LiveStatsWaiter {
  const waiters = new Set<() => void>();
  return {
    observer: { onSubscribers: () => [...waiters].forEach((w) => w()) },
    until: (hub, condition) =>
      new Promise((resolve) => {
        const check = () => {
          if (!condition(hub().stats())) return;
          waiters.delete(check);
          resolve();
        };
        waiters.add(check);
        check();
      }),
  };
}
