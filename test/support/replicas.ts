/**
 * Gateway replicas as `npm start` runs them (own processes), coordinated through one Redis,
 * against one in-process emulator; for the scale tests and the redis-faults benchmark.
 */
import { request } from 'node:http';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { spawnNode, type Child } from './child.js';
import { wsSubscribe, type Received, type Stream, type Subscriber } from './live.js';
import type { Answered, TypedDocument } from './gateway.js';
import { graphql } from '../generated/gql.js';
import type { TestEmulator } from './emulator.js';
import type { RedisServer } from './redis.js';
import { DEMO_DOMAIN, DEMO_USER, PROJECTS } from '../../src/emulator/tenancy.js';

export interface Replica {
  child: Child;
  url: string;
  id: string;
}

/** The environment of a replica in service-account mode against `emu`, sharing `redisUrl`. */
export function replicaEnv(emu: TestEmulator, redisUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PORT: '0',
    CAS_URL: emu.url,
    CSE_URL: emu.url,
    IAM_URL: emu.url,
    PROJECT_ID: PROJECTS[0]!.id,
    CREDENTIALS_MODE: 'service-account',
    // The replicas' tests call as anonymous demo callers.
    ALLOW_ANONYMOUS: 'write',
    IAM_DOMAIN: DEMO_DOMAIN.name,
    IAM_USER: DEMO_USER.name,
    IAM_PASSWORD: DEMO_USER.password,
    PROJECT_NAME: PROJECTS[0]!.name,
    REDIS_URL: redisUrl,
    LIVE_LEASE_MS: '1000',
    LOG_LEVEL: 'info',
    ...extra,
  };
}

/** What a replicas test started: its clients closed, its replicas killed, its emulator and Redis stopped (any of them may be missing after a failed start). */
export async function stopFleet(fleet: { clients: Client[]; replicas: Replica[]; emu?: TestEmulator; redis?: RedisServer }): Promise<void> {
  await Promise.all(fleet.clients.map((c) => c.dispose()));
  for (const r of fleet.replicas) if (r.child.process.exitCode === null) r.child.process.kill('SIGKILL');
  await fleet.emu?.stop();
  await fleet.redis?.stop();
}

export async function startReplica(env: Record<string, string>, args: string[] = []): Promise<Replica> {
  const child = spawnNode('src/main.ts', env, args);
  const [, id] = await child.waitFor(/"msg":"live updates shared through Redis","replica":"([0-9a-f-]+)"/);
  const [, url] = await child.waitFor(/ServiceStage GraphQL gateway: (http:\/\/\S+)/);
  return { child, url: url!, id: id! };
}

/** Resolves once `pattern` has been printed `n` times in all (counting from the process start). */
export function printed(child: Child, pattern: RegExp, n: number): Promise<void> {
  const global = new RegExp(pattern.source, 'g');
  const count = () => (child.output().match(global) ?? []).length;
  return new Promise((resolve, reject) => {
    const check = () => {
      if (count() < n) return false;
      child.process.stdout!.off('data', check);
      child.process.stderr!.off('data', check);
      resolve();
      return true;
    };
    if (check()) return;
    child.process.stdout!.on('data', check);
    child.process.stderr!.on('data', check);
    void child.exited.then(() => count() < n && reject(new Error(`process exited before printing ${pattern} ${n} times:\n${child.output()}`)));
  });
}

/** POST to a replica as an anonymous caller: the answer's data, typed by a document (loosely for a plain string); errors throw. */
export async function gql<R, V>(url: string, document: TypedDocument<R, V>, variables?: V): Promise<Answered<R>>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- plain strings are untyped; converted callers pass a typed document
export async function gql(url: string, query: string, variables?: Record<string, unknown>): Promise<any>;
export async function gql(url: string, query: string | TypedDocument<unknown, unknown>, variables?: unknown): Promise<unknown> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: query.toString(), variables }) });
  const body = (await res.json()) as { data?: unknown; errors?: unknown };
  if (body.errors) throw new Error(`GraphQL errors from ${url}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/**
 * GET /health on a connection of its own (a dead worker's pooled connection must not hide a live
 * port); 0 when nothing answered within `timeoutMs`.
 */
export function health(graphqlUrl: string, timeoutMs = 30_000): Promise<number> {
  const url = new URL('/health', graphqlUrl);
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false, headers: { connection: 'close' }, timeout: timeoutMs }, (res) => {
      res.resume();
      res.once('end', () => resolve(res.statusCode ?? 0));
    });
    req.once('timeout', () => {
      req.destroy();
      resolve(0);
    });
    req.once('error', reject);
    req.end();
  });
}

export function wsClientOf(url: string): Client {
  return createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
}

/** A subscription over a replica's graphql-ws client (`wsClientOf`). */
export const subscribe: Subscriber<Client> = wsSubscribe;

/** An environment, an application and a component to deploy into, created through a replica. */
export interface ReplicaScene {
  environmentId: string;
  componentId: string;
}

export async function createScene(url: string, prefix: string): Promise<ReplicaScene> {
  const environmentId = (await gql(url, graphql(`mutation ReplicaSceneEnvironment($n: String!) { createEnvironment(input: {name: $n, vpcId: "v", baseResources: [{id: "cce-1", type: "cce"}]}) { id } }`), { n: `${prefix}-env` })).createEnvironment.id;
  const app = (await gql(url, graphql(`mutation ReplicaSceneApplication($n: String!) { createApplication(input: {name: $n}) { id } }`), { n: `${prefix}-app` })).createApplication.id;
  const componentId = (await gql(url, graphql(`mutation ReplicaSceneComponent($a: ID!, $n: String!) { createComponent(applicationId: $a, input: {name: $n, runtime: "Java8", category: COMMON}) { id } }`), { a: app, n: `${prefix}-svc` })).createComponent.id;
  return { environmentId, componentId };
}

/** Deploys instance `name` (version 1.0.`n`) of the scene's component through the replica at `url`; answers the job id. */
export async function deployIn(url: string, scene: ReplicaScene, name: string, n: number): Promise<string> {
  const input = {
    environmentId: scene.environmentId,
    name,
    version: `1.0.${n}`,
    replica: 1,
    flavorId: 'MICRO-5G:0.5C:1G',
    artifacts: [{ name: 'main', storage: 'swr', type: 'image', url: 'swr/x:1' }],
    referResources: [{ id: 'cce-1', type: 'cce', parameters: { namespace: 'default' } }],
  };
  return (await gql(url, graphql(`mutation ReplicaDeploy($c: ID!, $in: DeployComponentInput!) { deployComponent(componentId: $c, input: $in) { jobId } }`), { c: scene.componentId, in: input })).deployComponent.jobId;
}

export const JOB = 'subscription($id: ID!) { jobProgress(jobId: $id) { status progress tasks { status } } }';
export const CHANGES = 'subscription($id: ID, $after: Int, $epoch: String) { microserviceInstanceChanges(microserviceId: $id, resumeAfter: $after, resumeEpoch: $epoch) { type sequence epoch instance { hostName } } }';

/** The index of the first result at or after `from` that satisfies `test`, once it has arrived; -1 if the stream ended first. */
export async function waitResult(stream: Stream, test: (r: Received) => boolean, from = 0): Promise<number> {
  for (let i = from; ; i++) {
    const r = await stream.at(i);
    if (r === undefined) return -1;
    if (test(r)) return i;
  }
}

export const isDegraded = (r: Received) => r.errors?.[0]?.extensions?.code === 'LIVE_DEGRADED';
