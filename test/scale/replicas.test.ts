import { describe, expect } from 'vitest';
import { Redis } from 'ioredis';
import type { Client } from 'graphql-ws';
import { test as base } from '../support/fixtures.js';
import type { Stream } from '../support/live.js';
import { createScene, deployIn, stopFleet, gql, JOB, replicaEnv, startReplica, subscribe, wsClientOf, type Replica } from '../support/replicas.js';
import { graphql } from '../generated/gql.js';
import type { CallCounts } from '../../src/wire/emulator-control.js';
import { PROJECTS } from '../../src/emulator/tenancy.js';

const STEP = 60_000;
const JOB_POLL = 'GET /v2/{project_id}/cas/jobs/{job_id}';

/** Job reads a replica has sent upstream so far, by its own metrics. */
async function jobPollsOf(replica: Replica): Promise<number> {
  const text = await (await fetch(new URL('/metrics', replica.url))).text();
  const route = JOB_POLL.split(' ')[1]!;
  return text
    .split('\n')
    .filter((line) => line.startsWith('upstream_requests_total{') && line.includes(`route="${route}"`) && line.includes('method="GET"'))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}
const POLL_MS = 100;

/** A jobProgress event as JOB asks for it. */
interface JobState {
  status: string;
  progress: number;
  tasks: { status: string }[];
}

/** Three replicas sharing the file's Redis against its emulator, a scene created through the first, and the clients the tests open. */
const test = base.extend('fleet', ({ resources, emu, redis }) =>
  resources.get(
    'fleet',
    emu,
    async () => {
      const fleet = { replicas: [] as Replica[], clients: [] as Client[], deployed: 0 };
      try {
        const env = replicaEnv(emu, redis.url, { JOB_POLL_INTERVAL_MS: String(POLL_MS), REGISTRY_POLL_INTERVAL_MS: String(POLL_MS) });
        for (let i = 0; i < 3; i++) fleet.replicas.push(await startReplica(env));
        return { ...fleet, scene: await createScene(fleet.replicas[0]!.url, 'scale') };
      } catch (err) {
        await stopFleet(fleet);
        throw err;
      }
    },
    (fleet) => stopFleet(fleet),
  ),
);

/** Three gateway replicas coordinated through a real Redis, against one emulator. */
describe('replicas coordinated through Redis', () => {
  test.override('emulatorOptions', { jobStepMs: STEP });

  type Fleet = { replicas: Replica[]; clients: Client[]; deployed: number; scene: Awaited<ReturnType<typeof createScene>> };
  const deploy = (fleet: Fleet) => {
    const n = ++fleet.deployed;
    return deployIn(fleet.replicas[0]!.url, fleet.scene, `scale-${n}`, n);
  };

  function subscribeEverywhere(clients: Client[], jobId: string, alive: Replica[]): { replica: Replica; stream: Stream }[] {
    const subs: { replica: Replica; stream: Stream }[] = [];
    for (const replica of alive) {
      for (let c = 0; c < 2; c++) {
        const cl = wsClientOf(replica.url);
        clients.push(cl);
        for (let s = 0; s < 2; s++) subs.push({ replica, stream: subscribe(cl, JOB, { id: jobId }) });
      }
    }
    return subs;
  }

  const states = (s: Stream): JobState[] => s.results.map((r) => r.data?.jobProgress).filter(Boolean);

  function expectOnceInOrder(events: JobState[]) {
    for (let i = 1; i < events.length; i++) {
      const before = events[i - 1]!;
      const after = events[i]!;
      const grew = after.tasks.length > before.tasks.length || after.tasks.filter((t) => t.status !== 'RUNNING').length > before.tasks.filter((t) => t.status !== 'RUNNING').length || after.status !== before.status;
      expect(grew, `event ${i} repeats or goes back: ${JSON.stringify(before)} -> ${JSON.stringify(after)}`).toBe(true);
    }
  }

  test('should poll a job once per interval cluster-wide, deliver every event once in order, and survive the lease holder dying', { timeout: 120_000 }, async ({ emu, redis, fleet }) => {
    const { replicas, clients } = fleet;
    const jobId = await deploy(fleet);
    let subs = subscribeEverywhere(clients, jobId, replicas);
    await Promise.all(subs.map((s) => s.stream.at(0)));

    // One poller for the cluster: of the next ten polls the emulator sees, one replica sends all (a lease
    // changing hands under a busy machine may move a poll or two), where three pollers would share them.
    const before = await Promise.all(replicas.map(jobPollsOf));
    await emu.call('DELETE', '/__emulator/calls');
    await expect.poll(async () => (await emu.call<CallCounts>('GET', '/__emulator/calls')).body.byRoute[JOB_POLL] ?? 0, { timeout: 60_000 }).toBeGreaterThanOrEqual(10);
    const sent = (await Promise.all(replicas.map(jobPollsOf))).map((n, i) => n - before[i]!);
    const total = sent.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(10);
    expect(Math.max(...sent), `job polls per replica: ${sent.join(', ')}`).toBeGreaterThanOrEqual(total - 2);

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
        const again = subscribeEverywhere(clients, jobId, [survivors[0]!]).slice(0, orphans.length);
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

  test('should keep serving when Redis goes away, tell subscribers, and recover when it returns', { timeout: 120_000 }, async ({ emu, redis, fleet }) => {
    const { replicas, clients } = fleet;
    const jobId = await deploy(fleet);
    const subs = subscribeEverywhere(clients, jobId, replicas);
    await Promise.all(subs.map((s) => s.stream.at(0)));
    await redis.stop();
    // Queries and mutations go on.
    for (const r of replicas) expect((await gql(r.url, graphql(`query ReplicasEnvironmentCount { environments { totalCount } }`))).environments.totalCount).toBe(1);
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
