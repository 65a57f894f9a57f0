import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.js';
import type { Answered } from '../support/gateway.js';
import { dataOf, wsClient, wsSubscribe, type Stream } from '../support/live.js';
import { graphql } from '../generated/gql.js';
import { createDeployTarget, data, DEPLOY, deployInput } from '../mutations/helpers.js';
import { FLAVOURS } from '../support/flavours.js';

const STEP = 60_000;
const CHANGES = graphql(`subscription RegistryChanges($id: ID, $app: String, $svc: String, $rule: String, $env: RegistryEnvironment) {
  microserviceInstanceChanges(microserviceId: $id, appId: $app, serviceName: $svc, versionRule: $rule, environment: $env) {
    type sequence previousStatus instance { id rawId hostName status version properties }
  }
}`);
const RESUMED = graphql(`subscription RegistryChangesResumed($id: ID, $after: Int) { microserviceInstanceChanges(microserviceId: $id, resumeAfter: $after) { type sequence instance { hostName } } }`);

/** Waits until the stream holds `count` results (each arrival settles a deferred; no sleeping). */
async function until<E>(stream: Stream<{ microserviceInstanceChanges: E }>, count: number): Promise<Answered<E>[]> {
  const r = await stream.at(count - 1);
  expect(r, `stream ended after ${stream.results.length} results: ${JSON.stringify(stream.results)}`).toBeDefined();
  return stream.results.map((x) => dataOf(x).microserviceInstanceChanges as Answered<E>);
}

