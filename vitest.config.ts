import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql 16 ships CJS (main) and ESM (module); Node loads the CJS copy for yoga, so tests must too,
  // or there are two GraphQLError classes and instanceof fails.
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    include: ['test/**/*.test.ts'],
    // Integration tests start real servers on port 0; a few run in parallel safely.
    pool: 'forks',
    // Most files wait on sockets and child processes, not on a core: vitest's default (cores - 1) is one
    // worker on a 2-core machine, which leaves a core idle while a file waits.
    maxWorkers: Math.max(2, availableParallelism()),
    // Files share a worker's module cache instead of importing yoga, graphql and the gateway again per
    // file (import was 0.9 s of CPU per file, half the suite). They can: every file starts and stops its
    // own servers, and none mocks modules, stubs globals or changes process.env.
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
