import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.js';
import type { TestStack } from '../support/gateway.js';
import { graphql } from '../generated/gql.js';
import { CREATE_APPLICATION, data, DEPLOY, deployInput, firstError } from './helpers.js';

const CREATE_ENV = graphql(`mutation CasWritesCreateEnvironment($in: CreateEnvironmentInput!) { createEnvironment(input: $in) { id name alias description } }`);
const DELETE_ENV = graphql(`mutation CasWritesDeleteEnvironment($id: ID!) { deleteEnvironment(id: $id) { deletedId } }`);
const DELETE_COMPONENT = graphql(`mutation CasWritesDeleteComponent($id: ID!, $force: Boolean) { deleteComponent(id: $id, force: $force) { deletedId } }`);
const DELETE_APP = graphql(`mutation CasWritesDeleteApplication($id: ID!) { deleteApplication(id: $id) { deletedId } }`);

describe('environment, application and component writes', () => {
  test.override('stackOptions', { demo: false });

  const createEnv = (stack: TestStack, name: string) => stack.gql(CREATE_ENV, { in: { name, vpcId: 'vpc-1', baseResources: [{ id: 'cce-1', type: 'cce' }] } });

  test('should create, modify and re-resource an environment, and refuse a taken name with CONFLICT', async ({ stack }) => {
    const env = data(await createEnv(stack, 'env-a')).createEnvironment;
    const updated = data(await stack.gql(graphql(`mutation CasWritesUpdateEnvironment($id: ID!) { updateEnvironment(id: $id, input: {alias: "A", description: "first"}) { name alias description } }`), { id: env.id })).updateEnvironment;
    expect(updated).toEqual({ name: 'env-a', alias: 'A', description: 'first' });
    const patched = data(
      await stack.gql(
        graphql(`mutation CasWritesModifyResources($id: ID!) { modifyEnvironmentResources(id: $id, input: {addBaseResources: [{id: "ecs-1", type: "ecs"}], addOptionalResources: [{id: "default", type: "cse"}], removeResources: [{id: "cce-1", type: "cce"}]}) { baseResources { id type } optionalResources { id type } } }`),
        { id: env.id },
      ),
    ).modifyEnvironmentResources;
    expect(patched).toEqual({ baseResources: [{ id: 'ecs-1', type: 'ecs' }], optionalResources: [{ id: 'default', type: 'cse' }] });
    expect(firstError(await createEnv(stack, 'env-a'))).toMatchObject({ code: 'CONFLICT', errorCode: 'SVCSTG.00100449' });
  });

  test('should answer the changed data in the same request after a write (no stale loader)', async ({ stack }) => {
    const env = data(await createEnv(stack, 'env-fresh')).createEnvironment;
    const res = data(
      await stack.gql(graphql(`mutation CasWritesUpdateTwice($id: ID!) { a: updateEnvironment(id: $id, input: {description: "one"}) { description } b: updateEnvironment(id: $id, input: {description: "two"}) { description } }`), { id: env.id }),
    );
    expect(res).toEqual({ a: { description: 'one' }, b: { description: 'two' } });
    const apps = data(await stack.gql(graphql(`mutation CasWritesCreateTwo { a: createApplication(input: {name: "fresh-a"}) { name } b: createApplication(input: {name: "fresh-b"}) { name } }`)));
    expect(apps.b.name).toBe('fresh-b');
    const list0 = data(await stack.gql(graphql(`query CasWritesApplications { applications { nodes { id name } } }`))).applications.nodes;
    const a = list0.find((n) => n.name === 'fresh-a')!;
    const renamed = data(await stack.gql(graphql(`mutation CasWritesRenameApplication($id: ID!) { updateApplication(id: $id, input: {name: "fresh-c", description: "renamed"}) { name description } }`), { id: a.id })).updateApplication;
    expect(renamed).toEqual({ name: 'fresh-c', description: 'renamed' });
    const list = data(await stack.gql(graphql(`query CasWritesApplicationsByName { applications(orderBy: {field: NAME, direction: ASC}) { nodes { name } } }`))).applications.nodes.map((n) => n.name);
    expect(list).toEqual(expect.arrayContaining(['fresh-b', 'fresh-c']));
  });

  test('should answer NOT_FOUND for writes to what does not exist', async ({ stack }) => {
    const ghost = Buffer.from(JSON.stringify(['Environment', 'ghost'])).toString('base64url');
    expect(firstError(await stack.gql(graphql(`mutation CasWritesUpdateGhost($id: ID!) { updateEnvironment(id: $id, input: {alias: "x"}) { id } }`), { id: ghost }))).toMatchObject({ code: 'NOT_FOUND', errorCode: 'SVCSTG.00100411' });
    expect(firstError(await stack.gql(DELETE_ENV, { id: ghost }))).toMatchObject({ code: 'NOT_FOUND' });
    const ghostApp = Buffer.from(JSON.stringify(['Application', 'ghost'])).toString('base64url');
    expect(firstError(await stack.gql(graphql(`mutation CasWritesComponentOfGhost($id: ID!) { createComponent(applicationId: $id, input: {name: "c1", runtime: "Java8", category: COMMON}) { id } }`), { id: ghostApp }))).toMatchObject({
      code: 'NOT_FOUND',
      errorCode: 'SVCSTG.00100403',
    });
  });

  test('should set, read and delete application configuration per environment', async ({ stack }) => {
    const env = data(await createEnv(stack, 'env-conf')).createEnvironment;
    const app = data(await stack.gql(CREATE_APPLICATION, { n: 'conf-app' })).createApplication;
    const set = data(
      await stack.gql(graphql(`mutation CasWritesSetConfiguration($a: ID!, $e: ID!) { setApplicationConfiguration(applicationId: $a, environmentId: $e, env: [{name: "A", value: "1"}, {name: "A", value: "2"}, {name: "b.c", value: "3"}]) { environment { name } env { name value } } }`), {
        a: app.id,
        e: env.id,
      }),
    ).setApplicationConfiguration;
    expect(set).toEqual({ environment: { name: 'env-conf' }, env: [{ name: 'A', value: '2' }, { name: 'b.c', value: '3' }] });
    const after = data(
      await stack.gql(graphql(`mutation CasWritesDeleteConfiguration($a: ID!, $e: ID!) { deleteApplicationConfiguration(applicationId: $a, environmentId: $e) { name configuration { env { name } } } }`), { a: app.id, e: env.id }),
    ).deleteApplicationConfiguration;
    expect(after).toEqual({ name: 'conf-app', configuration: [] });
  });

  test('should refuse deleting a non-empty application, and a deployed component without force, with CONFLICT', async ({ stack }) => {
    const env = data(await createEnv(stack, 'env-busy')).createEnvironment;
    const app = data(await stack.gql(CREATE_APPLICATION, { n: 'busy-app' })).createApplication;
    const comp = data(
      await stack.gql(graphql(`mutation CasWritesCreateGoComponent($a: ID!) { createComponent(applicationId: $a, input: {name: "busy-comp", runtime: "Java8", category: MICROSERVICE, subCategory: "Go Chassis"}) { id } }`), { a: app.id }),
    ).createComponent;
    expect(firstError(await stack.gql(DELETE_APP, { id: app.id }))).toMatchObject({ code: 'CONFLICT', errorCode: 'SVCSTG.00100401' });
    data(await stack.gql(DEPLOY, { c: comp.id, in: deployInput(env.id, 'busy-one') }));
    await stack.emu.advance(60_000);
    expect(firstError(await stack.gql(DELETE_COMPONENT, { id: comp.id }))).toMatchObject({ code: 'CONFLICT', errorCode: 'SVCSTG.00100402' });
    expect(firstError(await stack.gql(DELETE_ENV, { id: env.id }))).toMatchObject({ code: 'CONFLICT', errorCode: 'SVCSTG.00100426' });
    expect(data(await stack.gql(DELETE_COMPONENT, { id: comp.id, force: true })).deleteComponent.deletedId).toBe(comp.id);
    expect(data(await stack.gql(DELETE_APP, { id: app.id })).deleteApplication.deletedId).toBe(app.id);
  });

  test('should update a component and refuse an unknown runtime with the upstream code', async ({ stack }) => {
    const app = data(await stack.gql(CREATE_APPLICATION, { n: 'comp-app' })).createApplication;
    const bad = await stack.gql(graphql(`mutation CasWritesCobol($a: ID!) { createComponent(applicationId: $a, input: {name: "cobol-comp", runtime: "Cobol", category: COMMON}) { id } }`), { a: app.id });
    expect(firstError(bad)).toMatchObject({ code: 'BAD_USER_INPUT', errorCode: 'SVCSTG.00100420' });
    const comp = data(
      await stack.gql(graphql(`mutation CasWritesWebComponent($a: ID!) { createComponent(applicationId: $a, input: {name: "web", runtime: "Nodejs14", category: WEBAPP, subCategory: "Web", buildParameters: {build_cmd: "npm run build"}}) { id build { parameters } } }`), {
        a: app.id,
      }),
    ).createComponent;
    expect(comp.build.parameters).toMatchObject({ build_cmd: 'npm run build' });
    const up = data(
      await stack.gql(graphql(`mutation CasWritesUpdateComponent($id: ID!) { updateComponent(id: $id, input: {description: "the web", source: {code: {repoType: "GitHub", repoUrl: "https://github.com/example/web.git", repoAuth: "gh"}}}) { description source { ... on CodeSource { repoType repoUrl } } } }`), {
        id: comp.id,
      }),
    ).updateComponent;
    expect(up).toEqual({ description: 'the web', source: { repoType: 'GitHub', repoUrl: 'https://github.com/example/web.git' } });
  });
});
