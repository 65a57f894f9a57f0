import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { EXAMPLE_OPERATION } from '../../src/example-operation.js';
import { call } from '../support/emulator.js';
import { startStack, type GraphQLResponse, type TestStack } from '../support/gateway.js';

const JOB = 'GET /v2/{project_id}/cas/jobs/{job_id}';
const INSTANCES = '/v2/{project_id}/cas/applications/{application_id}/components/{component_id}/instances';

interface Walk {
  variables?: string;
  environments?: string;
  applications?: string;
  instances?: string;
  /** What is asked of each component's instances (a connection). */
  ofInstances?: string;
}

/** The walk environments -> applications -> components -> instances, each instance's last job. */
const walk = (w: Walk = {}) => `query ReadAhead${w.variables ?? ''} {
  environments${w.environments ?? ''} { nodes { applications${w.applications ?? ''} { nodes { components { nodes {
    instances${w.instances ?? ''} { ${w.ofInstances ?? 'nodes { lastJob { rawId } }'} }
  } } } } } }
}`;

/** Every distinct last job id an answer holds, wherever it is. */
function answeredJobs(res: GraphQLResponse): Set<string> {
  const ids = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'lastJob' && inner && typeof inner === 'object' && 'rawId' in inner) ids.add(String(inner.rawId));
        else visit(inner);
      }
    }
  };
  visit(res.body.data);
  return ids;
}

/**
 * The dashboard's last jobs are read ahead of the walk, each component's as its instance list
 * arrives (src/loaders/cas.ts, prefetchLastJobs): never a job the operation does not answer.
 */
describe('last jobs read ahead of the walk', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  async function jobReads(query: string, variables?: Record<string, unknown>) {
    await stack.resetCalls();
    const res = await stack.gql(query, variables);
    expect(res.body.errors).toBeUndefined();
    return { answered: answeredJobs(res), read: (await stack.calls()).byRoute[JOB] ?? 0 };
  }

  it("should read a component's last jobs while another component's instance list is still awaited", async () => {
    await call(stack.emu.url, 'POST', '/__emulator/faults', { body: { match: { method: 'GET', route: INSTANCES }, hang: true, times: 1 } });
    await stack.resetCalls();
    const caller = new AbortController();
    const dashboard = fetch(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.emu.token}` },
      body: JSON.stringify({ query: EXAMPLE_OPERATION }),
      signal: caller.signal,
    }).catch((err: unknown) => err);
    // Also when the wait below never ends and the test times out: the next tests need the lists.
    onTestFinished(async () => {
      caller.abort();
      await dashboard;
      await call(stack.emu.url, 'DELETE', '/__emulator/faults');
    });
    // One list never answers, so nothing waits for all of them: only reads started ahead reach the jobs.
    for (;;) {
      const calls = await stack.calls();
      if ((calls.byRoute[JOB] ?? 0) > 0) break;
      await new Promise((resolve) => setImmediate(resolve));
    }
  });

  it('should read exactly the last jobs the dashboard answers', async () => {
    const { answered, read } = await jobReads(EXAMPLE_OPERATION);
    expect(answered.size).toBeGreaterThan(1);
    expect(read).toBe(answered.size);
  });

  it.each([
    ['the first environment only', walk({ environments: '(first: 1)' })],
    ['one application of each environment', walk({ applications: '(first: 1)' })],
    ['one instance of each component', walk({ instances: '(first: 1)' })],
    ['items as edges', walk({ ofInstances: 'edges { node { lastJob { rawId } } }' })],
    ['through a fragment', `${walk({ ofInstances: 'nodes { ...LastJob }' })} fragment LastJob on ComponentInstance { lastJob { rawId } }`],
  ])('should read only the last jobs it answers when asking for %s', async (_what, query) => {
    const { answered, read } = await jobReads(query);
    expect(answered.size).toBeGreaterThan(0);
    expect(read).toBe(answered.size);
  });

  it('should read no job for an operation whose lastJob is left out by a directive', async () => {
    const { answered, read } = await jobReads(walk({ variables: '($with: Boolean!)', ofInstances: 'nodes { name lastJob @include(if: $with) { rawId } }' }), { with: false });
    expect({ answered: answered.size, read }).toEqual({ answered: 0, read: 0 });
  });
});

describe('last jobs read ahead where a list holds more than one page', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack({ demo: false });
    // 120 applications with an instance in the one environment: the walk reads the first page of 100.
    const seeded = await stack.emu.call('POST', '/__emulator/seed', { body: { applications: 120, componentsPerApplication: 1, instancesPerComponent: 1, environments: 1, schemasPerService: 0, dependencies: false } });
    expect(seeded.body).toMatchObject({ applications: 120, jobs: 120 });
  });
  afterAll(() => stack.stop());

  it('should read only the jobs of the instances on the page the walk reads', async () => {
    await stack.resetCalls();
    const res = await stack.gql(walk());
    expect(res.body.errors).toBeUndefined();
    const answered = answeredJobs(res);
    expect(answered.size).toBe(100);
    expect((await stack.calls()).byRoute[JOB]).toBe(100);
  });
});
