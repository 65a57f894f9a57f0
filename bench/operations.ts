/**
 * The four canonical operations, each with its variables picked from the data set and its floor:
 * one upstream call per distinct resource the answer needs, counted from the emulator's REST data
 * (as test/graph/upstream-calls.test.ts does for the dashboard), with one batch find for every 1000
 * registry instance lists or instances (the registry's cap per request) and one list call for
 * several microservices or environments by ID.
 */
import { EXAMPLE_OPERATION } from '../src/example-operation.js';
import { encodeId } from '../src/graph/global-id.js';
import type * as Cas from '../src/wire/cas.js';
import type * as Cse from '../src/wire/cse.js';
import { servicesOfComponent, spread, type DataSet } from './dataset.js';
import type { BenchEmulator } from './emulator.js';
import { BATCH_FIND_MAX, REGISTRY_ENVIRONMENTS } from '../src/loaders/cse.js';

export interface Prepared {
  variables: Record<string, unknown>;
  floor: number;
}

export interface Operation {
  name: string;
  document: string;
  prepare(ds: DataSet, emu: BenchEmulator): Promise<Prepared>;
}

const one = (n: number) => (n > 0 ? 1 : 0);
/** Batch finds for `n` entries: the registry takes at most 1000 per request. */
const batches = (n: number) => Math.ceil(n / BATCH_FIND_MAX);

/** The dashboard walk of DESIGN.md, as GraphiQL opens with it. */
export const DASHBOARD: Operation = {
  name: 'dashboard',
  document: EXAMPLE_OPERATION,
  prepare: async (ds) => {
    const jobs = new Set(ds.instances.map((i) => i.status_detail.last_job_id).filter(Boolean));
    const component = new Map(ds.components.map((c) => [c.id, c]));
    const appName = new Map(ds.applications.map((a) => [a.id, a.name]));
    // A replica's key is appId/serviceName/version; CAS does not say in which registry environment it registered.
    const keys = new Set(ds.instances.map((i) => `${appName.get(i.application_id)}/${component.get(i.component_id)!.name}/${i.version}`));
    const registered = ds.services.filter((s) => keys.has(`${s.appId}/${s.serviceName}/${s.version}`)).length;
    const replicas =
      keys.size === 0
        ? 0
        : Math.min(
            batches(keys.size * REGISTRY_ENVIRONMENTS.length), // batch finds keyed by name, version and each registry environment
            1 + batches(registered), // or the service list, then one batch find entry per service it names
          );
    const floor =
      1 + // environments
      one(ds.environments.length) + // applications (the walk needs every application's instances)
      ds.applications.length + // components of each application
      ds.components.length + // instances of each component
      jobs.size + // each instance's last job
      replicas; // every instance's registry replicas
    return { variables: {}, floor };
  },
};

/** One application in depth (README): configuration, components with their microservice, instances with flavor and snapshots. */
export const APPLICATION: Operation = {
  name: 'application in depth',
  document: /* GraphQL */ `
    query App($id: ID!) {
      application(id: $id) {
        name componentCount
        configuration { environment { name } env { name value } }
        components(orderBy: { field: NAME, direction: ASC }) {
          totalCount
          nodes {
            name runtime category subCategory
            source { ... on ArtifactSource { url } ... on CodeSource { repoUrl repoRef } }
            microservice { version schemas { schemaId summary } providers { serviceName } }
            instances { nodes { name version flavor { numCpu memorySize } snapshots { nodes { version createdAt } } } }
          }
        }
      }
    }`,
  prepare: async (ds, emu) => {
    const app = ds.applications[Math.floor(ds.applications.length / 2)]!;
    const config = await emu.get<Cas.ApplicationConfigurationList>(`/v2/${emu.projectId}/cas/applications/${app.id}/configuration`);
    const components = ds.components.filter((c) => c.application_id === app.id);
    const withService = components.filter((c) => servicesOfComponent(ds, c).length > 0).length;
    const instances = ds.instances.filter((i) => i.application_id === app.id);
    const floor =
      1 + // the application (component_count)
      1 + // its configuration
      one(new Set((config.configuration ?? []).map((c) => c.environment_id)).size) + // the configured environments' names: one GET, or one list for several
      1 + // the page of components
      one(components.length) + // registry services (the join by name)
      2 * withService + // schemas and providers of each component's microservice
      components.length + // instances of each component
      2 * instances.length + // each instance's detail (flavor) and snapshots
      one(instances.length); // flavors metadata
    return { variables: { id: encodeId('Application', { applicationId: app.id }) }, floor };
  },
};

