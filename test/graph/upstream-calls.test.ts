import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.js';
import { EXAMPLE_OPERATION } from '../../src/example-operation.js';
import { data, routesCalled, type TestStack } from '../support/gateway.js';
import { FLAVOURS } from '../support/flavours.js';
import { graphql } from '../generated/gql.js';

/** Upstream calls per operation at the floor: one call per distinct resource the answer needs. */
describe.each(FLAVOURS)('upstream calls per operation (%s registry)', (flavour) => {
  test.override('stackOptions', { emulator: { registry: flavour } });

  /** What the dashboard needs, counted from the emulator's own REST answers. */
  async function dashboardFloor(stack: TestStack) {
    const p = stack.emu.projects[0]!.id;
    const apps = (await stack.emu.call('GET', `/v2/${p}/cas/applications?limit=1000`)).body.applications as { id: string; name: string }[];
    let components = 0;
    const jobs = new Set<string>();
    let cseInstances = 0;
    for (const app of apps) {
      const comps = (await stack.emu.call('GET', `/v2/${p}/cas/applications/${app.id}/components?limit=1000`)).body.components as { id: string }[];
      components += comps.length;
      for (const c of comps) {
        const insts = (await stack.emu.call('GET', `/v2/${p}/cas/applications/${app.id}/components/${c.id}/instances?limit=1000`)).body.instances as { status_detail: { last_job_id?: string } }[];
        for (const i of insts) {
          if (i.status_detail.last_job_id) jobs.add(i.status_detail.last_job_id);
          cseInstances++;
        }
      }
    }
    return { apps: apps.length, components, jobs: jobs.size, instances: cseInstances };
  }

  test('should answer the dashboard walk with exactly the floor of upstream calls', async ({ stack }) => {
    const floor = await dashboardFloor(stack);
    expect(floor.instances).toBeGreaterThan(0);
    await stack.resetCalls();
    const res = await stack.gql(EXAMPLE_OPERATION);
    expect(res.body.errors).toBeUndefined();
    const calls = routesCalled(await stack.calls());
    expect(calls).toEqual({
      'GET /v2/{project_id}/cas/environments': 1,
      'GET /v2/{project_id}/cas/applications': 1,
      'GET /v2/{project_id}/cas/applications/{application_id}/components': floor.apps,
      'GET /v2/{project_id}/cas/applications/{application_id}/components/{component_id}/instances': floor.components,
      'GET /v2/{project_id}/cas/jobs/{job_id}': floor.jobs,
      // Every instance's replicas by key (appId, serviceName, version, each registry environment): no service list.
      'POST /v4/{project_id}/registry/instances/action': 1,
    });
  });

  test('should not grow with the shape of the query: the same resources asked twice cost the same', async ({ stack }) => {
    await stack.resetCalls();
    const once = await stack.gql(graphql(`query UpstreamCallsApplications { applications { nodes { name components { nodes { name } } } } }`));
    expect(once.body.errors).toBeUndefined();
    const single = (await stack.calls()).total;
    await stack.resetCalls();
    const twice = await stack.gql(graphql(`query UpstreamCallsApplicationsApplications {
      a: applications { nodes { name components { nodes { name application { name components { totalCount } } } } } }
      b: applications { nodes { id components { nodes { id } } } }
    }`));
    expect(twice.body.errors).toBeUndefined();
    expect((await stack.calls()).total).toBe(single);
  });

  test('should load the instances of every microservice with one batch find', async ({ stack }) => {
    await stack.resetCalls();
    const res = await stack.gql(graphql(`query UpstreamCallsMicroservices { microservices { serviceName instances { hostName } } }`));
    expect(res.body.errors).toBeUndefined();
    expect(routesCalled(await stack.calls())).toEqual({
      'GET /v4/{project_id}/registry/microservices': 1,
      'POST /v4/{project_id}/registry/instances/action': 1,
    });
  });

  test('should serve several microservices by ID from one list call', async ({ stack }) => {
    const list = await stack.gql(graphql(`query UpstreamCallsMicroservices2 { microservices { id } }`));
    const ids = data(list).microservices.map((s) => s.id).slice(0, 5);
    expect(ids.length).toBeGreaterThan(1);
    await stack.resetCalls();
    const res = await stack.gql(graphql(`query UpstreamCallsNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }`), { ids });
    expect(res.body.errors).toBeUndefined();
    expect(routesCalled(await stack.calls())).toEqual({ 'GET /v4/{project_id}/registry/microservices': 1 });
  });

  test('should read the environments of several configurations with one list call, and one environment by ID', async ({ stack }) => {
    const apps = data(await stack.gql(graphql(`query UpstreamCallsApplications2 { applications { nodes { id configuration { environment { rawId } } } } }`))).applications.nodes;
    const several = apps.find((a) => new Set(a.configuration.map((c) => c.environment.rawId)).size > 1)!;
    expect(several).toBeDefined();
    await stack.resetCalls();
    const res = await stack.gql(graphql(`query UpstreamCallsApplication($id: ID!) { application(id: $id) { configuration { environment { name } } } }`), { id: several.id });
    expect(res.body.errors).toBeUndefined();
    expect(routesCalled(await stack.calls())).toEqual({
      'GET /v2/{project_id}/cas/applications/{application_id}': 1,
      'GET /v2/{project_id}/cas/applications/{application_id}/configuration': 1,
      'GET /v2/{project_id}/cas/environments': 1,
    });
    const envId = data(await stack.gql(graphql(`query UpstreamCallsEnvironments { environments { nodes { id } } }`))).environments.nodes[0]!.id;
    await stack.resetCalls();
    expect((await stack.gql(graphql(`query UpstreamCallsEnvironment($id: ID!) { environment(id: $id) { name } }`), { id: envId })).body.errors).toBeUndefined();
    expect(routesCalled(await stack.calls())).toEqual({ 'GET /v2/{project_id}/cas/environments/{environment_id}': 1 });
  });
});
