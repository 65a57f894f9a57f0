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

export interface LoadOptions {
  url: string;
  connections: number;
  seconds: number;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** The path or body of the n-th request sent (over all connections), for requests that each ask for something else. */
  vary?: (n: number) => { path?: string; body?: string };
}

export async function load(options: LoadOptions): Promise<LoadResult> {
  let sent = 0;
  const vary = options.vary;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    method: options.method ?? 'GET',
    headers: options.headers,
    body: options.body,
    ...(vary && { requests: [{ setupRequest: (request: autocannon.Request) => ({ ...request, ...vary(sent++) }) }] }),
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
