import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EmulatorClock } from '../../../src/emulator/clock.js';
import { RegistryError } from '../../../src/emulator/cse/errors.js';
import { effectiveHealthCheck, leaseTtlMs } from '../../../src/emulator/cse/leases.js';
import { Registry } from '../../../src/emulator/cse/registry.js';
import { compareVersions, parseVersion, parseVersionRule, selectVersions } from '../../../src/emulator/cse/versions.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    if (err instanceof RegistryError) return err.code;
    throw err;
  }
  return undefined;
}

describe('versions (§5.18 version rules)', () => {
  it('should parse 1-4 numeric parts of 0-32767 and nothing else', () => {
    expect(parseVersion('1')).toEqual([1, 0, 0, 0]);
    expect(parseVersion('1.2.3.4')).toEqual([1, 2, 3, 4]);
    expect(parseVersion('32767.0')).toEqual([32767, 0, 0, 0]);
    for (const bad of ['', '1.2.3.4.5', '32768', '1.a', '1..2', '.1', 'v1', '1.0-beta']) expect(parseVersion(bad)).toBeUndefined();
  });

  it('should compare numerically with missing parts as 0', () => {
    expect(compareVersions('1.10', '1.9')).toBeGreaterThan(0);
    expect(compareVersions('1.0', '1.0.0.0')).toBe(0);
    expect(compareVersions('2', '10')).toBeLessThan(0);
  });

  it('should parse the four rule kinds, with a hyphen or an en dash for ranges', () => {
    expect(parseVersionRule('1.0.0')).toEqual({ kind: 'exact', version: '1.0.0' });
    expect(parseVersionRule('latest')).toEqual({ kind: 'latest' });
    expect(parseVersionRule('1.0+')).toEqual({ kind: 'atLeast', from: '1.0' });
    expect(parseVersionRule('0.1.0-0.2.0')).toEqual({ kind: 'range', from: '0.1.0', to: '0.2.0' });
    expect(parseVersionRule('0.1.0–0.2.0')).toEqual({ kind: 'range', from: '0.1.0', to: '0.2.0' });
    for (const bad of ['', 'newest', '+', '1.0-', '-1.0', '1.0-2.0-3.0', 'latest+']) expect(parseVersionRule(bad)).toBeUndefined();
  });

  it('should select versions: range lower bound inclusive, upper exclusive; latest keeps the highest', () => {
    const vs = ['0.1.0', '0.1.5', '0.2.0', '1.0'].map((version) => ({ version }));
    const pick = (rule: string) => selectVersions(parseVersionRule(rule)!, vs).map((v) => v.version);
    expect(pick('0.1.0-0.2.0')).toEqual(['0.1.0', '0.1.5']);
    expect(pick('0.2+')).toEqual(['0.2.0', '1.0']);
    expect(pick('latest')).toEqual(['1.0']);
    expect(pick('1.0.0')).toEqual(['1.0']);
  });
});

describe('health checks and leases', () => {
  it('should default to push / 30 s / 3 times and a 120 s TTL', () => {
    const hc = effectiveHealthCheck(undefined);
    expect(hc).toEqual({ mode: 'push', interval: 30, times: 3 });
    expect(leaseTtlMs(hc)).toBe(120_000);
  });

  it('should raise interval to 5 and times to 3, and force pull to 30 / 3', () => {
    expect(effectiveHealthCheck({ mode: 'push', interval: 2, times: 1 })).toEqual({ mode: 'push', interval: 5, times: 3 });
    expect(effectiveHealthCheck({ mode: 'push', interval: 60 })).toEqual({ mode: 'push', interval: 60, times: 3 });
    expect(effectiveHealthCheck({ mode: 'pull', interval: 1, times: 9, port: 80 })).toEqual({ mode: 'pull', interval: 30, times: 3, port: 80 });
  });
});

describe('registry quotas (400100), with lowered limits', () => {
  let clock: EmulatorClock;
  beforeEach(() => {
    clock = new EmulatorClock();
  });
  afterEach(() => clock.stop());

  const service = (serviceName: string, extra: Record<string, unknown> = {}) => ({ service: { appId: 'a', serviceName, version: '1.0.0', ...extra } });
  const instance = (n: number, instanceId?: string) => ({ instance: { ...(instanceId ? { instanceId } : {}), hostName: `h${n}`, endpoints: [`rest:10.0.0.${n}:80`] } });

  it('should refuse a service beyond the services quota, but still answer an existing one', () => {
    const registry = new Registry({ projectId: 'p', clock, limits: { services: 2 } });
    registry.createService(service('s1'));
    const s2 = registry.createService(service('s2'));
    expect(codeOf(() => registry.createService(service('s3')))).toBe('400100');
    expect(registry.createService(service('s2'))).toBe(s2);
  });

  it('should refuse an instance beyond the instances quota, but let an existing one register again', () => {
    const registry = new Registry({ projectId: 'p', clock, limits: { instances: 2 } });
    const id = registry.createService(service('s1'));
    registry.registerInstance(id, instance(1, 'i1'));
    registry.registerInstance(id, instance(2));
    expect(codeOf(() => registry.registerInstance(id, instance(3)))).toBe('400100');
    expect(registry.registerInstance(id, instance(4, 'i1'))).toBe('i1');
    registry.deregisterInstance(id, 'i1');
    expect(codeOf(() => registry.registerInstance(id, instance(3)))).toBeUndefined();
  });

  it('should refuse a schema beyond the per-service quota, at creation and on PUT', () => {
    const registry = new Registry({ projectId: 'p', clock, limits: { schemasPerService: 2 } });
    expect(codeOf(() => registry.createService(service('s0', { schemas: ['a', 'b', 'c'] })))).toBe('400100');
    const id = registry.createService(service('s1'));
    registry.putSchema(id, 'a', { schema: 'x' });
    registry.putSchema(id, 'b', { schema: 'x' });
    expect(codeOf(() => registry.putSchema(id, 'c', { schema: 'x' }))).toBe('400100');
    expect(codeOf(() => registry.putSchema(id, 'a', { schema: 'changed' }))).toBeUndefined();
  });

  it('should refuse tags beyond the per-service quota', () => {
    const registry = new Registry({ projectId: 'p', clock, limits: { tagsPerService: 2 } });
    expect(codeOf(() => registry.createService({ ...service('s0'), tags: { a: '1', b: '2', c: '3' } }))).toBe('400100');
    const id = registry.createService({ ...service('s1'), tags: { a: '1', b: '2' } });
    expect(codeOf(() => registry.addTags(id, { c: '3' }))).toBe('400100');
    expect(codeOf(() => registry.addTags(id, { a: 'changed' }))).toBeUndefined();
    expect(registry.tagsOf(id)).toEqual({ a: 'changed', b: '2' });
  });

  it('should default to the quotas of registry-behaviour.md', () => {
    expect(new Registry({ projectId: 'p', clock }).limits).toEqual({ services: 50_000, instances: 150_000, schemasPerService: 100, tagsPerService: 100 });
  });
});
