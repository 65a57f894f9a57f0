/**
 * The config center of one project (reference §5.19): key/value items per environment and per
 * dimension ("service@app" and "service@app#version"). The reference has no write API; the emulator's
 * control API seeds items.
 */
import { revisionOf } from './revisions.js';
import { ENVIRONMENTS } from './validate.js';
import type { ServiceEnvironment } from '../../wire/cse.js';
import { echo } from '../http/echo.js';
import { compileKeyFilter, KeyFilterError } from './key-filter.js';

/** The x-environment header's value; anything but the four environments is none (''), Table 5-42. */
export type ConfigEnvironment = ServiceEnvironment | '';

/** Thrown for a bad dimension or key filter; answered as SVCSTG.00300607. */
export class ConfigCenterError extends Error {
  override name = 'ConfigCenterError';
}

export interface Dimension {
  /** "service@app". */
  base: string;
  /** "service@app#version", when a version was given. */
  versioned?: string;
}

/** Table 5-41: "{serviceName}@{appId}#{version}" or "{serviceName}@{appId}", no spaces nor $%^&+/\. */
export function parseDimension(raw: string | undefined): Dimension {
  if (raw === undefined || raw === '') throw new ConfigCenterError('dimensionsInfo is required: {serviceName}@{appId} or {serviceName}@{appId}#{version}.');
  if (/[\s$%^&+/\\]/.test(raw)) throw new ConfigCenterError(`dimensionsInfo '${echo(raw)}' contains a space or one of $%^&+/\\.`);
  const m = /^([^@#]+)@([^@#]+)(?:#([^@#]+))?$/.exec(raw);
  if (!m) throw new ConfigCenterError(`dimensionsInfo '${echo(raw)}' is not {serviceName}@{appId} or {serviceName}@{appId}#{version}.`);
  const base = `${m[1]}@${m[2]}`;
  return m[3] === undefined ? { base } : { base, versioned: raw };
}

export function configEnvironment(header: string | undefined): ConfigEnvironment {
  return (ENVIRONMENTS as readonly string[]).includes(header ?? '') ? (header as ServiceEnvironment) : '';
}

interface DimensionItems {
  items: Map<string, string>;
  /** Number of the last change, from the center's sequence. */
  seq: number;
}

export interface ConfigAnswer {
  /** Dimension key -> its items (after keyFilter). */
  dimensions: Record<string, Record<string, string>>;
  revision: string;
}

export class ConfigCenter {
  readonly #store = new Map<string, DimensionItems>();
  #seq = 0;

  /** Sets (adds or replaces) items of one dimension in one environment; returns the revision a query of that dimension now answers. */
  set(environment: ConfigEnvironment, dimension: string, items: Record<string, string>): string {
    const parsed = parseDimension(dimension);
    const key = storeKey(environment, dimension);
    const entry = this.#store.get(key) ?? { items: new Map<string, string>(), seq: 0 };
    for (const [k, v] of Object.entries(items)) entry.items.set(k, v);
    entry.seq = ++this.#seq;
    this.#store.set(key, entry);
    return this.#revision(environment, parsed);
  }

  /** §5.19: the items of the asked dimensions, filtered by a key regular expression, and their revision. */
  query(environment: ConfigEnvironment, dimensionsInfo: string | undefined, keyFilter?: string): ConfigAnswer {
    const dimension = parseDimension(dimensionsInfo);
    let filter: ((key: string) => boolean) | undefined;
    if (keyFilter !== undefined && keyFilter !== '') {
      try {
        filter = compileKeyFilter(keyFilter);
      } catch (err) {
        if (err instanceof KeyFilterError) throw new ConfigCenterError(err.message);
        throw err;
      }
    }
    const dimensions: Record<string, Record<string, string>> = {};
    for (const d of keysOf(dimension)) {
      const items = this.#store.get(storeKey(environment, d))?.items ?? new Map<string, string>();
      dimensions[d] = Object.fromEntries([...items].filter(([k]) => !filter || filter(k)));
    }
    return { dimensions, revision: this.#revision(environment, dimension) };
  }

  #revision(environment: ConfigEnvironment, dimension: Dimension): string {
    return revisionOf(['config', environment, ...keysOf(dimension).map((d) => `${d}:${this.#store.get(storeKey(environment, d))?.seq ?? 0}`)]);
  }
}

function keysOf(d: Dimension): string[] {
  return d.versioned ? [d.base, d.versioned] : [d.base];
}

function storeKey(environment: ConfigEnvironment, dimension: string): string {
  return `${environment}\u0000${dimension}`;
}
