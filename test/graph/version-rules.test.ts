import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareVersions, filterByRule, parseVersionRule } from '../../src/upstream/version-rules.js';

const at = (...versions: string[]) => versions.map((version) => ({ version }));
const kept = (rule: string, versions: string[], known?: string[]) => filterByRule(rule, at(...versions), known).map((i) => i.version);

describe('version rules applied by the gateway', () => {
  const all = ['1.0.0', '1.5', '2.0.0', '2.0.1', '10.0'];

  it('should keep an exact version, comparing numerically (1.5 is 1.5.0.0)', () => {
    expect(kept('1.5.0', all)).toEqual(['1.5']);
    expect(kept('9.9.9', all)).toEqual([]);
  });

  it('should keep X+ and A-B (A inclusive, B exclusive; en dash too)', () => {
    expect(kept('2.0.0+', all)).toEqual(['2.0.0', '2.0.1', '10.0']);
    expect(kept('1.5-2.0.1', all)).toEqual(['1.5', '2.0.0']);
    expect(kept('1.5\u20132.0.1', all)).toEqual(['1.5', '2.0.0']);
  });

  it('should keep the highest for latest: of the known versions when given, else of the items', () => {
    expect(kept('latest', all)).toEqual(['10.0']);
    expect(kept('latest', ['1.0.0', '2.0.0'], ['1.0.0', '2.0.0', '3.0.0'])).toEqual([]);
  });

  it('should keep nothing for a rule that is not one', () => {
    expect(parseVersionRule('garbage')).toBeUndefined();
    expect(kept('garbage', all)).toEqual([]);
  });

  it('should order versions as numbers whatever their length', () => {
    const version = fc.array(fc.integer({ min: 0, max: 32767 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(version, version, (a, b) => {
        const pad = (v: number[]) => [...v, 0, 0, 0].slice(0, 4);
        const expected = Math.sign(pad(a).reduce((d, x, i) => d || x - pad(b)[i]!, 0));
        expect(Math.sign(compareVersions(a.join('.'), b.join('.')))).toBe(expected);
      }),
    );
  });

  it('should filter as the rule reads, whatever the versions: each item compared on its own', () => {
    const part = fc.integer({ min: 0, max: 40000 });
    const version = fc.oneof(
      fc.array(part, { minLength: 1, maxLength: 5 }).map((p) => p.join('.')),
      fc.constantFrom('', 'x', '1..2', '1.0-beta', ' 1.0'),
    );
    const valid = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 4 }).map((p) => p.join('.'));
    const rule = fc.oneof(valid, valid.map((v) => `${v}+`), fc.tuple(valid, valid).map(([a, b]) => `${a}-${b}`), fc.constant('latest'));
    const isVersion = (v: string) => /^[0-9]+(\.[0-9]+){0,3}$/.test(v) && v.split('.').every((p) => Number(p) <= 32767);
    const expected = (r: string, versions: string[]): string[] => {
      const ok = versions.filter(isVersion);
      if (r === 'latest') {
        const top = ok.reduce<string | undefined>((a, b) => (a === undefined || compareVersions(b, a) > 0 ? b : a), undefined);
        return top === undefined ? [] : ok.filter((v) => compareVersions(v, top) === 0);
      }
      if (r.endsWith('+')) return ok.filter((v) => compareVersions(v, r.slice(0, -1)) >= 0);
      const [from, to] = r.split('-');
      if (to !== undefined) return ok.filter((v) => compareVersions(v, from) >= 0 && compareVersions(v, to) < 0);
      return ok.filter((v) => compareVersions(v, r) === 0);
    };
    fc.assert(
      fc.property(rule, fc.array(version, { maxLength: 12 }), (r, versions) => {
        expect(kept(r, versions)).toEqual(expected(r, versions));
      }),
    );
  });
});
