import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../support/emulator.js';
import { startStack, type TestStack } from '../support/gateway.js';
import { startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from '../support/otlp-receiver.js';
import { wsClient, wsSubscribe } from '../support/live.js';
import { ManualTimer } from '../../src/live/timer.js';
import { createDeployTarget, data, DEPLOY, deployInput } from '../mutations/helpers.js';

const SERVER = 2;
const CLIENT = 3;

interface Recent {
  route: string;
  requestId?: string;
  traceparent?: string;
}
const recentCalls = async (stack: TestStack) => (await call<{ requests: Recent[] }>(stack.emu.url, 'GET', '/__emulator/requests')).body.requests;

describe('tracing: OpenTelemetry spans to an OTLP/HTTP receiver', () => {
  let receiver: OtlpReceiver;
  let stack: TestStack;
  const timer = new ManualTimer();
  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    stack = await startStack({
      demo: true,
      gateway: { liveTimer: timer },
      env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json', OTEL_SERVICE_NAME: 'gateway-under-test', UPSTREAM_RETRIES: '2' },
    });
  });
  afterAll(async () => {
    await stack.stop();
    await receiver.stop();
  });

  const childrenOf = (parent: ReceivedSpan) => receiver.spans.filter((s) => s.parentSpanId === parent.spanId && s.traceId === parent.traceId);

  it('should make a span per operation under the caller traceparent, a child per upstream call, and send traceparent upstream', async () => {
    const traceId = randomBytes(16).toString('hex');
    const callerSpanId = randomBytes(8).toString('hex');
    await stack.resetCalls();
    const res = await stack.gql('query Walk { environments { totalCount } microservices { serviceName } }', undefined, {
      headers: { traceparent: `00-${traceId}-${callerSpanId}-01`, 'x-request-id': 'traced-1' },
    });
    expect(res.body.errors).toBeUndefined();
    await stack.gateway.tracing!.flush();

    const op = await receiver.waitFor((s) => s.name === 'query Walk');
    expect(op).toMatchObject({ traceId, parentSpanId: callerSpanId, kind: SERVER });
    expect(op.attributes).toMatchObject({ 'graphql.operation.name': 'Walk', 'graphql.operation.type': 'query', 'graphql.outcome': 'ok', 'gateway.request_id': 'traced-1' });
    expect(op.resource['service.name']).toBe('gateway-under-test');

    const children = childrenOf(op);
    const byRoute = Object.fromEntries(children.map((c) => [c.attributes['url.template'], c]));
    expect(Object.keys(byRoute).sort()).toEqual(['/v2/{project_id}/cas/environments', '/v4/{project_id}/registry/microservices']);
    for (const c of children) {
      expect(c.kind).toBe(CLIENT);
      expect(c.attributes).toMatchObject({ 'http.response.status_code': 200, 'upstream.attempts': 1, 'upstream.retries': 0, 'upstream.breaker.state': 'closed' });
    }

    // What the emulator received: each call carries the trace, with its own span as the parent.
    const seen = (await recentCalls(stack)).filter((r) => r.requestId === 'traced-1');
    expect(seen).toHaveLength(children.length);
    expect(seen.map((r) => r.traceparent).sort()).toEqual(children.map((c) => `00-${traceId}-${c.spanId}-01`).sort());
  });

  it('should record codes and outcome on the operation span, and status, retries and errors on the upstream span', async () => {
    await call(stack.emu.url, 'POST', '/__emulator/faults', { body: { match: { api: 'cas', route: '/v2/{project_id}/cas/jobs/{job_id}' }, status: 503, times: 1 } });
    try {
      const res = await stack.gql('query MissingJob { job(id: "JOBnope") { rawId } }');
      expect(res.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    } finally {
      await call(stack.emu.url, 'DELETE', '/__emulator/faults');
    }
    await stack.gateway.tracing!.flush();
    const op = await receiver.waitFor((s) => s.name === 'query MissingJob');
    expect(op.parentSpanId).toBeUndefined();
    expect(op.attributes).toMatchObject({ 'graphql.outcome': 'partial', 'graphql.error.codes': ['NOT_FOUND'] });
    const [upstream] = childrenOf(op);
    expect(upstream?.attributes).toMatchObject({ 'url.template': '/v2/{project_id}/cas/jobs/{job_id}', 'http.response.status_code': 404, 'upstream.attempts': 2, 'upstream.retries': 1, 'error.type': '404' });
    expect(upstream?.status.code).toBe(2); // ERROR
    expect(upstream?.events.map((e) => e.attributes['http.response.status_code'])).toEqual([503, 404]);
  });

  it('should trace each poll of a subscription as its own trace, with its upstream call as a child', async () => {
    const { environmentId, componentId } = await createDeployTarget(stack, 'traced');
    const jobId = data(await stack.gql(DEPLOY, { c: componentId, in: deployInput(environmentId, 'traced-one') })).deployComponent.jobId;
    const client = wsClient(stack);
    try {
      const stream = wsSubscribe(client, 'subscription Watch($id: ID!) { jobProgress(jobId: $id) { status } }', { id: jobId });
      await stream.at(0);
      const before = receiver.spans.filter((s) => s.name === 'live.poll job').length;
      await stack.emu.advance(1_000);
      expect(await timer.tick()).toBeGreaterThanOrEqual(1);
      await stack.gateway.tracing!.flush();
      const polls = receiver.spans.filter((s) => s.name === 'live.poll job');
      expect(polls.length).toBeGreaterThan(before);
      const poll = polls.at(-1)!;
      expect(poll.parentSpanId).toBeUndefined();
      expect(poll.attributes).toMatchObject({ 'live.poll.ok': true });
      expect(String(poll.attributes['live.topic'])).toContain(jobId);
      expect(childrenOf(poll).map((c) => c.attributes['url.template'])).toEqual(['/v2/{project_id}/cas/jobs/{job_id}']);
      // The subscription has its own span (its setting up); the poll is not in its trace, nor in the deploy's.
      const subscribeSpan = await receiver.waitFor((s) => s.name === 'subscription Watch');
      expect(subscribeSpan.attributes).toMatchObject({ 'graphql.operation.type': 'subscription', 'graphql.outcome': 'stream' });
      const opTraces = new Set(receiver.spans.filter((s) => s.kind === SERVER).map((s) => s.traceId));
      expect(opTraces.has(poll.traceId)).toBe(false);
    } finally {
      await client.dispose();
    }
  });
});

describe('tracing: the protobuf protocol (the OTLP default)', () => {
  it('should POST protobuf to /v1/traces when no protocol is given', async () => {
    const receiver = await startOtlpReceiver();
    const stack = await startStack({ env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint } });
    try {
      const res = await stack.gql('query Proto { environments { totalCount } }');
      expect(res.body.errors).toBeUndefined();
      await stack.gateway.tracing!.flush();
      expect(receiver.contentTypes).toContain('application/x-protobuf');
    } finally {
      await stack.stop();
      await receiver.stop();
    }
  });
});

describe('tracing: off without an endpoint', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  it('should load no tracer and send no traceparent upstream', async () => {
    // No Tracing object: the SDK module was never imported, and no hook (plugin, HTTP wrapper, poll observer) was wired.
    expect(stack.gateway.tracing).toBeUndefined();
    await stack.resetCalls();
    const res = await stack.gql('{ environments { totalCount } }', undefined, { headers: { 'x-request-id': 'untraced-1' } });
    expect(res.body.errors).toBeUndefined();
    const seen = (await recentCalls(stack)).filter((r) => r.requestId === 'untraced-1');
    expect(seen.length).toBeGreaterThan(0);
    for (const r of seen) expect(r.traceparent).toBeUndefined();
  });
});
