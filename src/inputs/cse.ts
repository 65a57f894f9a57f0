/** GraphQL inputs of registry writes, checked against chapter 6's rules and turned into wire bodies. */
import { z } from 'zod';
import { check } from './check.js';
import * as r from './rules.js';
import { fromRegistryEnvironment } from '../graph/registry-environment.js';

const registryEnvironment = z.enum(['NONE', 'DEVELOPMENT', 'TESTING', 'ACCEPTANCE', 'PRODUCTION']);

/** The environment to send: none for NONE (a registry reads a missing environment as its default, "" or development). */
export function wireEnvironment(e: G.RegistryEnvironment | null | undefined): Exclude<W.ServiceEnvironment, ''> | undefined {
  return e ? (fromRegistryEnvironment(e) as Exclude<W.ServiceEnvironment, ''>) || undefined : undefined;
}
import type * as G from '../generated/resolvers-types.js';
import type * as W from '../wire/cse.js';

const healthCheck = z.object({
  mode: z.enum(['push', 'pull'], { errorMap: () => ({ message: 'must be push or pull' }) }),
  port: z.number().int().min(0).max(65535, 'must be a port up to 65535').nullish(),
  interval: z.number().int().min(1, 'must be at least 1 second (below 5 the registry uses 5)'),
  times: z.number().int().min(0, 'must be 0 or more'),
});

const registerInstance = z.object({
  instanceId: r.instanceId.nullish(),
  hostName: r.hostName,
  endpoints: z.array(r.endpoint).min(1, 'give at least one endpoint, e.g. rest:127.0.0.1:8080'),
  status: z.enum(['UP', 'DOWN', 'STARTING', 'TESTING', 'OUTOFSERVICE']).nullish(),
  properties: r.stringMap.nullish(),
  healthCheck: healthCheck.nullish(),
  dataCenter: z.object({ name: r.dataCenterField, region: r.dataCenterField, availableZone: r.dataCenterField }).nullish(),
});

function instanceOut(v: z.output<typeof registerInstance>): W.MicroServiceInstance {
  return {
    ...(v.instanceId && { instanceId: v.instanceId }),
    hostName: v.hostName,
    endpoints: v.endpoints,
    status: v.status ?? 'UP',
    ...(v.properties && { properties: v.properties }),
    ...(v.healthCheck && {
      healthCheck: { mode: v.healthCheck.mode, interval: v.healthCheck.interval, times: v.healthCheck.times, ...(v.healthCheck.port != null && { port: v.healthCheck.port }) },
    }),
    ...(v.dataCenter && { dataCenterInfo: v.dataCenter }),
  };
}

export function registerInstanceBody(input: G.RegisterInstanceInput): W.MicroServiceInstance {
  return instanceOut(check(registerInstance, input, 'input'));
}

const createMicroservice = z.object({
  serviceId: z.string().min(1).max(64, 'must have 1 to 64 characters').nullish(),
  environment: registryEnvironment.nullish(),
  appId: r.appId,
  serviceName: r.serviceName,
  version: r.registryVersion,
  description: r.registryDescription.nullish(),
  level: z.enum(['FRONT', 'MIDDLE', 'BACK']).nullish(),
  schemaIds: z.array(r.schemaId).max(100, 'at most 100 schemas').nullish(),
  status: z.enum(['UP', 'DOWN']).nullish(),
  alias: r.registryAlias.nullish(),
  frameworkName: z.string().min(1).max(64).nullish(),
  frameworkVersion: z.string().min(1).max(64, 'must have 1 to 64 bytes').nullish(),
  registerBy: z.enum(['SDK', 'PLATFORM', 'SIDECAR', 'UNKNOWN'], { errorMap: () => ({ message: 'must be SDK, PLATFORM, SIDECAR or UNKNOWN' }) }).nullish(),
  properties: r.stringMap.nullish(),
  instances: z.array(registerInstance).nullish(),
  rules: z
    .array(
      z.object({
        ruleType: z.enum(['WHITE', 'BLACK'], { errorMap: () => ({ message: 'must be WHITE or BLACK' }) }),
        attribute: z.string().regex(/^(tag_.+|ServiceId|AppId|ServiceName|Version|Description|Level|Status)$/, 'tag_<key>, or one of ServiceId, AppId, ServiceName, Version, Description, Level, Status'),
        pattern: z.string().min(1).max(64, 'must be a regular expression of 1 to 64 characters'),
        description: r.registryDescription.nullish(),
      }),
    )
    .nullish(),
  tags: r.stringMap.refine((t) => Object.keys(t).length <= 100, 'at most 100 tags').nullish(),
});

