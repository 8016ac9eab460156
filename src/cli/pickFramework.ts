import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CdhtError, type Engine, type Framework, type Issue, issue } from '../index.js';
import { readJsonFile } from '../node.js';

import { criteriaSource, isError, loadEngine } from './criteria.js';
import type { CliIo } from './io.js';

/**
 * Loads the criteria and finds one framework named on the command line: an id (`cdht-household`),
 * `id@version`, or a framework file, which is loaded over the bundled criteria.
 *
 * @param io - working folder, plugins
 * @param name - id, id@version or file path
 * @param criteria - `--criteria` paths
 * @param version - `--version`, when given
 * @param bundled - load the bundled criteria underneath (false: `--no-bundled`, when `--criteria` names files)
 * @returns the engine and the framework
 * @throws CdhtError when the criteria have errors or the framework is unknown
 */
export async function pickFramework(
  io: CliIo,
  name: string,
  criteria: readonly string[],
  version?: string,
  bundled = true,
): Promise<{ engine: Engine; framework: Framework }> {
  const isFile = name.endsWith('.json') && existsSync(resolve(io.cwd, name));
  const { engine, issues } = await loadEngine(io, criteriaSource(isFile ? [...criteria, name] : criteria, !bundled));
  const errors = issues.filter(isError);
  const [first, ...rest] = errors;
  if (first) throw new CdhtError([first, ...rest]);
  let id = name;
  let v = version;
  if (isFile) {
    const json = (await readJsonFile(resolve(io.cwd, name))) as { id?: unknown; version?: unknown };
    id = String(json.id);
    v = String(json.version);
  } else if (name.includes('@')) {
    [id, v] = name.split('@') as [string, string];
  }
  const framework = engine.get(id, v);
  if (!framework) throw new CdhtError([unknownFramework(name, engine)]);
  return { engine, framework };
}

function unknownFramework(name: string, engine: Engine): Issue {
  const known = [...new Set(engine.frameworks().map((f) => f.id))].sort();
  return issue('unknown_framework', [], { kind: 'unknown_name', name, known });
}
