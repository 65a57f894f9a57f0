/**
 * The CAS demo data set, made through the same domain methods the routes use, each job finished at
 * once so the demo is RUNNING right after start. 'main' (first project): two environments, three
 * applications, eight components of all three categories, running instances in both environments
 * (most microservices on `cse`, so their replicas appear in the registry), one instance with two
 * versions for rollback demos. 'small' (second project): names of its own so tests can tell them apart.
 */
import type { CasProject } from './project.js';
import type { ComponentCategory, ComponentSubCategory, InstanceArtifact } from '../../wire/cas.js';

const VPC_ID = '29d55020-ae0e-4a18-871c-93e6976ee7bd';
const CCE_DEV = '523498f1-36c4-11eb-ae36-0255ac1000c2';
const CCE_PROD = '6a1f7c2e-4b3d-11eb-9f8e-0255ac100b17';
const CCE_TEAM_B = '7c2e8d3f-5a4b-11eb-8e9f-0255ac100c28';
const ELB_DEV = '9963306a-791e-468c-9306-cf80a9d00298';
const ELB_PROD = 'b3d1f0c2-2e4a-4f6b-8c9d-0a1b2c3d4e5f';
const CSE = { id: 'default', type: 'cse', name: 'Cloud Service Engine' };

interface ComponentSeed {
  name: string;
  runtime: string;
  category: ComponentCategory;
  sub_category?: ComponentSubCategory;
  description: string;
}

interface InstanceSeed {
  name: string;
  env: string;
  component: string;
  version: string;
  replica: number;
  /** Registered in the registry through the `cse` resource. */
  cse: boolean;
  elb?: string;
  /** Later versions, each an upgrade (so each leaves a snapshot). */
  upgrades?: string[];
}

interface Seed {
  environments: { name: string; alias: string; description: string; cce: string; elb?: string; cse: boolean }[];
  applications: { name: string; description: string; components: ComponentSeed[]; config?: Record<string, Record<string, string>> }[];
  instances: InstanceSeed[];
}

const MAIN: Seed = {
  environments: [
    { name: 'development-env', alias: 'Development', description: 'Where teams try their changes.', cce: CCE_DEV, elb: ELB_DEV, cse: true },
    { name: 'production-env', alias: 'Production', description: 'Serves customers.', cce: CCE_PROD, elb: ELB_PROD, cse: true },
  ],
  applications: [
    {
      name: 'weather-app',
      description: 'Weather forecasts as a set of microservices.',
      components: [
        { name: 'weather', runtime: 'Java8', category: 'MicroService', sub_category: 'Java Chassis', description: 'Current weather by city.' },
        { name: 'forecast', runtime: 'Go1', category: 'MicroService', sub_category: 'Go Chassis', description: 'Five-day forecasts.' },
        { name: 'weather-web', runtime: 'Nodejs14', category: 'Webapp', sub_category: 'Web', description: 'The weather site.' },
      ],
      config: { 'development-env': { LOG_LEVEL: 'debug', REGION: 'cn-north-4' }, 'production-env': { LOG_LEVEL: 'info', REGION: 'cn-north-4' } },
    },
    {
      name: 'shop-app',
      description: 'An online shop.',
      components: [
        { name: 'cart', runtime: 'Java11', category: 'MicroService', sub_category: 'Spring Cloud', description: 'Shopping carts.' },
        { name: 'order', runtime: 'Java8', category: 'MicroService', sub_category: 'Java Chassis', description: 'Orders and payments.' },
        { name: 'shop-web', runtime: 'Tomcat8', category: 'Webapp', sub_category: 'Web', description: 'The shop front.' },
      ],
      config: { 'production-env': { CURRENCY: 'CNY' } },
    },
    {
      name: 'ops-tools',
      description: 'Shared operations tooling.',
      components: [
        { name: 'log-collector', runtime: 'Docker', category: 'Common', description: 'Ships container logs.' },
        { name: 'metrics-agent', runtime: 'Python3', category: 'Common', description: 'Scrapes and forwards metrics.' },
      ],
    },
  ],
  instances: [
    { name: 'weather-dev', env: 'development-env', component: 'weather', version: '1.0.0', replica: 2, cse: true, upgrades: ['1.1.0'] },
    { name: 'forecast-dev', env: 'development-env', component: 'forecast', version: '1.0.0', replica: 1, cse: true },
    { name: 'weather-web-dev', env: 'development-env', component: 'weather-web', version: '1.0.0', replica: 1, cse: false, elb: ELB_DEV },
    { name: 'cart-dev', env: 'development-env', component: 'cart', version: '2.0.0', replica: 3, cse: true },
    { name: 'order-dev', env: 'development-env', component: 'order', version: '1.2.0', replica: 1, cse: true },
    { name: 'log-collector-dev', env: 'development-env', component: 'log-collector', version: '1.0.0', replica: 1, cse: false },
    { name: 'weather-prod', env: 'production-env', component: 'weather', version: '1.0.0', replica: 3, cse: true },
    { name: 'forecast-prod', env: 'production-env', component: 'forecast', version: '1.0.0', replica: 2, cse: true },
    { name: 'shop-web-prod', env: 'production-env', component: 'shop-web', version: '1.0.0', replica: 2, cse: false, elb: ELB_PROD },
  ],
};

