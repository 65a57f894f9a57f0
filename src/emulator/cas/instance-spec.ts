/**
 * Reading a component instance's request body (§4.5.1 Tables 4-128 to 4-147, §4.5.4 Tables 4-164
 * to 4-167) into an InstanceSpec, checking every field on the way. Only the fields the reference
 * defines are kept (plus the extras its own examples echo: strategy.spec, scheduler.isSynchronized).
 */
import { casError } from '../http/errors.js';
import type {
  ExternalAccess,
  InstanceArtifact,
  InstanceConfiguration,
  InstanceLifecycle,
  InstanceProbes,
  InstanceScheduler,
  InstanceStorage,
  LifecycleProcess,
  Probe,
  ReferResource,
  SchedulerAffinity,
  StorageType,
} from '../../wire/cas.js';
import type { InstanceSpec } from './store.js';
import { isKnownFlavor } from './metadata.js';
import * as v from './validate.js';

const STORAGE_TYPES = ['HostPath', 'EmptyDir', 'ConfigMap', 'Secret', 'PersistentVolumeClaim'] as const satisfies readonly StorageType[];
/** Table 4-144: the parameter each storage type needs. */
const STORAGE_PARAMETER: Record<StorageType, 'path' | 'name' | 'claimName' | undefined> = {
  HostPath: 'path',
  EmptyDir: undefined,
  ConfigMap: 'name',
  Secret: 'name',
  PersistentVolumeClaim: 'claimName',
};
const REFER_ALIASES = ['distributed_session', 'distributed_cache', 'distributed_session,distributed_cache', 'distributed_session, distributed_cache'];
const PORT = { min: 1, max: 65535 };

/** Table 4-145: at least one artifact (§8.2 SVCSTG.00100425), keyed by component or container name. */
export function artifacts(value: unknown, field = 'artifacts'): Record<string, InstanceArtifact> {
  if (value === undefined || value === null || (v.isObject(value) && Object.keys(value).length === 0)) {
    throw casError('SVCSTG.00100425', `${field}: give at least one artifact, keyed by component (or container) name.`);
  }
  const map = v.object(value, field);
  const out: Record<string, InstanceArtifact> = {};
  for (const [key, raw] of Object.entries(map)) {
    const at = `${field}.${key}`;
    if (key.trim() === '') throw v.invalid(field, 'an artifact key (component or container name) must not be empty.');
    const a = v.object(raw, at);
    out[key] = v.compact({
      storage: v.oneOf(a.storage, `${at}.storage`, ['swr', 'devcloud', 'obs'] as const),
      type: v.oneOf(a.type, `${at}.type`, ['package', 'image'] as const),
      url: v.string(a.url, `${at}.url`),
      // Mandatory in Table 4-145 yet with a default: a missing auth takes the default.
      auth: v.optionalOneOf(a.auth, `${at}.auth`, ['iam', 'none'] as const) ?? 'iam',
      version: v.optionalString(a.version, `${at}.version`),
      properties: v.optionalObject(a.properties, `${at}.properties`),
    });
  }
  return out;
}

function storage(value: unknown, field: string): InstanceStorage {
  const s = v.object(value, field);
  const type = v.oneOf(s.type, `${field}.type`, STORAGE_TYPES);
  const p = v.object(s.parameters, `${field}.parameters`);
  const needed = STORAGE_PARAMETER[type];
  if (needed) v.string(p[needed], `${field}.parameters.${needed}`);
  const parameters = v.compact({
    path: v.optionalString(p.path, `${field}.parameters.path`),
    name: v.optionalString(p.name, `${field}.parameters.name`),
    claimName: v.optionalString(p.claimName, `${field}.parameters.claimName`),
  });
  const mounts = v.array(s.mounts, `${field}.mounts`);
  if (mounts.length === 0) throw v.invalid(`${field}.mounts`, 'give at least one directory to mount into the container.');
  return {
    type,
    parameters,
    mounts: mounts.map((m, i) => {
      const mount = v.object(m, `${field}.mounts[${i}]`);
      v.string(mount.path, `${field}.mounts[${i}].path`);
      v.optionalBoolean(mount.readOnly, `${field}.mounts[${i}].readOnly`);
      return { ...mount, path: mount.path as string };
    }),
  };
}

/** Table 4-142/4-143: command needs command; http needs port and path. */
function lifecycleProcess(value: unknown, field: string): LifecycleProcess | null {
  const p = v.optionalObject(value, field);
  if (!p) return null;
  const type = v.oneOf(p.type, `${field}.type`, ['command', 'http'] as const);
  const params = v.object(p.parameters, `${field}.parameters`);
  if (type === 'command') return { type, parameters: { command: v.stringArray(params.command, `${field}.parameters.command`, { nonEmpty: true }) } };
  return {
    type,
    parameters: v.compact({
      host: v.optionalString(params.host, `${field}.parameters.host`),
      port: v.integer(params.port, `${field}.parameters.port`, PORT),
      path: v.string(params.path, `${field}.parameters.path`),
    }),
  };
}

