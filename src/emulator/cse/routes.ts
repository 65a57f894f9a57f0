/** Every registry (CSE) and config center route of reference chapter 5, plus the config center's seeding control route. */
import type { RouteTable } from '../http/routes.js';
import type { EmulatorState } from '../state.js';
import { registerConfigRoutes } from './routes-config.js';
import { registerInstanceRoutes } from './routes-instances.js';
import { registerServiceRoutes } from './routes-services.js';

export function registerCseRoutes(routes: RouteTable, state: EmulatorState): void {
  registerServiceRoutes(routes, state);
  registerInstanceRoutes(routes, state);
  registerConfigRoutes(routes, state);
}
