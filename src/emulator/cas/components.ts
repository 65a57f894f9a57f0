/** Application components (§4.4): create, list, get, modify, delete (with `force`). */
import { randomBytes } from 'node:crypto';
import { newToken, newUuid } from '../ids.js';
import { casError } from '../http/errors.js';
import { DEMO_USER } from '../tenancy.js';
import type {
  BuildParameters,
  CodeRepoType,
  Component,
  ComponentBuild,
  ComponentCategory,
  ComponentList,
  ComponentSource,
  ComponentSubCategory,
  ListOrderBy,
} from '../../wire/cas.js';
import type { CasStore, ComponentRecord, InstanceRecord } from './store.js';
import type { CasProjectOptions } from './project.js';
import { findRuntime, RUNTIMES } from './metadata.js';
import { byNumber, byString, page, parseListQuery, type RawListQuery } from './paging.js';
import * as v from './validate.js';

const ORDER_FIELDS = ['create_time', 'name', 'update_time'] as const satisfies readonly ListOrderBy[];
const CATEGORIES = ['Webapp', 'MicroService', 'Common'] as const satisfies readonly ComponentCategory[];
/** Table 4-77: sub-types per type; Common has none. */
const SUB_CATEGORIES: Record<ComponentCategory, readonly ComponentSubCategory[]> = {
  Webapp: ['Web'],
  MicroService: ['Java Chassis', 'Go Chassis', 'Mesher', 'Spring Cloud', 'Dubbo'],
  Common: [],
};
const REPO_TYPES = ['GitHub', 'GitLab', 'Gitee', 'Bitbucket'] as const satisfies readonly CodeRepoType[];
const BUILD_STRINGS = ['build_cmd', 'dockerfile_path', 'artifact_namespace', 'cluster_id', 'cluster_name', 'cluster_type'] as const;

/** What the component module needs from the instance module: removing instances at once (forced delete). */
export interface InstancePurger {
  purge(instances: InstanceRecord[]): void;
}

function subCategory(value: unknown, category: ComponentCategory): ComponentSubCategory | null {
  const allowed = SUB_CATEGORIES[category];
  if (value === undefined || value === null || value === '') return null;
  if (allowed.length === 0) throw v.invalid('sub_category', `a ${category} component has no sub-type; leave it empty.`);
  return v.oneOf(value, 'sub_category', allowed);
}

/** Table 4-78 to 4-81 (and 4-103 to 4-106 on modify): kind and spec go together. */
function source(value: unknown): ComponentSource {
  const s = v.object(value, 'source');
  const kind = v.oneOf(s.kind, 'source.kind', ['code', 'artifact'] as const);
  const spec = v.object(s.spec, 'source.spec');
  if (kind === 'code') {
    return {
      kind,
      spec: v.compact({
        repo_type: v.oneOf(spec.repo_type, 'source.spec.repo_type', REPO_TYPES),
        repo_url: v.string(spec.repo_url, 'source.spec.repo_url'),
        repo_ref: v.optionalString(spec.repo_ref, 'source.spec.repo_ref', { min: 1 }),
        repo_auth: v.string(spec.repo_auth, 'source.spec.repo_auth'),
      }),
    };
  }
  // The reference allows only obs packages as a component's artifact source (Table 4-80).
  const props = v.optionalObject(spec.properties, 'source.spec.properties');
  return {
    kind,
    spec: v.compact({
      storage: v.oneOf(spec.storage, 'source.spec.storage', ['obs'] as const),
      type: v.oneOf(spec.type, 'source.spec.type', ['package'] as const),
      url: v.string(spec.url, 'source.spec.url'),
      auth: v.optionalOneOf(spec.auth, 'source.spec.auth', ['iam', 'none'] as const),
      properties:
        props &&
        v.compact({
          endpoint: v.optionalString(props.endpoint, 'source.spec.properties.endpoint'),
          bucket: v.optionalString(props.bucket, 'source.spec.properties.bucket'),
          key: v.optionalString(props.key, 'source.spec.properties.key'),
        }),
      webUrl: v.optionalString(spec.webUrl, 'source.spec.webUrl'),
    }),
  };
}

/**
 * Table 4-82/4-83: parameters is an open map whose known fields are typed. The service decides
 * use_public_cluster: true unless a cluster_id names the cluster to build on (§4.4.1, §4.4.3 examples).
 */
function buildParameters(value: unknown): BuildParameters {
  const b = v.optionalObject(value, 'build');
  const p = b ? (v.optionalObject(b.parameters, 'build.parameters') ?? {}) : {};
  for (const key of BUILD_STRINGS) v.optionalString(p[key], `build.parameters.${key}`);
  if (p.node_label_selector !== undefined && p.node_label_selector !== null) v.stringMap(p.node_label_selector, 'build.parameters.node_label_selector');
  const params: BuildParameters = { ...p };
  params.use_public_cluster = typeof p.cluster_id !== 'string' || p.cluster_id === '';
  return params;
}

