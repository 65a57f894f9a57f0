import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.js';
import type { TestStack } from '../support/gateway.js';
import { call } from '../support/emulator.js';
import { graphql } from '../generated/gql.js';

const ATTACK = '{ applications { nodes { components { nodes { instances { nodes { name } } } } } } }';
const PAGED = '{ applications(first: 100) { nodes { components(first: 100) { nodes { instances(first: 100) { nodes { name } } } } } } }';

/** Leaving `first` out costs what the largest page costs; a variable `first` counts at its value. */
describe('cost estimate', () => {
  // Between the 3-level walk at 100 per page (about 2 million) and the same walk at 10 per page.
  test.override('stackOptions', { env: { MAX_COST: '100000' } });

  async function refusedByCost(stack: TestStack, query: string, variables?: Record<string, unknown>) {
    await stack.resetCalls();
    const res = await stack.gql(query, variables);
    expect(res.body.errors?.[0]?.extensions, JSON.stringify(res.body)).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'MAX_COST', maxCost: 100000 });
    expect(res.body.errors?.[0]?.message).toMatch(/MAX_COST/);
    expect(res.body.data ?? undefined).toBeUndefined();
    expect((await stack.calls()).total).toBe(0);
    return res.body.errors![0]!.extensions!.cost as number;
  }

  test('should cost an unpaginated walk exactly as the same walk with first: 100, and refuse both with zero calls', async ({ stack }) => {
    const unpaged = await refusedByCost(stack, ATTACK);
    expect(await refusedByCost(stack, PAGED)).toBe(unpaged);
    // Again: an estimate that read no variable is kept for the document, and refuses the same way.
    expect(await refusedByCost(stack, ATTACK)).toBe(unpaged);
    // Two aliases: twice the cost.
    expect(await refusedByCost(stack, `{ a: ${ATTACK.slice(1, -1)} b: ${ATTACK.slice(1, -1)} }`)).toBe(2 * unpaged);
  });

  test('should read first from variables, and answer the walk at small pages', async ({ stack }) => {
    const query = 'query($n: Int) { applications(first: $n) { nodes { components(first: $n) { nodes { instances(first: $n) { nodes { name } } } } } } }';
    await refusedByCost(stack, query, { n: 100 });
    await refusedByCost(stack, query, {});
    const small = await stack.gql(query, { n: 10 });
    expect(small.body.errors).toBeUndefined();
    expect(small.body.data.applications.nodes.length).toBeGreaterThan(0);
  });

  test('should count nodes(ids) at its number of IDs, and refuse more than 100 IDs given in a variable with zero calls', async ({ stack }) => {
    const ids = Array.from({ length: 8000 }, (_, i) => Buffer.from(JSON.stringify(['Application', `app-${i}`])).toString('base64url'));
    await stack.resetCalls();
    const res = await stack.gql(graphql(`query CostNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }`), { ids });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'ids', limit: 100 });
    expect(res.body.errors?.[0]?.message).toMatch(/8000 IDs; nodes takes at most 100/);
    expect((await stack.calls()).total).toBe(0);
  });
});

/** MAX_UPSTREAM_CALLS stops an operation's further calls and keeps what was loaded. */
describe('upstream call budget', () => {
  // The 100 x 50 figures (5,101 calls, bounded at 5,000) are measured by `npx tsx bench/attacks.ts`; the
  // same walk at a fifth of the size and a tenth of the budget proves the mechanism in seconds. No deadline here.
  test.override('stackOptions', { demo: false, env: { MAX_UPSTREAM_CALLS: '500', OPERATION_TIMEOUT_MS: '600000' } });

  test('should bound the unpaginated walk at MAX_UPSTREAM_CALLS, with partial data and the limit named', async ({ stack }) => {
    const seeded = await call(stack.emu.url, 'POST', '/__emulator/seed', { body: { applications: 20, componentsPerApplication: 50, instancesPerComponent: 1, dependencies: false } });
    expect(seeded.status).toBe(200);
    await stack.resetCalls();
    const res = await stack.gql(ATTACK);
    const calls = (await stack.calls()).total;
    // Unbounded, this walk makes 1 + 20 + 1,000 = 1,021 calls.
    expect(calls).toBe(500);
    const limited = res.body.errors?.filter((e) => e.extensions?.limit === 'MAX_UPSTREAM_CALLS') ?? [];
    // One error for the limit, not one per field that could not load.
    expect(limited.length).toBe(1);
    expect(limited[0]!.extensions?.omittedErrors).toBe(1000 - (500 - 1 - 20) - 1);
    expect(limited[0]!.message).toMatch(/limit of 500 upstream calls \(MAX_UPSTREAM_CALLS\)/);
    expect(limited[0]!.extensions?.code).toBe('BAD_USER_INPUT');
    const components: { instances: unknown }[] = res.body.data.applications.nodes.flatMap((a: { components: { nodes: { instances: unknown }[] } }) => a.components.nodes);
    expect(components.length).toBe(1000);
    const loaded = components.filter((c) => c.instances !== null);
    expect(loaded.length).toBe(500 - 1 - 20);
  });
});

describe('upstream call budget, small', () => {
  test.override('stackOptions', { env: { MAX_UPSTREAM_CALLS: '3', UPSTREAM_RETRIES: '0' } });

  test('should stop at the budget, count no more calls, and never open a circuit', async ({ stack }) => {
    await stack.resetCalls();
    const res = await stack.gql(graphql(`query CostApplications { applications { nodes { name components { nodes { name } } } } }`));
    expect((await stack.calls()).total).toBe(3);
    expect(res.body.data!.applications!.nodes.length).toBeGreaterThan(2);
    expect(res.body.data!.applications!.nodes.filter((a) => a!.components !== null).length).toBe(2);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'MAX_UPSTREAM_CALLS' });
    const ready = await fetch(stack.gateway.url.replace('/graphql', '/ready'));
    expect(ready.status).toBe(200);
  });
});

/** OPERATION_TIMEOUT_MS bounds an operation's total time; the remaining time caps each call's deadline. */
describe('operation deadline', () => {
  test.override('stackOptions', { env: { OPERATION_TIMEOUT_MS: '2000', BREAKER_VOLUME: '1', UPSTREAM_RETRIES: '0' } });

  test('should cut a call that outlives the operation, answer what was loaded, name the limit and not count it against the breaker', async ({ stack }) => {
    await call(stack.emu.url, 'POST', '/__emulator/faults', { body: { match: { api: 'cse' }, hang: true } });
    try {
      const res = await stack.gql(graphql(`query CostRuntimesMicroservices { runtimes { typeName } microservices { serviceName } }`));
      expect(res.body.data!.runtimes!.length).toBeGreaterThan(0);
      expect(res.body.data!.microservices).toBeNull();
      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'OPERATION_TIMEOUT_MS' });
      const metrics = await (await fetch(stack.gateway.url.replace('/graphql', '/metrics'))).text();
      expect(/upstream_breaker_state\{api="cse"\} (\d)/.exec(metrics)?.[1]).toBe('0');
    } finally {
      await call(stack.emu.url, 'DELETE', '/__emulator/faults');
    }
  });
});
