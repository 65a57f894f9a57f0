/**
 * Fakes for the write services' unit tests: clients that answer from canned functions and record every
 * call, real per-request loaders over them, and a live hub that records what it is told. No HTTP.
 */
import { createCasLoaders, type CasLoaders } from '../../src/loaders/cas.js';
import { createCseLoaders, type CseLoaders } from '../../src/loaders/cse.js';
import { RecentWrites } from '../../src/loaders/recent-writes.js';
import type { ReplicaSetKey } from '../../src/live/hub.js';
import type { CasClient } from '../../src/upstream/cas.js';
import type { CseClient } from '../../src/upstream/cse.js';
import { UpstreamError } from '../../src/upstream/errors.js';
import { CseCode } from '../../src/upstream/error-codes.js';
import { callerSession } from '../../src/upstream/session.js';
import type * as Cas from '../../src/wire/cas.js';
import type * as Cse from '../../src/wire/cse.js';

type Answers<C> = { [K in keyof C]?: C[K] };

/** A client whose methods answer from `answers`; a method it has no answer for fails the call (and the test reading it). */
function fakeClient<C extends object>(answers: Answers<C>, calls: string[]): C {
  return new Proxy({} as C, {
    get: (_target, method) => {
      // Not a thenable, whatever awaits it.
      if (typeof method !== 'string' || method === 'then') return undefined;
      const answer = answers[method as keyof C] as ((...args: unknown[]) => Promise<unknown>) | undefined;
      return (...args: unknown[]) => {
        calls.push([method, ...args.filter((a) => typeof a === 'string')].join(' '));
        return answer ? answer(...args) : Promise.reject(new Error(`unexpected upstream call ${method}`));
      };
    },
  });
}

/** What the upstream answers when it refuses a write: nothing was applied. */
export const refused = (api: 'cas' | 'cse' = 'cas') =>
  Promise.reject(new UpstreamError({ kind: 'HTTP', api, method: 'PUT', route: '/w', status: 400, upstreamCode: api === 'cas' ? 'SVCSTG.00100400' : '400001', upstreamMessage: 'refused' }));

/** A write whose answer never came: it may have been applied. */
export const timedOut = (api: 'cas' | 'cse' = 'cas') => Promise.reject(new UpstreamError({ kind: 'TIMEOUT', api, method: 'PUT', route: '/w', mayHaveApplied: true }));

export const session = callerSession('token', 'project');

/** Records what the write services tell the live hub. */
export function fakeLive() {
  const replicasLeaving: ReplicaSetKey[] = [];
  const deregistered: string[] = [];
  return {
    replicasLeaving,
    deregistered,
    noteReplicasLeaving: (_s: unknown, replicas: ReplicaSetKey) => void replicasLeaving.push(replicas),
    noteDeregistered: (_s: unknown, serviceId: string, instanceId?: string) => void deregistered.push(instanceId ? `${serviceId}/${instanceId}` : serviceId),
  };
}

// One project: environment e1, application a1 ("shop") with component c1 ("cart"), its instance i1 ("cart-prod").
const env = (id: string): Cas.Environment => ({ id, name: `env-${id}` }) as Cas.Environment;
const app = (id: string): Cas.ApplicationWithCount => ({ id, name: 'shop' }) as Cas.ApplicationWithCount;
const component = (id: string): Cas.Component => ({ id, name: 'cart', application_id: 'a1' }) as Cas.Component;
const instance = (id: string): Cas.InstanceDetail => ({ id, name: 'cart-prod', version: '1.0.0' }) as Cas.InstanceDetail;

