import type { Hierarchy, PlanScope } from '../format/plan.js';
import { addCount, type CountTable, emptyTable } from './countTable.js';
import type { Plan } from './plan.js';
import { buildRowView } from './rowView.js';
import { placeUnit } from './unitKey.js';

/** Numerator and denominator of one metric in one unit. */
export interface MetricCount {
  /** Rows in the population that count (recognised). */
  readonly num: number;
  /** Rows in the population (registered). */
  readonly den: number;
}

/** Counts of the rows read, so totals reconcile. */
export interface RowTally {
  /** Every row read: `placed` plus every rejection. */
  readonly read: number;
  /** Rows placed in a unit of the scope. */
  readonly placed: number;
  /** Rows not counted, by reason code (`invalid_row`, `outside_scope`, `unknown_level`, `invalid_unit`). */
  readonly rejected: Readonly<Record<string, number>>;
}

/**
 * A partial aggregate: plain JSON, mergeable in any order with {@link mergeAggregates}.
 * Counts are kept per unit the rows name (usually leaves); {@link rollUp} sums them upward.
 * Its size grows with the number of units, not of people.
 */
export interface Aggregate {
  /** The plan as `id@version`. */
  readonly plan: string;
  /** Unit key → metric id → counts. Only entries with a non-zero denominator appear. */
  readonly counts: Readonly<Record<string, Readonly<Record<string, MetricCount>>>>;
  readonly rows: RowTally;
}

/** Options of {@link aggregate}. */
export interface AggregateOptions {
  /** Hierarchies to use instead of the plan's `scope.hierarchies`. */
  readonly hierarchies?: readonly Hierarchy[];
}

/**
 * Sorts an aggregate's keys so equal aggregates serialise identically.
 *
 * @internal
 */
export function canonicalAggregate(
  plan: string,
  counts: Record<string, Record<string, { num: number; den: number }>>,
  rows: RowTally,
): Aggregate {
  const sorted: Record<string, Record<string, MetricCount>> = {};
  for (const key of Object.keys(counts).sort()) {
    const metrics = counts[key] ?? {};
    const out: Record<string, MetricCount> = {};
    for (const id of Object.keys(metrics).sort()) {
      const c = metrics[id];
      if (c) out[id] = { num: c.num, den: c.den };
    }
    sorted[key] = out;
  }
  const rejected: Record<string, number> = {};
  for (const code of Object.keys(rows.rejected).sort()) rejected[code] = rows.rejected[code] ?? 0;
  return { plan, counts: sorted, rows: { read: rows.read, placed: rows.placed, rejected } };
}

/**
 * The aggregate of no rows: the identity of {@link mergeAggregates}.
 *
 * @param plan - the plan (or its `id@version`)
 * @returns an empty aggregate
 * @category Aggregation
 */
export function createEmptyAggregate(plan: Plan | string): Aggregate {
  return {
    plan: typeof plan === 'string' ? plan : plan.ref,
    counts: {},
    rows: { read: 0, placed: 0, rejected: {} },
  };
}

/**
 * Counts rows (evaluations and fact rows) against every metric of a plan, per unit.
 * A row is in a metric's denominator when it satisfies the metric's `population` rule, and in
 * the numerator when it also satisfies `counted`. Rows that are malformed or outside the scope
 * are tallied by reason, never silently dropped.
 *
 * @param rows - evaluations and fact rows (any iterable, read once)
 * @param plan - the loaded plan
 * @param options - hierarchy override
 * @returns the partial aggregate (plain JSON)
 * @example
 * const a = aggregate(evaluations, konRay);
 * a.counts['commune=Đắk Ruồng/village=Thôn 1']?.['adults-titled'] // { num: 2, den: 3 }
 * @category Aggregation
 */
export function aggregate(rows: Iterable<unknown>, plan: Plan, options: AggregateOptions = {}): Aggregate {
  const scope: PlanScope = options.hierarchies ? { ...plan.scope, hierarchies: [...options.hierarchies] } : plan.scope;
  const counts: CountTable = emptyTable();
  const rejected: Record<string, number> = {};
  let read = 0;
  let placed = 0;
  for (const row of rows) {
    read++;
    const view = buildRowView(row);
    const where = view ? placeUnit(view.unit, scope) : { error: 'invalid_row' as const };
    if ('error' in where) {
      rejected[where.error] = (rejected[where.error] ?? 0) + 1;
      continue;
    }
    placed++;
    for (const metric of plan.metrics) {
      if (!metric.inPopulation(view)) continue;
      addCount(counts, where.key, metric.id, metric.isCounted(view) ? 1 : 0, 1);
    }
  }
  return canonicalAggregate(plan.ref, counts, { read, placed, rejected });
}
