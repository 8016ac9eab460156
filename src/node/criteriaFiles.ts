import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Engine } from '../engine.js';
import { CdhtError, type Issue } from '../errors/issue.js';
import type { Framework } from '../format/framework.js';
import type { FrameworkInput } from '../framework/load.js';
import { readJsonFile } from './readJson.js';

/**
 * Whether a file under a criteria folder is a framework (not a case file, a plan, a recognition
 * policy, a units or mapping file, or a population table).
 */
function isFrameworkFile(path: string): boolean {
  return (
    path.endsWith('.json') &&
    !path.endsWith('.cases.json') &&
    !/[\\/](plans|policies|units)[\\/]/.test(path) &&
    !path.endsWith('package.json')
  );
}

/**
 * Lists framework files: each argument is a file, or a folder searched recursively (case files
 * `*.cases.json` and `plans/`, `policies/` and `units/` folders are skipped), in a stable order.
 *
 * @param paths - files and folders
 * @returns file paths
 * @category Node
 */
export async function findFrameworkFiles(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (path: string, explicit: boolean): Promise<void> => {
    const info = await stat(path);
    if (info.isDirectory()) {
      const names = (await readdir(path)).sort();
      for (const name of names)
        if (!name.startsWith('.') && name !== 'node_modules') await walk(join(path, name), false);
    } else if (explicit || isFrameworkFile(path)) out.push(path);
  };
  for (const p of paths) await walk(p, true);
  return out;
}

/**
 * Reads framework files and folders into load inputs; unreadable files become issues.
 *
 * @param paths - files and folders
 * @returns inputs and read problems
 * @category Node
 */
export async function readFrameworkInputs(
  paths: readonly string[],
): Promise<{ inputs: FrameworkInput[]; issues: Issue[] }> {
  const inputs: FrameworkInput[] = [];
  const issues: Issue[] = [];
  for (const file of await findFrameworkFiles(paths)) {
    try {
      inputs.push({ file, json: await readJsonFile(file) });
    } catch (error) {
      if (error instanceof CdhtError) issues.push(...error.issues);
      else throw error;
    }
  }
  return { inputs, issues };
}

/**
 * Loads every framework in the given files and folders into an engine.
 *
 * @param engine - the engine
 * @param paths - files and folders
 * @returns the frameworks loaded and every problem found
 * @example const { frameworks, issues } = await loadCriteria(engine, ['criteria']);
 * @category Node
 */
export async function loadCriteria(
  engine: Engine,
  paths: readonly string[],
): Promise<{ frameworks: Framework[]; issues: Issue[] }> {
  const { inputs, issues } = await readFrameworkInputs(paths);
  const r = engine.loadAll(inputs);
  return { frameworks: r.frameworks, issues: [...issues, ...r.issues] };
}
