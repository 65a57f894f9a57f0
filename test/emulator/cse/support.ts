/** Helpers for the registry tests: create services, register instances, check error answers. */
import { afterEach, beforeEach, expect } from 'vitest';
import type { CallResult, TestEmulator } from '../../support/emulator.js';
import { EmulatorClock } from '../../../src/emulator/clock.js';
import { Registry } from '../../../src/emulator/cse/registry.js';
import type { MicroService, MicroServiceInstance } from '../../../src/wire/cse.js';

export const REG = '/v4/default/registry';

/** A fresh in-memory registry (project p1) on a clock of its own before each test of the calling suite; the clock stopped after it. */
export function freshRegistry(): { readonly clock: EmulatorClock; readonly registry: Registry } {
  let current: { clock: EmulatorClock; registry: Registry } | undefined;
  beforeEach(() => {
    const clock = new EmulatorClock();
    current = { clock, registry: new Registry({ projectId: 'p1', clock }) };
  });
  afterEach(() => current?.clock.stop());
  return {
    get clock() {
      return current!.clock;
    },
    get registry() {
      return current!.registry;
    },
  };
}

let hostSeq = 0;

export async function createService(emu: TestEmulator, service: Partial<MicroService> & { serviceName: string }, extra: Record<string, unknown> = {}, token?: string): Promise<string> {
  const res = await emu.call<{ serviceId: string }>('POST', `${REG}/microservices`, {
    body: { service: { appId: 'shop', version: '1.0.0', ...service }, ...extra },
    ...(token ? { token } : {}),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.serviceId;
}

export async function registerInstance(emu: TestEmulator, serviceId: string, instance: Partial<MicroServiceInstance> = {}): Promise<string> {
  const n = ++hostSeq;
  const res = await emu.call<{ instanceId: string }>('POST', `${REG}/microservices/${serviceId}/instances`, {
    body: { instance: { hostName: `host-${n}`, endpoints: [`rest:10.0.${n % 250}.${(n >> 8) + 1}:8080`], ...instance } },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.instanceId;
}

/** Asserts a registry error answer: HTTP status, errorCode and (optionally) words of the detail. */
export function expectCseError(res: CallResult, status: number, code: string, detail?: string | RegExp): void {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body).toMatchObject({ errorCode: code, errorMessage: expect.any(String) });
  if (detail !== undefined) expect((res.body as { detail?: string }).detail).toMatch(detail);
}

export function instancesPath(serviceId: string, instanceId?: string): string {
  return `${REG}/microservices/${serviceId}/instances${instanceId ? `/${instanceId}` : ''}`;
}
