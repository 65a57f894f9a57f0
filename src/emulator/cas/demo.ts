// SKELETON — replaced by the CAS implementation.
import type { CasProject } from './project.js';
export function seedCasDemo(_cas: CasProject, _variant: 'main' | 'small'): void {}
