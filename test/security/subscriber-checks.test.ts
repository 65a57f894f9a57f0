import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { ManualTimer } from '../../src/live/timer.js';
import { startStack, type TestStack } from '../support/gateway.js';
import { wsClient, wsSubscribe, type Stream } from '../support/live.js';
import { createDeployTarget, data, DEPLOY, deployInput } from '../mutations/helpers.js';

const JOB_ROUTE = 'GET /v2/{project_id}/cas/jobs/{job_id}';
const RUNTIMES_ROUTE = 'GET /v2/{project_id}/cas/metadata/runtimes';
const FIND_ROUTE = 'GET /v4/{project_id}/registry/instances';
const JOB = 'subscription($id: ID!) { jobProgress(jobId: $id) { status tasks { status } } }';

/**
 * Each subscription checks its subscriber with its own credentials before it joins a shared poller;
 * a burst of one caller's subscriptions shares those checks, so it costs one upstream call per thing
 * (not one per subscription) and cannot open a breaker. Pollers and check expiry tick by hand.
 */
describe('per-subscriber checks of a burst', () => {
  const polls = new ManualTimer();
  const checks = new ManualTimer();
  let stack: TestStack;
  let clients: Client[] = [];
  beforeAll(async () => {
    stack = await startStack({ demo: false, emulator: { jobStepMs: 60_000 }, gateway: { liveTimer: polls, checkTimer: checks } });
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await stack.stop();
  });

  it('should check 300 subscriptions of one caller to one job with one upstream call, the breaker closed', async () => {
    const { environmentId: env, componentId: comp } = await createDeployTarget(stack, 'burst');
    const jobId = data(await stack.gql(DEPLOY, { c: comp, in: deployInput(env, 'burst-one') })).deployComponent.jobId;
    await stack.resetCalls();
    clients = Array.from({ length: 3 }, () => wsClient(stack));
    const streams: Stream[] = [];
    for (let i = 0; i < 300; i++) streams.push(wsSubscribe(clients[i % 3]!, JOB, { id: jobId }));
    const first = await Promise.all(streams.map((s) => s.at(0)));
    expect(first.filter((r) => !r?.data?.jobProgress?.status).slice(0, 2)).toEqual([]);
    expect((await stack.calls()).byRoute[JOB_ROUTE]).toBe(1);
    const ready = await fetch(new URL('/ready', stack.gateway.url));
    expect(ready.status).toBe(200);
    expect(await (await fetch(new URL('/metrics', stack.gateway.url))).text()).toMatch(/upstream_breaker_state\{api="cas"\} 0/);

    // Once an event about the job has arrived, a new subscriber checks again and starts from the newer state.
    await stack.emu.advance(60_000);
    await polls.tick();
    await Promise.all(streams.map((s) => s.at(1)));
    await stack.resetCalls();
    // (A fourth connection: each of the three already runs 100, MAX_SUBSCRIPTIONS_PER_CONNECTION.)
    clients.push(wsClient(stack));
    const late = wsSubscribe(clients[3]!, JOB, { id: jobId });
    const lateFirst = await late.at(0);
    expect((await stack.calls()).byRoute[JOB_ROUTE]).toBe(1);
    expect(lateFirst?.data.jobProgress).toEqual((await streams[0]!.at(1))?.data.jobProgress);
    for (const s of [...streams, late]) s.close();
  });

  it("should check a caller's project once for a burst of registry subscriptions, and again after the check expires", async () => {
    await checks.tick(); // what the first test left
    await stack.resetCalls();
    const client = wsClient(stack);
    clients.push(client);
    const streams = Array.from({ length: 100 }, (_, i) => wsSubscribe(client, `subscription { microserviceInstanceChanges(appId: "burst", serviceName: "svc-${i}") { type } }`));
    await expect.poll(() => stack.gateway.live.stats().watchedServices, { timeout: 60_000 }).toBe(100);
    expect((await stack.calls()).byRoute[RUNTIMES_ROUTE]).toBe(1);
    await checks.tick();
    const another = wsClient(stack);
    clients.push(another);
    const after = wsSubscribe(another, 'subscription { microserviceInstanceChanges(appId: "burst", serviceName: "one-more") { type } }');
    await expect.poll(() => stack.gateway.live.stats().watchedServices, { timeout: 60_000 }).toBe(101);
    expect((await stack.calls()).byRoute[RUNTIMES_ROUTE]).toBe(2);
    for (const s of [...streams, after]) s.close();
  });

  it("should read a watched service's instances once for a burst of one caller's registry subscriptions to it", async () => {
    await checks.tick();
    await stack.resetCalls();
    const client = wsClient(stack);
    clients.push(client);
    const streams = Array.from({ length: 100 }, () => wsSubscribe(client, 'subscription { microserviceInstanceChanges(appId: "burst", serviceName: "shared") { type } }'));
    await expect.poll(() => stack.gateway.live.stats().subscribers, { timeout: 60_000 }).toBeGreaterThanOrEqual(100);
    // One read, and at most one more once the watch has started (its topic gained its first receiver).
    const reads = (await stack.calls()).byRoute[FIND_ROUTE] ?? 0;
    expect(reads).toBeGreaterThanOrEqual(1);
    expect(reads).toBeLessThanOrEqual(2);
    for (const s of streams) s.close();
  });
});
