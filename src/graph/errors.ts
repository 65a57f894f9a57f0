/**
 * Upstream failures as GraphQL errors with a stable `extensions.code` and the upstream's own
 * status, errorCode and message, so a client can branch on the code and show the message.
 */
import { GraphQLError } from 'graphql';
import type { UpstreamError } from '../upstream/errors.js';

export type ErrorCode =
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'UPSTREAM_TIMEOUT'
  | 'UPSTREAM_UNAVAILABLE'
  | 'INTERNAL';

/** Registry codes that mean "no such thing" or "conflict" although their HTTP status is 400 (§8.3). */
const CSE_NOT_FOUND = new Set(['400012', '400014', '400016', '400017', '400026']);
const CSE_CONFLICT = new Set(['400010', '400013', '400023']);
const CAS_CONFLICT = new Set(['SVCSTG.00100449', 'SVCSTG.00100402', 'SVCSTG.00100441']);

export function codeOf(error: UpstreamError): ErrorCode {
  switch (error.kind) {
    case 'TIMEOUT':
      return 'UPSTREAM_TIMEOUT';
    case 'UNAVAILABLE':
    case 'BAD_RESPONSE':
      return 'UPSTREAM_UNAVAILABLE';
    case 'HTTP':
      break;
  }
  const status = error.status ?? 0;
  const upstreamCode = error.upstreamCode ?? '';
  if (CSE_NOT_FOUND.has(upstreamCode)) return 'NOT_FOUND';
  if (CSE_CONFLICT.has(upstreamCode)) return 'CONFLICT';
  // Answers the reference files under 400 or 404 that are conflicts to the caller (§8.2): a name taken,
  // a component still deployed, an instance version used in the same environment.
  if (CAS_CONFLICT.has(upstreamCode)) return 'CONFLICT';
  // "Not allowed to modify schema" (§8.3): the service's environment forbids it.
  if (upstreamCode === '400015') return 'FORBIDDEN';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403 || status === 405) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 408) return 'UPSTREAM_TIMEOUT';
  if (status === 429 || status >= 500) return 'UPSTREAM_UNAVAILABLE';
  if (status >= 400) return 'BAD_USER_INPUT';
  return 'INTERNAL';
}

export function toGraphQLError(error: UpstreamError): GraphQLError {
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: {
      code: codeOf(error),
      api: error.api,
      status: error.status,
      errorCode: error.upstreamCode,
      upstreamMessage: error.upstreamMessage,
      ...(error.mayHaveApplied ? { mayHaveApplied: true } : {}),
    },
  });
}

/** A NOT_FOUND error for an object the caller named. */
export function notFound(what: string, id: string): GraphQLError {
  return new GraphQLError(`${what} ${id} does not exist, or your credentials cannot see it.`, { extensions: { code: 'NOT_FOUND' } });
}
