import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'examples/**/*.test.ts'],
    // The portal runs its own tests with its own dependencies (npm run test:portal).
    exclude: [...configDefaults.exclude, 'examples/portal/**'],
    testTimeout: 60_000,
    pool: 'forks',
    // The JSON results let CI print a plain "N passed, N failed" closing line.
    reporters: ['default', ['json', { outputFile: '.tmp/vitest-results.json' }]],
  },
});
