import { describe, expect } from 'vitest';
import type { Client } from 'graphql-ws';
import { ManualTimer } from '../../src/live/timer.js';
import { test as base } from '../support/fixtures.js';
import { wsClient, wsSubscribe, type Stream } from '../support/live.js';
import { createDeployTarget, data, DEPLOY, deployInput } from '../mutations/helpers.js';

const JOB_ROUTE = 'GET /v2/{project_id}/cas/jobs/{job_id}';
const RUNTIMES_ROUTE = 'GET /v2/{project_id}/cas/metadata/runtimes';
const FIND_ROUTE = 'GET /v4/{project_id}/registry/instances';
const JOB = 'subscription($id: ID!) { jobProgress(jobId: $id) { status tasks { status } } }';

/** The graphql-ws clients the tests open, disposed after the file (before its stack stops). */
const test = base.extend('clients', ({ resources, stack }) =>
  resources.get('ws clients', stack, async () => [] as Client[], async (clients) => void (await Promise.all(clients.map((c) => c.dispose())))),
);

/**
 * Each subscription checks its subscriber with its own credentials before it joins a shared poller;
 * a burst of one caller's subscriptions shares those checks, so it costs one upstream call per thing
 * (not one per subscription) and cannot open a breaker. Pollers and check expiry tick by hand.
 */
describe('per-subscriber checks of a burst', () => {
  const polls = new ManualTimer();
  const checks = new ManualTimer();
  test.override('stackOptions', { demo: false, emulator: { jobStepMs: 60_000 }, gateway: { liveTimer: polls, checkTimer: checks } });

  test('should check 300 subscriptions of one caller to one job with one upstream call, the breaker closed', async ({ stack, clients }) => {
    const { environmentId: env, componentId: comp } = await createDeployTarget(stack, 'burst');
    const jobId = data(await stack.gql(DEPLOY, { c: comp, in: deployInput(env, 'burst-one') })).deployComponent.jobId;
    await stack.resetCalls();
    const three = Array.from({ length: 3 }, () => wsClient(stack));
    clients.push(...three);
    const streams: Stream[] = [];
    for (let i = 0; i < 300; i++) streams.push(wsSubscribe(three[i % 3]!, JOB, { id: jobId }));
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
    const fourth = wsClient(stack);
    clients.push(fourth);
    const late = wsSubscribe(fourth, JOB, { id: jobId });
    const lateFirst = await late.at(0);
    expect((await stack.calls()).byRoute[JOB_ROUTE]).toBe(1);
    expect(lateFirst?.data.jobProgress).toEqual((await streams[0]!.at(1))?.data.jobProgress);
    for (const s of [...streams, late]) s.close();
  });

  test("should check a caller's project once for a burst of registry subscriptions, and again after the check expires", async ({ stack, clients }) => {
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

  test("should read a watched service's instances once for a burst of one caller's registry subscriptions to it", async ({ stack, clients }) => {
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