export function createMicroserviceBody(input: G.CreateMicroserviceInput): W.CreateServiceRequest {
  const v = check(createMicroservice, input, 'input');
  const framework = v.frameworkName || v.frameworkVersion ? { ...(v.frameworkName && { name: v.frameworkName }), ...(v.frameworkVersion && { version: v.frameworkVersion }) } : undefined;
  const service: W.MicroService = {
    ...(v.serviceId && { serviceId: v.serviceId }),
    ...(wireEnvironment(v.environment) && { environment: wireEnvironment(v.environment) }),
    appId: v.appId,
    serviceName: v.serviceName,
    version: v.version,
    ...(v.description != null && { description: v.description }),
    ...(v.level && { level: v.level }),
    ...(v.schemaIds && { schemas: v.schemaIds }),
    ...(v.status && { status: v.status }),
    ...(v.alias && { alias: v.alias }),
    ...(framework && { framework }),
    ...(v.registerBy && { registerBy: v.registerBy }),
    ...(v.properties && { properties: v.properties }),
  };
  return {
    service,
    ...(v.instances && { instances: v.instances.map(instanceOut) }),
    ...(v.rules && { rules: v.rules.map((x) => ({ ruleType: x.ruleType, attribute: x.attribute, pattern: x.pattern, ...(x.description && { description: x.description }) })) }),
    ...(v.tags && { tags: v.tags }),
  };
}

export function propertiesBody(properties: unknown): W.Properties {
  return check(r.stringMap, properties, 'properties');
}

export function schemaBody(schemaId: string, content: string, summary: string | null | undefined): { schemaId: string; body: W.PutSchemaRequest } {
  const v = check(z.object({ schemaId: r.schemaId, content: r.schemaContent, summary: r.schemaSummary.nullish() }), { schemaId, content, summary }, '');
  return { schemaId: v.schemaId, body: { schema: v.content, ...(v.summary && { summary: v.summary }) } };
}

const dependencyService = (role: 'consumer' | 'provider') =>
  z
    .object({
      environment: registryEnvironment.nullish(),
      appId: r.appId.nullish(),
      serviceName: role === 'consumer' ? r.serviceName : z.union([z.literal('*'), r.serviceName]),
      version: (role === 'consumer' ? r.registryVersion : r.versionRule).nullish(),
    })
    .superRefine((v, ctx) => {
      if (role === 'consumer' && (!v.appId || !v.version)) ctx.addIssue({ code: 'custom', message: 'a consumer needs appId, serviceName and its exact version' });
      if (role === 'provider' && v.serviceName !== '*' && !v.version) ctx.addIssue({ code: 'custom', path: ['version'], message: 'a provider needs a version rule (1.0.0, 1.0.0+, latest) unless serviceName is *' });
    });

const dependencies = z
  .array(z.object({ consumer: dependencyService('consumer'), providers: z.array(dependencyService('provider')) }))
  .min(1, 'give 1 to 100 dependencies')
  .max(100, 'give 1 to 100 dependencies (Table 5-15)');

export function dependenciesBody(input: readonly G.DependencyInput[]): W.PutDependenciesRequest {
  const v = check(dependencies, input, 'dependencies');
  const out = (s: z.output<ReturnType<typeof dependencyService>>): W.DependencyMicroService => ({
    serviceName: s.serviceName,
    ...(wireEnvironment(s.environment) && { environment: wireEnvironment(s.environment) }),
    ...(s.appId && { appId: s.appId }),
    ...(s.version && { version: s.version }),
  });
  return { dependencies: v.map((d) => ({ consumer: out(d.consumer), providers: d.providers.map(out) })) };
}

const tag = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_\-.]{0,63}$/, 'a tag key: a letter, then up to 63 letters, digits, _ - and . (Table 5-37)');

const findInstances = z.object({
  appId: r.appId,
  serviceName: r.serviceName,
  versionRule: r.versionRule.nullish(),
  environment: z.string().nullish(),
  tags: z.array(tag).max(20, 'at most 20 tags').nullish(),
});

export function findInstancesQuery(input: G.FindInstancesInput): W.FindInstancesQuery {
  const v = check(findInstances, input, 'input');
  return {
    appId: v.appId,
    serviceName: v.serviceName,
    version: v.versionRule ?? 'latest',
    ...(wireEnvironment(v.environment as G.RegistryEnvironment | null | undefined) && { env: wireEnvironment(v.environment as G.RegistryEnvironment) }),
    ...(v.tags?.length && { tags: v.tags.join(',') }),
  };
}

const keyFilter = z
  .string()
  .max(256, 'must have at most 256 characters')
  .refine((f) => {
    try {
      new RegExp(f);
      return true;
    } catch {
      return false;
    }
  }, 'must be a valid regular expression');

const configItems = z.object({ serviceName: r.serviceName, appId: r.appId, version: r.registryVersion.nullish(), environment: z.string().nullish(), keyFilter: keyFilter.nullish() });

/** §5.19: dimensionsInfo is {serviceName}@{appId}[#{version}]; the names' own rules keep @ # and spaces out. */
export function configItemsQuery(input: G.ConfigurationItemsInput): { query: W.ConfigItemsQuery; environment: W.ServiceEnvironment | undefined } {
  const v = check(configItems, input, 'input');
  return {
    query: { dimensionsInfo: `${v.serviceName}@${v.appId}${v.version ? `#${v.version}` : ''}`, ...(v.keyFilter && { keyFilter: v.keyFilter }) },
    environment: wireEnvironment(v.environment as G.RegistryEnvironment | null | undefined),
  };
}
