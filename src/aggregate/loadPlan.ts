import type { Issue } from '../errors/issue.js';
import { CdhtError } from '../errors/issue.js';
import type { Metric, PlanFile } from '../format/plan.js';
import { MetricSchema, PlanFileSchema } from '../format/plan.js';
import { fromZodIssues, planIssue } from './issues.js';
import { compileMetricRule } from './metricRule.js';
import type { Plan, PlanMetric } from './plan.js';
import { checkPlan } from './checkPlan.js';

/** Options of {@link loadPlan}. */
export interface LoadPlanOptions {
  /** File name, put on every issue. */
  readonly file?: string;
  /** Loaded plans an `extends` may name. */
  readonly plans?: Iterable<Plan>;
}

/** Result of {@link safeLoadPlan}. */
export type LoadPlanResult = { success: true; plan: Plan } | { success: false; issues: [Issue, ...Issue[]] };

const compareVersions = (a: string, b: string): number => {
  const pa = a.split(/[.-]/).map(Number);
  const pb = b.split(/[.-]/).map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
};

const findParent = (ref: string, plans: Iterable<Plan>): Plan | undefined => {
  const [id, version] = ref.split('@');
  let best: Plan | undefined;
  for (const p of plans) {
    if (p.id !== id || (version !== undefined && p.version !== version)) continue;
    if (!best || compareVersions(p.version, best.version) > 0) best = p;
  }
  return best;
};

const metricData = (m: PlanMetric): Metric => {
  const { inPopulation: _p, isCounted: _c, ...data } = m;
  return data;
};

/** Inherited metrics after `remove` and `overrides`, then the plan's own; issues for unknown ids. */
const resolveMetrics = (file: PlanFile, parent: Plan | undefined, own: readonly Metric[], issues: Issue[], fileName?: string): Metric[] => {
  const removed = new Set(file.remove ?? []);
  const inherited = (parent?.metrics ?? []).filter((m) => !removed.has(m.id)).map(metricData);
  const byId = new Map(inherited.map((m) => [m.id, m]));
  for (const id of removed) {
    if (!parent?.metrics.some((m) => m.id === id))
      issues.push(planIssue('metric_unknown', ['remove'], `Không có chỉ số kế thừa "${id}" để bỏ.`, `No inherited metric "${id}" to remove.`, fileName));
  }
  for (const [id, change] of Object.entries(file.overrides?.metrics ?? {})) {
    const base = byId.get(id);
    if (!base) {
      issues.push(planIssue('metric_unknown', ['overrides', 'metrics', id], `Không có chỉ số kế thừa "${id}" để sửa.`, `No inherited metric "${id}" to override.`, fileName));
      continue;
    }
    const merged = MetricSchema.safeParse({ ...base, ...change });
    if (merged.success) byId.set(id, merged.data);
    else issues.push(...fromZodIssues(merged.error.issues, 'plan_invalid', fileName).map((i) => ({ ...i, path: ['overrides', 'metrics', id, ...i.path] })));
  }
  for (const [index, m] of own.entries()) {
    if (byId.has(m.id))
      issues.push(planIssue('metric_duplicate', ['metrics', index, 'id'], `Chỉ số "${m.id}" đã có.`, `Metric "${m.id}" is defined twice.`, fileName));
    else byId.set(m.id, m);
  }
  return [...byId.values()];
};

const compileMetric = (m: Metric, index: number, issues: Issue[], fileName?: string): PlanMetric | undefined => {
  try {
    return Object.freeze({ ...m, inPopulation: compileMetricRule(m.population), isCounted: compileMetricRule(m.counted) });
  } catch (cause) {
    const why = cause instanceof Error ? cause.message : String(cause);
    issues.push(planIssue('metric_rule_invalid', ['metrics', index], `Quy tắc của chỉ số "${m.id}" không hợp lệ: ${why}`, `Rule of metric "${m.id}" is invalid: ${why}`, fileName));
    return undefined;
  }
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
  const parsed = PlanFileSchema.safeParse(json);
  if (!parsed.success) return { success: false, issues: fromZodIssues(parsed.error.issues, 'plan_invalid', fileName) as [Issue, ...Issue[]] };
  const file = parsed.data;
  const issues: Issue[] = [];
  let parent: Plan | undefined;
  if (file.extends !== undefined) {
    if (file.extends.split('@')[0] === file.id)
      issues.push(planIssue('plan_extends_cycle', ['extends'], `Kế hoạch "${file.id}" không thể kế thừa chính nó.`, `Plan "${file.id}" cannot extend itself.`, fileName));
    else {
      parent = findParent(file.extends, options.plans ?? []);
      if (!parent)
        issues.push(planIssue('plan_extends_not_found', ['extends'], `Không tìm thấy kế hoạch "${file.extends}" để kế thừa.`, `Parent plan "${file.extends}" was not found; pass it in options.plans.`, fileName));
    }
  }
  // Without its parent, overrides and removals cannot be checked: report only the missing parent.
  const resolved = resolveMetrics(parent || file.extends === undefined ? file : { ...file, overrides: {}, remove: [] }, parent, file.metrics ?? [], issues, fileName);
  const metrics = resolved.map((m, i) => compileMetric(m, i, issues, fileName)).filter((m): m is PlanMetric => m !== undefined);
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
  issues.push(...checkPlan(plan, fileName));
  if (plan.metrics.length === 0 && issues.length === 0)
    issues.push(planIssue('plan_no_metrics', ['metrics'], 'Kế hoạch không có chỉ số nào.', 'The plan has no metrics.', fileName));
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
