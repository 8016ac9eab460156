// The built library under test: `npm run build` → dist/index.js (createScorer, evaluateCompiled…)
// and dist/node.js (evaluateNdjson, evaluateBatch: Node-only, worker threads). CDHT_LIB may point
// at another build that exports both.
import { pathToFileURL } from 'node:url';

async function load() {
  if (process.env.CDHT_LIB) return import(pathToFileURL(process.env.CDHT_LIB).href);
  const index = await import(new URL('../dist/index.js', import.meta.url).href);
  const node = await import(new URL('../dist/node.js', import.meta.url).href);
  return { ...index, ...node };
}

/** The library's exports. */
export const cdht = await load();

for (const name of ['createEngine', 'evaluateCompiled', 'createScorer', 'evaluateNdjson']) {
  if (typeof cdht[name] !== 'function') {
    throw new Error(
      `the built library does not export ${name}: re-export it from src/index.ts (createScorer) or src/node.ts (evaluateNdjson, evaluateBatch), then npm run build`,
    );
  }
}
