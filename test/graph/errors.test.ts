import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../support/emulator.js';
import { startStack, type TestStack } from '../support/gateway.js';

describe('upstream failures as partial answers', () => {
  let stack: TestStack;
  beforeAll(async () => {
    // These faults would open the circuit breaker, which has tests of its own.
    stack = await startStack({ env: { BREAKER_VOLUME: '1000' } });
  });
  afterAll(() => stack.stop());
  afterEach(async () => {
    await call(stack.emu.url, 'DELETE', '/__emulator/faults');
  });

  const fault = (body: unknown) => call(stack.emu.url, 'POST', '/__emulator/faults', { body });

  it('should keep the CAS branch when the registry fails, with UPSTREAM_UNAVAILABLE on the registry branch', async () => {
    await fault({ match: { api: 'cse' }, status: 503 });
    const res = await stack.gql('{ environments { totalCount } microservices { serviceName } }');
    expect(res.body.data!.environments.totalCount).toBeGreaterThan(0);
    expect(res.body.data!.microservices).toBeNull();
    expect(res.body.errors?.[0]).toMatchObject({ path: ['microservices'], extensions: { code: 'UPSTREAM_UNAVAILABLE', status: 503, api: 'cse', errorCode: '500011' } });
  });

  it('should retry a read once on a transient 503 and answer without error', async () => {
    await fault({ match: { method: 'GET', route: '/v2/{project_id}/cas/environments' }, status: 503, times: 1 });
    await stack.resetCalls();
    const res = await stack.gql('{ environments { totalCount } }');
    expect(res.body.errors).toBeUndefined();
    expect((await stack.calls()).byRoute['GET /v2/{project_id}/cas/environments']).toBe(2);
  });

  it('should answer UPSTREAM_UNAVAILABLE for a malformed body and for a dropped connection', async () => {
    await fault({ match: { route: '/v2/{project_id}/cas/metadata/runtimes' }, body: 'malformed' });
    await fault({ match: { route: '/v2/{project_id}/cas/metadata/flavors' }, drop: true });
    const res = await stack.gql('{ runtimes { typeName } flavors { flavorId } environments { totalCount } }');
    expect(res.body.data!.environments.totalCount).toBeGreaterThan(0);
    const byPath = Object.fromEntries(res.body.errors!.map((e) => [e.path![0], e.extensions!.code]));
    expect(byPath).toEqual({ runtimes: 'UPSTREAM_UNAVAILABLE', flavors: 'UPSTREAM_UNAVAILABLE' });
  });

  it('should answer UPSTREAM_UNAVAILABLE for an empty body, and wait out added latency', async () => {
    await fault({ match: { route: '/v2/{project_id}/cas/metadata/runtimes' }, body: 'empty' });
    await fault({ match: { route: '/v2/{project_id}/cas/environments' }, latencyMs: 50 });
    const res = await stack.gql('{ runtimes { typeName } environments { totalCount } }');
    expect(res.body.data!.environments.totalCount).toBeGreaterThan(0);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors?.[0]).toMatchObject({ path: ['runtimes'], extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
    expect(res.body.errors?.[0]?.message).toMatch(/empty body/);
  });

  it('should not fail siblings when one nested item is missing', async () => {
    const list = await stack.gql('{ applications { nodes { id } } }');
    const real = list.body.data!.applications.nodes[0].id;
    const gone = Buffer.from(JSON.stringify(['Application', 'missing-app'])).toString('base64url');
    const res = await stack.gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [real, gone] });
    expect(res.body.data!.nodes[0].id).toBe(real);
    expect(res.body.data!.nodes[1]).toBeNull();
    expect(res.body.errors?.[0]).toMatchObject({ path: ['nodes', 1], extensions: { code: 'NOT_FOUND', errorCode: 'SVCSTG.00100403' } });
  });
});

describe('an upstream that hangs', () => {
  let stack: TestStack;
  // CAS's own deadline is short, so the hang costs the test half a second; the registry sibling keeps the
  // generous deadline of every test stack, so it answers however busy the machine is.
  beforeAll(async () => {
    stack = await startStack({ env: { BREAKER_VOLUME: '1000', CAS_TIMEOUT_MS: '500' } });
  });
  afterAll(() => stack.stop());

  it('should answer UPSTREAM_TIMEOUT when the upstream hangs past the deadline, and keep the sibling of another upstream', async () => {
    await call(stack.emu.url, 'POST', '/__emulator/faults', { body: { match: { route: '/v2/{project_id}/cas/applications' }, hang: true } });
    const res = await stack.gql('{ applications { totalCount } microservices { serviceName } }');
    expect(res.body.data!.microservices!.length).toBeGreaterThan(0);
    expect(res.body.data!.applications).toBeNull();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors?.[0]).toMatchObject({ path: ['applications'], extensions: { code: 'UPSTREAM_TIMEOUT', api: 'cas' } });
    expect(res.body.errors?.[0]?.message).toMatch(/did not answer in time/);
  });
});
