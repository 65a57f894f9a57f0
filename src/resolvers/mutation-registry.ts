/**
 * Registry writes (§5.4-5.21): check, send once, forget what the request read, answer the object as it is
 * now. A registry's reads may lag its writes (service-center): what a write did to an instance is noted so
 * the answer shows it (recent-writes.ts), and writes to one instance go out in order (write-order.ts).
 */
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { decodeIdOf, encodeId } from '../graph/global-id.js';
import * as inputs from '../inputs/cse.js';
import type { MicroserviceModel } from '../loaders/models.js';
import { inOrder, instanceWriteKey } from '../upstream/write-order.js';
import type { GatewayContext } from '../context.js';
import type * as W from '../wire/cse.js';

/** A registration as the registry will show it: what was sent, the ids, and the service's version. */
async function registered(ctx: GatewayContext, serviceId: string, instanceId: string, body: W.MicroServiceInstance): Promise<void> {
  const service = await ctx.loaders.cse.service.load(serviceId).catch(() => undefined);
  if (!service) return;
  const now = String(Math.floor(Date.now() / 1000));
  ctx.loaders.cse.noteInstanceWrite(serviceId, instanceId, {
    kind: 'registered',
    instance: { ...body, serviceId, instanceId, version: service.version, status: body.status ?? 'UP', timestamp: now, modTimestamp: now },
    service: { appId: service.appId, serviceName: service.serviceName, environment: service.environment ?? '' },
  });
}

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
    // A consumer sent without environment is the registry's default one: "" on service-center, development on CSE.
    const named = (env: string) => (s: MicroserviceModel, consumer: (typeof body.dependencies)[number]['consumer']) =>
      s.appId === consumer.appId && s.serviceName === consumer.serviceName && s.version === consumer.version && (s.environment ?? '') === env;
    return body.dependencies.map(
      ({ consumer }) =>
        all.find((s) => named(consumer.environment ?? '')(s, consumer)) ?? (consumer.environment ? undefined : all.find((s) => named('development')(s, consumer))) ?? null,
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
    const body = inputs.registerInstanceBody(input);
    const send = () => ctx.cse.registerInstance(serviceId, body);
    const { instanceId } = await (body.instanceId ? inOrder(instanceWriteKey(serviceId, body.instanceId), send) : send());
    ctx.loaders.cse.clear();
    await registered(ctx, serviceId, instanceId, body);
    return ctx.loaders.cse.instance.load({ serviceId, instanceId });
  },
  deregisterMicroserviceInstance: async (_p, { id }, ctx) => {
    const key = decodeIdOf(id, 'MicroserviceInstance');
    await inOrder(instanceWriteKey(key.serviceId, key.instanceId), () => ctx.cse.deregisterInstance(key.serviceId, key.instanceId));
    ctx.loaders.cse.noteInstanceWrite(key.serviceId, key.instanceId, { kind: 'gone' });
    ctx.live.noteDeregistered(ctx.session, key.serviceId, key.instanceId);
    ctx.loaders.cse.clear();
    return { deletedId: id };
  },
  updateMicroserviceInstanceProperties: async (_p, { id, properties }, ctx) => {
    const key = decodeIdOf(id, 'MicroserviceInstance');
    const body = inputs.propertiesBody(properties);
    await inOrder(instanceWriteKey(key.serviceId, key.instanceId), () => ctx.cse.updateInstanceProperties(key.serviceId, key.instanceId, body));
    ctx.loaders.cse.noteInstanceWrite(key.serviceId, key.instanceId, { kind: 'changed', fields: { properties: body } });
    ctx.loaders.cse.clear();
    return ctx.loaders.cse.instance.load(key);
  },
  updateMicroserviceInstanceStatus: async (_p, { id, status }, ctx) => {
    const key = decodeIdOf(id, 'MicroserviceInstance');
    await inOrder(instanceWriteKey(key.serviceId, key.instanceId), () => ctx.cse.updateInstanceStatus(key.serviceId, key.instanceId, status));
    ctx.loaders.cse.noteInstanceWrite(key.serviceId, key.instanceId, { kind: 'changed', fields: { status } });
    ctx.loaders.cse.clear();
    return ctx.loaders.cse.instance.load(key);
  },
  sendMicroserviceInstanceHeartbeat: async (_p, { id }, ctx) => {
    const key = decodeIdOf(id, 'MicroserviceInstance');
    await inOrder(instanceWriteKey(key.serviceId, key.instanceId), () => ctx.cse.heartbeat(key.serviceId, key.instanceId));
    return ctx.loaders.cse.instance.load(key);
  },
};
