/** Application management routes (reference chapter 4), all under /v2/{project_id}/cas. */
import type { RouteTable } from '../http/routes.js';
import type { EmulatorState } from '../state.js';
import type { AddCasRoute, CasOf } from './routes-support.js';
import { registerMetadataRoutes } from './routes-metadata.js';
import { registerEnvironmentRoutes } from './routes-environments.js';
import { registerApplicationRoutes } from './routes-applications.js';
import { registerComponentRoutes } from './routes-components.js';
import { registerInstanceRoutes } from './routes-instances.js';
import { registerJobRoutes } from './routes-jobs.js';

export function registerCasRoutes(routes: RouteTable, state: EmulatorState): void {
  const add: AddCasRoute = (method, path, handler) => routes.add({ method, path: `/v2/{project_id}/cas${path}`, api: 'cas', handler });
  const cas: CasOf = (req) => state.cas(req.tenant.id);
  registerMetadataRoutes(add);
  registerEnvironmentRoutes(add, cas);
  registerApplicationRoutes(add, cas);
  registerComponentRoutes(add, cas);
  registerInstanceRoutes(add, cas);
  registerJobRoutes(add, cas);
}
