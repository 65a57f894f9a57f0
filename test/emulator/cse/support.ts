/** Helpers for the registry tests: create services, register instances, check error answers. */
import { expect } from 'vitest';
import type { CallResult, TestEmulator } from '../../support/emulator.js';
import type { MicroService, MicroServiceInstance } from '../../../src/wire/cse.js';

export const REG = '/v4/default/registry';

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
