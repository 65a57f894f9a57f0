/** Applications (§4.3.1-4.3.5) and their configuration per environment (§4.3.6-4.3.8). */
import { newUuid } from '../ids.js';
import { casError } from '../http/errors.js';
import { DEMO_USER } from '../tenancy.js';
import type {
  Application,
  ApplicationConfiguration,
  ApplicationConfigurationList,
  ApplicationList,
  ApplicationWithCount,
  ListOrderBy,
} from '../../wire/cas.js';
import type { ApplicationRecord, CasStore } from './store.js';
import type { CasProjectOptions } from './project.js';
import { byNumber, byString, page, parseListQuery, type RawListQuery } from './paging.js';
import * as v from './validate.js';

const ORDER_FIELDS = ['create_time', 'name', 'update_time'] as const satisfies readonly ListOrderBy[];

export class Applications {
  constructor(
    private readonly options: CasProjectOptions,
    private readonly store: CasStore,
  ) {}

  /** Answers without component_count (Table 4-42). */
  create(input: unknown): Application {
    const b = v.body(input);
    const name = v.resourceName(b.name);
    const description = v.optionalDescription(b.description) ?? null;
    const enterpriseProjectId = v.optionalString(b.enterprise_project_id, 'enterprise_project_id', { min: 1, max: 64 }) ?? '0';
    this.#checkNameFree(name);
    const now = this.options.clock.now();
    const app: Application = {
      id: newUuid('application', name),
      name,
      description,
      creator: DEMO_USER.name,
      project_id: this.options.project.id,
      enterprise_project_id: enterpriseProjectId,
      create_time: now,
      update_time: now,
      unified_model: null,
    };
    this.store.applications.set(app.id, { seq: this.store.nextSeq(), app, configs: new Map() });
    return { ...app };
  }

  list(query: RawListQuery): ApplicationList {
    const params = parseListQuery(query, ORDER_FIELDS);
    const { count, items } = page(this.store.applications.values(), params, {
      create_time: (a: ApplicationRecord, b: ApplicationRecord) => byNumber(a.app.create_time, b.app.create_time),
      name: (a, b) => byString(a.app.name, b.app.name),
      update_time: (a, b) => byNumber(a.app.update_time, b.app.update_time),
    });
    return { count, applications: items.map((r) => this.#withCount(r)) };
  }

  get(id: string): ApplicationWithCount {
    return this.#withCount(this.store.application(id));
  }

  /** Answers without component_count (Table 4-51); null clears the description. */
  update(id: string, input: unknown): Application {
    const { app } = this.store.application(id);
    const b = v.body(input);
    const name = b.name === undefined ? undefined : v.resourceName(b.name);
    const description = v.optionalDescription(b.description);
    if (name !== undefined && name !== app.name) this.#checkNameFree(name);
    if (name !== undefined) app.name = name;
    if (b.description !== undefined) app.description = description ?? null;
    app.update_time = this.options.clock.now();
    return { ...app };
  }

  /** §8.2 SVCSTG.00100401: only an application without components can go. */
  delete(id: string): void {
    this.store.application(id);
    const components = this.store.componentsOf(id);
    if (components.length > 0) {
      throw casError('SVCSTG.00100401', `application_id ${id} still has ${components.length} component(s) (${components.map((c) => c.comp.name).join(', ')}); delete them first.`);
    }
    this.store.applications.delete(id);
  }

  /** §4.3.6: replaces the environment's variables; a repeated name keeps its last value. */
  putConfiguration(applicationId: string, input: unknown): ApplicationConfiguration {
    const rec = this.store.application(applicationId);
    const b = v.body(input);
    const environmentId = v.string(b.environment_id, 'environment_id');
    const configuration = v.object(b.configuration, 'configuration');
    const env = v.envVars(configuration.env, 'configuration.env');
    this.store.environment(environmentId);
    rec.configs.set(environmentId, env);
    return this.#configuration(applicationId, environmentId, env);
  }

  /** §4.3.8: one environment's configuration, or every environment's when none is named. */
  getConfiguration(applicationId: string, environmentId: string | undefined): ApplicationConfigurationList {
    const rec = this.store.application(applicationId);
    if (environmentId !== undefined) {
      this.store.environment(environmentId);
      const env = rec.configs.get(environmentId);
      return { configuration: env ? [this.#configuration(applicationId, environmentId, env)] : [] };
    }
    return { configuration: [...rec.configs].map(([envId, env]) => this.#configuration(applicationId, envId, env)) };
  }

  /** §4.3.7: environment_id is mandatory (Table 4-67). */
  deleteConfiguration(applicationId: string, environmentId: string | undefined): void {
    const rec = this.store.application(applicationId);
    if (environmentId === undefined) throw v.invalid('environment_id', 'the query parameter is mandatory.');
    this.store.environment(environmentId);
    rec.configs.delete(environmentId);
  }

  #configuration(applicationId: string, environmentId: string, env: { name: string; value: string }[]): ApplicationConfiguration {
    return { application_id: applicationId, environment_id: environmentId, configuration: { env: env.map((e) => ({ ...e })) } };
  }

  #withCount(rec: ApplicationRecord): ApplicationWithCount {
    return { ...rec.app, component_count: this.store.componentsOf(rec.app.id).length };
  }

  #checkNameFree(name: string): void {
    for (const { app } of this.store.applications.values()) {
      if (app.name === name) throw v.invalid('name', `"${name}" is already used by application ${app.id}.`);
    }
  }
}
