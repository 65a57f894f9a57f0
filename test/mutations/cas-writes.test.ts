import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type TestStack } from '../support/gateway.js';
import { data, DEPLOY, deployInput, firstError } from './helpers.js';

describe('environment, application and component writes', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack({ demo: false });
  });
  afterAll(() => stack.stop());

  const createEnv = (name: string) =>
    stack.gql('mutation($in: CreateEnvironmentInput!) { createEnvironment(input: $in) { id name alias description } }', {
      in: { name, vpcId: 'vpc-1', baseResources: [{ id: 'cce-1', type: 'cce' }] },
    });

  it('should create, modify and re-resource an environment, and refuse a taken name with CONFLICT', async () => {
    const env = data(await createEnv('env-a')).createEnvironment;
    const updated = data(await stack.gql('mutation($id: ID!) { updateEnvironment(id: $id, input: {alias: "A", description: "first"}) { name alias description } }', { id: env.id })).updateEnvironment;
    expect(updated).toEqual({ name: 'env-a', alias: 'A', description: 'first' });
    const patched = data(
      await stack.gql(
        'mutation($id: ID!) { modifyEnvironmentResources(id: $id, input: {addBaseResources: [{id: "ecs-1", type: "ecs"}], addOptionalResources: [{id: "default", type: "cse"}], removeResources: [{id: "cce-1", type: "cce"}]}) { baseResources { id type } optionalResources { id type } } }',
        { id: env.id },
      ),
    ).modifyEnvironmentResources;
    expect(patched).toEqual({ baseResources: [{ id: 'ecs-1', type: 'ecs' }], optionalResources: [{ id: 'default', type: 'cse' }] });
    expect(firstError(await createEnv('env-a'))).toMatchObject({ code: 'CONFLICT', errorCode: 'SVCSTG.00100449' });
  });

  it('should answer the changed data in the same request after a write (no stale loader)', async () => {
    const env = data(await createEnv('env-fresh')).createEnvironment;
    const res = data(
      await stack.gql('mutation($id: ID!) { a: updateEnvironment(id: $id, input: {description: "one"}) { description } b: updateEnvironment(id: $id, input: {description: "two"}) { description } }', { id: env.id }),
    );
    expect(res).toEqual({ a: { description: 'one' }, b: { description: 'two' } });
    const apps = data(
      await stack.gql('mutation { a: createApplication(input: {name: "fresh-a"}) { name } b: createApplication(input: {name: "fresh-b"}) { name } }'),
    );
    expect(apps.b.name).toBe('fresh-b');
    const list0 = data(await stack.gql('{ applications { nodes { id name } } }')).applications.nodes;
    const a = list0.find((n: any) => n.name === 'fresh-a');
    const renamed = data(await stack.gql('mutation($id: ID!) { updateApplication(id: $id, input: {name: "fresh-c", description: "renamed"}) { name description } }', { id: a.id })).updateApplication;
    expect(renamed).toEqual({ name: 'fresh-c', description: 'renamed' });
    const list = data(await stack.gql('{ applications(orderBy: {field: NAME, direction: ASC}) { nodes { name } } }')).applications.nodes.map((n: any) => n.name);
    expect(list).toEqual(expect.arrayContaining(['fresh-b', 'fresh-c']));
  });

  it('should answer NOT_FOUND for writes to what does not exist', async () => {
    const ghost = Buffer.from(JSON.stringify(['Environment', 'ghost'])).toString('base64url');
    expect(firstError(await stack.gql('mutation($id: ID!) { updateEnvironment(id: $id, input: {alias: "x"}) { id } }', { id: ghost }))).toMatchObject({ code: 'NOT_FOUND', errorCode: 'SVCSTG.00100411' });
    expect(firstError(await stack.gql('mutation($id: ID!) { deleteEnvironment(id: $id) { deletedId } }', { id: ghost }))).toMatchObject({ code: 'NOT_FOUND' });
    const ghostApp = Buffer.from(JSON.stringify(['Application', 'ghost'])).toString('base64url');
    expect(firstError(await stack.gql('mutation($id: ID!) { createComponent(applicationId: $id, input: {name: "c1", runtime: "Java8", category: COMMON}) { id } }', { id: ghostApp }))).toMatchObject({
      code: 'NOT_FOUND',
      errorCode: 'SVCSTG.00100403',
    });
  });

  it('should set, read and delete application configuration per environment', async () => {
    const env = data(await createEnv('env-conf')).createEnvironment;
    const app = data(await stack.gql('mutation { createApplication(input: {name: "conf-app"}) { id } }')).createApplication;
    const set = data(
      await stack.gql('mutation($a: ID!, $e: ID!) { setApplicationConfiguration(applicationId: $a, environmentId: $e, env: [{name: "A", value: "1"}, {name: "A", value: "2"}, {name: "b.c", value: "3"}]) { environment { name } env { name value } } }', {
        a: app.id,
        e: env.id,
      }),
    ).setApplicationConfiguration;
    expect(set).toEqual({ environment: { name: 'env-conf' }, env: [{ name: 'A', value: '2' }, { name: 'b.c', value: '3' }] });
    const after = data(
      await stack.gql('mutation($a: ID!, $e: ID!) { deleteApplicationConfiguration(applicationId: $a, environmentId: $e) { name configuration { env { name } } } }', { a: app.id, e: env.id }),
    ).deleteApplicationConfiguration;
    expect(after).toEqual({ name: 'conf-app', configuration: [] });
  });

  it('should refuse deleting a non-empty application, and a deployed component without force, with CONFLICT', async () => {
    const env = data(await createEnv('env-busy')).createEnvironment;
    const app = data(await stack.gql('mutation { createApplication(input: {name: "busy-app"}) { id } }')).createApplication;
    const comp = data(
      await stack.gql('mutation($a: ID!) { createComponent(applicationId: $a, input: {name: "busy-comp", runtime: "Java8", category: MICROSERVICE, subCategory: "Go Chassis"}) { id } }', { a: app.id }),
    ).createComponent;
    expect(firstError(await stack.gql('mutation($id: ID!) { deleteApplication(id: $id) { deletedId } }', { id: app.id }))).toMatchObject({ code: 'CONFLICT', errorCode: 'SVCSTG.00100401' });
    data(await stack.gql(DEPLOY, { c: comp.id, in: deployInput(env.id, 'busy-one') }));
    await stack.emu.advance(60_000);
    expect(firstError(await stack.gql('mutation($id: ID!) { deleteComponent(id: $id) { deletedId } }', { id: comp.id }))).toMatchObject({ code: 'CONFLICT', errorCode: 'SVCSTG.00100402' });
    expect(firstError(await stack.gql('mutation($id: ID!) { deleteEnvironment(id: $id) { deletedId } }', { id: env.id }))).toMatchObject({ code: 'CONFLICT', errorCode: 'SVCSTG.00100426' });
    expect(data(await stack.gql('mutation($id: ID!) { deleteComponent(id: $id, force: true) { deletedId } }', { id: comp.id })).deleteComponent.deletedId).toBe(comp.id);
    expect(data(await stack.gql('mutation($id: ID!) { deleteApplication(id: $id) { deletedId } }', { id: app.id })).deleteApplication.deletedId).toBe(app.id);
  });

  it('should update a component and refuse an unknown runtime with the upstream code', async () => {
    const app = data(await stack.gql('mutation { createApplication(input: {name: "comp-app"}) { id } }')).createApplication;
    const bad = await stack.gql('mutation($a: ID!) { createComponent(applicationId: $a, input: {name: "cobol-comp", runtime: "Cobol", category: COMMON}) { id } }', { a: app.id });
    expect(firstError(bad)).toMatchObject({ code: 'BAD_USER_INPUT', errorCode: 'SVCSTG.00100420' });
    const comp = data(
      await stack.gql('mutation($a: ID!) { createComponent(applicationId: $a, input: {name: "web", runtime: "Nodejs14", category: WEBAPP, subCategory: "Web", buildParameters: {build_cmd: "npm run build"}}) { id build { parameters } } }', {
        a: app.id,
      }),
    ).createComponent;
    expect(comp.build.parameters).toMatchObject({ build_cmd: 'npm run build' });
    const up = data(
      await stack.gql('mutation($id: ID!) { updateComponent(id: $id, input: {description: "the web", source: {code: {repoType: "GitHub", repoUrl: "https://github.com/example/web.git", repoAuth: "gh"}}}) { description source { ... on CodeSource { repoType repoUrl } } } }', {
        id: comp.id,
      }),
    ).updateComponent;
    expect(up).toEqual({ description: 'the web', source: { repoType: 'GitHub', repoUrl: 'https://github.com/example/web.git' } });
  });
});
