/** Everything the emulator holds: the clock, tokens, call counts, faults, and per-project CAS and registry data. */
import { EmulatorClock } from './clock.js';
import { TokenStore } from './tokens.js';
import { RbacTokens } from './cse/rbac.js';
import { CallCounter } from './calls.js';
import { FaultStore } from './faults.js';
import { CasProject } from './cas/project.js';
import { Registry } from './cse/registry.js';
import { PROJECTS, type Project } from './tenancy.js';
import { seedDemo } from './demo.js';
import type { EmulatorSettings, JobFailureSpec } from '../wire/emulator-control.js';

export interface JobFailurePlan {
  /** 1-based task index that fails; undefined: the last task. */
  atTask: number | undefined;
  message: string;
  detail: string;
}

export class EmulatorState {
  readonly clock = new EmulatorClock();
  readonly tokens = new TokenStore(this.clock);
  /** Bearer tokens of the registry when it has security authentication (settings.cseAuth = rbac). */
  readonly rbac = new RbacTokens(this.clock);
  readonly calls = new CallCounter();
  readonly faults = new FaultStore();
  readonly settings: EmulatorSettings;
  readonly projects: readonly Project[] = PROJECTS;
  #jobFailures: JobFailurePlan[] = [];
  #cas = new Map<string, CasProject>();
  #registries = new Map<string, Registry>();

  constructor(settings: EmulatorSettings) {
    this.settings = { ...settings };
  }

  /** The registry (CSE) of one project, created on first use. */
  registry(projectId: string): Registry {
    let registry = this.#registries.get(projectId);
    if (!registry) {
      registry = new Registry({ projectId, clock: this.clock, flavour: this.settings.registry ?? 'reference', readLagMs: this.settings.registryLagMs ?? 0 });
      this.#registries.set(projectId, registry);
    }
    return registry;
  }

  /** The application management (CAS) data of one project, created on first use. */
  cas(projectId: string): CasProject {
    let cas = this.#cas.get(projectId);
    if (!cas) {
      const project = this.projects.find((p) => p.id === projectId);
      if (!project) throw new Error(`unknown project ${projectId}`);
      cas = new CasProject({
        project,
        clock: this.clock,
        settings: this.settings,
        registry: this.registry(projectId),
        takeJobFailure: () => this.#jobFailures.shift(),
      });
      this.#cas.set(projectId, cas);
    }
    return cas;
  }

  planJobFailures(spec: JobFailureSpec): number {
    const count = spec.count ?? 1;
    for (let i = 0; i < count; i++) {
      this.#jobFailures.push({
        atTask: spec.atTask,
        message: spec.message ?? 'ECC00011',
        detail: spec.detail ?? 'Building failed.',
      });
    }
    return this.#jobFailures.length;
  }

  /** Empties every store and scheduled work; tokens stay valid so callers need not log in again. */
  reset(demo: boolean): void {
    this.clock.clear();
    this.#cas.clear();
    this.#registries.clear();
    this.#jobFailures = [];
    this.faults.clear();
    if (demo) seedDemo(this);
    // Seeded data is there from the start, whatever the read lag.
    for (const registry of this.#registries.values()) registry.settle();
  }

  stop(): void {
    this.clock.stop();
  }
}
