/**
 * The OpenTelemetry SDK behind Tracing (loaded only when tracing is configured). It keeps its own
 * provider, context manager and propagator instead of registering globals, so nothing else in the
 * process is traced by surprise and several gateways (tests) can each have their own.
 */
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, defaultTextMapGetter, defaultTextMapSetter, trace,type Span, type TextMapGetter } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { defaultResource, detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BasicTracerProvider,
  BatchSpanProcessor,
  ParentBasedSampler,
  TraceIdRatioBasedSampler,
  type Sampler,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
import { OTLPTraceExporter as OtlpJsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as OtlpProtobufExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { getOperationAST, type DocumentNode, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { TracingSettings } from '../config.js';
import type { HttpCore, UpstreamRequest } from '../upstream/http.js';
import { UpstreamError } from '../upstream/errors.js';
import { clientCodes, type MaskError } from './operation-plugin.js';
import type { Tracing } from './tracing.js';

function samplerOf(settings: TracingSettings): Sampler {
  const ratio = new TraceIdRatioBasedSampler(settings.samplerRatio);
  switch (settings.sampler) {
    case 'always_on':
      return new AlwaysOnSampler();
    case 'always_off':
      return new AlwaysOffSampler();
    case 'traceidratio':
      return ratio;
    case 'parentbased_always_off':
      return new ParentBasedSampler({ root: new AlwaysOffSampler() });
    case 'parentbased_traceidratio':
      return new ParentBasedSampler({ root: ratio });
    case 'parentbased_always_on':
      return new ParentBasedSampler({ root: new AlwaysOnSampler() });
  }
}

interface FetchHeaders {
  get(name: string): string | null;
  keys(): Iterable<string>;
}
type Carrier = FetchHeaders | Record<string, unknown>;
const isFetchHeaders = (c: Carrier): c is FetchHeaders => typeof (c as FetchHeaders).get === 'function';

/** Yoga hands Fetch-style Headers (its own class, not always the global one); graphql-ws's upgrade request has node's header object. */
const headersGetter: TextMapGetter<Carrier> = {
  get: (carrier, key) => (isFetchHeaders(carrier) ? (carrier.get(key) ?? undefined) : (defaultTextMapGetter.get(carrier, key) as string | string[] | undefined)),
  keys: (carrier) => (isFetchHeaders(carrier) ? [...carrier.keys()] : Object.keys(carrier)),
};

function callerHeaders(contextValue: unknown): Carrier | undefined {
  const c = contextValue as { request?: { headers?: FetchHeaders }; req?: { headers?: Record<string, unknown> } } | undefined;
  return c?.request?.headers ?? c?.req?.headers;
}

/** job|scope|id -> job: span names stay few, the topic goes in an attribute. */
const pollKind = (topic: string) => topic.split(/[|:]/, 1)[0] || 'poll';

export function createOtelTracing(settings: TracingSettings, version: string): Tracing {
  const exporter: SpanExporter = settings.protocol === 'http/json' ? new OtlpJsonExporter({ url: settings.tracesUrl }) : new OtlpProtobufExporter({ url: settings.tracesUrl });
  const resource = defaultResource()
    .merge(detectResources({ detectors: [envDetector] }))
    .merge(resourceFromAttributes({ 'service.name': settings.serviceName, 'service.version': version }));
  const provider = new BasicTracerProvider({ resource, sampler: samplerOf(settings), spanProcessors: [new BatchSpanProcessor(exporter)] });
  const tracer = provider.getTracer('servicestage-graphql-gateway', version);
  const contexts = new AsyncLocalStorageContextManager().enable();
  const propagator = new W3CTraceContextPropagator();
  const activeSpan = (): Span | undefined => trace.getSpan(contexts.active());

  const endOperation = (span: Span, result: ExecutionResult, maskError: MaskError) => {
    const codes = clientCodes(result, maskError);
    const outcome = codes.length === 0 ? 'ok' : result.data ? 'partial' : 'error';
    span.setAttribute('graphql.outcome', outcome);
    if (codes.length) {
      span.setAttribute('graphql.error.codes', [...new Set(codes)]);
      span.setAttribute('graphql.error.count', codes.length);
    }
    if (outcome === 'error') span.setStatus({ code: SpanStatusCode.ERROR, message: codes.join(', ') });
    span.end();
  };

  /** The operation's span, parented on the caller's traceparent, and the context to run it in. */
  const startOperation = (args: { document: DocumentNode; operationName?: string | null; contextValue: unknown }) => {
    const op = getOperationAST(args.document, args.operationName);
    const name = op?.name?.value ?? args.operationName ?? undefined;
    const type = op?.operation ?? 'query';
    const headers = callerHeaders(args.contextValue);
    const requestId = (args.contextValue as { requestId?: unknown }).requestId;
    const parent = headers ? propagator.extract(ROOT_CONTEXT, headers, headersGetter) : ROOT_CONTEXT;
    const span = tracer.startSpan(
      name ? `${type} ${name}` : type,
      {
        kind: SpanKind.SERVER,
        attributes: {
          'graphql.operation.type': type,
          ...(name && { 'graphql.operation.name': name }),
          ...(typeof requestId === 'string' && { 'gateway.request_id': requestId }),
        },
      },
      parent,
    );
    return { span, ctx: trace.setSpan(parent, span) };
  };

  const endWith = (span: Span, result: unknown, maskError: MaskError) => {
    if (result && typeof result === 'object' && ('errors' in result || 'data' in result)) return endOperation(span, result as ExecutionResult, maskError);
    // A stream: the span covers setting it up; its events are not part of it.
    span.setAttribute('graphql.outcome', 'stream');
    span.end();
  };

  const plugin = (maskError: MaskError): Plugin => ({
    onExecute({ args, executeFn, setExecuteFn }) {
      const { span, ctx } = startOperation(args);
      setExecuteFn((a) => contexts.with(ctx, () => executeFn(a)));
      return { onExecuteDone: ({ result }) => endWith(span, result, maskError) };
    },
    onSubscribe({ args, subscribeFn, setSubscribeFn }) {
      const { span, ctx } = startOperation(args);
      setSubscribeFn((a) => contexts.with(ctx, () => subscribeFn(a)));
      return { onSubscribeResult: ({ result }) => endWith(span, result, maskError) };
    },
  });

  const traceHttp = (core: HttpCore) => {
    const send = core.request.bind(core);
    core.request = (<T>(req: UpstreamRequest) => {
      const parent = contexts.active();
      // Calls outside an operation or a poll (readiness probes, the service account's login) are not traced.
      if (!trace.getSpan(parent)) return send<T>(req);
      const span = tracer.startSpan(
        `${req.method} ${req.route}`,
        { kind: SpanKind.CLIENT, attributes: { 'http.request.method': req.method, 'url.template': req.route, 'upstream.api': req.api } },
        parent,
      );
      const ctx = trace.setSpan(parent, span);
      const headers: Record<string, string> = { ...req.headers };
      propagator.inject(ctx, headers, defaultTextMapSetter);
      return contexts.with(ctx, async () => {
        try {
          const res = await send<T>({ ...req, headers });
          span.setAttribute('http.response.status_code', res.status);
          return res;
        } catch (err) {
          if (err instanceof UpstreamError) {
            span.setAttribute('error.type', err.kind === 'HTTP' ? String(err.status) : err.kind.toLowerCase());
            if (err.status !== undefined) span.setAttribute('http.response.status_code', err.status);
            if (err.upstreamCode) span.setAttribute('upstream.error_code', err.upstreamCode);
          }
          span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error).message });
          throw err;
        } finally {
          span.setAttribute('upstream.breaker.state', core.breaker.state);
          span.end();
        }
      });
    }) as HttpCore['request'];
  };

  return {
    plugin,
    traceHttp,
    httpObserver: {
      onAttempt: ({ attempt, error }) => {
        const span = activeSpan();
        if (!span) return;
        span.setAttribute('upstream.attempts', attempt);
        span.setAttribute('upstream.retries', attempt - 1);
        if (error) span.addEvent('upstream.attempt_failed', { attempt, 'error.type': error.kind, ...(error.status !== undefined && { 'http.response.status_code': error.status }) });
      },
    },
    liveObserver: {
      // Polls start from timers that may have been scheduled inside an operation: each is its own trace.
      tracePoll: (topic, poll) => {
        const span = tracer.startSpan(`live.poll ${pollKind(topic)}`, { root: true, kind: SpanKind.INTERNAL, attributes: { 'live.topic': topic } }, ROOT_CONTEXT);
        return contexts.with(trace.setSpan(ROOT_CONTEXT, span), async () => {
          try {
            return await poll();
          } finally {
            span.end();
          }
        });
      },
      onPoll: (_topic, ok) => {
        const span = activeSpan();
        if (!span) return;
        span.setAttribute('live.poll.ok', ok);
        if (!ok) span.setStatus({ code: SpanStatusCode.ERROR });
      },
    },
    flush: () => provider.forceFlush(),
    shutdown: async () => {
      await provider.shutdown();
      contexts.disable();
    },
  };
}
