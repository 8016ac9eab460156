import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type Engine, type Issue, type Plan, safeLoadPlan } from '../index.js';
import { readJsonFile, resolveBundledCriteriaDir } from '../node.js';

/** A plan file to load. */
export interface PlanInput {
  readonly file: string;
  readonly json: unknown;
}

function idOf(json: unknown): { id?: string; parent?: string } {
  const v = json as { id?: unknown; extends?: unknown } | null;
  if (!v || typeof v !== 'object') return {};
  return {
    ...(typeof v.id === 'string' ? { id: v.id } : {}),
    ...(typeof v.extends === 'string' ? { parent: v.extends.split('@')[0] as string } : {}),
  };
}

/**
 * Loads plan files, parents before children whatever the order given.
 *
 * @param inputs - plan files
 * @param base - already loaded plans an `extends` may name
 * @returns plans by file, and every problem
 */
export function loadPlanInputs(
  inputs: readonly PlanInput[],
  base: readonly Plan[] = [],
  engine?: PlanEngine,
): { byFile: Map<string, Plan>; issues: Issue[] } {
  const loaded: Plan[] = [...base];
  const byFile = new Map<string, Plan>();
  const issues: Issue[] = [];
  let pending = [...inputs];
  while (pending.length > 0) {
    // Ready: no parent, or no pending plan could be the parent.
    const ready = pending.filter((p) => {
      const { parent } = idOf(p.json);
      return parent === undefined || !pending.some((q) => q !== p && idOf(q.json).id === parent);
    });
    const batch = ready.length > 0 ? ready : pending;
    for (const p of batch) {
      const r = safeLoadPlan(p.json, { file: p.file, plans: loaded, ...pluginParts(engine) });
      if (r.success) {
        loaded.push(r.plan);
        byFile.set(p.file, r.plan);
      } else issues.push(...r.issues);
    }
    pending = pending.filter((p) => !batch.includes(p));
  }
  return { byFile, issues };
}

/**
 * Reads the plan files bundled with the package (criteria/plans).
 *
 * @returns the inputs
 */
export async function bundledPlanInputs(): Promise<PlanInput[]> {
  const dir = join(resolve(resolveBundledCriteriaDir()), 'plans');
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  } catch {
    return [];
  }
  const out: PlanInput[] = [];
  for (const name of names) out.push({ file: join(dir, name), json: await readJsonFile(join(dir, name)) });
  return out;
}

/**
 * Loads one plan file, its parents found among the plans in the same folder and the bundled plans.
 *
 * @param file - the plan file (absolute)
 * @returns the plan, or the problems
 */
export async function loadPlanFile(
  file: string,
  engine?: PlanEngine,
): Promise<{ plan: Plan | undefined; issues: Issue[] }> {
  const target = resolve(file);
  const json = await readJsonFile(target);
  const folder = join(target, '..');
  const siblings: PlanInput[] = [];
  for (const name of (await readdir(folder)).filter((n) => n.endsWith('.json')).sort()) {
    const path = join(folder, name);
    if (path === target) continue;
    try {
      const sibling = await readJsonFile(path);
      if (sibling && typeof sibling === 'object' && 'scope' in sibling) siblings.push({ file: path, json: sibling });
    } catch {
      // A broken neighbour is not this plan's problem.
    }
  }
  const known = new Set(siblings.map((s) => s.file));
  const bundled = (await bundledPlanInputs()).filter((b) => !known.has(b.file) && b.file !== target);
  const parents = loadPlanInputs([...bundled, ...siblings], [], engine);
  const r = safeLoadPlan(json, { file: target, plans: [...parents.byFile.values()], ...pluginParts(engine) });
  return r.success ? { plan: r.plan, issues: [] } : { plan: undefined, issues: [...r.issues] };
}

/** What plan loading takes from an engine: plugin operators and metrics. */
export type PlanEngine = Pick<Engine, 'operators' | 'metrics'>;

function pluginParts(engine: PlanEngine | undefined): { operators?: Engine['operators']; metrics?: Engine['metrics'] } {
  return engine === undefined ? {} : { operators: engine.operators, metrics: engine.metrics };
}
