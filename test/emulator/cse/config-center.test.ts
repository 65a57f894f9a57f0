import { describe, expect } from 'vitest';
import { test } from '../../support/fixtures.js';
import { call, type TestEmulator } from '../../support/emulator.js';

describe('config center (§5.19) and its seeding control route', () => {
  test.beforeEach(({ emu }) => emu.reset(false));

  const seed = (emu: TestEmulator, body: unknown) => call(emu.url, 'POST', '/__emulator/config-items', { body });
  const items = (emu: TestEmulator, query: string, headers: Record<string, string> = {}, token = emu.token) =>
    emu.call('GET', `/v3/default/configuration/items?${query}`, { headers, token });
  const expectConfigError = (res: { status: number; body: unknown }) => {
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error_code: 'SVCSTG.00300607', error_msg: expect.any(String) });
  };

  test('should answer the reference example: both dimensions of service@app#version, and a revision', async ({ emu }) => {
    expect((await seed(emu, { dimension: 'service@app', items: { k1: 'v1' } })).status).toBe(200);
    const seeded = await seed(emu, { dimension: 'service@app#1.0.0', items: { k2: 'v2' } });
    expect(seeded.body).toEqual({ revision: expect.any(String) });
    const res = await items(emu, 'dimensionsInfo=service%40app%231.0.0');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ 'service@app': { k1: 'v1' }, 'service@app#1.0.0': { k2: 'v2' }, revision: { version: seeded.body.revision } });
  });

  test('should answer only service@app for a dimension without a version', async ({ emu }) => {
    await seed(emu, { dimension: 'service@app', items: { k1: 'v1' } });
    await seed(emu, { dimension: 'service@app#1.0.0', items: { k2: 'v2' } });
    const res = await items(emu, 'dimensionsInfo=service%40app');
    expect(res.body).toEqual({ 'service@app': { k1: 'v1' }, revision: { version: expect.any(String) } });
  });

  test('should filter keys with the keyFilter regular expression', async ({ emu }) => {
    await seed(emu, { dimension: 'svc@app', items: { 'db.url': 'u', 'db.user': 'x', timeout: '3' } });
    const res = await items(emu, `dimensionsInfo=svc%40app&keyFilter=${encodeURIComponent('^db\\.')}`);
    expect(res.body['svc@app']).toEqual({ 'db.url': 'u', 'db.user': 'x' });
  });

  test('should answer 304 with no body for the current revision, and a new revision after a change', async ({ emu }) => {
    await seed(emu, { dimension: 'svc@app', items: { a: '1' } });
    const first = await items(emu, 'dimensionsInfo=svc%40app%232.0');
    const rev = first.body.revision.version as string;
    const same = await items(emu, `dimensionsInfo=svc%40app%232.0&revision=${rev}`);
    expect(same.status).toBe(304);
    expect(same.body).toBeUndefined();
    // A change in either asked dimension changes the revision; one in another dimension does not.
    await seed(emu, { dimension: 'other@app', items: { a: '2' } });
    expect((await items(emu, `dimensionsInfo=svc%40app%232.0&revision=${rev}`)).status).toBe(304);
    await seed(emu, { dimension: 'svc@app#2.0', items: { b: '2' } });
    const changed = await items(emu, `dimensionsInfo=svc%40app%232.0&revision=${rev}`);
    expect(changed.status).toBe(200);
    expect(changed.body.revision.version).not.toBe(rev);
    expect(changed.body['svc@app#2.0']).toEqual({ b: '2' });
  });

  test('should keep items per x-environment; other values count as none', async ({ emu }) => {
    await seed(emu, { environment: 'production', dimension: 'svc@app', items: { where: 'prod' } });
    await seed(emu, { dimension: 'svc@app', items: { where: 'none' } });
    expect((await items(emu, 'dimensionsInfo=svc%40app', { 'x-environment': 'production' })).body['svc@app']).toEqual({ where: 'prod' });
    expect((await items(emu, 'dimensionsInfo=svc%40app', { 'x-environment': 'testing' })).body['svc@app']).toEqual({});
    expect((await items(emu, 'dimensionsInfo=svc%40app')).body['svc@app']).toEqual({ where: 'none' });
    expect((await items(emu, 'dimensionsInfo=svc%40app', { 'x-environment': 'staging' })).body['svc@app']).toEqual({ where: 'none' });
  });

  test.for([
    ['a missing dimensionsInfo', ''],
    ['a dimension without appId', 'dimensionsInfo=svc'],
    ['a dimension with a space', `dimensionsInfo=${encodeURIComponent('my svc@app')}`],
    ['a dimension with a slash', `dimensionsInfo=${encodeURIComponent('svc@app/x')}`],
    ['a dimension with two @', `dimensionsInfo=${encodeURIComponent('a@b@c')}`],
    ['an invalid keyFilter', `dimensionsInfo=svc%40app&keyFilter=${encodeURIComponent('(')}`],
  ] as const)('should refuse %s with 400 SVCSTG.00300607', async ([_name, query], { emu }) => {
    expectConfigError(await items(emu, query));
  });

  test('should refuse a bad seed with 400', async ({ emu }) => {
    expect((await seed(emu, { dimension: 'bad', items: {} })).status).toBe(400);
    expect((await seed(emu, { dimension: 'svc@app', items: { n: 1 } })).status).toBe(400);
    expect((await seed(emu, { dimension: 'svc@app', environment: 'staging', items: {} })).status).toBe(400);
    expect((await seed(emu, { project: 'nope', dimension: 'svc@app', items: {} })).status).toBe(400);
    expect((await seed(emu, 'x')).status).toBe(400);
  });

  test('should seed another project by name or id', async ({ emu }) => {
    expect((await seed(emu, { project: emu.projects[1]!.name, dimension: 'svc@app', items: { team: 'b' } })).status).toBe(200);
    expect((await seed(emu, { project: emu.projects[1]!.id, dimension: 'svc@app', items: { more: 'yes' } })).status).toBe(200);
    const theirs = await items(emu, 'dimensionsInfo=svc%40app', {}, emu.otherToken);
    expect(theirs.body['svc@app']).toEqual({ team: 'b', more: 'yes' });
  });

  test('should require a token (401 SVCSTG.00300401)', async ({ emu }) => {
    const res = await call(emu.url, 'GET', '/v3/default/configuration/items?dimensionsInfo=svc%40app');
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error_code: 'SVCSTG.00300401' });
  });
});
