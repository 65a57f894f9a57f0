/** §4.1: GET metadata/runtimes and metadata/flavors. */
import { ok } from '../http/routes.js';
import { flavorList, runtimeList } from './metadata.js';
import type { AddCasRoute } from './routes-support.js';

export function registerMetadataRoutes(add: AddCasRoute): void {
  add('GET', '/metadata/runtimes', () => ok(runtimeList()));
  add('GET', '/metadata/flavors', () => ok(flavorList()));
}
