/**
 * `npm start -- --workers 2` under a dying worker: the primary replaces it (logged), the port
 * answers throughout, a job's streams (resubscribed where their worker died) end with its final
 * status, and SIGTERM still drains every worker. Workers that cannot start end the primary non-zero.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { startRedis, freePort, type RedisServer } from '../support/redis.js';
import { startTestEmulator, type TestEmulator } from '../support/emulator.js';
import { spawnNode, type Child } from '../support/child.js';
import type { Stream } from '../support/live.js';
import { createScene, deployIn, JOB, health, printed, replicaEnv, subscribe, wsClientOf } from '../support/replicas.js';

const STEP = 60_000;
const LISTENING = /worker (\d+) listening on port (\d+)/g;

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('--workers N under dying workers', () => {
  let redis: RedisServer;
  let emu: TestEmulator;
  let primary: Child;
  let url: string;
  const clients: Client[] = [];

  const workers = () => [...primary.output().matchAll(LISTENING)].map((m) => Number(m[1]));

  beforeAll(async () => {
    redis = await startRedis();
    emu = await startTestEmulator({ jobStepMs: STEP });
    primary = spawnNode('src/main.ts', replicaEnv(emu, redis.url, { JOB_POLL_INTERVAL_MS: '100' }), ['--workers', '2']);
    [, url] = (await primary.waitFor(/ServiceStage GraphQL gateway: (http:\/\/\S+)/)) as [string, string];
    await printed(primary, LISTENING, 2);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    if (primary?.process.exitCode === null) primary.process.kill('SIGKILL');
    for (const pid of workers()) if (alive(pid)) process.kill(pid, 'SIGKILL');
    await emu?.stop();
    await redis?.stop();
  });

  it('should replace a killed worker while the port answers, finish the job on every stream, and drain on SIGTERM', { timeout: 180_000 }, async () => {
    {
      const jobId = await deployIn(url, await createScene(url, 'w'), 'w-1', 0);
      // Connections spread over both workers.
      const open = () => {
        const c = wsClientOf(url);
        clients.push(c);
        return subscribe(c, JOB, { id: jobId });
      };
      let streams: Stream[] = Array.from({ length: 6 }, open);
      for (const s of streams) await s.at(0);

      const [victim] = workers();
      process.kill(victim!, 'SIGKILL');
      // The port answers while the worker is dead and until its replacement listens.
      const replaced = printed(primary, LISTENING, 3);
      let settled = false;
      void replaced.then(() => (settled = true));
      // Node's round-robin may hand a connection accepted in the instant of the death to the dead
      // worker (lost, as a client sees it: no answer); the next attempt must answer.
      let answered = 0;
      let lost = 0;
      while (!settled || answered === 0) {
        const status = await health(url, 3_000);
        if (status === 0) lost++;
        else {
          expect(status).toBe(200);
          answered++;
        }
      }
      expect(answered).toBeGreaterThan(0);
      expect(lost).toBeLessThanOrEqual(1);
      expect(primary.output()).toMatch(new RegExp(`worker ${victim} exited \\(SIGKILL\\); starting a replacement in \\d+ ms`));
      expect(primary.process.exitCode).toBeNull();

      // Streams of the dead worker ended with their connection; their clients subscribe again.
      const orphans = streams.filter((s) => s.ended);
      streams = [...streams.filter((s) => !s.ended), ...orphans.map(open)];
      for (const s of streams) await s.at(0);
      while (!streams.every((s) => s.ended)) {
        const counts = streams.map((s) => s.results.length);
        await emu.advance(STEP);
        await Promise.all(streams.map((s, i) => s.at(counts[i]!)));
      }
      for (const s of streams) expect(s.results.at(-1)?.data?.jobProgress, JSON.stringify(s.results)).toMatchObject({ status: 'SUCCEEDED', progress: 1 });
    }

    const pids = workers().filter(alive);
    expect(pids).toHaveLength(2);
    primary.process.kill('SIGTERM');
    expect(await primary.exited).toEqual({ code: 0, signal: null });
    for (const pid of pids) expect(alive(pid)).toBe(false);
  });

  it('should exit 1 with one line when the workers could not start', { timeout: 180_000 }, async () => {
    // IAM on a port nobody listens on: the primary's own login fails before any worker is forked, in
    // one line naming IAM_URL (src/ops/startup-failure.ts), rather than five workers dying in turn.
    const nobody = `http://127.0.0.1:${await freePort()}`;
    const failing = spawnNode('src/main.ts', replicaEnv(emu, redis.url, { IAM_URL: nobody, UPSTREAM_RETRIES: '0' }), ['--workers', '2']);
    const { code } = await failing.exited;
    expect(code).toBe(1);
    expect(failing.output().trim()).toBe(`IAM at ${nobody} (IAM_URL) cannot be reached (ECONNREFUSED): check IAM_URL and that this machine can reach it.`);
  });
});
