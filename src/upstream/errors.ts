/**
 * One error type for every failed upstream call. It keeps what a caller needs to act:
 * which API, method and route, the HTTP status, and the upstream's own error code and message.
 */
import { CONFLICT_CODES, CseCode, NOT_FOUND_CODES } from './error-codes.js';

export type UpstreamApi = 'cas' | 'cse' | 'config' | 'iam';

export type UpstreamErrorKind =
  /** The upstream answered with an error status. */
  | 'HTTP'
  /** No answer within the deadline. */
  | 'TIMEOUT'
  /** The connection failed or was reset. */
  | 'UNAVAILABLE'
  /** The answer could not be read (not JSON, truncated, empty where a body was due). */
  | 'BAD_RESPONSE';

/**
 * What a failure means, decided once here: retries, the breaker, live pollers, loaders and the GraphQL
 * translation all ask the error rather than reading statuses and codes themselves.
 */
export type UpstreamFailureMeaning =
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHORIZED'
  | 'BAD_REQUEST'
  | 'TIMEOUT'
  | 'UNAVAILABLE'
  | 'UNKNOWN';

export interface UpstreamErrorInit {
  kind: UpstreamErrorKind;
  api: UpstreamApi;
  method: string;
  route: string;
  status?: number;
  upstreamCode?: string;
  upstreamMessage?: string;
  /** True for a write whose outcome is unknown: it may have been applied. */
  mayHaveApplied?: boolean;
  /** Refused by the gateway's circuit breaker without calling the upstream. */
  circuitOpen?: boolean;
  cause?: unknown;
}

export class UpstreamError extends Error {
  readonly kind: UpstreamErrorKind;
  readonly api: UpstreamApi;
  readonly method: string;
  readonly route: string;
  readonly status: number | undefined;
  readonly upstreamCode: string | undefined;
  readonly upstreamMessage: string | undefined;
  readonly mayHaveApplied: boolean;
  readonly circuitOpen: boolean;

  constructor(init: UpstreamErrorInit) {
    super(describe(init), { cause: init.cause });
    this.name = 'UpstreamError';
    this.kind = init.kind;
    this.api = init.api;
    this.method = init.method;
    this.route = init.route;
    this.status = init.status;
    this.upstreamCode = init.upstreamCode;
    this.upstreamMessage = init.upstreamMessage;
    this.mayHaveApplied = init.mayHaveApplied ?? false;
    this.circuitOpen = init.circuitOpen ?? false;
  }

  get meaning(): UpstreamFailureMeaning {
    return meaningOf(this);
  }

  get isNotFound(): boolean {
    return this.meaning === 'NOT_FOUND';
  }

  /** The credentials were refused (401): renew them, or drop the session that carries them. */
  get isUnauthorized(): boolean {
    return this.meaning === 'UNAUTHORIZED';
  }

  get isConflict(): boolean {
    return this.meaning === 'CONFLICT';
  }

  /** The registry has no service by that key (yet): to a watcher, a service with no instances. */
  get isUnknownService(): boolean {
    return this.upstreamCode === CseCode.SERVICE_NOT_FOUND;
  }

  /**
   * A failure of the upstream itself rather than a refusal of the request: no answer, an unreadable one,
   * 429 or 5xx. These are what a circuit breaker counts.
   */
  get isTransient(): boolean {
    if (this.kind !== 'HTTP') return true;
    const status = this.status ?? 0;
    return status === 429 || status >= 500;
  }

  /** Worth sending a read again: the connection failed, or the upstream said 429 or 5xx. */
  get isRetryable(): boolean {
    return this.kind === 'UNAVAILABLE' || (this.kind === 'HTTP' && this.isTransient);
  }
}

