/**
 * Job and task states (§4.6.1, Tables 4-189 and 4-190) and what follows from them, decided once:
 * when a job is over, how far it has come, and what counts as a change worth telling a subscriber.
 */
import type * as Cas from '../wire/cas.js';

/** Table 4-189: after these nothing changes any more. */
const FINAL_JOB: ReadonlySet<Cas.JobExecutionStatus> = new Set(['SUCCEEDED', 'FAILED', 'CANCELLED', 'PARTIALLY_FAILED', 'ROLLBACKED']);

/** Table 4-190: a task in one of these has done its part (SKIPPED included). */
const FINISHED_TASK: ReadonlySet<Cas.TaskStatus> = new Set(['SUCCEEDED', 'FAILED', 'CANCELLED', 'PARTIALLY_FAILED', 'SKIPPED', 'ROLLBACKED']);

/** Queued or running: every other state comes later in a task's life. */
const ACTIVE_TASK: ReadonlySet<Cas.TaskStatus> = new Set(['SUBMITTED', 'SCHEDULED', 'RUNNING']);

export function isJobFinished(status: string | undefined): boolean {
  return status !== undefined && FINAL_JOB.has(status as Cas.JobExecutionStatus);
}

export function sortedTasks(j: Cas.JobDetail): Cas.Task[] {
  return [...(j.tasks ?? [])].sort((a, b) => a.TASK_INDEX - b.TASK_INDEX);
}

/** 0..1: finished tasks over all tasks (the job's task_count when it knows more than it listed); 1 once finished. */
export function jobProgress(j: Cas.JobDetail): number {
  if (isJobFinished(j.job.EXECUTION_STATUS)) return 1;
  const tasks = j.tasks ?? [];
  const total = Math.max(j.task_count ?? 0, tasks.length);
  return total === 0 ? 0 : tasks.filter((t) => FINISHED_TASK.has(t.TASK_STATUS)).length / total;
}

/**
 * How far a job has come, as a number that only grows: a finished job, then more tasks, then more tasks
 * past running. A state that is not ahead of the last one seen came from a poll that raced a read.
 */
export function jobAdvance(j: Cas.JobDetail): number {
  const tasks = j.tasks ?? [];
  const past = tasks.filter((t) => !ACTIVE_TASK.has(t.TASK_STATUS)).length;
  return (isJobFinished(j.job.EXECUTION_STATUS) ? 1e9 : 0) + tasks.length * 1000 + past;
}

/** Job status, and each task's index and status: what a subscriber calls a change. */
export function jobFingerprint(j: Cas.JobDetail): string {
  return `${j.job.EXECUTION_STATUS}|${(j.tasks ?? []).map((t) => `${t.TASK_INDEX}:${t.TASK_STATUS}`).join(',')}`;
}
