/**
 * Dependencies between microservices (reference §5.8, §5.9, §6.2.3): per consumer, a list of provider
 * rules. A rule names a service by environment, appId and name with a version rule, or "*" for every
 * service of the tenant; providers need not exist when the rule is made.
 */
import type { ServiceRecord, StoredService } from './model.js';
import type { DependencyKey } from './validate.js';
import { parseVersionRule, selectVersions } from './versions.js';

export class DependencyTable {
  readonly #byConsumer = new Map<string, DependencyKey[]>();

  /** §5.8: overrides the consumer's providers. */
  set(consumerId: string, providers: DependencyKey[]): void {
    if (providers.length === 0) this.#byConsumer.delete(consumerId);
    else this.#byConsumer.set(consumerId, providers.map((p) => ({ ...p })));
  }

  /** Adds one provider rule unless the consumer already has it (find with X-ConsumerId). */
  add(consumerId: string, provider: DependencyKey): void {
    const rules = this.#byConsumer.get(consumerId) ?? [];
    if (rules.some((r) => sameRule(r, provider))) return;
    this.#byConsumer.set(consumerId, [...rules, { ...provider }]);
  }

  rulesOf(consumerId: string): DependencyKey[] {
    return (this.#byConsumer.get(consumerId) ?? []).map((r) => ({ ...r }));
  }

  consumers(): [string, DependencyKey[]][] {
    return [...this.#byConsumer.entries()];
  }

  /**
   * A deleted service takes its dependency records along (§5.20): its own provider rules, and the
   * rules of others that named it by its exact version.
   */
  removeService(service: StoredService): void {
    this.#byConsumer.delete(service.serviceId);
    for (const [consumerId, rules] of this.#byConsumer) {
      const kept = rules.filter((r) => !isExactRuleFor(r, service));
      if (kept.length === 0) this.#byConsumer.delete(consumerId);
      else if (kept.length !== rules.length) this.#byConsumer.set(consumerId, kept);
    }
  }
}

export function sameRule(a: DependencyKey, b: DependencyKey): boolean {
  return a.environment === b.environment && a.appId === b.appId && a.serviceName === b.serviceName && a.version === b.version;
}

function isExactRuleFor(rule: DependencyKey, service: StoredService): boolean {
  return (
    rule.serviceName === service.serviceName &&
    rule.appId === service.appId &&
    rule.environment === service.environment &&
    parseVersionRule(rule.version)?.kind === 'exact' &&
    rule.version === service.version
  );
}

/** The existing services a provider rule matches; "*" matches every service of the tenant but the consumer. */
export function matchRule(rule: DependencyKey, all: readonly ServiceRecord[], consumerId: string): StoredService[] {
  if (rule.serviceName === '*') return all.map((r) => r.service).filter((s) => s.serviceId !== consumerId);
  const parsed = parseVersionRule(rule.version);
  if (!parsed) return [];
  const named = all
    .map((r) => r.service)
    .filter((s) => s.environment === rule.environment && s.appId === rule.appId && s.serviceName === rule.serviceName);
  return selectVersions(parsed, named);
}

/** §5.9: the existing services the consumer's rules match, each once, in rule order. */
export function resolveProviders(table: DependencyTable, consumerId: string, all: readonly ServiceRecord[]): StoredService[] {
  const seen = new Map<string, StoredService>();
  for (const rule of table.rulesOf(consumerId)) {
    for (const s of matchRule(rule, all, consumerId)) if (!seen.has(s.serviceId)) seen.set(s.serviceId, s);
  }
  return [...seen.values()];
}

/** The other services whose rules match this one (they block its deletion without force, §5.20/§5.21). */
export function consumersOf(table: DependencyTable, serviceId: string, all: readonly ServiceRecord[]): string[] {
  const out: string[] = [];
  for (const [consumerId, rules] of table.consumers()) {
    if (consumerId === serviceId) continue;
    if (rules.some((r) => matchRule(r, all, consumerId).some((s) => s.serviceId === serviceId))) out.push(consumerId);
  }
  return out;
}
