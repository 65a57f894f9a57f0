import { describe, expect } from 'vitest';
import { test } from '../../support/fixtures.js';
import { call } from '../../support/emulator.js';
import { createService, expectCseError, registerInstance, REG } from './support.js';

describe('registry tenancy: one registry per project behind /v4/default', () => {
  test.beforeEach(({ emu }) => emu.reset(false));

  test("should show the second project's token an empty registry, never the first project's services", async ({ emu }) => {
    const id = await createService(emu, { serviceName: 'cart' });
    await registerInstance(emu, id);
    const other = { token: emu.otherToken };
    expect((await emu.call('GET', `${REG}/microservices`, other)).body).toEqual({ services: [] });
    expectCseError(await emu.call('GET', `${REG}/microservices/${id}`, other), 400, '400012');
    expectCseError(await emu.call('GET', `${REG}/instances?appId=shop&serviceName=cart&version=latest`, other), 400, '400012');
    // The same key in the second project is its own service.
    const otherId = await createService(emu, { serviceName: 'cart' }, {}, emu.otherToken);
    expect(otherId).not.toBe(id);
    expect((await emu.call('GET', `${REG}/microservices`)).body.services.map((s: { serviceId: string }) => s.serviceId)).toEqual([id]);
  });

  test('should accept the token project id in place of default', async ({ emu }) => {
    const id = await createService(emu, { serviceName: 'cart' });
    const res = await emu.call('GET', `/v4/${emu.projects[0]!.id}/registry/microservices/${id}`);
    expect(res.status).toBe(200);
    expect(res.body.service.serviceId).toBe(id);
  });

  test('should answer 401 / 401002 without a token', async ({ emu }) => {
    const res = await call(emu.url, 'GET', `${REG}/microservices`);
    expectCseError(res, 401, '401002');
    expectCseError(await call(emu.url, 'GET', `${REG}/microservices`, { token: 'MIInot-a-token' }), 401, '401002');
  });

  test("should answer 401 when the second project's token names the first project in the path", async ({ emu }) => {
    const res = await emu.call('GET', `/v4/${emu.projects[0]!.id}/registry/microservices`, { token: emu.otherToken });
    expectCseError(res, 401, '401002');
  });

  test('should keep config items per project', async ({ emu }) => {
    await call(emu.url, 'POST', '/__emulator/config-items', { body: { dimension: 'cart@shop', items: { k: 'v' } } });
    const mine = await emu.call('GET', '/v3/default/configuration/items?dimensionsInfo=cart%40shop');
    expect(mine.body['cart@shop']).toEqual({ k: 'v' });
    const theirs = await emu.call('GET', '/v3/default/configuration/items?dimensionsInfo=cart%40shop', { token: emu.otherToken });
    expect(theirs.body['cart@shop']).toEqual({});
  });
});
