import type { LocalizedText } from '../format/common.js';
import type { Verification } from '../format/framework.js';
import type { Metric, Milestone, PlanScope, PlanSource, Reporting } from '../format/plan.js';
import type { RowPredicate } from './metricRule.js';

/** A metric of a loaded plan: its definition plus its conditions compiled once. */
export interface PlanMetric extends Metric {
  /** True when a row view belongs to the metric's population. */
  readonly inPopulation: RowPredicate;
  /** True when a row view counts toward the target (checked only inside the population). */
  readonly isCounted: RowPredicate;
}

/** A target plan with `extends` resolved and metric rules compiled. Frozen. */
export interface Plan {
  readonly id: string;
  readonly version: string;
  /** `id@version`, the name aggregates carry. */
  readonly ref: string;
  /** Resolved parent chain, nearest first, as `id@version`. */
  readonly lineage: readonly string[];
  readonly title: LocalizedText;
  readonly source: PlanSource;
  readonly verification?: Verification | undefined;
  readonly period: { readonly from: string; readonly to: string };
  readonly scope: PlanScope;
  readonly metrics: readonly PlanMetric[];
  readonly milestones: readonly Milestone[];
  readonly reporting?: Reporting | undefined;
  /** After `after` the plan is historical (e.g. its issuer no longer exists); reports then say so. */
  readonly historical?: { readonly after: string; readonly reason: LocalizedText } | undefined;
  readonly notes: readonly LocalizedText[];
}

/** A row of aggregation as metric predicates see it (see the aggregate module's row view). */
export type MetricRow = Readonly<Record<string, unknown>>;

/**
 * A reusable metric for target plans: who is in the population and who is counted, as code, for
 * conditions json-logic cannot express. A plan metric names it with `"use": "<name>"`. Counts stay
 * numerator/denominator, so aggregates remain mergeable.
 *
 * @category Plugins
 */
export interface MetricDefinition {
  readonly label: LocalizedText;
  /** Who is counted, plural, for sentences (người lớn / adults). */
  readonly noun: LocalizedText;
  readonly description?: LocalizedText | undefined;
  readonly population: (row: MetricRow) => boolean;
  readonly counted: (row: MetricRow) => boolean;
}
