/** Runtimes, flavors and environment resources: snake_case wire fields as graph fields. */
import type { EnvironmentResourceResolvers, FlavorResolvers, RuntimeResolvers } from '../generated/resolvers-types.js';
import type { FlavorModel } from '../loaders/models.js';

export const Runtime: RuntimeResolvers = {
  typeName: (r) => r.type_name,
  displayName: (r) => r.display_name,
  containerDefaultPort: (r) => r.container_default_port ?? null,
  description: (r) => r.type_desc ?? null,
};

export const Flavor: FlavorResolvers = {
  flavorId: (f) => f.flavor_id,
  storageSize: (f) => f.storage_size ?? null,
  numCpu: (f) => f.num_cpu ?? null,
  numCpuInit: (f) => f.num_cpu_init ?? null,
  memorySize: (f) => f.memory_size ?? null,
  memorySizeInit: (f) => f.memory_size_init ?? null,
  custom: (f) => f.custom ?? false,
};

export const EnvironmentResource: EnvironmentResourceResolvers = {
};

/** A custom flavor ID spells its figures: CUSTOM-10G:0.5C-0.25C:1.6Gi-0.8Gi (max then min, §4.5.1). */
export function customFlavor(flavorId: string): FlavorModel | null {
  const m = /^CUSTOM-([\d.]+G):([\d.]+m?)C?-([\d.]+m?)C?:([\d.]+Gi)-([\d.]+Gi)$/.exec(flavorId);
  if (!m) return null;
  const [, storage, cpu, cpuInit, memory, memoryInit] = m as unknown as [string, string, string, string, string, string];
  return {
    flavor_id: flavorId,
    storage_size: storage,
    num_cpu: cpu,
    num_cpu_init: cpuInit,
    memory_size: memory,
    memory_size_init: memoryInit,
    label: `Custom: ${storage} Storage, ${cpu}-${cpuInit} CPU, ${memory}-${memoryInit} Memory`,
    custom: true,
  };
}
