/**
 * GraphQL inputs of application-management writes, checked against the reference's rules and
 * turned into the wire bodies of chapter 4. Nothing here calls upstream.
 */
import { z } from 'zod';
import { check } from './check.js';
import * as r from './rules.js';
import type * as G from '../generated/resolvers-types.js';
import type * as W from '../wire/cas.js';

const resource = z.object({ id: r.resourceId, name: z.string().max(128).nullish(), type: r.resourceType });
const baseResource = resource.extend({ type: r.baseResourceType });

const createEnvironment = z.object({
  name: r.resourceName,
  alias: r.alias.nullish(),
  description: r.description.nullish(),
  enterpriseProjectId: z.string().max(64).nullish(),
  vpcId: z.string().min(1, 'must not be empty').max(128),
  baseResources: z.array(baseResource).min(1, 'at least one basic resource (cce or ecs) is required (SVCSTG.00100422)'),
  optionalResources: z.array(resource).nullish(),
});

const resourceOut = (x: { id: string; name?: string | null; type: string }): W.EnvironmentResource => ({ id: x.id, type: x.type, ...(x.name ? { name: x.name } : {}) });

export function createEnvironmentBody(input: G.CreateEnvironmentInput): W.CreateEnvironmentRequest {
  const v = check(createEnvironment, input, 'input');
  return {
    name: v.name,
    ...(v.alias != null && { alias: v.alias }),
    ...(v.description != null && { description: v.description }),
    ...(v.enterpriseProjectId != null && { enterprise_project_id: v.enterpriseProjectId }),
    charge_mode: 'provided',
    vpc_id: v.vpcId,
    base_resources: v.baseResources.map(resourceOut),
    ...(v.optionalResources && { optional_resources: v.optionalResources.map(resourceOut) }),
  };
}

const updateEnvironment = z
  .object({ name: r.resourceName.nullish(), alias: r.alias.nullish(), description: r.description.nullish() })
  .refine((v) => v.name != null || v.alias != null || v.description != null, 'give at least one of name, alias and description');

export function updateEnvironmentBody(input: G.UpdateEnvironmentInput): W.UpdateEnvironmentRequest {
  const v = check(updateEnvironment, input, 'input');
  return { ...(v.name != null && { name: v.name }), ...(v.alias != null && { alias: v.alias }), ...(v.description != null && { description: v.description }) };
}

const modifyResources = z
  .object({
    addBaseResources: z.array(baseResource).nullish(),
    addOptionalResources: z.array(resource).nullish(),
    removeResources: z.array(z.object({ id: r.resourceId, type: r.resourceType })).nullish(),
  })
  .refine((v) => (v.addBaseResources?.length ?? 0) + (v.addOptionalResources?.length ?? 0) + (v.removeResources?.length ?? 0) > 0, 'add or remove at least one resource');

export function modifyResourcesBody(input: G.ModifyEnvironmentResourcesInput): W.PatchEnvironmentResourcesRequest {
  const v = check(modifyResources, input, 'input');
  return {
    ...(v.addBaseResources && { add_base_resources: v.addBaseResources.map(resourceOut) }),
    ...(v.addOptionalResources && { add_optional_resources: v.addOptionalResources.map(resourceOut) }),
    ...(v.removeResources && { remove_resources: v.removeResources }),
  };
}

const createApplication = z.object({ name: r.resourceName, description: r.description.nullish(), enterpriseProjectId: z.string().max(64).nullish() });

export function createApplicationBody(input: G.CreateApplicationInput): W.CreateApplicationRequest {
  const v = check(createApplication, input, 'input');
  return { name: v.name, ...(v.description != null && { description: v.description }), ...(v.enterpriseProjectId != null && { enterprise_project_id: v.enterpriseProjectId }) };
}

const updateApplication = z
  .object({ name: r.resourceName.nullish(), description: r.description.nullish() })
  .refine((v) => v.name != null || v.description != null, 'give at least one of name and description');

