/**
 * Writes the criteria editor — index.html, editor.js (app.js and model.ts bundled with `cdht` and
 * `cdht/criteria` from the built package), editor.css — into a folder to open or serve as static
 * files: `npm run build && npx tsx examples/criteria-editor/build.ts --out editor/`.
 */
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { pickSamples } from './person.js';

const here = fileURLToPath(new URL('.', import.meta.url));

/** How many people of the sample the page carries (each ≈ 0.7 kB). */
const SAMPLE_COUNT = 8;

/**
 * The first people of examples/sample/evidence-2025.ndjson as the module `editor:samples`, so the
 * page has a sample person without fetching anything (its CSP allows no fetch).
 */
async function samplesPlugin(): Promise<Plugin> {
  const text = await readFile(join(here, '..', 'sample', 'evidence-2025.ndjson'), 'utf8');
  const contents = `export default ${JSON.stringify(pickSamples(text, SAMPLE_COUNT))};`;
  return {
    name: 'editor-samples',
    setup(b) {
      b.onResolve({ filter: /^editor:samples$/ }, () => ({ path: 'samples', namespace: 'editor-samples' }));
      b.onLoad({ filter: /.*/, namespace: 'editor-samples' }, () => ({ contents, loader: 'js' }));
    },
  };
}

/**
 * Bundles the editor into `out`.
 *
 * @param out - the folder to write
 * @returns the files written
 */
export async function buildEditor(out: string): Promise<string[]> {
  await mkdir(out, { recursive: true });
  await build({
    entryPoints: [join(here, 'app.js')],
    outfile: join(out, 'editor.js'),
    // No tsconfig: its `paths` would map `cdht` to src/ instead of the built package.
    tsconfigRaw: {},
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    logLevel: 'silent',
    plugins: [await samplesPlugin()],
  });
  await copyFile(join(here, 'index.html'), join(out, 'index.html'));
  await copyFile(join(here, 'editor.css'), join(out, 'editor.css'));
  return ['index.html', 'editor.js', 'editor.css'].map((f) => join(out, f));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf('--out');
  const out = at > 0 ? process.argv[at + 1] : undefined;
  if (!out) {
    console.error('usage: tsx examples/criteria-editor/build.ts --out <folder>');
    process.exit(2);
  }
  for (const file of await buildEditor(out)) console.log(file);
}
