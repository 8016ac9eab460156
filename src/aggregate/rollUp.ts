import { CdhtError, type Issue } from '../errors/issue.js';
import { toolingIssue } from '../errors/toolingIssue.js';
import { PopulationTableSchema } from '../format/plan.js';
import { normalizeJson } from '../framework/normalize.js';
import type { Aggregate, MetricCount } from './aggregate.js';
import { addCounts, type CountTable, emptyTable } from './countTable.js';
import { placeOn, type UnitsOn } from './placeOn.js';
import type { Plan } from './plan.js';
import { schemaIssues } from './planSchema.js';
import { placementIssue, unitAncestors } from './unitKey.js';

/** Counts of every unit and of every unit above it, up to the scope (`''`). */
export type RolledUpCounts = Readonly<Record<string, Readonly<Record<string, MetricCount>>>>;

/**
 * Sums an aggregate's counts into every ancestor unit: villages into communes, communes into
 * the district (the scope, key `''`), units into agencies.
 *
 * @param agg - a (merged) aggregate
 * @returns counts per unit key, ancestors included
 * @example rollUp(a)['commune=Đắk Ruồng']?.['adults-titled'] // village counts summed
 * @category Aggregation
 */
export function rollUp(agg: Aggregate): RolledUpCounts {
  const out: CountTable = emptyTable();
  for (const [key, metrics] of Object.entries(agg.counts)) {
    for (const ancestor of unitAncestors(key)) addCounts(out, ancestor, metrics);
  }
  return out;
}

/** A population table summed up the hierarchy. */
export interface PopulationTotals {
  /** Unit key → column (e.g. `adults`) → people in that unit and every unit below it. */
  readonly totals: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Keys of the units the table names directly. */
  readonly entries: readonly string[];
}

/**
 * Validates a population table (people per unit from the commune's own registers) and sums it
 * into every ancestor unit, like {@link rollUp}.
 *
 * @param table - rows `{ unit, adults?, staff?, … }`
 * @param plan - the plan whose scope places the units
 * @param on - place the rows among the units in force on a date (old units carried over by
 *   mappings), as the aggregate they go with
 * @returns totals per unit key
 * @throws CdhtError `schema_violation`, `duplicate_unit`, `outside_scope`, `unknown_level`
 * @example rollUpPopulation([{ unit: { commune: 'Đắk Ruồng', village: 'Thôn 1' }, adults: 120 }], konRay).totals['']?.adults // 120
 * @category Aggregation
 */
export function rollUpPopulation(table: unknown, plan: Plan, on: UnitsOn = {}): PopulationTotals {
  const value = normalizeJson(table);
  const parsed = PopulationTableSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) throw new CdhtError(schemaIssues(parsed.error.issues));
  const issues: Issue[] = [];
  const totals: Record<string, Record<string, number>> = emptyTable();
  const entries = new Set<string>();
  for (const [index, row] of parsed.data.entries()) {
    const where = placeOn(row.unit, plan.scope, on);
    if ('error' in where) {
      issues.push(placementIssue(where.error, [index, 'unit']));
      continue;
    }
    if (entries.has(where.key)) {
      issues.push(toolingIssue('duplicate_unit', [index, 'unit'], { kind: 'population' }));
      continue;
    }
    entries.add(where.key);
    for (const ancestor of unitAncestors(where.key)) {
      const unit = totals[ancestor] ?? emptyTable<number>();
      totals[ancestor] = unit;
      for (const [column, n] of Object.entries(row)) if (typeof n === 'number') unit[column] = (unit[column] ?? 0) + n;
    }
  }
  const [first, ...rest] = issues;
  if (first) throw new CdhtError([first, ...rest]);
  return { totals, entries: [...entries] };
}
