import { describe, expect, it } from 'vitest';
import { bundledDocs, docsDir } from '../scripts/generate-docs.js';
import { checkCriteriaDocs } from '../src/node/writeDocs.js';

describe('docs/criteria', () => {
  it('matches the bundled criteria (run `npx tsx scripts/generate-docs.ts` when this fails)', async () => {
    const { frameworks, options } = await bundledDocs();
    expect(frameworks.length).toBeGreaterThan(0);
    const result = await checkCriteriaDocs(frameworks, docsDir, options);
    expect({ stale: result.stale, missing: result.missing, extra: result.extra }).toEqual({
      stale: [],
      missing: [],
      extra: [],
    });
  });
});
