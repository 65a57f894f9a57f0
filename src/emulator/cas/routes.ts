// SKELETON — replaced by the CAS implementation.
import type { RouteTable } from '../http/routes.js';
import type { EmulatorState } from '../state.js';
export function registerCasRoutes(_routes: RouteTable, _state: EmulatorState): void {}
