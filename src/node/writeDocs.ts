/**
 * Writing the criteria documentation to a folder, and checking that a folder is up to date (Node).
 *
 * @module
 */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type CriteriaDocsOptions, renderCriteriaDocs } from '../docs/docFiles.js';
import type { Framework } from '../format/framework.js';
import { writeFileAtomic } from './output/atomicWrite.js';

/** Result of {@link checkCriteriaDocs}: relative paths, sorted. @category Docs */
export interface CriteriaDocsCheck {
  /** Files whose content differs from what would be generated. */
  readonly stale: readonly string[];
  /** Files that would be generated but do not exist. */
  readonly missing: readonly string[];
  /** Files of the same format in the folder that would not be generated (e.g. a removed version). */
  readonly extra: readonly string[];
  /** True when nothing is stale, missing or extra. */
  readonly upToDate: boolean;
}

// A manual walk: `readdir({ recursive })` entries lack `parentPath` before Node 20.12.
async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(join(dir, prefix), { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const out: string[] = [];
  for (const entry of entries) {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) out.push(...(await listFiles(dir, path)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

function generatedFormat(path: string, format: string): boolean {
  return path.endsWith(`.${format}`);
}

/**
 * Compares a folder with the documentation the frameworks generate.
 *
 * @param frameworks - resolved frameworks
 * @param outDir - the documentation folder, e.g. `docs/criteria`
 * @param options - as for {@link writeCriteriaDocs}
 * @returns stale, missing and extra files
 * @category Docs
 */
export async function checkCriteriaDocs(
  frameworks: readonly Framework[],
  outDir: string,
  options: CriteriaDocsOptions,
): Promise<CriteriaDocsCheck> {
  const files = renderCriteriaDocs(frameworks, options);
  const wanted = new Set(files.map((f) => f.path));
  const stale: string[] = [];
  const missing: string[] = [];
  for (const file of files) {
    const current = await readFile(join(outDir, file.path), 'utf8').catch(() => undefined);
    if (current === undefined) missing.push(file.path);
    else if (current !== file.content) stale.push(file.path);
  }
  const extra = (await listFiles(outDir)).filter((p) => generatedFormat(p, options.format) && !wanted.has(p)).sort();
  return { stale, missing, extra, upToDate: stale.length + missing.length + extra.length === 0 };
}

/**
 * Writes the documentation of frameworks into a folder: `<outDir>/<id>/<version>.<locale>.<format>`
 * and `<outDir>/index.<locale>.<format>`. Output is deterministic. With `prune`, files of the same
 * format that would no longer be generated are deleted.
 *
 * @param frameworks - resolved frameworks
 * @param outDir - the output folder (created when missing)
 * @param options - format, languages, operators, groups, and `prune`
 * @returns the relative paths written and removed
 * @example await writeCriteriaDocs(engine.frameworks(), 'docs/criteria', { format: 'md', operators: engine.operators })
 * @category Docs
 */
export async function writeCriteriaDocs(
  frameworks: readonly Framework[],
  outDir: string,
  options: CriteriaDocsOptions & { readonly prune?: boolean | undefined },
): Promise<{ written: string[]; removed: string[] }> {
  const files = renderCriteriaDocs(frameworks, options);
  for (const file of files) {
    const path = join(outDir, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFileAtomic(path, file.content);
  }
  const removed: string[] = [];
  if (options.prune) {
    const wanted = new Set(files.map((f) => f.path));
    for (const path of await listFiles(outDir)) {
      if (generatedFormat(path, options.format) && !wanted.has(path)) {
        await rm(join(outDir, path));
        removed.push(path);
      }
    }
  }
  return { written: files.map((f) => f.path), removed: removed.sort() };
}
