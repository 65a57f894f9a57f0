/** Environments (§4.2): create, list, get, modify, delete, and add or remove resources. */
import { newUuid } from '../ids.js';
import { casError } from '../http/errors.js';
import { DEMO_USER } from '../tenancy.js';
import type { Environment, EnvironmentList, EnvironmentResource, ListOrderBy } from '../../wire/cas.js';
import type { CasStore, EnvironmentRecord } from './store.js';
import type { CasProjectOptions } from './project.js';
import { byNumber, byString, page, parseListQuery, type RawListQuery } from './paging.js';
import * as v from './validate.js';

const BASE_TYPES = ['cce', 'ecs'] as const;
const ORDER_FIELDS = ['create_time', 'name', 'update_time'] as const satisfies readonly ListOrderBy[];

/** Table 4-11: base resources are cce or ecs; optional ones any other service (dcs, elb, cse, ...). */
function resource(value: unknown, field: string, kind: 'base' | 'optional'): EnvironmentResource {
  const r = v.object(value, field);
  const id = v.string(r.id, `${field}.id`);
  const type =
    kind === 'base'
      ? v.oneOf(r.type, `${field}.type`, BASE_TYPES)
      : v.string(r.type, `${field}.type`, {
          pattern: /^(?!(cce|ecs)$)/,
          rule: 'cce and ecs are base resources, not optional ones',
        });
  const name = v.optionalString(r.name, `${field}.name`);
  return name === undefined ? { id, type } : { id, name, type };
}

function resources(value: unknown, field: string, kind: 'base' | 'optional'): EnvironmentResource[] {
  return v.array(value, field).map((r, i) => resource(r, `${field}[${i}]`, kind));
}

const sameResource = (a: { id: string; type: string }, b: { id: string; type: string }) => a.id === b.id && a.type === b.type;

/** Adds without duplicating an id+type already present. */
function merge(into: EnvironmentResource[], added: EnvironmentResource[]): EnvironmentResource[] {
  const out = [...into];
  for (const r of added) if (!out.some((o) => sameResource(o, r))) out.push(r);
  return out;
}

export class Environments {
  constructor(
    private readonly options: CasProjectOptions,
    private readonly store: CasStore,
  ) {}

  create(input: unknown): Environment {
    const b = v.body(input);
    const name = v.resourceName(b.name);
    const alias = v.optionalAlias(b.alias) ?? null;
    const description = v.optionalDescription(b.description) ?? null;
    const enterpriseProjectId = v.optionalString(b.enterprise_project_id, 'enterprise_project_id', { min: 1, max: 64 }) ?? '0';
    if (b.charge_mode !== undefined && b.charge_mode !== null) v.oneOf(b.charge_mode, 'charge_mode', ['provided'] as const);
    const vpcId = v.string(b.vpc_id, 'vpc_id', { max: 64 });
    if (b.base_resources === undefined || b.base_resources === null || (Array.isArray(b.base_resources) && b.base_resources.length === 0)) {
      throw casError('SVCSTG.00100422', 'base_resources: give at least one cce or ecs resource.');
    }
    const base = merge([], resources(b.base_resources, 'base_resources', 'base'));
    const optional = b.optional_resources === undefined || b.optional_resources === null ? null : merge([], resources(b.optional_resources, 'optional_resources', 'optional'));
    this.#checkNameFree(name);

    const now = this.options.clock.now();
    const env: Environment = {
      id: newUuid('environment', name),
      name,
      alias,
      description,
      project_id: this.options.project.id,
      enterprise_project_id: enterpriseProjectId,
      charge_mode: 'provided',
      vpc_id: vpcId,
      base_resources: base,
      optional_resources: optional,
      creator: DEMO_USER.name,
      create_time: now,
      update_time: now,
    };
    this.store.environments.set(env.id, { seq: this.store.nextSeq(), env });
    return structuredClone(env);
  }

