/** Application writes (§4.3), its configuration per environment included. */
import type * as G from '../generated/resolvers-types.js';
import * as inputs from '../inputs/cas.js';
import type { ApplicationConfigurationModel, ApplicationModel } from '../loaders/models.js';
import { sendWrite, type CasWriteScope } from './write-scope.js';

/** An application write forgets the application list, the application, every configuration and the walk of all instances. */
const forgetApplication = (scope: CasWriteScope, applicationId: string | undefined) => () => scope.loaders.cas.afterWrite.application(applicationId);

export async function createApplication(scope: CasWriteScope, input: G.CreateApplicationInput): Promise<ApplicationModel> {
  const body = inputs.createApplicationBody(input);
  return sendWrite(
    () => scope.cas.createApplication(body),
    (app) => scope.loaders.cas.afterWrite.application(app?.id),
  );
}

export async function updateApplication(scope: CasWriteScope, applicationId: string, input: G.UpdateApplicationInput): Promise<ApplicationModel> {
  const body = inputs.updateApplicationBody(input);
  return sendWrite(() => scope.cas.updateApplication(applicationId, body), forgetApplication(scope, applicationId));
}

export async function deleteApplication(scope: CasWriteScope, applicationId: string): Promise<void> {
  await sendWrite(() => scope.cas.deleteApplication(applicationId), forgetApplication(scope, applicationId));
}

export async function setApplicationConfiguration(scope: CasWriteScope, applicationId: string, environmentId: string, env: readonly G.EnvVarInput[]): Promise<ApplicationConfigurationModel> {
  const body = { environment_id: environmentId, configuration: { env: inputs.envVarsBody(env) } };
  return sendWrite(() => scope.cas.putApplicationConfiguration(applicationId, body), forgetApplication(scope, applicationId));
}

/** Answers the application, read again after the write. */
export async function deleteApplicationConfiguration(scope: CasWriteScope, applicationId: string, environmentId: string): Promise<ApplicationModel> {
  await sendWrite(() => scope.cas.deleteApplicationConfiguration(applicationId, environmentId), forgetApplication(scope, applicationId));
  return scope.loaders.cas.application.load(applicationId);
}
