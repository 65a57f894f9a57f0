import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.js';
import { data, having, type Answered, type TestStack } from '../support/gateway.js';
import type { LifecycleInstanceQuery } from '../generated/graphql.js';
import { graphql } from '../generated/gql.js';

graphql(`fragment LifecycleInstance on ComponentInstance { id name version status { status replica availableReplica lastJobStatus failDetail }
  microserviceInstances { hostName version status }
  snapshots { nodes { version } } }`);
graphql(`fragment LifecyclePayload on ComponentInstancePayload { jobId job { rawId status type } instance { ...LifecycleInstance } }`);

const INSTANCE = graphql(`query LifecycleInstance($id: ID!) { node(id: $id) { ...LifecycleInstance } }`);

type Instance = Extract<Answered<LifecycleInstanceQuery>['node'], { microserviceInstances: unknown }>;

/** The whole life of a deployment, through GraphQL only, against the emulator with a driven clock. */
describe('lifecycle: environment -> application -> component -> instance and back', () => {
  test.override('stackOptions', { demo: false });
  const ids = { env: '', app: '', comp: '', inst: '' };

  /** Runs the job to its end on the emulator's clock and answers the instance as it is then. */
  async function finish(stack: TestStack, jobId: string): Promise<undefined>;
  async function finish(stack: TestStack, jobId: string, instanceId: string): Promise<Instance>;
  async function finish(stack: TestStack, jobId: string, instanceId?: string): Promise<Instance | undefined> {
    await stack.emu.advance(60_000);
    const res = data(await stack.gql(graphql(`query LifecycleJob($job: ID!) { job(id: $job) { status isFinished progress tasks { status } } }`), { job: jobId }));
    expect(res.job).toMatchObject({ status: 'SUCCEEDED', isFinished: true, progress: 1 });
    if (!instanceId) return undefined;
    return having(data(await stack.gql(INSTANCE, { id: instanceId })).node, 'microserviceInstances');
  }

  test('should create an environment, an application and a component', async ({ stack }) => {
    const env = data(
      await stack.gql(
        graphql(`mutation LifecycleCreateEnvironment($in: CreateEnvironmentInput!) { createEnvironment(input: $in) { id name vpcId baseResources { id type } optionalResources { type } } }`),
        {
          in: {
            name: 'life-env',
            vpcId: 'vpc-1',
            baseResources: [{ id: 'cce-1', type: 'cce', name: 'cluster' }],
            optionalResources: [{ id: 'default', type: 'cse', name: 'Cloud Service Engine' }],
          },
        },
      ),
    ).createEnvironment;
    expect(env).toMatchObject({ name: 'life-env', vpcId: 'vpc-1', baseResources: [{ id: 'cce-1', type: 'cce' }], optionalResources: [{ type: 'cse' }] });
    ids.env = env.id;

    const app = data(await stack.gql(graphql(`mutation LifecycleCreateApplication { createApplication(input: {name: "life-app", description: "one life"}) { id name description componentCount } }`))).createApplication;
    expect(app).toMatchObject({ name: 'life-app', description: 'one life', componentCount: 0 });
    ids.app = app.id;

    const comp = data(
      await stack.gql(
        graphql(`mutation LifecycleCreateComponent($app: ID!) { createComponent(applicationId: $app, input: {name: "life-svc", runtime: "Java8", category: MICROSERVICE, subCategory: "Java Chassis",
          source: {artifact: {url: "obs://bucket/life.jar", bucket: "bucket", key: "life.jar"}}}) { id name category subCategory application { name componentCount }
          source { ... on ArtifactSource { url storage type } } } }`),
        { app: ids.app },
      ),
    ).createComponent;
    expect(comp).toMatchObject({ name: 'life-svc', category: 'MICROSERVICE', application: { name: 'life-app', componentCount: 1 }, source: { url: 'obs://bucket/life.jar', storage: 'obs' } });
    ids.comp = comp.id;
  });

  test('should deploy, answer the instance and its job at once, and run the job to RUNNING', async ({ stack }) => {
    const res = data(
      await stack.gql(
        graphql(`mutation LifecycleDeploy($comp: ID!, $in: DeployComponentInput!) { deployComponent(componentId: $comp, input: $in) { ...LifecyclePayload } }`),
        {
          comp: ids.comp,
          in: {
            environmentId: ids.env,
            name: 'life-svc-dev',
            version: '1.0.0',
            replica: 1,
            flavorId: 'MICRO-5G:0.5C:1G',
            artifacts: [{ name: 'life-svc', storage: 'swr', type: 'image', url: 'swr.example.com/ns/life:1.0.0' }],
            referResources: [
              { id: 'cce-1', type: 'cce', parameters: { namespace: 'default' } },
              { id: 'default', type: 'cse' },
            ],
            configuration: { env: [{ name: 'LOG_LEVEL', value: 'info' }] },
          },
        },
      ),
    ).deployComponent;
    expect(res.job).toMatchObject({ rawId: res.jobId, type: 'PROVISION' });
    expect(['SUBMITTED', 'RUNNING']).toContain(res.job.status);
    expect(res.instance).toMatchObject({ name: 'life-svc-dev', version: '1.0.0', status: { status: 'INITIALIZING', replica: 1 } });
    ids.inst = res.instance.id;
    const after = await finish(stack, res.jobId, ids.inst);
    expect(after).toMatchObject({ status: { status: 'RUNNING', replica: 1, availableReplica: 1, lastJobStatus: 'SUCCEEDED' } });
    expect(after.microserviceInstances).toHaveLength(1);
    expect(after.snapshots.nodes.map((s) => s.version)).toEqual(['1.0.0']);
  });

  test('should scale to 3 and show 3 available replicas and 3 registry instances', async ({ stack }) => {
    const res = data(await stack.gql(graphql(`mutation LifecycleScale($id: ID!) { scaleComponentInstance(id: $id, replica: 3) { ...LifecyclePayload } }`), { id: ids.inst })).scaleComponentInstance;
    expect(res.instance.status).toMatchObject({ replica: 3 });
    const after = await finish(stack, res.jobId, ids.inst);
    expect(after.status).toMatchObject({ status: 'RUNNING', replica: 3, availableReplica: 3 });
    expect(after.microserviceInstances).toHaveLength(3);
    for (const r of after.microserviceInstances) expect(r).toMatchObject({ version: '1.0.0', status: 'UP' });
  });

  test('should stop and start', async ({ stack }) => {
    const stop = data(await stack.gql(graphql(`mutation LifecycleStop($id: ID!) { stopComponentInstance(id: $id) { ...LifecyclePayload } }`), { id: ids.inst })).stopComponentInstance;
    expect(stop.instance.status.status).toBe('STOPPING');
    const stopped = await finish(stack, stop.jobId, ids.inst);
    expect(stopped.status).toMatchObject({ status: 'STOPPED', availableReplica: 0 });
    expect(stopped.microserviceInstances).toHaveLength(0);

    const start = data(await stack.gql(graphql(`mutation LifecycleStart($id: ID!) { startComponentInstance(id: $id) { ...LifecyclePayload } }`), { id: ids.inst })).startComponentInstance;
    const running = await finish(stack, start.jobId, ids.inst);
    expect(running.status).toMatchObject({ status: 'RUNNING', availableReplica: 3 });
    expect(running.microserviceInstances).toHaveLength(3);

    const restart = data(await stack.gql(graphql(`mutation LifecycleRestart($id: ID!) { restartComponentInstance(id: $id) { ...LifecyclePayload } }`), { id: ids.inst })).restartComponentInstance;
    expect(restart.instance.status.status).toBe('RESTARTING');
    expect((await finish(stack, restart.jobId, ids.inst)).status.status).toBe('RUNNING');
  });

  test('should upgrade to a new version and roll back to the first snapshot', async ({ stack }) => {
    const up = data(
      await stack.gql(graphql(`mutation LifecycleUpgrade($id: ID!) { upgradeComponentInstance(id: $id, input: {version: "1.1.0", artifacts: [{name: "life-svc", storage: "swr", type: "image", url: "swr.example.com/ns/life:1.1.0"}]}) { ...LifecyclePayload } }`), {
        id: ids.inst,
      }),
    ).upgradeComponentInstance;
    expect(up.instance.status.status).toBe('UPGRADING');
    const upgraded = await finish(stack, up.jobId, ids.inst);
    expect(upgraded.version).toBe('1.1.0');
    expect(upgraded.snapshots.nodes.map((s) => s.version).sort()).toEqual(['1.0.0', '1.1.0']);
    expect(upgraded.microserviceInstances.map((r) => r.version)).toEqual(['1.1.0', '1.1.0', '1.1.0']);

    const back = data(await stack.gql(graphql(`mutation LifecycleRollback($id: ID!) { rollbackComponentInstance(id: $id, version: "1.0.0") { ...LifecyclePayload } }`), { id: ids.inst })).rollbackComponentInstance;
    const rolled = await finish(stack, back.jobId, ids.inst);
    expect(rolled.version).toBe('1.0.0');
    expect(rolled.microserviceInstances.map((r) => r.version)).toEqual(['1.0.0', '1.0.0', '1.0.0']);
  });

  test('should delete the instance, the component, the application and the environment', async ({ stack }) => {
    const del = data(await stack.gql(graphql(`mutation LifecycleDelete($id: ID!) { deleteComponentInstance(id: $id) { jobId job { type } instance { status { status } } } }`), { id: ids.inst })).deleteComponentInstance;
    expect(del.job.type).toBe('DEPROVISION');
    expect(del.instance.status.status).toBe('DELETING');
    await finish(stack, del.jobId);
    const gone = await stack.gql(graphql(`query LifecycleGone($id: ID!) { node(id: $id) { id } }`), { id: ids.inst });
    expect(gone.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const registry = data(await stack.gql(graphql(`query LifecycleRegistry { microservices(filter: {serviceName: "life-svc"}) { instances { hostName } } }`)));
    expect(registry.microservices.flatMap((s) => s.instances)).toHaveLength(0);

    expect(data(await stack.gql(graphql(`mutation LifecycleDeleteComponent($id: ID!) { deleteComponent(id: $id) { deletedId } }`), { id: ids.comp })).deleteComponent.deletedId).toBe(ids.comp);
    expect(data(await stack.gql(graphql(`mutation LifecycleDeleteApplication($id: ID!) { deleteApplication(id: $id) { deletedId } }`), { id: ids.app })).deleteApplication.deletedId).toBe(ids.app);
    expect(data(await stack.gql(graphql(`mutation LifecycleDeleteEnvironment($id: ID!) { deleteEnvironment(id: $id) { deletedId } }`), { id: ids.env })).deleteEnvironment.deletedId).toBe(ids.env);
    const left = data(await stack.gql(graphql(`query LifecycleLeft { environments { totalCount } applications { totalCount } }`)));
    expect(left).toEqual({ environments: { totalCount: 0 }, applications: { totalCount: 0 } });
  });
});
