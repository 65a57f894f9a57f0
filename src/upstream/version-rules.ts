/**
 * Version rules of registry finds, applied by the gateway itself: ServiceStage's CSE filters find
 * answers by the rule, Apache ServiceComb service-center 2.1 and later ignores it and answers every
 * version (registry-behaviour.md). Filtering what either returns gives the same answer from both.
 *
 * Versions have 1-4 numeric parts (0-32767), missing parts count as 0, compared numerically. Rules:
 * exact (`1.0.0`), `latest` (the highest only), `X+` (X or later), `A-B` (A inclusive, B exclusive).
 */
const VERSION = /^[0-9]+(\.[0-9]+){0,3}$/;
const MAX_PART = 32767;

/** The four numeric parts of a version, or undefined when it is not one. */
export function parseVersion(version: string | undefined): number[] | undefined {
  if (!version || version.length > 64 || !VERSION.test(version)) return undefined;
  const parts = version.split('.').map(Number);
  if (parts.some((p) => p > MAX_PART)) return undefined;
  while (parts.length < 4) parts.push(0);
  return parts;
}

/** Numeric order of two versions; a value that is not a version sorts before every version. */
export function compareVersions(a: string | undefined, b: string | undefined): number {
  const pa = parseVersion(a);
  const pb = parseVersion(b);
  if (!pa || !pb) return (pa ? 1 : 0) - (pb ? 1 : 0);
  for (let i = 0; i < 4; i++) {
    const d = pa[i]! - pb[i]!;
    if (d !== 0) return d;
  }
  return 0;
}

export type VersionRule =
  | { kind: 'exact'; version: string }
  | { kind: 'latest' }
  | { kind: 'atLeast'; from: string }
  | { kind: 'range'; from: string; to: string };

/** Parses a rule; a range may be written with a hyphen or, as the reference's example does, an en dash. */
export function parseVersionRule(rule: string): VersionRule | undefined {
  if (rule === 'latest') return { kind: 'latest' };
  if (rule.endsWith('+')) {
    const from = rule.slice(0, -1);
    return parseVersion(from) ? { kind: 'atLeast', from } : undefined;
  }
  const dash = rule.search(/[-\u2013]/);
  if (dash >= 0) {
    const from = rule.slice(0, dash);
    const to = rule.slice(dash + 1);
    return parseVersion(from) && parseVersion(to) ? { kind: 'range', from, to } : undefined;
  }
  return parseVersion(rule) ? { kind: 'exact', version: rule } : undefined;
}

/** Whether a rule needs to know which versions exist (`latest`), beyond the versions of what was found. */
export function needsVersions(rule: string): boolean {
  return parseVersionRule(rule)?.kind === 'latest';
}

/**
 * The items whose version satisfies the rule. For `latest`, the highest of `versions` (the versions the
 * service has, when known) or else of the items' own versions. An unparseable rule keeps nothing.
 */
export function filterByRule<T extends { version?: string | undefined }>(rule: string, items: readonly T[], versions?: readonly string[]): T[] {
  const parsed = parseVersionRule(rule);
  if (!parsed) return [];
  switch (parsed.kind) {
    case 'exact':
      return items.filter((i) => compareVersions(i.version, parsed.version) === 0 && parseVersion(i.version) !== undefined);
    case 'atLeast':
      return items.filter((i) => parseVersion(i.version) && compareVersions(i.version, parsed.from) >= 0);
    case 'range':
      return items.filter((i) => parseVersion(i.version) && compareVersions(i.version, parsed.from) >= 0 && compareVersions(i.version, parsed.to) < 0);
    case 'latest': {
      const candidates = (versions ?? items.map((i) => i.version ?? '')).filter((v) => parseVersion(v));
      if (candidates.length === 0) return [];
      const highest = candidates.reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b));
      return items.filter((i) => compareVersions(i.version, highest) === 0 && parseVersion(i.version) !== undefined);
    }
  }
}
