/**
 * One error type for every failed upstream call. It keeps what a caller needs to act:
 * which API, method and route, the HTTP status, and the upstream's own error code and message.
 */
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
      const detail = typeof body.detail === 'string' && body.detail ? ` (${body.detail})` : '';
      return { code: String(body.errorCode), message: `${String(body.errorMessage ?? '')}${detail}` };
    }
    // IAM: {error: {code, message}}
    const err = body.error as { code?: unknown; message?: unknown } | undefined;
    if (err && typeof err === 'object') return { code: err.code !== undefined ? String(err.code) : undefined, message: String(err.message ?? '') };
    return { message: text.slice(0, 500) };
  } catch {
    return { message: text.slice(0, 500) };
  }
}
