/**
 * Writes the SYNTHETIC Kon Rẫy sample population into examples/sample/.
 * Usage: npx tsx scripts/generate-sample.ts [--seed 2025] [--persons 4000] [--out examples/sample]
 * The same seed always writes byte-identical files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sampleFiles } from '../examples/sample/files.js';
import { generateSamplePopulation } from '../examples/sample/generate.js';
import { generateTwoTierRecords } from '../examples/sample/twoTier.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '2025' },
    persons: { type: 'string', default: '4000' },
    out: { type: 'string', default: 'examples/sample' },
  },
});
const population = generateSamplePopulation({ seed: Number(values.seed), persons: Number(values.persons) });
const twoTier = generateTwoTierRecords();
mkdirSync(values.out, { recursive: true });
for (const [name, content] of Object.entries(sampleFiles(population, { twoTier }))) {
  writeFileSync(join(values.out, name), content);
  console.log(`${join(values.out, name)}  ${Buffer.byteLength(content)} bytes`);
}
console.log(
  `${population.records.length} persons (${population.planted.length} rows with planted errors), ${population.cadres.length} cadres, ${population.population.length} population rows; ${twoTier.length} dossiers under two-tier units`,
);
