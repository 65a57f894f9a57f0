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
  return compareParts(pa, pb);
}

function compareParts(pa: readonly number[], pb: readonly number[]): number {
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
 * The rule is parsed once and each item's version once: a batch find answers every version of every
 * entry (service-center 2.1+), and this runs on all of them.
 */
export function filterByRule<T extends { version?: string | undefined }>(rule: string, items: readonly T[], versions?: readonly string[]): T[] {
  const satisfies = ruleTest(rule, items, versions);
  if (!satisfies) return [];
  return items.filter((i) => {
    const parts = parseVersion(i.version);
    return parts !== undefined && satisfies(parts);
  });
}

/** What a parsed version must satisfy under the rule, or undefined when nothing can. */
function ruleTest(rule: string, items: readonly { version?: string | undefined }[], versions?: readonly string[]): ((parts: readonly number[]) => boolean) | undefined {
  const parsed = parseVersionRule(rule);
  if (!parsed) return undefined;
  switch (parsed.kind) {
    case 'exact': {
      const version = parseVersion(parsed.version)!;
      return (parts) => compareParts(parts, version) === 0;
    }
    case 'atLeast': {
      const from = parseVersion(parsed.from)!;
      return (parts) => compareParts(parts, from) >= 0;
    }
    case 'range': {
      const from = parseVersion(parsed.from)!;
      const to = parseVersion(parsed.to)!;
      return (parts) => compareParts(parts, from) >= 0 && compareParts(parts, to) < 0;
    }
    case 'latest': {
      let highest: number[] | undefined;
      for (const v of versions ?? items.map((i) => i.version)) {
        const parts = parseVersion(v);
        if (parts && (!highest || compareParts(parts, highest) > 0)) highest = parts;
      }
      const top = highest;
      return top ? (parts) => compareParts(parts, top) === 0 : undefined;
    }
  }
}
