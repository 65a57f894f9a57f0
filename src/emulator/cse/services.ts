/** The microservices of one registry: storage, the unique (environment, appId, serviceName, version) index, tags and rules. */
import { createHash } from 'node:crypto';
import { newHexId } from '../ids.js';
import { serviceNotFound } from './errors.js';
import { epochSeconds, type ServiceRecord, type StoredService } from './model.js';
import type { ServiceInput } from './validate.js';
import type { Rule, ServiceEnvironment } from '../../wire/cse.js';

export interface ServiceKey {
  environment: ServiceEnvironment;
  appId: string;
  serviceName: string;
  version: string;
}

export function keyString(k: ServiceKey): string {
  return [k.environment, k.appId, k.serviceName, k.version].join('/');
}

function nameString(environment: ServiceEnvironment, appId: string, serviceName: string): string {
  return [environment, appId, serviceName].join('/');
}

export class ServiceCatalog {
  readonly #byId = new Map<string, ServiceRecord>();
  readonly #byKey = new Map<string, string>();
  /** Every version of a name, so find need not scan the whole catalog. */
  readonly #byName = new Map<string, Set<string>>();

  get size(): number {
    return this.#byId.size;
  }

  get(serviceId: string): ServiceRecord | undefined {
    return this.#byId.get(serviceId);
  }

  /** The record, or 400012. */
  require(serviceId: string): ServiceRecord {
    const record = this.#byId.get(serviceId);
    if (!record) throw serviceNotFound(serviceId);
    return record;
  }

  idByKey(key: ServiceKey): string | undefined {
    return this.#byKey.get(keyString(key));
  }

  /** Every version of one service name in one environment. */
  named(environment: ServiceEnvironment, appId: string, serviceName: string): ServiceRecord[] {
    return [...(this.#byName.get(nameString(environment, appId, serviceName)) ?? [])].map((id) => this.#byId.get(id)!);
  }

  all(): ServiceRecord[] {
    return [...this.#byId.values()];
  }

  add(record: ServiceRecord): void {
    this.#byId.set(record.service.serviceId, record);
    this.#byKey.set(keyString(record.service), record.service.serviceId);
    const name = nameString(record.service.environment, record.service.appId, record.service.serviceName);
    this.#byName.set(name, (this.#byName.get(name) ?? new Set()).add(record.service.serviceId));
  }

  remove(serviceId: string): void {
    const record = this.#byId.get(serviceId);
    if (!record) return;
    this.#byId.delete(serviceId);
    this.#byKey.delete(keyString(record.service));
    const name = nameString(record.service.environment, record.service.appId, record.service.serviceName);
    const ids = this.#byName.get(name);
    ids?.delete(serviceId);
    if (ids?.size === 0) this.#byName.delete(name);
  }
}

/**
 * A generated service id: the SHA-1 of the project and the service's index key (40-char hex, as
 * service-center), or a random 32-char hex UUID when that is already taken by a customized id.
 */
export function generateServiceId(projectId: string, key: ServiceKey, taken: (id: string) => boolean): string {
  const id = createHash('sha1').update(`${projectId}/${keyString(key)}`).digest('hex');
  return taken(id) ? newHexId('service', keyString(key)) : id;
}

export function newServiceRecord(input: ServiceInput, serviceId: string, nowMs: number): ServiceRecord {
  const now = epochSeconds(nowMs);
  const service: StoredService = { ...input, serviceId, timestamp: now, modTimestamp: now };
  return { service, tags: {}, rules: [], schemas: new Map() };
}

export function newRule(rule: Rule, nowMs: number): Rule {
  const now = epochSeconds(nowMs);
  return { ruleId: newHexId('rule'), ...rule, timestamp: now, modTimestamp: now };
}
