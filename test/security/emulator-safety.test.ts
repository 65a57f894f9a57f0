import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.js';
import type { TestEmulator } from '../support/emulator.js';
import { call } from '../support/emulator.js';
import { CallCounter, RECENT_MAX_BYTES } from '../../src/emulator/calls.js';

/** The emulator is safe to run on a laptop: no pattern freezes it, no field fills its memory, no web page drives it. */
describe('emulator safety', () => {
  test.beforeEach(({ emu }) => emu.reset(false));

  const items = (emu: TestEmulator, keyFilter: string) => emu.call('GET', `/v3/default/configuration/items?dimensionsInfo=svc%40app&keyFilter=${encodeURIComponent(keyFilter)}`);

  test('should match a catastrophic-backtracking keyFilter in linear time, with the right answer', async ({ emu }) => {
    const longKey = 'a'.repeat(5_000);
    await call(emu.url, 'POST', '/__emulator/config-items', { body: { dimension: 'svc@app', items: { [longKey]: '1', [`${longKey}x`]: '2', 'db.url': 'u' } } });
    // With a backtracking engine this one request takes longer than the age of the universe.
    const res = await items(emu, '^(.*.*)*x$');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body['svc@app'])).toEqual([`${longKey}x`]);
    // The emulator still answers everything else.
    expect((await items(emu, '^db\\.')).body['svc@app']).toEqual({ 'db.url': 'u' });
  });

  test('should refuse what RE2 cannot match in linear time (backreferences, lookaround) and overlong filters, naming the problem', async ({ emu }) => {
    for (const filter of ['(a)\\1', '(?=a)a', 'a'.repeat(600)]) {
      const res = await items(emu, filter);
      expect(res.status, filter).toBe(400);
      expect(res.body.error_code).toBe('SVCSTG.00300607');
      expect(res.body.error_msg).toMatch(/keyFilter/);
      expect(res.body.error_msg.length).toBeLessThan(1_000);
    }
  });

  test('should quote at most 200 characters of a 1 MB invalid field, and keep the request log small', async ({ emu }) => {
    const huge = 'x'.repeat(1_048_576);
    const posts = 40;
    for (let i = 0; i < posts; i++) {
      const res = await emu.call('POST', '/v4/default/registry/microservices', { body: { service: { serviceName: `${huge}!`, appId: 'app', version: '1.0.0' } } });
      expect(res.status).toBe(400);
      expect(res.body.errorCode).toBe('400001');
      expect(JSON.stringify(res.body).length).toBeLessThan(2_000);
      expect(res.body.detail).toMatch(/MicroService\.ServiceName/);
      expect(res.body.detail).toMatch(/1048577 characters/);
    }
    const log = await fetch(`${emu.url}/__emulator/requests`);
    const text = await log.text();
    expect((JSON.parse(text) as { requests: unknown[] }).requests.length).toBeGreaterThanOrEqual(posts);
    // 40 echoed megabytes would be 40 MB here.
    expect(text.length).toBeLessThan(posts * 2_000);
  });

  test('should bound the request log in bytes, not only in entries', () => {
    const counter = new CallCounter();
    const requestId = 'r'.repeat(5_000);
    const message = 'm'.repeat(100_000);
    for (let i = 0; i < 30_000; i++) counter.record({ route: 'POST /v4/{project_id}/registry/microservices', requestId, status: 400, errorCode: '400001', message });
    expect(counter.recentBytes).toBeLessThanOrEqual(RECENT_MAX_BYTES);
    expect(JSON.stringify(counter.recent()).length).toBeLessThanOrEqual(RECENT_MAX_BYTES);
    expect(counter.recent().length).toBeGreaterThan(1_000);
  });

  test('should refuse control calls from another origin, and bodies that are not JSON', async ({ emu }) => {
    await call(emu.url, 'POST', '/__emulator/config-items', { body: { dimension: 'svc@app', items: { k: 'v' } } });
    const kept = async () => Object.keys((await items(emu, '')).body['svc@app'] ?? {}).length;
    // A page on another site posts a "simple" request (no preflight): refused, nothing reset.
    const crossSite = await fetch(`${emu.url}/__emulator/reset`, { method: 'POST', headers: { origin: 'http://evil.example', 'content-type': 'text/plain' }, body: '{"demo":false}' });
    expect(crossSite.status).toBe(403);
    const crossSiteJson = await fetch(`${emu.url}/__emulator/reset`, { method: 'POST', headers: { origin: 'http://evil.example', 'content-type': 'application/json' }, body: '{"demo":false}' });
    expect(crossSiteJson.status).toBe(403);
    const crossSiteGet = await fetch(`${emu.url}/__emulator/info`, { headers: { origin: 'http://evil.example' } });
    expect(crossSiteGet.status).toBe(403);
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await fetch(`${emu.url}/__emulator/reset`, { method: 'POST', headers: { 'content-type': contentType }, body: '{"demo":false}' });
      expect(res.status, contentType).toBe(415);
      expect(((await res.json()) as { error: string }).error).toMatch(/application\/json/);
    }
    expect(await kept()).toBe(1);
    // Its own origin and tools without an Origin still work.
    const own = await fetch(`${emu.url}/__emulator/clock`, { headers: { origin: new URL(emu.url).origin } });
    expect(own.status).toBe(200);
    const tool = await fetch(`${emu.url}/__emulator/reset`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"demo":false}' });
    expect(tool.status).toBe(204);
    expect(await kept()).toBe(0);
  });
});
