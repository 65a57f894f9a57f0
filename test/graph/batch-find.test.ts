import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { data, routesCalled, startStack, type TestStack } from '../support/gateway.js';
import { FLAVOURS } from '../support/flavours.js';
import { graphql } from '../generated/gql.js';

const BATCH = 'POST /v4/{project_id}/registry/instances/action';

/** Registry batch finds: at most 1000 entries per request (the registry's cap), instances by ID in one. */
describe.each(FLAVOURS)('registry batch finds (%s registry)', (flavour) => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack({ demo: false, emulator: { registry: flavour } });
    // One environment: every instance its own version, so 1,350 registry services.
    const seeded = await stack.emu.call('POST', '/__emulator/seed', { body: { applications: 30, componentsPerApplication: 20, instancesPerComponent: 3, environments: 1, schemasPerService: 0, dependencies: false } });
    expect(seeded.body.registryServices).toBe(1350);
  });
  afterAll(() => stack.stop());

  it('should split the instance lists of more than 1000 services into batches of at most 1000', async () => {
    await stack.resetCalls();
    const res = await stack.gql(graphql(`query BatchFindMicroservices { microservices { serviceName instances { hostName } } }`));
    const { microservices } = data(res);
    expect(microservices).toHaveLength(1350);
    expect(microservices.every((s) => s.instances.length > 0)).toBe(true);
    expect(routesCalled(await stack.calls())).toEqual({ 'GET /v4/{project_id}/registry/microservices': 1, [BATCH]: 2 });
  });

  it("should find 1,800 component instances' replicas through the service list when keyed entries would need more batch finds", async () => {
    await stack.resetCalls();
    const res = await stack.gql(graphql(`query BatchFindReplicas { applications { nodes { components { nodes { category instances { nodes { microserviceInstances { hostName } } } } } } } }`));
    const { applications } = data(res);
    const replicas = applications.nodes.flatMap((a) => a.components.nodes.flatMap((c) => c.instances.nodes.map((i) => ({ category: c.category, found: i.microserviceInstances?.length ?? 0 }))));
    expect(replicas).toHaveLength(1800);
    const wrong = replicas.filter((r) => (r.category === 'MICROSERVICE' ? r.found === 0 : r.found > 0));
    expect(wrong.slice(0, 3)).toEqual([]);
    // Five entries per key would be 9,000 entries (9 batch finds); the list and its 1,350 services' entries take 3 calls.
    const calls = routesCalled(await stack.calls());
    expect({ list: calls['GET /v4/{project_id}/registry/microservices'], batches: calls[BATCH] }).toEqual({ list: 1, batches: 2 });
  });

  it('should load several registry instances by ID with one batch find, and say which one is missing', async () => {
    const list = await stack.gql(graphql(`query BatchFindMicroservices2 { microservices { instances { id hostName } } }`));
    const ids = data(list).microservices.slice(0, 3).map((s) => s.instances[0]!.id);
    const missing = Buffer.from(JSON.stringify(['MicroserviceInstance', 'f'.repeat(40), 'e'.repeat(32)])).toString('base64url');
    await stack.resetCalls();
    const res = await stack.gql(graphql(`query BatchFindNodes($ids: [ID!]!) { nodes(ids: $ids) { id ... on MicroserviceInstance { hostName } } }`), { ids: [...ids, missing] });
    expect(res.body.data!.nodes!.slice(0, 3).map((n) => n!.id)).toEqual(ids);
    expect(res.body.data!.nodes![3]).toBeNull();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]!.extensions?.code).toBe('NOT_FOUND');
    expect(routesCalled(await stack.calls())).toEqual({ [BATCH]: 1 });
  });
});
