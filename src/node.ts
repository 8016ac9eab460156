// Node-only helpers (file system): `import { loadCriteria } from 'cdht/node'`. Re-exports only.

export type { CriteriaDocsCheck } from './docs/writeDocs.js';
export { checkCriteriaDocs, writeCriteriaDocs } from './docs/writeDocs.js';
export type { BatchOptions, BatchTarget } from './evaluate/batch.js';
export { evaluateBatch, evaluateNdjson } from './evaluate/batch.js';
export type { BatchDetail, BatchItem, BatchScore } from './evaluate/batchCore.js';
export type { NdjsonSource } from './evaluate/ndjsonLines.js';
export { bundledCriteriaDir } from './node/bundled.js';
export { findFrameworkFiles, loadCriteria, readFrameworkInputs } from './node/criteriaFiles.js';
export { readJsonFile } from './node/readJson.js';
