/** How emulator routes are declared: by the reference's own URI templates, so call counts read like the reference. */
import type { IncomingHttpHeaders } from 'node:http';
import type { Project } from '../tenancy.js';
import type { ApiKind } from './errors.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface EmuRequest {
  method: HttpMethod;
  /** The reference template this call matched, e.g. "/v2/{project_id}/cas/environments/{environment_id}". */
  route: string;
  api: ApiKind;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body; undefined when the request had none. */
  body: unknown;
  /** The project whose data this call reads and writes (from the token). Throws on unauthenticated routes. */
  readonly tenant: Project;
}

export interface EmuResponse {
  status: number;
  /** Serialized as JSON; undefined sends an empty body. */
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (req: EmuRequest) => EmuResponse | Promise<EmuResponse>;

export interface RouteDef {
  method: HttpMethod;
  /** Reference template with {braces}. */
  path: string;
  api: ApiKind;
  handler: Handler;
  /** Answered without credentials (the registry's own login, POST /v4/token). */
  public?: boolean;
}

export interface RouteTable {
  add(def: RouteDef): void;
}

export const ok = (body?: unknown, headers?: Record<string, string>): EmuResponse => ({ status: 200, body, headers });
export const noContent = (): EmuResponse => ({ status: 204 });
