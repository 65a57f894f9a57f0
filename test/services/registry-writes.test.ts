import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as instances from '../../src/services/microservice-instances.js';
import * as schemas from '../../src/services/microservice-schemas.js';
import * as services from '../../src/services/microservices.js';
import { CSE_READS, cseHarness, readAgainAfter, refused, timedOut, type CseHarness } from './fakes.js';

const KEY = { serviceId: 's1', instanceId: 'i1' };
const EVERY_READ = Object.keys(CSE_READS);
/** What an instance write forgets: that instance, and every find that may list it. */
const INSTANCE_READS = ['instances of shop/cart', 'instance s1/i1'];
/** The same less the instance, which a write answering it has read again itself. */
const ANSWERED_INSTANCE_READS = ['instances of shop/cart'];
const done = async () => undefined;

const readAgain = (make: () => CseHarness, write: (h: CseHarness) => Promise<unknown>) => readAgainAfter(make, (h) => h.loaders.cse, CSE_READS, write);

describe('registry service writes forget every registry read (services show in all of them)', () => {
  it('should forget everything after each service write, and answer the service as read again', async () => {
    const created = () => cseHarness({ createService: async () => ({ serviceId: 's3' }) });
    expect(await readAgain(created, (h) => services.createMicroservice(h, { appId: 'shop', serviceName: 'new', version: '1.0.0' }))).toEqual(EVERY_READ);
    const h = created();
    expect(await services.createMicroservice(h, { appId: 'shop', serviceName: 'new', version: '1.0.0' })).toMatchObject({ serviceId: 's3' });
    expect(h.calls).toEqual(['createService', 'getService s3']);

    const props = () => cseHarness({ updateServiceProperties: done });
    // The answer is the service read again, so its read is fresh: every other read is forgotten.
    expect(await readAgain(props, (h) => services.updateMicroserviceProperties(h, 's1', { owner: 'me' }))).toEqual(EVERY_READ.filter((r) => r !== 'service s1'));
    const deps = () => cseHarness({ putDependencies: done });
    const dependency = [{ consumer: { appId: 'shop', serviceName: 'cart', version: '1.0.0' }, providers: [{ appId: 'shop', serviceName: 'till', version: '1.0.0' }] }];
    // The answer reads the service list again, which primes every service.
    expect(await readAgain(deps, (h) => services.setDependencies(h, dependency))).toEqual(EVERY_READ.filter((r) => !r.startsWith('service')));
    const deleted = () => cseHarness({ deleteService: done });
    expect(await readAgain(deleted, (h) => services.deleteMicroservice(h, 's1', true))).toEqual(EVERY_READ);
  });

  it('should answer each consumer of setDependencies as the registry lists it', async () => {
    const h = cseHarness({ putDependencies: done });
    const consumers = [
      { consumer: { appId: 'shop', serviceName: 'cart', version: '1.0.0' }, providers: [{ appId: 'shop', serviceName: 'till', version: '1.0.0' }] },
      { consumer: { appId: 'shop', serviceName: 'gone', version: '1.0.0' }, providers: [{ appId: 'shop', serviceName: 'till', version: '1.0.0' }] },
    ];
    expect((await services.setDependencies(h, consumers)).map((s) => s?.serviceId ?? null)).toEqual(['s1', null]);
  });

  it('should tell the live hub of the deleted services only', async () => {
    const one = cseHarness({ deleteService: done });
    await services.deleteMicroservice(one, 's1');
    expect(one.live.deregistered).toEqual(['s1']);

    const batch = cseHarness({ deleteServices: async () => ({ services: [{ serviceId: 's1' }, { serviceId: 's2', errMessage: 'has instances' }] }) });
    expect(await services.deleteMicroservices(batch, ['s1', 's2', 's9'])).toEqual([
      { serviceId: 's1', deleted: true, error: null },
      { serviceId: 's2', deleted: false, error: 'has instances' },
      { serviceId: 's9', deleted: false, error: 'the registry did not answer for this service' },
    ]);
    expect(batch.live.deregistered).toEqual(['s1']);
  });

  it('should forget nothing and tell the live hub nothing after a refused service write; forget all after one that may have applied', async () => {
    expect(await readAgain(() => cseHarness({ deleteService: () => refused('cse') }), (h) => services.deleteMicroservice(h, 's1'))).toEqual([]);
    expect(await readAgain(() => cseHarness({ deleteService: () => timedOut('cse') }), (h) => services.deleteMicroservice(h, 's1'))).toEqual(EVERY_READ);
    for (const fail of [refused, timedOut]) {
      const h = cseHarness({ deleteService: () => fail('cse') });
      await expect(services.deleteMicroservice(h, 's1')).rejects.toBeDefined();
      expect(h.live.deregistered).toEqual([]);
    }
  });

  it('should refuse a bad service input before any call', async () => {
    const h = cseHarness({ createService: async () => ({ serviceId: 's3' }) });
    await expect(services.createMicroservice(h, { appId: 'shop', serviceName: '', version: '1.0.0' })).rejects.toBeInstanceOf(GraphQLError);
    await expect(services.setDependencies(h, [])).rejects.toBeInstanceOf(GraphQLError);
    expect(h.calls).toEqual([]);
  });
});

