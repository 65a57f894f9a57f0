/**
 * Microservice instances of one registry (reference §5.11-§5.17): registration, leases, status,
 * properties, deregistration, and the revision numbers find and get answers are hashed from.
 */
import { newHexId } from '../ids.js';
import type { EmulatorClock, Scheduled } from '../clock.js';
import { instanceNotFound, quotaExceeded } from './errors.js';
import { effectiveHealthCheck, LeaseTable, leaseTtlMs } from './leases.js';
import { epochSeconds, type InstanceRecord, type StoredInstance, type StoredService } from './model.js';
import type { RevisionSequence } from './revisions.js';
import type { InstanceInput } from './validate.js';
import type { InstanceStatus, Properties } from '../../wire/cse.js';

/** How often the emulator heartbeats the instances it manages itself (the default interval, 30 s). */
export const MANAGED_HEARTBEAT_MS = 30_000;

export interface RegisterOptions {
  /** The emulator heartbeats this instance itself. */
  managed?: boolean;
  /** The CAS component instance that owns it. */
  owner?: string;
  /** Re-registering an existing id replaces the record even where the dialect would only renew it (the platform's own updates). */
  replace?: boolean;
}

export interface InstanceStoreOptions {
  clock: EmulatorClock;
  seq: RevisionSequence;
  /** The per-project instance quota. */
  limit: number;
  /** Re-registering an existing id replaces the record (else it only renews the lease). Default true. */
  reRegisterReplaces?: boolean;
  /** Without an id, the endpoints of an existing instance name that instance. Default true. */
  sameEndpointsSameId?: boolean;
  /** Reads (find, list, get) see the instances as they were this many emulator ms ago. Default 0. */
  readLagMs?: number;
}

/** What reads see: the instances and the revision epochs at one moment. */
export interface InstanceView {
  get(serviceId: string, instanceId: string): InstanceRecord | undefined;
  list(serviceId: string): InstanceRecord[];
  epoch(serviceId: string): number;
}

interface Snapshot extends InstanceView {
  at: number;
}

export class InstanceStore implements InstanceView {
  readonly #byService = new Map<string, Map<string, InstanceRecord>>();
  /** Per service: the sequence number of the last change to its instances. */
  readonly #epochs = new Map<string, number>();
  readonly #leases: LeaseTable;
  #count = 0;
  #tick: Scheduled | undefined;
  /** With a read lag: the state after each write, oldest first; reads take the newest one old enough. */
  #journal: Snapshot[] = [];

  constructor(private readonly options: InstanceStoreOptions) {
    this.#leases = new LeaseTable(options.clock);
    this.settle();
  }

  /** What reads see now: the live state, or with a read lag the last state at least that old. */
  view(): InstanceView {
    const lag = this.options.readLagMs ?? 0;
    if (lag <= 0) return this;
    const horizon = this.options.clock.now() - lag;
    let chosen = 0;
    for (let i = 0; i < this.#journal.length; i++) if (this.#journal[i]!.at <= horizon) chosen = i;
    // Older states can never be read again.
    if (chosen > 0) this.#journal = this.#journal.slice(chosen);
    return this.#journal[0]!;
  }

  /** Makes every write so far visible to reads at once (after seeding, which should not lag). */
  settle(): void {
    if ((this.options.readLagMs ?? 0) <= 0) return;
    this.#journal = [this.#snapshot(Number.NEGATIVE_INFINITY)];
  }

  #commit(): void {
    if ((this.options.readLagMs ?? 0) <= 0) return;
    this.#journal.push(this.#snapshot(this.options.clock.now()));
  }

