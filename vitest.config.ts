import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Integration tests start real servers on port 0; a few run in parallel safely.
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
