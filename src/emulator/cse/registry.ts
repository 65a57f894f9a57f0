// SKELETON — replaced by the CSE implementation.
import type { EmulatorClock } from '../clock.js';
import type { PlatformRegistry, ReplicaSet } from '../coupling.js';

export interface RegistryOptions {
  projectId: string;
  clock: EmulatorClock;
}

export class Registry implements PlatformRegistry {
  constructor(readonly options: RegistryOptions) {}
  syncReplicas(_set: ReplicaSet): void {}
  removeReplicas(_owner: string): void {}
}
