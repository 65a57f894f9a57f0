/**
 * Measure: what the HTTP core adds to every upstream call besides the request itself, in the
 * benchmark's own process: the breaker (opossum) around an attempt, and the call's abort as it is now
 * (src/upstream/http.ts: a timer of the upstream's one duration and a place in the operation budget's
 * set of calls in flight) against one AbortController and timer per call (round five) and
 * AbortSignal.timeout with AbortSignal.any per attempt (round four). Each is timed around an already
 * resolved promise.
 */
import { createBreaker } from '../src/upstream/breaker.js';
import { setMaxListeners } from 'node:events';
import { OperationBudget } from '../src/upstream/budget.js';
import type { BenchOptions, Table } from './run.js';

const done = () => Promise.resolve(1);
/** Calls of the same operation in flight while each measured call is made. */
const IN_FLIGHT = 500;

async function perCallUs(calls: number, fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < calls / 10; i++) await fn(); // warm-up
  const started = performance.now();
  for (let i = 0; i < calls; i++) await fn();
  return ((performance.now() - started) * 1000) / calls;
}

export async function callOverhead(options: BenchOptions): Promise<Table> {
  const calls = options.quick ? 50_000 : 200_000;
  const breaker = createBreaker('bench', { errorThresholdPercentage: 50, resetTimeoutMs: 10_000, volumeThreshold: 10 }, () => true);
  const caller = new AbortController().signal;
  setMaxListeners(0, caller);
  const budget = new OperationBudget({ maxCalls: Number.MAX_SAFE_INTEGER, timeoutMs: 3_600_000 }, caller);
  // The other calls of the operation's wave stay in flight meanwhile (a large dashboard has hundreds at once):
  // each call joins and leaves the listeners of them all.
  const others = Array.from({ length: IN_FLIGHT }, () => () => undefined);
  for (const other of others) {
    budget.onCut(other);
    caller.addEventListener('abort', other);
  }
  try {
    const rows: [string, number][] = [
      ['nothing (the awaited promise alone)', await perCallUs(calls, done)],
      ['breaker.run (opossum fire)', await perCallUs(calls, () => breaker.run(done))],
      [
        "a timer of the upstream's one duration and a place in the budget's set of calls in flight (now)",
        await perCallUs(calls, () => {
          const cut = () => undefined;
          const timer = setTimeout(cut, 10_000);
          budget.onCut(cut);
          clearTimeout(timer);
          budget.offCut(cut);
          return done();
        }),
      ],
      [
        'one AbortController and timer per call, the caller signal forwarded (round five)',
        await perCallUs(calls, () => {
          const controller = new AbortController();
          const timer = setTimeout(() => controller.abort(), 10_000);
          const forward = () => controller.abort();
          caller.addEventListener('abort', forward, { once: true });
          clearTimeout(timer);
          caller.removeEventListener('abort', forward);
          return done();
        }),
      ],
      ['AbortSignal.any([AbortSignal.timeout, caller]) per attempt (round four)', await perCallUs(calls, () => (AbortSignal.any([AbortSignal.timeout(10_000), caller]), done()))],
    ];
    return {
      title: 'Per-call overhead of the HTTP core (microseconds per call, in the benchmark process)',
      columns: ['what', 'µs per call'],
      rows: rows.map(([what, us]) => [what, us.toFixed(2)]),
      notes: [`${calls} calls each, with ${IN_FLIGHT} other calls of the same operation in flight (a dashboard of 600 instances has as many). What a whole query that makes one upstream call costs is in the throughput table (server CPU µs per request).`],
    };
  } finally {
    for (const other of others) {
      budget.offCut(other);
      caller.removeEventListener('abort', other);
    }
    breaker.shutdown();
  }
}
