/** Job (§4.6): status, tasks in order, a progress figure and whether it is finished. */
import type { JobResolvers, JobTaskResolvers } from '../generated/resolvers-types.js';
import { encodeId } from '../graph/global-id.js';
import { fromIso, toEnum } from '../graph/convert.js';
import { JobStatus, JobType, TaskStatus, TaskType } from '../generated/resolvers-types.js';
import { isJobFinished, jobProgress, sortedTasks } from '../upstream/job-vocabulary.js';
import { describeTask, stageOf, withStages } from '../graph/job-tasks.js';
import { separatorStage } from '../wire/job-stages.js';

const JOB_STATUSES = Object.values(JobStatus);
const JOB_TYPES = Object.values(JobType);
const TASK_STATUSES = Object.values(TaskStatus);
const TASK_TYPES = Object.values(TaskType);

/** MESSAGES holds "{}" or JSON like {"Message": "ECC00011", "Detail": "Building failed."} (§4.6.1 example). */
export function parseTaskMessage(messages: string | undefined): { code: string | null; detail: string | null } | null {
  if (!messages) return null;
  try {
    const m = JSON.parse(messages) as { Message?: unknown; Detail?: unknown };
    if (typeof m !== 'object' || m === null || (m.Message === undefined && m.Detail === undefined)) return null;
    return { code: m.Message === undefined ? null : String(m.Message), detail: m.Detail === undefined ? null : String(m.Detail) };
  } catch {
    return { code: null, detail: messages };
  }
}

export const Job: JobResolvers = {
  id: (j) => encodeId('Job', { jobId: j.job.JOB_ID }),
  rawId: (j) => j.job.JOB_ID,
  name: (j) => j.job.JOB_NAME ?? null,
  type: (j) => toEnum(j.job.JOB_TYPE, JOB_TYPES, 'UNKNOWN'),
  description: (j) => j.job.JOB_DESC ?? null,
  status: (j) => toEnum(j.job.EXECUTION_STATUS, JOB_STATUSES, 'UNKNOWN') ?? 'UNKNOWN',
  createdBy: (j) => j.job.CREATED_BY ?? null,
  orderId: (j) => j.job.ORDER_ID || null,
  projectId: (j) => j.job.PROJECT_ID ?? null,
  instanceRawId: (j) => j.job.SERVICE_INSTANCE_ID || null,
  tasks: (j) => withStages(j.tasks ?? []),
  taskCount: (j) => j.task_count ?? j.tasks?.length ?? 0,
  progress: (j) => jobProgress(j),
  isFinished: (j) => isJobFinished(j.job.EXECUTION_STATUS),
  failure: (j) => {
    const failed = sortedTasks(j).find((t) => t.TASK_STATUS === 'FAILED');
    return failed ? (parseTaskMessage(failed.MESSAGES) ?? { code: null, detail: null }) : null;
  },
};

export const JobTask: JobTaskResolvers = {
  rawId: (t) => t.TASK_ID,
  index: (t) => t.TASK_INDEX,
  name: (t) => t.TASK_NAME,
  type: (t) => toEnum(t.TASK_TYPE, TASK_TYPES),
  status: (t) => toEnum(t.TASK_STATUS, TASK_STATUSES, 'UNKNOWN') ?? 'UNKNOWN',
  messages: (t) => t.MESSAGES ?? null,
  message: (t) => parseTaskMessage(t.MESSAGES),
  ownerId: (t) => t.OWNER_ID ?? null,
  createdAt: (t) => fromIso(t.CREATED_AT),
  lastHealthCheck: (t) => fromIso(t.LAST_HEALTH_CHECK),
  description: (t) => describeTask(t),
  isStageSeparator: (t) => separatorStage(t.TASK_NAME) !== null,
  stage: (t) => stageOf(t),
};
