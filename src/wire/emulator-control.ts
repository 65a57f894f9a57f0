/**
 * The emulator's own control API under /__emulator (not part of ServiceStage).
 * Shared by the emulator, the tests, `npm start` and the benchmarks.
 */
export interface EmulatorInfo {
  baseUrl: string;
  projects: { id: string; name: string }[];
  account: { domain: string; user: string; password: string; project: string };
  settings: EmulatorSettings;
}

export interface EmulatorSettings {
  /** How long each job task runs, in emulator milliseconds. */
  jobStepMs: number;
  /** Which registry the emulator plays: ServiceStage's CSE as the reference documents it, or Apache ServiceComb service-center 2.1+. */
  registry?: 'reference' | 'servicecomb';
  /** 'rbac': registry calls need `Authorization: Bearer` from POST /v4/token (an engine with security authentication). */
  cseAuth?: 'none' | 'rbac';
  /** Registry instance reads lag writes by this many emulator milliseconds (service-center's cache). */
  registryLagMs?: number;
}

export interface CallCounts {
  total: number;
  /** Keyed by "METHOD /reference/{template}". */
  byRoute: Record<string, number>;
  /** Error answers by the upstream error code they carried (SVCSTG.00100400, 400012, ...). */
  byErrorCode: Record<string, number>;
}

/** Which calls a fault applies to; every given field must match. Empty matches every ServiceStage call. */
export interface FaultMatch {
  /** 'cas' (application management), 'cse' (registry), 'config' (config center) or 'iam'. */
  api?: 'cas' | 'cse' | 'config' | 'iam';
  method?: string;
  /** A reference route template such as "/v2/{project_id}/cas/environments". */
  route?: string;
}

export interface FaultSpec {
  match?: FaultMatch;
  /** 'before' (default): the call is not applied. 'after': the call is applied, then the fault replaces its answer. */
  phase?: 'before' | 'after';
  /** Added latency in real milliseconds. */
  latencyMs?: number;
  /** Answer with this HTTP status and an error body in the API's own format. */
  status?: number;
  /** Probability (0..1) that `status` is answered; default 1. */
  errorRate?: number;
  /** Never answer (the client's deadline must fire). */
  hang?: boolean;
  /** Destroy the connection without an answer. */
  drop?: boolean;
  /** Answer 200 with a broken body: 'malformed' (not JSON) or 'empty'. */
  body?: 'malformed' | 'empty';
  /** Apply to this many matching calls, then expire; default unlimited. */
  times?: number;
}

export interface Fault extends FaultSpec {
  id: string;
  /** Matching calls this fault has struck so far. */
  hits: number;
}

/** POST /__emulator/jobs/fail-next: the next `count` jobs fail at task `atTask` with this message. */
export interface JobFailureSpec {
  count?: number;
  /** 1-based index of the task that fails; default: the last task. */
  atTask?: number;
  message?: string;
  detail?: string;
}

/** POST /__emulator/config-items: seeds the config center (it has no write API in the reference). */
export interface ConfigItemsSeed {
  project?: string;
  environment?: string;
  /** "service@app" or "service@app#version". */
  dimension: string;
  items: Record<string, string>;
}

/** POST /__emulator/seed: a synthetic data set of this size, added to a project, every job finished. */
export interface SeedSpec {
  /** Project id or name; default the first project. */
  project?: string;
  applications: number;
  componentsPerApplication: number;
  /** Component instances of each component, spread over the environments. */
  instancesPerComponent: number;
  /** Default 2. */
  environments?: number;
  /** Schemas of each registry microservice the MicroService components register; default 1. */
  schemasPerService?: number;
  /** Whether each microservice depends on the next one of its application; default true. */
  dependencies?: boolean;
}

/** What POST /__emulator/seed created. */
export interface SeedCounts {
  project: { id: string; name: string };
  environments: number;
  applications: number;
  components: number;
  instances: number;
  /** Deploy jobs, every one SUCCEEDED. */
  jobs: number;
  registryServices: number;
  registryInstances: number;
  schemas: number;
  dependencies: number;
}
