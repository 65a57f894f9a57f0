/**
 * Registry environments between the graph and the wire. The empty environment is NONE, never
 * DEVELOPMENT: service-center keeps "" and development apart (registry-behaviour.md), and a gateway
 * that merged them would show one service's instances under another.
 */
import type { RegistryEnvironment } from '../generated/resolvers-types.js';
import type { ServiceEnvironment } from '../wire/cse.js';

const NAMED: Record<Exclude<ServiceEnvironment, ''>, RegistryEnvironment> = {
  development: 'DEVELOPMENT',
  testing: 'TESTING',
  acceptance: 'ACCEPTANCE',
  production: 'PRODUCTION',
};

/** The graph's value of a registry environment; missing or empty is NONE, an unknown name null. */
export function toRegistryEnvironment(value: string | null | undefined): RegistryEnvironment | null {
  if (!value) return 'NONE';
  return NAMED[value as Exclude<ServiceEnvironment, ''>] ?? null;
}

/** The wire value of a graph environment: NONE is "" (sent as no environment at all). */
export function fromRegistryEnvironment(value: RegistryEnvironment): ServiceEnvironment {
  return value === 'NONE' ? '' : (value.toLowerCase() as ServiceEnvironment);
}

/** How an environment reads in keys: missing and "" are the same environment, "". */
export function environmentKey(value: string | null | undefined): string {
  return value ?? '';
}