  #snapshot(at: number): Snapshot {
    const byService = new Map([...this.#byService].map(([id, m]) => [id, new Map([...m].map(([k, r]) => [k, { ...r, instance: structuredClone(r.instance) }]))]));
    const epochs = new Map(this.#epochs);
    return {
      at,
      get: (serviceId, instanceId) => byService.get(serviceId)?.get(instanceId),
      list: (serviceId) => [...(byService.get(serviceId)?.values() ?? [])],
      epoch: (serviceId) => epochs.get(serviceId) ?? 0,
    };
  }

  get count(): number {
    return this.#count;
  }

  get(serviceId: string, instanceId: string): InstanceRecord | undefined {
    return this.#byService.get(serviceId)?.get(instanceId);
  }

  /** The record, or 400017. */
  require(serviceId: string, instanceId: string): InstanceRecord {
    const record = this.get(serviceId, instanceId);
    if (!record) throw instanceNotFound(serviceId, instanceId);
    return record;
  }

  list(serviceId: string): InstanceRecord[] {
    return [...(this.#byService.get(serviceId)?.values() ?? [])];
  }

  *all(): IterableIterator<InstanceRecord> {
    for (const instances of this.#byService.values()) yield* instances.values();
  }

  /** The sequence number of the last change to the service's instances (0: never had any). */
  epoch(serviceId: string): number {
    return this.#epochs.get(serviceId) ?? 0;
  }

  /**
   * Registers an instance of `service`. A customized id that exists is overwritten with the new content,
   * as is, without an id, an instance of the same endpoints (reference §2 Table 2-8, §5.11); either way the
   * lease is renewed and the same id returned.
   */
  register(service: StoredService, input: InstanceInput, options: RegisterOptions = {}): string {
    const instances = this.#instancesOf(service.serviceId);
    const byEndpoints = this.options.sameEndpointsSameId ?? true;
    const existing = input.instanceId !== undefined ? instances.get(input.instanceId) : byEndpoints ? this.#byEndpoints(instances, input.endpoints) : undefined;
    if (existing && !(options.replace ?? this.options.reRegisterReplaces ?? true)) {
      // service-center: re-registering an existing id is a heartbeat; the record stays as it was.
      this.#renew(existing);
      return existing.instance.instanceId;
    }
    if (!existing && this.#count >= this.options.limit) throw quotaExceeded('instances', this.options.limit);
    const instanceId = existing?.instance.instanceId ?? input.instanceId ?? newHexId('instance', `${service.serviceId}/${input.endpoints.join(',')}`);
    const now = epochSeconds(this.options.clock.now());
    const instance: StoredInstance = {
      instanceId,
      serviceId: service.serviceId,
      version: service.version,
      hostName: input.hostName,
      endpoints: [...input.endpoints],
      status: input.status,
      healthCheck: effectiveHealthCheck(input.healthCheck),
      timestamp: now,
      modTimestamp: now,
    };
    if (input.properties !== undefined) instance.properties = { ...input.properties };
    if (input.dataCenterInfo !== undefined) instance.dataCenterInfo = { ...input.dataCenterInfo };
    const record: InstanceRecord = {
      instance,
      rev: this.#changed(service.serviceId),
      managed: options.managed ?? existing?.managed ?? false,
    };
    const owner = options.owner ?? existing?.owner;
    if (owner !== undefined) record.owner = owner;
    if (!existing) this.#count++;
    instances.set(instanceId, record);
    this.#renew(record);
    if (record.managed) this.#startManagedHeartbeats();
    this.#commit();
    return instanceId;
  }

  /** §5.17: renews the lease; not a change of the instance. */
  heartbeat(serviceId: string, instanceId: string): void {
    this.#renew(this.require(serviceId, instanceId));
  }

  setStatus(serviceId: string, instanceId: string, status: InstanceStatus): void {
    const record = this.require(serviceId, instanceId);
    record.instance.status = status;
    this.#touch(record);
    this.#commit();
  }

  /** §5.15: replaces the whole map. */
  setProperties(serviceId: string, instanceId: string, properties: Properties): void {
    const record = this.require(serviceId, instanceId);
    record.instance.properties = { ...properties };
    this.#touch(record);
    this.#commit();
  }

  /** §5.13; also what a lease expiry does. */
  deregister(serviceId: string, instanceId: string): void {
    const instances = this.#byService.get(serviceId);
    if (!instances?.has(instanceId)) throw instanceNotFound(serviceId, instanceId);
    instances.delete(instanceId);
    if (instances.size === 0) this.#byService.delete(serviceId);
    this.#count--;
    this.#leases.cancel(leaseKey(serviceId, instanceId));
    this.#changed(serviceId);
    this.#commit();
  }

  /** Deregisters every instance of a service (forced service deletion). */
  removeService(serviceId: string): void {
    for (const record of this.list(serviceId)) this.deregister(serviceId, record.instance.instanceId);
  }

  #instancesOf(serviceId: string): Map<string, InstanceRecord> {
    let instances = this.#byService.get(serviceId);
    if (!instances) {
      instances = new Map();
      this.#byService.set(serviceId, instances);
    }
    return instances;
  }

  #byEndpoints(instances: Map<string, InstanceRecord>, endpoints: readonly string[]): InstanceRecord | undefined {
    const wanted = [...endpoints].sort().join(',');
    for (const record of instances.values()) {
      if ([...record.instance.endpoints].sort().join(',') === wanted) return record;
    }
    return undefined;
  }

  #touch(record: InstanceRecord): void {
    record.instance.modTimestamp = epochSeconds(this.options.clock.now());
    record.rev = this.#changed(record.instance.serviceId);
  }

  #changed(serviceId: string): number {
    const rev = this.options.seq.next();
    this.#epochs.set(serviceId, rev);
    return rev;
  }

  #renew(record: InstanceRecord): void {
    const { serviceId, instanceId, healthCheck } = record.instance;
    // A managed instance's lease must outlast the gap between two managed heartbeats, whatever its healthCheck says.
    const ttl = record.managed ? Math.max(leaseTtlMs(healthCheck), 2 * MANAGED_HEARTBEAT_MS) : leaseTtlMs(healthCheck);
    this.#leases.renew(leaseKey(serviceId, instanceId), ttl, () => {
      // The lease ran out: the instance is deleted, not marked DOWN (registry-behaviour.md).
      if (this.get(serviceId, instanceId) === record) this.deregister(serviceId, instanceId);
    });
  }

  /** One periodic tick per registry renews every managed instance, so they never expire while their owner runs. */
  #startManagedHeartbeats(): void {
    if (this.#tick) return;
    this.#tick = this.options.clock.every(MANAGED_HEARTBEAT_MS, () => {
      for (const record of this.all()) if (record.managed) this.#renew(record);
    });
  }
}

function leaseKey(serviceId: string, instanceId: string): string {
  return `${serviceId}\u0000${instanceId}`;
}