const casReads: Answers<CasClient> = {
  getEnvironment: async (id) => env(id),
  listEnvironments: async () => ({ count: 1, environments: [env('e1')] }) as Cas.EnvironmentList,
  getApplication: async (id) => app(id),
  listApplications: async () => ({ count: 1, applications: [app('a1')] }) as Cas.ApplicationList,
  getApplicationConfiguration: async () => ({ configuration: [] }) as Cas.ApplicationConfigurationList,
  getComponent: async (_a, id) => component(id),
  listComponents: async () => ({ count: 1, components: [component('c1')] }) as Cas.ComponentList,
  getInstance: async (_a, _c, id) => instance(id),
  listInstances: async () => ({ count: 1, instances: [{ ...instance('i1'), application_id: 'a1', component_id: 'c1' }] }) as Cas.InstanceList,
  listSnapshots: async () => ({ count: 0, snapshots: [] }) as Cas.SnapshotList,
};

/** What every harness holds besides its client and loaders: the session, the recording live hub, the client's calls. */
interface Recorded {
  session: typeof session;
  live: ReturnType<typeof fakeLive>;
  calls: string[];
}

export type CasHarness = Recorded & { cas: CasClient; loaders: { cas: CasLoaders } };

/** Real CAS loaders over a fake client: `writes` answers the write under test. */
export function casHarness(writes: Answers<CasClient>): CasHarness {
  const calls: string[] = [];
  const cas = fakeClient<CasClient>({ ...casReads, ...writes }, calls);
  return { cas, loaders: { cas: createCasLoaders(cas) }, session, live: fakeLive(), calls };
}

/** A read a request may hold: how to load it, and (for a memo, whose refill may cost nothing) whether it is held. */
export interface Read<L> {
  load(l: L): Promise<unknown>;
  held?(l: L): boolean;
}

const loads = <L>(reads: Record<string, (l: L) => Promise<unknown>>): Record<string, Read<L>> =>
  Object.fromEntries(Object.entries(reads).map(([name, load]) => [name, { load }]));

/** Every CAS read a request may hold, by name. */
export const CAS_READS: Record<string, Read<CasLoaders>> = {
  ...loads<CasLoaders>({
  'environment e1': (l) => l.environment.load('e1'),
  'environment e2': (l) => l.environment.load('e2'),
  environments: (l) => l.environments.all(null),
  'application a1': (l) => l.application.load('a1'),
  'application a2': (l) => l.application.load('a2'),
  applications: (l) => l.applications.all(null),
  'configuration a1': (l) => l.applicationConfiguration.load({ applicationId: 'a1' }),
  'component a1/c1': (l) => l.component.load({ applicationId: 'a1', componentId: 'c1' }),
  'component a1/c2': (l) => l.component.load({ applicationId: 'a1', componentId: 'c2' }),
  'components a1': (l) => l.components.all('a1'),
  'instance a1/c1/i1': (l) => l.instance.load({ applicationId: 'a1', componentId: 'c1', instanceId: 'i1' }),
  'instance a1/c1/i2': (l) => l.instance.load({ applicationId: 'a1', componentId: 'c1', instanceId: 'i2' }),
  'instances a1/c1': (l) => l.instances.all({ applicationId: 'a1', componentId: 'c1' }),
  'snapshots a1/c1/i1': (l) => l.snapshots.all({ applicationId: 'a1', componentId: 'c1', instanceId: 'i1' }),
  }),
  'all instances': { load: (l) => l.allInstances(), held: (l) => l.allInstances.held },
};

// The registry: service s1 (shop/cart 1.0.0) with instance i1 (UP) and schema sc1; s2 beside it.
const service = (serviceId: string): Cse.MicroService => ({ serviceId, appId: 'shop', serviceName: serviceId === 's1' ? 'cart' : 'till', version: '1.0.0', environment: '' }) as Cse.MicroService;
const registryInstance = (serviceId: string, instanceId: string): Cse.MicroServiceInstance =>
  ({ serviceId, instanceId, hostName: 'cart-prod-1', status: 'UP', version: '1.0.0', endpoints: [] }) as Cse.MicroServiceInstance;

