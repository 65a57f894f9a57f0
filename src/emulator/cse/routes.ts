/** Every registry (CSE) and config center route of reference chapter 5, plus the config center's seeding control route. */
import type { RouteTable } from '../http/routes.js';
import type { EmulatorState } from '../state.js';
import { registerConfigRoutes } from './routes-config.js';
import { registerInstanceRoutes } from './routes-instances.js';
import { registerServiceRoutes } from './routes-services.js';
import { registerServicecombRoutes } from './routes-servicecomb.js';
import { registerRbacRoutes } from './rbac-routes.js';
import { DIALECTS } from './flavour.js';

/** The routes of the flavour the emulator plays (settings.registry), fixed for the emulator's life. */
export function registerCseRoutes(routes: RouteTable, state: EmulatorState): void {
  const dialect = DIALECTS[state.settings.registry ?? 'reference'];
  registerServiceRoutes(routes, state);
  registerInstanceRoutes(routes, state);
  if (dialect.extraRoutes) registerServicecombRoutes(routes, state);
  if (state.settings.cseAuth === 'rbac') registerRbacRoutes(routes, state);
  // service-center has no config center: /v3 answers 404 there (its seeding control route stays).
  registerConfigRoutes(routes, state, { serve: dialect.configCenter });
}
