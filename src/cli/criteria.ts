import { resolve } from 'node:path';
import { createEngine, type Engine, type FrameworkInput, type Issue } from '../index.js';
import { readFrameworkInputs, resolveBundledCriteriaDir } from '../node.js';

import { resolveArgs } from './bundledIds.js';
import type { CliIo } from './io.js';

/** Where frameworks come from: the user's files and whether the bundled criteria are underneath. */
export interface CriteriaSource {
  /** Files and folders named by `--criteria` (relative to the working folder), or bundled framework ids. */
  readonly paths: readonly string[];
  /** Load the bundled criteria too (default true); the user's versions win on the same id@version. */
  readonly bundled: boolean;
}

/** The identity of a framework file, when it has one. */
function keyOf(input: FrameworkInput): string | undefined {
  const v = input.json as { id?: unknown; version?: unknown } | null;
  return v && typeof v === 'object' && typeof v.id === 'string' && typeof v.version === 'string'
    ? `${v.id}@${v.version}`
    : undefined;
}

/**
 * Reads framework inputs: the user's files plus, underneath, the bundled criteria except the
 * versions the user supplies, so a local framework can `extends` an official one.
 *
 * @param io - for the working folder
 * @param source - user paths and the bundled switch
 * @returns the inputs (user files flagged) and read problems
 */
export async function readCriteria(
  io: CliIo,
  source: CriteriaSource,
): Promise<{ inputs: FrameworkInput[]; issues: Issue[] }> {
  const user = await readFrameworkInputs(resolveArgs(io.cwd, source.paths, 'framework+parents'));
  if (!source.bundled) return user;
  const base = await bundledUnderneath(user.inputs);
  return { inputs: [...base.inputs, ...user.inputs], issues: [...base.issues, ...user.issues] };
}

/**
 * The bundled frameworks a set of user files does not replace (same file or same id@version).
 *
 * @param user - the user's framework inputs
 * @returns the bundled inputs to load underneath, and read problems
 */
export async function bundledUnderneath(
  user: readonly FrameworkInput[],
): Promise<{ inputs: FrameworkInput[]; issues: Issue[] }> {
  const own = new Set(user.map((i) => resolve(i.file ?? '')));
  const mine = new Set(user.map(keyOf).filter((k): k is string => k !== undefined));
  const base = await readFrameworkInputs([resolve(resolveBundledCriteriaDir())]);
  const inputs = base.inputs.filter((i) => !own.has(resolve(i.file ?? '')) && !mine.has(keyOf(i) ?? ''));
  return { inputs, issues: base.issues };
}

/**
 * Creates an engine with the `--plugin` plugins and loads criteria into it.
 *
 * @param io - plugins, language, working folder
 * @param source - which criteria
 * @returns the engine, every problem (errors mean some framework did not load) and the inputs it loaded
 */
export async function loadEngine(
  io: CliIo,
  source: CriteriaSource,
): Promise<{ engine: Engine; issues: Issue[]; inputs: FrameworkInput[] }> {
  const engine = createEngine({ plugins: io.plugins, locale: io.lang });
  const { inputs, issues } = await readCriteria(io, source);
  const r = engine.loadAll(inputs);
  return { engine, issues: [...issues, ...r.issues], inputs };
}

/**
 * The criteria source of a command from its `--criteria` and `--no-bundled` options.
 *
 * @param paths - `--criteria` values
 * @param noBundled - whether `--no-bundled` was given
 * @returns the source: the bundled criteria when no path is given
 */
export function criteriaSource(paths: readonly string[], noBundled: boolean): CriteriaSource {
  return { paths, bundled: paths.length === 0 || !noBundled };
}

/** Whether an issue is an error (not a warning). */
export function isError(i: Issue): boolean {
  return i.severity !== 'warning';
}