function lifecycle(value: unknown): InstanceLifecycle {
  const l = v.object(value, 'configuration.lifecycle');
  const out: InstanceLifecycle = {};
  const e = v.optionalObject(l.entrypoint, 'configuration.lifecycle.entrypoint');
  if (e) {
    out.entrypoint = {
      command: v.stringArray(e.command, 'configuration.lifecycle.entrypoint.command', { nonEmpty: true }),
      args: v.stringArray(e.args ?? [], 'configuration.lifecycle.entrypoint.args'),
    };
  }
  if (l['post-start'] !== undefined) out['post-start'] = lifecycleProcess(l['post-start'], 'configuration.lifecycle.post-start');
  if (l['pre-stop'] !== undefined) out['pre-stop'] = lifecycleProcess(l['pre-stop'], 'configuration.lifecycle.pre-stop');
  return out;
}

function affinity(value: unknown, field: string): SchedulerAffinity | undefined {
  const a = v.optionalObject(value, field);
  if (!a) return undefined;
  return v.compact({
    az: v.optionalStringArray(a.az, `${field}.az`),
    node: v.optionalStringArray(a.node, `${field}.node`),
    application: v.optionalStringArray(a.application, `${field}.application`),
  });
}

function scheduler(value: unknown): InstanceScheduler {
  const s = v.object(value, 'configuration.scheduler');
  return v.compact({
    affinity: affinity(s.affinity, 'configuration.scheduler.affinity'),
    'anti-affinity': affinity(s['anti-affinity'], 'configuration.scheduler.anti-affinity'),
    isSynchronized: v.optionalBoolean(s.isSynchronized, 'configuration.scheduler.isSynchronized'),
  });
}

/** Table 4-136 to 4-139. */
function probe(value: unknown, field: string): Probe | undefined {
  const p = v.optionalObject(value, field);
  if (!p) return undefined;
  const type = v.oneOf(p.type, `${field}.type`, ['http', 'tcp', 'command'] as const);
  const params = v.object(p.parameters, `${field}.parameters`);
  const timing = v.compact({
    delay: v.optionalInteger(p.delay, `${field}.delay`, { min: 0 }),
    timeout: v.optionalInteger(p.timeout, `${field}.timeout`, { min: 0 }),
  });
  const at = `${field}.parameters`;
  switch (type) {
    case 'http':
      return {
        type,
        parameters: v.compact({
          scheme: v.oneOf(params.scheme, `${at}.scheme`, ['HTTP', 'HTTPS'] as const),
          host: v.optionalString(params.host, `${at}.host`),
          port: v.integer(params.port, `${at}.port`, PORT),
          path: v.string(params.path, `${at}.path`),
        }),
        ...timing,
      };
    case 'tcp':
      return { type, parameters: { port: v.integer(params.port, `${at}.port`, PORT) }, ...timing };
    case 'command':
      return { type, parameters: { command: v.stringArray(params.command, `${at}.command`, { nonEmpty: true }) }, ...timing };
  }
}

function probes(value: unknown): InstanceProbes {
  const p = v.object(value, 'configuration.probes');
  return v.compact({
    livenessProbe: probe(p.livenessProbe, 'configuration.probes.livenessProbe'),
    readinessProbe: probe(p.readinessProbe, 'configuration.probes.readinessProbe'),
  });
}

/** Table 4-129. Variables marked internal are the service's own (§4.5.6 example) and are not taken from callers. */
export function configuration(value: unknown): InstanceConfiguration {
  const c = v.optionalObject(value, 'configuration');
  if (!c) return {};
  const out: InstanceConfiguration = {};
  if (c.env !== undefined && c.env !== null) out.env = v.envVars(c.env, 'configuration.env', { skipInternal: true });
  if (c.storage !== undefined && c.storage !== null) out.storage = v.array(c.storage, 'configuration.storage').map((s, i) => storage(s, `configuration.storage[${i}]`));
  if (c.strategy !== undefined && c.strategy !== null) {
    const s = v.object(c.strategy, 'configuration.strategy');
    const spec = v.optionalObject(s.spec, 'configuration.strategy.spec');
    out.strategy = v.compact({
      upgrade: v.optionalOneOf(s.upgrade, 'configuration.strategy.upgrade', ['Recreate', 'RollingUpdate'] as const),
      spec:
        spec &&
        v.compact({
          maxSurge: v.optionalInteger(spec.maxSurge, 'configuration.strategy.spec.maxSurge', { min: 0 }),
          maxUnavailable: v.optionalInteger(spec.maxUnavailable, 'configuration.strategy.spec.maxUnavailable', { min: 0 }),
        }),
    });
  }
  if (c.lifecycle !== undefined && c.lifecycle !== null) out.lifecycle = lifecycle(c.lifecycle);
  if (c.scheduler !== undefined && c.scheduler !== null) out.scheduler = scheduler(c.scheduler);
  if (c.probes !== undefined && c.probes !== null) out.probes = probes(c.probes);
  return out;
}

