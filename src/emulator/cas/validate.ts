/**
 * Field checks for CAS request bodies. Each check names the field (with its path, e.g.
 * "configuration.env[2].name") and says why it is refused, as SVCSTG.00100400 unless the
 * reference gives the case its own code.
 */
import { casError, type CasErrorCode, type EmulatorHttpError } from '../http/errors.js';
import type { EnvVar } from '../../wire/cas.js';
import { echo } from '../http/echo.js';

export type Json = Record<string, unknown>;

export function invalid(field: string, why: string, code: CasErrorCode = 'SVCSTG.00100400'): EmulatorHttpError {
  return casError(code, `${field}: ${why}`);
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The body of a write must be a JSON object; arrays, strings and numbers are refused. */
export function body(value: unknown): Json {
  if (value === undefined) throw casError('SVCSTG.00100400', 'The request body is missing; send a JSON object.');
  if (!isObject(value)) throw casError('SVCSTG.00100400', 'The request body must be a JSON object.');
  return value;
}

const describe = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'string' ? `"${echo(v)}"` : typeof v === 'object' ? 'an object' : String(v));

export function object(value: unknown, field: string): Json {
  if (!isObject(value)) throw invalid(field, `must be an object, got ${describe(value)}.`);
  return value;
}

/** Absent (undefined or null) gives undefined. */
export function optionalObject(value: unknown, field: string): Json | undefined {
  return value === undefined || value === null ? undefined : object(value, field);
}

export function array(value: unknown, field: string): unknown[] {
  if (!Array.isArray(value)) throw invalid(field, `must be an array, got ${describe(value)}.`);
  return value;
}

export function optionalArray(value: unknown, field: string): unknown[] | undefined {
  return value === undefined || value === null ? undefined : array(value, field);
}

interface StringRule {
  min?: number;
  max?: number;
  pattern?: RegExp;
  /** Says what the pattern wants, for the error detail. */
  rule?: string;
}

export function string(value: unknown, field: string, rule: StringRule = {}): string {
  if (value === undefined || value === null) throw invalid(field, 'is mandatory.');
  if (typeof value !== 'string') throw invalid(field, `must be a string, got ${describe(value)}.`);
  const min = rule.min ?? 1;
  if (value.length < min) throw invalid(field, min === 1 ? 'must not be empty.' : `must have at least ${min} characters.`);
  if (rule.max !== undefined && value.length > rule.max) throw invalid(field, `must have at most ${rule.max} characters, got ${value.length}.`);
  if (rule.pattern && !rule.pattern.test(value)) throw invalid(field, `"${echo(value)}" is not valid: ${rule.rule ?? `must match ${rule.pattern.source}`}.`);
  return value;
}

/** Absent (undefined or null) gives undefined; present must satisfy the rule (empty allowed unless min says otherwise). */
export function optionalString(value: unknown, field: string, rule: StringRule = {}): string | undefined {
  return value === undefined || value === null ? undefined : string(value, field, { min: 0, ...rule });
}

export function integer(value: unknown, field: string, range: { min?: number; max?: number } = {}): number {
  if (value === undefined || value === null) throw invalid(field, 'is mandatory.');
  if (typeof value !== 'number' || !Number.isInteger(value)) throw invalid(field, `must be an integer, got ${describe(value)}.`);
  if (range.min !== undefined && value < range.min) throw invalid(field, `must be at least ${range.min}, got ${value}.`);
  if (range.max !== undefined && value > range.max) throw invalid(field, `must be at most ${range.max}, got ${value}.`);
  return value;
}

export function optionalInteger(value: unknown, field: string, range: { min?: number; max?: number } = {}): number | undefined {
  return value === undefined || value === null ? undefined : integer(value, field, range);
}

export function optionalBoolean(value: unknown, field: string): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw invalid(field, `must be true or false, got ${describe(value)}.`);
  return value;
}

export function oneOf<T extends string>(value: unknown, field: string, allowed: readonly T[], code?: CasErrorCode): T {
  if (value === undefined || value === null) throw invalid(field, 'is mandatory.', code);
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw invalid(field, `must be one of ${allowed.join(', ')}; got ${describe(value)}.`, code);
  }
  return value as T;
}

export function optionalOneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T | undefined {
  return value === undefined || value === null ? undefined : oneOf(value, field, allowed);
}

export function stringArray(value: unknown, field: string, options: { nonEmpty?: boolean } = {}): string[] {
  const items = array(value, field);
  if (options.nonEmpty && items.length === 0) throw invalid(field, 'must not be empty.');
  return items.map((item, i) => string(item, `${field}[${i}]`, { min: 0 }));
}

export function optionalStringArray(value: unknown, field: string): string[] | undefined {
  return value === undefined || value === null ? undefined : stringArray(value, field);
}

/** Map<String, String> such as build.parameters.node_label_selector. */
export function stringMap(value: unknown, field: string): Record<string, string> {
  const obj = object(value, field);
  for (const [k, v] of Object.entries(obj)) string(v, `${field}.${k}`, { min: 0 });
  return { ...(obj as Record<string, string>) };
}

