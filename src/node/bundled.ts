import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The folder of the criteria frameworks and plans bundled with the package.
 *
 * @returns an absolute path
 * @category Node
 */
export function resolveBundledCriteriaDir(): string {
  // Built code lives in dist/, sources in src/node/: try both depths.
  for (const rel of ['../criteria/', '../../criteria/']) {
    const path = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(path)) return path;
  }
  return fileURLToPath(new URL('../criteria/', import.meta.url));
}
