/**
 * Identifiers the emulator makes. They are random, as upstream's are, except while the demo data set
 * loads: then each is derived from the project, the kind of thing and its name, so every start (and
 * every reset with the demo) has the same demo IDs, and saved operations and the README's examples
 * keep working. Loading the demo is synchronous, so the seeded scope cannot leak into other work.
 */
import { createHash, randomUUID } from 'node:crypto';

interface Scope {
  seed: string;
  /** How many ids each (kind, key) has had, so two things of one name still differ. */
  seen: Map<string, number>;
}

let scope: Scope | undefined;

/** Runs `load` with ids derived from `seed` (e.g. the project id) and what each is made for. */
export function withSeededIds<T>(seed: string, load: () => T): T {
  const outer = scope;
  scope = { seed, seen: new Map() };
  try {
    return load();
  } finally {
    scope = outer;
  }
}

/** 32 bytes of hex for the next id of `kind` named `key`: a hash in a seeded scope, random outside. */
function nextHex(kind: string, key: string): string | undefined {
  if (!scope) return undefined;
  const base = `${scope.seed}/${kind}/${key}`;
  const n = scope.seen.get(base) ?? 0;
  scope.seen.set(base, n + 1);
  return createHash('sha256').update(`${base}#${n}`).digest('hex');
}

/** A version-4-shaped UUID (8-4-4-4-12), like the ids CAS gives environments, applications, components. */
export function newUuid(kind: string, key = ''): string {
  const hex = nextHex(kind, key);
  if (!hex) return randomUUID();
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A 32-character hex id without dashes, as service-center makes for instances and rules. */
export function newHexId(kind: string, key = ''): string {
  return newUuid(kind, key).replaceAll('-', '');
}

/** `length` characters from `alphabet`: seeded from the hash, random outside a seeded scope. */
export function newToken(kind: string, key: string, length: number, alphabet: string, random: (n: number) => Uint8Array): string {
  const hex = nextHex(kind, key);
  const bytes = hex ? Buffer.from(createHash('sha512').update(hex).digest()).subarray(0, length) : random(length);
  return [...bytes].map((byte) => alphabet[byte % alphabet.length]).join('');
}