// ---------------------------------------------------------------------------------------------
// The reference's value rules
// ---------------------------------------------------------------------------------------------

/** Environment, application and component names (§4.2.1 Table 4-10, §4.3.1, §4.4.1). */
export function resourceName(value: unknown, field = 'name'): string {
  return string(value, field, {
    min: 2,
    max: 64,
    pattern: /^[a-zA-Z]([a-zA-Z0-9_-]*[a-zA-Z0-9])?$/,
    rule: 'use 2-64 letters, digits, hyphens and underscores, starting with a letter and ending with a letter or digit',
  });
}

/** Component instance names (§4.5.1 Table 4-128): they become Kubernetes workload names. */
export function instanceName(value: unknown, field = 'name'): string {
  return string(value, field, {
    min: 2,
    max: 63,
    pattern: /^[a-z]([a-z0-9-]*[a-z0-9])?$/,
    rule: 'use 2-63 lowercase letters, digits and hyphens, starting with a lowercase letter and ending with a lowercase letter or digit',
  });
}

export const optionalAlias = (value: unknown, field = 'alias') => optionalString(value, field, { max: 64 });
export const optionalDescription = (value: unknown, field = 'description') => optionalString(value, field, { max: 128 });

/** §4.3.6 Table 4-61 / §4.5.1 Table 4-130: 1-64 letters, digits, _ - and ., not starting with a digit. */
const ENV_NAME = /^[a-zA-Z_.-][a-zA-Z0-9_.-]{0,63}$/;

/**
 * A list of environment variables. Duplicate names: the last value takes effect (§4.3.6 Table 4-60),
 * kept at the place of the first. `skipInternal` drops variables the service injects itself.
 */
export function envVars(value: unknown, field: string, options: { skipInternal?: boolean } = {}): EnvVar[] {
  const items = array(value, field);
  const byName = new Map<string, string>();
  items.forEach((item, i) => {
    const at = `${field}[${i}]`;
    const v = object(item, at);
    if (options.skipInternal && v.internal === true) return;
    const name = string(v.name, `${at}.name`, {
      max: 64,
      pattern: ENV_NAME,
      rule: 'use 1-64 letters, digits, underscores, hyphens and dots, not starting with a digit',
    });
    byName.set(name, string(v.value, `${at}.value`, { min: 0 }));
  });
  return [...byName].map(([name, val]) => ({ name, value: val }));
}

/** 1 to 4 dot-separated numbers, e.g. "1", "1.0.0", "2.1.0.3". */
const VERSION = /^\d{1,9}(\.\d{1,9}){0,3}$/;

/**
 * Component instance version (§4.5.1 Table 4-128). The reference's own example sends the number 1,
 * so a non-negative number is accepted and kept as its string form.
 */
export function version(value: unknown, field = 'version'): string {
  if (value === undefined || value === null) throw invalid(field, 'is mandatory.');
  const text = typeof value === 'number' && Number.isFinite(value) && value >= 0 ? String(value) : value;
  if (typeof text !== 'string') throw invalid(field, `must be a version string such as "1.0.0", got ${describe(value)}.`);
  if (!VERSION.test(text)) throw invalid(field, `"${text}" is not a version: use 1 to 4 dot-separated numbers such as 1.0.0.`);
  return text;
}

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
const CPU = String.raw`(?:${NUMBER}C|(\d+)m)`;
/** CUSTOM-xxG:xxC-xxC:xxGi-xxGi (§4.5.1 Table 4-128); CPU may also be millicores, as the §4.5.6 example shows. */
const CUSTOM_FLAVOR = new RegExp(String.raw`^CUSTOM-${NUMBER}G:${CPU}-${CPU}:${NUMBER}Gi-${NUMBER}Gi$`);

const cores = (c: string | undefined, m: string | undefined) => (c !== undefined ? Number(c) : Number(m) / 1000);

/** A flavor_id of the catalogue or a custom one, whose maxima come before (and are not below) the minima. */
export function flavorId(value: unknown, isKnown: (id: string) => boolean, field = 'flavor_id'): string {
  const id = string(value, field);
  if (isKnown(id)) return id;
  const m = CUSTOM_FLAVOR.exec(id);
  if (!m) {
    throw invalid(
      field,
      `"${id}" is neither a flavor_id from GET /v2/{project_id}/cas/metadata/flavors nor a custom flavor CUSTOM-xxG:xxC-xxC:xxGi-xxGi such as CUSTOM-10G:0.5C-0.25C:1.6Gi-0.8Gi.`,
    );
  }
  const [, , cpuMaxC, cpuMaxM, cpuMinC, cpuMinM, memMax, memMin] = m;
  if (cores(cpuMaxC, cpuMaxM) < cores(cpuMinC, cpuMinM)) throw invalid(field, `"${id}": the CPU maximum (first) is below the minimum (second).`);
  if (Number(memMax) < Number(memMin)) throw invalid(field, `"${id}": the memory maximum (first) is below the minimum (second).`);
  return id;
}

/** Drops the keys whose value is undefined, so optional fields the caller left out stay out of answers. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
