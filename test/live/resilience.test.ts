import { afterEach, describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { ManualTimer } from '../../src/live/timer.js';
import { call } from '../support/emulator.js';
import { startStack, type TestStack } from '../support/gateway.js';
import { wsClient, wsSubscribe } from '../support/live.js';
import { createDeployTarget, data, DEPLOY, deployInput } from '../mutations/helpers.js';

const JOB = 'subscription($id: ID!) { jobProgress(jobId: $id) { status tasks { status } } }';

/** Transient upstream failures do not end a subscription; persistent ones are told, and the stream goes on. */
describe('live updates under upstream failures', () => {
  let stack: TestStack | undefined;
  let ws: Client | undefined;
  afterEach(async () => {
    await ws?.dispose();
    await stack?.stop();
  });

  async function setUp(graceMs: number) {
    const timer = new ManualTimer();
    stack = await startStack({ demo: false, emulator: { jobStepMs: 60_000 }, env: { LIVE_FAILURE_GRACE_MS: String(graceMs) }, gateway: { liveTimer: timer } });
    ws = wsClient(stack);
    const { environmentId: env, componentId: comp } = await createDeployTarget(stack, 'res');
    const jobId = data(await stack.gql(DEPLOY, { c: comp, in: deployInput(env, 'res-one') })).deployComponent.jobId as string;
    const stream = wsSubscribe(ws, JOB, { id: jobId });
    await stream.at(0);
    const tick = () => timer.tick();
    return { stream, tick, timer };
  }

  it('should ride out a transient failure without telling the subscriber', async () => {
    const { stream, tick } = await setUp(60_000);
    await call(stack!.emu.url, 'POST', '/__emulator/faults', { body: { match: { route: '/v2/{project_id}/cas/jobs/{job_id}' }, status: 503, times: 6 } });
    await stack!.emu.advance(60_000);
    await tick(); // fails (the read is retried inside the call too)
    await tick(); // fails again: the poller backs off and goes on
    await tick(); // recovers
    // The events of all three ticks were published before this tick returned; the first is the recovery.
    const r = await stream.at(1);
    expect(r?.errors).toBeUndefined();
    expect(r?.data.jobProgress.status).toBe('RUNNING');
    expect(stream.results.filter((x) => x.errors)).toHaveLength(0);
  });

  it('should tell the subscriber when a failure outlasts the grace period, and go on after', async () => {
    const { stream, tick } = await setUp(0);
    await call(stack!.emu.url, 'POST', '/__emulator/faults', { body: { match: { route: '/v2/{project_id}/cas/jobs/{job_id}' }, status: 503 } });
    await stack!.emu.advance(60_000);
    await tick();
    const failure = await stream.at(1);
    expect(failure?.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(failure?.errors?.[0]?.message).toMatch(/subscription goes on/);
    expect(stream.ended).toBe(false);
    await call(stack!.emu.url, 'DELETE', '/__emulator/faults');
    await tick();
    const next = await stream.at(2);
    expect(next?.data?.jobProgress.status).toBe('RUNNING');
  });
});