/** The build id of the reference's examples: 40 random lowercase letters and digits. */
function buildId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return newToken('build', '', 40, alphabet, randomBytes);
}

export class Components {
  constructor(
    private readonly options: CasProjectOptions,
    private readonly store: CasStore,
    private readonly instances: InstancePurger,
  ) {}

  create(applicationId: string, input: unknown): Component {
    this.store.application(applicationId);
    const b = v.body(input);
    const name = v.resourceName(b.name);
    const runtime = v.string(b.runtime, 'runtime');
    if (!findRuntime(runtime)) {
      throw casError('SVCSTG.00100420', `runtime: "${runtime}" is not a type_name of GET /v2/{project_id}/cas/metadata/runtimes (${RUNTIMES.map((r) => r.type_name).join(', ')}).`);
    }
    const category = v.oneOf(b.category, 'category', CATEGORIES);
    const sub = subCategory(b.sub_category, category);
    const description = v.optionalDescription(b.description) ?? null;
    const src = b.source === undefined || b.source === null ? null : source(b.source);
    const build: ComponentBuild = { id: buildId(), parameters: buildParameters(b.build) };
    this.#checkNameFree(applicationId, name);

    const now = this.options.clock.now();
    const comp: Component = {
      id: newUuid('component', `${applicationId}/${name}`),
      name,
      status: 0,
      runtime,
      category,
      sub_category: sub,
      description,
      project_id: this.options.project.id,
      application_id: applicationId,
      source: src,
      build,
      pipeline_ids: null,
      create_time: now,
      update_time: now,
      creator: DEMO_USER.name,
    };
    this.store.components.set(comp.id, { seq: this.store.nextSeq(), comp });
    return structuredClone(comp);
  }

  list(applicationId: string, query: RawListQuery): ComponentList {
    this.store.application(applicationId);
    const params = parseListQuery(query, ORDER_FIELDS);
    const { count, items } = page(this.store.componentsOf(applicationId), params, {
      create_time: (a: ComponentRecord, b: ComponentRecord) => byNumber(a.comp.create_time, b.comp.create_time),
      name: (a, b) => byString(a.comp.name, b.comp.name),
      update_time: (a, b) => byNumber(a.comp.update_time, b.comp.update_time),
    });
    return { count, components: items.map((r) => structuredClone(r.comp)) };
  }

  get(applicationId: string, componentId: string): Component {
    return structuredClone(this.store.component(applicationId, componentId).comp);
  }

  /** Table 4-102: name, description, source, build and pipeline_ids; runtime and category stay. */
  update(applicationId: string, componentId: string, input: unknown): Component {
    const { comp } = this.store.component(applicationId, componentId);
    const b = v.body(input);
    const name = b.name === undefined ? undefined : v.resourceName(b.name);
    const description = v.optionalDescription(b.description);
    const src = b.source === undefined ? undefined : b.source === null ? null : source(b.source);
    const parameters = b.build === undefined || b.build === null ? undefined : buildParameters(b.build);
    let pipelineIds: string[] | null | undefined;
    if (b.pipeline_ids !== undefined) {
      pipelineIds = v.optionalStringArray(b.pipeline_ids, 'pipeline_ids') ?? null;
      if (pipelineIds && pipelineIds.length > 10) throw v.invalid('pipeline_ids', `at most 10 pipeline ids, got ${pipelineIds.length}.`);
    }
    if (name !== undefined && name !== comp.name) this.#checkNameFree(applicationId, name);

    if (name !== undefined) comp.name = name;
    if (b.description !== undefined) comp.description = description ?? null;
    if (src !== undefined) comp.source = src;
    if (parameters) comp.build = { id: comp.build.id, parameters };
    if (pipelineIds !== undefined) comp.pipeline_ids = pipelineIds;
    comp.update_time = this.options.clock.now();
    return structuredClone(comp);
  }

  /** §8.2 SVCSTG.00100402: a deployed component needs force=true, which removes its instances too. */
  delete(applicationId: string, componentId: string, force: boolean): void {
    this.store.component(applicationId, componentId);
    const deployed = this.store.instancesOf(componentId);
    if (deployed.length > 0 && !force) {
      throw casError('SVCSTG.00100402', `component_id ${componentId} has ${deployed.length} instance(s) (${deployed.map((i) => i.name).join(', ')}); delete them or pass force=true.`);
    }
    this.instances.purge(deployed);
    this.store.components.delete(componentId);
  }

  /** §4.4.1: a component name is unique within its application. */
  #checkNameFree(applicationId: string, name: string): void {
    for (const { comp } of this.store.componentsOf(applicationId)) {
      if (comp.name === name) throw v.invalid('name', `"${name}" is already used by component ${comp.id} of this application.`);
    }
  }
}
