/**
 * The stages of a CAS job. The §4.6.1 example opens each stage with an echo task named
 * SEPARATOR_<STAGE> and follows it with the stage's steps (TN00091, …), whose codes the reference
 * does not explain. The emulator's jobs and the gateway's task descriptions both read this one list.
 */
export const JOB_STAGES = {
  PREPARE_RESOURCES: 'Preparing resources',
  BUILDING: 'Building',
  DEPLOYING: 'Deploying',
  UPGRADING: 'Upgrading',
  ROLLBACK: 'Rolling back',
  STOPPING: 'Stopping',
  STARTING: 'Starting',
  RESTARTING: 'Restarting',
} as const;

export type JobStageName = keyof typeof JOB_STAGES;

const SEPARATOR_PREFIX = 'SEPARATOR_';

/** The TASK_NAME of the echo task that opens `stage`. */
export function stageSeparator(stage: JobStageName): string {
  return SEPARATOR_PREFIX + stage;
}

/** The stage a separator's TASK_NAME opens (possibly one not in JOB_STAGES), or null for any other task. */
export function separatorStage(taskName: string): string | null {
  return taskName.startsWith(SEPARATOR_PREFIX) && taskName.length > SEPARATOR_PREFIX.length ? taskName.slice(SEPARATOR_PREFIX.length) : null;
}

export function isKnownStage(stage: string): stage is JobStageName {
  return Object.hasOwn(JOB_STAGES, stage);
}
