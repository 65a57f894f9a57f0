/**
 * Typed client of ServiceStage application management (reference chapter 4). It knows paths,
 * bodies and answers; nothing of GraphQL.
 */
import type { HttpCore } from './http.js';
import { send, type CallContext } from './api-client.js';
import type * as W from '../wire/cas.js';

export interface ListParams {
  limit?: number;
  offset?: number;
  orderBy?: string;
  order?: W.SortOrder;
}

const enc = encodeURIComponent;

function listQuery(p: ListParams = {}): Record<string, string | number | undefined> {
  return { limit: p.limit, offset: p.offset, order_by: p.orderBy, order: p.order };
}

export class CasClient {
  constructor(
    private readonly http: HttpCore,
    private readonly ctx: CallContext,
  ) {}

  get projectId(): string {
    return this.ctx.session.projectId;
  }

  #base(): string {
    return `/v2/${enc(this.projectId)}/cas`;
  }

  async #get<T>(route: string, path: string, query?: Record<string, string | number | boolean | undefined>): Promise<T> {
    return (await send<T>(this.http, this.ctx, { api: 'cas', method: 'GET', route, path: this.#base() + path, query })).body;
  }

  async #write<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', route: string, path: string, body?: unknown, query?: Record<string, string | boolean | undefined>): Promise<T> {
    return (await send<T>(this.http, this.ctx, { api: 'cas', method, route, path: this.#base() + path, body, query })).body;
  }

  // §4.1 metadata
  runtimes(): Promise<W.RuntimeList> {
    return this.#get('/v2/{project_id}/cas/metadata/runtimes', '/metadata/runtimes');
  }

  flavors(): Promise<W.FlavorList> {
    return this.#get('/v2/{project_id}/cas/metadata/flavors', '/metadata/flavors');
  }

  // §4.2 environments
  listEnvironments(p?: ListParams): Promise<W.EnvironmentList> {
    return this.#get('/v2/{project_id}/cas/environments', '/environments', listQuery(p));
  }

  getEnvironment(id: string): Promise<W.Environment> {
    return this.#get('/v2/{project_id}/cas/environments/{environment_id}', `/environments/${enc(id)}`);
  }

  createEnvironment(body: W.CreateEnvironmentRequest): Promise<W.Environment> {
    return this.#write('POST', '/v2/{project_id}/cas/environments', '/environments', body);
  }

  updateEnvironment(id: string, body: W.UpdateEnvironmentRequest): Promise<W.Environment> {
    return this.#write('PUT', '/v2/{project_id}/cas/environments/{environment_id}', `/environments/${enc(id)}`, body);
  }

  patchEnvironmentResources(id: string, body: W.PatchEnvironmentResourcesRequest): Promise<W.Environment> {
    return this.#write('PATCH', '/v2/{project_id}/cas/environments/{environment_id}/resources', `/environments/${enc(id)}/resources`, body);
  }

  deleteEnvironment(id: string): Promise<void> {
    return this.#write('DELETE', '/v2/{project_id}/cas/environments/{environment_id}', `/environments/${enc(id)}`);
  }

  // §4.3 applications
  listApplications(p?: ListParams): Promise<W.ApplicationList> {
    return this.#get('/v2/{project_id}/cas/applications', '/applications', listQuery(p));
  }

  getApplication(id: string): Promise<W.ApplicationWithCount> {
    return this.#get('/v2/{project_id}/cas/applications/{application_id}', `/applications/${enc(id)}`);
  }

  createApplication(body: W.CreateApplicationRequest): Promise<W.Application> {
    return this.#write('POST', '/v2/{project_id}/cas/applications', '/applications', body);
  }

  updateApplication(id: string, body: W.UpdateApplicationRequest): Promise<W.Application> {
    return this.#write('PUT', '/v2/{project_id}/cas/applications/{application_id}', `/applications/${enc(id)}`, body);
  }

  deleteApplication(id: string): Promise<void> {
    return this.#write('DELETE', '/v2/{project_id}/cas/applications/{application_id}', `/applications/${enc(id)}`);
  }

  getApplicationConfiguration(appId: string, environmentId?: string): Promise<W.ApplicationConfigurationList> {
    return this.#get('/v2/{project_id}/cas/applications/{application_id}/configuration', `/applications/${enc(appId)}/configuration`, {
      environment_id: environmentId,
    });
  }

  putApplicationConfiguration(appId: string, body: W.PutApplicationConfigurationRequest): Promise<W.ApplicationConfiguration> {
    return this.#write('PUT', '/v2/{project_id}/cas/applications/{application_id}/configuration', `/applications/${enc(appId)}/configuration`, body);
  }

  deleteApplicationConfiguration(appId: string, environmentId: string): Promise<void> {
    return this.#write('DELETE', '/v2/{project_id}/cas/applications/{application_id}/configuration', `/applications/${enc(appId)}/configuration`, undefined, {
      environment_id: environmentId,
    });
  }

  // §4.4 components
  listComponents(appId: string, p?: ListParams): Promise<W.ComponentList> {
    return this.#get('/v2/{project_id}/cas/applications/{application_id}/components', `/applications/${enc(appId)}/components`, listQuery(p));
  }

  getComponent(appId: string, componentId: string): Promise<W.Component> {
    return this.#get('/v2/{project_id}/cas/applications/{application_id}/components/{component_id}', `/applications/${enc(appId)}/components/${enc(componentId)}`);
  }

  createComponent(appId: string, body: W.CreateComponentRequest): Promise<W.Component> {
    return this.#write('POST', '/v2/{project_id}/cas/applications/{application_id}/components', `/applications/${enc(appId)}/components`, body);
  }

  updateComponent(appId: string, componentId: string, body: W.UpdateComponentRequest): Promise<W.Component> {
    return this.#write('PUT', '/v2/{project_id}/cas/applications/{application_id}/components/{component_id}', `/applications/${enc(appId)}/components/${enc(componentId)}`, body);
  }

  deleteComponent(appId: string, componentId: string, force?: boolean): Promise<void> {
    return this.#write(
      'DELETE',
      '/v2/{project_id}/cas/applications/{application_id}/components/{component_id}',
      `/applications/${enc(appId)}/components/${enc(componentId)}`,
      undefined,
      { force: force === undefined ? undefined : force },
    );
  }

  // §4.5 instances
  #instances(appId: string, componentId: string): string {
    return `/applications/${enc(appId)}/components/${enc(componentId)}/instances`;
  }

  listInstances(appId: string, componentId: string, p?: ListParams): Promise<W.InstanceList> {
    return this.#get('/v2/{project_id}/cas/applications/{application_id}/components/{component_id}/instances', this.#instances(appId, componentId), listQuery(p));
  }

  getInstance(appId: string, componentId: string, instanceId: string): Promise<W.InstanceDetail> {
    return this.#get(
      '/v2/{project_id}/cas/applications/{application_id}/components/{component_id}/instances/{instance_id}',
      `${this.#instances(appId, componentId)}/${enc(instanceId)}`,
    );
  }

  createInstance(appId: string, componentId: string, body: W.CreateInstanceRequest): Promise<W.CreateInstanceResponse> {
    return this.#write('POST', '/v2/{project_id}/cas/applications/{application_id}/components/{component_id}/instances', this.#instances(appId, componentId), body);
  }

  updateInstance(appId: string, componentId: string, instanceId: string, body: W.UpdateInstanceRequest): Promise<W.JobIdResponse> {
    return this.#write(
      'PUT',
      '/v2/{project_id}/cas/applications/{application_id}/components/{component_id}/instances/{instance_id}',
      `${this.#instances(appId, componentId)}/${enc(instanceId)}`,
      body,
    );
  }

  instanceAction(appId: string, componentId: string, instanceId: string, body: W.InstanceActionRequest): Promise<W.JobIdResponse> {
    return this.#write(
      'POST',
      '/v2/{project_id}/cas/applications/{application_id}/components/{component_id}/instances/{instance_id}/action',
      `${this.#instances(appId, componentId)}/${enc(instanceId)}/action`,
      body,
    );
  }

  deleteInstance(appId: string, componentId: string, instanceId: string, force?: boolean): Promise<W.JobIdResponse> {
    return this.#write(
      'DELETE',
      '/v2/{project_id}/cas/applications/{application_id}/components/{component_id}/instances/{instance_id}',
      `${this.#instances(appId, componentId)}/${enc(instanceId)}`,
      undefined,
      { force: force === undefined ? undefined : force },
    );
  }

  listSnapshots(appId: string, componentId: string, instanceId: string, p?: ListParams): Promise<W.SnapshotList> {
    return this.#get(
      '/v2/{project_id}/cas/applications/{application_id}/components/{component_id}/instances/{instance_id}/snapshots',
      `${this.#instances(appId, componentId)}/${enc(instanceId)}/snapshots`,
      listQuery(p),
    );
  }

  // §4.6 jobs
  getJob(jobId: string, q: W.JobDetailQuery = {}): Promise<W.JobDetail> {
    return this.#get('/v2/{project_id}/cas/jobs/{job_id}', `/jobs/${enc(jobId)}`, { ...q });
  }
}
