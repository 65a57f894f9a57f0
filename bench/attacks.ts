/**
 * The ID, local-error and cost attacks of issue #11, measured: upstream calls, time and what they
 * did, against an in-process emulator and gateway. `npx tsx bench/attacks.ts` prints one table;
 * run it on an older checkout for the "before" figures.
 */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startStack, type TestStack } from '../test/support/gateway.js';
import { call } from '../test/support/emulator.js';

interface Row {
  attack: string;
  calls: number;
  ms: number;
  outcome: string;
}

const rows: Row[] = [];
const craft = (...parts: string[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');

async function measure(stack: TestStack, attack: string, run: () => Promise<string>): Promise<void> {
  await stack.resetCalls();
  const started = performance.now();
  const outcome = await run();
  const ms = Math.round(performance.now() - started);
  rows.push({ attack, calls: (await stack.calls()).total, ms, outcome });
}

const firstError = (body: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) => {
  const e = body.errors?.[0];
  return e ? `${String(e.extensions?.code)}: ${e.message.slice(0, 70)}` : 'no error';
};

async function routesOf(stack: TestStack): Promise<string> {
  const log = (await call<{ requests: { route: string; status: number }[] }>(stack.emu.url, 'GET', '/__emulator/requests')).body.requests;
  return log.map((r) => `${r.route} -> ${r.status}`).join(', ') || 'no upstream call';
}

async function ids(): Promise<void> {
  const stack = await startStack();
  try {
    const data = (await stack.gql('{ applications { nodes { rawId name components { totalCount } } } microservices { rawId } }')).body.data;
    // An application without components: what the crafted instance delete would remove.
    const created = await stack.gql('mutation { createApplication(input: {name: "victim-app"}) { rawId } }');
    const appId = created.body.data?.createApplication?.rawId ?? data.applications.nodes[0].rawId;
    const serviceId = data.microservices[0].rawId as string;
    await measure(stack, 'deleteComponentInstance(["ComponentInstance", appId, "..", ".."])', async () => {
      await stack.gql('mutation($id: ID!) { deleteComponentInstance(id: $id) { jobId } }', { id: craft('ComponentInstance', appId, '..', '..') });
      const still = await stack.gql('query($id: ID!) { application(id: $id) { name } }', { id: craft('Application', appId) });
      return `${await routesOf(stack)}; application ${still.body.data?.application ? 'still there' : 'DELETED'}`;
    });
    await measure(stack, 'deregisterMicroserviceInstance([serviceId, ".."])', async () => {
      await stack.gql('mutation($id: ID!) { deregisterMicroserviceInstance(id: $id) { deletedId } }', { id: craft('MicroserviceInstance', serviceId, '..') });
      const still = await stack.gql('query($id: ID!) { microservice(id: $id) { serviceName } }', { id: craft('Microservice', serviceId) });
      return `${await routesOf(stack)}; service ${still.body.data?.microservice ? 'still there' : 'DELETED'}`;
    });
  } finally {
    await stack.stop();
  }
}

async function localErrors(): Promise<void> {
  let attempts = 0;
  const stack = await startStack({ gateway: { observer: { onAttempt: () => void attempts++ } } });
  try {
    await measure(stack, '4 operations with x-auth-token "a\\nb" over graphql-ws', async () => {
      attempts = 0;
      let last = '';
      for (let i = 0; i < 4; i++) {
        const client = createClient({ url: stack.gateway.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, lazy: true, retryAttempts: 0, connectionParams: { 'x-auth-token': 'a\nb' } });
        try {
          for await (const r of client.iterate({ query: '{ environments { totalCount } }' })) last = firstError(r as never);
        } catch (err) {
          last = String((err as Error[])[0]?.message ?? err).slice(0, 70);
        } finally {
          await client.dispose();
        }
      }
      const metrics = await (await fetch(stack.gateway.url.replace('/graphql', '/metrics'))).text();
      const state = /upstream_breaker_state\{api="cas"\} (\d)/.exec(metrics)?.[1] ?? '0';
      const ready = (await fetch(stack.gateway.url.replace('/graphql', '/ready'))).status;
      return `${attempts} attempts sent/refused by undici; CAS breaker ${['closed', 'half-open', 'OPEN'][Number(state)]}; /ready ${ready}; ${last}`;
    });
  } finally {
    await stack.stop();
  }
}

async function cost(): Promise<void> {
  const stack = await startStack({ demo: false });
  try {
    const seeded = await call(stack.emu.url, 'POST', '/__emulator/seed', { body: { applications: 100, componentsPerApplication: 50, instancesPerComponent: 1, dependencies: false } });
    if (seeded.status !== 200) throw new Error(`seed failed: ${seeded.status}`);
    const walk = 'applications { nodes { components { nodes { instances { nodes { name } } } } } }';
    const outcome = (body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] }) =>
      `${body.data ? 'data' : 'no data'}, ${body.errors?.length ?? 0} errors; ${firstError(body)}`;
    await measure(stack, `{${walk}} on 100 x 50`, async () => outcome((await stack.gql(`{ ${walk} }`)).body));
    await measure(stack, 'the same with two aliases', async () => outcome((await stack.gql(`{ a: ${walk} b: ${walk} }`)).body));
    await measure(stack, 'the same with first: 100 at each level', async () =>
      outcome((await stack.gql('{ applications(first: 100) { nodes { components(first: 100) { nodes { instances(first: 100) { nodes { name } } } } } } }')).body),
    );
    const many = Array.from({ length: 8000 }, (_, i) => craft('Application', `app-${i}`));
    await measure(stack, 'nodes(ids:) with 8,000 IDs in a variable', async () => outcome((await stack.gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: many })).body));
  } finally {
    await stack.stop();
  }
  // Three nested levels, each call 2 s slow: the operation's total time, with OPERATION_TIMEOUT_MS=3000.
  const slow = await startStack({ env: { OPERATION_TIMEOUT_MS: '3000', UPSTREAM_RETRIES: '0' } });
  try {
    await call(slow.emu.url, 'POST', '/__emulator/faults', { body: { match: { api: 'cas' }, latencyMs: 2000 } });
    await measure(slow, '3 nested levels, 2 s per call, OPERATION_TIMEOUT_MS=3000', async () => {
      const res = await slow.gql('{ applications(first: 1) { nodes { components(first: 1) { nodes { instances(first: 1) { nodes { name } } } } } } }');
      return `${res.body.data ? 'data' : 'no data'}; ${firstError(res.body)}`;
    });
  } finally {
    await slow.stop();
  }
}

await ids();
await localErrors();
await cost();
console.log('| attack | upstream calls | ms | outcome |');
console.log('| --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.attack} | ${r.calls} | ${r.ms} | ${r.outcome.replaceAll('|', '/')} |`);
