/** What the CAS route files share: the route adder, the project lookup and query parameter readers. */
import { casError } from '../http/errors.js';
import type { EmuRequest, Handler, HttpMethod } from '../http/routes.js';
import type { CasProject } from './project.js';
import type { RawListQuery } from './paging.js';

/** Adds a route under /v2/{project_id}/cas, written as the rest of the reference's template. */
export type AddCasRoute = (method: HttpMethod, path: string, handler: Handler) => void;

/** The CAS data of the caller's project (the server has checked the token against {project_id}). */
export type CasOf = (req: EmuRequest) => CasProject;

export const param = (req: EmuRequest, name: string): string => req.params[name] ?? '';

export const queryValue = (req: EmuRequest, name: string): string | undefined => req.query.get(name) ?? undefined;

export function listQuery(req: EmuRequest): RawListQuery {
  return { limit: queryValue(req, 'limit'), offset: queryValue(req, 'offset'), order_by: queryValue(req, 'order_by'), order: queryValue(req, 'order') };
}

/** `force` (§4.4.4 Table 4-117, §4.5.5 Table 4-171): a boolean, false when absent. */
export function force(req: EmuRequest): boolean {
  const raw = queryValue(req, 'force');
  if (raw === undefined) return false;
  if (raw !== 'true' && raw !== 'false') throw casError('SVCSTG.00100400', `force: must be true or false, got "${raw}".`);
  return raw === 'true';
}