export function updateApplicationBody(input: G.UpdateApplicationInput): W.UpdateApplicationRequest {
  const v = check(updateApplication, input, 'input');
  return { ...(v.name != null && { name: v.name }), ...(v.description != null && { description: v.description }) };
}

export function envVarsBody(env: readonly G.EnvVarInput[], argument = 'env'): W.EnvVar[] {
  return check(r.envVars, env, argument);
}

const SUB_CATEGORIES: Record<G.ComponentCategory, readonly string[]> = {
  WEBAPP: ['Web'],
  MICROSERVICE: ['Java Chassis', 'Go Chassis', 'Mesher', 'Spring Cloud', 'Dubbo'],
  COMMON: [],
};
const CATEGORY_WIRE: Record<G.ComponentCategory, W.ComponentCategory> = { WEBAPP: 'Webapp', MICROSERVICE: 'MicroService', COMMON: 'Common' };

const source = z
  .object({
    code: z
      .object({
        repoType: z.enum(['GitHub', 'GitLab', 'Gitee', 'Bitbucket'], { errorMap: () => ({ message: 'must be GitHub, GitLab, Gitee or Bitbucket' }) }),
        repoUrl: z.string().url('must be a repository URL such as https://github.com/example/demo.git'),
        repoRef: z.string().min(1).max(256).nullish(),
        repoAuth: z.string().min(1, 'must name an authorization').max(256),
      })
      .nullish(),
    artifact: z
      .object({
        url: z.string().min(1, 'must not be empty').max(1024),
        auth: z.enum(['iam', 'none'], { errorMap: () => ({ message: 'must be iam or none' }) }).nullish(),
        endpoint: z.string().max(512).nullish(),
        bucket: z.string().max(256).nullish(),
        key: z.string().max(1024).nullish(),
      })
      .nullish(),
  })
  .refine((s) => (s.code ? 1 : 0) + (s.artifact ? 1 : 0) === 1, 'give exactly one of code and artifact');

function sourceOut(s: z.output<typeof source>): W.ComponentSource {
  if (s.code) {
    return { kind: 'code', spec: { repo_type: s.code.repoType, repo_url: s.code.repoUrl, repo_auth: s.code.repoAuth, ...(s.code.repoRef && { repo_ref: s.code.repoRef }) } };
  }
  const a = s.artifact!;
  const properties = { ...(a.endpoint && { endpoint: a.endpoint }), ...(a.bucket && { bucket: a.bucket }), ...(a.key && { key: a.key }) };
  return { kind: 'artifact', spec: { storage: 'obs', type: 'package', url: a.url, ...(a.auth && { auth: a.auth }), ...(Object.keys(properties).length && { properties }) } };
}

const createComponent = z
  .object({
    name: r.resourceName,
    runtime: z.string().min(1, 'must name a runtime from Query.runtimes').max(64),
    category: z.enum(['WEBAPP', 'MICROSERVICE', 'COMMON']),
    subCategory: z.string().nullish(),
    description: r.description.nullish(),
    source: source.nullish(),
    buildParameters: r.jsonObject.nullish(),
  })
  .superRefine((v, ctx) => {
    const allowed = SUB_CATEGORIES[v.category];
    if (v.subCategory && !allowed.includes(v.subCategory)) {
      ctx.addIssue({
        code: 'custom',
        path: ['subCategory'],
        message: allowed.length ? `for ${v.category} use one of ${allowed.join(', ')}` : `${v.category} components have no sub-category`,
      });
    }
  });

export function createComponentBody(input: G.CreateComponentInput): W.CreateComponentRequest {
  const v = check(createComponent, input, 'input');
  return {
    name: v.name,
    runtime: v.runtime,
    category: CATEGORY_WIRE[v.category],
    ...(v.subCategory && { sub_category: v.subCategory as W.ComponentSubCategory }),
    ...(v.description != null && { description: v.description }),
    ...(v.source && { source: sourceOut(v.source) }),
    ...(v.buildParameters && { build: { parameters: v.buildParameters as W.BuildParameters } }),
  };
}

