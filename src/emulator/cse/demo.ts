// SKELETON — replaced by the CSE implementation.
import type { Registry } from './registry.js';
export function seedRegistryDemo(_registry: Registry, _variant: 'main' | 'small'): void {}
