/**
 * Writes schema/*.schema.json from the zod formats; with --check, fails when the committed files
 * differ from what the zod source generates (so the two can never drift).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { allJsonSchemas } from '../src/format/allSchemas.js';

const dir = fileURLToPath(new URL('../schema/', import.meta.url));
const check = process.argv.includes('--check');
let stale = 0;
await mkdir(dir, { recursive: true });
for (const [name, schema] of Object.entries(allJsonSchemas())) {
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  const path = `${dir}${name}`;
  if (check) {
    const current = await readFile(path, 'utf8').catch(() => '');
    if (current !== text) {
      stale++;
      console.error(`schema/${name} is stale: run \`npm run schema\` and commit it`);
    }
  } else {
    await writeFile(path, text);
    console.log(`wrote schema/${name}`);
  }
}
if (stale > 0) process.exit(1);
if (check) console.log('schema/ matches the zod formats');
