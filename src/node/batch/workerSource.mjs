// Worker entry when cdht runs from its TypeScript sources (tests, tsx): loads workerEntry.ts through
// tsx. Built packages start dist/worker.js instead.
import { tsImport } from 'tsx/esm/api';

await tsImport('./workerEntry.ts', import.meta.url);
