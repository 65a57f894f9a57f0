/**
 * Routes service-center has and the reference does not (registry-behaviour.md): heartbeats of many
 * instances in one call, dependencies that add rather than replace, and a provider's consumers.
 */
import type { RouteTable } from '../http/routes.js';
import { ok } from '../http/routes.js';
import type { EmulatorState } from '../state.js';
import { cseRoute, done } from './http-adapter.js';
import { shapeList, shapeService } from './shapes.js';

const BASE = '/v4/{project_id}/registry';

export function registerServicecombRoutes(routes: RouteTable, state: EmulatorState): void {
  const route = cseRoute.bind(null, routes, state);

  route('PUT', `${BASE}/heartbeats`, (req, registry) => ok({ instances: registry.heartbeatSet(req.body) }));

  route('POST', `${BASE}/dependencies`, (req, registry) => {
    registry.addDependencies(req.body);
    return done();
  });

  route('GET', `${BASE}/microservices/{serviceId}/consumers`, (req, registry) =>
    ok(shapeList(registry.dialect, 'consumers', registry.getConsumers(req.params.serviceId!).map((s) => shapeService(registry.dialect, s)))),
  );
}
