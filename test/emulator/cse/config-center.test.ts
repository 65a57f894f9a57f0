import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { call, startTestEmulator, type TestEmulator } from '../../support/emulator.js';

describe('config center (§5.19) and its seeding control route', () => {
  let emu: TestEmulator;
  beforeAll(async () => {
    emu = await startTestEmulator();
  });
  afterAll(() => emu.stop());
  beforeEach(() => emu.reset(false));

  const seed = (body: unknown) => call(emu.url, 'POST', '/__emulator/config-items', { body });
  const items = (query: string, headers: Record<string, string> = {}, token = emu.token) =>
    emu.call('GET', `/v3/default/configuration/items?${query}`, { headers, token });
  const expectConfigError = (res: { status: number; body: unknown }) => {
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error_code: 'SVCSTG.00300607', error_msg: expect.any(String) });
  };

  it('should answer the reference example: both dimensions of service@app#version, and a revision', async () => {
    expect((await seed({ dimension: 'service@app', items: { k1: 'v1' } })).status).toBe(200);
    const seeded = await seed({ dimension: 'service@app#1.0.0', items: { k2: 'v2' } });
    expect(seeded.body).toEqual({ revision: expect.any(String) });
    const res = await items('dimensionsInfo=service%40app%231.0.0');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ 'service@app': { k1: 'v1' }, 'service@app#1.0.0': { k2: 'v2' }, revision: { version: seeded.body.revision } });
  });

  it('should answer only service@app for a dimension without a version', async () => {
    await seed({ dimension: 'service@app', items: { k1: 'v1' } });
    await seed({ dimension: 'service@app#1.0.0', items: { k2: 'v2' } });
    const res = await items('dimensionsInfo=service%40app');
    expect(res.body).toEqual({ 'service@app': { k1: 'v1' }, revision: { version: expect.any(String) } });
  });

  it('should filter keys with the keyFilter regular expression', async () => {
    await seed({ dimension: 'svc@app', items: { 'db.url': 'u', 'db.user': 'x', timeout: '3' } });
    const res = await items(`dimensionsInfo=svc%40app&keyFilter=${encodeURIComponent('^db\\.')}`);
    expect(res.body['svc@app']).toEqual({ 'db.url': 'u', 'db.user': 'x' });
  });

  it('should answer 304 with no body for the current revision, and a new revision after a change', async () => {
    await seed({ dimension: 'svc@app', items: { a: '1' } });
    const first = await items('dimensionsInfo=svc%40app%232.0');
    const rev = first.body.revision.version as string;
    const same = await items(`dimensionsInfo=svc%40app%232.0&revision=${rev}`);
    expect(same.status).toBe(304);
    expect(same.body).toBeUndefined();
    // A change in either asked dimension changes the revision; one in another dimension does not.
    await seed({ dimension: 'other@app', items: { a: '2' } });
    expect((await items(`dimensionsInfo=svc%40app%232.0&revision=${rev}`)).status).toBe(304);
    await seed({ dimension: 'svc@app#2.0', items: { b: '2' } });
    const changed = await items(`dimensionsInfo=svc%40app%232.0&revision=${rev}`);
    expect(changed.status).toBe(200);
    expect(changed.body.revision.version).not.toBe(rev);
    expect(changed.body['svc@app#2.0']).toEqual({ b: '2' });
  });

  it('should keep items per x-environment; other values count as none', async () => {
    await seed({ environment: 'production', dimension: 'svc@app', items: { where: 'prod' } });
    await seed({ dimension: 'svc@app', items: { where: 'none' } });
    expect((await items('dimensionsInfo=svc%40app', { 'x-environment': 'production' })).body['svc@app']).toEqual({ where: 'prod' });
    expect((await items('dimensionsInfo=svc%40app', { 'x-environment': 'testing' })).body['svc@app']).toEqual({});
    expect((await items('dimensionsInfo=svc%40app')).body['svc@app']).toEqual({ where: 'none' });
    expect((await items('dimensionsInfo=svc%40app', { 'x-environment': 'staging' })).body['svc@app']).toEqual({ where: 'none' });
  });

  it.each([
    ['a missing dimensionsInfo', ''],
    ['a dimension without appId', 'dimensionsInfo=svc'],
    ['a dimension with a space', `dimensionsInfo=${encodeURIComponent('my svc@app')}`],
    ['a dimension with a slash', `dimensionsInfo=${encodeURIComponent('svc@app/x')}`],
    ['a dimension with two @', `dimensionsInfo=${encodeURIComponent('a@b@c')}`],
    ['an invalid keyFilter', `dimensionsInfo=svc%40app&keyFilter=${encodeURIComponent('(')}`],
  ])('should refuse %s with 400 SVCSTG.00300607', async (_name, query) => {
    expectConfigError(await items(query));
  });

  it('should refuse a bad seed with 400', async () => {
    expect((await seed({ dimension: 'bad', items: {} })).status).toBe(400);
    expect((await seed({ dimension: 'svc@app', items: { n: 1 } })).status).toBe(400);
    expect((await seed({ dimension: 'svc@app', environment: 'staging', items: {} })).status).toBe(400);
    expect((await seed({ project: 'nope', dimension: 'svc@app', items: {} })).status).toBe(400);
    expect((await seed('x')).status).toBe(400);
  });

  it('should seed another project by name or id', async () => {
    expect((await seed({ project: emu.projects[1]!.name, dimension: 'svc@app', items: { team: 'b' } })).status).toBe(200);
    expect((await seed({ project: emu.projects[1]!.id, dimension: 'svc@app', items: { more: 'yes' } })).status).toBe(200);
    const theirs = await items('dimensionsInfo=svc%40app', {}, emu.otherToken);
    expect(theirs.body['svc@app']).toEqual({ team: 'b', more: 'yes' });
  });

  it('should require a token (401 SVCSTG.00300401)', async () => {
    const res = await call(emu.url, 'GET', '/v3/default/configuration/items?dimensionsInfo=svc%40app');
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error_code: 'SVCSTG.00300401' });
  });
});
