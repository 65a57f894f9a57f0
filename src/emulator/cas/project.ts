// SKELETON — replaced by the CAS implementation.
import type { EmulatorClock } from '../clock.js';
import type { PlatformRegistry } from '../coupling.js';
import type { Project } from '../tenancy.js';
import type { EmulatorSettings } from '../../wire/emulator-control.js';
import type { JobFailurePlan } from '../state.js';

export interface CasProjectOptions {
  project: Project;
  clock: EmulatorClock;
  /** Live settings object: read jobStepMs when a step is scheduled, so changes apply to new steps. */
  settings: EmulatorSettings;
  registry: PlatformRegistry;
  /** Takes the next planned job failure (POST /__emulator/jobs/fail-next), if any. */
  takeJobFailure(): JobFailurePlan | undefined;
}

export class CasProject {
  constructor(readonly options: CasProjectOptions) {}
}
