import type { Hierarchy, PlanScope } from '../format/plan.js';
import type { EntryVerification } from '../format/units.js';
import { addCount, type CountTable, emptyTable } from './countTable.js';
import { placeOn, type UnitsOn } from './placeOn.js';
import type { Plan } from './plan.js';
import { buildRowView } from './rowView.js';

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
  /**
   * Rows not counted, by reason code (`invalid_row`, `outside_scope`, `unknown_level`, `invalid_unit`,
   * `unit_not_in_force`).
   */
  readonly rejected: Readonly<Record<string, number>>;
  /**
   * Rows placed through unit-mapping entries, by the least verified entry applied (`verified`,
   * `partial`, `unverified`, `example`); absent when no mapping was applied.
   */
  readonly mapped?: Readonly<Partial<Record<EntryVerification, number>>> | undefined;
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
  /** The date whose units the counts are kept under (see `AggregateOptions.asOf`); absent: units as recorded. */
  readonly asOf?: string | undefined;
}

/** Options of {@link aggregate}. */
export interface AggregateOptions extends UnitsOn {
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
  asOf?: string,
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
  const mapped: Partial<Record<EntryVerification, number>> = {};
  for (const v of Object.keys(rows.mapped ?? {}).sort() as EntryVerification[]) mapped[v] = rows.mapped?.[v] ?? 0;
  return {
    plan,
    counts: sorted,
    rows: {
      read: rows.read,
      placed: rows.placed,
      rejected,
      ...(Object.keys(mapped).length === 0 ? {} : { mapped }),
    },
    ...(asOf === undefined ? {} : { asOf }),
  };
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
  const mapped: Partial<Record<EntryVerification, number>> = {};
  let read = 0;
  let placed = 0;
  for (const row of rows) {
    read++;
    const view = buildRowView(row);
    const where = view ? placeOn(view.unit, scope, options) : { error: 'invalid_row' as const };
    if ('error' in where) {
      rejected[where.error] = (rejected[where.error] ?? 0) + 1;
      continue;
    }
    placed++;
    if (where.through !== null) mapped[where.through] = (mapped[where.through] ?? 0) + 1;
    for (const metric of plan.metrics) {
      if (!metric.inPopulation(view)) continue;
      addCount(counts, where.key, metric.id, metric.isCounted(view) ? 1 : 0, 1);
    }
  }
  return canonicalAggregate(plan.ref, counts, { read, placed, rejected, mapped }, options.asOf);
}
