/** Writes of environments, applications and components (§4.2-4.4): check, send once, forget what the request read. */
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { decodeIdOf } from '../graph/global-id.js';
import * as inputs from '../inputs/cas.js';
import type { GatewayContext } from '../context.js';
import type { EnvironmentModel } from '../loaders/models.js';

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

/** An environment write answers the environment: the request forgets what it read and keeps the answer. */
async function environmentWritten(ctx: GatewayContext, write: Promise<EnvironmentModel>): Promise<EnvironmentModel> {
  const env = await write;
  ctx.loaders.cas.afterWrite.environment(env.id);
  ctx.loaders.cas.environment.prime(env.id, env);
  return env;
}

export const casMutations: CasMutations = {
  createEnvironment: (_p, { input }, ctx) => environmentWritten(ctx, ctx.cas.createEnvironment(inputs.createEnvironmentBody(input))),
  updateEnvironment: (_p, { id, input }, ctx) => {
    const { environmentId } = decodeIdOf(id, 'Environment');
    return environmentWritten(ctx, ctx.cas.updateEnvironment(environmentId, inputs.updateEnvironmentBody(input)));
  },
  modifyEnvironmentResources: (_p, { id, input }, ctx) => {
    const { environmentId } = decodeIdOf(id, 'Environment');
    return environmentWritten(ctx, ctx.cas.patchEnvironmentResources(environmentId, inputs.modifyResourcesBody(input)));
  },
  deleteEnvironment: async (_p, { id }, ctx) => {
    const { environmentId } = decodeIdOf(id, 'Environment');
    await ctx.cas.deleteEnvironment(environmentId);
    ctx.loaders.cas.afterWrite.environment(environmentId);
    return { deletedId: id };
  },

  createApplication: async (_p, { input }, ctx) => {
    const app = await ctx.cas.createApplication(inputs.createApplicationBody(input));
    ctx.loaders.cas.afterWrite.application(app.id);
    return app;
  },
  updateApplication: async (_p, { id, input }, ctx) => {
    const { applicationId } = decodeIdOf(id, 'Application');
    const app = await ctx.cas.updateApplication(applicationId, inputs.updateApplicationBody(input));
    ctx.loaders.cas.afterWrite.application(applicationId);
    return app;
  },
  deleteApplication: async (_p, { id }, ctx) => {
    const { applicationId } = decodeIdOf(id, 'Application');
    await ctx.cas.deleteApplication(applicationId);
    ctx.loaders.cas.afterWrite.application(applicationId);
    return { deletedId: id };
  },
  setApplicationConfiguration: async (_p, args, ctx) => {
    const { applicationId } = decodeIdOf(args.applicationId, 'Application', 'applicationId');
    const { environmentId } = decodeIdOf(args.environmentId, 'Environment', 'environmentId');
    const env = inputs.envVarsBody(args.env);
    const config = await ctx.cas.putApplicationConfiguration(applicationId, { environment_id: environmentId, configuration: { env } });
    ctx.loaders.cas.afterWrite.application(applicationId);
    return config;
  },
  deleteApplicationConfiguration: async (_p, args, ctx) => {
    const { applicationId } = decodeIdOf(args.applicationId, 'Application', 'applicationId');
    const { environmentId } = decodeIdOf(args.environmentId, 'Environment', 'environmentId');
    await ctx.cas.deleteApplicationConfiguration(applicationId, environmentId);
    ctx.loaders.cas.afterWrite.application(applicationId);
    return ctx.loaders.cas.application.load(applicationId);
  },

  createComponent: async (_p, { applicationId: appGlobalId, input }, ctx) => {
    const { applicationId } = decodeIdOf(appGlobalId, 'Application', 'applicationId');
    const component = await ctx.cas.createComponent(applicationId, inputs.createComponentBody(input));
    ctx.loaders.cas.afterWrite.component(applicationId, component.id);
    return component;
  },
  updateComponent: async (_p, { id, input }, ctx) => {
    const key = decodeIdOf(id, 'Component');
    const component = await ctx.cas.updateComponent(key.applicationId, key.componentId, inputs.updateComponentBody(input));
    ctx.loaders.cas.afterWrite.component(key.applicationId, key.componentId);
    return component;
  },
  deleteComponent: async (_p, { id, force }, ctx) => {
    const key = decodeIdOf(id, 'Component');
    await ctx.cas.deleteComponent(key.applicationId, key.componentId, force ?? undefined);
    ctx.loaders.cas.afterWrite.component(key.applicationId, key.componentId);
    return { deletedId: id };
  },
};