  list(query: RawListQuery): EnvironmentList {
    const params = parseListQuery(query, ORDER_FIELDS);
    const { count, items } = page(this.store.environments.values(), params, {
      create_time: (a: EnvironmentRecord, b: EnvironmentRecord) => byNumber(a.env.create_time, b.env.create_time),
      name: (a, b) => byString(a.env.name, b.env.name),
      update_time: (a, b) => byNumber(a.env.update_time, b.env.update_time),
    });
    return { count, environments: items.map((r) => structuredClone(r.env)) };
  }

  get(id: string): Environment {
    return structuredClone(this.store.environment(id).env);
  }

  /** Table 4-22: name, alias and description; null clears alias or description. */
  update(id: string, input: unknown): Environment {
    const { env } = this.store.environment(id);
    const b = v.body(input);
    const name = b.name === undefined ? undefined : v.resourceName(b.name);
    const alias = v.optionalAlias(b.alias);
    const description = v.optionalDescription(b.description);
    if (name !== undefined && name !== env.name) this.#checkNameFree(name);
    if (name !== undefined) env.name = name;
    if (b.alias !== undefined) env.alias = alias ?? null;
    if (b.description !== undefined) env.description = description ?? null;
    env.update_time = this.options.clock.now();
    return structuredClone(env);
  }

  /** §8.2 SVCSTG.00100426: an environment with component instances deployed in it is in use. */
  delete(id: string): void {
    this.store.environment(id);
    const deployed = this.store.instancesIn(id);
    if (deployed.length > 0) {
      throw casError('SVCSTG.00100426', `environment_id ${id} has ${deployed.length} component instance(s) deployed (${deployed.map((i) => i.name).join(', ')}); delete them first.`);
    }
    this.store.environments.delete(id);
    for (const app of this.store.applications.values()) app.configs.delete(id);
  }

  /** §4.2.6: removals first (by id and type), then additions; the base resources must not end up empty. */
  patchResources(id: string, input: unknown): Environment {
    const { env } = this.store.environment(id);
    const b = v.body(input);
    const addBase = v.optionalArray(b.add_base_resources, 'add_base_resources') && resources(b.add_base_resources, 'add_base_resources', 'base');
    const addOptional = v.optionalArray(b.add_optional_resources, 'add_optional_resources') && resources(b.add_optional_resources, 'add_optional_resources', 'optional');
    const remove = (v.optionalArray(b.remove_resources, 'remove_resources') ?? []).map((r, i) => {
      const o = v.object(r, `remove_resources[${i}]`);
      return { id: v.string(o.id, `remove_resources[${i}].id`), type: v.string(o.type, `remove_resources[${i}].type`) };
    });
    remove.forEach((r, i) => {
      const present = env.base_resources.some((x) => sameResource(x, r)) || (env.optional_resources ?? []).some((x) => sameResource(x, r));
      if (!present) throw v.invalid(`remove_resources[${i}]`, `the environment has no ${r.type} resource with id ${r.id}.`);
    });
    const base = merge(
      env.base_resources.filter((x) => !remove.some((r) => sameResource(x, r))),
      addBase ?? [],
    );
    if (base.length === 0) throw casError('SVCSTG.00100422', 'the change would leave the environment without base resources (cce or ecs).');
    const keptOptional = env.optional_resources?.filter((x) => !remove.some((r) => sameResource(x, r))) ?? null;
    env.base_resources = base;
    env.optional_resources = addOptional ? merge(keptOptional ?? [], addOptional) : keptOptional;
    env.update_time = this.options.clock.now();
    return structuredClone(env);
  }

  /** §8.2 SVCSTG.00100449. */
  #checkNameFree(name: string): void {
    for (const { env } of this.store.environments.values()) {
      if (env.name === name) throw casError('SVCSTG.00100449', `name: "${name}" is already used by environment ${env.id}.`);
    }
  }
}
