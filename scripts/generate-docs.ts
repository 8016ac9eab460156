/**
 * Regenerates docs/criteria/ (Markdown, Vietnamese and English) from the bundled criteria/ files.
 * With --check, writes nothing: reports stale, missing and extra files and exits 1 if any.
 *
 *   npx tsx scripts/generate-docs.ts [--check]
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CriteriaDocsOptions } from '../src/docs/docFiles.js';
import { createEngine } from '../src/engine.js';
import { formatIssues } from '../src/errors/issue.js';
import type { Framework } from '../src/format/framework.js';
import { loadCriteria } from '../src/node/criteriaFiles.js';
import { checkCriteriaDocs, writeCriteriaDocs } from '../src/node/writeDocs.js';

/** Where the committed documentation lives. */
export const docsDir = fileURLToPath(new URL('../docs/criteria/', import.meta.url));
const criteriaDir = fileURLToPath(new URL('../criteria/', import.meta.url));

/** The bundled frameworks and the options the committed documentation is generated with. */
export async function bundledDocs(): Promise<{ frameworks: Framework[]; options: CriteriaDocsOptions }> {
  const engine = createEngine();
  const { frameworks, issues } = await loadCriteria(engine, [criteriaDir]);
  const errors = issues.filter((i) => i.severity !== 'warning');
  if (errors.length > 0) throw new Error(`criteria/ does not load:\n${formatIssues(errors, 'en')}`);
  return {
    frameworks,
    options: {
      format: 'md',
      locales: ['vi', 'en'],
      operators: engine.operators,
      groups: engine.groups,
      bundled: true,
    },
  };
}

async function main(): Promise<void> {
  const { frameworks, options } = await bundledDocs();
  if (process.argv.includes('--check')) {
    const result = await checkCriteriaDocs(frameworks, docsDir, options);
    for (const path of result.stale) console.error(`docs/criteria/${path} is stale`);
    for (const path of result.missing) console.error(`docs/criteria/${path} is missing`);
    for (const path of result.extra) console.error(`docs/criteria/${path} is no longer generated`);
    if (!result.upToDate) {
      console.error('run `npx tsx scripts/generate-docs.ts` and commit docs/criteria/');
      process.exit(1);
    }
    console.log('docs/criteria/ matches criteria/');
    return;
  }
  const { written, removed } = await writeCriteriaDocs(frameworks, docsDir, { ...options, prune: true });
  console.log(
    `wrote ${written.length} files to docs/criteria/${removed.length > 0 ? `, removed ${removed.join(', ')}` : ''}`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
