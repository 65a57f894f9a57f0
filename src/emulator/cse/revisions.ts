/**
 * Revisions of registry answers (registry-behaviour.md): an opaque hash of what the answer covers.
 * Every change of an instance takes a fresh number from the registry's sequence, so the hash of
 * (what was matched, the numbers of its last changes) changes on any create, update or delete.
 */
import { createHash } from 'node:crypto';

export class RevisionSequence {
  #last = 0;

  next(): number {
    return ++this.#last;
  }
}

/** A 40-char hex digest of the parts, order as given (callers sort when order carries no meaning). */
export function revisionOf(parts: readonly (string | number)[]): string {
  return createHash('sha1').update(parts.join('\u0000')).digest('hex');
}
