/**
 * Registry domain errors. The domain knows nothing of HTTP: it throws these with a code of
 * reference §8.3 (Table 8-3) and a detail; the routes turn them into error answers.
 */
import { echo } from '../http/echo.js';

export type RegistryErrorCode =
  | '400001'
  | '400010'
  | '400012'
  | '400013'
  | '400014'
  | '400015'
  | '400016'
  | '400017'
  | '400023'
  | '400026'
  | '400100';

export class RegistryError extends Error {
  constructor(
    readonly code: RegistryErrorCode,
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'RegistryError';
  }
}

/** 400001 with a free detail. */
export function invalidParams(detail: string): RegistryError {
  return new RegistryError('400001', detail);
}

/** 400001 worded like service-center's validator: field 'MicroService.AppId' invalid value 'x' does not match rule: ... */
export function invalidField(field: string, value: unknown, rule: string): RegistryError {
  return invalidParams(`field '${field}' invalid value '${show(value)}' does not match rule: ${rule}`);
}

export function serviceNotFound(serviceId: string): RegistryError {
  return new RegistryError('400012', `serviceId ${serviceId} does not exist.`);
}

export function instanceNotFound(serviceId: string, instanceId: string): RegistryError {
  return new RegistryError('400017', `instance ${serviceId}/${instanceId} does not exist.`);
}

export function quotaExceeded(what: string, limit: number): RegistryError {
  return new RegistryError('400100', `no quota left for ${what}: the limit is ${limit}.`);
}

function show(value: unknown): string {
  if (value === undefined || value === null) return '';
  return echo(typeof value === 'string' ? value : JSON.stringify(value));
}