describe.each(FLAVOURS)('microserviceInstanceChanges (%s registry)', (flavour) => {
  test.override('stackOptions', { demo: false, emulator: { jobStepMs: STEP, registry: flavour }, env: { REGISTRY_POLL_INTERVAL_MS: '20' } });

  test('should show REGISTERED three times when a deployment scales from 1 to 3', async ({ stack, ws }) => {
    const { environmentId: env, componentId: comp } = await createDeployTarget(stack, 'reg', { category: 'MICROSERVICE', subCategory: 'Java Chassis' });
    // Watching a service that is not registered yet is allowed: its instances arrive as REGISTERED.
    // The platform registers replicas in development (on service-center not the same as no environment).
    const stream = wsSubscribe(ws, CHANGES, { app: 'reg-app', svc: 'reg-svc', env: 'DEVELOPMENT' });
    const deployed = data(await stack.gql(DEPLOY, { c: comp, in: deployInput(env, 'reg-one', '1.0.0', 0) })).deployComponent;
    await stack.emu.advance(STEP * 20);
    const scaled = data(await stack.gql(graphql(`mutation RegistryChangesScaleComponentInstance($id: ID!) { scaleComponentInstance(id: $id, replica: 3) { jobId } }`), { id: deployed.instance.id })).scaleComponentInstance;
    expect(scaled.jobId).toBeTruthy();
    await stack.emu.advance(STEP * 20);
    const events = await until(stream, 3);
    expect(events.map((e) => e.type)).toEqual(['REGISTERED', 'REGISTERED', 'REGISTERED']);
    expect(events.map((e) => e.sequence)).toEqual([1, 2, 3]);
    expect(new Set(events.map((e) => e.instance.hostName)).size).toBe(3);
    for (const e of events) expect(e.instance).toMatchObject({ version: '1.0.0', status: 'UP' });
    stream.close();
  });

  test('should show DEREGISTERED, not HEARTBEAT_LOST, for replicas that a scale-in or a delete through the gateway takes away', async ({ stack, ws }) => {
    const { environmentId: env, componentId: comp } = await createDeployTarget(stack, 'gone', { category: 'MICROSERVICE', subCategory: 'Java Chassis' });
    const deployed = data(await stack.gql(DEPLOY, { c: comp, in: deployInput(env, 'gone-one', '1.0.0', 2) })).deployComponent;
    await stack.emu.advance(STEP * 20);
    const stream = wsSubscribe(ws, CHANGES, { app: 'gone-app', svc: 'gone-svc', env: 'DEVELOPMENT' });
    expect((await until(stream, 2)).map((e) => e.type)).toEqual(['CURRENT', 'CURRENT']);
    data(await stack.gql(graphql(`mutation RegistryChangesScaleComponentInstance2($id: ID!) { scaleComponentInstance(id: $id, replica: 1) { jobId } }`), { id: deployed.instance.id }));
    await stack.emu.advance(STEP * 20);
    expect((await until(stream, 3))[2]).toMatchObject({ type: 'DEREGISTERED', instance: { hostName: 'gone-one-2' } });
    data(await stack.gql(graphql(`mutation RegistryChangesDeleteComponentInstance($id: ID!) { deleteComponentInstance(id: $id) { jobId } }`), { id: deployed.instance.id }));
    await stack.emu.advance(STEP * 20);
    expect((await until(stream, 4))[3]).toMatchObject({ type: 'DEREGISTERED', instance: { hostName: 'gone-one-1' } });
    stream.close();
  });

  test('should show CURRENT first, then STATUS_CHANGED, PROPERTIES_CHANGED and DEREGISTERED', async ({ stack, ws }) => {
    const svc = data(
      await stack.gql(graphql(`mutation RegistryChangesCreateMicroservice{ createMicroservice(input: {appId: "ops", serviceName: "watched", version: "1.0.0", instances: [{hostName: "w-1", endpoints: ["rest:10.0.0.1:80"]}]}) { id instances { id } } }`)),
    ).createMicroservice;
    const stream = wsSubscribe(ws, CHANGES, { id: svc.id });
    let events = await until(stream, 1);
    expect(events[0]).toMatchObject({ type: 'CURRENT', sequence: 0, instance: { hostName: 'w-1', status: 'UP' } });
    const inst = svc.instances[0]!.id;
    data(await stack.gql(graphql(`mutation RegistryChangesUpdateMicroserviceInstanceStatus($id: ID!) { updateMicroserviceInstanceStatus(id: $id, status: DOWN) { status } }`), { id: inst }));
    events = await until(stream, 2);
    expect(events[1]).toMatchObject({ type: 'STATUS_CHANGED', previousStatus: 'UP', instance: { status: 'DOWN' } });
    data(await stack.gql(graphql(`mutation RegistryChangesUpdateMicroserviceInstanceProperties($id: ID!) { updateMicroserviceInstanceProperties(id: $id, properties: {color: "blue"}) { id } }`), { id: inst }));
    events = await until(stream, 3);
    expect(events[2]).toMatchObject({ type: 'PROPERTIES_CHANGED', instance: { properties: { color: 'blue' } } });
    data(await stack.gql(graphql(`mutation RegistryChangesDeregisterMicroserviceInstance($id: ID!) { deregisterMicroserviceInstance(id: $id) { deletedId } }`), { id: inst }));
    events = await until(stream, 4);
    expect(events[3]).toMatchObject({ type: 'DEREGISTERED', sequence: 3, instance: { hostName: 'w-1' } });
    stream.close();
  });

  test('should let a subscriber that reconnects resume after its last sequence', async ({ stack, ws }) => {
    const svc = data(await stack.gql(graphql(`mutation RegistryChangesCreateMicroservice2{ createMicroservice(input: {appId: "ops", serviceName: "resumable", version: "1.0.0"}) { id } }`))).createMicroservice;
    const register = (h: string) =>
      stack.gql(graphql(`mutation RegistryChangesRegisterMicroserviceInstance($id: ID!, $h: String!, $e: [String!]!) { registerMicroserviceInstance(microserviceId: $id, input: {hostName: $h, endpoints: $e}) { id } }`), { id: svc.id, h, e: [`rest:${h}:80`] });
    data(await register('r-1'));
    // Another subscriber keeps the watch going while the first is away.
    const other = wsSubscribe(ws, CHANGES, { id: svc.id });
    await until(other, 1);
    const first = wsSubscribe(ws, CHANGES, { id: svc.id });
    const seen = await until(first, 1);
    expect(seen[0]).toMatchObject({ type: 'CURRENT', sequence: 0, instance: { hostName: 'r-1' } });
    first.close();
    data(await register('r-2'));
    data(await register('r-3'));
    await until(other, 3);
    const resumed = wsSubscribe(ws, RESUMED, {
      id: svc.id,
      after: seen[0]!.sequence,
    });
    expect(await until(resumed, 2)).toEqual([
      { type: 'REGISTERED', sequence: 1, instance: { hostName: 'r-2' } },
      { type: 'REGISTERED', sequence: 2, instance: { hostName: 'r-3' } },
    ]);
    other.close();
    resumed.close();
  });

  test('should show HEARTBEAT_LOST when an instance stops sending heartbeats and its lease runs out', async ({ stack, ws }) => {
    const svc = data(await stack.gql(graphql(`mutation RegistryChangesCreateMicroservice3{ createMicroservice(input: {appId: "ops", serviceName: "mortal", version: "2.0"}) { id } }`))).createMicroservice;
    const reg = data(
      await stack.gql(graphql(`mutation RegistryChangesRegisterMicroserviceInstance2($id: ID!) { registerMicroserviceInstance(microserviceId: $id, input: {hostName: "m-1", endpoints: ["rest:10.0.0.2:80"], healthCheck: {mode: "push", interval: 10, times: 3}}) { id } }`), {
        id: svc.id,
      }),
    ).registerMicroserviceInstance;
    const stream = wsSubscribe(ws, CHANGES, { app: 'ops', svc: 'mortal', rule: '2.0' });
    expect((await until(stream, 1))[0]!.type).toBe('CURRENT');
    // Heartbeats keep it: lease = 10 s x (3 + 1) = 40 s.
    await stack.emu.advance(30_000);
    data(await stack.gql(graphql(`mutation RegistryChangesSendMicroserviceInstanceHeartbeat($id: ID!) { sendMicroserviceInstanceHeartbeat(id: $id) { id } }`), { id: reg.id }));
    await stack.emu.advance(30_000);
    // Then they stop.
    await stack.emu.advance(15_000);
    const events = await until(stream, 2);
    expect(events[1]).toMatchObject({ type: 'HEARTBEAT_LOST', instance: { hostName: 'm-1' } });
    stream.close();
  });

  test("should refuse another project's subscriber: an error and never an event", async ({ stack }) => {
    const svc = data(await stack.gql(graphql(`query RegistryChangesMicroservices { microservices(filter: {serviceName: "watched"}) { id } }`))).microservices[0]!;
    const other = wsClient(stack, { token: stack.emu.otherToken, projectId: stack.emu.projects[1]!.id });
    const byId = wsSubscribe(other, CHANGES, { id: svc.id });
    await byId.done;
    expect(byId.results.filter((r) => r.data)).toHaveLength(0);
    expect(JSON.stringify(byId.error ?? byId.results)).toMatch(/NOT_FOUND|does not exist/);
    // Claiming the first project with the second project's token is refused before anything is shared.
    const liar = wsClient(stack, { token: stack.emu.otherToken, projectId: stack.emu.projects[0]!.id });
    const lied = wsSubscribe(liar, CHANGES, { app: 'ops', svc: 'watched' });
    await lied.done;
    expect(lied.results.filter((r) => r.data)).toHaveLength(0);
    expect(JSON.stringify(lied.error ?? lied.results)).toMatch(/UNAUTHENTICATED|APIGW/);
    await other.dispose();
    await liar.dispose();
  });
});
