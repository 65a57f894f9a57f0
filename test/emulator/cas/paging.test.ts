import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestEmulator } from '../../support/emulator.js';
import { cas, expectError, startCasEmulator } from './helpers.js';

/** §4.2.2 Table 4-16 list rules, exercised on the application list (every CAS list shares them). */
describe('CAS list paging and ordering', () => {
  let emu: TestEmulator;
  /** app-01 .. app-12, created in that order one emulator millisecond apart. */
  const names = Array.from({ length: 12 }, (_, i) => `app-${String(i + 1).padStart(2, '0')}`);
  const list = async (query: string) => emu.call('GET', cas(emu, `/applications${query}`));
  const namesOf = (body: { applications: { name: string }[] }) => body.applications.map((a) => a.name);

  beforeAll(async () => {
    emu = await startCasEmulator();
    // Created in a shuffled order so that name order and creation order differ.
    for (const name of [...names.slice(6), ...names.slice(0, 6)]) {
      await emu.call('POST', cas(emu, '/applications'), { body: { name } });
      await emu.advance(1);
    }
  });
  afterAll(() => emu.stop());

  it('should return everything, newest first, without a limit', async () => {
    const res = await list('');
    expect(res.body.count).toBe(12);
    expect(namesOf(res.body)).toEqual([...names.slice(0, 6)].reverse().concat([...names.slice(6)].reverse()));
  });

  it('should return everything with limit 1000', async () => {
    const res = await list('?limit=1000');
    expect(res.body.applications).toHaveLength(12);
  });

  it('should page with a limit from 0 to 100 and an offset', async () => {
    const res = await list('?limit=5&offset=10&order_by=name&order=asc');
    expect(res.body.count).toBe(12);
    expect(namesOf(res.body)).toEqual(['app-11', 'app-12']);
    const zero = await list('?limit=0');
    expect(zero.body).toEqual({ count: 12, applications: [] });
    const all = await list('?limit=100');
    expect(all.body.applications).toHaveLength(12);
  });

  it.each(['101', '999', '1001', '-1'])('should replace the out of range limit %s by 10', async (limit) => {
    const res = await list(`?limit=${limit}`);
    expect(res.status).toBe(200);
    expect(res.body.count).toBe(12);
    expect(res.body.applications).toHaveLength(10);
  });

  it.each([
    ['limit=abc', /limit/],
    ['limit=1.5', /limit/],
    ['offset=-1', /offset/],
    ['offset=2.5', /offset/],
    ['offset=x', /offset/],
    ['order=sideways', /order/],
  ])('should refuse %s with 400 SVCSTG.00100400', async (query, detail) => {
    expectError(await list(`?${query}`), 400, 'SVCSTG.00100400', detail);
  });

  it('should give an empty page past the end', async () => {
    const res = await list('?offset=50');
    expect(res.body).toEqual({ count: 12, applications: [] });
  });

  it('should order by name both ways', async () => {
    expect(namesOf((await list('?order_by=name&order=asc')).body)).toEqual(names);
    expect(namesOf((await list('?order_by=name')).body)).toEqual([...names].reverse());
  });

  it('should fall back to create_time for an unknown order_by', async () => {
    const fallback = await list('?order_by=colour&order=asc');
    const byCreate = await list('?order_by=create_time&order=asc');
    expect(namesOf(fallback.body)).toEqual(namesOf(byCreate.body));
    expect(namesOf(byCreate.body)[0]).toBe('app-07');
  });

  it('should order by update_time', async () => {
    const first = (await list('?order_by=name&order=asc')).body.applications[0];
    await emu.advance(10);
    await emu.call('PUT', cas(emu, `/applications/${first.id}`), { body: { description: 'touched' } });
    expect(namesOf((await list('?order_by=update_time')).body)[0]).toBe('app-01');
  });
});
