/**
 * Measure 4: up to 50,000 graphql-ws subscriptions in one gateway process, spread over 100 running
 * jobs and 50 watched registry services. Per level, a fresh gateway: its RSS before and after every
 * subscription got its first event, the upstream calls per second while nothing changes, and the
 * delivery lag of jobProgress events after the emulator moves every job one task forward.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { BenchOptions, Goal, Table } from './run.js';
import type { BenchEmulator } from './emulator.js';
import { startBenchGateway } from './gateways.js';
import { spread } from './dataset.js';
import { SubscriberPool, waitFor, type SubscriptionSpec } from './subscription-clients.js';
import { ms, percentile } from './stats.js';
import { collectAndMeasure, type Memory } from './inspector.js';
import { startRedis } from '../test/support/redis.js';
import type * as Cas from '../src/wire/cas.js';
import type * as Cse from '../src/wire/cse.js';

/** Emulator time of one job task: jobs move only when the benchmark advances the clock. */
const JOB_STEP_MS = 3_600_000;
const JOB_POLL_MS = 1_000;
const REGISTRY_POLL_MS = 2_000;
const PER_SOCKET = 50;
/** The goals (#16): subscriptions in one process, and RSS per subscription after a full GC and at ack. */
const GOAL_SUBSCRIPTIONS = 50_000;
const GOAL_KB_AFTER_GC = 15;
const GOAL_KB_AT_ACK = 25;

const JOB = 'subscription($id: ID!) { jobProgress(jobId: $id) { status progress tasks { name status } } }';
const REGISTRY = 'subscription($a: String!, $s: String!) { microserviceInstanceChanges(appId: $a, serviceName: $s) { type instance { hostName status } } }';

function rssKb(pid: number): number {
  const line = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!line) throw new Error(`no VmRSS for ${pid}`);
  return Number(line[1]);
}

const sleep = (msec: number) => new Promise((r) => setTimeout(r, msec));

/** 100 components with a running instance each (80 of them registered microservices), and a deploy job running on each. */
export async function prepare(emu: BenchEmulator): Promise<{ jobs: string[]; services: { appId: string; serviceName: string }[] }> {
  await emu.seed({ name: 'subscriptions', applications: 10, componentsPerApplication: 10, instancesPerComponent: 1, environments: 2 });
  await emu.setJobStep(JOB_STEP_MS);
  const cas = `/v2/${emu.projectId}/cas`;
  const env = ((await emu.get<Cas.EnvironmentList>(`${cas}/environments?limit=1000&order_by=name&order=asc`)).environments ?? [])[1]!;
  const apps = (await emu.get<Cas.ApplicationList>(`${cas}/applications?limit=1000`)).applications ?? [];
  const jobs: string[] = [];
  for (const app of apps) {
    for (const c of (await emu.get<Cas.ComponentList>(`${cas}/applications/${app.id}/components?limit=1000`)).components ?? []) {
      // Three replicas: ten tasks, so every advance of the benchmark moves the job and none finishes.
      const created = await emu.send<Cas.CreateInstanceResponse>('POST', `${cas}/applications/${app.id}/components/${c.id}/instances`, {
        name: `${app.name}-${c.name}-canary`,
        environment_id: env.id,
        flavor_id: 'MICRO-5G:0.5C:1G',
        replica: 3,
        version: '2.0.0',
        artifacts: { [c.name]: { storage: 'swr', type: 'image', url: `swr.example.com/bench/${c.name}:2.0.0`, auth: 'iam' } },
        refer_resources: [{ id: env.base_resources[0]!.id, type: 'cce', parameters: { namespace: 'default' } }, ...(c.category === 'MicroService' ? [{ id: 'default', type: 'cse' }] : [])],
      });
      jobs.push(created.job_id);
    }
  }
  const services = spread((await emu.get<Cse.GetServicesResponse>('/v4/default/registry/microservices')).services ?? [], 50).map((s) => ({ appId: s.appId, serviceName: s.serviceName }));
  return { jobs, services };
}

export function specs(count: number, jobs: string[], services: { appId: string; serviceName: string }[]): SubscriptionSpec[] {
  return Array.from({ length: count }, (_, i) => {
    const n = Math.floor(i / 2);
    if (i % 2 === 0) return { kind: 'job', query: JOB, variables: { id: jobs[n % jobs.length]! } };
    const s = services[n % services.length]!;
    return { kind: 'registry', query: REGISTRY, variables: { a: s.appId, s: s.serviceName } };
  });
}

