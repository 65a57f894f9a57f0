/**
 * Microservice versions and version rules (reference §5.18 Table 5-37, §6.2.3; registry-behaviour.md):
 * 1-4 numeric parts of 0-32767, missing parts count as 0, compared numerically.
 */
const VERSION_PATTERN = /^[0-9]*$|^[0-9]+(\.[0-9]+)*$/;
const MAX_PART = 32767;
const MAX_PARTS = 4;

/** The four numeric parts of a version, or undefined when it is not a valid version. */
export function parseVersion(version: string): number[] | undefined {
  if (version.length < 1 || version.length > 64 || !VERSION_PATTERN.test(version)) return undefined;
  const parts = version.split('.').map(Number);
  if (parts.length > MAX_PARTS || parts.some((p) => !Number.isInteger(p) || p > MAX_PART)) return undefined;
  while (parts.length < MAX_PARTS) parts.push(0);
  return parts;
}

export function isVersion(version: string): boolean {
  return parseVersion(version) !== undefined;
}

/** Numeric comparison; both must be valid versions. */
export function compareVersions(a: string, b: string): number {
  const pa = parseVersion(a);
  const pb = parseVersion(b);
  if (!pa || !pb) throw new Error(`not a version: ${pa ? b : a}`);
  for (let i = 0; i < MAX_PARTS; i++) {
    const d = pa[i]! - pb[i]!;
    if (d !== 0) return d;
  }
  return 0;
}

export type VersionRule =
  | { kind: 'exact'; version: string }
  | { kind: 'latest' }
  /** "X+": X or later. */
  | { kind: 'atLeast'; from: string }
  /** "A-B": A inclusive, B exclusive. */
  | { kind: 'range'; from: string; to: string };

/**
 * Parses a version rule. The reference's example writes a range with an en dash ("0.1.0–0.2.0",
 * Table 5-37), service-center with a hyphen: both are accepted.
 */
export function parseVersionRule(rule: string): VersionRule | undefined {
  if (rule.length < 1 || rule.length > 129) return undefined;
  if (rule === 'latest') return { kind: 'latest' };
  if (rule.endsWith('+')) {
    const from = rule.slice(0, -1);
    return isVersion(from) ? { kind: 'atLeast', from } : undefined;
  }
  const dash = rule.search(/[-\u2013]/);
  if (dash >= 0) {
    const from = rule.slice(0, dash);
    const to = rule.slice(dash + 1);
    return isVersion(from) && isVersion(to) ? { kind: 'range', from, to } : undefined;
  }
  return isVersion(rule) ? { kind: 'exact', version: rule } : undefined;
}

/** The candidates whose version satisfies the rule; `latest` keeps the highest only (all that compare equal to it). */
export function selectVersions<T extends { version: string }>(rule: VersionRule, candidates: readonly T[]): T[] {
  switch (rule.kind) {
    case 'exact':
      return candidates.filter((c) => compareVersions(c.version, rule.version) === 0);
    case 'atLeast':
      return candidates.filter((c) => compareVersions(c.version, rule.from) >= 0);
    case 'range':
      return candidates.filter((c) => compareVersions(c.version, rule.from) >= 0 && compareVersions(c.version, rule.to) < 0);
    case 'latest': {
      let best: T[] = [];
      for (const c of candidates) {
        const d = best.length === 0 ? 1 : compareVersions(c.version, best[0]!.version);
        if (d > 0) best = [c];
        else if (d === 0) best.push(c);
      }
      return best;
    }
  }
}

/** Sorts highest version first. */
export function byVersionDescending<T extends { version: string }>(a: T, b: T): number {
  return compareVersions(b.version, a.version);
}
