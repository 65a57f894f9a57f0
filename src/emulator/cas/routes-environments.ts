/** §4.2: environments and their resources. */
import { noContent, ok } from '../http/routes.js';
import { listQuery, param, type AddCasRoute, type CasOf } from './routes-support.js';

export function registerEnvironmentRoutes(add: AddCasRoute, cas: CasOf): void {
  const id = '/environments/{environment_id}';
  add('POST', '/environments', (req) => ok(cas(req).environments.create(req.body)));
  add('GET', '/environments', (req) => ok(cas(req).environments.list(listQuery(req))));
  add('GET', id, (req) => ok(cas(req).environments.get(param(req, 'environment_id'))));
  add('PUT', id, (req) => ok(cas(req).environments.update(param(req, 'environment_id'), req.body)));
  add('DELETE', id, (req) => {
    cas(req).environments.delete(param(req, 'environment_id'));
    return noContent();
  });
  add('PATCH', `${id}/resources`, (req) => ok(cas(req).environments.patchResources(param(req, 'environment_id'), req.body)));
}
