/** §4.4: components of an application. */
import { noContent, ok } from '../http/routes.js';
import { force, listQuery, param, type AddCasRoute, type CasOf } from './routes-support.js';

export function registerComponentRoutes(add: AddCasRoute, cas: CasOf): void {
  const list = '/applications/{application_id}/components';
  const id = `${list}/{component_id}`;
  add('POST', list, (req) => ok(cas(req).components.create(param(req, 'application_id'), req.body)));
  add('GET', list, (req) => ok(cas(req).components.list(param(req, 'application_id'), listQuery(req))));
  add('GET', id, (req) => ok(cas(req).components.get(param(req, 'application_id'), param(req, 'component_id'))));
  add('PUT', id, (req) => ok(cas(req).components.update(param(req, 'application_id'), param(req, 'component_id'), req.body)));
  add('DELETE', id, (req) => {
    cas(req).components.delete(param(req, 'application_id'), param(req, 'component_id'), force(req));
    return noContent();
  });
}
