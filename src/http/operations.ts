/**
 * The known operations: `.graphql` documents under operations/ (the README's examples and the
 * console's). GraphiQL opens them as tabs; codegen types them; the trusted-documents manifest pins them.
 */
import { readFileSync } from 'node:fs';

/** operations/ at the package root, from src/http/ (tsx) and from dist/http/ (compiled) alike. */
export const OPERATIONS_DIR = new URL('../../operations/', import.meta.url);

/** The text of operations/<name>.graphql. */
export function readOperation(name: string): string {
  return readFileSync(new URL(`${name}.graphql`, OPERATIONS_DIR), 'utf8');
}
