/**
 * What each instance operation runs as a job, and how the instance's status_detail follows it.
 * Task names and types follow the §4.6.1 example (echo separators, restful and kube TN000xx tasks);
 * deploy, start and scale have one kube task per replica, so replicas become available one by one.
 * Statuses are the SDK's instance statuses (application-management-facts.md).
 */
import type { EmulatorClock } from '../clock.js';
import type { InstanceStatus, JobType } from '../../wire/cas.js';
import { stageSeparator, type JobStageName } from '../../wire/job-stages.js';
import type { JobOutcome, JobRecord, JobRunner, TaskPlan } from './jobs.js';
import { usesRegistry, type ReplicaPublisher } from './replicas.js';
import type { InstancePurger } from './components.js';
import type { CasStore, InstanceRecord, InstanceSpec, SnapshotRecord } from './store.js';

const separator = (stage: JobStageName): TaskPlan => ({ name: stageSeparator(stage), type: 'echo' });
const restful = (name: string, done?: (at: number) => void): TaskPlan => ({ name, type: 'restful', done });
const kube = (name: string, done?: (at: number) => void): TaskPlan => ({ name, type: 'kube', done });
const repeat = (count: number, task: () => TaskPlan): TaskPlan[] => Array.from({ length: Math.max(0, count) }, task);

const PREPARE = [separator('PREPARE_RESOURCES'), restful('TN00091')];
const BUILD = [separator('BUILDING'), restful('TN00094')];

interface Operation {
  type: JobType;
  name: string;
  /** status_detail.status while the job runs. */
  status: InstanceStatus;
  tasks: TaskPlan[];
  /** What success does besides the final status (RUNNING, or STOPPED for a stopped instance). */
  succeeded?: (at: number) => void;
}

export class InstanceJobs implements InstancePurger {
  constructor(
    private readonly clock: EmulatorClock,
    private readonly store: CasStore,
    private readonly runner: JobRunner,
    private readonly replicas: ReplicaPublisher,
  ) {}

  /** §4.5.1: INITIALIZING, then RUNNING with a snapshot of the first version. */
  deploy(inst: InstanceRecord): JobRecord {
    return this.#run(inst, {
      type: 'PROVISION',
      name: 'provision/provMain',
      status: 'INITIALIZING',
      tasks: [
        ...PREPARE,
        ...BUILD,
        restful('TN00097'),
        separator('DEPLOYING'),
        kube('TN00100'),
        ...repeat(inst.replica, () => kube('TN00101', () => this.#setAvailable(inst, inst.available + 1))),
      ],
      succeeded: (at) => this.#snapshot(inst, at),
    });
  }