/** The registry knows instance i1 only: what the gateway writes it shows only after a lag longer than any test. */
const lagging = (serviceId: string, instanceId: string) =>
  instanceId === 'i1'
    ? Promise.resolve(registryInstance(serviceId, instanceId))
    : Promise.reject(new UpstreamError({ kind: 'HTTP', api: 'cse', method: 'GET', route: '/i', status: 400, upstreamCode: CseCode.INSTANCE_NOT_FOUND, upstreamMessage: 'no such instance' }));

const cseReads: Answers<CseClient> = {
  getService: async (id) => service(id),
  listServices: async () => [service('s1'), service('s2')],
  getInstance: lagging,
  batchFind: async (body) => ({
    services: { updated: (body.services ?? []).map((_k, index) => ({ index, rev: '1', instances: [registryInstance('s1', 'i1')] })) },
    instances: { updated: (body.instances ?? []).flatMap(({ instance: i }, index) => (i.instanceId === 'i1' ? [{ index, rev: '1', instances: [registryInstance(i.serviceId, 'i1')] }] : [])) },
  }),
  listSchemas: async () => [{ schemaId: 'sc1', summary: 'old' }] as Cse.Schema[],
  getSchema: async () => ({ schema: 'old', summary: 'old' }) as Cse.Schema,
  listProviders: async () => [service('s2')],
};

export type CseHarness = Recorded & { cse: CseClient; loaders: { cse: CseLoaders } };

/** Real registry loaders, with read-your-writes, over a fake client whose reads never show a write (a lagging registry). */
export function cseHarness(writes: Answers<CseClient>): CseHarness {
  const calls: string[] = [];
  const cse = fakeClient<CseClient>({ ...cseReads, ...writes }, calls);
  return { cse, loaders: { cse: createCseLoaders(cse, new RecentWrites().of(session.key)) }, session, live: fakeLive(), calls };
}

/** Every registry read a request may hold, by name. */
export const CSE_READS: Record<string, Read<CseLoaders>> = loads<CseLoaders>({
  'service s1': (l) => l.service.load('s1'),
  'service s2': (l) => l.service.load('s2'),
  services: (l) => l.allServices(),
  'instances of shop/cart': (l) => l.instancesOf.load({ appId: 'shop', serviceName: 'cart', version: '1.0.0', environment: '' }),
  'instance s1/i1': (l) => l.instance.load({ serviceId: 's1', instanceId: 'i1' }),
  'instance s1/i2': (l) => l.instance.load({ serviceId: 's1', instanceId: 'i2' }),
  'schemas s1': (l) => l.schemas.load({ serviceId: 's1', withContent: false }),
  'schemas s1 with content': (l) => l.schemas.load({ serviceId: 's1', withContent: true }),
  'schema s1/sc1': (l) => l.schema.load({ serviceId: 's1', schemaId: 'sc1' }),
  'providers s1': (l) => l.providers.load('s1'),
});

/**
 * Which reads a write makes the request fetch again. Each read is probed in a request of its own (every
 * read held, the write sent, then that one read), so one probe's fetch cannot refill another's cache.
 */
export async function readAgainAfter<H extends { calls: string[] }, L>(
  make: () => H,
  loadersOf: (h: H) => L,
  reads: Record<string, Read<L>>,
  write: (h: H) => Promise<unknown>,
): Promise<string[]> {
  const again: string[] = [];
  for (const [name, read] of Object.entries(reads)) {
    const h = make();
    // A read that fails (an instance not registered) is held all the same: a loader keeps its error.
    for (const warm of Object.values(reads)) await warm.load(loadersOf(h)).catch(() => undefined);
    // The upstream's failure is part of the case; any other (a refused input, a bug) fails the test.
    await write(h).catch((err: unknown) => {
      if (!(err instanceof UpstreamError)) throw err;
    });
    h.calls.length = 0;
    if (read.held ? !read.held(loadersOf(h)) : (await read.load(loadersOf(h)).catch(() => undefined), h.calls.length > 0)) again.push(name);
  }
  return again;
}
