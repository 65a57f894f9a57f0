/** Registry writes (§5.4-5.21): the IDs decoded, the write delegated to its service (services/). */
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { decodeIdOf, encodeId } from '../graph/global-id.js';
import * as instances from '../services/microservice-instances.js';
import * as schemas from '../services/microservice-schemas.js';
import * as services from '../services/microservices.js';

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

const serviceIdOf = (id: string, argument?: string) => decodeIdOf(id, 'Microservice', argument).serviceId;
const instanceKey = (id: string) => decodeIdOf(id, 'MicroserviceInstance');

export const registryMutations: RegistryMutations = {
  createMicroservice: (_p, { input }, ctx) => services.createMicroservice(ctx, input),
  updateMicroserviceProperties: (_p, { id, properties }, ctx) => services.updateMicroserviceProperties(ctx, serviceIdOf(id), properties),
  putMicroserviceSchema: (_p, args, ctx) => schemas.putMicroserviceSchema(ctx, serviceIdOf(args.id), args.schemaId, args.content, args.summary),
  setDependencies: (_p, { dependencies }, ctx) => services.setDependencies(ctx, dependencies),
  deleteMicroservice: async (_p, { id, force }, ctx) => {
    await services.deleteMicroservice(ctx, serviceIdOf(id), force ?? undefined);
    return { deletedId: id };
  },
  deleteMicroservices: async (_p, { ids, force }, ctx) => {
    const outcomes = await services.deleteMicroservices(ctx, ids.map((id, i) => serviceIdOf(id, `ids[${i}]`)), force ?? undefined);
    return outcomes.map(({ serviceId, ...outcome }) => ({ id: encodeId('Microservice', { serviceId }), rawId: serviceId, ...outcome }));
  },
  registerMicroserviceInstance: (_p, { microserviceId, input }, ctx) => instances.registerMicroserviceInstance(ctx, serviceIdOf(microserviceId, 'microserviceId'), input),
  deregisterMicroserviceInstance: async (_p, { id }, ctx) => {
    await instances.deregisterMicroserviceInstance(ctx, instanceKey(id));
    return { deletedId: id };
  },
  updateMicroserviceInstanceProperties: (_p, { id, properties }, ctx) => instances.updateMicroserviceInstanceProperties(ctx, instanceKey(id), properties),
  updateMicroserviceInstanceStatus: (_p, { id, status }, ctx) => instances.updateMicroserviceInstanceStatus(ctx, instanceKey(id), status),
  sendMicroserviceInstanceHeartbeat: (_p, { id }, ctx) => instances.sendMicroserviceInstanceHeartbeat(ctx, instanceKey(id)),
};
