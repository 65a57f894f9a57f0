/** §4.3: applications and their configuration per environment. */
import { noContent, ok, type EmuRequest } from '../http/routes.js';
import { listQuery, param, queryValue, type AddCasRoute, type CasOf } from './routes-support.js';

export function registerApplicationRoutes(add: AddCasRoute, cas: CasOf): void {
  const id = '/applications/{application_id}';
  const appId = (req: EmuRequest) => param(req, 'application_id');
  add('POST', '/applications', (req) => ok(cas(req).applications.create(req.body)));
  add('GET', '/applications', (req) => ok(cas(req).applications.list(listQuery(req))));
  add('GET', id, (req) => ok(cas(req).applications.get(appId(req))));
  add('PUT', id, (req) => ok(cas(req).applications.update(appId(req), req.body)));
  add('DELETE', id, (req) => {
    cas(req).applications.delete(appId(req));
    return noContent();
  });
  add('PUT', `${id}/configuration`, (req) => ok(cas(req).applications.putConfiguration(appId(req), req.body)));
  add('GET', `${id}/configuration`, (req) => ok(cas(req).applications.getConfiguration(appId(req), queryValue(req, 'environment_id') || undefined)));
  add('DELETE', `${id}/configuration`, (req) => {
    cas(req).applications.deleteConfiguration(appId(req), queryValue(req, 'environment_id') || undefined);
    return noContent();
  });
}