/** The registry overview: development services with instances, schemas, providers and their component. */
export const REGISTRY: Operation = {
  name: 'registry overview',
  document: /* GraphQL */ `
    query Registry {
      microservices(filter: { environment: DEVELOPMENT }) {
        serviceName version level
        instances { hostName status endpoints healthCheck { interval times } }
        schemas { schemaId summary }
        providers { serviceName version }
        component { name application { name } }
      }
    }`,
  prepare: async (ds) => {
    const services = ds.services.filter((s) => (s.environment || 'development') === 'development');
    const appNames = new Set(ds.applications.map((a) => a.name));
    const joinedApps = new Set(services.map((s) => s.appId).filter((a) => appNames.has(a)));
    const floor =
      1 + // registry services
      batches(services.length) + // one batch find for every service's instances
      services.filter((s) => (s.schemas ?? []).length > 0).length + // schemas of each service that declares some
      services.length + // providers of each service
      one(services.length) + // applications (the join by name)
      joinedApps.size; // components of each application a service belongs to
    return { variables: {}, floor };
  },
};

/** node(id) over twenty mixed IDs: nodes(ids) resolves each as node(id) does. */
export const NODES: Operation = {
  name: 'node(id) x 20 mixed',
  document: /* GraphQL */ `
    query Nodes($ids: [ID!]!) {
      nodes(ids: $ids) {
        id
        ... on Environment { name }
        ... on Application { name }
        ... on Component { name category }
        ... on ComponentInstance { name version instanceStatus: status { status } }
        ... on Job { jobStatus: status progress }
        ... on Microservice { serviceName version }
        ... on MicroserviceInstance { hostName registryStatus: status }
      }
    }`,
  prepare: async (ds, emu) => {
    const envs = spread(ds.environments, 2);
    const apps = spread(ds.applications, 3);
    const comps = spread(ds.components, 3);
    const insts = spread(ds.instances, 4);
    const jobs = spread(
      ds.instances.filter((i) => !insts.includes(i) && i.status_detail.last_job_id),
      3,
    ).map((i) => i.status_detail.last_job_id!);
    const services = spread(ds.services, 3);
    const registered = (
      await Promise.all(
        spread(ds.services.filter((s) => !services.includes(s)), 2).map(
          async (s) => (await emu.get<Cse.GetInstancesResponse>(`/v4/default/registry/microservices/${s.serviceId}/instances`)).instances?.[0],
        ),
      )
    ).filter((i): i is Cse.MicroServiceInstance => i !== undefined);
    const ids = [
      ...envs.map((e) => encodeId('Environment', { environmentId: e.id })),
      ...apps.map((a) => encodeId('Application', { applicationId: a.id })),
      ...comps.map((c) => encodeId('Component', { applicationId: c.application_id, componentId: c.id })),
      ...insts.map((i) => encodeId('ComponentInstance', { applicationId: i.application_id, componentId: i.component_id, instanceId: i.id })),
      ...jobs.map((jobId) => encodeId('Job', { jobId })),
      ...services.map((s) => encodeId('Microservice', { serviceId: s.serviceId })),
      ...registered.map((i) => encodeId('MicroserviceInstance', { serviceId: i.serviceId!, instanceId: i.instanceId! })),
    ];
    // Several environments by ID: one list call (§4.2.1) answers them all.
    const floor = one(envs.length) + apps.length + comps.length + insts.length + jobs.length + one(services.length) + one(registered.length);
    return { variables: { ids }, floor };
  },
};

export const OPERATIONS: readonly Operation[] = [DASHBOARD, APPLICATION, REGISTRY, NODES];
