/**
 * Typed client of the CSE registry and config center (reference chapter 5). The project in
 * registry paths is the fixed value "default"; the token decides the tenant.
 */
import { HttpCore, type UpstreamRequest, type UpstreamResponse } from './http.js';
import { send, type CallContext } from './api-client.js';
import { UpstreamError } from './errors.js';
import { fillRoute } from './route.js';
import type { RegistryLogin } from './registry-login.js';
import { CSE_HEADERS, CONFIG_ENVIRONMENT_HEADER } from '../wire/cse.js';
import type * as W from '../wire/cse.js';

/** Registry and config center paths carry the fixed project "default" (reference §5); the token decides the tenant. */
const PROJECT = 'default';

/** Path parameters by their names in the route template (serviceId, instanceId, schemaId). */
type Ids = Record<string, string>;

const ROUTE_BATCH_FIND = '/v4/{project_id}/registry/instances/action';
const ROUTE_CONFIG_ITEMS = '/v3/{project_id}/configuration/items';

/** A find answer with the revision the registry gave it; `notModified` when `rev` was current (304). */
export interface Revisioned<T> {
  notModified: boolean;
  revision: string | undefined;
  body: T | undefined;
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const v = headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

/** Where registry and config calls go: the registry (CSE_URL), the config center (CONFIG_URL), and the registry's own login when it has security authentication. */
export interface RegistryTransport {
  registry: HttpCore;
  config: HttpCore;
  login?: RegistryLogin;
}

type Request = Omit<UpstreamRequest, 'headers'> & { headers?: Record<string, string> };

export class CseClient {
  readonly #transport: RegistryTransport;

  constructor(
    transport: HttpCore | RegistryTransport,
    private readonly ctx: CallContext,
  ) {
    this.#transport = transport instanceof HttpCore ? { registry: transport, config: transport } : transport;
  }

  /**
   * One registry call. With security authentication the bearer token goes along; a 401 renews it once
   * and sends the call again (a refused call was not applied, so even a write may go again).
   */
  async #send<T>(req: Request): Promise<UpstreamResponse<T>> {
    const { registry, login } = this.#transport;
    if (!login) return send<T>(registry, this.ctx, req);
    // The IAM token is not what such an engine checks: a 401 must not renew it.
    const ctx: CallContext = { ...this.ctx, session: { ...this.ctx.session, renewAfterUnauthorized: () => Promise.resolve(false) } };
    const bearer = await login.bearer();
    try {
      return await send<T>(registry, ctx, { ...req, headers: { ...req.headers, authorization: bearer } });
    } catch (err) {
      if (!(err instanceof UpstreamError && err.isUnauthorized && (await login.renewAfterUnauthorized(bearer)))) throw err;
      return send<T>(registry, ctx, { ...req, headers: { ...req.headers, authorization: await login.bearer() } });
    }
  }

