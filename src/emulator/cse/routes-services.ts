/** Microservice, schema, dependency and existence routes (reference §5.2-§5.10, §5.20, §5.21, §5.23). */
import type { RouteTable } from '../http/routes.js';
import { ok } from '../http/routes.js';
import type { EmulatorState } from '../state.js';
import { invalidField } from './errors.js';
import { cseRoute, done, query } from './http-adapter.js';
import { shapeList, shapeService } from './shapes.js';
import { CSE_HEADERS, type CreateServiceResponse, type DeleteServicesResponse, type ExistenceResponse, type GetProvidersResponse, type GetSchemaResponse, type GetSchemasResponse, type GetServiceResponse, type GetServicesResponse } from '../../wire/cse.js';

const BASE = '/v4/{project_id}/registry';
const SERVICE = `${BASE}/microservices/{serviceId}`;

export function registerServiceRoutes(routes: RouteTable, state: EmulatorState): void {
  const route = cseRoute.bind(null, routes, state);

  route('GET', `${BASE}/microservices`, (_req, registry) =>
    ok(shapeList(registry.dialect, 'services', registry.listServices().map((s) => shapeService(registry.dialect, s))) satisfies GetServicesResponse),
  );

  route('POST', `${BASE}/microservices`, (req, registry) => ok({ serviceId: registry.createService(req.body) } satisfies CreateServiceResponse));

  route('DELETE', `${BASE}/microservices`, (req, registry) => ok({ services: registry.deleteServices(req.body) } satisfies DeleteServicesResponse));

  route('GET', SERVICE, (req, registry) => ok({ service: shapeService(registry.dialect, registry.getService(req.params.serviceId!)) } satisfies GetServiceResponse));

  route('DELETE', SERVICE, (req, registry) => {
    registry.deleteService(req.params.serviceId!, parseForce(query(req, 'force')));
    return done();
  });

  route('PUT', `${SERVICE}/properties`, (req, registry) => {
    registry.updateServiceProperties(req.params.serviceId!, req.body);
    return done();
  });

  route('GET', `${SERVICE}/schemas`, (req, registry) =>
    ok(shapeList(registry.dialect, 'schemas', registry.listSchemas(req.params.serviceId!, query(req, 'withSchema'))) satisfies GetSchemasResponse),
  );

  route('GET', `${SERVICE}/schemas/{schemaId}`, (req, registry) => {
    const { schema, summary } = registry.getSchema(req.params.serviceId!, req.params.schemaId!);
    return ok({ schema } satisfies GetSchemaResponse, { [CSE_HEADERS.schemaSummary]: summary ?? '' });
  });

  route('PUT', `${SERVICE}/schemas/{schemaId}`, (req, registry) => {
    registry.putSchema(req.params.serviceId!, req.params.schemaId!, req.body);
    return done();
  });

  route('PUT', `${BASE}/dependencies`, (req, registry) => {
    registry.putDependencies(req.body);
    return done();
  });

  route('GET', `${SERVICE}/providers`, (req, registry) =>
    ok(shapeList(registry.dialect, 'providers', registry.getProviders(req.params.serviceId!).map((s) => shapeService(registry.dialect, s))) satisfies GetProvidersResponse),
  );

  route('GET', `${BASE}/existence`, (req, registry) => {
    const answer = registry.existence({
      type: query(req, 'type'),
      env: query(req, 'env'),
      appId: query(req, 'appId'),
      serviceName: query(req, 'serviceName'),
      version: query(req, 'version'),
      serviceId: query(req, 'serviceId'),
      schemaId: query(req, 'schemaId'),
    });
    if ('schemaId' in answer) {
      const { serviceId, schemaId, summary } = answer;
      return ok({ serviceId, schemaId } satisfies ExistenceResponse, { [CSE_HEADERS.schemaSummary]: summary });
    }
    return ok({ serviceId: answer.serviceId } satisfies ExistenceResponse);
  });
}

/** §5.20 Table 5-46: force is a boolean; absent means false. */
function parseForce(raw: string | undefined): boolean {
  if (raw === undefined || raw === '') return false;
  const v = raw.toLowerCase();
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  throw invalidField('force', raw, 'true or false');
}
