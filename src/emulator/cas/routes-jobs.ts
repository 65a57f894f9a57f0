/** §4.6.1: GET jobs/{job_id} with instance_id, limit, offset and desc over the tasks. */
import { ok } from '../http/routes.js';
import { parseTaskQuery } from './paging.js';
import { param, queryValue, type AddCasRoute, type CasOf } from './routes-support.js';

export function registerJobRoutes(add: AddCasRoute, cas: CasOf): void {
  add('GET', '/jobs/{job_id}', (req) => {
    const query = parseTaskQuery({
      instance_id: queryValue(req, 'instance_id'),
      limit: queryValue(req, 'limit'),
      offset: queryValue(req, 'offset'),
      desc: queryValue(req, 'desc'),
    });
    return ok(cas(req).jobs.detail(param(req, 'job_id'), query));
  });
}
