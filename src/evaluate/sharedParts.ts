import type { CriterionResult, IndicatorResult } from '../format/evaluation.js';
import type { CompiledFramework } from '../framework/compileFramework.js';
import { small } from './passTitles.js';

/**
 * Indicator and criterion results shared between the evaluations of one compiled framework on the
 * scoring pass. A result is a value: an indicator's result depends only on its points and whether
 * it applied (when nothing is missing), a criterion's on its points (when they are all it could
 * reach), and across a population the same few whole numbers recur. Each is made once, frozen, and
 * given to every evaluation that has it, instead of twenty-odd new objects per person.
 *
 * Bounded: a table holds whole points from 0 to the maximum, for maxima up to {@link TABLE_MAX};
 * fractions, missing evidence and larger maxima get a new, unfrozen object each time.
 *
 * @module
 * @internal
 */

/** The largest maximum a table is kept for (its size is about twice that, per indicator). */
export const TABLE_MAX = 100;

/** A framework's tables, and what a new result names: ids, criterion ids, maxima. @internal */
export interface SharedParts {
  /** Per indicator: results by `2 × points + applicable` (0 or 1); null past the bound. */
  readonly indicators: readonly ((IndicatorResult | undefined)[] | null)[];
  /** Per criterion: results by points; null past the bound. */
  readonly criteria: readonly ((CriterionResult | undefined)[] | null)[];
  readonly ids: readonly string[];
  readonly criterionIds: readonly string[];
  readonly maxes: readonly number[];
}

/** Empty tables for a framework's indicators and criteria. @internal */
export function sharedParts(cf: CompiledFramework): SharedParts {
  const bounded = (max: number): boolean => Number.isInteger(max) && max >= 0 && max <= TABLE_MAX;
  return {
    indicators: cf.indicators.map((ind) =>
      bounded(ind.points) ? new Array<IndicatorResult | undefined>(2 * ind.points + 2) : null,
    ),
    criteria: cf.criteria.map((c) => (bounded(c.max) ? new Array<CriterionResult | undefined>(c.max + 1) : null)),
    ids: cf.indicators.map((ind) => ind.id),
    criterionIds: cf.indicators.map((ind) => (cf.criteria[ind.criterion] as { id: string }).id),
    maxes: cf.indicators.map((ind) => ind.points),
  };
}

/**
 * Where whole number `p` goes in `table`, at `stride × p + extra`, or -1 when it has no place:
 * a fraction, a negative number, -0 (an entry made for +0 holds +0), past the end.
 */
function slot(table: readonly unknown[], p: number, stride: number, extra: number): number {
  const k = p | 0;
  const at = stride * k + extra;
  return k === p && k >= 0 && at < table.length && !Object.is(p, -0) ? at : -1;
}

/**
 * The result of indicator `i` scored `p` points (not missing), `applicable` 0 or 1: shared when its
 * table has a place for it. Numbers are stored as `small` holds them.
 * @internal
 */
export function indicatorResult(parts: SharedParts, i: number, p: number, applicable: number): IndicatorResult {
  const table = parts.indicators[i] as (IndicatorResult | undefined)[] | null;
  const at = table === null ? -1 : slot(table, p, 2, applicable);
  if (at < 0) return newIndicatorResult(parts, i, p, applicable);
  const found = (table as (IndicatorResult | undefined)[])[at];
  if (found !== undefined) return found;
  const made = Object.freeze(newIndicatorResult(parts, i, p, applicable));
  (table as (IndicatorResult | undefined)[])[at] = made;
  return made;
}

function newIndicatorResult(parts: SharedParts, i: number, raw: number, applicable: number): IndicatorResult {
  const id = parts.ids[i] as string;
  const criterion = parts.criterionIds[i] as string;
  const max = parts.maxes[i] as number;
  const p = small(raw);
  return applicable === 0
    ? { id, criterion, points: p, max, status: 'not-applicable' }
    : { id, criterion, points: p, max, status: p >= max ? 'met' : p > 0 ? 'partial' : 'unmet' };
}

/**
 * The result of criterion `c` (rounded sums), shared when its points are all it could reach and its
 * table has a place for them. Numbers are stored as `small` holds them.
 * @internal
 */
export function criterionResult(
  parts: SharedParts,
  c: number,
  id: string,
  points: number,
  max: number,
  possible: number,
): CriterionResult {
  const table = parts.criteria[c] as (CriterionResult | undefined)[] | null;
  const at = table === null || points !== possible ? -1 : slot(table, points, 1, 0);
  if (at < 0) return { id, points: small(points), max, possible: small(possible) };
  const found = (table as (CriterionResult | undefined)[])[at];
  if (found !== undefined) return found;
  const made = Object.freeze({ id, points: small(points), max, possible: small(possible) });
  (table as (CriterionResult | undefined)[])[at] = made;
  return made;
}
