// Node-only helpers (file system): `import { loadCriteria } from 'cdht/node'`. Re-exports only.
export { readJsonFile } from './node/readJson.js';
export { findFrameworkFiles, loadCriteria, readFrameworkInputs } from './node/criteriaFiles.js';
export { bundledCriteriaDir } from './node/bundled.js';
export { checkCriteriaDocs, writeCriteriaDocs } from './docs/writeDocs.js';
export type { CriteriaDocsCheck } from './docs/writeDocs.js';
