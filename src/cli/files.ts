import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CdhtError, type Issue } from '../index.js';
import { readJsonFile } from '../node.js';

/** What a JSON file in a criteria folder is. */
export type FileKind = 'framework' | 'plan' | 'cases' | 'policy' | 'units' | 'mapping' | 'unknown';

/** A JSON file read from disk. */
export interface JsonFile {
  /** Absolute path. */
  readonly file: string;
  readonly json: unknown;
  readonly kind: FileKind;
}

/**
 * Tells a framework, a plan, a case file, a recognition policy, a units file and a unit mapping
 * apart by their content, not their name, so a file named by the user is checked as what it is.
 *
 * @param json - the parsed file
 * @returns the kind
 */
export function kindOf(json: unknown): FileKind {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return 'unknown';
  const v = json as Record<string, unknown>;
  if (Array.isArray(v.cases)) return 'cases';
  if (Array.isArray(v.rules) && 'roles' in v) return 'policy';
  if (Array.isArray(v.units)) return 'units';
  if (Array.isArray(v.entries) && 'effective' in v) return 'mapping';
  if ('metrics' in v || 'scope' in v || 'milestones' in v) return 'plan';
  return 'framework';
}

/**
 * Lists JSON files: each argument is a file, or a folder searched recursively (hidden folders,
 * node_modules, package.json and *.schema.json are skipped), in a stable order.
 *
 * @param paths - files and folders
 * @param cwd - the working folder
 * @returns absolute paths
 */
export async function findJsonFiles(paths: readonly string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (path: string, explicit: boolean): Promise<void> => {
    const info = await stat(path);
    if (info.isDirectory()) {
      for (const name of (await readdir(path)).sort()) {
        if (!name.startsWith('.') && name !== 'node_modules') await walk(join(path, name), false);
      }
    } else if (
      explicit ||
      (path.endsWith('.json') && !path.endsWith('.schema.json') && !/(^|[\\/])package(-lock)?\.json$/.test(path))
    ) {
      out.push(path);
    }
  };
  for (const p of paths) await walk(resolve(cwd, p), true);
  return out;
}

/**
 * Reads and classifies JSON files; unreadable ones become issues.
 *
 * @param paths - files and folders
 * @param cwd - the working folder
 * @returns the files and read problems
 */
export async function readJsonFiles(
  paths: readonly string[],
  cwd: string,
): Promise<{ files: JsonFile[]; issues: Issue[]; count: number }> {
  const files: JsonFile[] = [];
  const issues: Issue[] = [];
  const names = await findJsonFiles(paths, cwd);
  for (const file of names) {
    try {
      const json = await readJsonFile(file);
      files.push({ file, json, kind: kindOf(json) });
    } catch (error) {
      if (error instanceof CdhtError) issues.push(...error.issues);
      else throw error;
    }
  }
  return { files, issues, count: names.length };
}
