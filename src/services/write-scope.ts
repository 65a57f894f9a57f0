/**
 * What a write needs of its request: the clients bound to the caller's credentials, the request's
 * loaders (to forget what the write changed and to prime its answer), and for some writes the session
 * and the live hub. A request's GatewayContext is all of these; a unit test passes fakes.
 */
import type { CasClient } from '../upstream/cas.js';
import type { CseClient } from '../upstream/cse.js';
import { UpstreamError } from '../upstream/errors.js';
import type { Session } from '../upstream/session.js';
import type { CasLoaders } from '../loaders/cas.js';
import type { CseLoaders } from '../loaders/cse.js';
import type { LiveHub } from '../live/hub.js';

/** Writes of environments, applications and components. */
export interface CasWriteScope {
  cas: CasClient;
  loaders: { cas: CasLoaders };
}

/** Writes of component instances: they may take replicas away, which the live hub is told. */
export interface InstanceWriteScope extends CasWriteScope {
  session: Session;
  live: Pick<LiveHub, 'noteReplicasLeaving'>;
}

/** Registry writes: they may deregister, which the live hub is told. */
export interface RegistryWriteScope {
  session: Session;
  cse: CseClient;
  loaders: { cse: CseLoaders };
  live: Pick<LiveHub, 'noteDeregistered'>;
}

/**
 * Sends a write (once: the clients never retry one) and forgets what it changed. A write the upstream
 * refused changed nothing, so nothing is forgotten; one whose outcome is unknown (`mayHaveApplied`) may
 * have changed it, so it is forgotten all the same. Priming and noting are for a write that succeeded.
 */
export async function sendWrite<T>(send: () => Promise<T>, forget: (answer?: T) => void): Promise<T> {
  let answer: T;
  try {
    answer = await send();
  } catch (err) {
    if (err instanceof UpstreamError && err.mayHaveApplied) forget();
    throw err;
  }
  forget(answer);
  return answer;
}
