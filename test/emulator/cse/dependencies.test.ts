import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from '../../support/emulator.js';
import { createService, expectCseError, REG } from './support.js';

describe('registry dependencies and providers (§5.8, §5.9)', () => {
  let emu: TestEmulator;
  beforeAll(async () => {
    emu = await startTestEmulator();
  });
  afterAll(() => emu.stop());
  beforeEach(() => emu.reset(false));

  const consumer = { environment: 'development', appId: 'shop', serviceName: 'cart', version: '1.0.0' };
  const put = (dependencies: unknown) => emu.call('PUT', `${REG}/dependencies`, { body: { dependencies } });
  const providersOf = async (serviceId: string): Promise<string[]> => {
    const res = await emu.call('GET', `${REG}/microservices/${serviceId}/providers`);
    expect(res.status).toBe(200);
    return res.body.providers.map((p: { serviceName: string; version: string }) => `${p.serviceName}@${p.version}`).sort();
  };

  it('should create a dependency from the reference example shape, answer 200 with an empty body, and list the provider', async () => {
    const cart = await createService(emu, { serviceName: 'cart' });
    await createService(emu, { serviceName: 'stock', version: '2.0.0' });
    const res = await put([{ consumer, providers: [{ environment: 'development', appId: 'shop', serviceName: 'stock', version: '2.0.0' }] }]);
    expect(res.status).toBe(200);
    expect(res.body).toBeUndefined();
    const providers = await emu.call('GET', `${REG}/microservices/${cart}/providers`);
    expect(providers.body.providers).toHaveLength(1);
    expect(providers.body.providers[0]).toMatchObject({ serviceName: 'stock', version: '2.0.0', appId: 'shop', status: 'UP', level: 'BACK' });
  });

  it('should accept a provider that does not exist yet and list it once it does', async () => {
    const cart = await createService(emu, { serviceName: 'cart' });
    expect((await put([{ consumer, providers: [{ serviceName: 'payments', version: '1.0.0+' }] }])).status).toBe(200);
    expect(await providersOf(cart)).toEqual([]);
    await createService(emu, { serviceName: 'payments', version: '1.5.0' });
    expect(await providersOf(cart)).toEqual(['payments@1.5.0']);
  });

  it('should default a provider appId to the consumer appId', async () => {
    const cart = await createService(emu, { serviceName: 'cart' });
    await createService(emu, { serviceName: 'stock', appId: 'shop' });
    await createService(emu, { serviceName: 'stock', appId: 'other' });
    await put([{ consumer, providers: [{ serviceName: 'stock', version: '1.0.0' }] }]);
    const res = await emu.call('GET', `${REG}/microservices/${cart}/providers`);
    expect(res.body.providers.map((p: { appId: string }) => p.appId)).toEqual(['shop']);
  });

  it('should follow the version rules for providers: latest, X+ and ranges with either dash', async () => {
    const cart = await createService(emu, { serviceName: 'cart' });
    for (const version of ['1.0.0', '1.5.0', '2.0.0']) await createService(emu, { serviceName: 'stock', version });
    for (const version of ['0.1.0', '0.1.5', '0.2.0']) await createService(emu, { serviceName: 'ship', version });
    for (const version of ['3.0', '3.1']) await createService(emu, { serviceName: 'tax', version });
    await put([
      {
        consumer,
        providers: [
          { serviceName: 'stock', version: '1.5+' },
          { serviceName: 'ship', version: '0.1.0–0.2.0' },
          { serviceName: 'tax', version: 'latest' },
        ],
      },
    ]);
    expect(await providersOf(cart)).toEqual(['ship@0.1.0', 'ship@0.1.5', 'stock@1.5.0', 'stock@2.0.0', 'tax@3.1']);
    await put([{ consumer, providers: [{ serviceName: 'ship', version: '0.1.5-0.2.0' }] }]);
    expect(await providersOf(cart)).toEqual(['ship@0.1.5']);
  });

  it('should read serviceName "*" as every service of the tenant but the consumer', async () => {
    const cart = await createService(emu, { serviceName: 'cart' });
    await createService(emu, { serviceName: 'stock' });
    await createService(emu, { serviceName: 'audit', appId: 'ops', environment: 'production' });
    expect((await put([{ consumer, providers: [{ serviceName: '*' }] }])).status).toBe(200);
    expect(await providersOf(cart)).toEqual(['audit@1.0.0', 'stock@1.0.0']);
  });

  it('should override the consumer providers on each PUT', async () => {
    const cart = await createService(emu, { serviceName: 'cart' });
    await createService(emu, { serviceName: 'stock' });
    await createService(emu, { serviceName: 'ship' });
    await put([{ consumer, providers: [{ serviceName: 'stock', version: 'latest' }] }]);
    await put([{ consumer, providers: [{ serviceName: 'ship', version: 'latest' }] }]);
    expect(await providersOf(cart)).toEqual(['ship@1.0.0']);
    await put([{ consumer, providers: [] }]);
    expect(await providersOf(cart)).toEqual([]);
  });

  it('should refuse a consumer that does not exist with 400012', async () => {
    expectCseError(await put([{ consumer, providers: [{ serviceName: 'stock', version: 'latest' }] }]), 400, '400012', /cart/);
  });

  it('should refuse a "*" consumer, a consumer version rule, a repeated provider, 0 or 101 dependencies with 400001', async () => {
    await createService(emu, { serviceName: 'cart' });
    expectCseError(await put([{ consumer: { ...consumer, serviceName: '*' } }]), 400, '400001', /consumer.ServiceName/);
    expectCseError(await put([{ consumer: { ...consumer, version: 'latest' } }]), 400, '400001', /consumer.Version/);
    expectCseError(
      await put([{ consumer, providers: [{ serviceName: 'stock', version: '1.0.0' }, { appId: 'shop', serviceName: 'stock', version: '1.0.0' }] }]),
      400,
      '400001',
      /repeats a provider/,
    );
    expectCseError(await put([{ consumer, providers: [{ serviceName: 'stock', version: 'newest' }] }]), 400, '400001', /providers\[0\].Version/);
    expectCseError(await put([]), 400, '400001', /Dependencies/);
    expectCseError(await put(Array.from({ length: 101 }, () => ({ consumer }))), 400, '400001', /Dependencies/);
    expectCseError(await emu.call('PUT', `${REG}/dependencies`), 400, '400001');
  });

  it('should answer 400012 for the providers of an unknown service', async () => {
    expectCseError(await emu.call('GET', `${REG}/microservices/nope/providers`), 400, '400012');
  });
});
