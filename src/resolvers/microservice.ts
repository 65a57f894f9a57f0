/** Microservice (registry, Table 6-10): instances by batch find, schemas, providers, its component. */
import type { MicroserviceResolvers, MicroserviceSchemaResolvers } from '../generated/resolvers-types.js';
import { encodeId } from '../graph/global-id.js';
import { fromEpochSeconds, toEnum } from '../graph/convert.js';
import { toRegistryEnvironment } from '../graph/registry-environment.js';
import { selectsField } from '../graph/selection.js';
import { serviceKeyOf } from '../loaders/cse.js';
import { componentOfMicroservice } from '../loaders/joins.js';
import { check } from '../inputs/check.js';
import * as rules from '../inputs/rules.js';

export const Microservice: MicroserviceResolvers = {
  id: (s) => encodeId('Microservice', { serviceId: s.serviceId }),
  rawId: (s) => s.serviceId,
  // An empty environment is NONE: service-center keeps it apart from development.
  environment: (s) => toRegistryEnvironment(s.environment),
  description: (s) => s.description || null,
  level: (s) => toEnum(s.level, ['FRONT', 'MIDDLE', 'BACK'] as const),
  schemaIds: (s) => s.schemas ?? [],
  status: (s) => toEnum(s.status, ['UP', 'DOWN'] as const),
  alias: (s) => s.alias || null,
  paths: (s) => (s.paths ?? []).map((p) => ({ path: p.Path ?? null, property: p.Property ?? null })),
  createdAt: (s) => fromEpochSeconds(s.timestamp),
  updatedAt: (s) => fromEpochSeconds(s.modTimestamp),
  instances: (s, _a, ctx) => ctx.loaders.cse.instancesOf.load(serviceKeyOf(s)),
  // Content only when asked for: withSchema=1 carries every schema's text (§5.23).
  schemas: (s, _a, ctx, info) => ctx.loaders.cse.schemas.load({ serviceId: s.serviceId, withContent: selectsField(info, 'content') }),
  schema: (s, { schemaId }, ctx) => ctx.loaders.cse.schema.load({ serviceId: s.serviceId, schemaId: check(rules.schemaId, schemaId, 'schemaId') }),
  providers: (s, _a, ctx) => ctx.loaders.cse.providers.load(s.serviceId),
  component: (s, _a, ctx) => componentOfMicroservice(ctx.loaders, s),
};

export const MicroserviceSchema: MicroserviceSchemaResolvers = {
  summary: (s) => s.summary || null,
  content: (s) => s.schema ?? null,
};
