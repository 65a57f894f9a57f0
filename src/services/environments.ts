/** Environment writes (§4.2): each answers the environment, which the request keeps in place of what it read. */
import type * as G from '../generated/resolvers-types.js';
import * as inputs from '../inputs/cas.js';
import type { EnvironmentModel } from '../loaders/models.js';
import { sendWrite, type CasWriteScope } from './write-scope.js';

/** The environment list and the environment are forgotten; the answer is primed, so reading it again costs nothing. */
async function environmentWritten(scope: CasWriteScope, environmentId: string | undefined, send: () => Promise<EnvironmentModel>): Promise<EnvironmentModel> {
  const env = await sendWrite(send, (answer) => scope.loaders.cas.afterWrite.environment(answer?.id ?? environmentId));
  scope.loaders.cas.environment.prime(env.id, env);
  return env;
}

export async function createEnvironment(scope: CasWriteScope, input: G.CreateEnvironmentInput): Promise<EnvironmentModel> {
  const body = inputs.createEnvironmentBody(input);
  return environmentWritten(scope, undefined, () => scope.cas.createEnvironment(body));
}

export async function updateEnvironment(scope: CasWriteScope, environmentId: string, input: G.UpdateEnvironmentInput): Promise<EnvironmentModel> {
  const body = inputs.updateEnvironmentBody(input);
  return environmentWritten(scope, environmentId, () => scope.cas.updateEnvironment(environmentId, body));
}

export async function modifyEnvironmentResources(scope: CasWriteScope, environmentId: string, input: G.ModifyEnvironmentResourcesInput): Promise<EnvironmentModel> {
  const body = inputs.modifyResourcesBody(input);
  return environmentWritten(scope, environmentId, () => scope.cas.patchEnvironmentResources(environmentId, body));
}

export async function deleteEnvironment(scope: CasWriteScope, environmentId: string): Promise<void> {
  await sendWrite(
    () => scope.cas.deleteEnvironment(environmentId),
    () => scope.loaders.cas.afterWrite.environment(environmentId),
  );
}
