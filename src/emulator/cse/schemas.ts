/**
 * Schemas of a microservice (reference §5.6, §5.7, §5.23, §6.2.1, §6.2.7). Content may be added or
 * changed only while the service's environment is development, testing or acceptance.
 */
import { invalidField, invalidParams, quotaExceeded, RegistryError } from './errors.js';
import { epochSeconds, type ServiceRecord, type StoredSchema } from './model.js';
import { checkSchemaContent, checkSchemaId, checkSummary, isObject } from './validate.js';
import type { Schema, ServiceEnvironment } from '../../wire/cse.js';

const EDITABLE: readonly ServiceEnvironment[] = ['development', 'testing', 'acceptance'];

/** Validates and stores a schema; adds its id to the service's list. */
export function putSchema(record: ServiceRecord, schemaId: string, body: unknown, limit: number, nowMs: number, environmentRule = true): void {
  checkSchemaId(schemaId);
  if (!isObject(body)) throw invalidField('Schema', body, 'a body {schema, summary?}');
  const schema = checkSchemaContent(body.schema);
  const summary = checkSummary(body.summary);
  const { service } = record;
  const listed = service.schemas.includes(schemaId);
  const existing = record.schemas.get(schemaId);

  // service-center 2.1+ does not have the rule (registry-behaviour.md).
  if (environmentRule && !EDITABLE.includes(service.environment)) {
    // §6.2.1: in production a schema can be neither added nor changed. A schema the service declared
    // at creation may still get its first content (how SDKs register schemas; service-center allows it),
    // and sending the same content again is not a change.
    if (!listed) throw new RegistryError('400014', `schemaId ${schemaId} is not declared by service ${service.serviceId}; schemas cannot be added in environment ${service.environment}.`);
    if (existing && (existing.schema !== schema || (summary !== undefined && existing.summary !== summary))) {
      throw new RegistryError('400015', `schema ${schemaId} of service ${service.serviceId} cannot be modified in environment ${service.environment}.`);
    }
  }
  if (!listed && service.schemas.length >= limit) throw quotaExceeded(`schemas of service ${service.serviceId}`, limit);

  const stored: StoredSchema = { schema };
  if (summary !== undefined && summary !== '') stored.summary = summary;
  record.schemas.set(schemaId, stored);
  if (!listed) {
    service.schemas = [...service.schemas, schemaId];
    service.modTimestamp = epochSeconds(nowMs);
  }
}

/** The stored schema, or 400016. */
export function getSchema(record: ServiceRecord, schemaId: string): StoredSchema {
  checkSchemaId(schemaId);
  const stored = record.schemas.get(schemaId);
  if (!stored) throw new RegistryError('400016', `schema ${schemaId} of service ${record.service.serviceId} does not exist.`);
  return stored;
}

/** §5.23: every listed schema id with its summary, and its content when withSchema is "1". */
export function listSchemas(record: ServiceRecord, withSchema: string | undefined): Schema[] {
  if (withSchema !== undefined && withSchema !== '0' && withSchema !== '1') {
    throw invalidParams(`field 'withSchema' invalid value '${withSchema}' does not match rule: 0 or 1`);
  }
  return record.service.schemas.map((schemaId) => {
    const stored = record.schemas.get(schemaId);
    const out: Schema = { schemaId };
    if (stored?.summary !== undefined) out.summary = stored.summary;
    if (withSchema === '1' && stored) out.schema = stored.schema;
    return out;
  });
}
