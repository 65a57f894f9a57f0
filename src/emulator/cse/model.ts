/** The registry's stored records and limits, shared by its parts. */
import type { Framework, HealthCheck, MicroService, MicroServiceInstance, Rule, ServiceEnvironment, ServiceLevel, ServiceStatus } from '../../wire/cse.js';

/** Quotas (registry-behaviour.md "Limits"); injectable so tests can lower them. Exceeding one -> 400100. */
export interface RegistryLimits {
  services: number;
  instances: number;
  schemasPerService: number;
  tagsPerService: number;
}

export const DEFAULT_LIMITS: RegistryLimits = {
  services: 50_000,
  instances: 150_000,
  schemasPerService: 100,
  tagsPerService: 100,
};

/** A microservice as stored: every server-set and defaulted field present. */
export type StoredService = MicroService & {
  serviceId: string;
  environment: ServiceEnvironment;
  level: ServiceLevel;
  status: ServiceStatus;
  schemas: string[];
  framework: Framework;
  timestamp: string;
  modTimestamp: string;
};

export interface StoredSchema {
  schema: string;
  summary?: string;
}

export interface ServiceRecord {
  service: StoredService;
  tags: Record<string, string>;
  rules: Rule[];
  /** Schema content by id; ids listed in service.schemas may have none yet. */
  schemas: Map<string, StoredSchema>;
}

/** An instance as stored: every server-set field present. */
export type StoredInstance = MicroServiceInstance & {
  instanceId: string;
  serviceId: string;
  version: string;
  healthCheck: HealthCheck;
  timestamp: string;
  modTimestamp: string;
};

export interface InstanceRecord {
  instance: StoredInstance;
  /** Number of the instance's last change in the registry's revision sequence. */
  rev: number;
  /** The emulator heartbeats it itself (platform-registered replicas, demo SDK services). */
  managed: boolean;
  /** The CAS component instance that owns it, for platform-registered replicas. */
  owner?: string;
}

/** Registry timestamps are epoch-second strings (reference §5.2 example). */
export function epochSeconds(ms: number): string {
  return String(Math.floor(ms / 1000));
}
