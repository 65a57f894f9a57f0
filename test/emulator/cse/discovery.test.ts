import { describe, expect } from 'vitest';
import { test } from '../../support/fixtures.js';
import type { TestEmulator } from '../../support/emulator.js';
import { createService, expectCseError, instancesPath, registerInstance, REG } from './support.js';

describe('registry discovery (§5.18 find, §5.22 batch find) and revisions', () => {
  test.beforeEach(({ emu }) => emu.reset(false));

  const find = (emu: TestEmulator, query: string, headers: Record<string, string> = {}) => emu.call('GET', `${REG}/instances?${query}`, { headers });
  const versionsFound = async (emu: TestEmulator, query: string): Promise<string[]> => {
    const res = await find(emu, query);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return [...new Set(res.body.instances.map((i: { version: string }) => i.version))].sort() as string[];
  };

  /** stock in versions 1.0.0, 1.5.0, 2.0.0, 2.0.1, one instance each. */
  const seedStock = async (emu: TestEmulator): Promise<Record<string, string>> => {
    const ids: Record<string, string> = {};
    for (const version of ['1.0.0', '1.5.0', '2.0.0', '2.0.1']) {
      ids[version] = await createService(emu, { serviceName: 'stock', version });
      await registerInstance(emu, ids[version]!);
    }
    return ids;
  };

  describe('find (§5.18)', () => {
    test('should find instances by appId, serviceName and an exact version, with X-Resource-Revision', async ({ emu }) => {
      const id = await createService(emu, { serviceName: 'stock', version: '0.0.1' });
      const instanceId = await registerInstance(emu, id);
      const res = await find(emu, 'appId=shop&serviceName=stock&version=0.0.1');
      expect(res.status).toBe(200);
      expect(res.headers.get('x-resource-revision')).toMatch(/^[0-9a-f]{40}$/);
      expect(res.body.instances).toHaveLength(1);
      expect(res.body.instances[0]).toMatchObject({ instanceId, serviceId: id, version: '0.0.1', status: 'UP' });
    });

    test('should apply the version rules: exact, latest, X+ and A-B with a hyphen or an en dash', async ({ emu }) => {
      await seedStock(emu);
      expect(await versionsFound(emu, 'appId=shop&serviceName=stock&version=1.5.0')).toEqual(['1.5.0']);
      expect(await versionsFound(emu, 'appId=shop&serviceName=stock&version=1.5')).toEqual(['1.5.0']);
      expect(await versionsFound(emu, 'appId=shop&serviceName=stock&version=latest')).toEqual(['2.0.1']);
      expect(await versionsFound(emu, 'appId=shop&serviceName=stock&version=1.5.0%2B')).toEqual(['1.5.0', '2.0.0', '2.0.1']);
      expect(await versionsFound(emu, 'appId=shop&serviceName=stock&version=1.0.0-2.0.0')).toEqual(['1.0.0', '1.5.0']);
      expect(await versionsFound(emu, `appId=shop&serviceName=stock&version=${encodeURIComponent('1.0.0–2.0.1')}`)).toEqual(['1.0.0', '1.5.0', '2.0.0']);
      expect(await versionsFound(emu, 'appId=shop&serviceName=stock&version=3%2B')).toEqual([]);
    });

    test('should compare versions numerically, not as text', async ({ emu }) => {
      for (const version of ['1.9', '1.10', '1.2']) {
        await registerInstance(emu, await createService(emu, { serviceName: 'num', version }));
      }
      expect(await versionsFound(emu, 'appId=shop&serviceName=num&version=latest')).toEqual(['1.10']);
      expect(await versionsFound(emu, 'appId=shop&serviceName=num&version=1.5-1.10')).toEqual(['1.9']);
    });

    test('should answer 400012 for an unknown name or a missing exact version, and 200 with no instances when no version matches a rule', async ({ emu }) => {
      await seedStock(emu);
      expectCseError(await find(emu, 'appId=shop&serviceName=nope&version=latest'), 400, '400012');
      expectCseError(await find(emu, 'appId=shop&serviceName=stock&version=9.9.9'), 400, '400012');
      const none = await find(emu, 'appId=shop&serviceName=stock&version=5.0.0%2B');
      expect(none.status).toBe(200);
      expect(none.body).toEqual({ instances: [] });
    });

    test('should default env to development and find other environments only when asked', async ({ emu }) => {
      const dev = await createService(emu, { serviceName: 'stock', version: '1.0.0' });
      const prod = await createService(emu, { serviceName: 'stock', version: '1.0.0', environment: 'production' });
      await registerInstance(emu, dev);
      await registerInstance(emu, prod);
      const plain = await find(emu, 'appId=shop&serviceName=stock&version=latest');
      expect(plain.body.instances.map((i: { serviceId: string }) => i.serviceId)).toEqual([dev]);
      const production = await find(emu, 'appId=shop&serviceName=stock&version=latest&env=production');
      expect(production.body.instances.map((i: { serviceId: string }) => i.serviceId)).toEqual([prod]);
      expectCseError(await find(emu, 'appId=shop&serviceName=stock&version=latest&env=testing'), 400, '400012');
    });

    test('should keep only services that have every tag key asked for', async ({ emu }) => {
      const tagged = await createService(emu, { serviceName: 'stock', version: '1.0.0' }, { tags: { team: 'x', gold: 'yes' } });
      const plain = await createService(emu, { serviceName: 'stock', version: '2.0.0' }, { tags: { team: 'y' } });
      await registerInstance(emu, tagged);
      await registerInstance(emu, plain);
      const ids = async (tags: string) =>
        (await find(emu, `appId=shop&serviceName=stock&version=0%2B&tags=${tags}`)).body.instances.map((i: { serviceId: string }) => i.serviceId).sort();
      expect(await ids('team')).toEqual([tagged, plain].sort());
      expect(await ids('team,gold')).toEqual([tagged]);
      expect(await ids('silver')).toEqual([]);
    });

    test.for([
      ['a missing appId', 'serviceName=stock&version=latest', 'appId'],
      ['a missing serviceName', 'appId=shop&version=latest', 'serviceName'],
      ['a missing version', 'appId=shop&serviceName=stock', 'version'],
      ['a version rule that is none of the four', 'appId=shop&serviceName=stock&version=newest', 'version'],
      ['a range with a bad bound', 'appId=shop&serviceName=stock&version=1.0-x', 'version'],
      ['an unknown env', 'appId=shop&serviceName=stock&version=latest&env=staging', 'env'],
      ['a tag starting with a digit', 'appId=shop&serviceName=stock&version=latest&tags=1x', 'tags'],
      ['a bad appId', 'appId=-shop&serviceName=stock&version=latest', 'appId'],
    ] as const)('should refuse %s with 400001', async ([_name, query, field], { emu }) => {
      expectCseError(await find(emu, query), 400, '400001', `'${field}'`);
    });

    test('should record a dependency consumer -> provider when X-ConsumerId is sent', async ({ emu }) => {
      await seedStock(emu);
      const cart = await createService(emu, { serviceName: 'cart' });
      expect((await emu.call('GET', `${REG}/microservices/${cart}/providers`)).body.providers).toEqual([]);
      const res = await find(emu, 'appId=shop&serviceName=stock&version=2.0.0%2B', { 'X-ConsumerId': cart });
      expect(res.status).toBe(200);
      const providers = await emu.call('GET', `${REG}/microservices/${cart}/providers`);
      expect(providers.body.providers.map((p: { version: string }) => p.version).sort()).toEqual(['2.0.0', '2.0.1']);
    });

    test('should answer 400012 for an X-ConsumerId that does not exist', async ({ emu }) => {
      await seedStock(emu);
      expectCseError(await find(emu, 'appId=shop&serviceName=stock&version=latest', { 'X-ConsumerId': 'ghost' }), 400, '400012', /consumer/);
    });
  });

  describe('revisions', () => {
    test('should answer 304 with no body but the header when rev is current', async ({ emu }) => {
      const id = await createService(emu, { serviceName: 'stock' });
      const instanceId = await registerInstance(emu, id);
      for (const path of [`${REG}/instances?appId=shop&serviceName=stock&version=latest`, instancesPath(id), instancesPath(id, instanceId)]) {
        const first = await emu.call('GET', path);
        const rev = first.headers.get('x-resource-revision')!;
        const again = await emu.call('GET', `${path}${path.includes('?') ? '&' : '?'}rev=${rev}`);
        expect(again.status).toBe(304);
        expect(again.body).toBeUndefined();
        expect(again.headers.get('x-resource-revision')).toBe(rev);
        const stale = await emu.call('GET', `${path}${path.includes('?') ? '&' : '?'}rev=old`);
        expect(stale.status).toBe(200);
      }
    });

    test('should change the find revision on register, status, properties, re-register and deregister', async ({ emu }) => {
      const id = await createService(emu, { serviceName: 'stock' });
      const path = `${REG}/instances?appId=shop&serviceName=stock&version=latest`;
      const revision = async () => (await emu.call('GET', path)).headers.get('x-resource-revision')!;
      const seen = [await revision()];
      const instanceId = await registerInstance(emu, id, { instanceId: 'i1', endpoints: ['rest:1.1.1.1:1'] });
      seen.push(await revision());
      await emu.call('PUT', `${instancesPath(id, instanceId)}/status?value=DOWN`);
      seen.push(await revision());
      await emu.call('PUT', `${instancesPath(id, instanceId)}/properties`, { body: { properties: { a: 'b' } } });
      seen.push(await revision());
      await registerInstance(emu, id, { instanceId: 'i1', endpoints: ['rest:1.1.1.1:1'] });
      seen.push(await revision());
      await emu.call('DELETE', instancesPath(id, instanceId));
      seen.push(await revision());
      expect(new Set(seen).size).toBe(seen.length);
      // A heartbeat is not a change.
      await registerInstance(emu, id, { instanceId: 'i2' });
      const before = await revision();
      await emu.call('PUT', `${instancesPath(id, 'i2')}/heartbeat`);
      expect(await revision()).toBe(before);
    });

    test('should change the revision of one instance when it changes, not when a sibling does', async ({ emu }) => {
      const id = await createService(emu, { serviceName: 'stock' });
      const a = await registerInstance(emu, id);
      const b = await registerInstance(emu, id);
      const revOf = async (instanceId: string) => (await emu.call('GET', instancesPath(id, instanceId))).headers.get('x-resource-revision');
      const ra = await revOf(a);
      await emu.call('PUT', `${instancesPath(id, b)}/status?value=DOWN`);
      expect(await revOf(a)).toBe(ra);
      await emu.call('PUT', `${instancesPath(id, a)}/status?value=DOWN`);
      expect(await revOf(a)).not.toBe(ra);
    });
  });

  describe('batch find (§5.22)', () => {
    const batch = (emu: TestEmulator, body: unknown, type = 'query', headers: Record<string, string> = {}) =>
      emu.call('POST', `${REG}/instances/action?type=${type}`, { body, headers });

    test('should answer updated, notModified and failed per index for services', async ({ emu }) => {
      const ids = await seedStock(emu);
      const first = await batch(emu, {
        services: [
          { service: { environment: 'development', appId: 'shop', serviceName: 'stock', version: 'latest' } },
          { service: { appId: 'shop', serviceName: 'nope', version: 'latest' } },
          { service: { appId: 'shop', serviceName: 'stock', version: '1.0.0-2.0.0' }, rev: 'stale' },
          { service: { appId: 'shop', serviceName: 'ghost', version: '1.0.0' } },
        ],
      });
      expect(first.status).toBe(200);
      expect(Object.keys(first.body)).toEqual(['services']);
      const { updated, failed, notModified } = first.body.services;
      expect(notModified).toBeUndefined();
      expect(updated.map((u: { index: number }) => u.index)).toEqual([0, 2]);
      expect(updated[0].instances.map((i: { serviceId: string }) => i.serviceId)).toEqual([ids['2.0.1']]);
      expect(updated[0].rev).toMatch(/^[0-9a-f]{40}$/);
      expect(failed).toEqual([{ indexes: [1, 3], error: { errorCode: '400012', errorMessage: expect.any(String), detail: expect.any(String) } }]);

      const rev0 = updated[0].rev as string;
      const second = await batch(emu, { services: [{ service: { appId: 'shop', serviceName: 'stock', version: 'latest' }, rev: rev0 }] });
      expect(second.body).toEqual({ services: { notModified: [0] } });

      // The same rev as GET /registry/instances gives.
      const single = await emu.call('GET', `${REG}/instances?appId=shop&serviceName=stock&version=latest`);
      expect(single.headers.get('x-resource-revision')).toBe(rev0);

      await registerInstance(emu, ids['2.0.1']!);
      const third = await batch(emu, { services: [{ service: { appId: 'shop', serviceName: 'stock', version: 'latest' }, rev: rev0 }] });
      expect(third.body.services.updated[0].instances).toHaveLength(2);
    });

    test('should answer per index for instances: updated, notModified, 400012 and 400017 failures', async ({ emu }) => {
      const id = await createService(emu, { serviceName: 'stock' });
      const instanceId = await registerInstance(emu, id);
      const first = await batch(emu, {
        instances: [
          { instance: { serviceId: id, instanceId } },
          { instance: { serviceId: id, instanceId: 'nope' } },
          { instance: { serviceId: 'ghost', instanceId: 'nope' } },
        ],
      });
      expect(first.status).toBe(200);
      expect(Object.keys(first.body)).toEqual(['instances']);
      const { updated, failed } = first.body.instances;
      expect(updated).toEqual([{ index: 0, rev: expect.any(String), instances: [expect.objectContaining({ instanceId })] }]);
      expect(failed.map((f: { indexes: number[]; error: { errorCode: string } }) => [f.error.errorCode, f.indexes])).toEqual([
        ['400017', [1]],
        ['400012', [2]],
      ]);
      const again = await batch(emu, { instances: [{ instance: { serviceId: id, instanceId }, rev: updated[0].rev }] });
      expect(again.body).toEqual({ instances: { notModified: [0] } });
    });

    test('should answer both lists when both are asked', async ({ emu }) => {
      const id = await createService(emu, { serviceName: 'stock' });
      const instanceId = await registerInstance(emu, id);
      const res = await batch(emu, {
        services: [{ service: { appId: 'shop', serviceName: 'stock', version: '1.0.0' } }],
        instances: [{ instance: { serviceId: id, instanceId } }],
      });
      expect(res.body.services.updated).toHaveLength(1);
      expect(res.body.instances.updated).toHaveLength(1);
    });

    test('should record dependencies for the X-ConsumerId', async ({ emu }) => {
      await seedStock(emu);
      const cart = await createService(emu, { serviceName: 'cart' });
      await batch(emu, { services: [{ service: { appId: 'shop', serviceName: 'stock', version: 'latest' } }] }, 'query', { 'X-ConsumerId': cart });
      const providers = await emu.call('GET', `${REG}/microservices/${cart}/providers`);
      expect(providers.body.providers.map((p: { version: string }) => p.version)).toEqual(['2.0.1']);
    });

    test('should refuse another type, a missing type, empty or missing lists and bad entries with 400001', async ({ emu }) => {
      const body = { services: [{ service: { appId: 'shop', serviceName: 'stock', version: 'latest' } }] };
      expectCseError(await batch(emu, body, 'find'), 400, '400001', /'type'/);
      expectCseError(await emu.call('POST', `${REG}/instances/action`, { body }), 400, '400001', /'type'/);
      expectCseError(await batch(emu, { services: [], instances: [] }), 400, '400001', /empty/);
      expectCseError(await batch(emu, {}), 400, '400001', /empty/);
      expectCseError(await batch(emu, undefined), 400, '400001', /empty/);
      expectCseError(await batch(emu, { services: [{ service: { appId: 'shop', serviceName: 'stock' } }] }), 400, '400001', /'version'/);
      expectCseError(await batch(emu, { instances: [{ instance: { serviceId: 'x' } }] }), 400, '400001', /instanceId/);
      expectCseError(await batch(emu, { services: 'all' }), 400, '400001', /'services'/);
    });
  });
});