interface Level {
  count: number;
  subscribeSeconds: number;
  callsPerSecond: number;
  jobPollsPerSecond: number;
  registryFindsPerSecond: number;
  lags: number[];
  missed: number;
  /** Bytes, after a full GC before subscribing. */
  before: Memory;
  /** VmRSS bytes once every subscription got its first event. */
  rssAtAck: number;
  /** Bytes, after a full GC with every subscription open. */
  after: Memory;
}

/** The gateway's processes: the primary and, with --workers, its workers. */
function processTree(pid: number): number[] {
  const children = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        // Field 4 of /proc/<pid>/stat is the parent pid; the command name (field 2) may hold spaces, so split after it.
        return Number(readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1]?.split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
  return [pid, ...children];
}

const treeRssBytes = (pid: number) => processTree(pid).reduce((sum, p) => sum + rssKb(p) * 1024, 0);

interface Shape {
  /** Gateway workers (with Redis); one process when absent. */
  workers?: number;
  redisUrl?: string;
}

async function level(options: BenchOptions, emu: BenchEmulator, count: number, jobs: string[], services: { appId: string; serviceName: string }[], shape: Shape = {}): Promise<Level> {
  // One process is inspected (a forced GC tells retained memory from garbage); a cluster is measured by RSS alone.
  const single = !shape.workers;
  const gateway = await startBenchGateway(emu, {
    profileDir: options.profileDir,
    inspect: single,
    workers: shape.workers,
    env: { JOB_POLL_INTERVAL_MS: String(JOB_POLL_MS), REGISTRY_POLL_INTERVAL_MS: String(REGISTRY_POLL_MS), ...(shape.redisUrl && { REDIS_URL: shape.redisUrl }) },
  });
  const inspector = gateway.inspector;
  if (single && !inspector) throw new Error(`the gateway did not print its inspector URL:\n${gateway.url}`);
  const measure = async (): Promise<Memory> => (inspector ? collectAndMeasure(inspector) : { rss: treeRssBytes(gateway.pid), heapUsed: 0 });
  const wsUrl = gateway.url.replace(/^http/, 'ws');
  try {
    // Warm-up: the subscription code paths once, so the RSS difference is of subscriptions, not of compiled code.
    const warm = new SubscriberPool(wsUrl, PER_SOCKET);
    await warm.subscribe(specs(20, jobs, services), 20, 30_000);
    await warm.close();
    await sleep(1_500);
    const before = await measure();

    const pool = new SubscriberPool(wsUrl, PER_SOCKET);
    try {
      const t = performance.now();
      await pool.subscribe(specs(count, jobs, services), 1_000, 120_000);
      const subscribeSeconds = (performance.now() - t) / 1000;
      const rssAtAck = treeRssBytes(gateway.pid);

      // Upstream calls while nothing changes: every poller ticks a few times in the window.
      await sleep(JOB_POLL_MS);
      await emu.resetCalls();
      const windowMs = options.quick ? 4_000 : 8_000;
      const t0 = performance.now();
      await sleep(windowMs);
      const counts = await emu.calls();
      const seconds = (performance.now() - t0) / 1000;
      const route = (r: string) => counts.byRoute[r] ?? 0;

      const lags: number[] = [];
      let missed = 0;
      const jobSubscribers = pool.subscribers.filter((s) => s.kind === 'job');
      for (let advance = 0; advance < (options.quick ? 1 : 2); advance++) {
        const seen = jobSubscribers.map((s) => s.arrivals.length);
        await emu.advance(JOB_STEP_MS);
        // The emulator changed every job before answering: lag is counted from its answer.
        const changed = performance.now();
        // A subscriber whose event never comes is counted as missed, not waited for forever.
        await waitFor(() => jobSubscribers.every((s, i) => s.arrivals.length > seen[i]!), JOB_POLL_MS * 10, 'job events').catch(() => undefined);
        jobSubscribers.forEach((s, i) => {
          const arrival = s.arrivals[seen[i]!];
          if (arrival === undefined) missed++;
          else lags.push(arrival - changed);
        });
      }
      // The forced collection comes last: it is a low-memory notification, after which the heap's limit sits
      // just above what is live, so the next major collection would fall inside the first event's delivery.
      const after = await measure();
      return {
        count,
        subscribeSeconds,
        callsPerSecond: counts.total / seconds,
        jobPollsPerSecond: route('GET /v2/{project_id}/cas/jobs/{job_id}') / seconds,
        registryFindsPerSecond: route('POST /v4/{project_id}/registry/instances/action') / seconds,
        lags,
        missed,
        before,
        rssAtAck,
        after,
      };
    } finally {
      await pool.close();
    }
  } finally {
    await gateway.stop();
  }
}

