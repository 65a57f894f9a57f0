/**
 * Registry reads that need more than one loader: version rules applied by the gateway, lookups by key
 * (§5.10), and the config center that may not be there.
 */
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../context.js';
import type { MicroserviceKeyInput } from '../generated/resolvers-types.js';
import { decodeIdOf } from '../graph/global-id.js';
import { check } from '../inputs/check.js';
import * as rules from '../inputs/rules.js';
import { wireEnvironment } from '../inputs/cse.js';
import { z } from 'zod';
import { UpstreamError } from '../upstream/errors.js';
import { filterByRule, needsVersions } from '../upstream/version-rules.js';
import type { MicroserviceInstanceModel, MicroserviceModel, MicroserviceSchemaModel } from '../loaders/models.js';

/**
 * Keeps the instances the rule names. For `latest`, the highest version the service has, so a newest
 * version without instances answers none (as a registry that honours rules does), not the version below.
 */
export async function applyVersionRule(ctx: GatewayContext, rule: string, instances: MicroserviceInstanceModel[]): Promise<MicroserviceInstanceModel[]> {
  if (!needsVersions(rule) || instances.length === 0) return filterByRule(rule, instances);
  const all = await ctx.loaders.cse.allServices();
  const owner = all.find((s) => s.serviceId === instances[0]!.serviceId);
  const versions = owner
    ? all.filter((s) => s.appId === owner.appId && s.serviceName === owner.serviceName && (s.environment ?? '') === (owner.environment ?? '')).map((s) => s.version)
    : undefined;
  return filterByRule(rule, instances, versions);
}

/** "Does not exist" answers of existence (§5.10): no such service, version or schema. */
const ABSENT = new Set(['400012', '400016', '400026']);

async function orNull<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch (err) {
    if (err instanceof UpstreamError && err.upstreamCode && ABSENT.has(err.upstreamCode)) return null;
    throw err;
  }
}

const serviceKey = z.object({ appId: rules.appId, serviceName: rules.serviceName, version: rules.registryVersion });

export function findServiceByKey(ctx: GatewayContext, key: MicroserviceKeyInput): Promise<MicroserviceModel | null> {
  const v = check(serviceKey, key, 'key');
  const env = wireEnvironment(key.environment);
  return orNull(async () => {
    const { serviceId } = await ctx.cse.existence({ type: 'microservice', appId: v.appId, serviceName: v.serviceName, version: v.version, ...(env && { env }) });
    return serviceId ? ctx.loaders.cse.service.load(serviceId) : null;
  });
}

export function findSchemaByKey(ctx: GatewayContext, microserviceId: string, schemaId: string): Promise<MicroserviceSchemaModel | null> {
  const { serviceId } = decodeIdOf(microserviceId, 'Microservice', 'microserviceId');
  const v = check(z.object({ schemaId: rules.schemaId }), { schemaId }, '');
  return orNull(async () => {
    const found = await ctx.cse.existence({ type: 'schema', serviceId, schemaId: v.schemaId });
    return { serviceId, schemaId: found.schemaId ?? v.schemaId, ...(found.summary && { summary: found.summary }) };
  });
}

/** A config center that is not there (404 from CONFIG_URL, as service-center answers) says so instead of failing obscurely. */
export async function configItemsOrAbsent<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (err) {
    if (err instanceof UpstreamError && err.api === 'config' && err.status === 404) {
      throw new GraphQLError(
        'There is no config center at CONFIG_URL: it answered 404 for /v3/{project}/configuration/items. Apache ServiceComb service-center has no config center of its own; set CONFIG_URL to your config center (ServiceStage CSE, or a compatible one) to read configuration items.',
        { extensions: { code: 'NOT_FOUND', reason: 'CONFIG_CENTER_ABSENT', status: 404 } },
      );
    }
    throw err;
  }
}
