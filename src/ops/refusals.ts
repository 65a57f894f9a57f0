/**
 * Requests the gateway refused before running an operation (CSRF, no credentials, an oversized or
 * malformed request, a document over a limit): each is logged once with its reason and counted in
 * graphql_requests_refused_total{reason}. Reasons are a closed set, so the metric stays bounded.
 */
import type { GraphQLError } from 'graphql';
import type { Logger } from '../logger.js';
import type { Metrics } from './metrics.js';
import { REQUEST_ID } from '../context.js';

export const REFUSAL_REASONS = [
  'csrf',
  'host_not_allowed',
  'unauthenticated',
  'forbidden',
  'missing_operation_name',
  'method_not_allowed',
  'unsupported_media_type',
  'bad_request',
  'payload_too_large',
  'length_required',
  'parse_error',
  'token_limit',
  'depth_limit',
  'alias_limit',
  'directive_limit',
  'cost_limit',
  'introspection_disabled',
  'batch_limit',
  'untrusted_document',
  'unknown_document',
  'invalid_operation',
  'not_found',
  'other',
] as const;

export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export interface RefusalDetails {
  status?: number;
  transport: 'http' | 'ws';
  method?: string;
  path?: string;
  requestId?: string;
  /** What the client was told (shortened: it may echo hostile input). */
  message?: string;
}

const MAX_MESSAGE = 200;

/** The caller's X-Request-Id when it is a well-formed one (the rule of src/context.ts); anything else is not echoed. */
export function callerRequestId(value: string | null | undefined): string | undefined {
  return value && REQUEST_ID.test(value) ? value : undefined;
}

export class Refusals {
  constructor(
    private readonly metrics: Metrics,
    private readonly logger: Logger,
  ) {}

  refuse(reason: RefusalReason, details: RefusalDetails): void {
    this.metrics.requestsRefused.inc({ reason });
    const message = details.message && details.message.length > MAX_MESSAGE ? `${details.message.slice(0, MAX_MESSAGE)}…` : details.message;
    this.logger.info({ msg: 'request refused', reason, ...details, ...(message !== undefined && { message }) });
  }
}

/** graphql-armor's messages (its errors carry no code of their own). */
const ARMOR: [RegExp, RefusalReason][] = [
  [/^(Syntax Error: )?Token limit of \d+ exceeded/, 'token_limit'],
  [/^(Syntax Error: )?Query depth limit of \d+ exceeded/, 'depth_limit'],
  [/^(Syntax Error: )?Aliases limit of \d+ exceeded/, 'alias_limit'],
  [/^(Syntax Error: )?Directives limit of \d+ exceeded/, 'directive_limit'],
  [/^(Syntax Error: )?Query Cost limit of \d+ exceeded/, 'cost_limit'],
  [/introspection has been disabled/i, 'introspection_disabled'],
  [/^Batching is limited to \d+ operations/, 'batch_limit'],
];

/** Why a request that ran no operation was answered with these errors. */
export function reasonOf(errors: readonly Pick<GraphQLError, 'message' | 'extensions'>[], status: number | undefined): RefusalReason {
  for (const error of errors) {
    for (const [pattern, reason] of ARMOR) if (pattern.test(error.message)) return reason;
  }
  const first = errors[0];
  const code = first?.extensions?.code;
  const httpStatus = (first?.extensions?.http as { status?: number } | undefined)?.status ?? status;
  if (code === 'UNAUTHENTICATED') return 'unauthenticated';
  if (code === 'FORBIDDEN') return 'forbidden';
  if (code === 'OPERATION_RESOLUTION_FAILURE') return 'missing_operation_name';
  if (code === 'TRUSTED_DOCUMENT_REQUIRED') return 'untrusted_document';
  if (code === 'PERSISTED_QUERY_NOT_FOUND') return 'unknown_document';
  if (code === 'GRAPHQL_PARSE_FAILED') return 'parse_error';
  if (code === 'GRAPHQL_VALIDATION_FAILED') return 'invalid_operation';
  if (first?.message === 'Required CSRF header(s) not present') return 'csrf';
  return reasonOfStatus(httpStatus);
}

export function reasonOfStatus(status: number | undefined): RefusalReason {
  switch (status) {
    case 400:
      return 'bad_request';
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 405:
      return 'method_not_allowed';
    case 411:
      return 'length_required';
    case 413:
      return 'payload_too_large';
    case 415:
      return 'unsupported_media_type';
    default:
      return 'other';
  }
}
