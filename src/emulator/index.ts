/** Starts the emulator in-process: `startEmulator({ port: 0 })` -> `{ url, stop, state }`. */
import { EmulatorState } from './state.js';
import { EmulatorServer } from './http/server.js';
import { registerIamRoutes } from './iam.js';
import { registerControlRoutes } from './control.js';
import { registerRequestLogRoutes } from './requests-log.js';
import { registerCasRoutes } from './cas/routes.js';
import { registerCseRoutes } from './cse/routes.js';
import type { RegistryFlavour } from './cse/flavour.js';

export interface EmulatorOptions {
  /** 0 picks a free port. Default 4100. */
  port?: number;
  host?: string;
  /** Load the demo data set (default true). */
  demo?: boolean;
  /** Emulator milliseconds per job task (default 500). */
  jobStepMs?: number;
  /** Which registry to play (default reference; servicecomb: Apache ServiceComb service-center 2.1+). */
  registry?: RegistryFlavour;
  /** 'rbac': the registry needs Authorization: Bearer from POST /v4/token (default none). */
  cseAuth?: 'none' | 'rbac';
  /** Registry instance reads lag writes by this many emulator ms (default 0). */
  registryLagMs?: number;
}

export interface RunningEmulator {
  url: string;
  port: number;
  state: EmulatorState;
  stop(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = options.host ?? '127.0.0.1';
  const state = new EmulatorState({
    jobStepMs: options.jobStepMs ?? 500,
    registry: options.registry ?? 'reference',
    cseAuth: options.cseAuth ?? 'none',
    registryLagMs: options.registryLagMs ?? 0,
  });
  const server = new EmulatorServer(state);
  let url = '';
  registerIamRoutes(server, state);
  registerControlRoutes(server, state, () => url);
  registerRequestLogRoutes(server, state);
  registerCasRoutes(server, state);
  registerCseRoutes(server, state);
  state.reset(options.demo ?? true);
  const port = await server.listen(options.port ?? 4100, host);
  url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url,
    port,
    state,
    stop: async () => {
      state.stop();
      await server.close();
    },
  };
}
