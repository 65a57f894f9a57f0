import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SDK_APP, seedRegistryDemo, swagger } from '../../../src/emulator/cse/demo.js';
import { startTestEmulator, type TestEmulator } from '../../support/emulator.js';
import { freshRegistry, REG } from './support.js';

describe('registry demo data (cse/demo.ts)', () => {
  const fresh = freshRegistry();

  /** What the CAS demo does before: running `cse` instances in three applications, one in production. */
  function platformServices(): void {
    const sets = [
      { appId: 'mall', serviceName: 'catalog', environment: 'development' },
      { appId: 'mall', serviceName: 'checkout', environment: 'development' },
      { appId: 'mall', serviceName: 'gateway', environment: 'development' },
      { appId: 'crm', serviceName: 'contacts', environment: 'testing' },
      { appId: 'billing', serviceName: 'invoices', environment: 'production' },
    ];
    for (const [n, s] of sets.entries()) {
      fresh.registry.syncReplicas({ owner: `ci-${n}`, version: '1.0.0', hostPrefix: `${s.serviceName}-x${n}`, port: 8080, available: 2, ...s });
    }
  }

  it('should add schemas, tags and properties to the platform services (schemas only outside production)', () => {
    platformServices();
    seedRegistryDemo(fresh.registry, 'main');
    const platform = fresh.registry.listServices().filter((s) => s.registerBy === 'PLATFORM');
    expect(platform).toHaveLength(5);
    for (const s of platform) {
      expect(fresh.registry.tagsOf(s.serviceId!)).toMatchObject({ platform: 'servicestage', app: s.appId });
      expect(s.properties).toMatchObject({ application: s.appId });
      if (s.environment === 'production') expect(s.schemas).toEqual([]);
      else {
        expect(s.schemas).toEqual([`${s.serviceName}.RestApi`]);
        const schema = fresh.registry.getSchema(s.serviceId!, s.schemas![0]!);
        expect(Buffer.byteLength(schema.schema)).toBeLessThanOrEqual(2048);
        expect(schema.summary).toMatch(/^[a-zA-Z0-9]{1,128}$/);
      }
    }
  });

  it('should make dependencies so that providers are not empty', () => {
    platformServices();
    seedRegistryDemo(fresh.registry, 'main');
    const byName = (name: string) => fresh.registry.listServices().find((s) => s.serviceName === name)!.serviceId!;
    expect(fresh.registry.getProviders(byName('catalog')).map((p) => p.serviceName).sort()).toEqual(['checkout', 'fraud-check', 'fraud-check']);
    expect(fresh.registry.getProviders(byName('checkout')).map((p) => p.serviceName)).toEqual(['gateway']);
    expect(fresh.registry.getProviders(byName('gateway'))).toEqual([]);
    const fraud = fresh.registry.listServices().find((s) => s.serviceName === 'fraud-check' && s.version === '2.1.0')!;
    expect(fresh.registry.getProviders(fraud.serviceId!).map((p) => `${p.serviceName}/${p.environment}`)).toEqual(['ledger/production']);
  });

  it('should add SDK-registered services, one in production, whose instances the emulator heartbeats', () => {
    seedRegistryDemo(fresh.registry, 'main');
    const sdk = fresh.registry.listServices().filter((s) => s.registerBy === 'SDK');
    expect(sdk.map((s) => `${s.serviceName}@${s.version}/${s.environment}`).sort()).toEqual([
      'fraud-check@2.0.0/development',
      'fraud-check@2.1.0/development',
      'ledger@1.4.2/production',
    ]);
    fresh.clock.advance(7 * 24 * 3600 * 1000);
    expect(fresh.registry.find({ appId: DEMO_SDK_APP, serviceName: 'fraud-check', version: '0+' }).instances).toHaveLength(3);
    const ledger = fresh.registry.find({ appId: DEMO_SDK_APP, serviceName: 'ledger', version: 'latest', env: 'production' });
    expect(ledger.instances).toHaveLength(2);
    const ledgerId = ledger.instances[0]!.serviceId!;
    expect(fresh.registry.listSchemas(ledgerId, '1')[0]).toMatchObject({ schemaId: 'ledger.LedgerApi', schema: expect.stringContaining('swagger') });
  });

  it('should seed config items for service@app and service@app#version', () => {
    platformServices();
    seedRegistryDemo(fresh.registry, 'main');
    const answer = fresh.registry.config.query('development', `fraud-check@${DEMO_SDK_APP}#2.1.0`);
    expect(Object.keys(answer.dimensions)).toEqual([`fraud-check@${DEMO_SDK_APP}`, `fraud-check@${DEMO_SDK_APP}#2.1.0`]);
    expect(answer.dimensions[`fraud-check@${DEMO_SDK_APP}`]).toMatchObject({ 'timeout.ms': '3000' });
    expect(answer.dimensions[`fraud-check@${DEMO_SDK_APP}#2.1.0`]).toMatchObject({ 'feature.deviceFingerprint': 'true' });
    expect(fresh.registry.config.query('development', 'catalog@mall#1.0.0').dimensions['catalog@mall#1.0.0']).toEqual({ 'feature.beta': 'true' });
  });

  it('should seed the small variant with one service and one instance under distinct names', () => {
    seedRegistryDemo(fresh.registry, 'small');
    const services = fresh.registry.listServices();
    expect(services).toHaveLength(1);
    expect(services[0]).toMatchObject({ appId: 'team-b-tools', serviceName: 'inventory-sync' });
    fresh.clock.advance(3600 * 1000);
    expect(fresh.registry.listInstances(services[0]!.serviceId!).instances).toHaveLength(1);
  });

  it('should keep every demo schema under 2048 bytes', () => {
    expect(Buffer.byteLength(swagger('a-rather-long-service-name-for-a-demo', ['/health', '/a-rather-long-service-name-for-a-demo']))).toBeLessThan(2048);
  });
});

describe('registry demo data through the emulator (reset with demo)', () => {
  let emu: TestEmulator;
  beforeAll(async () => {
    emu = await startTestEmulator();
    await emu.reset(true);
  });
  afterAll(() => emu.stop());

  it("should show the main project's SDK services and the second project's own service", async () => {
    const main = await emu.call('GET', `${REG}/microservices`);
    expect(main.body.services.map((s: { serviceName: string }) => s.serviceName)).toEqual(expect.arrayContaining(['fraud-check', 'ledger']));
    const other = await emu.call('GET', `${REG}/microservices`, { token: emu.otherToken });
    const names = other.body.services.map((s: { serviceName: string }) => s.serviceName);
    expect(names).toContain('inventory-sync');
    expect(names).not.toContain('fraud-check');
  });

  it('should answer the demo config items over HTTP', async () => {
    const res = await emu.call('GET', `/v3/default/configuration/items?dimensionsInfo=${encodeURIComponent(`fraud-check@${DEMO_SDK_APP}#2.1.0`)}`, {
      headers: { 'x-environment': 'development' },
    });
    expect(res.status).toBe(200);
    expect(res.body[`fraud-check@${DEMO_SDK_APP}#2.1.0`]).toMatchObject({ 'feature.deviceFingerprint': 'true' });
  });
});
