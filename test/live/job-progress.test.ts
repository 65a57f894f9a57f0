import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { call } from '../support/emulator.js';
import { startStack, type TestStack } from '../support/gateway.js';
import { plainSseSubscribe, sseSubscribe, wsClient, wsSubscribe, type Stream } from '../support/live.js';
import { data, DEPLOY, deployInput } from '../mutations/helpers.js';

const STEP = 60_000; // an emulator job step, far longer than the test runs: nothing moves unless the test advances the clock
const JOB = `subscription($id: ID!) { jobProgress(jobId: $id) { rawId status progress isFinished taskCount tasks { index name status } failure { code detail } } }`;

describe('jobProgress', () => {
  let stack: TestStack;
  let ws: Client;
  let componentId: string;
  let environmentId: string;
  let n = 0;
  beforeAll(async () => {
    stack = await startStack({ demo: false, emulator: { jobStepMs: STEP }, env: { JOB_POLL_INTERVAL_MS: '20' } });
    ws = wsClient(stack);
    environmentId = data(
      await stack.gql('mutation($in: CreateEnvironmentInput!) { createEnvironment(input: $in) { id } }', { in: { name: 'live-env', vpcId: 'v', baseResources: [{ id: 'cce-1', type: 'cce' }] } }),
    ).createEnvironment.id;
    const app = data(await stack.gql('mutation { createApplication(input: {name: "live-app"}) { id } }')).createApplication;
    componentId = data(
      await stack.gql('mutation($a: ID!) { createComponent(applicationId: $a, input: {name: "live-svc", runtime: "Java8", category: MICROSERVICE, subCategory: "Java Chassis"}) { id } }', { a: app.id }),
    ).createComponent.id;
  });
  afterAll(async () => {
    await ws.dispose();
    await stack.stop();
  });

  async function deploy(): Promise<string> {
    return data(await stack.gql(DEPLOY, { c: componentId, in: deployInput(environmentId, `live-${++n}`, `1.0.${n}`) })).deployComponent.jobId;
  }

  /** Advances the job one step at a time, waiting for the event each step causes, until the stream ends. */
  async function drive(stream: Stream): Promise<any[]> {
    expect(await stream.at(0)).toBeDefined();
    for (let i = 1; ; i++) {
      await stack.emu.advance(STEP);
      const r = await stream.at(i);
      if (!r) break;
      expect(r.errors).toBeUndefined();
    }
    await stream.done;
    return stream.results.map((r) => r.data.jobProgress);
  }

  function expectInOrder(events: any[]) {
    expect(events[0].status).toBe('SUBMITTED');
    for (let i = 1; i < events.length; i++) {
      expect(events[i].tasks.length).toBeGreaterThanOrEqual(events[i - 1].tasks.length);
      expect(events[i].progress).toBeGreaterThanOrEqual(events[i - 1].progress);
      expect(JSON.stringify(events[i])).not.toBe(JSON.stringify(events[i - 1]));
    }
  }

  it('should send the current state, every change in order, SUCCEEDED and then complete (graphql-ws)', async () => {
    const jobId = await deploy();
    const stream = wsSubscribe(ws, JOB, { id: jobId });
    const events = await drive(stream);
    expectInOrder(events);
    expect(events.at(-1)).toMatchObject({ status: 'SUCCEEDED', isFinished: true, progress: 1 });
    // One event per step: the job has n tasks, each started and finished, then the job succeeded.
    expect(events.length).toBe(events.at(-1).taskCount + 2);
    expect(stream.error).toBeUndefined();
    expect(stack.gateway.live.stats().pollers).toBe(0);
  });

  it('should end a failing job FAILED with the failing task message', async () => {
    await call(stack.emu.url, 'POST', '/__emulator/jobs/fail-next', { body: { atTask: 3, message: 'ECC00011', detail: 'Building failed.' } });
    const jobId = await deploy();
    const events = await drive(wsSubscribe(ws, JOB, { id: jobId }));
    expectInOrder(events);
    expect(events.at(-1)).toMatchObject({ status: 'FAILED', isFinished: true, failure: { code: 'ECC00011', detail: 'Building failed.' } });
    expect(events.at(-1).tasks[2]).toMatchObject({ index: 3, status: 'FAILED' });
  });

  it('should stream over SSE too: graphql-sse single connection mode and plain text/event-stream', async () => {
    const jobA = await deploy();
    const a = await drive(sseSubscribe(stack, JOB, { id: jobA }));
    expect(a.at(-1).status).toBe('SUCCEEDED');
    const jobB = await deploy();
    const b = await drive(plainSseSubscribe(stack, JOB, { id: jobB }));
    expect(b.at(-1).status).toBe('SUCCEEDED');
    expect(b.length).toBe(b.at(-1).taskCount + 2);
  });

  it('should answer a finished job with its state and complete at once', async () => {
    const jobId = await deploy();
    await stack.emu.advance(STEP * 50);
    const stream = wsSubscribe(ws, JOB, { id: jobId });
    await stream.done;
    expect(stream.results.map((r) => r.data.jobProgress.status)).toEqual(['SUCCEEDED']);
  });

  it('should end with an error and no events for a job that does not exist', async () => {
    const stream = wsSubscribe(ws, JOB, { id: 'JOB00000000-0000-0000-0000-000000000000' });
    await stream.done;
    expect(stream.results.filter((r) => r.data)).toHaveLength(0);
    expect(JSON.stringify(stream.error ?? stream.results)).toMatch(/NOT_FOUND|cannot be found/);
  });

  it("should refuse a subscriber with another project's token: an error, never an event", async () => {
    const jobId = await deploy();
    const other = wsClient(stack, { token: stack.emu.otherToken, projectId: stack.emu.projects[1]!.id });
    const stream = wsSubscribe(other, JOB, { id: jobId });
    await stream.done;
    await other.dispose();
    expect(stream.results.filter((r) => r.data)).toHaveLength(0);
    expect(JSON.stringify(stream.error ?? stream.results)).toMatch(/NOT_FOUND|cannot be found/);
    // Lying about the project does not help either.
    const liar = wsClient(stack, { token: stack.emu.otherToken, projectId: stack.emu.projects[0]!.id });
    const lied = wsSubscribe(liar, JOB, { id: jobId });
    await lied.done;
    await liar.dispose();
    expect(lied.results.filter((r) => r.data)).toHaveLength(0);
    expect(JSON.stringify(lied.error ?? lied.results)).toMatch(/UNAUTHENTICATED|APIGW/);
    await stack.emu.advance(STEP * 50);
  });
});

describe('jobProgress without credentials', () => {
  it('should answer a subscription with no token over graphql-ws with UNAUTHENTICATED, and no event', async () => {
    const stack = await startStack({ demo: false });
    const { createClient } = await import('graphql-ws');
    const { default: WebSocket } = await import('ws');
    const anonymous = createClient({ url: stack.gateway.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
    try {
      const stream = wsSubscribe(anonymous, JOB, { id: 'JOB00000000-0000-0000-0000-000000000000' });
      await stream.done;
      expect(stream.results.filter((r) => r.data)).toHaveLength(0);
      expect(JSON.stringify(stream.error ?? stream.results)).toMatch(/UNAUTHENTICATED|No credentials/);
    } finally {
      await anonymous.dispose();
      await stack.stop();
    }
  });
});
