import type { Issue, JsonPath } from '../errors/issue.js';
import type { Metric, PlanFile } from '../format/plan.js';
import { MetricSchema } from '../format/plan.js';
import { compareVersions, satisfiesRange } from '../framework/semver.js';
import { fromZodIssues, planIssue } from './issues.js';
import type { Plan, PlanMetric } from './plan.js';

/**
 * The highest loaded version of the parent that the `extends` range admits (`id` alone: any).
 *
 * @internal
 */
export const findParent = (ref: string, plans: Iterable<Plan>): Plan | undefined => {
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

/** Where each resolved metric was last written: own metric, override, or inherited (`extends`). @internal */
export type MetricPaths = Map<string, JsonPath>;

/**
 * Inherited metrics after `remove` and `overrides` (each field named replaces the parent's), then
 * the plan's own; issues for unknown or duplicate ids. Records where each metric was written.
 *
 * @internal
 */
export const resolveMetrics = (
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
