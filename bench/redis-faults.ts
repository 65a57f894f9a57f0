/**
 * `npm run bench -- --only redis-faults`: two replicas coordinated through a real redis-server,
 * under each fault an operator meets (kill -9, SIGSTOP, restart empty): per fault, how long until
 * every subscriber heard LIVE_DEGRADED, until every replica was back on Redis, how long a new
 * subscription waited for its first event during the fault, and what was lost (registry changes a
 * subscriber never saw, jobProgress streams that did not end with the job's final status).
 * Defaults of the gateway (command timeout 2000 ms, job poll 1000 ms, registry poll 2000 ms).
 */
import { startRedis, type RedisServer } from '../test/support/redis.js';
import { startTestEmulator, type TestEmulator } from '../test/support/emulator.js';
import type { Stream } from '../test/support/live.js';
import { CHANGES, JOB, gql, isDegraded, printed, replicaEnv, startReplica, subscribe, waitResult, wsClientOf, type Replica } from '../test/support/replicas.js';
import type { BenchOptions, Table } from './run.js';

const STEP = 60_000;
const COMMAND_TIMEOUT_MS = 2_000;
const LIMIT_MS = 120_000;

type Fault = 'kill -9' | 'SIGSTOP' | 'restart empty';

function within<T>(p: Promise<T>, what: string): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: nothing within ${LIMIT_MS} ms`)), LIMIT_MS).unref())]);
}

export async function redisFaults(_options: BenchOptions): Promise<Table> {
  const redis: RedisServer = await startRedis();
  const emu: TestEmulator = await startTestEmulator({ jobStepMs: STEP });
  const env = replicaEnv(emu, redis.url, { REDIS_COMMAND_TIMEOUT_MS: String(COMMAND_TIMEOUT_MS) });
  const replicas: Replica[] = await Promise.all([startReplica(env), startReplica(env)]);
  const clients = [] as ReturnType<typeof wsClientOf>[];
  const sub = (r: Replica, query: string, variables: Record<string, unknown>) => {
    const c = wsClientOf(r.url);
    clients.push(c);
    return subscribe(c, query, variables);
  };
  const url = replicas[0]!.url;
  const rows: (string | number)[][] = [];
  let recoveries = 0;
  let n = 0;
  try {
    const envId = (await gql(url, 'mutation { createEnvironment(input: {name: "bench-env", vpcId: "v", baseResources: [{id: "cce-1", type: "cce"}]}) { id } }')).createEnvironment.id;
    const app = (await gql(url, 'mutation { createApplication(input: {name: "bench-app"}) { id } }')).createApplication.id;
    const comp = (await gql(url, 'mutation($a: ID!) { createComponent(applicationId: $a, input: {name: "bench-svc", runtime: "Java8", category: COMMON}) { id } }', { a: app })).createComponent.id;
    const deploy = async (): Promise<string> => {
      n++;
      const input = {
        environmentId: envId,
        name: `bench-${n}`,
        version: `1.0.${n}`,
        replica: 1,
        flavorId: 'MICRO-5G:0.5C:1G',
        artifacts: [{ name: 'main', storage: 'swr', type: 'image', url: 'swr/x:1' }],
        referResources: [{ id: 'cce-1', type: 'cce', parameters: { namespace: 'default' } }],
      };
      return (await gql(url, 'mutation($c: ID!, $in: DeployComponentInput!) { deployComponent(componentId: $c, input: $in) { jobId } }', { c: comp, in: input })).deployComponent.jobId;
    };
    const register = (id: string, h: string) =>
      gql(url, 'mutation($id: ID!, $h: String!, $e: [String!]!) { registerMicroserviceInstance(microserviceId: $id, input: {hostName: $h, endpoints: $e}) { id } }', { id, h, e: [`rest:${h}:80`] });
    const shows = (s: Stream, host: string) => waitResult(s, (r) => r.data?.microserviceInstanceChanges?.instance.hostName === host);

    for (const fault of ['kill -9', 'SIGSTOP', 'restart empty'] as Fault[]) {
      const tag = fault.replace(/\W+/g, '-');
      const jobId = await deploy();
      const jobs = replicas.flatMap((r) => [sub(r, JOB, { id: jobId }), sub(r, JOB, { id: jobId })]);
      const serviceId = (await gql(url, `mutation { createMicroservice(input: {appId: "bench", serviceName: "${tag}", version: "1.0.0", instances: [{hostName: "${tag}-0", endpoints: ["rest:${tag}-0:80"]}]}) { id } }`)).createMicroservice.id;
      const watches = replicas.map((r) => sub(r, CHANGES, { id: serviceId }));
      for (const s of [...jobs, ...watches]) await within(s.at(0), 'first event');
      const hosts: string[] = [`${tag}-0`];
      // Streams past sequence 1, so an emptied Redis counting from 1 again would hide events.
      for (let i = 1; i <= 3; i++) {
        hosts.push(`${tag}-${i}`);
        await register(serviceId, `${tag}-${i}`);
        for (const w of watches) await within(shows(w, `${tag}-${i}`), 'registry change');
      }

      const t0 = Date.now();
      if (fault === 'SIGSTOP') redis.pause();
      else await redis.stop();
      const degradedAt = await Promise.all([...jobs, ...watches].map(async (s) => (await within(waitResult(s, isDegraded), 'LIVE_DEGRADED'), Date.now() - t0)));
      // A new subscription while Redis is away: its first event.
      const f0 = Date.now();
      const fresh = replicas.map((r) => sub(r, JOB, { id: jobId }));
      await Promise.all(fresh.map((s) => within(s.at(0), 'first event during the fault')));
      const firstEventMs = Date.now() - f0;
      jobs.push(...fresh);
      hosts.push(`${tag}-during`);
      await register(serviceId, `${tag}-during`);
      for (const w of watches) await within(shows(w, `${tag}-during`), 'change during the fault');
      const counts = jobs.map((s) => s.results.length);
      await emu.advance(STEP);
      await Promise.all(jobs.map((s, i) => within(s.at(counts[i]!), 'job step during the fault')));

      const t1 = Date.now();
      if (fault === 'SIGSTOP') redis.resume();
      else await redis.restart();
      recoveries++;
      await Promise.all(replicas.map((r) => within(printed(r.child, /Redis reachable again/, recoveries), 'recovery')));
      const recoveredMs = Date.now() - t1;

      for (const h of [`${tag}-after-1`, `${tag}-after-2`]) {
        hosts.push(h);
        await register(serviceId, h);
      }
      // Every stream has shown every instance (as REGISTERED or in a CURRENT snapshot), or lost it.
      let missed = 0;
      for (const w of watches) {
        await Promise.race([shows(w, hosts.at(-1)!), new Promise((r) => setTimeout(r, 10_000).unref())]);
        const seen = new Set(w.results.map((r) => r.data?.microserviceInstanceChanges?.instance.hostName).filter(Boolean));
        missed += hosts.filter((h) => !seen.has(h)).length;
      }
      while (!jobs.every((s) => s.ended)) {
        const before = jobs.map((s) => s.results.length);
        await emu.advance(STEP);
        await Promise.all(jobs.map((s, i) => within(s.at(before[i]!), 'job step')));
      }
      const unfinished = jobs.filter((s) => s.results.at(-1)?.data?.jobProgress?.status !== 'SUCCEEDED').length;
      for (const w of watches) w.close();
      rows.push([fault, Math.max(...degradedAt), firstEventMs, recoveredMs, missed, `${unfinished} of ${jobs.length}`]);
    }
  } finally {
    await Promise.all(clients.map((c) => c.dispose()));
    for (const r of replicas) r.child.process.kill('SIGKILL');
    await emu.stop();
    await redis.stop();
  }
  return {
    title: 'Redis faults (2 replicas, REDIS_COMMAND_TIMEOUT_MS 2000, job poll 1000 ms, registry poll 2000 ms)',
    columns: ['fault', 'to LIVE_DEGRADED at every subscriber (ms)', 'new subscription, first event during the fault (ms)', 'to recovered on every replica (ms, from Redis back)', 'registry changes lost', 'jobProgress streams without final status'],
    rows,
    notes: [
      'Degraded: from the fault to the last of 6 subscribers (4 jobProgress, 2 registry watches) hearing LIVE_DEGRADED. A stall is noticed by a command or probe not answered within the command timeout.',
      'Lost: of the registry changes made before, during and after the fault, those some subscriber never saw (as REGISTERED or in a resynchronisation snapshot).',
    ],
    goals: rows.map((r) => ({ goal: `${r[0]}: no event lost, every job stream ends with its final status`, figure: `${r[4]} lost, ${r[5]} unfinished`, met: r[4] === 0 && String(r[5]).startsWith('0 ') })),
  };
}