export async function subscriptions(options: BenchOptions, emu: BenchEmulator): Promise<Table> {
  const { jobs, services } = await prepare(emu);
  const counts = options.quick ? [1_000, 5_000] : [1_000, 10_000, GOAL_SUBSCRIPTIONS];
  const levels: Level[] = [];
  for (const count of counts) levels.push(await level(options, emu, count, jobs, services));
  const rates = levels.map((l) => l.callsPerSecond);
  const worstP99 = Math.max(...levels.map((l) => percentile(l.lags, 99)));
  const atAck = levels.map((l) => (l.rssAtAck - l.before.rss) / 1024 / l.count);
  const afterGc = levels.map((l) => (l.after.rss - l.before.rss) / 1024 / l.count);
  const largest = levels[levels.length - 1]!;
  const largestP99 = percentile(largest.lags, 99);
  const atGoalSize = largest.count >= GOAL_SUBSCRIPTIONS;
  const perSubKb = (l: Level, bytes: number) => bytes / 1024 / l.count;
  const largestAfterGc = perSubKb(largest, largest.after.rss - largest.before.rss);
  const largestAtAck = perSubKb(largest, largest.rssAtAck - largest.before.rss);
  const sizeNote = atGoalSize ? '' : ` (at ${largest.count}: --quick; the goal is at ${GOAL_SUBSCRIPTIONS})`;
  const goals: Goal[] = [
    {
      goal: `${GOAL_SUBSCRIPTIONS.toLocaleString('en')} subscriptions in one gateway process, lag p99 under one poll interval plus 50 ms (${JOB_POLL_MS + 50} ms)`,
      figure: `${largest.count} subscribed in ${largest.subscribeSeconds.toFixed(1)} s, lag p99 ${ms(largestP99)} ms, ${largest.missed} events missed`,
      met: atGoalSize ? largest.missed === 0 && largestP99 < JOB_POLL_MS + 50 : undefined,
    },
    {
      goal: 'Upstream polls independent of the subscriber count',
      figure: `${rates.map((r) => r.toFixed(1)).join(' / ')} calls/s at ${levels.map((l) => l.count).join(' / ')} subscriptions`,
      met: levels.length > 1 ? Math.max(...rates) <= 1.1 * Math.min(...rates) : undefined,
    },
    {
      goal: `Delivery lag p99 under one poll interval plus 50 ms (${JOB_POLL_MS + 50} ms) at every level`,
      figure: `p99 ${levels.map((l) => ms(percentile(l.lags, 99))).join(' / ')} ms at ${levels.map((l) => l.count).join(' / ')}; worst ${ms(worstP99)} ms`,
      met: worstP99 < JOB_POLL_MS + 50 && levels.every((l) => l.missed === 0),
    },
    {
      goal: `RSS per subscription after a full GC <= ${GOAL_KB_AFTER_GC} KB`,
      figure: `${largestAfterGc.toFixed(1)} KB at ${largest.count}${sizeNote}; ${afterGc.map((k) => k.toFixed(1)).join(' / ')} KB at ${levels.map((l) => l.count).join(' / ')}`,
      met: largestAfterGc <= GOAL_KB_AFTER_GC,
    },
    {
      goal: `RSS per subscription at ack <= ${GOAL_KB_AT_ACK} KB`,
      figure: `${largestAtAck.toFixed(1)} KB at ${largest.count}${sizeNote}; ${atAck.map((k) => k.toFixed(1)).join(' / ')} KB at ${levels.map((l) => l.count).join(' / ')}`,
      met: largestAtAck <= GOAL_KB_AT_ACK,
    },
  ];
  return {
    title: `Subscriptions over graphql-ws, one gateway process (JOB_POLL_INTERVAL_MS=${JOB_POLL_MS}, REGISTRY_POLL_INTERVAL_MS=${REGISTRY_POLL_MS})`,
    columns: [
      'subscriptions',
      'subscribe s',
      'upstream calls/s',
      'job polls/s',
      'registry finds/s',
      'lag p50 ms',
      'lag p99 ms',
      'missed',
      'RSS before MB',
      'RSS at ack MB',
      'RSS KB/sub at ack',
      'RSS KB/sub after GC',
      'heap KB/sub after GC',
    ],
    rows: levels.map((l) => {
      const perSub = (bytes: number) => (bytes / 1024 / l.count).toFixed(1);
      return [
        l.count,
        l.subscribeSeconds.toFixed(1),
        l.callsPerSecond.toFixed(1),
        l.jobPollsPerSecond.toFixed(1),
        l.registryFindsPerSecond.toFixed(2),
        ms(percentile(l.lags, 50)),
        ms(percentile(l.lags, 99)),
        l.missed,
        (l.before.rss / 2 ** 20).toFixed(0),
        (l.rssAtAck / 2 ** 20).toFixed(0),
        perSub(l.rssAtAck - l.before.rss),
        perSub(l.after.rss - l.before.rss),
        perSub(l.after.heapUsed - l.before.heapUsed),
      ];
    }),
    notes: [
      `Half the subscriptions are jobProgress over ${jobs.length} running deploy jobs, half microserviceInstanceChanges over ${services.length} registry services; ${PER_SOCKET} per WebSocket; a fresh gateway per row.`,
      'Every subscriber is the same caller (the demo\'s anonymous access) with the same documents, so the subscribers of one job or service form one group and each event is executed once for them (src/transports/shared-execution.ts); callers with other credentials would each be executed for.',
      'Calls/s: a quiet window after every subscription got its first event. Lag: from the answer of POST /__emulator/clock/advance (every job moves one task) to each jobProgress subscriber\'s next event, in the benchmark process, which shares the machine.',
      'RSS: VmRSS of the gateway after a warm-up and a full GC, then once every subscription got its first event (at ack), and again after a full GC (forced through the inspector) once the lag is measured, which leaves what the subscriptions retain. Per subscription: the growth over the warm, collected gateway, divided by the subscriptions; the goals are read at the largest level, where the process\'s fixed costs weigh least.',
    ],
    goals,
  };
}