const SMALL: Seed = {
  environments: [{ name: 'team-b-env', alias: 'Team B', description: "Team B's sandbox.", cce: CCE_TEAM_B, cse: true }],
  applications: [
    {
      name: 'inventory-app',
      description: 'Stock levels.',
      components: [
        { name: 'inventory', runtime: 'Java11', category: 'MicroService', sub_category: 'Spring Cloud', description: 'Stock per warehouse.' },
        { name: 'inventory-web', runtime: 'Nodejs14', category: 'Webapp', sub_category: 'Web', description: 'Stock dashboard.' },
      ],
    },
  ],
  instances: [{ name: 'inventory-b', env: 'team-b-env', component: 'inventory', version: '1.0.0', replica: 1, cse: true }],
};

function artifactOf(component: string, runtime: string, version: string): Record<string, InstanceArtifact> {
  return {
    [component]: {
      storage: 'swr',
      type: 'image',
      url: `swr.cn-north-4.myhuaweicloud.com/demo/${component}:${version}`,
      auth: 'iam',
      version,
      properties: { runtime },
    },
  };
}

export function seedCasDemo(cas: CasProject, variant: 'main' | 'small'): void {
  const seed = variant === 'main' ? MAIN : SMALL;
  const finish = (jobId: string) => cas.jobs.finishNow(jobId);

  const envIds = new Map<string, string>();
  for (const e of seed.environments) {
    const env = cas.environments.create({
      name: e.name,
      alias: e.alias,
      description: e.description,
      charge_mode: 'provided',
      vpc_id: VPC_ID,
      base_resources: [{ id: e.cce, type: 'cce', name: `cce-${e.name}` }],
      optional_resources: [...(e.elb ? [{ id: e.elb, type: 'elb', name: `elb-${e.name}` }] : []), ...(e.cse ? [CSE] : [])],
    });
    envIds.set(e.name, env.id);
  }

  const components = new Map<string, { appId: string; id: string; runtime: string }>();
  for (const a of seed.applications) {
    const app = cas.applications.create({ name: a.name, description: a.description });
    for (const c of a.components) {
      const comp = cas.components.create(app.id, {
        ...c,
        source: { kind: 'code', spec: { repo_type: 'GitHub', repo_url: `https://github.com/example/${c.name}.git`, repo_ref: 'master', repo_auth: 'github-demo' } },
        build: { parameters: { artifact_namespace: 'demo' } },
      });
      components.set(c.name, { appId: app.id, id: comp.id, runtime: c.runtime });
    }
    for (const [envName, vars] of Object.entries(a.config ?? {})) {
      cas.applications.putConfiguration(app.id, {
        environment_id: envIds.get(envName),
        configuration: { env: Object.entries(vars).map(([name, value]) => ({ name, value })) },
      });
    }
  }

  for (const i of seed.instances) {
    const comp = components.get(i.component);
    if (!comp) throw new Error(`demo instance ${i.name} names unknown component ${i.component}`);
    const referResources = [
      { id: seed.environments.find((e) => e.name === i.env)?.cce, type: 'cce', parameters: { namespace: 'default' } },
      ...(i.elb ? [{ id: i.elb, type: 'elb' }] : []),
      ...(i.cse ? [{ id: 'default', type: 'cse' }] : []),
    ];
    const created = cas.instances.create(comp.appId, comp.id, {
      name: i.name,
      environment_id: envIds.get(i.env),
      flavor_id: 'MICRO-5G:0.5C:1G',
      replica: i.replica,
      version: i.version,
      description: `${i.component} in ${i.env}`,
      artifacts: artifactOf(i.component, comp.runtime, i.version),
      configuration: { env: [{ name: 'SERVICE_NAME', value: i.component }], strategy: { upgrade: 'RollingUpdate' } },
      external_accesses: i.elb ? [{ protocol: 'http', address: `${i.name}.example.com`, forward_port: 8080 }] : undefined,
      refer_resources: referResources,
    });
    finish(created.job_id);
    for (const version of i.upgrades ?? []) {
      const { job_id } = cas.instances.update(comp.appId, comp.id, created.instance_id, {
        version,
        artifacts: artifactOf(i.component, comp.runtime, version),
      });
      finish(job_id);
    }
  }
}
