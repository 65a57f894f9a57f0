import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import type { Client } from 'graphql-ws';
import { startRedis, type RedisServer } from '../support/redis.js';
import { startTestEmulator, type TestEmulator } from '../support/emulator.js';
import { spawnNode, type Child } from '../support/child.js';
import { wsSubscribe, type Stream } from '../support/live.js';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { DEMO_DOMAIN, DEMO_USER, PROJECTS } from '../../src/emulator/tenancy.js';

const STEP = 60_000;
const POLL_MS = 100;
const JOB = 'subscription($id: ID!) { jobProgress(jobId: $id) { status progress tasks { status } } }';

interface Replica {
  child: Child;
  url: string;
  id: string;
}

function client(url: string): Client {
  return createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
}

async function gql(url: string, query: string, variables?: Record<string, unknown>): Promise<any> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: any; errors?: unknown };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

/** Three gateway replicas coordinated through a real Redis, against one emulator. */
describe('replicas coordinated through Redis', () => {
  let redis: RedisServer;
  let emu: TestEmulator;
  const replicas: Replica[] = [];
  const clients: Client[] = [];
  let componentId: string;
  let environmentId: string;
  let n = 0;

  async function startReplica(): Promise<Replica> {
    const child = spawnNode('src/main.ts', {
      PORT: '0',
      CAS_URL: emu.url,
      CSE_URL: emu.url,
      IAM_URL: emu.url,
      PROJECT_ID: PROJECTS[0]!.id,
      CREDENTIALS_MODE: 'service-account',
      ALLOW_ANONYMOUS: 'write',
      IAM_DOMAIN: DEMO_DOMAIN.name,
      IAM_USER: DEMO_USER.name,
      IAM_PASSWORD: DEMO_USER.password,
      PROJECT_NAME: PROJECTS[0]!.name,
      REDIS_URL: redis.url,
      JOB_POLL_INTERVAL_MS: String(POLL_MS),
      REGISTRY_POLL_INTERVAL_MS: String(POLL_MS),
      LIVE_LEASE_MS: '1000',
      LOG_LEVEL: 'info',
    });
    const [, id] = await child.waitFor(/"msg":"live updates shared through Redis","replica":"([0-9a-f-]+)"/);
    const [, url] = await child.waitFor(/ServiceStage GraphQL gateway: (http:\/\/\S+)/);
    return { child, url: url!, id: id! };
  }

  beforeAll(async () => {
    redis = await startRedis();
    emu = await startTestEmulator({ jobStepMs: STEP });
    for (let i = 0; i < 3; i++) replicas.push(await startReplica());
    const url = replicas[0]!.url;
    environmentId = (await gql(url, 'mutation { createEnvironment(input: {name: "scale-env", vpcId: "v", baseResources: [{id: "cce-1", type: "cce"}]}) { id } }')).createEnvironment.id;
    const app = (await gql(url, 'mutation { createApplication(input: {name: "scale-app"}) { id } }')).createApplication.id;
    componentId = (await gql(url, 'mutation($a: ID!) { createComponent(applicationId: $a, input: {name: "scale-svc", runtime: "Java8", category: COMMON}) { id } }', { a: app })).createComponent.id;
  }, 60_000);

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    for (const r of replicas) if (r.child.process.exitCode === null) r.child.process.kill('SIGKILL');
    await emu?.stop();
    await redis?.stop();
  });

  async function deploy(): Promise<string> {
    n++;
    const input = {
      environmentId,
      name: `scale-${n}`,
      version: `1.0.${n}`,
      replica: 1,
      flavorId: 'MICRO-5G:0.5C:1G',
      artifacts: [{ name: 'main', storage: 'swr', type: 'image', url: 'swr/x:1' }],
      referResources: [{ id: 'cce-1', type: 'cce', parameters: { namespace: 'default' } }],
    };
    return (await gql(replicas[0]!.url, 'mutation($c: ID!, $in: DeployComponentInput!) { deployComponent(componentId: $c, input: $in) { jobId } }', { c: componentId, in: input })).deployComponent.jobId;
  }

  function subscribeEverywhere(jobId: string, alive: Replica[]): { replica: Replica; stream: Stream }[] {
    const subs: { replica: Replica; stream: Stream }[] = [];
    for (const replica of alive) {
      for (let c = 0; c < 2; c++) {
        const cl = client(replica.url);
        clients.push(cl);
        for (let s = 0; s < 2; s++) subs.push({ replica, stream: wsSubscribe(cl, JOB, { id: jobId }) });
      }
    }
    return subs;
  }

  const states = (s: Stream) => s.results.map((r) => r.data?.jobProgress).filter(Boolean);

  function expectOnceInOrder(events: any[]) {
    for (let i = 1; i < events.length; i++) {
      const before = events[i - 1];
      const after = events[i];
      const grew = after.tasks.length > before.tasks.length || after.tasks.filter((t: any) => t.status !== 'RUNNING').length > before.tasks.filter((t: any) => t.status !== 'RUNNING').length || after.status !== before.status;
      expect(grew, `event ${i} repeats or goes back: ${JSON.stringify(before)} -> ${JSON.stringify(after)}`).toBe(true);
    }
  }

  it('should poll a job once per interval cluster-wide, deliver every event once in order, and survive the lease holder dying', { timeout: 120_000 }, async () => {
    const jobId = await deploy();
    let subs = subscribeEverywhere(jobId, replicas);
    await Promise.all(subs.map((s) => s.stream.at(0)));

    // One poller for the cluster: calls in a window are about window / interval, not three times that.
    await emu.call('DELETE', '/__emulator/calls');
    const windowMs = 1_500;
    await new Promise((r) => setTimeout(r, windowMs));
    const polls = (await emu.call('GET', '/__emulator/calls')).body.byRoute['GET /v2/{project_id}/cas/jobs/{job_id}'] ?? 0;
    expect(polls).toBeGreaterThanOrEqual(3);
    expect(polls).toBeLessThanOrEqual(Math.ceil(windowMs / POLL_MS) + 3);

    const redisClient = new Redis(redis.url);
    let killed: Replica | undefined;
    for (let step = 1; ; step++) {
      if (step === 3) {
        // The lease holder dies mid-job.
        const holder = await redisClient.get(`lease|job|sa:${PROJECTS[0]!.id}|${jobId}`);
        killed = replicas.find((r) => r.id === holder);
        expect(killed, `lease holder ${holder}`).toBeDefined();
        killed!.child.process.kill('SIGKILL');
        await killed!.child.exited;
        // Its subscribers lose their connection, reconnect to another replica and subscribe again.
        const orphans = subs.filter((s) => s.replica === killed);
        await Promise.all(orphans.map((s) => s.stream.done));
        const survivors = replicas.filter((r) => r !== killed);
        const again = subscribeEverywhere(jobId, [survivors[0]!]).slice(0, orphans.length);
        await Promise.all(again.map((s) => s.stream.at(0)));
        subs = [...subs.filter((s) => s.replica !== killed), ...again];
      }
      const counts = subs.map((s) => s.stream.results.length);
      await emu.advance(STEP);
      const next = await Promise.all(subs.map((s, i) => s.stream.at(counts[i]!)));
      if (next.every((r) => r === undefined)) break;
      expect(next.filter((r) => r === undefined)).toHaveLength(0);
      if (subs.every((s) => s.stream.ended || states(s.stream).at(-1)?.status === 'SUCCEEDED')) break;
    }
    await Promise.all(subs.map((s) => s.stream.done));
    redisClient.disconnect();
    expect(killed).toBeDefined();
    expect(subs.length).toBe(12);
    for (const { stream } of subs) {
      expect(stream.error).toBeUndefined();
      const events = states(stream);
      expect(events.at(-1)).toMatchObject({ status: 'SUCCEEDED', progress: 1 });
      expectOnceInOrder(events);
    }
    replicas.splice(replicas.indexOf(killed!), 1);
  });

  it('should keep serving when Redis goes away, tell subscribers, and recover when it returns', { timeout: 120_000 }, async () => {
    const jobId = await deploy();
    const subs = subscribeEverywhere(jobId, replicas);
    await Promise.all(subs.map((s) => s.stream.at(0)));
    await redis.stop();
    // Queries and mutations go on.
    for (const r of replicas) expect((await gql(r.url, '{ environments { totalCount } }')).environments.totalCount).toBe(1);
    // Subscribers hear of the degradation once, and keep receiving (each replica polls on its own).
    const told = await Promise.all(subs.map((s) => s.stream.at(1)));
    for (const r of told) expect(r?.errors?.[0]?.extensions?.code).toBe('LIVE_DEGRADED');
    let counts = subs.map((s) => s.stream.results.length);
    await emu.advance(STEP);
    for (const [i, s] of subs.entries()) expect((await s.stream.at(counts[i]!))?.data?.jobProgress.status).toBe('RUNNING');

    await redis.restart();
    // Every replica reconnects by itself and shares its events through Redis again.
    await Promise.all(replicas.map((r) => r.child.waitFor(/Redis reachable again/)));
    counts = subs.map((s) => s.stream.results.length);
    await emu.advance(STEP);
    for (const [i, s] of subs.entries()) expect((await s.stream.at(counts[i]!))?.data?.jobProgress).toBeDefined();
    for (const s of subs) s.stream.close();
  });
});