function meaningOf(error: UpstreamError): UpstreamFailureMeaning {
  switch (error.kind) {
    case 'TIMEOUT':
      return 'TIMEOUT';
    case 'UNAVAILABLE':
    case 'BAD_RESPONSE':
      return 'UNAVAILABLE';
    case 'HTTP':
      break;
  }
  const status = error.status ?? 0;
  const code = error.upstreamCode ?? '';
  if (NOT_FOUND_CODES.has(code)) return 'NOT_FOUND';
  if (CONFLICT_CODES.has(code)) return 'CONFLICT';
  // "Not allowed to modify schema" (§8.3): the service's environment forbids it.
  if (code === CseCode.SCHEMA_NOT_MODIFIABLE) return 'FORBIDDEN';
  if (status === 401) return 'UNAUTHORIZED';
  if (status === 403 || status === 405) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 408) return 'TIMEOUT';
  if (status === 429 || status >= 500) return 'UNAVAILABLE';
  if (status >= 400) return 'BAD_REQUEST';
  return 'UNKNOWN';
}

const API_NAMES: Record<UpstreamApi, string> = {
  cas: 'ServiceStage application management',
  cse: 'CSE registry',
  config: 'CSE config center',
  iam: 'IAM',
};

function describe(init: UpstreamErrorInit): string {
  const where = `${API_NAMES[init.api]} (${init.method} ${init.route})`;
  switch (init.kind) {
    case 'HTTP':
      return `${where} answered ${init.status}${init.upstreamCode ? ` ${init.upstreamCode}` : ''}: ${init.upstreamMessage ?? 'no message'}`;
    case 'TIMEOUT':
      return init.mayHaveApplied
        ? `${where} did not answer in time; the change may have been applied. Check its state before trying again.`
        : `${where} did not answer in time. Try again later.`;
    case 'UNAVAILABLE':
      return init.mayHaveApplied
        ? `${where} closed the connection; the change may have been applied. Check its state before trying again.`
        : `${where} is unreachable (${init.upstreamMessage ?? 'connection failed'}). Try again later.`;
    case 'BAD_RESPONSE':
      return `${where} sent an unreadable answer (${init.upstreamMessage ?? 'malformed body'}).`;
  }
}

/** Reads an error body in any of the three upstream formats; non-JSON and empty bodies are kept as text. */
export function parseErrorBody(text: string): { code?: string; message?: string } {
  if (text.trim() === '') return { message: 'empty body' };
  try {
    const body = JSON.parse(text) as Record<string, unknown>;
    // CAS and the config center: {error_code, error_msg}
    if (typeof body.error_code === 'string') return { code: body.error_code, message: String(body.error_msg ?? '') };
    // Registry: {errorCode, errorMessage, detail}
    if (typeof body.errorCode === 'string' || typeof body.errorCode === 'number') {
      const message = String(body.errorMessage ?? '');
      // service-center writes the detail into the message already: "Message(detail)".
      const detail = typeof body.detail === 'string' && body.detail && !message.endsWith(`(${body.detail})`) ? ` (${body.detail})` : '';
      return { code: String(body.errorCode), message: `${message}${detail}` };
    }
    // IAM: {error: {code, message}}
    const err = body.error as { code?: unknown; message?: unknown } | undefined;
    if (err && typeof err === 'object') return { code: err.code !== undefined ? String(err.code) : undefined, message: String(err.message ?? '') };
    return { message: text.slice(0, 500) };
  } catch {
    return { message: text.slice(0, 500) };
  }
}

/**
 * Why a call was refused before it left the gateway: `credential` (a header value a server would
 * refuse), `input` (a path segment that would name another resource), `aborted` (the caller went
 * away), `budget` / `deadline` (the operation's MAX_UPSTREAM_CALLS or OPERATION_TIMEOUT_MS).
 */
export type LocalRefusal = 'credential' | 'input' | 'aborted' | 'budget' | 'deadline';

/**
 * A call the gateway refused (or cut short) itself. It is the caller's error: never retried, never
 * counted by a circuit breaker, which counts only what the upstream did.
 */
export class LocalRequestError extends Error {
  constructor(
    readonly reason: LocalRefusal,
    message: string,
    /** What to fix: the header, path parameter or setting at fault. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'LocalRequestError';
  }
}
