/** The one place where registry domain errors become HTTP answers, and helpers the thin route files share. */
import type { IncomingHttpHeaders } from 'node:http';
import type { EmulatorState } from '../state.js';
import { cseError, EmulatorHttpError } from '../http/errors.js';
import type { Dialect } from './flavour.js';
import type { EmuRequest, EmuResponse, Handler, HttpMethod, RouteTable } from '../http/routes.js';
import { RegistryError } from './errors.js';
import type { Registry } from './registry.js';
import type { CseErrorBody } from '../../wire/common.js';
import { CSE_HEADERS } from '../../wire/cse.js';

export type CseHandler = (req: EmuRequest, registry: Registry) => EmuResponse;

/** service-center writes errorMessage as "Message(detail)" (registry-behaviour.md); the reference the bare message. */
export function toHttpError(err: RegistryError, dialect?: Dialect): EmulatorHttpError {
  const e = cseError(err.code, err.detail);
  if (!dialect?.detailInMessage) return e;
  const body = e.body as CseErrorBody;
  return new EmulatorHttpError(e.status, { ...body, errorMessage: `${body.errorMessage}(${err.detail})` }, e.message);
}

/** The error body of a registry error, for answers that carry errors inside (batch find). */
export function errorBody(err: RegistryError, dialect?: Dialect): CseErrorBody {
  return toHttpError(err, dialect).body as CseErrorBody;
}

/** Declares a registry route: the handler gets the caller's project registry; domain errors become §6.3.7 error bodies. */
export function cseRoute(routes: RouteTable, state: EmulatorState, method: HttpMethod, path: string, handler: CseHandler): void {
  const wrapped: Handler = (req) => {
    const registry = state.registry(req.tenant.id);
    try {
      return handler(req, registry);
    } catch (err) {
      if (err instanceof RegistryError) throw toHttpError(err, registry.dialect);
      throw err;
    }
  };
  routes.add({ method, path, api: 'cse', handler: wrapped });
}

export function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

/** X-ConsumerId, when sent and not empty. */
export function consumerIdOf(req: EmuRequest): string | undefined {
  return header(req.headers, CSE_HEADERS.consumerId) || undefined;
}

export function query(req: EmuRequest, name: string): string | undefined {
  return req.query.get(name) ?? undefined;
}

/** An answer with a revision: 304 without a body when the caller already holds it. */
export function revised(body: unknown, revision: string, held: string | undefined): EmuResponse {
  const headers = { [CSE_HEADERS.resourceRevision]: revision };
  return held !== undefined && held === revision ? { status: 304, headers } : { status: 200, body, headers };
}

/** A successful write without an answer body: 200 with an empty body (registry-behaviour.md). */
export function done(): EmuResponse {
  return { status: 200 };
}
