import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Scorer } from '../src/evaluate/score.js';
import type { EvidenceRecord } from '../src/format/evidence.js';

/** The runtime compiled modules import in tests: the sources of `cdht/aot-runtime`. */
export const RUNTIME = pathToFileURL(new URL('../src/aot-runtime.ts', import.meta.url).pathname).href;

/** A runtime that counts the persons a compiled module gives to its exact path. */
export interface Probe {
  /** Module specifier for `compileScorerModule({ runtime })`. */
  readonly runtime: string;
  /** How many persons the exact path of the modules importing it has scored so far. */
  exactCalls(): number;
}

/**
 * Writes to `dir` a runtime that re-exports `cdht/aot-runtime` with `createModuleScorer` wrapped to
 * count the persons its scorers score. A module's exact path is `createModuleScorer`'s scorer, so a
 * person scored while the count stays put was scored on the fast path — whatever the Score looks like.
 *
 * @param dir - a temporary directory
 * @returns the probe
 */
export async function probeRuntime(dir: string): Promise<Probe> {
  const file = join(dir, 'aot-runtime-probe.mjs');
  writeFileSync(
    file,
    [
      `export * from ${JSON.stringify(RUNTIME)};`,
      `import { createModuleScorer as exactScorer } from ${JSON.stringify(RUNTIME)};`,
      'export const counts = { exact: 0 };',
      'export function createModuleScorer(spec, options) {',
      '  const score = exactScorer(spec, options);',
      '  return (record) => {',
      '    counts.exact++;',
      '    return score(record);',
      '  };',
      '}',
      '',
    ].join('\n'),
  );
  const url = pathToFileURL(file).href;
  const mod = (await import(/* @vite-ignore */ url)) as { counts: { exact: number } };
  return { runtime: url, exactCalls: () => mod.counts.exact };
}

/**
 * Whether a compiled module's scorer scores a person on its fast path (its exact path is not called).
 *
 * @param probe - the runtime the module imports
 * @param score - the module's scorer
 * @param record - the person
 * @returns true on the fast path; throws what the scorer throws
 */
export function onFastPath(probe: Probe, score: Scorer, record: EvidenceRecord): boolean {
  const before = probe.exactCalls();
  score(record);
  return probe.exactCalls() === before;
}
