import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { ManualTimer } from '../../src/live/timer.js';
import { startStack, type TestStack } from '../support/gateway.js';
import { wsClient, wsSubscribe, type Stream } from '../support/live.js';
import { liveStatsWaiter } from '../support/live-stats.js';
import { createDeployTarget, data, DEPLOY, deployInput } from '../mutations/helpers.js';

const JOB_ROUTE = 'GET /v2/{project_id}/cas/jobs/{job_id}';
const BATCH_ROUTE = 'POST /v4/{project_id}/registry/instances/action';

/**
 * Upstream cost does not grow with subscribers: pollers tick by hand here (ManualTimer), so the
 * test counts upstream calls per tick through the emulator's call counts, without timing anything.
 */
describe('shared polling', () => {
  const timer = new ManualTimer();
  const live = liveStatsWaiter();
  let stack: TestStack;
  let clients: Client[] = [];
  beforeAll(async () => {
    stack = await startStack({ demo: false, emulator: { jobStepMs: 60_000 }, gateway: { liveTimer: timer, liveObserver: live.observer } });
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await stack.stop();
  });

  /** Runs one tick of every poller and waits for its work (the call and the publish). */
  const tick = () => timer.tick();

  it('should poll one job once per tick for 200 subscribers, and watch 50 services with one batch find per tick', async () => {
    const { environmentId: env, componentId: comp } = await createDeployTarget(stack, 'many');
    const jobId = data(await stack.gql(DEPLOY, { c: comp, in: deployInput(env, 'many-one') })).deployComponent.jobId;
    for (let i = 0; i < 50; i++) {
      data(await stack.gql(`mutation { createMicroservice(input: {appId: "fleet", serviceName: "svc-${i}", version: "1.0.0"}) { id } }`));
    }

    clients = Array.from({ length: 10 }, () => wsClient(stack));
    const jobStreams: Stream[] = [];
    for (let i = 0; i < 200; i++) {
      jobStreams.push(wsSubscribe(clients[i % clients.length]!, 'subscription($id: ID!) { jobProgress(jobId: $id) { status tasks { status } } }', { id: jobId }));
    }
    const registryStreams: Stream[] = [];
    for (let i = 0; i < 50; i++) {
      registryStreams.push(wsSubscribe(clients[i % clients.length]!, `subscription { microserviceInstanceChanges(appId: "fleet", serviceName: "svc-${i}") { type instance { hostName } } }`));
    }
    await Promise.all(jobStreams.map((s) => s.at(0)));
    // Registry subscribers with no instances get no first event; wait until all have joined the watcher.
    await live.until(() => stack.gateway.live, (s) => s.watchedServices === 50);
    expect(stack.gateway.live.stats()).toMatchObject({ pollers: 1, registryWatchers: 1, watchedServices: 50 });

    for (let t = 1; t <= 5; t++) {
      await stack.resetCalls();
      await stack.emu.advance(60_000);
      await tick();
      const calls = (await stack.calls()).byRoute;
      expect(calls[JOB_ROUTE], `tick ${t}`).toBe(1);
      expect(calls[BATCH_ROUTE], `tick ${t}`).toBe(1);
    }
    // Every job subscriber has every event so far.
    const received = jobStreams.map((s) => s.results.length);
    await Promise.all(jobStreams.map((s) => s.at(5)));
    expect(new Set(jobStreams.map((s) => s.results.length)).size).toBe(1);
    expect(received.every((n) => n >= 1)).toBe(true);

    // A registry change reaches only its watchers.
    data(await stack.gql('mutation { createMicroservice(input: {appId: "fleet", serviceName: "svc-7", version: "1.0.0", instances: [{hostName: "seven", endpoints: ["rest:1.1.1.1:7"]}]}) { id } }'));
    await tick();
    expect((await registryStreams[7]!.at(0))?.data.microserviceInstanceChanges).toEqual({ type: 'REGISTERED', instance: { hostName: 'seven' } });
    expect(registryStreams.filter((s) => s.results.length > 0)).toHaveLength(1);

    // When all subscribers leave, polling stops.
    for (const s of [...jobStreams, ...registryStreams]) s.close();
    await live.until(() => stack.gateway.live, (s) => s.subscribers === 0);
    expect(stack.gateway.live.stats()).toEqual({ subscribers: 0, pollers: 0, registryWatchers: 0, watchedServices: 0, topics: 0 });
    await stack.resetCalls();
    expect(await timer.tick()).toBe(0);
    expect((await stack.calls()).total).toBe(0);
  });
});