/**
 * The same load on one worker per core sharing Redis, against one process, side by side: upstream
 * calls stay those of one poller per job cluster-wide, while the work spreads over the cores.
 */
export async function subscriptionsAcrossWorkers(options: BenchOptions, emu: BenchEmulator): Promise<Table> {
  const { jobs, services } = await prepare(emu);
  const count = options.quick ? 1_000 : 10_000;
  const columns = ['gateway', 'subscriptions', 'subscribe s', 'upstream calls/s', 'job polls/s', 'lag p50 ms', 'lag p99 ms', 'missed', 'RSS at ack MB (all processes)'];
  const title = `Subscriptions: one process against 2 workers sharing Redis (${count} subscriptions)`;
  let redis: Awaited<ReturnType<typeof startRedis>>;
  try {
    redis = await startRedis();
  } catch (err) {
    return { title, columns, rows: [], notes: [`Not measured: ${(err as Error).message}`] };
  }
  try {
    const one = await level(options, emu, count, jobs, services);
    const two = await level(options, emu, count, jobs, services, { workers: 2, redisUrl: redis.url });
    const row = (name: string, l: Level) => [
      name,
      l.count,
      l.subscribeSeconds.toFixed(1),
      l.callsPerSecond.toFixed(1),
      l.jobPollsPerSecond.toFixed(1),
      ms(percentile(l.lags, 50)),
      ms(percentile(l.lags, 99)),
      l.missed,
      (l.rssAtAck / 2 ** 20).toFixed(0),
    ];
    return {
      title,
      columns,
      rows: [row('1 process', one), row('2 workers + Redis', two)],
      notes: [
        'Same data, subscriptions and measurements as the table above; the workers share the port (npm start -- --workers 2) and coordinate through a local redis-server: one poller per job for the cluster, events through Redis pub/sub.',
      ],
      goals: [
        {
          goal: 'Upstream polls of the cluster equal those of one process',
          figure: `${two.jobPollsPerSecond.toFixed(1)} vs ${one.jobPollsPerSecond.toFixed(1)} job polls/s`,
          met: two.jobPollsPerSecond <= one.jobPollsPerSecond * 1.1,
        },
      ],
    };
  } finally {
    await redis.stop();
  }
}
