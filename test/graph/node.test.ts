import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { data, startStack, type TestStack } from '../support/gateway.js';
import { FLAVOURS } from '../support/flavours.js';
import { graphql } from '../generated/gql.js';

describe.each(FLAVOURS)('node(id) and global IDs (%s registry)', (flavour) => {
  let stack: TestStack;
  let ids: Record<string, string> = {};
  beforeAll(async () => {
    stack = await startStack({ emulator: { registry: flavour } });
    const res = await stack.gql(graphql(`query NodeEnvironmentsApplications {
      environments { nodes { id } }
      applications { nodes { id components { nodes { id instances { nodes { id lastJob { id } } } } } } }
      microservices { id instances { id } }
    }`));
    const d = data(res);
    const comps = d.applications.nodes.flatMap((a) => a.components.nodes);
    const insts = comps.flatMap((c) => c.instances.nodes);
    const svc = d.microservices.find((s) => s.instances.length > 0)!;
    ids = {
      Environment: d.environments.nodes[0]!.id,
      Application: d.applications.nodes[0]!.id,
      Component: comps[0]!.id,
      ComponentInstance: insts[0]!.id,
      Job: insts.find((i) => i.lastJob)!.lastJob.id,
      Microservice: svc.id,
      MicroserviceInstance: svc.instances[0]!.id,
    };
  });
  afterAll(() => stack.stop());

  it('should fetch every type of node again by its ID', async () => {
    for (const [type, id] of Object.entries(ids)) {
      const res = await stack.gql(graphql(`query NodeNode($id: ID!) { node(id: $id) { __typename id } }`), { id });
      expect(res.body.errors, type).toBeUndefined();
      expect(res.body.data!.node).toEqual({ __typename: type, id });
    }
  });

  it('should fetch several nodes in order with nodes(ids)', async () => {
    const list = Object.values(ids);
    const res = await stack.gql(graphql(`query NodeNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }`), { ids: list });
    expect(data(res).nodes.map((n) => n.id)).toEqual(list);
  });

  it('should answer a malformed ID with BAD_USER_INPUT and call nothing upstream', async () => {
    await stack.resetCalls();
    for (const id of ['not-an-id', Buffer.from('["Nope","x"]').toString('base64url'), Buffer.from('["Component","only-one"]').toString('base64url')]) {
      const res = await stack.gql(graphql(`query NodeNode2($id: ID!) { node(id: $id) { id } }`), { id });
      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.body.data?.node).toBeNull();
    }
    expect((await stack.calls()).total).toBe(0);
  });

  it('should refuse the ID of another type where a type is expected', async () => {
    const res = await stack.gql(graphql(`query NodeEnvironment($id: ID!) { environment(id: $id) { name } }`), { id: ids.Application! });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.[0]?.message).toMatch(/ID of an Application, but an Environment ID is expected/);
  });

  it('should answer an unknown object with NOT_FOUND and the upstream error code', async () => {
    const gone = Buffer.from(JSON.stringify(['Environment', 'no-such-env'])).toString('base64url');
    const res = await stack.gql(graphql(`query NodeNodeEnvironments($id: ID!) { node(id: $id) { id } environments { totalCount } }`), { id: gone });
    expect(res.body.data!.node).toBeNull();
    expect(res.body.data!.environments!.totalCount).toBeGreaterThan(0);
    expect(res.body.errors?.[0]).toMatchObject({ path: ['node'], extensions: { code: 'NOT_FOUND', status: 404, errorCode: 'SVCSTG.00100411', api: 'cas' } });
  });
});