const updateComponent = z
  .object({ name: r.resourceName.nullish(), description: r.description.nullish(), source: source.nullish(), buildParameters: r.jsonObject.nullish() })
  .refine((v) => v.name != null || v.description != null || v.source != null || v.buildParameters != null, 'give at least one field to change');

export function updateComponentBody(input: G.UpdateComponentInput): W.UpdateComponentRequest {
  const v = check(updateComponent, input, 'input');
  return {
    ...(v.name != null && { name: v.name }),
    ...(v.description != null && { description: v.description }),
    ...(v.source && { source: sourceOut(v.source) }),
    ...(v.buildParameters && { build: { parameters: v.buildParameters as W.BuildParameters } }),
  };
}

const artifact = z.object({
  name: z.string().min(1, 'must name the component or container').max(64),
  storage: z.enum(['swr', 'devcloud', 'obs'], { errorMap: () => ({ message: 'must be swr, devcloud or obs' }) }),
  type: z.enum(['package', 'image'], { errorMap: () => ({ message: 'must be package (VM) or image (container)' }) }),
  url: z.string().min(1, 'must not be empty').max(1024),
  auth: z.enum(['iam', 'none'], { errorMap: () => ({ message: 'must be iam or none' }) }).nullish(),
  version: z.string().max(64).nullish(),
  properties: r.jsonObject.nullish(),
});

const referResource = z
  .object({ id: r.resourceId, type: r.resourceType, referAlias: z.string().max(128).nullish(), parameters: r.jsonObject.nullish() })
  .superRefine((v, ctx) => {
    if (v.type === 'cce' && typeof v.parameters?.namespace !== 'string') {
      ctx.addIssue({ code: 'custom', path: ['parameters'], message: 'a cce resource needs parameters.namespace, e.g. {"namespace": "default"}' });
    }
    if (v.type === 'ecs' && !Array.isArray(v.parameters?.hosts)) {
      ctx.addIssue({ code: 'custom', path: ['parameters'], message: 'an ecs resource needs parameters.hosts, a list of ECS ids' });
    }
  });

const externalAccess = z.object({
  protocol: z.enum(['http', 'https'], { errorMap: () => ({ message: 'must be http or https' }) }).nullish(),
  address: z.string().max(256).nullish(),
  forwardPort: z.number().int().min(1, 'must be a port from 1 to 65535').max(65535, 'must be a port from 1 to 65535').nullish(),
});

const configuration = z.object({
  env: r.envVars.nullish(),
  storage: z.array(r.jsonObject, { invalid_type_error: 'must be a list of storage objects (Table 4-131)' }).nullish(),
  strategy: z.object({ upgrade: z.enum(['Recreate', 'RollingUpdate'], { errorMap: () => ({ message: 'must be Recreate or RollingUpdate' }) }).optional() }).passthrough().nullish(),
  lifecycle: r.jsonObject.nullish(),
  scheduler: r.jsonObject.nullish(),
  probes: r.jsonObject.nullish(),
});

const referResources = z
  .array(referResource)
  .min(1, 'at least one resource is required: a cce (with parameters.namespace) or ecs resource')
  .refine((list) => list.some((x) => x.type === 'cce' || x.type === 'ecs'), 'one resource must be of type cce or ecs, where the instance runs');

function artifactsOut(list: z.output<typeof artifact>[]): Record<string, W.InstanceArtifact> {
  return Object.fromEntries(
    list.map((a) => [
      a.name,
      { storage: a.storage, type: a.type, url: a.url, auth: a.auth ?? 'iam', ...(a.version && { version: a.version }), ...(a.properties && { properties: a.properties }) },
    ]),
  );
}

function referOut(list: z.output<typeof referResource>[]): W.ReferResource[] {
  return list.map((x) => ({ id: x.id, type: x.type, ...(x.referAlias && { refer_alias: x.referAlias }), ...(x.parameters && { parameters: x.parameters }) }));
}

