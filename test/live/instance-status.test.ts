import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.js';
import { having } from '../support/gateway.js';
import { dataOf, wsSubscribe } from '../support/live.js';
import { graphql } from '../generated/gql.js';
import { createDeployTarget, data, DEPLOY, deployInput } from '../mutations/helpers.js';

const STATUS = graphql(`subscription InstanceStatusRow($id: ID!) { componentInstanceStatus(id: $id) { name version status { status replica availableReplica lastJobStatus } } }`);
const NOW = graphql(`query InstanceStatusNow($id: ID!) { node(id: $id) { ... on ComponentInstance { status { status replica availableReplica lastJobStatus } } } }`);

describe('componentInstanceStatus', () => {
  test.override('stackOptions', { demo: false, emulator: { jobStepMs: 60_000 }, env: { INSTANCE_POLL_INTERVAL_MS: '20' } });

  test('should follow a console row: replicas coming up, then completion when the instance is deleted', async ({ stack, ws }) => {
    const { environmentId: env, componentId: comp } = await createDeployTarget(stack, 'row');
    const inst = data(await stack.gql(DEPLOY, { c: comp, in: deployInput(env, 'row-one', '1.0.0', 2) })).deployComponent.instance.id;
    const stream = wsSubscribe(ws, STATUS, { id: inst });
    const row = (r: (typeof stream.results)[number] | undefined) => dataOf(r).componentInstanceStatus.status;
    expect(row(await stream.at(0))).toMatchObject({ status: 'INITIALIZING', replica: 2, availableReplica: 0 });
    const now = async () => having(data(await stack.gql(NOW, { id: inst })).node, 'status').status;
    for (let step = 0; row(stream.results.at(-1)).status !== 'RUNNING'; step++) {
      expect(step).toBeLessThan(30);
      await stack.emu.advance(60_000);
      // Not every step changes the row: an event is awaited only when the status detail moved.
      const current = await now();
      if (JSON.stringify(current) !== JSON.stringify(row(stream.results.at(-1)))) {
        expect(row(await stream.at(stream.results.length))).toEqual(current);
      }
    }
    const rows = stream.results.map(row);
    expect(rows.map((r) => r.availableReplica)).toEqual([...rows.map((r) => r.availableReplica)].sort());
    expect(rows.at(-1)).toEqual({ status: 'RUNNING', replica: 2, availableReplica: 2, lastJobStatus: 'SUCCEEDED' });
    data(await stack.gql(graphql(`mutation InstanceStatusDelete($id: ID!) { deleteComponentInstance(id: $id) { jobId } }`), { id: inst }));
    await stack.emu.advance(60_000 * 10);
    await stream.done;
    expect(stream.error).toBeUndefined();
  });
});
