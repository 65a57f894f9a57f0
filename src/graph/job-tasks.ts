/** Job tasks in words: which stage each belongs to (its nearest separator) and a description from JOB_STAGES. */
import type { JobStage } from '../generated/resolvers-types.js';
import type * as Cas from '../wire/cas.js';
import { JOB_STAGES, isKnownStage, separatorStage } from '../wire/job-stages.js';

/** A task with the stage opened by the nearest separator at or before it (null before the first). */
export type StagedTask = Cas.Task & { readonly openStage: string | null };

/** Tasks in index order, each with its stage. */
export function withStages(tasks: readonly Cas.Task[]): StagedTask[] {
  let openStage: string | null = null;
  return [...tasks]
    .sort((a, b) => a.TASK_INDEX - b.TASK_INDEX)
    .map((task) => {
      openStage = separatorStage(task.TASK_NAME) ?? openStage;
      return { ...task, openStage };
    });
}

export function stageOf(task: StagedTask): JobStage | null {
  if (task.openStage === null) return null;
  return isKnownStage(task.openStage) ? task.openStage : 'OTHER';
}

/** SEPARATOR_SECURITY_SCAN -> "Security scan", for a stage JOB_STAGES does not name. */
function stageLabel(stage: string): string {
  if (isKnownStage(stage)) return JOB_STAGES[stage];
  const words = stage.toLowerCase().replace(/_+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function describeTask(task: StagedTask): string {
  const opened = separatorStage(task.TASK_NAME);
  if (opened !== null) return `Stage: ${stageLabel(opened)}`;
  const step = `step ${task.TASK_NAME}${task.TASK_TYPE ? ` (${task.TASK_TYPE})` : ''}`;
  return task.openStage === null ? step.charAt(0).toUpperCase() + step.slice(1) : `${stageLabel(task.openStage)}: ${step}`;
}
