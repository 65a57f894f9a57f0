/** Component writes (§4.4): a component's change also changes its application's component count. */
import type * as G from '../generated/resolvers-types.js';
import * as inputs from '../inputs/cas.js';
import type { ComponentKey } from '../loaders/cas.js';
import type { ComponentModel } from '../loaders/models.js';
import { sendWrite, type CasWriteScope } from './write-scope.js';

export async function createComponent(scope: CasWriteScope, applicationId: string, input: G.CreateComponentInput): Promise<ComponentModel> {
  const body = inputs.createComponentBody(input);
  return sendWrite(
    () => scope.cas.createComponent(applicationId, body),
    (component) => scope.loaders.cas.afterWrite.component(applicationId, component?.id),
  );
}

export async function updateComponent(scope: CasWriteScope, key: ComponentKey, input: G.UpdateComponentInput): Promise<ComponentModel> {
  const body = inputs.updateComponentBody(input);
  return sendWrite(
    () => scope.cas.updateComponent(key.applicationId, key.componentId, body),
    () => scope.loaders.cas.afterWrite.component(key.applicationId, key.componentId),
  );
}

export async function deleteComponent(scope: CasWriteScope, key: ComponentKey, force?: boolean): Promise<void> {
  await sendWrite(
    () => scope.cas.deleteComponent(key.applicationId, key.componentId, force),
    () => scope.loaders.cas.afterWrite.component(key.applicationId, key.componentId),
  );
}
