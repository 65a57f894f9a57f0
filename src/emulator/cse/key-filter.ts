/**
 * §5.19's keyFilter is "a regular expression" sent by the caller. JavaScript's RegExp backtracks, so
 * `^(.*.*)*x$` against a long key would freeze the whole emulator; re2js (a pure-JavaScript port
 * of RE2, no native build) matches in time linear in the key, whatever the pattern, and refuses
 * the backtracking-only features (backreferences, lookaround) that RE2 and Go's regexp, which
 * service-center uses, do not have either.
 */
import { RE2JS } from 're2js';
import { echo } from '../http/echo.js';

/** Longest keyFilter accepted: key filters are short; a long pattern is a costly program to compile. */
export const MAX_KEY_FILTER_LENGTH = 512;

export class KeyFilterError extends Error {}

/** Compiles a keyFilter into a test of a key (unanchored, as a regular expression search). */
export function compileKeyFilter(pattern: string): (key: string) => boolean {
  if (pattern.length > MAX_KEY_FILTER_LENGTH) {
    throw new KeyFilterError(`keyFilter has ${pattern.length} characters; the limit is ${MAX_KEY_FILTER_LENGTH}.`);
  }
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(pattern);
  } catch (err) {
    throw new KeyFilterError(`keyFilter '${echo(pattern)}' is not a valid regular expression (RE2 syntax): ${(err as Error).message}.`);
  }
  return (key) => compiled.test(key);
}
