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
}

export interface InstanceStoreOptions {
  clock: EmulatorClock;
  seq: RevisionSequence;
  /** The per-project instance quota. */
  limit: number;
}

export class InstanceStore {
  readonly #byService = new Map<string, Map<string, InstanceRecord>>();
  /** Per service: the sequence number of the last change to its instances. */
  readonly #epochs = new Map<string, number>();
  readonly #leases: LeaseTable;
  #count = 0;
  #tick: Scheduled | undefined;

  constructor(private readonly options: InstanceStoreOptions) {
    this.#leases = new LeaseTable(options.clock);
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
    const existing = input.instanceId !== undefined ? instances.get(input.instanceId) : this.#byEndpoints(instances, input.endpoints);
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
  }

  /** §5.15: replaces the whole map. */
  setProperties(serviceId: string, instanceId: string, properties: Properties): void {
    const record = this.require(serviceId, instanceId);
    record.instance.properties = { ...properties };
    this.#touch(record);
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