  async #get<T>(route: string, ids: Ids, query?: Record<string, string | undefined>, headers?: Record<string, string>) {
    return this.#send<T>({ api: 'cse', method: 'GET', route, path: fillRoute(route, { project_id: PROJECT, ...ids }), query, headers, accept: [304] });
  }

  async #write<T>(method: 'POST' | 'PUT' | 'DELETE', route: string, ids: Ids, body?: unknown, query?: Record<string, string | undefined>): Promise<T> {
    return (await this.#send<T>({ api: 'cse', method, route, path: fillRoute(route, { project_id: PROJECT, ...ids }), body, query })).body;
  }

  // §5.2 / §5.3 / §5.4 / §5.5 / §5.20 / §5.21 microservices
  async getService(serviceId: string): Promise<W.MicroService> {
    const res = await this.#get<W.GetServiceResponse>('/v4/{project_id}/registry/microservices/{serviceId}', { serviceId });
    return res.body.service;
  }

  async listServices(): Promise<W.MicroService[]> {
    const res = await this.#get<W.GetServicesResponse>('/v4/{project_id}/registry/microservices', {});
    return res.body?.services ?? [];
  }

  createService(body: W.CreateServiceRequest): Promise<W.CreateServiceResponse> {
    return this.#write('POST', '/v4/{project_id}/registry/microservices', {}, body);
  }

  updateServiceProperties(serviceId: string, properties: W.Properties): Promise<void> {
    return this.#write('PUT', '/v4/{project_id}/registry/microservices/{serviceId}/properties', { serviceId }, {
      properties,
    });
  }

  deleteService(serviceId: string, force?: boolean): Promise<void> {
    return this.#write('DELETE', '/v4/{project_id}/registry/microservices/{serviceId}', { serviceId }, undefined, {
      force: force === undefined ? undefined : String(force),
    });
  }

  deleteServices(body: W.DeleteServicesRequest): Promise<W.DeleteServicesResponse> {
    return this.#write('DELETE', '/v4/{project_id}/registry/microservices', {}, body);
  }

  // §5.6 / §5.7 / §5.23 schemas
  async getSchema(serviceId: string, schemaId: string): Promise<W.Schema> {
    const res = await this.#get<W.GetSchemaResponse>(
      '/v4/{project_id}/registry/microservices/{serviceId}/schemas/{schemaId}',
      { serviceId, schemaId },
    );
    return { schemaId, schema: res.body.schema, summary: header(res.headers, CSE_HEADERS.schemaSummary) };
  }

  async listSchemas(serviceId: string, withSchema: boolean): Promise<W.Schema[]> {
    const res = await this.#get<W.GetSchemasResponse>('/v4/{project_id}/registry/microservices/{serviceId}/schemas', { serviceId }, {
      withSchema: withSchema ? '1' : '0',
    });
    return res.body?.schemas ?? [];
  }

  putSchema(serviceId: string, schemaId: string, body: W.PutSchemaRequest): Promise<void> {
    return this.#write('PUT', '/v4/{project_id}/registry/microservices/{serviceId}/schemas/{schemaId}', { serviceId, schemaId }, body);
  }

  // §5.8 / §5.9 dependencies
  putDependencies(body: W.PutDependenciesRequest): Promise<void> {
    return this.#write('PUT', '/v4/{project_id}/registry/dependencies', {}, body);
  }

  async listProviders(serviceId: string): Promise<W.MicroService[]> {
    const res = await this.#get<W.GetProvidersResponse>('/v4/{project_id}/registry/microservices/{serviceId}/providers', { serviceId });
    return res.body?.providers ?? [];
  }

  // §5.10 existence
  async existence(query: W.ExistenceQuery): Promise<W.ExistenceResponse & { summary?: string }> {
    const res = await this.#get<W.ExistenceResponse>('/v4/{project_id}/registry/existence', {}, { ...query });
    const summary = header(res.headers, CSE_HEADERS.schemaSummary);
    return { ...res.body, ...(summary && { summary }) };
  }

  // §5.11 - §5.17 instances
  registerInstance(serviceId: string, instance: W.MicroServiceInstance): Promise<W.RegisterInstanceResponse> {
    return this.#write('POST', '/v4/{project_id}/registry/microservices/{serviceId}/instances', { serviceId }, { instance });
  }

  async listInstances(serviceId: string, rev?: string): Promise<Revisioned<W.GetInstancesResponse>> {
    const res = await this.#get<W.GetInstancesResponse>('/v4/{project_id}/registry/microservices/{serviceId}/instances', { serviceId }, { rev });
    return { notModified: res.status === 304, revision: header(res.headers, CSE_HEADERS.resourceRevision), body: res.body };
  }

  async getInstance(serviceId: string, instanceId: string): Promise<W.MicroServiceInstance> {
    const res = await this.#get<W.GetInstanceResponse>(
      '/v4/{project_id}/registry/microservices/{serviceId}/instances/{instanceId}',
      { serviceId, instanceId },
    );
    return res.body.instance;
  }

  deregisterInstance(serviceId: string, instanceId: string): Promise<void> {
    return this.#write('DELETE', '/v4/{project_id}/registry/microservices/{serviceId}/instances/{instanceId}', { serviceId, instanceId });
  }

  updateInstanceProperties(serviceId: string, instanceId: string, properties: W.Properties): Promise<void> {
    return this.#write(
      'PUT',
      '/v4/{project_id}/registry/microservices/{serviceId}/instances/{instanceId}/properties',
      { serviceId, instanceId },
      { properties },
    );
  }

  updateInstanceStatus(serviceId: string, instanceId: string, status: W.InstanceStatus): Promise<void> {
    return this.#write(
      'PUT',
      '/v4/{project_id}/registry/microservices/{serviceId}/instances/{instanceId}/status',
      { serviceId, instanceId },
      undefined,
      { value: status },
    );
  }

  heartbeat(serviceId: string, instanceId: string): Promise<void> {
    return this.#write(
      'PUT',
      '/v4/{project_id}/registry/microservices/{serviceId}/instances/{instanceId}/heartbeat',
      { serviceId, instanceId },
    );
  }

  // §5.18 / §5.22 discovery
  async findInstances(query: W.FindInstancesQuery, consumerId?: string): Promise<Revisioned<W.GetInstancesResponse>> {
    const res = await this.#get<W.GetInstancesResponse>('/v4/{project_id}/registry/instances', {}, { ...query }, consumerId ? { [CSE_HEADERS.consumerId]: consumerId } : undefined);
    return { notModified: res.status === 304, revision: header(res.headers, CSE_HEADERS.resourceRevision), body: res.body };
  }

  async batchFind(body: W.BatchFindRequest, consumerId?: string): Promise<W.BatchFindResponse> {
    // A read sent by POST: safe to retry.
    const res = await this.#send<W.BatchFindResponse>({
      api: 'cse',
      method: 'POST',
      route: ROUTE_BATCH_FIND,
      path: fillRoute(ROUTE_BATCH_FIND, { project_id: PROJECT }),
      query: { type: 'query' },
      body,
      idempotent: true,
      headers: consumerId ? { [CSE_HEADERS.consumerId]: consumerId } : undefined,
    });
    return res.body;
  }

  // §5.19 config center
  async configItems(query: W.ConfigItemsQuery, environment?: W.ServiceEnvironment): Promise<Revisioned<W.ConfigItemsResponse>> {
    // The config center lives at CONFIG_URL (service-center has none of its own).
    const res = await send<W.ConfigItemsResponse>(this.#transport.config, this.ctx, {
      api: 'config',
      method: 'GET',
      route: ROUTE_CONFIG_ITEMS,
      path: fillRoute(ROUTE_CONFIG_ITEMS, { project_id: PROJECT }),
      query: { ...query },
      headers: environment ? { [CONFIG_ENVIRONMENT_HEADER]: environment } : undefined,
      accept: [304],
    });
    return { notModified: res.status === 304, revision: res.body?.revision?.version, body: res.body };
  }
}
