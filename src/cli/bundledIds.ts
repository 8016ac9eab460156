import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  type BundledCaseFile,
  type BundledFramework,
  type BundledPlan,
  type BundledUnitsFile,
  cases,
  frameworks,
  plans,
  units,
} from '../criteria.js';
import { CdhtError, issue, satisfiesRange } from '../index.js';
import { resolveBundledCriteriaDir } from '../node.js';

/**
 * What a command wants from a bundled id: framework files (and the parents they extend), plans,
 * case files or unit(-mapping) files.
 */
export type BundledKind = 'framework' | 'framework+parents' | 'plan' | 'cases' | 'units' | 'any';

type Bundled = BundledFramework | BundledPlan | BundledCaseFile | BundledUnitsFile;

/** `id` or `id@range`. */
function parseRef(ref: string): { id: string; range: string } | undefined {
  const m = /^([a-z][a-z0-9]*(?:-[a-z0-9]+)*)(?:@(\S+))?$/.exec(ref);
  return m ? { id: m[1] as string, range: m[2] ?? '*' } : undefined;
}

const idOf = (b: Bundled): string => ('framework' in b ? b.framework : b.id);

/** The bundled frameworks an `extends` chain reaches from these, the given ones included. */
function withParents(start: readonly BundledFramework[]): BundledFramework[] {
  const out = [...start];
  for (const f of out) {
    // `out` grows while it is walked: each parent found is walked in turn.
    const ref = (f.json as { extends?: unknown }).extends;
    const parsed = typeof ref === 'string' ? parseRef(ref) : undefined;
    if (!parsed) continue;
    for (const f of frameworks)
      if (f.id === parsed.id && satisfiesRange(f.version, parsed.range) && !out.includes(f)) out.push(f);
  }
  return out;
}

function bundledFiles(ref: string, kind: BundledKind): Bundled[] {
  const parsed = parseRef(ref);
  if (!parsed) return [];
  const match = (list: readonly Bundled[]): Bundled[] =>
    list.filter((b) => idOf(b) === parsed.id && satisfiesRange(b.version, parsed.range));
  switch (kind) {
    case 'framework':
      return match(frameworks);
    case 'framework+parents':
      return withParents(match(frameworks) as BundledFramework[]);
    case 'plan':
      return match(plans);
    case 'cases':
      return match(cases);
    case 'units':
      return match(units);
    default: {
      const found = match(frameworks);
      return found.length > 0 ? found : match(plans);
    }
  }
}

function known(kind: BundledKind): string[] {
  const list: readonly Bundled[] =
    kind === 'plan' ? plans : kind === 'cases' ? cases : kind === 'units' ? units : frameworks;
  const ids = [...new Set(list.map(idOf))];
  return kind === 'any' ? [...ids, ...plans.map((p) => p.id)] : ids;
}

/**
 * The paths a command argument names: the file or folder when it exists (relative to the working
 * folder), else the files bundled with cdht under that id (`kon-ray-2022`, `cdht-household@2.0.0`).
 *
 * @param cwd - the working folder
 * @param arg - a path, or a bundled id with an optional version range
 * @param kind - which bundled files an id stands for
 * @returns absolute paths
 * @throws CdhtError `not_found` naming the bundled ids of that kind
 */
export function resolveArg(cwd: string, arg: string, kind: BundledKind): string[] {
  const path = resolve(cwd, arg);
  if (existsSync(path)) return [path];
  const found = bundledFiles(arg, kind);
  if (found.length > 0) return found.map((b) => join(resolveBundledCriteriaDir(), '..', b.file));
  throw new CdhtError([issue('not_found', [], { name: arg, bundled: known(kind) })]);
}

/**
 * {@link resolveArg} over several arguments, in order, without repeats.
 *
 * @param cwd - the working folder
 * @param args - paths or bundled ids
 * @param kind - which bundled files an id stands for
 * @returns absolute paths
 */
export function resolveArgs(cwd: string, args: readonly string[], kind: BundledKind): string[] {
  return [...new Set(args.flatMap((a) => resolveArg(cwd, a, kind)))];
}
