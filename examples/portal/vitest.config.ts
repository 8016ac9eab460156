import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/api/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    globalSetup: ['test/global-setup.ts'],
    // Two cores: two test files at a time (each runs its own PGlite).
    maxWorkers: 2,
    reporters: ['default', ['json', { outputFile: '.tmp/vitest-results.json' }]],
  },
});
