import { describe, expect, it } from 'vitest';
import { RecentWrites } from '../../src/loaders/recent-writes.js';
import type { MicroserviceInstanceModel } from '../../src/loaders/models.js';

const record = (over: Partial<MicroserviceInstanceModel> = {}): MicroserviceInstanceModel => ({ serviceId: 's', instanceId: 'i', hostName: 'h', status: 'UP', version: '1.0.0', ...over }) as MicroserviceInstanceModel;
const key = { appId: 'a', serviceName: 'n', environment: '' };

describe('recent registry writes laid over lagging reads', () => {
  it("should show a caller's own writes only, until the registry shows them", () => {
    const writes = new RecentWrites(10_000, () => 0);
    writes.of('alice').note('s', 'i', { kind: 'changed', fields: { status: 'DOWN' } });
    expect(writes.of('alice').instance('s', 'i', record())?.status).toBe('DOWN');
    expect(writes.of('bob').instance('s', 'i', record())?.status).toBe('UP');
    // The registry caught up: the write is forgotten, so a later change by someone else shows.
    expect(writes.of('alice').instance('s', 'i', record({ status: 'DOWN' }))?.status).toBe('DOWN');
    expect(writes.of('alice').instance('s', 'i', record({ status: 'STARTING' }))?.status).toBe('STARTING');
  });

  it('should show a registration the registry does not list yet, and hide a deregistered instance it still lists', () => {
    const writes = new RecentWrites(10_000, () => 0).of('alice');
    writes.note('s', 'new', { kind: 'registered', instance: record({ instanceId: 'new', hostName: 'fresh' }), service: key });
    writes.note('s', 'i', { kind: 'gone' });
    const shown = writes.instances(key, [record()], () => true);
    expect(shown.map((i) => i.hostName)).toEqual(['fresh']);
    // Another service key does not get it.
    expect(writes.instances({ ...key, environment: 'development' }, [], () => true)).toEqual([]);
  });

  it('should forget writes after the TTL', () => {
    let now = 0;
    const writes = new RecentWrites(10_000, () => now).of('alice');
    writes.note('s', 'i', { kind: 'changed', fields: { status: 'DOWN' } });
    now = 10_001;
    expect(writes.instance('s', 'i', record())?.status).toBe('UP');
  });
});
