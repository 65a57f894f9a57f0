/**
 * Trusted documents (TRUSTED_DOCUMENTS): only the operations of a manifest (sha256 hash -> document,
 * written by `npm run codegen` from operations/) run. Clients send the hash as
 * `extensions.persistedQuery.sha256Hash` (the Apollo/Yoga convention), resolved by yoga's
 * persisted-operations plugin; a document whose text is not in the manifest is refused before it
 * runs, unless the caller's role may send free documents (TRUSTED_DOCUMENTS_ALLOW_ARBITRARY).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { GraphQLError, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';

export interface TrustedDocuments {
  /** The manifest file, for messages. */
  file: string;
  /** sha256 hex -> document text. */
  documents: ReadonlyMap<string, string>;
  /** The role that may still send documents outside the manifest; undefined: nobody. */
  allowArbitrary?: 'operator';
}

const SHA256 = /^[0-9a-f]{64}$/;

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Reads and checks a manifest: a JSON object of sha256 hex -> the document it is the hash of. */
export function readManifest(file: string): Map<string, string> {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('is not a JSON object of sha256 hash -> document');
  const documents = new Map<string, string>();
  for (const [hash, document] of Object.entries(parsed)) {
    if (!SHA256.test(hash) || typeof document !== 'string') throw new Error(`has an entry that is not sha256 hex -> document text: "${hash.slice(0, 80)}"`);
    if (sha256(document) !== hash) throw new Error(`has a document whose sha256 is not its key ${hash}: regenerate it with "npm run codegen"`);
    documents.set(hash, document);
  }
  if (documents.size === 0) throw new Error('lists no documents');
  return documents;
}

/**
 * The caller's role as the context carries it (`caller.role`). The one place this mode reads who asked,
 * so the callers' model can change without touching the rule below.
 */
export function callerRole(context: unknown): string | undefined {
  const role = (context as { caller?: { role?: unknown } } | undefined)?.caller?.role;
  return typeof role === 'string' ? role : undefined;
}

function persistedHash(extensions: unknown): string | undefined {
  const pq = (extensions as { persistedQuery?: { version?: unknown; sha256Hash?: unknown } } | undefined)?.persistedQuery;
  return pq?.version === 1 && typeof pq.sha256Hash === 'string' ? pq.sha256Hash : undefined;
}

/**
 * The document of a graphql-ws subscribe message. graphql-ws has no persisted-query convention of its
 * own, so in trusted-documents mode a message may send an empty query and the hash in the same extension.
 */
export function subscribeQuery(payload: { query: string; extensions?: unknown }, trusted: TrustedDocuments | undefined): string | GraphQLError {
  if (payload.query || !trusted) return payload.query;
  const hash = persistedHash(payload.extensions);
  const document = hash === undefined ? undefined : trusted.documents.get(hash);
  if (document !== undefined) return document;
  return new GraphQLError(hash === undefined ? 'Send a query, or a trusted document\'s hash as extensions.persistedQuery.' : `No trusted document has this hash (TRUSTED_DOCUMENTS=${trusted.file}).`, {
    extensions: { code: hash === undefined ? 'BAD_REQUEST' : 'PERSISTED_QUERY_NOT_FOUND' },
  });
}

const refused = (trusted: TrustedDocuments) =>
  new GraphQLError(
    `This gateway runs only trusted documents (TRUSTED_DOCUMENTS): send a known operation by its hash as extensions.persistedQuery.sha256Hash (see ${trusted.file}).` +
      (trusted.allowArbitrary ? ` Free documents are for the "${trusted.allowArbitrary}" role.` : ''),
    { extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED', http: { status: 403 } } },
  );

export function useTrustedDocuments(trusted: TrustedDocuments): Plugin[] {
  const texts = new Set(trusted.documents.values());
  // A document is trusted when its text is a manifest entry, however it arrived (hash, text, HTTP, WebSocket).
  const isTrusted = (document: DocumentNode) => {
    const body = document.loc?.source.body;
    return body !== undefined && texts.has(body);
  };
  const mayRunFree = (context: unknown) => trusted.allowArbitrary !== undefined && callerRole(context) === trusted.allowArbitrary;
  const check = ({ args, setResultAndStopExecution }: { args: { document: DocumentNode; contextValue: unknown }; setResultAndStopExecution: (r: { errors: GraphQLError[] }) => void }) => {
    if (!isTrusted(args.document) && !mayRunFree(args.contextValue)) setResultAndStopExecution({ errors: [refused(trusted)] });
  };
  return [
    usePersistedOperations({
      getPersistedOperation: (hash) => trusted.documents.get(hash) ?? null,
      // Free text is let through here and judged per operation below, where the caller's role is known.
      allowArbitraryOperations: true,
      customErrors: {
        notFound: {
          message: `No trusted document has this hash (TRUSTED_DOCUMENTS=${trusted.file}): regenerate your client's documents from this gateway's operations, or ask its operator to add yours.`,
          extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
        },
        keyNotFound: {
          message: 'Send a query, or a trusted document\'s hash as extensions.persistedQuery = { "version": 1, "sha256Hash": "<hex>" }.',
          extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
        },
      },
    }),
    { onExecute: check, onSubscribe: check },
  ];
}
