// cdht compiled ahead of time: bench/framework.json written as a module by compileScorerModule
// (what `cdht compile` writes), imported from a temporary file. No eval: the module is a file.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cdht } from '../lib.mjs';

const letter = { awarded: 'A', 'not-awarded': 'N', undetermined: 'U' };

/** The runtime of the build under test: beside CDHT_LIB (dist/index.js) or in its dist/ (lib-all.mjs). */
function runtimeBeside(lib) {
  const beside = new URL('aot-runtime.js', lib);
  return existsSync(beside) ? beside.href : new URL('dist/aot-runtime.js', lib).href;
}

/** Compiles a framework to a module file and imports it (the runtime from the build under test). */
export async function importCompiled(framework) {
  if (typeof cdht.compileScorerModule !== 'function') return null;
  const engine = cdht.createEngine();
  const runtime = process.env.CDHT_LIB
    ? runtimeBeside(pathToFileURL(process.env.CDHT_LIB))
    : new URL('../../dist/aot-runtime.js', import.meta.url).href;
  const source = cdht.compileScorerModule(engine.compile(engine.load(framework)), { runtime });
  const dir = mkdtempSync(join(tmpdir(), 'cdht-bench-aot-'));
  const file = join(dir, 'scorer.mjs');
  writeFileSync(file, source);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The lean result from the compiled module: same Score as createScorer. */
export function contestant(module) {
  return {
    name: 'cdht compiled module (cdht compile)',
    prepare() {
      const score = module.createScorer();
      return {
        score(record) {
          const s = score(record);
          let decisions = '';
          for (const d of s.decisions) decisions += letter[d];
          return { total: s.total, decisions };
        },
        run: (record) => score(record).total,
      };
    },
  };
}
