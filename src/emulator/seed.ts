/**
 * POST /__emulator/seed: a synthetic data set of a given size, for benchmarks and load tests. It is
 * made through the same domain methods as the demo (cas/demo.ts), so it obeys every rule the routes
 * do; every deploy job is finished at once, so the data set is RUNNING when the call answers.
 *
 * Shape: environments `env-01`…; applications `app-001`…, each with components `svc-01`… of which
 * three in four are MicroService (on the `cse` resource, so their replicas register in the registry)
 * and the rest alternate Webapp and Common; instance k of a component runs in environment k mod E at
 * version 1.0.⌊k/E⌋ (one version promoted through the environments, as teams do), with 1 or 2 replicas.
 */
import { createHash } from 'node:crypto';
import { controlError } from './http/errors.js';
import { swagger } from './cse/demo.js';
import { DEFAULT_PROJECT, findProject, type Project } from './tenancy.js';
import type { EmulatorState } from './state.js';
import type { CasProject } from './cas/project.js';
import type { Registry } from './cse/registry.js';
import type { ComponentCategory, ComponentSubCategory } from '../wire/cas.js';
import type { MicroService } from '../wire/cse.js';
import type { SeedCounts, SeedSpec } from '../wire/emulator-control.js';

/** Caps that keep one seed call within a few seconds (creation checks are linear in the data, so seeding is quadratic). */
export const SEED_LIMITS = {
  applications: 200,
  componentsPerApplication: 50,
  instancesPerComponent: 10,
  environments: 10,
  schemasPerService: 20,
  /** applications x components x instances. */
  instances: 5_000,
} as const;

export type ParsedSeedSpec = Required<Omit<SeedSpec, 'project'>> & { project: Project };

/** Checks the body of POST /__emulator/seed; every problem is a 400 that names the field and its range. */
export function parseSeedSpec(body: unknown): ParsedSeedSpec {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw controlError(400, 'The body is a JSON object: {"applications", "componentsPerApplication", "instancesPerComponent", "environments"?, "schemasPerService"?, "dependencies"?, "project"?}.');
  }
  const b = body as Record<string, unknown>;
  const count = (name: keyof typeof SEED_LIMITS, min: number, fallback?: number): number => {
    const value = b[name] ?? fallback;
    if (value === undefined) throw controlError(400, `"${name}" is required: an integer from ${min} to ${SEED_LIMITS[name]}.`);
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > SEED_LIMITS[name]) {
      throw controlError(400, `"${name}" must be an integer from ${min} to ${SEED_LIMITS[name]}, got ${JSON.stringify(value)}.`);
    }
    return value;
  };
  const spec = {
    applications: count('applications', 1),
    componentsPerApplication: count('componentsPerApplication', 1),
    instancesPerComponent: count('instancesPerComponent', 0),
    environments: count('environments', 1, 2),
    schemasPerService: count('schemasPerService', 0, 1),
  };
  const total = spec.applications * spec.componentsPerApplication * spec.instancesPerComponent;
  if (total > SEED_LIMITS.instances) {
    throw controlError(400, `applications x componentsPerApplication x instancesPerComponent is ${total}; at most ${SEED_LIMITS.instances} instances per seed.`);
  }
  if (b.dependencies !== undefined && typeof b.dependencies !== 'boolean') throw controlError(400, '"dependencies" must be true or false.');
  let project: Project = DEFAULT_PROJECT;
  if (b.project !== undefined) {
    const found = typeof b.project === 'string' ? findProject({ id: b.project, name: b.project }) : undefined;
    if (!found) throw controlError(400, `"project" must be the id or name of a project (see GET /__emulator/info), got ${JSON.stringify(b.project)}.`);
    project = found;
  }
  return { ...spec, dependencies: b.dependencies ?? true, project };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

interface ComponentPlan {
  category: ComponentCategory;
  sub_category?: ComponentSubCategory;
  runtime: string;
}

const CHASSIS: readonly { sub: ComponentSubCategory; runtime: string }[] = [
  { sub: 'Java Chassis', runtime: 'Java8' },
  { sub: 'Go Chassis', runtime: 'Go1' },
  { sub: 'Spring Cloud', runtime: 'Java11' },
];

/** Three in four components are microservices; the fourth alternates a web app and a common component. */
function componentPlan(index: number): ComponentPlan {
  if (index % 4 !== 3) {
    const c = CHASSIS[index % CHASSIS.length]!;
    return { category: 'MicroService', sub_category: c.sub, runtime: c.runtime };
  }
  return Math.floor(index / 4) % 2 === 0 ? { category: 'Webapp', sub_category: 'Web', runtime: 'Nodejs14' } : { category: 'Common', runtime: 'Docker' };
}

/** A stable made-up cluster id per environment name. */
const clusterId = (name: string) => createHash('sha1').update(`cce/${name}`).digest('hex').slice(0, 32);

/** Refuses names the project already uses before anything is created, so a refused seed leaves nothing behind. */
function checkFree(cas: CasProject, envNames: string[], appNames: string[]): void {
  const taken = (names: string[], existing: string[]) => names.find((n) => existing.includes(n));
  const env = taken(envNames, cas.environments.list({ limit: '1000' }).environments.map((e) => e.name));
  const app = taken(appNames, cas.applications.list({ limit: '1000' }).applications.map((a) => a.name));
  if (env || app) {
    throw controlError(409, `The project already has ${env ? `environment "${env}"` : `application "${app}"`}; empty it first with POST /__emulator/reset {"demo": false}.`);
  }
}