describe('registry schema writes forget the schema, the lists of it and the records naming it', () => {
  it("should forget the service's schema reads and the service records, and keep the other service and the instances", async () => {
    const make = () => cseHarness({ putSchema: done });
    expect(await readAgain(make, (h) => schemas.putMicroserviceSchema(h, 's1', 'sc1', 'openapi: 3.0.0', 'new'))).toEqual([
      'service s1',
      'services',
      'schemas s1',
      'schemas s1 with content',
      'schema s1/sc1',
      'providers s1',
    ]);
    expect(await schemas.putMicroserviceSchema(make(), 's1', 'sc1', 'openapi: 3.0.0', 'new')).toEqual({ serviceId: 's1', schemaId: 'sc1', schema: 'openapi: 3.0.0', summary: 'new' });
    expect(await readAgain(() => cseHarness({ putSchema: () => refused('cse') }), (h) => schemas.putMicroserviceSchema(h, 's1', 'sc1', 'x', null))).toEqual([]);
  });
});

describe('registry instance writes forget the instance and the finds, and show the write over a lagging registry', () => {
  it('should forget only the instance and the finds after each instance write', async () => {
    const status = () => cseHarness({ updateInstanceStatus: done });
    expect(await readAgain(status, (h) => instances.updateMicroserviceInstanceStatus(h, KEY, 'DOWN'))).toEqual(ANSWERED_INSTANCE_READS);
    const props = () => cseHarness({ updateInstanceProperties: done });
    expect(await readAgain(props, (h) => instances.updateMicroserviceInstanceProperties(h, KEY, { zone: 'a' }))).toEqual(ANSWERED_INSTANCE_READS);
    const gone = () => cseHarness({ deregisterInstance: done });
    expect(await readAgain(gone, (h) => instances.deregisterMicroserviceInstance(h, KEY))).toEqual(INSTANCE_READS);
    const registered = () => cseHarness({ registerInstance: async () => ({ instanceId: 'i2' }) });
    expect(await readAgain(registered, (h) => instances.registerMicroserviceInstance(h, 's1', { hostName: 'cart-prod-2', endpoints: ['rest:10.0.0.2:80'] }))).toEqual(
      ANSWERED_INSTANCE_READS,
    );
  });

  it('should forget nothing after a heartbeat', async () => {
    expect(await readAgain(() => cseHarness({ heartbeat: done }), (h) => instances.sendMicroserviceInstanceHeartbeat(h, KEY))).toEqual([]);
  });

  it("should answer each write with the write in it though the registry's reads still show the instance as it was", async () => {
    const h = cseHarness({ updateInstanceStatus: done, updateInstanceProperties: done, registerInstance: async () => ({ instanceId: 'i2' }), deregisterInstance: done });
    expect(await instances.updateMicroserviceInstanceStatus(h, KEY, 'DOWN')).toMatchObject({ status: 'DOWN' });
    expect(await instances.updateMicroserviceInstanceProperties(h, KEY, { zone: 'a' })).toMatchObject({ status: 'DOWN', properties: { zone: 'a' } });
    const key = { appId: 'shop', serviceName: 'cart', version: '1.0.0', environment: '' };
    expect(await h.loaders.cse.instancesOf.load(key)).toMatchObject([{ instanceId: 'i1', status: 'DOWN' }]);

    // Read before it is registered (and held as not found): the registration's answer must not be that.
    await expect(h.loaders.cse.instance.load({ serviceId: 's1', instanceId: 'i2' })).rejects.toMatchObject({ isNotFound: true });
    const fresh = await instances.registerMicroserviceInstance(h, 's1', { hostName: 'cart-prod-2', endpoints: ['rest:10.0.0.2:80'] });
    expect(fresh).toMatchObject({ serviceId: 's1', instanceId: 'i2', hostName: 'cart-prod-2', status: 'UP', version: '1.0.0' });
    expect((await h.loaders.cse.instancesOf.load(key)).map((i) => i.instanceId)).toEqual(['i1', 'i2']);

    await instances.deregisterMicroserviceInstance(h, KEY);
    expect(h.live.deregistered).toEqual(['s1/i1']);
    await expect(h.loaders.cse.instance.load(KEY)).rejects.toMatchObject({ isNotFound: true });
    expect((await h.loaders.cse.instancesOf.load(key)).map((i) => i.instanceId)).toEqual(['i2']);
  });

  it('should note nothing a refused or possibly applied instance write did, and tell the live hub nothing', async () => {
    for (const fail of [refused, timedOut]) {
      const h = cseHarness({ updateInstanceStatus: () => fail('cse'), deregisterInstance: () => fail('cse') });
      await expect(instances.updateMicroserviceInstanceStatus(h, KEY, 'DOWN')).rejects.toBeDefined();
      await expect(instances.deregisterMicroserviceInstance(h, KEY)).rejects.toBeDefined();
      expect(await h.loaders.cse.instance.load(KEY)).toMatchObject({ status: 'UP' });
      expect(h.live.deregistered).toEqual([]);
    }
    expect(await readAgain(() => cseHarness({ updateInstanceStatus: () => refused('cse') }), (h) => instances.updateMicroserviceInstanceStatus(h, KEY, 'DOWN'))).toEqual([]);
    // Forgotten, though: the answer never came, so nothing read it again.
    expect(await readAgain(() => cseHarness({ updateInstanceStatus: () => timedOut('cse') }), (h) => instances.updateMicroserviceInstanceStatus(h, KEY, 'DOWN'))).toEqual(INSTANCE_READS);
  });

  it('should send writes to one instance one after another, in the order they came', async () => {
    const order: string[] = [];
    let answerFirst!: () => void;
    const firstHeld = new Promise<void>((resolve) => (answerFirst = resolve));
    const h = cseHarness({
      updateInstanceStatus: async () => {
        order.push('status sent');
        await firstHeld;
        order.push('status answered');
      },
      updateInstanceProperties: async () => void order.push('properties sent'),
    });
    const first = instances.updateMicroserviceInstanceStatus(h, KEY, 'DOWN');
    const second = instances.updateMicroserviceInstanceProperties(h, KEY, { zone: 'a' });
    await Promise.resolve();
    answerFirst();
    await Promise.all([first, second]);
    expect(order).toEqual(['status sent', 'status answered', 'properties sent']);
  });

  it('should refuse a bad instance input before any call', async () => {
    const h = cseHarness({ registerInstance: async () => ({ instanceId: 'i2' }) });
    await expect(instances.registerMicroserviceInstance(h, 's1', { hostName: '', endpoints: [] })).rejects.toBeInstanceOf(GraphQLError);
    await expect(instances.updateMicroserviceInstanceProperties(h, KEY, 'not an object')).rejects.toBeInstanceOf(GraphQLError);
    expect(h.calls).toEqual([]);
  });
});