function configurationOut(c: z.output<typeof configuration>): W.InstanceConfiguration {
  return {
    ...(c.env && { env: c.env }),
    ...(c.storage && { storage: c.storage as unknown as W.InstanceStorage[] }),
    ...(c.strategy && { strategy: c.strategy as W.InstanceStrategy }),
    ...(c.lifecycle && { lifecycle: c.lifecycle as W.InstanceLifecycle }),
    ...(c.scheduler && { scheduler: c.scheduler as W.InstanceScheduler }),
    ...(c.probes && { probes: c.probes as W.InstanceProbes }),
  };
}

function externalOut(list: z.output<typeof externalAccess>[]): W.ExternalAccessRequest[] {
  return list.map((e) => ({ ...(e.protocol && { protocol: e.protocol }), ...(e.address && { address: e.address }), ...(e.forwardPort != null && { forward_port: e.forwardPort }) }));
}

const uniqueNames = (list: { name: string }[]) => new Set(list.map((a) => a.name)).size === list.length;

const deploy = z.object({
  name: r.instanceName,
  version: r.version,
  replica: z.number().int().min(0, 'must be 0 or more').max(1000, 'must be at most 1000'),
  flavorId: r.flavorId,
  artifacts: z.array(artifact).min(1, 'at least one artifact is required (SVCSTG.00100425)').refine(uniqueNames, 'artifact names must be unique'),
  referResources,
  configuration: configuration.nullish(),
  description: r.description.nullish(),
  externalAccesses: z.array(externalAccess).nullish(),
});

/** The environment id is decoded by the caller (it is a global ID). */
export function deployBody(input: G.DeployComponentInput, environmentId: string): W.CreateInstanceRequest {
  const v = check(deploy, input, 'input');
  return {
    name: v.name,
    environment_id: environmentId,
    replica: v.replica,
    flavor_id: v.flavorId,
    artifacts: artifactsOut(v.artifacts),
    version: v.version,
    refer_resources: referOut(v.referResources),
    ...(v.configuration && { configuration: configurationOut(v.configuration) }),
    ...(v.description != null && { description: v.description }),
    ...(v.externalAccesses && { external_accesses: externalOut(v.externalAccesses) }),
  };
}

const upgrade = z.object({
  version: r.version,
  flavorId: r.flavorId.nullish(),
  artifacts: z.array(artifact).min(1, 'give at least one artifact, or leave artifacts out').refine(uniqueNames, 'artifact names must be unique').nullish(),
  configuration: configuration.nullish(),
  description: r.description.nullish(),
  externalAccesses: z.array(externalAccess).nullish(),
  referResources: referResources.nullish(),
});

export function upgradeBody(input: G.UpgradeComponentInstanceInput): W.UpdateInstanceRequest {
  const v = check(upgrade, input, 'input');
  return {
    version: v.version,
    ...(v.flavorId && { flavor_id: v.flavorId }),
    ...(v.artifacts && { artifacts: artifactsOut(v.artifacts) }),
    ...(v.configuration && { configuration: configurationOut(v.configuration) }),
    ...(v.description != null && { description: v.description }),
    ...(v.externalAccesses && { external_accesses: externalOut(v.externalAccesses) }),
    ...(v.referResources && { refer_resources: referOut(v.referResources) }),
  };
}

export function scaleBody(replica: number, hosts: readonly string[] | null | undefined): W.InstanceActionRequest {
  const v = check(
    z.object({
      replica: z.number().int().min(0, 'must be 0 or more').max(1000, 'must be at most 1000'),
      hosts: z.array(z.string().min(1).max(128)).nullish(),
    }),
    { replica, hosts },
    '',
  );
  return { action: 'scale', parameters: { replica: v.replica, ...(v.hosts && { hosts: v.hosts }) } };
}

export function rollbackBody(version: string): W.InstanceActionRequest {
  const v = check(z.object({ version: r.version }), { version }, '');
  return { action: 'rollback', parameters: { version: v.version } };
}
