/**
 * Component instances (§4.5): create, list, get, modify, delete, action, snapshots. Every change
 * runs as a job (instance-jobs.ts); while an instance's job runs, it takes no other change.
 */
import { newUuid } from '../ids.js';
import { casError } from '../http/errors.js';
import { DEMO_USER } from '../tenancy.js';
import type {
  CreateInstanceResponse,
  InstanceAction,
  InstanceConfiguration,
  InstanceDetail,
  InstanceList,
  InstanceOrderBy,
  InstanceStatusDetail,
  InstanceSummary,
  JobIdResponse,
  PlatformType,
  SnapshotList,
} from '../../wire/cas.js';
import type { CasProjectOptions } from './project.js';
import type { CasStore, InstanceRecord, InstanceSpec, SnapshotRecord } from './store.js';
import type { JobRunner } from './jobs.js';
import type { InstanceJobs } from './instance-jobs.js';
import { createInstanceInput, replica, updatedSpec } from './instance-spec.js';
import { byNumber, byString, byVersion, page, parseListQuery, type RawListQuery } from './paging.js';
import * as v from './validate.js';

const ORDER_FIELDS = ['create_time', 'name', 'update_time', 'version'] as const satisfies readonly InstanceOrderBy[];
const SNAPSHOT_ORDER_FIELDS = ['create_time', 'version'] as const;
const ACTIONS = ['start', 'stop', 'restart', 'scale', 'rollback'] as const satisfies readonly InstanceAction[];

/** Table 4-153: ECS deployments are VM applications. */
const platformOf = (spec: InstanceSpec): PlatformType => (spec.refer_resources.some((r) => r.type === 'ecs') ? 'vmapp' : 'cce');

export class Instances {
  constructor(
    private readonly options: CasProjectOptions,
    private readonly store: CasStore,
    private readonly runner: JobRunner,
    private readonly jobs: InstanceJobs,
  ) {}

  create(applicationId: string, componentId: string, input: unknown): CreateInstanceResponse {
    const { app } = this.store.application(applicationId);
    this.store.component(applicationId, componentId);
    const now = this.options.clock.now();
    const { name, environmentId, replica: replicas, spec } = createInstanceInput(input, now);
    this.store.environment(environmentId);
    this.#checkNameFree(environmentId, name);
    this.#checkVersionFree(componentId, environmentId, spec.version, undefined);

    const inst: InstanceRecord = {
      seq: this.store.nextSeq(),
      id: newUuid('instance', `${componentId}/${environmentId}/${name}`),
      application_id: applicationId,
      component_id: componentId,
      environment_id: environmentId,
      name,
      creator: DEMO_USER.name,
      enterprise_project_id: app.enterprise_project_id,
      create_time: now,
      update_time: now,
      spec,
      status: 'INITIALIZING',
      replica: replicas,
      available: 0,
      fail_detail: null,
      last_job_id: null,
      started: true,
      snapshots: [],
    };
    this.store.instances.set(inst.id, inst);
    const job = this.jobs.deploy(inst);
    return { instance_id: inst.id, job_id: job.job.JOB_ID };
  }