/** Table 4-146; the answer adds type, status and times (Table 4-155). */
export function externalAccesses(value: unknown, now: number): ExternalAccess[] | null {
  const list = v.optionalArray(value, 'external_accesses');
  if (!list) return null;
  return list.map((raw, i) => {
    const at = `external_accesses[${i}]`;
    const a = v.object(raw, at);
    return {
      protocol: v.optionalOneOf(a.protocol, `${at}.protocol`, ['http', 'https'] as const) ?? null,
      address: v.optionalString(a.address, `${at}.address`) ?? null,
      forward_port: v.optionalInteger(a.forward_port, `${at}.forward_port`, PORT) ?? null,
      type: 'SPECIFIED',
      status: 'AVAILABLE',
      create_time: now,
      update_time: now,
    };
  });
}

/**
 * Table 4-147: mandatory, with exactly one base resource (cce, whose parameters name the namespace,
 * or ecs, whose id is "Default" and whose parameters list the hosts); optional services may follow.
 */
export function referResources(value: unknown): ReferResource[] {
  if (value === undefined || value === null) throw v.invalid('refer_resources', 'is mandatory: name the cce or ecs resource to deploy on.');
  const list = v.array(value, 'refer_resources').map((raw, i): ReferResource => {
    const at = `refer_resources[${i}]`;
    const r = v.object(raw, at);
    const id = v.string(r.id, `${at}.id`);
    const type = v.string(r.type, `${at}.type`);
    const parameters = v.optionalObject(r.parameters, `${at}.parameters`);
    const referAlias = v.optionalString(r.refer_alias, `${at}.refer_alias`);
    if (referAlias !== undefined) {
      if (type !== 'dcs') throw v.invalid(`${at}.refer_alias`, 'is only for dcs resources.');
      if (!REFER_ALIASES.includes(referAlias)) throw v.invalid(`${at}.refer_alias`, `must be "distributed_session", "distributed_cache" or "distributed_session,distributed_cache", got "${referAlias}".`);
    }
    if (type === 'cce') v.string(parameters?.namespace, `${at}.parameters.namespace`);
    if (type === 'ecs') {
      if (id !== 'Default') throw v.invalid(`${at}.id`, `an ecs resource's id must be "Default", got "${id}".`);
      v.stringArray(parameters?.hosts, `${at}.parameters.hosts`, { nonEmpty: true });
    }
    return v.compact({ id, type, refer_alias: referAlias, parameters });
  });
  const base = list.filter((r) => r.type === 'cce' || r.type === 'ecs');
  if (base.length === 0) throw casError('SVCSTG.00100422', 'refer_resources: include the cce or ecs resource to deploy on.');
  if (base.length > 1) throw v.invalid('refer_resources', `deploy on one base resource, got ${base.length} (${base.map((r) => r.type).join(', ')}).`);
  return list;
}

/** Table 4-128: replica is an integer from 0. */
export const replica = (value: unknown, field = 'replica') => v.integer(value, field, { min: 0 });

export interface CreateInstanceInput {
  name: string;
  environmentId: string;
  replica: number;
  spec: InstanceSpec;
}

export function createInstanceInput(input: unknown, now: number): CreateInstanceInput {
  const b = v.body(input);
  return {
    name: v.instanceName(b.name),
    environmentId: v.string(b.environment_id, 'environment_id'),
    replica: replica(b.replica),
    spec: {
      version: v.version(b.version),
      flavor_id: v.flavorId(b.flavor_id, isKnownFlavor),
      artifacts: artifacts(b.artifacts),
      configuration: configuration(b.configuration),
      description: v.optionalDescription(b.description) ?? null,
      external_accesses: externalAccesses(b.external_accesses, now),
      refer_resources: referResources(b.refer_resources),
    },
  };
}

/** Table 4-164: version is mandatory; every other field given replaces the current one. */
export function updatedSpec(input: unknown, current: InstanceSpec, now: number): InstanceSpec {
  const b = v.body(input);
  return {
    version: v.version(b.version),
    flavor_id: b.flavor_id === undefined ? current.flavor_id : v.flavorId(b.flavor_id, isKnownFlavor),
    artifacts: b.artifacts === undefined ? current.artifacts : artifacts(b.artifacts),
    configuration: b.configuration === undefined ? current.configuration : configuration(b.configuration),
    description: b.description === undefined ? current.description : (v.optionalDescription(b.description) ?? null),
    external_accesses: b.external_accesses === undefined ? current.external_accesses : externalAccesses(b.external_accesses, now),
    refer_resources: b.refer_resources === undefined ? current.refer_resources : referResources(b.refer_resources),
  };
}
