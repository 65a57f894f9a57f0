/** GET /__emulator/requests: the recent ServiceStage calls with their status, error code, X-Request-Id and traceparent. */
import type { EmulatorState } from './state.js';
import { ok, type RouteTable } from './http/routes.js';

export function registerRequestLogRoutes(routes: RouteTable, state: EmulatorState): void {
  routes.add({ method: 'GET', path: '/__emulator/requests', api: 'control', handler: () => ok({ requests: state.calls.recent() }) });
}
