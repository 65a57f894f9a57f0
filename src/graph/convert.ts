/** Small conversions from upstream values to graph values: times, enums, maps. */

/** CAS times are epoch milliseconds (§4.2.1 example). */
export function fromEpochMs(value: number | null | undefined): string | null {
  return typeof value === 'number' && Number.isFinite(value) ? new Date(value).toISOString() : null;
}

/** Registry times are epoch-second strings (§5.2 example). */
export function fromEpochSeconds(value: string | null | undefined): string | null {
  if (!value) return null;
  const seconds = Number(value);
  return Number.isFinite(seconds) ? new Date(seconds * 1000).toISOString() : null;
}

/** Job task times are ISO strings already (§4.6.1 example); anything unreadable becomes null. */
export function fromIso(value: string | null | undefined): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}

/**
 * An upstream value as a GraphQL enum value: upper-cased, dashes as underscores; a value the schema
 * does not know becomes `fallback` (UNKNOWN where the enum has it) rather than failing the field.
 */
export function toEnum<T extends string>(value: string | null | undefined, allowed: readonly T[], fallback: T | null = null): T | null {
  if (value === null || value === undefined || value === '') return null;
  const candidate = value.toUpperCase().replace(/[-\s]/g, '_');
  return (allowed as readonly string[]).includes(candidate) ? (candidate as T) : fallback;
}

/** GraphQL enum value back to the upstream's spelling. */
export function fromEnum(value: string): string {
  return value.toLowerCase().replace(/_/g, '-');
}
