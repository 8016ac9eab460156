import type { Issue, JsonPath } from '../errors/issue.js';
import { CdhtError } from '../errors/issue.js';
import type { Metric, PlanFile } from '../format/plan.js';
import { MetricSchema, PlanFileSchema } from '../format/plan.js';
import type { OperatorTable } from '../rules/types.js';
import { checkPlan } from './checkPlan.js';
import { normalizeJson } from '../framework/normalize.js';
import { compareVersions, satisfiesRange } from '../framework/semver.js';
import { fromZodIssues, planIssue } from './issues.js';
import { planJsonSchema, schemaIssues } from './planSchema.js';
import { compileMetricRule } from './metricRule.js';
import type { Plan, PlanMetric } from './plan.js';

/** Options of {@link loadPlan}. */
export interface LoadPlanOptions {
  /** File name, put on every issue. */
  readonly file?: string;
  /** Loaded plans an `extends` may name. */
  readonly plans?: Iterable<Plan>;
  /** Extra json-logic operators metric rules may use (plugins). */
  readonly operators?: OperatorTable;
}

/** Result of {@link safeLoadPlan}. */
export type LoadPlanResult = { success: true; plan: Plan } | { success: false; issues: [Issue, ...Issue[]] };

/** The highest loaded version of the parent that the `extends` range admits (`id` alone: any). */
const findParent = (ref: string, plans: Iterable<Plan>): Plan | undefined => {
  const at = ref.indexOf('@');
  const id = at < 0 ? ref : ref.slice(0, at);
  const range = at < 0 ? '*' : ref.slice(at + 1);
  let best: Plan | undefined;
  for (const p of plans) {
    if (p.id !== id || !satisfiesRange(p.version, range)) continue;
    if (!best || compareVersions(p.version, best.version) > 0) best = p;
  }
  return best;
};

const metricData = (m: PlanMetric): Metric => {
  const { inPopulation: _p, isCounted: _c, ...data } = m;
  return data;
};

/** Where each resolved metric was last written: own metric, override, or inherited (`extends`). */
type MetricPaths = Map<string, JsonPath>;

/** Inherited metrics after `remove` and `overrides`, then the plan's own; issues for unknown ids. */
const resolveMetrics = (
  file: PlanFile,
  parent: Plan | undefined,
  own: readonly Metric[],
  issues: Issue[],
  paths: MetricPaths,
  fileName?: string,
): Metric[] => {
  const removed = new Set(file.remove ?? []);
  const inherited = (parent?.metrics ?? []).filter((m) => !removed.has(m.id)).map(metricData);
  const byId = new Map(inherited.map((m) => [m.id, m]));
  for (const m of inherited) paths.set(m.id, ['extends']);
  for (const id of removed) {
    if (!parent?.metrics.some((m) => m.id === id))
      issues.push(
        planIssue(
          'unknown_reference',
          ['remove'],
          `Không có chỉ số kế thừa "${id}" để bỏ.`,
          `No inherited metric "${id}" to remove.`,
          fileName,
        ),
      );
  }
  for (const [id, change] of Object.entries(file.overrides?.metrics ?? {})) {
    const base = byId.get(id);
    if (!base) {
      issues.push(
        planIssue(
          'unknown_reference',
          ['overrides', 'metrics', id],
          `Không có chỉ số kế thừa "${id}" để sửa.`,
          `No inherited metric "${id}" to override.`,
          fileName,
        ),
      );
      continue;
    }
    const merged = MetricSchema.safeParse({ ...base, ...change });
    if (merged.success) {
      byId.set(id, merged.data);
      paths.set(id, ['overrides', 'metrics', id]);
    } else
      issues.push(
        ...fromZodIssues(merged.error.issues, 'schema_violation', fileName).map((i) => ({
          ...i,
          path: ['overrides', 'metrics', id, ...i.path],
        })),
      );
  }
  for (const [index, m] of own.entries()) {
    if (byId.has(m.id))
      issues.push(
        planIssue(
          'duplicate_id',
          ['metrics', index, 'id'],
          `Chỉ số "${m.id}" đã có.`,
          `Metric "${m.id}" is defined twice.`,
          fileName,
        ),
      );
    else {
      byId.set(m.id, m);
      paths.set(m.id, ['metrics', index]);
    }
  }
  return [...byId.values()];
};

