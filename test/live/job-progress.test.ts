import { describe, expect } from 'vitest';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { call } from '../support/emulator.js';
import { once, test as base } from '../support/fixtures.js';
import type { Answered, TestStack } from '../support/gateway.js';
import { dataOf, plainSseSubscribe, sseSubscribe, wsClient, wsSubscribe, type Stream } from '../support/live.js';
import { graphql } from '../generated/gql.js';
import type { JobProgressEventsSubscription } from '../generated/graphql.js';
import { createDeployTarget, data, DEPLOY, deployInput } from '../mutations/helpers.js';

const STEP = 60_000; // an emulator job step, far longer than the test runs: nothing moves unless the test advances the clock
const JOB = graphql(`subscription JobProgressEvents($id: ID!) { jobProgress(jobId: $id) { rawId status progress isFinished taskCount tasks { index name status } failure { code detail } } }`);
type JobEvent = Answered<JobProgressEventsSubscription>['jobProgress'];

/** The Java Chassis component the file deploys, and a number for each deploy's name and version. */
const target = once(async (stack: TestStack) => ({ ...(await createDeployTarget(stack, 'live', { category: 'MICROSERVICE', subCategory: 'Java Chassis' })), deployed: 0 }));
const test = base.extend('target', ({ stack }) => target(stack));

describe('jobProgress', () => {
  test.override('stackOptions', { demo: false, emulator: { jobStepMs: STEP }, env: { JOB_POLL_INTERVAL_MS: '20' } });

  async function deploy(stack: TestStack, target: { environmentId: string; componentId: string; deployed: number }): Promise<string> {
    const n = ++target.deployed;
    return data(await stack.gql(DEPLOY, { c: target.componentId, in: deployInput(target.environmentId, `live-${n}`, `1.0.${n}`) })).deployComponent.jobId;
  }

  /** Advances the job one step at a time, waiting for the event each step causes, until the stream ends. */
  async function drive(stack: TestStack, stream: Stream<JobProgressEventsSubscription>): Promise<JobEvent[]> {
    expect(await stream.at(0)).toBeDefined();
    for (let i = 1; ; i++) {
      await stack.emu.advance(STEP);
      const r = await stream.at(i);
      if (!r) break;
      expect(r.errors).toBeUndefined();
    }
    await stream.done;
    return stream.results.map((r) => dataOf(r).jobProgress);
  }

  function expectInOrder(events: JobEvent[]) {
    expect(events[0]!.status).toBe('SUBMITTED');
    for (let i = 1; i < events.length; i++) {
      expect(events[i]!.tasks.length).toBeGreaterThanOrEqual(events[i - 1]!.tasks.length);
      expect(events[i]!.progress).toBeGreaterThanOrEqual(events[i - 1]!.progress);
      expect(JSON.stringify(events[i])).not.toBe(JSON.stringify(events[i - 1]));
    }
  }

  test('should send the current state, every change in order, SUCCEEDED and then complete (graphql-ws)', async ({ stack, ws, target }) => {
    const jobId = await deploy(stack, target);
    const stream = wsSubscribe(ws, JOB, { id: jobId });
    const events = await drive(stack, stream);
    expectInOrder(events);
    expect(events.at(-1)).toMatchObject({ status: 'SUCCEEDED', isFinished: true, progress: 1 });
    // One event per step: the job has n tasks, each started and finished, then the job succeeded.
    expect(events.length).toBe(events.at(-1)!.taskCount + 2);
    expect(stream.error).toBeUndefined();
    expect(stack.gateway.live.stats().pollers).toBe(0);
  });

  test('should end a failing job FAILED with the failing task message', async ({ stack, ws, target }) => {
    await call(stack.emu.url, 'POST', '/__emulator/jobs/fail-next', { body: { atTask: 3, message: 'ECC00011', detail: 'Building failed.' } });
    const jobId = await deploy(stack, target);
    const events = await drive(stack, wsSubscribe(ws, JOB, { id: jobId }));
    expectInOrder(events);
    expect(events.at(-1)).toMatchObject({ status: 'FAILED', isFinished: true, failure: { code: 'ECC00011', detail: 'Building failed.' } });
    expect(events.at(-1)!.tasks[2]).toMatchObject({ index: 3, status: 'FAILED' });
  });

  test('should stream over SSE too: graphql-sse single connection mode and plain text/event-stream', async ({ stack, target }) => {
    const jobA = await deploy(stack, target);
    const a = await drive(stack, sseSubscribe(stack, JOB, { id: jobA }));
    expect(a.at(-1)!.status).toBe('SUCCEEDED');
    const jobB = await deploy(stack, target);
    const b = await drive(stack, plainSseSubscribe(stack, JOB, { id: jobB }));
    expect(b.at(-1)!.status).toBe('SUCCEEDED');
    expect(b.length).toBe(b.at(-1)!.taskCount + 2);
  });

  test('should answer a finished job with its state and complete at once', async ({ stack, ws, target }) => {
    const jobId = await deploy(stack, target);
    await stack.emu.advance(STEP * 50);
    const stream = wsSubscribe(ws, JOB, { id: jobId });
    await stream.done;
    expect(stream.results.map((r) => dataOf(r).jobProgress.status)).toEqual(['SUCCEEDED']);
  });

  test('should end with an error and no events for a job that does not exist', async ({ ws }) => {
    const stream = wsSubscribe(ws, JOB, { id: 'JOB00000000-0000-0000-0000-000000000000' });
    await stream.done;
    expect(stream.results.filter((r) => r.data)).toHaveLength(0);
    expect(JSON.stringify(stream.error ?? stream.results)).toMatch(/NOT_FOUND|cannot be found/);
  });

  test("should refuse a subscriber with another project's token: an error, never an event", async ({ stack, target }) => {
    const jobId = await deploy(stack, target);
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
  test.override('stackOptions', { demo: false });

  test('should answer a subscription with no token over graphql-ws with UNAUTHENTICATED, and no event', async ({ stack }) => {
    const anonymous = createClient({ url: stack.gateway.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
    try {
      const stream = wsSubscribe(anonymous, JOB, { id: 'JOB00000000-0000-0000-0000-000000000000' });
      await stream.done;
      expect(stream.results.filter((r) => r.data)).toHaveLength(0);
      expect(JSON.stringify(stream.error ?? stream.results)).toMatch(/UNAUTHENTICATED|No credentials/);
    } finally {
      await anonymous.dispose();
    }
  });
});
