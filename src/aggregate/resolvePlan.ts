import { fromZodIssues } from '../errors/fromZod.js';
import { type Issue, issue, type JsonPath } from '../errors/issue.js';
import type { Metric, PlanFile } from '../format/plan.js';
import { MetricSchema } from '../format/plan.js';
import { compareVersions, satisfiesRange } from '../framework/semver.js';
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
      issues.push(issue('unknown_reference', ['remove'], { kind: 'plan_remove', id }, { file: fileName }));
  }
  for (const [id, change] of Object.entries(file.overrides?.metrics ?? {})) {
    const base = byId.get(id);
    if (!base) {
      issues.push(
        issue('unknown_reference', ['overrides', 'metrics', id], { kind: 'plan_override', id }, { file: fileName }),
      );
      continue;
    }
    const merged = MetricSchema.safeParse({ ...base, ...change }, { reportInput: true });
    if (merged.success) {
      byId.set(id, merged.data);
      paths.set(id, ['overrides', 'metrics', id]);
    } else
      issues.push(
        ...fromZodIssues(merged.error.issues, 'schema_violation', {
          file: fileName,
          prefix: ['overrides', 'metrics', id],
        }),
      );
  }
  for (const [index, m] of own.entries()) {
    if (byId.has(m.id))
      issues.push(issue('duplicate_id', ['metrics', index, 'id'], { kind: 'metric', id: m.id }, { file: fileName }));
    else {
      byId.set(m.id, m);
      paths.set(m.id, ['metrics', index]);
    }
  }
  return [...byId.values()];
};
