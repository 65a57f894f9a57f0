/**
 * Typed client of ServiceStage application management (reference chapter 4). It knows paths,
 * bodies and answers; nothing of GraphQL.
 */
import type { HttpCore } from './http.js';
import { send, type CallContext } from './api-client.js';
import { fillRoute } from './route.js';
import type * as W from '../wire/cas.js';

export interface ListParams {
  limit?: number;
  offset?: number;
  orderBy?: string;
  order?: W.SortOrder;
}

function listQuery(p: ListParams = {}): Record<string, string | number | undefined> {
  return { limit: p.limit, offset: p.offset, order_by: p.orderBy, order: p.order };
}

/** Path parameters by their names in the route template (application_id, component_id, ...). */
type Ids = Record<string, string>;

export class CasClient {
  constructor(
    private readonly http: HttpCore,
    private readonly ctx: CallContext,
  ) {}

  get projectId(): string {
    return this.ctx.session.projectId;
  }

  /** The path of `route` with the session's project and these ids. */
  #path(route: string, ids: Ids): string {
    return fillRoute(route, { project_id: this.projectId, ...ids });
  }

  async #get<T>(route: string, ids: Ids = {}, query?: Record<string, string | number | boolean | undefined>): Promise<T> {
    return (await send<T>(this.http, this.ctx, { api: 'cas', method: 'GET', route, path: this.#path(route, ids), query })).body;
  }

  async #write<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', route: string, ids: Ids, body?: unknown, query?: Record<string, string | boolean | undefined>): Promise<T> {
    return (await send<T>(this.http, this.ctx, { api: 'cas', method, route, path: this.#path(route, ids), body, query })).body;
  }

  // §4.1 metadata
  runtimes(): Promise<W.RuntimeList> {
    return this.#get('/v2/{project_id}/cas/metadata/runtimes', {});
  }

  flavors(): Promise<W.FlavorList> {
    return this.#get('/v2/{project_id}/cas/metadata/flavors', {});
  }

  // §4.2 environments
  listEnvironments(p?: ListParams): Promise<W.EnvironmentList> {
    return this.#get('/v2/{project_id}/cas/environments', {}, listQuery(p));
  }

  getEnvironment(id: string): Promise<W.Environment> {
    return this.#get('/v2/{project_id}/cas/environments/{environment_id}', { environment_id: id });
  }

  createEnvironment(body: W.CreateEnvironmentRequest): Promise<W.Environment> {
    return this.#write('POST', '/v2/{project_id}/cas/environments', {}, body);
  }

  updateEnvironment(id: string, body: W.UpdateEnvironmentRequest): Promise<W.Environment> {
    return this.#write('PUT', '/v2/{project_id}/cas/environments/{environment_id}', { environment_id: id }, body);
  }

  patchEnvironmentResources(id: string, body: W.PatchEnvironmentResourcesRequest): Promise<W.Environment> {
    return this.#write('PATCH', '/v2/{project_id}/cas/environments/{environment_id}/resources', { environment_id: id }, body);
  }

  deleteEnvironment(id: string): Promise<void> {
    return this.#write('DELETE', '/v2/{project_id}/cas/environments/{environment_id}', { environment_id: id });
  }

  // §4.3 applications
  listApplications(p?: ListParams): Promise<W.ApplicationList> {
    return this.#get('/v2/{project_id}/cas/applications', {}, listQuery(p));
  }

  getApplication(id: string): Promise<W.ApplicationWithCount> {
    return this.#get('/v2/{project_id}/cas/applications/{application_id}', { application_id: id });
  }

  createApplication(body: W.CreateApplicationRequest): Promise<W.Application> {
    return this.#write('POST', '/v2/{project_id}/cas/applications', {}, body);
  }

  updateApplication(id: string, body: W.UpdateApplicationRequest): Promise<W.Application> {
    return this.#write('PUT', '/v2/{project_id}/cas/applications/{application_id}', { application_id: id }, body);
  }

  deleteApplication(id: string): Promise<void> {
    return this.#write('DELETE', '/v2/{project_id}/cas/applications/{application_id}', { application_id: id });
  }

  getApplicationConfiguration(appId: string, environmentId?: string): Promise<W.ApplicationConfigurationList> {
    return this.#get('/v2/{project_id}/cas/applications/{application_id}/configuration', { application_id: appId }, {
      environment_id: environmentId,
    });
  }

  putApplicationConfiguration(appId: string, body: W.PutApplicationConfigurationRequest): Promise<W.ApplicationConfiguration> {
    return this.#write('PUT', '/v2/{project_id}/cas/applications/{application_id}/configuration', { application_id: appId }, body);
  }

  deleteApplicationConfiguration(appId: string, environmentId: string): Promise<void> {
    return this.#write('DELETE', '/v2/{project_id}/cas/applications/{application_id}/configuration', { application_id: appId }, undefined, {
      environment_id: environmentId,
    });
  }

  // §4.4 components
  listComponents(appId: string, p?: ListParams): Promise<W.ComponentList> {
    return this.#get('/v2/{project_id}/cas/applications/{application_id}/components', { application_id: appId }, listQuery(p));
  }

  getComponent(appId: string, componentId: string): Promise<W.Component> {
    return this.#get('/v2/{project_id}/cas/applications/{application_id}/components/{component_id}', { application_id: appId, component_id: componentId });
  }

  createComponent(appId: string, body: W.CreateComponentRequest): Promise<W.Component> {
    return this.#write('POST', '/v2/{project_id}/cas/applications/{application_id}/components', { application_id: appId }, body);
  }

  updateComponent(appId: string, componentId: string, body: W.UpdateComponentRequest): Promise<W.Component> {
    return this.#write('PUT', '/v2/{project_id}/cas/applications/{application_id}/components/{component_id}', { application_id: appId, component_id: componentId }, body);
  }

  deleteComponent(appId: string, componentId: string, force?: boolean): Promise<void> {
    return this.#write(
      'DELETE',
      '/v2/{project_id}/cas/applications/{application_id}/components/{component_id}',
      { application_id: appId, component_id: componentId },
      undefined,
      { force: force === undefined ? undefined : force },
    );
  }

  // §4.5 instances
  listInstances(appId: string, componentId: string, p?: ListParams): Promise<W.InstanceList> {
    return this.#get('/v2/{project_id}/cas/applications/{application_id}/components/{component_id}/instances', { application_id: appId, component_id: componentId }, listQuery(p));
  }

  getInstance(appId: string, componentId: string, instanceId: string): Promise<W.InstanceDetail> {
    return this.#get(
      '/v2/{project_id}/cas/applications/{application_id}/components/{component_id}/instances/{instance_id}',
      { application_id: appId, component_id: componentId, instance_id: instanceId },
    );
  }

  createInstance(appId: string, componentId: string, body: W.CreateInstanceRequest): Promise<W.CreateInstanceResponse> {
    return this.#write('POST', '/v2/{project_id}/cas/applications/{application_id}/components/{component_id}/instances', { application_id: appId, component_id: componentId }, body);
  }

  updateInstance(appId: string, componentId: string, instanceId: string, body: W.UpdateInstanceRequest): Promise<W.JobIdResponse> {
    return this.#write(
      'PUT',
      '/v2/{project_id}/cas/applications/{application_id}/components/{component_id}/instances/{instance_id}',
      { application_id: appId, component_id: componentId, instance_id: instanceId },
      body,
    );
  }

  instanceAction(appId: string, componentId: string, instanceId: string, body: W.InstanceActionRequest): Promise<W.JobIdResponse> {
    return this.#write(
      'POST',
      '/v2/{project_id}/cas/applications/{application_id}/components/{component_id}/instances/{instance_id}/action',
      { application_id: appId, component_id: componentId, instance_id: instanceId },
      body,
    );
  }

  deleteInstance(appId: string, componentId: string, instanceId: string, force?: boolean): Promise<W.JobIdResponse> {
    return this.#write(
      'DELETE',
      '/v2/{project_id}/cas/applications/{application_id}/components/{component_id}/instances/{instance_id}',
      { application_id: appId, component_id: componentId, instance_id: instanceId },
      undefined,
      { force: force === undefined ? undefined : force },
    );
  }

  listSnapshots(appId: string, componentId: string, instanceId: string, p?: ListParams): Promise<W.SnapshotList> {
    return this.#get(
      '/v2/{project_id}/cas/applications/{application_id}/components/{component_id}/instances/{instance_id}/snapshots',
      { application_id: appId, component_id: componentId, instance_id: instanceId },
      listQuery(p),
    );
  }

  // §4.6 jobs
  getJob(jobId: string, q: W.JobDetailQuery = {}): Promise<W.JobDetail> {
    return this.#get('/v2/{project_id}/cas/jobs/{job_id}', { job_id: jobId }, { ...q });
  }
}
