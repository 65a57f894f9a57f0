/** autocannon as a promise, reduced to the figures the tables show. */
import autocannon from 'autocannon';

export interface LoadResult {
  /** Completed requests per second over the whole run (not rounded, so slow operations still show). */
  requestsPerSecond: number;
  /** Completed requests. */
  requests: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

export async function load(options: { url: string; connections: number; seconds: number; method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: string }): Promise<LoadResult> {
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    method: options.method ?? 'GET',
    headers: options.headers,
    body: options.body,
    // Heavy operations under 50 connections queue for seconds; a slow answer is a figure, not an error.
    timeout: 60,
  });
  return {
    requestsPerSecond: result.requests.total / result.duration,
    requests: result.requests.total,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
