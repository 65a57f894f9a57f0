import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { startStack, type TestStack } from '../support/gateway.js';
import { wsClient, wsSubscribe } from '../support/live.js';
import { createDeployTarget, data, DEPLOY, deployInput } from '../mutations/helpers.js';

const STATUS = 'subscription($id: ID!) { componentInstanceStatus(id: $id) { name version status { status replica availableReplica lastJobStatus } } }';

describe('componentInstanceStatus', () => {
  let stack: TestStack;
  let ws: Client;
  beforeAll(async () => {
    stack = await startStack({ demo: false, emulator: { jobStepMs: 60_000 }, env: { INSTANCE_POLL_INTERVAL_MS: '20' } });
    ws = wsClient(stack);
  });
  afterAll(async () => {
    await ws.dispose();
    await stack.stop();
  });

  it('should follow a console row: replicas coming up, then completion when the instance is deleted', async () => {
    const { environmentId: env, componentId: comp } = await createDeployTarget(stack, 'row');
    const inst = data(await stack.gql(DEPLOY, { c: comp, in: deployInput(env, 'row-one', '1.0.0', 2) })).deployComponent.instance.id;
    const stream = wsSubscribe(ws, STATUS, { id: inst });
    expect((await stream.at(0))?.data.componentInstanceStatus.status).toMatchObject({ status: 'INITIALIZING', replica: 2, availableReplica: 0 });
    const now = async () => data(await stack.gql('query($id: ID!) { node(id: $id) { ... on ComponentInstance { status { status replica availableReplica lastJobStatus } } } }', { id: inst })).node.status;
    for (let step = 0; stream.results.at(-1)?.data.componentInstanceStatus.status.status !== 'RUNNING'; step++) {
      expect(step).toBeLessThan(30);
      await stack.emu.advance(60_000);
      // Not every step changes the row: an event is awaited only when the status detail moved.
      const current = await now();
      if (JSON.stringify(current) !== JSON.stringify(stream.results.at(-1)!.data.componentInstanceStatus.status)) {
        expect((await stream.at(stream.results.length))?.data.componentInstanceStatus.status).toEqual(current);
      }
    }
    const rows = stream.results.map((r) => r.data.componentInstanceStatus.status);
    expect(rows.map((r: any) => r.availableReplica)).toEqual([...rows.map((r: any) => r.availableReplica)].sort());
    expect(rows.at(-1)).toEqual({ status: 'RUNNING', replica: 2, availableReplica: 2, lastJobStatus: 'SUCCEEDED' });
    data(await stack.gql('mutation($id: ID!) { deleteComponentInstance(id: $id) { jobId } }', { id: inst }));
    await stack.emu.advance(60_000 * 10);
    await stream.done;
    expect(stream.error).toBeUndefined();
  });
});
