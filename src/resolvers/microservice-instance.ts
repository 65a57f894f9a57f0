/** MicroserviceInstance (registry, Table 6-2). */
import type { MicroserviceInstanceResolvers } from '../generated/resolvers-types.js';
import { encodeId } from '../graph/global-id.js';
import { fromEpochSeconds, toEnum } from '../graph/convert.js';
import { componentInstanceOfRegistryInstance } from '../loaders/joins.js';

const STATUSES = ['UP', 'DOWN', 'STARTING', 'TESTING', 'OUTOFSERVICE'] as const;


export const MicroserviceInstance: MicroserviceInstanceResolvers = {
  id: (i) => encodeId('MicroserviceInstance', { serviceId: i.serviceId, instanceId: i.instanceId }),
  rawId: (i) => i.instanceId,
  serviceRawId: (i) => i.serviceId,
  endpoints: (i) => i.endpoints ?? [],
  status: (i) => toEnum(i.status, STATUSES),
  dataCenter: (i) => i.dataCenterInfo ?? null,
  createdAt: (i) => fromEpochSeconds(i.timestamp),
  updatedAt: (i) => fromEpochSeconds(i.modTimestamp),
  microservice: (i, _a, ctx) => ctx.loaders.cse.service.load(i.serviceId),
  componentInstance: (i, _a, ctx) => componentInstanceOfRegistryInstance(ctx.loaders, i),
};
