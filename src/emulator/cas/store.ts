/**
 * One project's CAS records and the lookups every domain module shares. A child looked up under
 * the wrong parent is not found, as the real service scopes every path by its parents.
 */
import { casError } from '../http/errors.js';
import type {
  Application,
  Component,
  Environment,
  EnvVar,
  ExternalAccess,
  InstanceArtifact,
  InstanceConfiguration,
  InstanceStatus,
  ReferResource,
} from '../../wire/cas.js';
import type { JobRecord } from './jobs.js';

/** `seq` orders records created in the same millisecond (see paging.ts). */
export interface EnvironmentRecord {
  seq: number;
  env: Environment;
}

export interface ApplicationRecord {
  seq: number;
  app: Application;
  /** Application configuration per environment id (§4.3.6). */
  configs: Map<string, EnvVar[]>;
}

export interface ComponentRecord {
  seq: number;
  comp: Component;
}

/** What a deployment is made of: what an upgrade replaces and a snapshot keeps for rollback. */
export interface InstanceSpec {
  version: string;
  flavor_id: string;
  artifacts: Record<string, InstanceArtifact>;
  /** As the caller gave it; the service's own additions are made when answering. */
  configuration: InstanceConfiguration;
  description: string | null;
  external_accesses: ExternalAccess[] | null;
  refer_resources: ReferResource[];
}

export interface SnapshotRecord {
  seq: number;
  version: string;
  description: string;
  create_time: number;
  spec: InstanceSpec;
}

export interface InstanceRecord {
  seq: number;
  id: string;
  application_id: string;
  component_id: string;
  environment_id: string;
  name: string;
  creator: string;
  enterprise_project_id: string;
  create_time: number;
  update_time: number;
  spec: InstanceSpec;
  status: InstanceStatus;
  replica: number;
  available: number;
  fail_detail: string | null;
  last_job_id: string | null;
  /** Whether the instance is meant to run: false after stop, so scale and upgrade leave it stopped. */
  started: boolean;
  snapshots: SnapshotRecord[];
}

export class CasStore {
  #seq = 0;
  readonly environments = new Map<string, EnvironmentRecord>();
  readonly applications = new Map<string, ApplicationRecord>();
  readonly components = new Map<string, ComponentRecord>();
  readonly instances = new Map<string, InstanceRecord>();
  readonly jobs = new Map<string, JobRecord>();

  nextSeq(): number {
    return ++this.#seq;
  }

  environment(id: string): EnvironmentRecord {
    const rec = this.environments.get(id);
    if (!rec) throw casError('SVCSTG.00100411', `environment_id ${id} does not exist.`);
    return rec;
  }

  application(id: string): ApplicationRecord {
    const rec = this.applications.get(id);
    if (!rec) throw casError('SVCSTG.00100403', `application_id ${id} does not exist.`);
    return rec;
  }

  component(applicationId: string, componentId: string): ComponentRecord {
    this.application(applicationId);
    const rec = this.components.get(componentId);
    if (!rec || rec.comp.application_id !== applicationId) {
      throw casError('SVCSTG.00100404', `component_id ${componentId} does not exist in application ${applicationId}.`);
    }
    return rec;
  }

  instance(applicationId: string, componentId: string, instanceId: string): InstanceRecord {
    this.component(applicationId, componentId);
    const rec = this.instances.get(instanceId);
    if (!rec || rec.component_id !== componentId) {
      throw casError('SVCSTG.00100412', `instance_id ${instanceId} does not exist in component ${componentId}.`);
    }
    return rec;
  }

  componentsOf(applicationId: string): ComponentRecord[] {
    return [...this.components.values()].filter((c) => c.comp.application_id === applicationId);
  }

  instancesOf(componentId: string): InstanceRecord[] {
    return [...this.instances.values()].filter((i) => i.component_id === componentId);
  }

  instancesIn(environmentId: string): InstanceRecord[] {
    return [...this.instances.values()].filter((i) => i.environment_id === environmentId);
  }
}