const compileMetric = (
  m: Metric,
  path: JsonPath,
  issues: Issue[],
  options: LoadPlanOptions,
): PlanMetric | undefined => {
  const population = compileMetricRule(m.population, options.operators);
  const counted = compileMetricRule(m.counted, options.operators);
  const broken = (where: 'population' | 'counted', found: readonly Issue[]) =>
    found.map((i) => ({
      ...i,
      path: [...path, where, ...i.path],
      ...(options.file === undefined ? {} : { file: options.file }),
    }));
  if (typeof population !== 'function') issues.push(...broken('population', population));
  if (typeof counted !== 'function') issues.push(...broken('counted', counted));
  if (typeof population !== 'function' || typeof counted !== 'function') return undefined;
  return Object.freeze({ ...m, inPopulation: population, isCounted: counted });
};

/**
 * Loads a target plan: validates it, resolves `extends` against already loaded plans, checks
 * dates and ids, and compiles metric rules once. Never throws.
 *
 * @param json - the parsed plan file
 * @param options - file name and plans an `extends` may name
 * @returns the plan, or every issue found
 * @category Plans
 */
export function safeLoadPlan(json: unknown, options: LoadPlanOptions = {}): LoadPlanResult {
  const fileName = options.file;
  const value = normalizeJson(json);
  const parsed = PlanFileSchema.safeParse(value);
  if (!parsed.success)
    return {
      success: false,
      issues: schemaIssues(planJsonSchema(), value, parsed.error.issues, fileName),
    };
  const file = parsed.data;
  const issues: Issue[] = [];
  let parent: Plan | undefined;
  if (file.extends !== undefined) {
    if (file.extends.split('@')[0] === file.id)
      issues.push(
        planIssue(
          'extends_cycle',
          ['extends'],
          `Kế hoạch "${file.id}" không thể kế thừa chính nó.`,
          `Plan "${file.id}" cannot extend itself.`,
          fileName,
        ),
      );
    else {
      parent = findParent(file.extends, options.plans ?? []);
      if (!parent)
        issues.push(
          planIssue(
            'missing_parent',
            ['extends'],
            `Không tìm thấy kế hoạch "${file.extends}" để kế thừa.`,
            `Parent plan "${file.extends}" was not found; pass it in options.plans.`,
            fileName,
          ),
        );
    }
  }
  // Without its parent, overrides and removals cannot be checked: report only the missing parent.
  const paths: MetricPaths = new Map();
  const resolved = resolveMetrics(
    parent || file.extends === undefined ? file : { ...file, overrides: {}, remove: [] },
    parent,
    file.metrics ?? [],
    issues,
    paths,
    fileName,
  );
  const metrics = resolved
    .map((m) => compileMetric(m, paths.get(m.id) ?? ['metrics'], issues, options))
    .filter((m): m is PlanMetric => m !== undefined);
  const reporting = file.reporting ?? parent?.reporting;
  const plan: Plan = {
    id: file.id,
    version: file.version,
    ref: `${file.id}@${file.version}`,
    lineage: parent ? [parent.ref, ...parent.lineage] : [],
    title: file.title,
    source: file.source,
    ...(file.verification === undefined ? {} : { verification: file.verification }),
    period: file.period,
    scope: file.scope,
    metrics,
    milestones: file.milestones ?? [],
    ...(reporting === undefined ? {} : { reporting }),
    notes: file.notes ?? [],
  };
  issues.push(...checkPlan(plan, (id) => paths.get(id) ?? ['metrics'], fileName));
  if (plan.metrics.length === 0 && issues.length === 0)
    issues.push(
      planIssue(
        'missing_metrics',
        ['metrics'],
        'Kế hoạch không có chỉ số nào.',
        'The plan has no metrics.',
        fileName,
      ),
    );
  const [first, ...rest] = issues;
  if (first) return { success: false, issues: [first, ...rest] };
  return { success: true, plan: Object.freeze(plan) };
}

/**
 * Loads a target plan like {@link safeLoadPlan}, throwing a CdhtError with every issue.
 *
 * @param json - the parsed plan file
 * @param options - file name and plans an `extends` may name
 * @returns the frozen plan
 * @throws CdhtError when the plan has issues
 * @example
 * const national = loadPlan(qd677);
 * const konRay = loadPlan(konRayJson, { plans: [national] });
 * @category Plans
 */
export function loadPlan(json: unknown, options: LoadPlanOptions = {}): Plan {
  const result = safeLoadPlan(json, options);
  if (!result.success) throw new CdhtError(result.issues);
  return result.plan;
}
