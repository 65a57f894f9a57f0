/**
 * One project's application management: its records, job runner and domain modules. Knows nothing
 * of HTTP; routes-*.ts map requests onto these methods, and seeding (demo.ts) calls the same ones.
 */
import type { EmulatorClock } from '../clock.js';
import type { PlatformRegistry } from '../coupling.js';
import type { Project } from '../tenancy.js';
import type { EmulatorSettings } from '../../wire/emulator-control.js';
import type { JobFailurePlan } from '../state.js';
import { CasStore } from './store.js';
import { JobRunner } from './jobs.js';
import { ReplicaPublisher } from './replicas.js';
import { InstanceJobs } from './instance-jobs.js';
import { Environments } from './environments.js';
import { Applications } from './applications.js';
import { Components } from './components.js';
import { Instances } from './instances.js';

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
  readonly environments: Environments;
  readonly applications: Applications;
  readonly components: Components;
  readonly instances: Instances;
  readonly jobs: JobRunner;

  constructor(readonly options: CasProjectOptions) {
    const store = new CasStore();
    this.jobs = new JobRunner(options, store);
    const instanceJobs = new InstanceJobs(options.clock, store, this.jobs, new ReplicaPublisher(options.registry, store));
    this.environments = new Environments(options, store);
    this.applications = new Applications(options, store);
    this.components = new Components(options, store, instanceJobs);
    this.instances = new Instances(options, store, this.jobs, instanceJobs);
  }
}
