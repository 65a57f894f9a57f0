import { describe, expect } from 'vitest';
import { test } from '../support/fixtures.js';
import { data, routesCalled } from '../support/gateway.js';
import { FLAVOURS } from '../support/flavours.js';
import { graphql } from '../generated/gql.js';

describe.each(FLAVOURS)('graph queries over the demo data (%s registry)', (flavour) => {
  test.override('stackOptions', { emulator: { registry: flavour } });

  test('should list runtimes and flavors', async ({ stack }) => {
    const d = data(await stack.gql(graphql(`query QueriesRuntimesFlavors { runtimes { typeName displayName containerDefaultPort description } flavors { flavorId storageSize numCpu memorySize label custom } }`)));
    expect(d.runtimes.map((r) => r.typeName)).toContain('Java8');
    expect(d.flavors).toContainEqual(expect.objectContaining({ flavorId: 'MICRO-5G:0.5C:1G', storageSize: '5G', numCpu: '500m', custom: false }));
  });

  test('should list environments as a connection with totalCount, resources and times', async ({ stack }) => {
    const d = data(
      await stack.gql(graphql(`query QueriesEnvironments { environments { totalCount pageInfo { hasNextPage hasPreviousPage } edges { cursor node { id rawId name vpcId chargeMode baseResources { id type } optionalResources { type } createdAt } } } }`)),
    );
    const envs = d.environments;
    expect(envs.totalCount).toBeGreaterThanOrEqual(2);
    expect(envs.edges).toHaveLength(envs.totalCount);
    expect(envs.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false });
    for (const { node } of envs.edges) {
      expect(node.baseResources.length).toBeGreaterThan(0);
      expect(Date.parse(node.createdAt)).toBeGreaterThan(0);
      expect(node.chargeMode).toBe('provided');
    }
  });

  test('should page forwards with first/after and keep the upstream total', async ({ stack }) => {
    const all = data(await stack.gql(graphql(`query QueriesApplications { applications(orderBy: {field: NAME, direction: ASC}) { totalCount nodes { name } } }`))).applications;
    expect(all.totalCount).toBeGreaterThanOrEqual(3);
    const names = all.nodes.map((n) => n.name);
    expect(names).toEqual([...names].sort());
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: { totalCount: number; nodes: { name: string }[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null } } = data(
        await stack.gql(graphql(`query QueriesApplications2($after: String) { applications(first: 1, after: $after, orderBy: {field: NAME, direction: ASC}) { totalCount nodes { name } pageInfo { hasNextPage hasPreviousPage endCursor } } }`), { after }),
      ).applications;
      expect(page.totalCount).toBe(all.totalCount);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...page.nodes.map((n) => n.name));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(names);
  });

  test('should order descending by name when asked', async ({ stack }) => {
    const names = data(await stack.gql(graphql(`query QueriesEnvironments2 { environments(orderBy: {field: NAME, direction: DESC}) { nodes { name } } }`))).environments.nodes.map((n) => n.name);
    expect(names).toEqual([...names].sort().reverse());
  });

  test('should reject first above 100 and a bad cursor before calling upstream', async ({ stack }) => {
    await stack.resetCalls();
    const res = await stack.gql(graphql(`query QueriesEnvironments3 { environments(first: 101) { totalCount } }`));
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const bad = await stack.gql(graphql(`query QueriesEnvironments4 { environments(after: "nonsense") { totalCount } }`));
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await stack.calls()).total).toBe(0);
  });

  test('should refuse a nested page argument before anything runs, naming the field', async ({ stack }) => {
    await stack.resetCalls();
    const cursor = await stack.gql(graphql(`query QueriesNestedBadCursor { environments { nodes { applications(after: "nonsense") { totalCount } } } }`));
    expect(cursor.body.data).toBeUndefined();
    expect(cursor.body.errors).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^Field "applications": Argument "after" is not a valid cursor/), locations: [{ line: expect.any(Number), column: expect.any(Number) }], extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'after' }) }),
    ]);
    const first = await stack.gql(graphql(`query QueriesNestedFirst($first: Int) { applications { nodes { components(first: $first) { totalCount } } } }`), { first: 101 });
    expect(first.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'first' } });
    const environment = await stack.gql(graphql(`query QueriesNestedEnvironmentId { applications { nodes { components { nodes { instances(environmentId: "nonsense") { totalCount } } } } } }`));
    expect(environment.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^Field "instances": /), extensions: { code: 'BAD_USER_INPUT', argument: 'environmentId' } });
    expect((await stack.calls()).total).toBe(0);
  });

  test('should read nothing ahead of a walk below an environments field with a bad cursor', async ({ stack }) => {
    await stack.resetCalls();
    const walk = await stack.gql(
      graphql(`query QueriesWalkAfterBadCursor { environments(after: "nonsense") { nodes { applications { nodes { components { nodes { instances { nodes { lastJob { rawId } } } } } } } } } }`),
    );
    expect(walk.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Reads started ahead would answer after the error: the emulator, answering in turn, has answered them before this one.
    await stack.gql(graphql(`query QueriesEnvironmentsAfterWalk { environments { totalCount } }`));
    expect(routesCalled(await stack.calls())).toEqual({ 'GET /v2/{project_id}/cas/environments': 1 });
  });

  test('should walk application -> components -> instances with every field', async ({ stack }) => {
    const d = data(
      await stack.gql(graphql(`query QueriesApplications3 {
        applications { nodes { id rawId name description creator projectId enterpriseProjectId componentCount createdAt updatedAt
          configuration { environmentRawId environment { name } env { name value } }
          microservices { serviceName version }
          components { totalCount nodes { id rawId name status runtime category subCategory description projectId creator createdAt pipelineIds
            application { name }
            build { id parameters }
            source { __typename ... on ArtifactSource { storage type url auth properties } ... on CodeSource { repoType repoUrl repoRef repoAuth } }
            microservice { serviceName version }
            microservices { version }
            instances { totalCount nodes { id rawId name version description platformType flavorId creator createdAt updatedAt
              flavor { flavorId numCpu memorySize custom }
              artifacts { name storage type url auth version }
              configuration { env { name value internal } strategy raw }
              externalAccesses { protocol address forwardPort }
              referResources { id type parameters }
              status { status replica availableReplica failDetail lastJobId lastJobStatus }
              component { name }
              environment { name }
              lastJob { rawId status isFinished progress taskCount tasks { index name status type } }
              snapshots { totalCount nodes { version description instanceRawId createdAt } }
              microserviceInstances { hostName status endpoints version }
            } }
          } }
        } }
      }`)),
    );
    const apps = d.applications.nodes;
    expect(apps.length).toBeGreaterThanOrEqual(3);
    const components = apps.flatMap((a) => a.components.nodes);
    expect(components.length).toBeGreaterThanOrEqual(8);
    expect(new Set(components.map((c) => c.category))).toEqual(new Set(['WEBAPP', 'MICROSERVICE', 'COMMON']));
    for (const app of apps) {
      expect(app.componentCount).toBe(app.components.totalCount);
      for (const c of app.components.nodes) expect(c.application.name).toBe(app.name);
    }
    const instances = components.flatMap((c) => c.instances.nodes.map((i) => ({ ...i, componentName: c.name })));
    expect(instances.length).toBeGreaterThan(0);
    const running = instances.filter((i) => i.status.status === 'RUNNING');
    expect(running.length).toBeGreaterThan(0);
    for (const i of running) {
      expect(i.component.name).toBe(i.componentName);
      expect(i.environment.name).toBeTruthy();
      expect(i.lastJob.status).toBe('SUCCEEDED');
      expect(i.lastJob.isFinished).toBe(true);
      expect(i.lastJob.progress).toBe(1);
      expect(i.lastJob.tasks.map((t) => t.index)).toEqual([...i.lastJob.tasks.map((t) => t.index)].sort((a: number, b: number) => a - b));
      expect(i.flavorId).toBeTruthy();
      expect(i.flavor?.flavorId).toBe(i.flavorId);
      expect(i.referResources.length).toBeGreaterThan(0);
      expect(i.snapshots.nodes.map((s) => s.version)).toContain(i.version);
    }
    // Instances that use the cse resource have their replicas in the registry.
    const withCse = running.filter((i) => i.referResources.some((r) => r.type === 'cse'));
    expect(withCse.length).toBeGreaterThan(0);
    for (const i of withCse) {
      expect(i.microserviceInstances).toHaveLength(i.status.availableReplica);
      for (const r of i.microserviceInstances) expect(r.version).toBe(i.version);
    }
    // Microservice components have their registry service; the application lists its services.
    const micro = components.filter((c) => c.microservice);
    expect(micro.length).toBeGreaterThan(0);
    for (const app of apps) {
      for (const c of app.components.nodes.filter((x) => x.microservice)) {
        expect(app.microservices.map((m) => m.serviceName)).toContain(c.name);
      }
    }
  });

  test('should scope instances to the environment reached through Environment.applications', async ({ stack }) => {
    const d = data(
      await stack.gql(graphql(`query QueriesEnvironments5 { environments { nodes { rawId name
        instances { totalCount nodes { environment { rawId } } }
        applications { nodes { name components { nodes { instances { nodes { environment { rawId } } } } } } } } } }`)),
    );
    let total = 0;
    for (const env of d.environments.nodes) {
      for (const i of env.instances.nodes) expect(i.environment.rawId).toBe(env.rawId);
      const viaApps = env.applications.nodes.flatMap((a) => a.components.nodes.flatMap((c) => c.instances.nodes));
      for (const i of viaApps) expect(i.environment.rawId).toBe(env.rawId);
      expect(viaApps).toHaveLength(env.instances.totalCount);
      total += env.instances.totalCount;
    }
    expect(total).toBeGreaterThan(0);
  });

  test('should read an application configuration for one environment', async ({ stack }) => {
    const d = data(await stack.gql(graphql(`query QueriesEnvironmentsApplications { environments { nodes { id rawId } } applications { nodes { id configuration { environmentRawId env { name value } } } } }`)));
    const app = d.applications.nodes.find((a) => a.configuration.length > 0) ?? d.applications.nodes[0]!;
    const env = d.environments.nodes[0]!;
    const one = data(await stack.gql(graphql(`query QueriesApplication($id: ID!, $env: ID) { application(id: $id) { configuration(environmentId: $env) { environmentRawId } } }`), { id: app.id, env: env.id }));
    for (const c of one.application.configuration) expect(c.environmentRawId).toBe(env.rawId);
  });

  test('should fetch a job by its raw id and by its global id', async ({ stack }) => {
    const d = data(await stack.gql(graphql(`query QueriesApplications4 { applications { nodes { components { nodes { instances { nodes { lastJob { id rawId status } } } } } } } }`)));
    const job = d.applications.nodes.flatMap((a) => a.components.nodes.flatMap((c) => c.instances.nodes.map((i) => i.lastJob))).find(Boolean)!;
    expect(job).toBeTruthy();
    const byRaw = data(await stack.gql(graphql(`query QueriesJob($id: ID!) { job(id: $id) { id rawId name type status createdBy projectId instanceRawId taskCount progress isFinished failure { code } tasks { rawId index name type status messages ownerId createdAt lastHealthCheck } } }`), { id: job.rawId }));
    expect(byRaw.job.rawId).toBe(job.rawId);
    expect(byRaw.job.type).toBe('PROVISION');
    expect(byRaw.job.tasks.length).toBe(byRaw.job.taskCount);
    const byGlobal = data(await stack.gql(graphql(`query QueriesJob2($id: ID!) { job(id: $id) { rawId } }`), { id: job.id }));
    expect(byGlobal.job.rawId).toBe(job.rawId);
  });

  test('should list microservices with filters and walk instances, schemas, providers and component', async ({ stack }) => {
    const d = data(
      await stack.gql(graphql(`query QueriesMicroservices { microservices { id rawId appId serviceName version environment level registerBy schemaIds status alias description
        framework { name version } paths { path } properties createdAt updatedAt
        instances { id rawId serviceRawId hostName endpoints status version properties healthCheck { mode interval times } dataCenter { name region availableZone } createdAt
          microservice { rawId } componentInstance { name version } }
        schemas { schemaId summary }
        providers { serviceName }
        component { name application { name } }
      } }`)),
    );
    const services = d.microservices;
    expect(services.length).toBeGreaterThan(0);
    for (const s of services) {
      for (const i of s.instances) {
        expect(i.microservice.rawId).toBe(s.rawId);
        expect(i.serviceRawId).toBe(s.rawId);
        expect(i.healthCheck.interval).toBeGreaterThan(0);
      }
      if (s.component) expect(s.component.name).toBe(s.serviceName);
      if (s.component) expect(s.component.application.name).toBe(s.appId);
    }
    const platform = services.filter((s) => s.component && s.instances.length > 0);
    expect(platform.length).toBeGreaterThan(0);
    for (const s of platform) for (const i of s.instances) expect(i.componentInstance?.version).toBe(s.version);
    expect(services.some((s) => s.schemas.length > 0)).toBe(true);
    expect(services.some((s) => s.providers.length > 0)).toBe(true);

    const one = services.find((s) => s.schemas.length > 0)!;
    const filtered = data(await stack.gql(graphql(`query QueriesMicroservices2($f: MicroserviceFilter) { microservices(filter: $f) { rawId } }`), { f: { appId: one.appId, serviceName: one.serviceName } }));
    expect(filtered.microservices.map((s) => s.rawId)).toContain(one.rawId);
    const detail = data(
      await stack.gql(graphql(`query QueriesMicroservice($id: ID!, $schema: String!) { microservice(id: $id) { serviceName schemas { schemaId summary content } schema(schemaId: $schema) { schemaId summary content } } }`), {
        id: one.id,
        schema: one.schemas[0]!.schemaId,
      }),
    );
    expect(detail.microservice.schemas[0]!.content).toBeTruthy();
    expect(detail.microservice.schema.content).toBe(detail.microservice.schemas.find((x) => x.schemaId === one.schemas[0]!.schemaId)!.content);
  });

  test('should find registry instances by version rule and read config items', async ({ stack }) => {
    const d = data(await stack.gql(graphql(`query QueriesMicroservices3 { microservices { appId serviceName version environment instances { rawId } } }`)));
    const s = d.microservices.find((x) => x.instances.length > 0)!;
    const found = data(
      await stack.gql(graphql(`query QueriesFindMicroserviceInstances($in: FindInstancesInput!) { findMicroserviceInstances(input: $in) { revision instances { rawId version } } }`), {
        in: { appId: s.appId, serviceName: s.serviceName, versionRule: '0+', environment: s.environment },
      }),
    );
    expect(found.findMicroserviceInstances.revision).toBeTruthy();
    expect(found.findMicroserviceInstances.instances.map((i) => i.rawId)).toEqual(expect.arrayContaining(s.instances.map((i) => i.rawId)));

    const itemsAnswer = await stack.gql(graphql(`query QueriesConfigurationItems($in: ConfigurationItemsInput!) { configurationItems(input: $in) { revision dimensions { dimension items { key value } } } }`), {
      in: { serviceName: s.serviceName, appId: s.appId, version: s.version },
    });
    if (flavour === 'servicecomb') {
      // service-center has no config center: the gateway says so plainly.
      expect(itemsAnswer.body.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', reason: 'CONFIG_CENTER_ABSENT' } });
      expect(itemsAnswer.body.errors?.[0]?.message).toMatch(/no config center at CONFIG_URL/);
      return;
    }
    const items = data(itemsAnswer);
    expect(items.configurationItems.revision).toBeTruthy();
    for (const dim of items.configurationItems.dimensions) expect(dim.dimension.startsWith(`${s.serviceName}@${s.appId}`)).toBe(true);
  });
});
