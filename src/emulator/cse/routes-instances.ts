/** Instance and discovery routes (reference §5.11-§5.18, §5.22). */
import type { RouteTable } from '../http/routes.js';
import { ok } from '../http/routes.js';
import type { EmulatorState } from '../state.js';
import { invalidField } from './errors.js';
import { consumerIdOf, cseRoute, done, errorBody, query, revised } from './http-adapter.js';
import { checkInstanceId } from './validate.js';
import { shapeBatchFind, shapeList } from './shapes.js';
import type { GetInstanceResponse, GetInstancesResponse, RegisterInstanceResponse } from '../../wire/cse.js';

const BASE = '/v4/{project_id}/registry';
const INSTANCES = `${BASE}/microservices/{serviceId}/instances`;
const INSTANCE = `${INSTANCES}/{instanceId}`;

export function registerInstanceRoutes(routes: RouteTable, state: EmulatorState): void {
  const route = cseRoute.bind(null, routes, state);
  /** Path instance ids follow Table 5-28's pattern. */
  const instanceId = (raw: string | undefined) => checkInstanceId(raw, 'instanceId');

  route('POST', INSTANCES, (req, registry) => ok({ instanceId: registry.registerInstance(req.params.serviceId!, req.body) } satisfies RegisterInstanceResponse));

  route('GET', INSTANCES, (req, registry) => {
    const { instances, revision } = registry.listInstances(req.params.serviceId!, consumerIdOf(req));
    return revised(shapeList(registry.dialect, 'instances', instances) satisfies GetInstancesResponse, revision, query(req, 'rev'));
  });

  route('GET', INSTANCE, (req, registry) => {
    const { instance, revision } = registry.getInstance(req.params.serviceId!, instanceId(req.params.instanceId), consumerIdOf(req));
    return revised({ instance } satisfies GetInstanceResponse, revision, query(req, 'rev'));
  });

  route('DELETE', INSTANCE, (req, registry) => {
    registry.deregisterInstance(req.params.serviceId!, instanceId(req.params.instanceId));
    return done();
  });

  route('PUT', `${INSTANCE}/properties`, (req, registry) => {
    registry.updateInstanceProperties(req.params.serviceId!, instanceId(req.params.instanceId), req.body);
    return done();
  });

  route('PUT', `${INSTANCE}/status`, (req, registry) => {
    registry.setInstanceStatus(req.params.serviceId!, instanceId(req.params.instanceId), query(req, 'value'));
    return done();
  });

  route('PUT', `${INSTANCE}/heartbeat`, (req, registry) => {
    registry.heartbeat(req.params.serviceId!, instanceId(req.params.instanceId));
    return done();
  });

  route('GET', `${BASE}/instances`, (req, registry) => {
    const { instances, revision } = registry.find(
      {
        appId: query(req, 'appId'),
        serviceName: query(req, 'serviceName'),
        version: query(req, 'version'),
        env: query(req, 'env'),
        tags: query(req, 'tags'),
      },
      consumerIdOf(req),
    );
    return revised(shapeList(registry.dialect, 'instances', instances) satisfies GetInstancesResponse, revision, query(req, 'rev'));
  });

  route('POST', `${BASE}/instances/action`, (req, registry) => {
    const type = query(req, 'type');
    if (type !== 'query') throw invalidField('type', type, 'query');
    return ok(shapeBatchFind(registry.dialect, registry.batchFind(req.body, consumerIdOf(req), (err) => errorBody(err, registry.dialect))));
  });
}
