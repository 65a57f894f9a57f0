import { describe, expect } from 'vitest';
import { test } from '../../support/fixtures.js';
import type { TestEmulator } from '../../support/emulator.js';
import { createService, expectCseError, REG } from './support.js';

describe('registry dependencies and providers (§5.8, §5.9)', () => {
  test.beforeEach(({ emu }) => emu.reset(false));

  const consumer = { environment: 'development', appId: 'shop', serviceName: 'cart', version: '1.0.0' };
  const put = (emu: TestEmulator, dependencies: unknown) => emu.call('PUT', `${REG}/dependencies`, { body: { dependencies } });
  const providersOf = async (emu: TestEmulator, serviceId: string): Promise<string[]> => {
    const res = await emu.call('GET', `${REG}/microservices/${serviceId}/providers`);
    expect(res.status).toBe(200);
    return res.body.providers.map((p: { serviceName: string; version: string }) => `${p.serviceName}@${p.version}`).sort();
  };

  test('should create a dependency from the reference example shape, answer 200 with an empty body, and list the provider', async ({ emu }) => {
    const cart = await createService(emu, { serviceName: 'cart' });
    await createService(emu, { serviceName: 'stock', version: '2.0.0' });
    const res = await put(emu, [{ consumer, providers: [{ environment: 'development', appId: 'shop', serviceName: 'stock', version: '2.0.0' }] }]);
    expect(res.status).toBe(200);
    expect(res.body).toBeUndefined();
    const providers = await emu.call('GET', `${REG}/microservices/${cart}/providers`);
    expect(providers.body.providers).toHaveLength(1);
    expect(providers.body.providers[0]).toMatchObject({ serviceName: 'stock', version: '2.0.0', appId: 'shop', status: 'UP', level: 'BACK' });
  });

  test('should accept a provider that does not exist yet and list it once it does', async ({ emu }) => {
    const cart = await createService(emu, { serviceName: 'cart' });
    expect((await put(emu, [{ consumer, providers: [{ serviceName: 'payments', version: '1.0.0+' }] }])).status).toBe(200);
    expect(await providersOf(emu, cart)).toEqual([]);
    await createService(emu, { serviceName: 'payments', version: '1.5.0' });
    expect(await providersOf(emu, cart)).toEqual(['payments@1.5.0']);
  });

  test('should default a provider appId to the consumer appId', async ({ emu }) => {
    const cart = await createService(emu, { serviceName: 'cart' });
    await createService(emu, { serviceName: 'stock', appId: 'shop' });
    await createService(emu, { serviceName: 'stock', appId: 'other' });
    await put(emu, [{ consumer, providers: [{ serviceName: 'stock', version: '1.0.0' }] }]);
    const res = await emu.call('GET', `${REG}/microservices/${cart}/providers`);
    expect(res.body.providers.map((p: { appId: string }) => p.appId)).toEqual(['shop']);
  });

  test('should follow the version rules for providers: latest, X+ and ranges with either dash', async ({ emu }) => {
    const cart = await createService(emu, { serviceName: 'cart' });
    for (const version of ['1.0.0', '1.5.0', '2.0.0']) await createService(emu, { serviceName: 'stock', version });
    for (const version of ['0.1.0', '0.1.5', '0.2.0']) await createService(emu, { serviceName: 'ship', version });
    for (const version of ['3.0', '3.1']) await createService(emu, { serviceName: 'tax', version });
    await put(emu, [
      {
        consumer,
        providers: [
          { serviceName: 'stock', version: '1.5+' },
          { serviceName: 'ship', version: '0.1.0–0.2.0' },
          { serviceName: 'tax', version: 'latest' },
        ],
      },
    ]);
    expect(await providersOf(emu, cart)).toEqual(['ship@0.1.0', 'ship@0.1.5', 'stock@1.5.0', 'stock@2.0.0', 'tax@3.1']);
    await put(emu, [{ consumer, providers: [{ serviceName: 'ship', version: '0.1.5-0.2.0' }] }]);
    expect(await providersOf(emu, cart)).toEqual(['ship@0.1.5']);
  });

  test('should read serviceName "*" as every service of the tenant but the consumer', async ({ emu }) => {
    const cart = await createService(emu, { serviceName: 'cart' });
    await createService(emu, { serviceName: 'stock' });
    await createService(emu, { serviceName: 'audit', appId: 'ops', environment: 'production' });
    expect((await put(emu, [{ consumer, providers: [{ serviceName: '*' }] }])).status).toBe(200);
    expect(await providersOf(emu, cart)).toEqual(['audit@1.0.0', 'stock@1.0.0']);
  });

  test('should override the consumer providers on each PUT', async ({ emu }) => {
    const cart = await createService(emu, { serviceName: 'cart' });
    await createService(emu, { serviceName: 'stock' });
    await createService(emu, { serviceName: 'ship' });
    await put(emu, [{ consumer, providers: [{ serviceName: 'stock', version: 'latest' }] }]);
    await put(emu, [{ consumer, providers: [{ serviceName: 'ship', version: 'latest' }] }]);
    expect(await providersOf(emu, cart)).toEqual(['ship@1.0.0']);
    await put(emu, [{ consumer, providers: [] }]);
    expect(await providersOf(emu, cart)).toEqual([]);
  });

  test('should refuse a consumer that does not exist with 400012', async ({ emu }) => {
    expectCseError(await put(emu, [{ consumer, providers: [{ serviceName: 'stock', version: 'latest' }] }]), 400, '400012', /cart/);
  });

  test('should refuse a "*" consumer, a consumer version rule, a repeated provider, 0 or 101 dependencies with 400001', async ({ emu }) => {
    await createService(emu, { serviceName: 'cart' });
    expectCseError(await put(emu, [{ consumer: { ...consumer, serviceName: '*' } }]), 400, '400001', /consumer.ServiceName/);
    expectCseError(await put(emu, [{ consumer: { ...consumer, version: 'latest' } }]), 400, '400001', /consumer.Version/);
    expectCseError(
      await put(emu, [{ consumer, providers: [{ serviceName: 'stock', version: '1.0.0' }, { appId: 'shop', serviceName: 'stock', version: '1.0.0' }] }]),
      400,
      '400001',
      /repeats a provider/,
    );
    expectCseError(await put(emu, [{ consumer, providers: [{ serviceName: 'stock', version: 'newest' }] }]), 400, '400001', /providers\[0\].Version/);
    expectCseError(await put(emu, []), 400, '400001', /Dependencies/);
    expectCseError(await put(emu, Array.from({ length: 101 }, () => ({ consumer }))), 400, '400001', /Dependencies/);
    expectCseError(await emu.call('PUT', `${REG}/dependencies`), 400, '400001');
  });

  test('should answer 400012 for the providers of an unknown service', async ({ emu }) => {
    expectCseError(await emu.call('GET', `${REG}/microservices/nope/providers`), 400, '400012');
  });
});
