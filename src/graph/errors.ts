/**
 * Upstream failures as GraphQL errors with a stable `extensions.code` and the upstream's own
 * status, errorCode and message, so a client can branch on the code and show the message.
 */
import { GraphQLError } from 'graphql';
import type { LocalRequestError, UpstreamError, UpstreamFailureMeaning } from '../upstream/errors.js';

export type ErrorCode =
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'UPSTREAM_TIMEOUT'
  | 'UPSTREAM_UNAVAILABLE'
  | 'INTERNAL';

const CODE_OF_MEANING: Record<UpstreamFailureMeaning, ErrorCode> = {
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHORIZED: 'UNAUTHENTICATED',
  BAD_REQUEST: 'BAD_USER_INPUT',
  TIMEOUT: 'UPSTREAM_TIMEOUT',
  UNAVAILABLE: 'UPSTREAM_UNAVAILABLE',
  UNKNOWN: 'INTERNAL',
};

/** The GraphQL code of an upstream failure; what the failure means is the error's own answer. */
export function codeOf(error: UpstreamError): ErrorCode {
  return codeOfMeaning(error.meaning);
}

export function codeOfMeaning(meaning: UpstreamFailureMeaning): ErrorCode {
  return CODE_OF_MEANING[meaning];
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

/**
 * A call the gateway refused or cut short itself: the caller's error. A bad credential is
 * UNAUTHENTICATED; everything else (a bad id, the operation's budget or deadline) BAD_USER_INPUT,
 * with the limit or the field it concerns.
 */
export function localErrorExtensions(error: LocalRequestError): Record<string, unknown> {
  const code: ErrorCode = error.reason === 'credential' ? 'UNAUTHENTICATED' : 'BAD_USER_INPUT';
  const where = error.reason === 'budget' || error.reason === 'deadline' ? { limit: error.field } : error.field ? { field: error.field } : {};
  return { code, ...where };
}
