/** §4.5: component instances, their actions and snapshots. The instance delete answers 200 with the job (§4.5.5). */
import { ok, type EmuRequest } from '../http/routes.js';
import { force, listQuery, param, type AddCasRoute, type CasOf } from './routes-support.js';

export function registerInstanceRoutes(add: AddCasRoute, cas: CasOf): void {
  const list = '/applications/{application_id}/components/{component_id}/instances';
  const id = `${list}/{instance_id}`;
  const app = (req: EmuRequest) => param(req, 'application_id');
  const comp = (req: EmuRequest) => param(req, 'component_id');
  const inst = (req: EmuRequest) => param(req, 'instance_id');
  add('POST', list, (req) => ok(cas(req).instances.create(app(req), comp(req), req.body)));
  add('GET', list, (req) => ok(cas(req).instances.list(app(req), comp(req), listQuery(req))));
  add('GET', id, (req) => ok(cas(req).instances.get(app(req), comp(req), inst(req))));
  add('PUT', id, (req) => ok(cas(req).instances.update(app(req), comp(req), inst(req), req.body)));
  add('DELETE', id, (req) => ok(cas(req).instances.delete(app(req), comp(req), inst(req), force(req))));
  add('POST', `${id}/action`, (req) => ok(cas(req).instances.action(app(req), comp(req), inst(req), req.body)));
  add('GET', `${id}/snapshots`, (req) => ok(cas(req).instances.snapshots(app(req), comp(req), inst(req), listQuery(req))));
}
