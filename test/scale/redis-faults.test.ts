/**
 * Two replicas against a real redis-server that is killed, stalled and restarted empty while
 * subscriptions are open: the processes live, /health and queries answer throughout, subscribers
 * are told (LIVE_DEGRADED) and resynchronised, no event is silently dropped, and every jobProgress
 * stream of a deploy started before the fault ends with its final status.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { startRedis, type RedisServer } from '../support/redis.js';
import { startTestEmulator, type TestEmulator } from '../support/emulator.js';
import type { Stream } from '../support/live.js';
import { CHANGES, createScene, stopFleet, deployIn, JOB, gql, health, isDegraded, printed, replicaEnv, startReplica, subscribe, waitResult, wsClientOf, type Replica, type ReplicaScene } from '../support/replicas.js';

const STEP = 60_000;
const POLL_MS = 100;
/** Small, so a stall is noticed soon; the test waits on events, never on this much time. */
const COMMAND_TIMEOUT_MS = 400;
const RECOVERED = /Redis reachable again/;

describe('replicas when Redis fails', () => {
  let redis: RedisServer;
  let emu: TestEmulator;
  const replicas: Replica[] = [];
  const clients: Client[] = [];
  let scene: ReplicaScene;
  let n = 0;
  let recoveries = 0;

  beforeAll(async () => {
    redis = await startRedis();
    emu = await startTestEmulator({ jobStepMs: STEP });
    const env = replicaEnv(emu, redis.url, { JOB_POLL_INTERVAL_MS: String(POLL_MS), REGISTRY_POLL_INTERVAL_MS: String(POLL_MS), REDIS_COMMAND_TIMEOUT_MS: String(COMMAND_TIMEOUT_MS) });
    replicas.push(...(await Promise.all([startReplica(env), startReplica(env)])));
    scene = await createScene(replicas[0]!.url, 'faults');
  }, 120_000);

  afterAll(() => stopFleet({ clients, replicas, emu, redis }));

  function client(r: Replica): Client {
    const c = wsClientOf(r.url);
    clients.push(c);
    return c;
  }

  const deploy = () => deployIn(replicas[0]!.url, scene, `faults-${++n}`, n);

  /** Two jobProgress streams on each replica, each on a connection of its own. */
  async function watchJob(jobId: string): Promise<Stream[]> {
    const streams = replicas.flatMap((r) => [subscribe(client(r), JOB, { id: jobId }), subscribe(client(r), JOB, { id: jobId })]);
    for (const s of streams) expect((await s.at(0))?.data?.jobProgress.status).toMatch(/^(SUBMITTED|RUNNING)$/);
    return streams;
  }

  /** Every replica alive, /health 200 and a query answered. */
  async function expectServing(): Promise<void> {
    for (const r of replicas) {
      expect(r.child.process.exitCode, r.child.output()).toBeNull();
      expect(await health(r.url)).toBe(200);
      expect((await gql(r.url, '{ environments { totalCount } }')).environments.totalCount).toBe(1);
    }
  }

  /** Advances the emulator until every stream has ended; each must end with the job SUCCEEDED. */
  async function finish(streams: Stream[]): Promise<void> {
    while (!streams.every((s) => s.ended)) {
      const counts = streams.map((s) => s.results.length);
      await emu.advance(STEP);
      // Each advance moves the job on: every open stream hears something (or ends).
      await Promise.all(streams.map((s, i) => s.at(counts[i]!)));
    }
    for (const s of streams) {
      expect(s.error).toBeUndefined();
      expect(s.results.at(-1)?.data?.jobProgress, JSON.stringify(s.results)).toMatchObject({ status: 'SUCCEEDED', progress: 1 });
    }
  }

  async function recovered(): Promise<void> {
    recoveries++;
    await Promise.all(replicas.map((r) => printed(r.child, RECOVERED, recoveries)));
  }

  async function createService(name: string, hosts: string[]): Promise<string> {
    const instances = hosts.map((h) => `{hostName: "${h}", endpoints: ["rest:${h}:80"]}`).join(', ');
    return (await gql(replicas[0]!.url, `mutation { createMicroservice(input: {appId: "faults", serviceName: "${name}", version: "1.0.0", instances: [${instances}]}) { id } }`)).createMicroservice.id;
  }

  const register = (id: string, h: string) =>
    gql(replicas[0]!.url, 'mutation($id: ID!, $h: String!, $e: [String!]!) { registerMicroserviceInstance(microserviceId: $id, input: {hostName: $h, endpoints: $e}) { id } }', { id, h, e: [`rest:${h}:80`] });

  const events = (s: Stream, from = 0) => s.results.slice(from).map((r) => r.data?.microserviceInstanceChanges).filter(Boolean);
  /** Waits until the stream has shown `host`: REGISTERED, or CURRENT in a snapshot. */
  const shows = (s: Stream, host: string, from = 0) => waitResult(s, (r) => r.data?.microserviceInstanceChanges?.instance.hostName === host, from);

  it('should live through kill -9 with open subscriptions, subscribe and unsubscribe during the outage, and finish every job', { timeout: 180_000 }, async () => {
    const jobId = await deploy();
    const jobs = await watchJob(jobId);
    const serviceId = await createService('killed', ['k-1']);
    const watches = replicas.map((r) => subscribe(client(r), CHANGES, { id: serviceId }));
    for (const w of watches) expect((await w.at(0))?.data?.microserviceInstanceChanges).toMatchObject({ type: 'CURRENT', instance: { hostName: 'k-1' } });

    await redis.stop();
    for (const s of [...jobs, ...watches]) expect(await waitResult(s, isDegraded)).toBeGreaterThan(0);
    await expectServing();

    // New topics during the outage (a job, a registry watch): their first event comes at once.
    const later = await deploy();
    const laterJobs = await watchJob(later);
    const otherId = await createService('killed-other', ['o-1']);
    const others = replicas.map((r) => subscribe(client(r), CHANGES, { id: otherId }));
    for (const o of others) expect(await shows(o, 'o-1')).toBe(0);
    // The last subscriber of a topic leaves, and a whole client goes away, while Redis is down.
    for (const o of others) o.close();
    const leaving = client(replicas[1]!);
    const gone = subscribe(leaving, JOB, { id: later });
    await gone.at(0);
    await leaving.dispose();
    // A change during the outage reaches every replica's subscribers (each replica polls on its own).
    await register(serviceId, 'k-2');
    for (const w of watches) expect(await shows(w, 'k-2')).toBeGreaterThan(0);
    await expectServing();

    await redis.restart();
    await recovered();
    await register(serviceId, 'k-3');
    for (const w of watches) expect(await shows(w, 'k-3')).toBeGreaterThan(0);
    await expectServing();
    await finish([...jobs, ...laterJobs]);
    for (const w of watches) w.close();
  });

  it('should go degraded when Redis stalls (SIGSTOP), answer a new subscription at once, and finish every job', { timeout: 180_000 }, async () => {
    const jobId = await deploy();
    const jobs = await watchJob(jobId);
    const serviceId = await createService('stalled', ['s-1']);
    const watches = replicas.map((r) => subscribe(client(r), CHANGES, { id: serviceId }));
    for (const w of watches) await w.at(0);

    redis.pause();
    try {
      for (const s of [...jobs, ...watches]) expect(await waitResult(s, isDegraded)).toBeGreaterThan(0);
      // Redis still stopped: a new subscription's first event does not wait on it.
      const fresh = await watchJob(jobId);
      const freshWatches = replicas.map((r) => subscribe(client(r), CHANGES, { id: serviceId }));
      for (const w of freshWatches) expect(await shows(w, 's-1')).toBe(0);
      await expectServing();
      // Changes go on reaching everyone while Redis is stopped.
      await register(serviceId, 's-2');
      for (const w of [...watches, ...freshWatches]) expect(await shows(w, 's-2')).toBeGreaterThan(0);
      const counts = [...jobs, ...fresh].map((s) => s.results.length);
      await emu.advance(STEP);
      await Promise.all([...jobs, ...fresh].map((s, i) => s.at(counts[i]!)));
      jobs.push(...fresh);
      for (const w of freshWatches) w.close();
    } finally {
      redis.resume();
    }
    await recovered();
    await register(serviceId, 's-3');
    for (const w of watches) expect(await shows(w, 's-3')).toBeGreaterThan(0);
    await finish(jobs);
    for (const w of watches) w.close();
  });

  it('should resynchronise when Redis restarts empty: no event dropped as already seen, old positions answered with a snapshot', { timeout: 180_000 }, async () => {
    const jobId = await deploy();
    const jobs = await watchJob(jobId);
    const serviceId = await createService('restarted', ['r-0']);
    const watches = replicas.map((r) => subscribe(client(r), CHANGES, { id: serviceId }));
    for (const w of watches) await w.at(0);
    // Several events, so the streams stand well past where an emptied Redis counts from.
    for (let i = 1; i <= 4; i++) {
      await register(serviceId, `r-${i}`);
      for (const w of watches) await shows(w, `r-${i}`);
    }
    const before = events(watches[0]!).at(-1);
    expect(before.sequence).toBeGreaterThanOrEqual(4);

    const marks = watches.map((w) => w.results.length);
    await redis.restart();
    await recovered();
    // Each stream hears the resynchronisation: a snapshot in a new epoch with every instance.
    for (const [i, w] of watches.entries()) {
      const at = await waitResult(w, (r) => r.data?.microserviceInstanceChanges?.type === 'CURRENT', marks[i]!);
      expect(at).toBeGreaterThan(0);
      expect(w.results[at]!.data.microserviceInstanceChanges.epoch).not.toBe(before.epoch);
    }
    // Every later change arrives, though the emptied Redis counts from 1 again.
    for (let i = 5; i <= 7; i++) {
      await register(serviceId, `r-${i}`);
      for (const w of watches) expect(await shows(w, `r-${i}`)).toBeGreaterThan(0);
    }
    for (const w of watches) {
      const registered = events(w).filter((e) => e.type === 'REGISTERED').map((e) => e.instance.hostName);
      expect(registered).toEqual(expect.arrayContaining(['r-1', 'r-2', 'r-3', 'r-4', 'r-5', 'r-6', 'r-7']));
    }

    // A subscriber coming back with a position of the old epoch gets the snapshot, with or without naming the epoch.
    for (const variables of [{ after: before.sequence, epoch: before.epoch }, { after: before.sequence + 100 }]) {
      const resumed = subscribe(client(replicas[1]!), CHANGES, { id: serviceId, ...variables });
      await resumed.at(7);
      expect(resumed.results.slice(0, 8).map((r) => r.data?.microserviceInstanceChanges.type)).toEqual(Array(8).fill('CURRENT'));
      resumed.close();
    }
    await finish(jobs);
    for (const w of watches) w.close();
  });
});
