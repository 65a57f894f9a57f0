/**
 * The job runner (§4.6.1). A job is a list of tasks run one after another on the emulator clock,
 * each taking `settings.jobStepMs`: the job is SUBMITTED when created, RUNNING when its first task
 * starts; a task appears (RUNNING) when it starts and becomes SUCCEEDED or FAILED when the next
 * step comes; the job ends SUCCEEDED after its last task, or FAILED at a failing one.
 */
import { newUuid } from '../ids.js';
import type { Scheduled } from '../clock.js';
import { casError } from '../http/errors.js';
import { DEMO_USER } from '../tenancy.js';
import type { JobDetail, Job, JobExecutionStatus, JobType, Task, TaskFailureMessage, TaskType } from '../../wire/cas.js';
import type { CasProjectOptions } from './project.js';
import type { CasStore } from './store.js';
import type { TaskQuery } from './paging.js';

/** Reads like the reference's OWNER_ID ("cas-mgr-<pod>:<pid>"). */
const OWNER_ID = 'cas-mgr-emulator-0:4100';

export interface TaskPlan {
  name: string;
  type: TaskType;
  /** Applied when the task succeeds, with the emulator time it does. */
  done?: (at: number) => void;
}

export type JobOutcome = { status: 'SUCCEEDED' } | { status: 'FAILED'; message: string; detail: string };

export interface JobPlan {
  type: JobType;
  name: string;
  instanceId: string;
  tasks: TaskPlan[];
  /** Called once when the job ends (not when it is cancelled), with the emulator time it does. */
  end(outcome: JobOutcome, at: number): void;
}

export interface JobRecord {
  job: Job;
  tasks: Task[];
  plan: JobPlan;
  /** 0-based index of the task that will fail, with what it says. */
  failure: { index: number; message: string; detail: string } | undefined;
  /** 0-based index of the running task; -1 before the first starts. */
  current: number;
  timer: Scheduled | undefined;
}

const iso = (ms: number) => new Date(ms).toISOString();

const unfinished = (status: JobExecutionStatus): boolean => status === 'SUBMITTED' || status === 'RUNNING';

export class JobRunner {
  constructor(
    private readonly options: CasProjectOptions,
    private readonly store: CasStore,
  ) {}

  /** Creates the job and schedules its first step; a planned failure (POST /__emulator/jobs/fail-next) is taken now. */
  start(plan: JobPlan): JobRecord {
    if (plan.tasks.length === 0) throw new Error(`job ${plan.name} has no tasks`);
    const id = `JOB${newUuid('job')}`;
    const planned = this.options.takeJobFailure();
    const record: JobRecord = {
      job: {
        CREATED_BY: DEMO_USER.id,
        EXECUTION_STATUS: 'SUBMITTED',
        JOB_DESC: plan.name,
        JOB_ID: id,
        JOB_NAME: plan.name,
        JOB_TYPE: plan.type,
        ORDER_ID: '',
        PROJECT_ID: this.options.project.id,
        SERVICE_INSTANCE_ID: plan.instanceId,
      },
      tasks: [],
      plan,
      failure: planned && {
        // atTask is 1-based; beyond the job's tasks (or unset) means the last one.
        index: Math.min(planned.atTask ?? plan.tasks.length, plan.tasks.length) - 1,
        message: planned.message,
        detail: planned.detail,
      },
      current: -1,
      timer: undefined,
    };
    this.store.jobs.set(id, record);
    this.#schedule(record, this.options.clock.now());
    return record;
  }

  status(jobId: string | null): JobExecutionStatus | null {
    return jobId === null ? null : (this.store.jobs.get(jobId)?.job.EXECUTION_STATUS ?? null);
  }

  isActive(jobId: string | null): boolean {
    const status = this.status(jobId);
    return status !== null && unfinished(status);
  }

  /** Runs every remaining step now. Used by seeding, so the demo is finished right after start. */
  finishNow(jobId: string): void {
    const record = this.store.jobs.get(jobId);
    if (!record) return;
    record.timer?.cancel();
    const now = this.options.clock.now();
    while (!this.#step(record, now));
  }

  /** Stops an unfinished job (its instance went away by a forced delete): the job and its running task become CANCELLED. */
  cancel(jobId: string | null): void {
    const record = jobId === null ? undefined : this.store.jobs.get(jobId);
    if (!record || !unfinished(record.job.EXECUTION_STATUS)) return;
    record.timer?.cancel();
    const now = iso(this.options.clock.now());
    const task = record.tasks[record.current];
    if (task) {
      task.TASK_STATUS = 'CANCELLED';
      task.LAST_HEALTH_CHECK = now;
    }
    record.job.EXECUTION_STATUS = 'CANCELLED';
  }

  /** GET /v2/{project_id}/cas/jobs/{job_id}: tasks in TASK_INDEX order (reversed with desc), paged; task_count is the total. */
  detail(jobId: string, query: TaskQuery): JobDetail {
    const record = this.store.jobs.get(jobId);
    if (!record) throw casError('SVCSTG.00100429', `job_id ${jobId} does not exist.`);
    if (query.instanceId !== undefined && query.instanceId !== record.job.SERVICE_INSTANCE_ID) {
      throw casError('SVCSTG.00100429', `job_id ${jobId} does not belong to instance_id ${query.instanceId}.`);
    }
    const ordered = query.desc ? [...record.tasks].reverse() : record.tasks;
    const end = query.limit === undefined ? undefined : query.offset + query.limit;
    return {
      task_count: record.tasks.length,
      job: { ...record.job },
      tasks: ordered.slice(query.offset, end).map((t) => ({ ...t })),
    };
  }

  #schedule(record: JobRecord, from: number): void {
    // Read the step length now, so a changed setting applies to the next step; chain from the due time
    // so that clock.advance() runs a whole job synchronously.
    record.timer = this.options.clock.at(from + this.options.settings.jobStepMs, (due) => {
      if (!this.#step(record, due)) this.#schedule(record, due);
    });
  }

  /** One step at time `at`: finishes the running task and starts the next. Returns true when the job has ended. */
  #step(record: JobRecord, at: number): boolean {
    const { job, plan } = record;
    if (!unfinished(job.EXECUTION_STATUS)) return true;
    const running = record.tasks[record.current];
    if (running) {
      running.LAST_HEALTH_CHECK = iso(at);
      if (record.failure?.index === record.current) {
        const message: TaskFailureMessage = { Message: record.failure.message, Detail: record.failure.detail };
        running.TASK_STATUS = 'FAILED';
        running.MESSAGES = JSON.stringify(message);
        job.EXECUTION_STATUS = 'FAILED';
        plan.end({ status: 'FAILED', message: record.failure.message, detail: record.failure.detail }, at);
        return true;
      }
      plan.tasks[record.current]?.done?.(at);
      running.TASK_STATUS = 'SUCCEEDED';
    } else {
      job.EXECUTION_STATUS = 'RUNNING';
    }
    const next = record.current + 1;
    const planned = plan.tasks[next];
    if (!planned) {
      job.EXECUTION_STATUS = 'SUCCEEDED';
      plan.end({ status: 'SUCCEEDED' }, at);
      return true;
    }
    record.current = next;
    record.tasks.push({
      CREATED_AT: iso(at),
      LAST_HEALTH_CHECK: iso(at),
      MESSAGES: '{}',
      OWNER_ID,
      TASK_ID: `Task-${newUuid('task', record.job.JOB_ID)}`,
      TASK_INDEX: next + 1,
      TASK_NAME: planned.name,
      TASK_STATUS: 'RUNNING',
      TASK_TYPE: planned.type,
    });
    return false;
  }
}
