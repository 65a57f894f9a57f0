import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type TestStack } from '../support/gateway.js';
import { data, firstError } from './helpers.js';
import { FLAVOURS } from '../support/flavours.js';

describe.each(FLAVOURS)('registry writes (%s registry)', (flavour) => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack({ demo: false, emulator: { registry: flavour } });
  });
  afterAll(() => stack.stop());

  const create = (input: Record<string, unknown>) =>
    stack.gql('mutation($in: CreateMicroserviceInput!) { createMicroservice(input: $in) { id rawId appId serviceName version environment level registerBy properties instances { hostName } } }', { in: input });

  it('should create a microservice with instances, and answer the same one for the same key', async () => {
    const svc = data(
      await create({ appId: 'shop', serviceName: 'orders', version: '1.0.0', level: 'FRONT', registerBy: 'SDK', properties: { team: 'a' }, instances: [{ hostName: 'orders-1', endpoints: ['rest:10.0.0.1:8080'] }] }),
    ).createMicroservice;
    // No environment given: ServiceStage's CSE makes it development, service-center keeps it empty (NONE).
    expect(svc).toMatchObject({ appId: 'shop', serviceName: 'orders', version: '1.0.0', environment: flavour === 'servicecomb' ? 'NONE' : 'DEVELOPMENT', level: 'FRONT', registerBy: 'SDK', properties: { team: 'a' }, instances: [{ hostName: 'orders-1' }] });
    const again = data(await create({ appId: 'shop', serviceName: 'orders', version: '1.0.0' })).createMicroservice;
    expect(again.rawId).toBe(svc.rawId);
    expect(firstError(await create({ serviceId: svc.rawId, appId: 'shop', serviceName: 'other', version: '1.0.0' }))).toMatchObject({ code: 'CONFLICT', errorCode: '400010' });
  });

  it('should replace properties, put a schema, and refuse a schema change in production with FORBIDDEN', async () => {
    const svc = data(await create({ appId: 'shop', serviceName: 'cart', version: '1.0.0' })).createMicroservice;
    const props = data(await stack.gql('mutation($id: ID!) { updateMicroserviceProperties(id: $id, properties: {owner: "b"}) { properties } }', { id: svc.id })).updateMicroserviceProperties;
    expect(props.properties).toEqual({ owner: 'b' });
    const schema = data(
      await stack.gql('mutation($id: ID!) { putMicroserviceSchema(id: $id, schemaId: "cart.api", content: "swagger: 2.0", summary: "v1") { schemaId summary content } }', { id: svc.id }),
    ).putMicroserviceSchema;
    expect(schema).toEqual({ schemaId: 'cart.api', summary: 'v1', content: 'swagger: 2.0' });
    const read = data(await stack.gql('query($id: ID!) { microservice(id: $id) { schemaIds schemas { schemaId summary content } } }', { id: svc.id })).microservice;
    expect(read).toEqual({ schemaIds: ['cart.api'], schemas: [{ schemaId: 'cart.api', summary: 'v1', content: 'swagger: 2.0' }] });

    const prod = data(await create({ appId: 'shop', serviceName: 'cart', version: '1.0.0', environment: 'PRODUCTION', schemaIds: ['cart.api'] })).createMicroservice;
    data(await stack.gql('mutation($id: ID!) { putMicroserviceSchema(id: $id, schemaId: "cart.api", content: "first") { schemaId } }', { id: prod.id }));
    if (flavour === 'servicecomb') {
      // service-center 2.1+ has no schema rule for production.
      data(await stack.gql('mutation($id: ID!) { putMicroserviceSchema(id: $id, schemaId: "cart.api", content: "changed") { schemaId } }', { id: prod.id }));
      return;
    }
    expect(firstError(await stack.gql('mutation($id: ID!) { putMicroserviceSchema(id: $id, schemaId: "cart.api", content: "changed") { schemaId } }', { id: prod.id }))).toMatchObject({
      code: 'FORBIDDEN',
      errorCode: '400015',
    });
    expect(firstError(await stack.gql('mutation($id: ID!) { putMicroserviceSchema(id: $id, schemaId: "other.api", content: "x") { schemaId } }', { id: prod.id }))).toMatchObject({
      code: 'NOT_FOUND',
      errorCode: '400014',
    });
  });

  it('should set dependencies and show providers; a provider that does not exist yet is accepted', async () => {
    data(await create({ appId: 'shop', serviceName: 'payments', version: '2.1.0' }));
    const res = data(
      await stack.gql(
        'mutation { setDependencies(dependencies: [{consumer: {appId: "shop", serviceName: "orders", version: "1.0.0"}, providers: [{serviceName: "payments", version: "2.0.0+"}, {serviceName: "future", version: "latest"}]}]) { serviceName providers { serviceName version } } }',
      ),
    ).setDependencies;
    expect(res).toEqual([{ serviceName: 'orders', providers: [{ serviceName: 'payments', version: '2.1.0' }] }]);
    expect(firstError(await stack.gql('mutation { setDependencies(dependencies: [{consumer: {appId: "shop", serviceName: "nobody", version: "1.0"}, providers: []}]) { id } }'))).toMatchObject({
      code: 'NOT_FOUND',
      errorCode: '400012',
    });
  });

  it('should register, change and deregister instances, and refuse unknown ones with NOT_FOUND', async () => {
    const svc = data(await create({ appId: 'ops', serviceName: 'probe', version: '1.0' })).createMicroservice;
    const reg = data(
      await stack.gql('mutation($id: ID!) { registerMicroserviceInstance(microserviceId: $id, input: {hostName: "probe-1", endpoints: ["rest:10.0.0.9:80"], healthCheck: {mode: "push", interval: 10, times: 3}, dataCenter: {name: "dc", region: "r1", availableZone: "az1"}}) { id hostName status version healthCheck { interval times } dataCenter { region } } }', {
        id: svc.id,
      }),
    ).registerMicroserviceInstance;
    expect(reg).toMatchObject({ hostName: 'probe-1', status: 'UP', version: '1.0', healthCheck: { interval: 10, times: 3 }, dataCenter: { region: 'r1' } });
    expect(data(await stack.gql('mutation($id: ID!) { updateMicroserviceInstanceStatus(id: $id, status: OUTOFSERVICE) { status } }', { id: reg.id })).updateMicroserviceInstanceStatus.status).toBe('OUTOFSERVICE');
    expect(data(await stack.gql('mutation($id: ID!) { updateMicroserviceInstanceProperties(id: $id, properties: {zone: "b"}) { properties } }', { id: reg.id })).updateMicroserviceInstanceProperties.properties).toEqual({ zone: 'b' });
    expect(data(await stack.gql('mutation($id: ID!) { sendMicroserviceInstanceHeartbeat(id: $id) { hostName } }', { id: reg.id })).sendMicroserviceInstanceHeartbeat.hostName).toBe('probe-1');
    expect(data(await stack.gql('mutation($id: ID!) { deregisterMicroserviceInstance(id: $id) { deletedId } }', { id: reg.id })).deregisterMicroserviceInstance.deletedId).toBe(reg.id);
    expect(firstError(await stack.gql('mutation($id: ID!) { sendMicroserviceInstanceHeartbeat(id: $id) { hostName } }', { id: reg.id }))).toMatchObject({ code: 'NOT_FOUND', errorCode: '400017' });
    const ghost = Buffer.from(JSON.stringify(['Microservice', 'ghost'])).toString('base64url');
    expect(firstError(await stack.gql('mutation($id: ID!) { registerMicroserviceInstance(microserviceId: $id, input: {hostName: "h", endpoints: ["e"]}) { id } }', { id: ghost }))).toMatchObject({
      code: 'NOT_FOUND',
      errorCode: '400012',
    });
  });

  it('should refuse deleting a service with instances or consumers without force, and delete with it', async () => {
    const all = data(await stack.gql('{ microservices(filter: {appId: "shop"}) { id rawId serviceName version instances { id } } }')).microservices;
    const orders = all.find((s: any) => s.serviceName === 'orders');
    const payments = all.find((s: any) => s.serviceName === 'payments');
    expect(firstError(await stack.gql('mutation($id: ID!) { deleteMicroservice(id: $id) { deletedId } }', { id: orders.id }))).toMatchObject({ code: 'CONFLICT', errorCode: '400013' });
    expect(firstError(await stack.gql('mutation($id: ID!) { deleteMicroservice(id: $id) { deletedId } }', { id: payments.id }))).toMatchObject({ code: 'CONFLICT', errorCode: '400023' });
    const batch = data(await stack.gql('mutation($ids: [ID!]!) { deleteMicroservices(ids: $ids) { rawId deleted error } }', { ids: [orders.id, payments.id] })).deleteMicroservices;
    expect(batch.every((r: any) => !r.deleted && r.error)).toBe(true);
    const forced = data(await stack.gql('mutation($ids: [ID!]!) { deleteMicroservices(ids: $ids, force: true) { rawId deleted error } }', { ids: [orders.id, payments.id] })).deleteMicroservices;
    expect(forced).toEqual([
      { rawId: orders.rawId, deleted: true, error: null },
      { rawId: payments.rawId, deleted: true, error: null },
    ]);
    const cart = data(await stack.gql('query($env: RegistryEnvironment) { microservices(filter: {serviceName: "cart", environment: $env}) { id } }', { env: flavour === 'servicecomb' ? 'NONE' : 'DEVELOPMENT' })).microservices[0];
    expect(data(await stack.gql('mutation($id: ID!) { deleteMicroservice(id: $id) { deletedId } }', { id: cart.id })).deleteMicroservice.deletedId).toBe(cart.id);
  });
});
