import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type TestStack } from '../support/gateway.js';
import { FLAVOURS } from '../support/flavours.js';
import { data } from './helpers.js';
import { inOrder } from '../../src/upstream/write-order.js';

const LAG_MS = 5_000;
const INSTANCE = 'id hostName status properties';

/** A registry whose instance reads lag its writes (EMULATOR_REGISTRY_LAG_MS): mutation answers still show the write. */
describe.each(FLAVOURS)('read-your-writes over a lagging %s registry', (flavour) => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack({ demo: false, emulator: { registry: flavour, registryLagMs: LAG_MS } });
  });
  afterAll(() => stack.stop());

  it("should answer each instance write with the write in it, though the registry's reads do not show it yet", async () => {
    const svc = data(await stack.gql('mutation { createMicroservice(input: {appId: "ryw", serviceName: "lagged", version: "1.0.0"}) { id rawId } }')).createMicroservice;
    const reg = data(
      await stack.gql(`mutation($id: ID!) { registerMicroserviceInstance(microserviceId: $id, input: {hostName: "l-1", endpoints: ["rest:10.7.0.1:80"]}) { ${INSTANCE} } }`, { id: svc.id }),
    ).registerMicroserviceInstance;
    expect(reg).toMatchObject({ hostName: 'l-1', status: 'UP' });
    // The registry itself does not show it yet.
    const raw = await stack.emu.call('GET', `/v4/default/registry/microservices/${svc.rawId}/instances`);
    expect(raw.status).toBe(200);
    expect(raw.body.instances ?? []).toHaveLength(0);

    const status = data(await stack.gql(`mutation($id: ID!) { updateMicroserviceInstanceStatus(id: $id, status: DOWN) { ${INSTANCE} } }`, { id: reg.id })).updateMicroserviceInstanceStatus;
    expect(status).toMatchObject({ hostName: 'l-1', status: 'DOWN' });
    const beat = data(await stack.gql(`mutation($id: ID!) { sendMicroserviceInstanceHeartbeat(id: $id) { ${INSTANCE} } }`, { id: reg.id })).sendMicroserviceInstanceHeartbeat;
    expect(beat).toMatchObject({ hostName: 'l-1', status: 'DOWN' });
    const props = data(await stack.gql(`mutation($id: ID!) { updateMicroserviceInstanceProperties(id: $id, properties: {zone: "a"}) { ${INSTANCE} } }`, { id: reg.id }))
      .updateMicroserviceInstanceProperties;
    expect(props).toMatchObject({ status: 'DOWN', properties: { zone: 'a' } });
    const listed = data(await stack.gql('query($id: ID!) { microservice(id: $id) { instances { hostName status properties } } }', { id: svc.id })).microservice;
    expect(listed.instances).toEqual([{ hostName: 'l-1', status: 'DOWN', properties: { zone: 'a' } }]);

    // Once the registry catches up, its own answer is the same.
    await stack.emu.advance(LAG_MS);
    const caughtUp = data(await stack.gql('query($id: ID!) { microservice(id: $id) { instances { hostName status properties } } }', { id: svc.id })).microservice;
    expect(caughtUp.instances).toEqual([{ hostName: 'l-1', status: 'DOWN', properties: { zone: 'a' } }]);

    data(await stack.gql('mutation($id: ID!) { deregisterMicroserviceInstance(id: $id) { deletedId } }', { id: reg.id }));
    const after = data(await stack.gql('query($id: ID!) { microservice(id: $id) { instances { hostName } } }', { id: svc.id })).microservice;
    expect(after.instances).toEqual([]);
  });
});

describe('writes to one instance go out in order', () => {
  it('should start a write only when the one before it to the same instance has been answered', async () => {
    const log: string[] = [];
    let releaseFirst!: () => void;
    const first = inOrder('svc/inst', async () => {
      log.push('first sent');
      await new Promise<void>((r) => (releaseFirst = r));
      log.push('first answered');
    });
    const second = inOrder('svc/inst', async () => {
      log.push('second sent');
    });
    const other = inOrder('svc/other', async () => {
      log.push('other sent');
    });
    await other;
    expect(log).toEqual(['first sent', 'other sent']);
    releaseFirst();
    await Promise.all([first, second]);
    expect(log).toEqual(['first sent', 'other sent', 'first answered', 'second sent']);
  });
});
