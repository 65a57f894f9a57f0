/**
 * Measure: what the HTTP core adds to every upstream call besides the request itself, in the
 * benchmark's own process: the breaker (opossum) around an attempt, and the call's abort, as one
 * AbortController and timer per call (src/upstream/http.ts) against AbortSignal.timeout and
 * AbortSignal.any per attempt (what it did before). Each is timed around an already resolved promise.
 */
import { createBreaker } from '../src/upstream/breaker.js';
import type { BenchOptions, Table } from './run.js';

const done = () => Promise.resolve(1);

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
  try {
    const rows: [string, number][] = [
      ['nothing (the awaited promise alone)', await perCallUs(calls, done)],
      ['breaker.run (opossum fire)', await perCallUs(calls, () => breaker.run(done))],
      [
        'one AbortController and timer per call, the caller signal forwarded (now)',
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
      ['AbortSignal.any([AbortSignal.timeout, caller]) per attempt (before)', await perCallUs(calls, () => (AbortSignal.any([AbortSignal.timeout(10_000), caller]), done()))],
    ];
    return {
      title: 'Per-call overhead of the HTTP core (microseconds per call, in the benchmark process)',
      columns: ['what', 'µs per call'],
      rows: rows.map(([what, us]) => [what, us.toFixed(2)]),
      notes: [`${calls} calls each. A one-call query costs about 1,000 µs of gateway CPU: what is below a few µs is not worth moving.`],
    };
  } finally {
    breaker.shutdown();
  }
}
