/**
 * OpenTelemetry tracing, when an OTLP endpoint is configured: a span per GraphQL operation, a child
 * span per upstream call, a trace per live poll, W3C traceparent from callers and to upstreams.
 * Without an endpoint nothing of the SDK is loaded and no span is made: the gateway wires none of
 * these hooks (startTracing answers undefined).
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'graphql-yoga';
import type { TracingSettings } from '../config.js';
import type { HttpCore, HttpObserver } from '../upstream/http.js';
import type { LiveObserver } from '../live/pollers.js';
import type { MaskError } from './operation-plugin.js';

export interface Tracing {
  /** The yoga plugin: a span per operation, parented on the caller's traceparent. */
  plugin(maskError: MaskError): Plugin;
  /** Wraps the core's calls in client spans and sends traceparent upstream. */
  traceHttp(core: HttpCore): void;
  /** Attempts and retries of the current upstream call, onto its span. */
  httpObserver: HttpObserver;
  /** Each poll of a live poller as its own trace. */
  liveObserver: LiveObserver;
  /** Exports what is buffered (tests, shutdown). */
  flush(): Promise<void>;
  shutdown(): Promise<void>;
}

export async function startTracing(settings: TracingSettings | undefined): Promise<Tracing | undefined> {
  if (!settings) return undefined;
  const { createOtelTracing } = await import('./otel-tracing.js');
  // src/ops and dist/ops alike sit two levels below package.json.
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return createOtelTracing(settings, version);
}
