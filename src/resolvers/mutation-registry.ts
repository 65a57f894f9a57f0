/** Registry writes (§5.4-5.21): check, send once, forget what the request read, answer the object as it is now. */
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { decodeIdOf, encodeId } from '../graph/global-id.js';
import * as inputs from '../inputs/cse.js';
import type { MicroserviceModel } from '../loaders/models.js';

type RegistryMutations = Pick<
  MutationResolvers,
  | 'createMicroservice'
  | 'updateMicroserviceProperties'
  | 'putMicroserviceSchema'
  | 'setDependencies'
  | 'deleteMicroservice'
  | 'deleteMicroservices'
  | 'registerMicroserviceInstance'
  | 'deregisterMicroserviceInstance'
  | 'updateMicroserviceInstanceProperties'
  | 'updateMicroserviceInstanceStatus'
  | 'sendMicroserviceInstanceHeartbeat'
>;

export const registryMutations: RegistryMutations = {
  createMicroservice: async (_p, { input }, ctx) => {
    const { serviceId } = await ctx.cse.createService(inputs.createMicroserviceBody(input));
    ctx.loaders.cse.clear();
    return ctx.loaders.cse.service.load(serviceId);
  },
  updateMicroserviceProperties: async (_p, { id, properties }, ctx) => {
    const { serviceId } = decodeIdOf(id, 'Microservice');
    await ctx.cse.updateServiceProperties(serviceId, inputs.propertiesBody(properties));
    ctx.loaders.cse.clear();
    return ctx.loaders.cse.service.load(serviceId);
  },
  putMicroserviceSchema: async (_p, args, ctx) => {
    const { serviceId } = decodeIdOf(args.id, 'Microservice');
    const { schemaId, body } = inputs.schemaBody(args.schemaId, args.content, args.summary);
    await ctx.cse.putSchema(serviceId, schemaId, body);
    ctx.loaders.cse.clear();
    return { serviceId, schemaId, schema: body.schema, summary: body.summary };
  },
  setDependencies: async (_p, { dependencies }, ctx) => {
    const body = inputs.dependenciesBody(dependencies);
    await ctx.cse.putDependencies(body);
    ctx.loaders.cse.clear();
    const all = await ctx.loaders.cse.allServices();
    const env = (e: string | undefined) => e || 'development';
    return body.dependencies.map(
      ({ consumer }) =>
        all.find(
          (s: MicroserviceModel) =>
            s.appId === consumer.appId && s.serviceName === consumer.serviceName && s.version === consumer.version && env(s.environment) === env(consumer.environment),
        ) ?? null,
    );
  },
  deleteMicroservice: async (_p, { id, force }, ctx) => {
    const { serviceId } = decodeIdOf(id, 'Microservice');
    await ctx.cse.deleteService(serviceId, force ?? undefined);
    ctx.live.noteDeregistered(ctx.session, serviceId);
    ctx.loaders.cse.clear();
    return { deletedId: id };
  },
  deleteMicroservices: async (_p, { ids, force }, ctx) => {
    const serviceIds = ids.map((id, i) => decodeIdOf(id, 'Microservice', `ids[${i}]`).serviceId);
    const answer = await ctx.cse.deleteServices({ serviceIds, ...(force != null && { force }) });
    for (const s of answer.services ?? []) if (s.serviceId && !s.errMessage) ctx.live.noteDeregistered(ctx.session, s.serviceId);
    ctx.loaders.cse.clear();
    return serviceIds.map((serviceId) => {
      const outcome = answer.services?.find((s) => s.serviceId === serviceId);
      const error = outcome?.errMessage || null;
      return { id: encodeId('Microservice', { serviceId }), rawId: serviceId, deleted: outcome !== undefined && !error, error: outcome ? error : 'the registry did not answer for this service' };
    });
  },
  registerMicroserviceInstance: async (_p, { microserviceId, input }, ctx) => {
    const { serviceId } = decodeIdOf(microserviceId, 'Microservice', 'microserviceId');
    const { instanceId } = await ctx.cse.registerInstance(serviceId, inputs.registerInstanceBody(input));
    ctx.loaders.cse.clear();
    return ctx.loaders.cse.instance.load({ serviceId, instanceId });
  },
  deregisterMicroserviceInstance: async (_p, { id }, ctx) => {
    const key = decodeIdOf(id, 'MicroserviceInstance');
    await ctx.cse.deregisterInstance(key.serviceId, key.instanceId);
    ctx.live.noteDeregistered(ctx.session, key.serviceId, key.instanceId);
    ctx.loaders.cse.clear();
    return { deletedId: id };
  },
  updateMicroserviceInstanceProperties: async (_p, { id, properties }, ctx) => {
    const key = decodeIdOf(id, 'MicroserviceInstance');
    await ctx.cse.updateInstanceProperties(key.serviceId, key.instanceId, inputs.propertiesBody(properties));
    ctx.loaders.cse.clear();
    return ctx.loaders.cse.instance.load(key);
  },
  updateMicroserviceInstanceStatus: async (_p, { id, status }, ctx) => {
    const key = decodeIdOf(id, 'MicroserviceInstance');
    await ctx.cse.updateInstanceStatus(key.serviceId, key.instanceId, status);
    ctx.loaders.cse.clear();
    return ctx.loaders.cse.instance.load(key);
  },
  sendMicroserviceInstanceHeartbeat: async (_p, { id }, ctx) => {
    const key = decodeIdOf(id, 'MicroserviceInstance');
    await ctx.cse.heartbeat(key.serviceId, key.instanceId);
    return ctx.loaders.cse.instance.load(key);
  },
};
