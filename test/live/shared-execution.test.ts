import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { ManualTimer } from '../../src/live/timer.js';
import { startStack, type TestStack } from '../support/gateway.js';
import { login } from '../support/emulator.js';
import { plainSseSubscribe, wsClient, wsSubscribe, type Stream } from '../support/live.js';
import { createDeployTarget, data, DEPLOY, deployInput } from '../mutations/helpers.js';

const JOB = 'subscription($id: ID!) { jobProgress(jobId: $id) { status tasks { name status } } }';
const JOB_STATUS_ONLY = 'subscription($id: ID!) { jobProgress(jobId: $id) { status } }';

/**
 * Identical subscribers (one topic, document, variables and identity) execute each event once; other
 * identities execute their own. Pollers and check expiry tick by hand; the test counts executions
 * (`live.executions.computed`) and what every subscriber received, never time.
 */
describe('one execution per event for identical subscribers', () => {
  const polls = new ManualTimer();
  const checks = new ManualTimer();
  let stack: TestStack;
  const clients: Client[] = [];
  beforeAll(async () => {
    stack = await startStack({ demo: false, emulator: { jobStepMs: 60_000 }, gateway: { liveTimer: polls, checkTimer: checks } });
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await stack.stop();
  });

  const executions = () => stack.gateway.live.executions.computed;
  const client = (token?: string) => {
    const c = wsClient(stack, token === undefined ? {} : { token });
    clients.push(c);
    return c;
  };
  const statuses = (s: Stream) => s.results.map((r) => JSON.stringify(r.data?.jobProgress ?? r.errors));
  /** Moves every job one task forward, lets the poller tell its subscribers, and waits until each has one more result. */
  const step = async (streams: Stream[]) => {
    const next = streams.map((s) => s.results.length);
    await stack.emu.advance(60_000);
    await polls.tick();
    await Promise.all(streams.map((s, i) => s.at(next[i]!)));
  };

  it('should execute an event once for 30 subscribers of one identity, and once per identity for 4 identities', async () => {
    const { environmentId: env, componentId: comp } = await createDeployTarget(stack, 'fanout');
    const jobId = data(await stack.gql(DEPLOY, { c: comp, in: deployInput(env, 'fanout-one') })).deployComponent.jobId;

    const before = executions();
    const sockets = [client(), client(), client()];
    const same = Array.from({ length: 30 }, (_, i) => wsSubscribe(sockets[i % 3]!, JOB, { id: jobId }));
    await Promise.all(same.map((s) => s.at(0)));
    // One shared check, one object, one execution for the whole burst.
    expect(executions() - before).toBe(1);
    expect(stack.gateway.live.executions.groups).toBe(1);

    const tokens = await Promise.all([1, 2, 3].map(() => login(stack.emu.url)));
    const others = tokens.flatMap((token) => {
      const c = client(token);
      return Array.from({ length: 5 }, () => wsSubscribe(c, JOB, { id: jobId }));
    });
    await Promise.all(others.map((s) => s.at(0)));
    expect(stack.gateway.live.executions.groups).toBe(4);

    const all = [...same, ...others];
    for (let n = 1; n <= 3; n++) {
      const at = executions();
      await step(all);
      expect(executions() - at, `event ${n}`).toBe(4);
    }
    // Every subscriber has every state, in order, and the same ones.
    const told = statuses(same[0]!);
    expect(told).toHaveLength(4);
    expect(new Set(told).size).toBe(4);
    for (const s of all) expect(statuses(s)).toEqual(told);

    // Another document of the same identity is another group: its own execution.
    const narrow = wsSubscribe(sockets[0]!, JOB_STATUS_ONLY, { id: jobId });
    await narrow.at(0);
    const at = executions();
    await step([...all, narrow]);
    expect(executions() - at).toBe(5);
    expect(narrow.results.map((r) => Object.keys(r.data.jobProgress))).toEqual([['status'], ['status']]);

    for (const s of [...all, narrow]) s.close();
    await expect.poll(() => stack.gateway.live.executions.groups, { timeout: 60_000 }).toBe(0);
  });

  it("should give a subscriber whose check fails nothing of identical subscribers' events", async () => {
    const { environmentId: env, componentId: comp } = await createDeployTarget(stack, 'guarded');
    const jobId = data(await stack.gql(DEPLOY, { c: comp, in: deployInput(env, 'guarded-one') })).deployComponent.jobId;
    const owner = client();
    const watched = Array.from({ length: 5 }, () => wsSubscribe(owner, JOB, { id: jobId }));
    await Promise.all(watched.map((s) => s.at(0)));

    // Another project's token, claiming this project, with the very same document and variables.
    const liar = wsClient(stack, { token: stack.emu.otherToken, projectId: stack.emu.projects[0]!.id });
    clients.push(liar);
    const lied = wsSubscribe(liar, JOB, { id: jobId });
    await lied.done;
    await step(watched);
    expect(lied.results.filter((r) => r.data)).toEqual([]);
    expect(JSON.stringify(lied.error ?? lied.results)).toMatch(/UNAUTHENTICATED|APIGW/);
    expect(stack.gateway.live.executions.groups).toBe(1);
    for (const s of watched) s.close();
  });

  it('should execute a registry event once for its identical watchers', async () => {
    data(await stack.gql('mutation { createMicroservice(input: {appId: "fanout", serviceName: "watched", version: "1.0.0"}) { id } }'));
    const c = client();
    const watchers = Array.from({ length: 20 }, () => wsSubscribe(c, 'subscription { microserviceInstanceChanges(appId: "fanout", serviceName: "watched") { type instance { hostName } } }'));
    await expect.poll(() => stack.gateway.live.executions.groups, { timeout: 60_000 }).toBe(1);
    await expect.poll(() => stack.gateway.live.stats().subscribers, { timeout: 60_000 }).toBeGreaterThanOrEqual(20);
    const at = executions();
    data(await stack.gql('mutation { createMicroservice(input: {appId: "fanout", serviceName: "watched", version: "1.0.0", instances: [{hostName: "one", endpoints: ["rest:1.1.1.1:1"]}]}) { id } }'));
    await polls.tick();
    const first = await Promise.all(watchers.map((s) => s.at(0)));
    expect(first.map((r) => r?.data.microserviceInstanceChanges)).toEqual(Array.from({ length: 20 }, () => ({ type: 'REGISTERED', instance: { hostName: 'one' } })));
    expect(executions() - at).toBe(1);
    for (const s of watchers) s.close();
  });

  it("should not share the execution of a subscription bound to its caller's own HTTP request", async () => {
    const { environmentId: env, componentId: comp } = await createDeployTarget(stack, 'own');
    const jobId = data(await stack.gql(DEPLOY, { c: comp, in: deployInput(env, 'own-one') })).deployComponent.jobId;
    const streams = [plainSseSubscribe(stack, JOB, { id: jobId }), plainSseSubscribe(stack, JOB, { id: jobId })];
    await Promise.all(streams.map((s) => s.at(0)));
    expect(stack.gateway.live.executions.groups).toBe(0);
    const at = executions();
    await step(streams);
    // Each executed its own event: nothing went through a group (groups count what they compute).
    expect(executions() - at).toBe(0);
    expect(streams.map((s) => s.results.length)).toEqual([2, 2]);
    expect(streams.map(statuses)).toEqual([statuses(streams[0]!), statuses(streams[0]!)]);
    for (const s of streams) s.close();
  });
});
