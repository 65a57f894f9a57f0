// SKELETON — replaced by the CSE implementation.
import type { RouteTable } from '../http/routes.js';
import type { EmulatorState } from '../state.js';
export function registerCseRoutes(_routes: RouteTable, _state: EmulatorState): void {}
