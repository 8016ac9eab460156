import { defineConfig } from 'vitest/config';

// Browser tests: Debian's Chromium driven by playwright-core against a portal on loopback.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    fileParallelism: false,
    globalSetup: ['test/global-setup.ts'],
    reporters: ['default', ['json', { outputFile: '.tmp/vitest-e2e-results.json' }]],
  },
});
