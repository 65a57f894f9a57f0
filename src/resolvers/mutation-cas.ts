/** Writes of environments, applications and components (§4.2-4.4): the IDs decoded, the write delegated to its service. */
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { decodeIdOf } from '../graph/global-id.js';
import * as applications from '../services/applications.js';
import * as components from '../services/components.js';
import * as environments from '../services/environments.js';

type CasMutations = Pick<
  MutationResolvers,
  | 'createEnvironment'
  | 'updateEnvironment'
  | 'modifyEnvironmentResources'
  | 'deleteEnvironment'
  | 'createApplication'
  | 'updateApplication'
  | 'deleteApplication'
  | 'setApplicationConfiguration'
  | 'deleteApplicationConfiguration'
  | 'createComponent'
  | 'updateComponent'
  | 'deleteComponent'
>;

export const casMutations: CasMutations = {
  createEnvironment: (_p, { input }, ctx) => environments.createEnvironment(ctx, input),
  updateEnvironment: (_p, { id, input }, ctx) => environments.updateEnvironment(ctx, decodeIdOf(id, 'Environment').environmentId, input),
  modifyEnvironmentResources: (_p, { id, input }, ctx) => environments.modifyEnvironmentResources(ctx, decodeIdOf(id, 'Environment').environmentId, input),
  deleteEnvironment: async (_p, { id }, ctx) => {
    await environments.deleteEnvironment(ctx, decodeIdOf(id, 'Environment').environmentId);
    return { deletedId: id };
  },

  createApplication: (_p, { input }, ctx) => applications.createApplication(ctx, input),
  updateApplication: (_p, { id, input }, ctx) => applications.updateApplication(ctx, decodeIdOf(id, 'Application').applicationId, input),
  deleteApplication: async (_p, { id }, ctx) => {
    await applications.deleteApplication(ctx, decodeIdOf(id, 'Application').applicationId);
    return { deletedId: id };
  },
  setApplicationConfiguration: (_p, args, ctx) => {
    const { applicationId } = decodeIdOf(args.applicationId, 'Application', 'applicationId');
    return applications.setApplicationConfiguration(ctx, applicationId, decodeIdOf(args.environmentId, 'Environment', 'environmentId').environmentId, args.env);
  },
  deleteApplicationConfiguration: (_p, args, ctx) => {
    const { applicationId } = decodeIdOf(args.applicationId, 'Application', 'applicationId');
    return applications.deleteApplicationConfiguration(ctx, applicationId, decodeIdOf(args.environmentId, 'Environment', 'environmentId').environmentId);
  },

  createComponent: (_p, { applicationId, input }, ctx) => components.createComponent(ctx, decodeIdOf(applicationId, 'Application', 'applicationId').applicationId, input),
  updateComponent: (_p, { id, input }, ctx) => components.updateComponent(ctx, decodeIdOf(id, 'Component'), input),
  deleteComponent: async (_p, { id, force }, ctx) => {
    await components.deleteComponent(ctx, decodeIdOf(id, 'Component'), force ?? undefined);
    return { deletedId: id };
  },
};
