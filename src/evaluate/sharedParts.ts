import type { CriterionResult, IndicatorResult } from '../format/evaluation.js';
import type { CompiledFramework } from '../framework/compileFramework.js';
import { small } from './passTitles.js';
import type { IndicatorCodes } from './score.js';

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
  /**
   * Every indicator's results in one list: indicator i's by `2 × points + applicable` (0 or 1) from
   * `codes.offsets[i]`, `codes.limits[i]` of them (none past the bound); index 0 stays empty. The
   * scoring pass writes each person's places in it (`ScorePassOut.codes`).
   */
  readonly indicators: (IndicatorResult | undefined)[];
  readonly codes: IndicatorCodes;
  /** Per criterion: results by points; null past the bound. */
  readonly criteria: readonly ((CriterionResult | undefined)[] | null)[];
  readonly ids: readonly string[];
  readonly criterionIds: readonly string[];
  readonly maxes: readonly number[];
}

/** Empty tables for a framework's indicators and criteria. @internal */
export function sharedParts(cf: CompiledFramework): SharedParts {
  const bounded = (max: number): boolean => Number.isInteger(max) && max >= 0 && max <= TABLE_MAX;
  const limits = Int32Array.from(cf.indicators, (ind) => (bounded(ind.points) ? 2 * ind.points + 2 : 0));
  const offsets = new Int32Array(limits.length);
  let size = 1;
  for (let i = 0; i < limits.length; i++) {
    offsets[i] = size;
    size += limits[i] as number;
  }
  return {
    // Filled with undefined (not holes), so a look-up past what was made needs no prototype walk.
    indicators: new Array<IndicatorResult | undefined>(size).fill(undefined),
    codes: { offsets, limits },
    criteria: cf.criteria.map((c) => (bounded(c.max) ? new Array<CriterionResult | undefined>(c.max + 1) : null)),
    ids: cf.indicators.map((ind) => ind.id),
    criterionIds: cf.indicators.map((ind) => (cf.criteria[ind.criterion] as { id: string }).id),
    maxes: cf.indicators.map((ind) => ind.points),
  };
}

/**
 * Where whole number `p` goes in a table of `length`, at `stride × p + extra`, or -1 when it has no
 * place: a fraction, a negative number, -0 (an entry made for +0 holds +0), past the end.
 */
function slot(length: number, p: number, stride: number, extra: number): number {
  const k = p | 0;
  const at = stride * k + extra;
  return k === p && k >= 0 && at < length && !Object.is(p, -0) ? at : -1;
}

/**
 * The result of indicator `i` scored `p` points (not missing), `applicable` 0 or 1: shared when its
 * table has a place for it. Numbers are stored as `small` holds them.
 * @internal
 */
export function indicatorResult(parts: SharedParts, i: number, p: number, applicable: number): IndicatorResult {
  const at = slot(parts.codes.limits[i] as number, p, 2, applicable);
  if (at < 0) return newIndicatorResult(parts, i, p, applicable);
  const where = (parts.codes.offsets[i] as number) + at;
  const found = parts.indicators[where];
  if (found !== undefined) return found;
  const made = Object.freeze(newIndicatorResult(parts, i, p, applicable));
  parts.indicators[where] = made;
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
  const at = table === null || points !== possible ? -1 : slot(table.length, points, 1, 0);
  if (at < 0) return { id, points: small(points), max, possible: small(possible) };
  const found = (table as (CriterionResult | undefined)[])[at];
  if (found !== undefined) return found;
  const made = Object.freeze({ id, points: small(points), max, possible: small(possible) });
  (table as (CriterionResult | undefined)[])[at] = made;
  return made;
}