  /** §4.5.4: UPGRADING, rolling each replica; the new spec (and version) applies when the job succeeds. */
  upgrade(inst: InstanceRecord, spec: InstanceSpec): JobRecord {
    const newVersion = spec.version !== inst.spec.version;
    return this.#run(inst, {
      type: 'DAILY_OPERATION',
      name: 'upgrade',
      status: 'UPGRADING',
      tasks: [...PREPARE, ...BUILD, separator('UPGRADING'), kube('TN00120'), ...repeat(inst.started ? inst.replica : 0, () => kube('TN00121'))],
      succeeded: (at) => {
        this.#apply(inst, spec);
        if (newVersion) this.#snapshot(inst, at);
      },
    });
  }

  /** §4.5.3 rollback: back to a snapshot's version and spec. */
  rollback(inst: InstanceRecord, snapshot: SnapshotRecord): JobRecord {
    return this.#run(inst, {
      type: 'DAILY_OPERATION',
      name: 'daily_operation/rollback',
      status: 'UPGRADING',
      tasks: [...PREPARE, separator('ROLLBACK'), kube('TN00130'), ...repeat(inst.started ? inst.replica : 0, () => kube('TN00131'))],
      succeeded: () => this.#apply(inst, structuredClone(snapshot.spec)),
    });
  }

  /** §4.5.3 scale: replica takes the target at once; available moves one replica per task. */
  scale(inst: InstanceRecord, target: number): JobRecord {
    inst.replica = target;
    const delta = inst.started ? target - inst.available : 0;
    const stepBy = Math.sign(delta);
    return this.#run(inst, {
      type: 'DAILY_OPERATION',
      name: 'daily_operation/scale',
      status: 'UPGRADING',
      tasks: [separator('PREPARE_RESOURCES'), kube('TN00140'), ...repeat(Math.abs(delta), () => kube('TN00141', () => this.#setAvailable(inst, inst.available + stepBy)))],
    });
  }

  stop(inst: InstanceRecord): JobRecord {
    inst.started = false;
    return this.#run(inst, {
      type: 'DAILY_OPERATION',
      name: 'daily_operation/stop',
      status: 'STOPPING',
      tasks: [separator('STOPPING'), kube('TN00150', () => this.#setAvailable(inst, 0))],
    });
  }

  start(inst: InstanceRecord): JobRecord {
    inst.started = true;
    return this.#run(inst, {
      type: 'DAILY_OPERATION',
      name: 'daily_operation/start',
      status: 'STARTING',
      tasks: [separator('STARTING'), kube('TN00160'), ...repeat(inst.replica - inst.available, () => kube('TN00161', () => this.#setAvailable(inst, inst.available + 1)))],
    });
  }

  /** Every replica goes down, then comes back one by one. */
  restart(inst: InstanceRecord): JobRecord {
    inst.started = true;
    return this.#run(inst, {
      type: 'DAILY_OPERATION',
      name: 'daily_operation/restart',
      status: 'RESTARTING',
      tasks: [
        separator('RESTARTING'),
        kube('TN00150', () => this.#setAvailable(inst, 0)),
        ...repeat(inst.replica, () => kube('TN00161', () => this.#setAvailable(inst, inst.available + 1))),
      ],
    });
  }

  /** §4.5.5: DELETING; the instance (and its registry replicas) disappear when the job succeeds. */
  remove(inst: InstanceRecord): JobRecord {
    return this.#run(inst, {
      type: 'DEPROVISION',
      name: 'deprovision/deprovMain',
      status: 'DELETING',
      tasks: [separator('PREPARE_RESOURCES'), kube('TN00170', () => this.#setAvailable(inst, 0)), restful('TN00171')],
      succeeded: () => this.#forget(inst),
    });
  }

  /** Removes instances at once (a forced component delete): their jobs are cancelled. */
  purge(instances: InstanceRecord[]): void {
    for (const inst of instances) {
      this.runner.cancel(inst.last_job_id);
      this.#forget(inst);
    }
  }

  #run(inst: InstanceRecord, op: Operation): JobRecord {
    inst.status = op.status;
    const record = this.runner.start({
      type: op.type,
      name: op.name,
      instanceId: inst.id,
      tasks: op.tasks,
      end: (outcome: JobOutcome, at: number) => {
        inst.update_time = at;
        if (outcome.status === 'FAILED') {
          inst.status = 'FAILED';
          inst.fail_detail = outcome.detail;
          return;
        }
        inst.fail_detail = null;
        inst.status = inst.started ? 'RUNNING' : 'STOPPED';
        op.succeeded?.(at);
      },
    });
    inst.last_job_id = record.job.JOB_ID;
    inst.update_time = this.clock.now();
    return record;
  }

  /** Every change of available replicas is told to the registry. */
  #setAvailable(inst: InstanceRecord, available: number): void {
    if (available === inst.available) return;
    inst.available = available;
    this.replicas.publish(inst);
  }

  /** Applies an upgraded or restored spec; a new version, or a newly added `cse` resource, is told to the registry. */
  #apply(inst: InstanceRecord, spec: InstanceSpec): void {
    const before = inst.spec;
    inst.spec = spec;
    if (usesRegistry(spec)) {
      if (spec.version !== before.version || !usesRegistry(before)) this.replicas.publish(inst);
    } else if (usesRegistry(before)) {
      this.replicas.withdraw(inst);
    }
  }

  /** §4.5.7: one snapshot per version, described as the reference's example does. */
  #snapshot(inst: InstanceRecord, at: number): void {
    const { version } = inst.spec;
    const snapshot: SnapshotRecord = {
      seq: this.store.nextSeq(),
      version,
      description: JSON.stringify({ action: `New Version: ${version}` }),
      create_time: at,
      spec: structuredClone(inst.spec),
    };
    inst.snapshots = [...inst.snapshots.filter((s) => s.version !== version), snapshot];
  }

  #forget(inst: InstanceRecord): void {
    this.store.instances.delete(inst.id);
    if (usesRegistry(inst.spec)) this.replicas.withdraw(inst);
  }
}
