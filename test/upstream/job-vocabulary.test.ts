import { describe, expect, it } from 'vitest';
import { isJobFinished, jobAdvance, jobFingerprint, jobProgress } from '../../src/upstream/job-vocabulary.js';
import type * as Cas from '../../src/wire/cas.js';

const task = (index: number, status: Cas.TaskStatus): Cas.Task => ({ TASK_INDEX: index, TASK_STATUS: status, TASK_ID: `Task-${index}`, TASK_NAME: 'TN00091', TASK_TYPE: 'restful', MESSAGES: '{}', OWNER_ID: 'o' }) as Cas.Task;
const job = (status: Cas.JobExecutionStatus, tasks: Cas.Task[], taskCount = tasks.length): Cas.JobDetail => ({ task_count: taskCount, job: { JOB_ID: 'JOB1', EXECUTION_STATUS: status } as Cas.Job, tasks });

describe('job and task vocabulary', () => {
  it('should call a job finished only in the final states of Table 4-189', () => {
    expect(['SUCCEEDED', 'FAILED', 'CANCELLED', 'PARTIALLY_FAILED', 'ROLLBACKED'].every(isJobFinished)).toBe(true);
    expect(['SUBMITTED', 'SCHEDULED', 'RUNNING', 'ROLLBACKING', 'UNKNOWN', undefined].some(isJobFinished)).toBe(false);
  });

  it('should count finished tasks against the job task count, and 1 once finished', () => {
    expect(jobProgress(job('RUNNING', [task(1, 'SUCCEEDED'), task(2, 'SKIPPED'), task(3, 'RUNNING')], 4))).toBe(0.5);
    expect(jobProgress(job('RUNNING', []))).toBe(0);
    expect(jobProgress(job('FAILED', [task(1, 'FAILED'), task(2, 'SUBMITTED')]))).toBe(1);
  });

  it('should order states so that a raced older poll is behind a newer one', () => {
    const older = job('RUNNING', [task(1, 'RUNNING')]);
    const newer = job('RUNNING', [task(1, 'SUCCEEDED'), task(2, 'RUNNING')]);
    const rolling = job('RUNNING', [task(1, 'ROLLBACKING')]);
    expect(jobAdvance(newer)).toBeGreaterThan(jobAdvance(older));
    expect(jobAdvance(rolling)).toBeGreaterThan(jobAdvance(older));
    expect(jobAdvance(job('SUCCEEDED', [task(1, 'SUCCEEDED')]))).toBeGreaterThan(jobAdvance(newer));
  });

  it('should fingerprint the status and every task state', () => {
    expect(jobFingerprint(job('RUNNING', [task(1, 'SUCCEEDED'), task(2, 'RUNNING')]))).toBe('RUNNING|1:SUCCEEDED,2:RUNNING');
  });
});