  list(applicationId: string, componentId: string, query: RawListQuery): InstanceList {
    this.store.component(applicationId, componentId);
    const params = parseListQuery(query, ORDER_FIELDS);
    const { count, items } = page(this.store.instancesOf(componentId), params, {
      create_time: (a: InstanceRecord, b: InstanceRecord) => byNumber(a.create_time, b.create_time),
      name: (a, b) => byString(a.name, b.name),
      update_time: (a, b) => byNumber(a.update_time, b.update_time),
      version: (a, b) => byVersion(a.spec.version, b.spec.version),
    });
    return { count, instances: items.map((i) => this.#summary(i)) };
  }

  get(applicationId: string, componentId: string, instanceId: string): InstanceDetail {
    return this.#detail(this.store.instance(applicationId, componentId, instanceId));
  }

  /** §4.5.4: upgrade to a new spec; the version must not be another instance's in the same environment. */
  update(applicationId: string, componentId: string, instanceId: string, input: unknown): JobIdResponse {
    const inst = this.store.instance(applicationId, componentId, instanceId);
    const spec = updatedSpec(input, inst.spec, this.options.clock.now());
    this.#checkIdle(inst, 'SVCSTG.00100419');
    this.#checkVersionFree(componentId, inst.environment_id, spec.version, inst.id);
    return { job_id: this.jobs.upgrade(inst, spec).job.JOB_ID };
  }

  /** §4.5.5: `force` deletes even while another job runs (that job is cancelled). */
  delete(applicationId: string, componentId: string, instanceId: string, force: boolean): JobIdResponse {
    const inst = this.store.instance(applicationId, componentId, instanceId);
    if (force) this.runner.cancel(inst.last_job_id);
    else this.#checkIdle(inst, 'SVCSTG.00100423');
    return { job_id: this.jobs.remove(inst).job.JOB_ID };
  }

  /** §4.5.3: start, stop, restart, scale (parameters.replica) or rollback (parameters.version, from the snapshots). */
  action(applicationId: string, componentId: string, instanceId: string, input: unknown): JobIdResponse {
    const inst = this.store.instance(applicationId, componentId, instanceId);
    const b = v.body(input);
    const action = v.oneOf(b.action, 'action', ACTIONS, 'SVCSTG.00100418');
    const parameters = v.optionalObject(b.parameters, 'parameters') ?? {};
    switch (action) {
      case 'scale': {
        const target = replica(parameters.replica, 'parameters.replica');
        // Table 4-160: scaling a VM deployment names the ECS hosts to use.
        if (platformOf(inst.spec) === 'vmapp') v.stringArray(parameters.hosts, 'parameters.hosts', { nonEmpty: true });
        this.#checkIdle(inst, 'SVCSTG.00100419');
        return { job_id: this.jobs.scale(inst, target).job.JOB_ID };
      }
      case 'rollback': {
        const version = v.version(parameters.version, 'parameters.version');
        const snapshot = inst.snapshots.find((s) => s.version === version);
        if (!snapshot) {
          throw casError('SVCSTG.00100436', `parameters.version: instance ${inst.id} has no snapshot of version ${version} (it has ${inst.snapshots.map((s) => s.version).join(', ') || 'none'}).`);
        }
        this.#checkIdle(inst, 'SVCSTG.00100419');
        this.#checkVersionFree(componentId, inst.environment_id, version, inst.id);
        return { job_id: this.jobs.rollback(inst, snapshot).job.JOB_ID };
      }
      default:
        this.#checkIdle(inst, 'SVCSTG.00100419');
        return { job_id: this.jobs[action](inst).job.JOB_ID };
    }
  }

  snapshots(applicationId: string, componentId: string, instanceId: string, query: RawListQuery): SnapshotList {
    const inst = this.store.instance(applicationId, componentId, instanceId);
    const params = parseListQuery(query, SNAPSHOT_ORDER_FIELDS);
    const { count, items } = page(inst.snapshots, params, {
      create_time: (a: SnapshotRecord, b: SnapshotRecord) => byNumber(a.create_time, b.create_time),
      version: (a, b) => byVersion(a.version, b.version),
    });
    return { count, snapshots: items.map((s) => ({ version: s.version, description: s.description, instance_id: inst.id, create_time: s.create_time })) };
  }

  /** §8.2 SVCSTG.00100419 / 00100423: one job at a time per instance. */
  #checkIdle(inst: InstanceRecord, code: 'SVCSTG.00100419' | 'SVCSTG.00100423'): void {
    if (this.runner.isActive(inst.last_job_id)) {
      throw casError(code, `instance ${inst.id} is ${inst.status}: job ${inst.last_job_id} is still ${this.runner.status(inst.last_job_id)}; wait for it to finish.`);
    }
  }

  /** §8.2 SVCSTG.00100413: instance names are workload names, unique within an environment. */
  #checkNameFree(environmentId: string, name: string): void {
    const taken = this.store.instancesIn(environmentId).find((i) => i.name === name);
    if (taken) throw casError('SVCSTG.00100413', `name: "${name}" is already used by instance ${taken.id} in environment ${environmentId}.`);
  }

  /** §8.2 SVCSTG.00100441: two instances of a component in one environment cannot run the same version. */
  #checkVersionFree(componentId: string, environmentId: string, version: string, exceptId: string | undefined): void {
    const taken = this.store.instancesOf(componentId).find((i) => i.id !== exceptId && i.environment_id === environmentId && i.spec.version === version);
    if (taken) throw casError('SVCSTG.00100441', `version: ${version} is already used by instance ${taken.name} of this component in environment ${environmentId}.`);
  }

  #statusDetail(inst: InstanceRecord): InstanceStatusDetail {
    return {
      enterprise_project_id: inst.enterprise_project_id,
      status: inst.status,
      available_replica: inst.available,
      replica: inst.replica,
      fail_detail: inst.fail_detail,
      last_job_id: inst.last_job_id,
      last_job_status: this.runner.status(inst.last_job_id),
    };
  }

  /** Table 4-153. */
  #summary(inst: InstanceRecord): InstanceSummary {
    return {
      id: inst.id,
      application_id: inst.application_id,
      component_id: inst.component_id,
      name: inst.name,
      environment_id: inst.environment_id,
      platform_type: platformOf(inst.spec),
      artifacts: structuredClone(inst.spec.artifacts),
      version: inst.spec.version,
      create_time: inst.create_time,
      update_time: inst.update_time,
      external_accesses: structuredClone(inst.spec.external_accesses),
      status_detail: this.#statusDetail(inst),
    };
  }

  /** Table 4-175. */
  #detail(inst: InstanceRecord): InstanceDetail {
    return {
      id: inst.id,
      name: inst.name,
      environment_id: inst.environment_id,
      platform_type: platformOf(inst.spec),
      description: inst.spec.description,
      flavor_id: inst.spec.flavor_id,
      artifacts: structuredClone(inst.spec.artifacts),
      version: inst.spec.version,
      configuration: this.#configuration(inst.spec.configuration),
      creator: inst.creator,
      create_time: inst.create_time,
      update_time: inst.update_time,
      external_accesses: structuredClone(inst.spec.external_accesses),
      refer_resources: structuredClone(inst.spec.refer_resources),
      status_detail: this.#statusDetail(inst),
    };
  }

  /** The service adds its own variables, marked internal (§4.5.6 example); callers' ones follow. */
  #configuration(config: InstanceConfiguration): InstanceConfiguration {
    const copy = structuredClone(config);
    copy.env = [{ name: 'PAAS_PROJECT_ID', value: this.options.project.id, internal: true }, ...(copy.env ?? [])];
    return copy;
  }
}
