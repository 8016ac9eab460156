import type { Issue } from '../errors/issue.js';
import { CdhtError } from '../errors/issue.js';
import { PopulationTableSchema } from '../format/plan.js';
import type { Aggregate, MetricCount } from './aggregate.js';
import { fromZodIssues } from './issues.js';
import type { Plan } from './plan.js';
import { placeUnit, unitAncestors } from './unitKey.js';

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
  const out: Record<string, Record<string, { num: number; den: number }>> = {};
  for (const [key, metrics] of Object.entries(agg.counts)) {
    for (const ancestor of unitAncestors(key)) {
      const unit = (out[ancestor] ??= {});
      for (const [id, c] of Object.entries(metrics)) {
        const sum = (unit[id] ??= { num: 0, den: 0 });
        sum.num += c.num;
        sum.den += c.den;
      }
    }
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
 * @returns totals per unit key
 * @throws CdhtError `population_invalid`, `population_duplicate_unit`, `unit_outside_scope`, `unit_unknown_level`
 * @example rollUpPopulation([{ unit: { commune: 'Đắk Ruồng', village: 'Thôn 1' }, adults: 120 }], konRay).totals['']?.adults // 120
 * @category Aggregation
 */
export function rollUpPopulation(table: unknown, plan: Plan): PopulationTotals {
  const parsed = PopulationTableSchema.safeParse(table);
  if (!parsed.success) throw new CdhtError(fromZodIssues(parsed.error.issues, 'population_invalid') as [Issue, ...Issue[]]);
  const issues: Issue[] = [];
  const totals: Record<string, Record<string, number>> = {};
  const entries = new Set<string>();
  for (const [index, row] of parsed.data.entries()) {
    const where = placeUnit(row.unit, plan.scope);
    if ('error' in where) {
      issues.push({ code: where.error, path: [index, 'unit'], message: { vi: 'Đơn vị không thuộc phạm vi kế hoạch.', en: 'The unit is not in the plan scope.' } });
      continue;
    }
    if (entries.has(where.key)) {
      issues.push({ code: 'population_duplicate_unit', path: [index, 'unit'], message: { vi: 'Đơn vị có hai dòng dân số.', en: 'The unit has two population rows.' } });
      continue;
    }
    entries.add(where.key);
    for (const ancestor of unitAncestors(where.key)) {
      const unit = (totals[ancestor] ??= {});
      for (const [column, n] of Object.entries(row)) if (typeof n === 'number') unit[column] = (unit[column] ?? 0) + n;
    }
  }
  const [first, ...rest] = issues;
  if (first) throw new CdhtError([first, ...rest]);
  return { totals, entries: [...entries] };
}
