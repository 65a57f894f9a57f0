/**
 * The demo data set, per project: CAS data first (its running `cse` instances register their
 * replicas), then the registry's own additions (schemas, dependencies, standalone services).
 * Its ids are seeded by the project (ids.ts): the same at every start.
 */
import type { EmulatorState } from './state.js';
import { withSeededIds } from './ids.js';
import { seedCasDemo } from './cas/demo.js';
import { seedRegistryDemo } from './cse/demo.js';

export function seedDemo(state: EmulatorState): void {
  for (const [index, project] of state.projects.entries()) {
    const variant = index === 0 ? 'main' : 'small';
    withSeededIds(`demo/${project.id}`, () => {
      seedCasDemo(state.cas(project.id), variant);
      seedRegistryDemo(state.registry(project.id), variant);
    });
  }
}
