import { describe, expect, it } from 'vitest';
import type { ReplicaSet } from '../../../src/emulator/coupling.js';
import { OWNER_PROPERTY, podIp } from '../../../src/emulator/cse/platform.js';
import { freshRegistry } from './support.js';

describe('PlatformRegistry: syncReplicas / removeReplicas (coupling.ts)', () => {
  const fresh = freshRegistry();

  const set = (over: Partial<ReplicaSet> = {}): ReplicaSet => ({
    owner: 'inst-1',
    environment: 'development',
    appId: 'shop',
    serviceName: 'web',
    version: '1.0.0',
    hostPrefix: 'web-7f9c',
    port: 8080,
    available: 3,
    ...over,
  });
  const find = (version = 'latest', serviceName = 'web') => fresh.registry.find({ appId: 'shop', serviceName, version });
  const hostNames = (version?: string) => find(version).instances.map((i) => i.hostName).sort();

  it('should create the microservice as registered by the platform and register one instance per available replica', () => {
    fresh.registry.syncReplicas(set());
    const [service] = fresh.registry.listServices();
    expect(service).toMatchObject({ appId: 'shop', serviceName: 'web', version: '1.0.0', environment: 'development', registerBy: 'PLATFORM', status: 'UP' });
    const { instances } = find();
    expect(instances.map((i) => i.hostName).sort()).toEqual(['web-7f9c-1', 'web-7f9c-2', 'web-7f9c-3']);
    for (const i of instances) {
      expect(i.status).toBe('UP');
      expect(i.endpoints).toHaveLength(1);
      expect(i.endpoints[0]).toMatch(/^rest:10\.\d+\.\d+\.\d+:8080$/);
      expect(i.properties).toEqual({ [OWNER_PROPERTY]: 'inst-1' });
      expect(i.version).toBe('1.0.0');
    }
  });

  it('should give the same replica the same made-up pod IP', () => {
    expect(podIp('inst-1', 2)).toBe(podIp('inst-1', 2));
    expect(podIp('inst-1', 2)).not.toBe(podIp('inst-1', 3));
  });

  it('should change nothing, not even the revision, when synced again with the same replicas', () => {
    fresh.registry.syncReplicas(set());
    const before = find();
    fresh.registry.syncReplicas(set());
    const after = find();
    expect(after.revision).toBe(before.revision);
    expect(after.instances.map((i) => i.instanceId).sort()).toEqual(before.instances.map((i) => i.instanceId).sort());
  });

  it('should deregister the replicas beyond available on a scale-in and register new ones on a scale-out', () => {
    fresh.registry.syncReplicas(set());
    const before = find().revision;
    fresh.registry.syncReplicas(set({ available: 1 }));
    expect(hostNames()).toEqual(['web-7f9c-1']);
    expect(find().revision).not.toBe(before);
    fresh.registry.syncReplicas(set({ available: 2 }));
    expect(hostNames()).toEqual(['web-7f9c-1', 'web-7f9c-2']);
    fresh.registry.syncReplicas(set({ available: 0 }));
    expect(hostNames()).toEqual([]);
  });

  it('should move the owner to the new version on an upgrade, leaving the old service without its instances', () => {
    fresh.registry.syncReplicas(set());
    fresh.registry.syncReplicas(set({ version: '1.1.0', available: 2 }));
    expect(fresh.registry.listServices().map((s) => s.version).sort()).toEqual(['1.0.0', '1.1.0']);
    expect(hostNames('1.0.0')).toEqual([]);
    expect(hostNames('1.1.0')).toEqual(['web-7f9c-1', 'web-7f9c-2']);
  });

  it('should re-register a replica whose port changed under the same id', () => {
    fresh.registry.syncReplicas(set({ available: 1 }));
    const [before] = find().instances;
    fresh.registry.syncReplicas(set({ available: 1, port: 9090 }));
    const [after] = find().instances;
    expect(after!.instanceId).toBe(before!.instanceId);
    expect(after!.endpoints[0]).toMatch(/:9090$/);
  });

  it('should keep owners apart and remove only the given owner on removeReplicas', () => {
    fresh.registry.syncReplicas(set());
    fresh.registry.syncReplicas(set({ owner: 'inst-2', hostPrefix: 'web-2b1d', available: 2 }));
    expect(find().instances).toHaveLength(5);
    fresh.registry.removeReplicas('inst-1');
    expect(hostNames()).toEqual(['web-2b1d-1', 'web-2b1d-2']);
    expect(fresh.registry.replicasOf('inst-1')).toEqual([]);
    expect(fresh.registry.replicasOf('inst-2')).toHaveLength(2);
    fresh.registry.removeReplicas('inst-2');
    expect(hostNames()).toEqual([]);
    // The microservice stays.
    expect(fresh.registry.listServices()).toHaveLength(1);
  });

  it('should join an existing service of the same key and recreate a force-deleted one', () => {
    const id = fresh.registry.createService({ service: { appId: 'shop', serviceName: 'web', version: '1.0.0', registerBy: 'SDK' } });
    fresh.registry.syncReplicas(set({ available: 1 }));
    expect(fresh.registry.listInstances(id).instances).toHaveLength(1);
    fresh.registry.deleteService(id, true);
    fresh.registry.syncReplicas(set({ available: 1 }));
    expect(find().instances).toHaveLength(1);
  });

  it('should heartbeat its instances itself so they outlive any number of lease periods', () => {
    fresh.registry.syncReplicas(set());
    const manual = fresh.registry.registerInstance(fresh.registry.listServices()[0]!.serviceId!, { instance: { hostName: 'manual', endpoints: ['rest:1.1.1.1:1'], status: 'UP' } });
    fresh.clock.advance(24 * 3600 * 1000);
    expect(hostNames()).toEqual(['web-7f9c-1', 'web-7f9c-2', 'web-7f9c-3']);
    expect(find().instances.some((i) => i.instanceId === manual)).toBe(false);
  });

  it('should refuse a replica set whose names break the registry patterns', () => {
    expect(() => fresh.registry.syncReplicas(set({ serviceName: 'web app' }))).toThrow(/ReplicaSet.serviceName/);
  });
});
