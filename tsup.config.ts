import { defineConfig } from 'tsup';

// exceljs is an optional dependency loaded on first use: never bundle it (tsup only leaves out
// `dependencies` and `peerDependencies` by itself).
const external = ['exceljs'];

export default defineConfig([
  {
    // The package entries (package.json `exports`): ESM + CJS, each with its types.
    entry: {
      index: 'src/index.ts',
      node: 'src/node.ts',
      criteria: 'src/criteria.ts',
      schema: 'src/schema.ts',
      'aot-runtime': 'src/aot-runtime.ts',
    },
    shims: true,
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    treeshake: true,
    external,
  },
  {
    entry: { cli: 'src/cli/main.ts', worker: 'src/node/batch/workerEntry.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    external,
  },
]);