export function seedSynthetic(state: EmulatorState, spec: ParsedSeedSpec): SeedCounts {
  const cas = state.cas(spec.project.id);
  const registry = state.registry(spec.project.id);
  const envNames = Array.from({ length: spec.environments }, (_, e) => `env-${pad(e + 1, 2)}`);
  const appNames = Array.from({ length: spec.applications }, (_, a) => `app-${pad(a + 1, 3)}`);
  checkFree(cas, envNames, appNames);

  const envs = envNames.map((name) => {
    const cce = clusterId(name);
    const env = cas.environments.create({
      name,
      alias: `Environment ${name.slice(4)}`,
      vpc_id: 'vpc-seed',
      base_resources: [{ id: cce, type: 'cce', name: `cce-${name}` }],
      optional_resources: [{ id: 'default', type: 'cse', name: 'Cloud Service Engine' }],
    });
    return { id: env.id, cce };
  });

  let components = 0;
  let instances = 0;
  for (const appName of appNames) {
    const app = cas.applications.create({ name: appName, description: `Synthetic application ${appName}.` });
    for (const env of envs) {
      cas.applications.putConfiguration(app.id, { environment_id: env.id, configuration: { env: [{ name: 'LOG_LEVEL', value: 'info' }, { name: 'APP_NAME', value: appName }] } });
    }
    for (let c = 0; c < spec.componentsPerApplication; c++) {
      const name = `svc-${pad(c + 1, 2)}`;
      const plan = componentPlan(c);
      const comp = cas.components.create(app.id, {
        name,
        runtime: plan.runtime,
        category: plan.category,
        ...(plan.sub_category && { sub_category: plan.sub_category }),
        description: `${plan.category} component ${name} of ${appName}.`,
        source: { kind: 'code', spec: { repo_type: 'GitHub', repo_url: `https://github.com/example/${appName}-${name}.git`, repo_ref: 'main', repo_auth: 'github-seed' } },
      });
      components++;
      for (let k = 0; k < spec.instancesPerComponent; k++) {
        const env = envs[k % envs.length]!;
        const version = `1.0.${Math.floor(k / envs.length)}`;
        const created = cas.instances.create(app.id, comp.id, {
          name: `${appName}-${name}-${k + 1}`,
          environment_id: env.id,
          flavor_id: 'MICRO-5G:0.5C:1G',
          replica: 1 + (k % 2),
          version,
          artifacts: { [name]: { storage: 'swr', type: 'image', url: `swr.cn-north-4.myhuaweicloud.com/seed/${appName}-${name}:${version}`, auth: 'iam', version } },
          refer_resources: [
            { id: env.cce, type: 'cce', parameters: { namespace: 'default' } },
            ...(plan.category === 'MicroService' ? [{ id: 'default', type: 'cse' }] : []),
          ],
        });
        cas.jobs.finishNow(created.job_id);
        instances++;
      }
    }
  }

  const apps = new Set(appNames);
  const services = registry.listServices().filter((s) => s.registerBy === 'PLATFORM' && apps.has(s.appId));
  const schemas = addSchemas(registry, services, spec.schemasPerService);
  const dependencies = spec.dependencies ? addDependencies(registry, services) : 0;
  const registryInstances = services.reduce((n, s) => n + registry.listInstances(s.serviceId!).instances.length, 0);
  return {
    project: { id: spec.project.id, name: spec.project.name },
    environments: envs.length,
    applications: appNames.length,
    components,
    instances,
    jobs: instances,
    registryServices: services.length,
    registryInstances,
    schemas,
    dependencies,
  };
}

function addSchemas(registry: Registry, services: MicroService[], perService: number): number {
  let added = 0;
  for (const s of services) {
    for (let n = 1; n <= perService; n++) {
      const schema = swagger(`${s.serviceName}-${n}`, ['/health', `/${s.serviceName}/items`]);
      registry.putSchema(s.serviceId!, `${s.serviceName}.Api${n}`, { schema, summary: createHash('sha256').update(schema).digest('hex').slice(0, 32) });
      added++;
    }
  }
  return added;
}

/** Every version of a service depends on the latest version of the next service name of its application. */
function addDependencies(registry: Registry, services: MicroService[]): number {
  const namesByApp = new Map<string, string[]>();
  for (const s of services) namesByApp.set(s.appId, [...new Set([...(namesByApp.get(s.appId) ?? []), s.serviceName])].sort());
  const entries = services.flatMap((s) => {
    const names = namesByApp.get(s.appId)!;
    const next = names[names.indexOf(s.serviceName) + 1];
    if (!next) return [];
    return [{ consumer: { environment: s.environment, appId: s.appId, serviceName: s.serviceName, version: s.version }, providers: [{ serviceName: next, version: 'latest' }] }];
  });
  // PUT /registry/dependencies takes 1-100 entries (Table 5-15).
  for (let i = 0; i < entries.length; i += 100) registry.putDependencies({ dependencies: entries.slice(i, i + 100) });
  return entries.length;
}
