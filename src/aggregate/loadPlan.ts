import { CdhtError, type Issue, type JsonPath } from '../errors/issue.js';
import { toolingIssue } from '../errors/toolingIssue.js';
import type { Metric } from '../format/plan.js';
import { PlanFileSchema } from '../format/plan.js';
import { normalizeJson } from '../framework/normalize.js';
import type { OperatorTable } from '../rules/types.js';
import { _bundledPlan } from './bundledParent.js';
import { checkPlan } from './checkPlan.js';
import { compileMetricRule } from './metricRule.js';
import type { MetricDefinition, MetricRow, Plan, PlanMetric } from './plan.js';
import { schemaIssues } from './planSchema.js';
import { findParent, type MetricPaths, resolveMetrics } from './resolvePlan.js';

/** Options of {@link loadPlan}. */
export interface LoadPlanOptions {
  /** File name, put on every issue. */
  readonly file?: string;
  /** Loaded plans an `extends` may name; they win over the bundled plans. */
  readonly plans?: Iterable<Plan>;
  /**
   * Resolve an `extends` that `plans` does not satisfy against the plans bundled with cdht
   * (`cdht/criteria`), by id and version range (default true).
   */
  readonly bundled?: boolean;
  /** Extra json-logic operators metric rules may use (plugins). */
  readonly operators?: OperatorTable;
  /** Plugin metrics a metric may name with `use` (`engine.metrics`). */
  readonly metrics?: Readonly<Record<string, MetricDefinition>>;
}

/** Result of {@link safeLoadPlan}. */
export type LoadPlanResult = { success: true; plan: Plan } | { success: false; issues: [Issue, ...Issue[]] };

const compileMetric = (
  m: Metric,
  path: JsonPath,
  issues: Issue[],
  options: LoadPlanOptions,
): PlanMetric | undefined => {
  if (m.use !== undefined) {
    const def = options.metrics && Object.hasOwn(options.metrics, m.use) ? options.metrics[m.use] : undefined;
    const problem = (found: Issue): undefined => {
      issues.push(found);
      return undefined;
    };
    const at = [...path, 'use'];
    if (m.population !== undefined || m.counted !== undefined) {
      return problem(toolingIssue('invalid_metric', at, { metric: m.id }, { file: options.file }));
    }
    if (!def) {
      const known = Object.keys(options.metrics ?? {});
      return problem(toolingIssue('unknown_metric', at, { metric: m.use, known }, { file: options.file }));
    }
    const inPopulation = (view: unknown): boolean => def.population(view as MetricRow);
    const isCounted = (view: unknown): boolean => def.counted(view as MetricRow);
    return Object.freeze({ ...m, inPopulation, isCounted });
  }
  if (m.population === undefined || m.counted === undefined) {
    issues.push(
      toolingIssue(
        'missing_field',
        [...path, m.population === undefined ? 'population' : 'counted'],
        { kind: 'metric_rules', metric: m.id },
        { file: options.file },
      ),
    );
    return undefined;
  }
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
 * Loads a target plan: validates it, resolves `extends` against the plans given, else the bundled
 * plans (so `kon-ray-2022` finds `qd-677-2022` by itself), checks dates and ids, and compiles metric
 * rules once. Never throws.
 *
 * @param json - the parsed plan file
 * @param options - file name, plans an `extends` may name, plugin operators and metrics
 * @returns the plan, or every issue found
 * @category Plans
 */
export function safeLoadPlan(json: unknown, options: LoadPlanOptions = {}): LoadPlanResult {
  return loadWith(json, options, []);
}

/** A bundled plan an `extends` names, loaded; `chain` holds the ids being loaded, so a cycle ends. */
function bundledParent(ref: string, options: LoadPlanOptions, chain: readonly string[]): Plan | undefined {
  const found = options.bundled === false ? undefined : _bundledPlan(ref);
  if (!found || chain.includes(found.id)) return undefined;
  const r = loadWith(found.json, { ...options, file: found.file }, [...chain, found.id]);
  return r.success ? r.plan : undefined;
}

function loadWith(json: unknown, options: LoadPlanOptions, chain: readonly string[]): LoadPlanResult {
  const fileName = options.file;
  const value = normalizeJson(json);
  const parsed = PlanFileSchema.safeParse(value, { reportInput: true });
  if (!parsed.success)
    return {
      success: false,
      issues: schemaIssues(parsed.error.issues, fileName),
    };
  const file = parsed.data;
  const issues: Issue[] = [];
  let parent: Plan | undefined;
  if (file.extends !== undefined) {
    if (file.extends.split('@')[0] === file.id)
      issues.push(toolingIssue('extends_cycle', ['extends'], { kind: 'plan', id: file.id }, { file: fileName }));
    else {
      parent =
        findParent(file.extends, options.plans ?? []) ?? bundledParent(file.extends, options, [...chain, file.id]);
      if (!parent)
        issues.push(
          toolingIssue('missing_parent', ['extends'], { kind: 'plan', extends: file.extends }, { file: fileName }),
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
    metrics: Object.freeze(metrics),
    milestones: file.milestones ?? [],
    ...(reporting === undefined ? {} : { reporting }),
    historical: file.historical,
    notes: file.notes ?? [],
  };
  issues.push(...checkPlan(plan, (id) => paths.get(id) ?? ['metrics'], fileName));
  if (plan.metrics.length === 0 && issues.length === 0)
    issues.push(toolingIssue('missing_metrics', ['metrics'], {}, { file: fileName }));
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
 * const konRay = loadPlan(konRayJson); // its parent qd-677-2022 is bundled
 * const own = loadPlan(myDistrictJson, { plans: [konRay] });
 * @category Plans
 */
export function loadPlan(json: unknown, options: LoadPlanOptions = {}): Plan {
  const result = safeLoadPlan(json, options);
  if (!result.success) throw new CdhtError(result.issues);
  return result.plan;
}
