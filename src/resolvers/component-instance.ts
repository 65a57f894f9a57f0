/** ComponentInstance (§4.5): list fields read from the list item, detail-only fields from the detail call. */
import { InstanceStatus, JobStatus, type ComponentInstanceResolvers, type ExternalAccessResolvers, type InstanceStatusDetailResolvers, type SnapshotResolvers } from '../generated/resolvers-types.js';
import type { GatewayContext } from '../context.js';
import { encodeId } from '../graph/global-id.js';
import { fromEpochMs, toEnum } from '../graph/convert.js';
import { pageRequest, toConnection } from '../graph/connection.js';
import { toListOrder } from '../graph/order.js';
import { hasDetail, type InstanceModel } from '../loaders/models.js';
import { registryInstancesOfComponentInstance } from '../loaders/joins.js';
import { customFlavor } from './metadata.js';
import type * as Cas from '../wire/cas.js';

const INSTANCE_STATUSES = Object.values(InstanceStatus);
const JOB_STATUSES = Object.values(JobStatus);

const keyOf = (i: InstanceModel) => ({ applicationId: i.application_id, componentId: i.component_id, instanceId: i.id });

/** The detail (Table 4-175): the parent itself when it came from a detail call, else one loader call. */
async function detail(i: InstanceModel, ctx: GatewayContext): Promise<Cas.InstanceDetail> {
  return hasDetail(i) ? i : ((await ctx.loaders.cas.instance.load(keyOf(i))) as Cas.InstanceDetail);
}

export const ComponentInstance: ComponentInstanceResolvers = {
  id: (i) => encodeId('ComponentInstance', keyOf(i)),
  rawId: (i) => i.id,
  platformType: (i) => toEnum(i.platform_type, ['CCE', 'VMAPP'] as const),
  artifacts: (i) => Object.entries(i.artifacts ?? {}).map(([name, a]) => ({ name, ...a, auth: a.auth ?? null, version: a.version ?? null, properties: a.properties ?? null })),
  externalAccesses: (i) => i.external_accesses ?? [],
  status: (i) => i.status_detail,
  createdAt: (i) => fromEpochMs(i.create_time),
  updatedAt: (i) => fromEpochMs(i.update_time),
  description: async (i, _a, ctx) => (await detail(i, ctx)).description ?? null,
  flavorId: async (i, _a, ctx) => (await detail(i, ctx)).flavor_id ?? null,
  flavor: async (i, _a, ctx) => {
    const flavorId = (await detail(i, ctx)).flavor_id;
    if (!flavorId) return null;
    return customFlavor(flavorId) ?? (await ctx.loaders.cas.flavors()).find((f) => f.flavor_id === flavorId) ?? null;
  },
  configuration: async (i, _a, ctx) => {
    const raw = (await detail(i, ctx)).configuration;
    if (!raw) return null;
    return {
      env: (raw.env ?? []).map((v) => ({ name: v.name, value: v.value, internal: v.internal ?? null })),
      storage: raw.storage ?? null,
      strategy: raw.strategy ?? null,
      lifecycle: raw.lifecycle ?? null,
      scheduler: raw.scheduler ?? null,
      probes: raw.probes ?? null,
      raw,
    };
  },
  referResources: async (i, _a, ctx) =>
    ((await detail(i, ctx)).refer_resources ?? []).map((r) => ({ id: r.id, type: r.type, referAlias: r.refer_alias ?? null, parameters: r.parameters ?? null })),
  creator: async (i, _a, ctx) => (await detail(i, ctx)).creator ?? null,
  component: (i, _a, ctx) => ctx.loaders.cas.component.load({ applicationId: i.application_id, componentId: i.component_id }),
  environment: (i, _a, ctx) => ctx.loaders.cas.environment.load(i.environment_id),
  lastJob: (i, _a, ctx) => (i.status_detail?.last_job_id ? ctx.loaders.cas.job.load(i.status_detail.last_job_id) : null),
  snapshots: async (i, args, ctx) => {
    const page = pageRequest(args);
    const { count, items } = await ctx.loaders.cas.snapshots.page(keyOf(i), page.limit, page.offset, toListOrder(args.orderBy));
    return toConnection(items, page, count);
  },
  microserviceInstances: (i, _a, ctx) => registryInstancesOfComponentInstance(ctx.loaders, i),
};

export const InstanceStatusDetail: InstanceStatusDetailResolvers = {
  status: (s) => toEnum(s.status, INSTANCE_STATUSES, 'UNKNOWN'),
  availableReplica: (s) => s.available_replica ?? null,
  failDetail: (s) => s.fail_detail ?? null,
  lastJobId: (s) => s.last_job_id ?? null,
  lastJobStatus: (s) => toEnum(s.last_job_status, JOB_STATUSES, 'UNKNOWN'),
  enterpriseProjectId: (s) => s.enterprise_project_id ?? null,
};

export const ExternalAccess: ExternalAccessResolvers = {
  forwardPort: (e) => e.forward_port ?? null,
  createdAt: (e) => fromEpochMs(e.create_time),
  updatedAt: (e) => fromEpochMs(e.update_time),
};

export const Snapshot: SnapshotResolvers = {
  instanceRawId: (s) => s.instance_id,
  createdAt: (s) => fromEpochMs(s.create_time),
};
