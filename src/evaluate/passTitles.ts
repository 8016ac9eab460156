import type { Reason, TitleDecision, TitleResult } from '../format/evaluation.js';
import type { CompiledFramework, CompiledTitle } from '../framework/compileFramework.js';
import type { RuleContext } from '../rules/types.js';
import { gapTo, ruleView, type Scores } from './decide.js';
import { criterionBelow, evidenceMissing, indicatorBelow, requirementsMet, ruleFailed, totalBelow } from './reasons.js';

/**
 * The titles' results of an evaluation built on the scoring pass: the pass has decided every title
 * (as `decideTitle` decides), so only the reasons and gaps are left, worded as `decideTitle` words
 * them. The sums every title's reasons read are computed once per person, not once per title.
 *
 * @module
 * @internal
 */

/**
 * A reason of one title as every evaluation that gives it shares it, with the one-reason list and
 * the title's result holding it alone: frozen, made once per framework and number.
 * @internal
 */
export interface SharedReason {
  readonly reason: Reason;
  readonly list: readonly Reason[];
  /** The title's result when this is its only reason and it has no gap. */
  readonly alone: TitleResult;
}

/**
 * Shared reasons of one reason of one title, by the number they print (`actual`): a whole number
 * from 0 to the most it can be, within {@link MEMO_MAX}. Past it (fractions, larger scores) a
 * reason is made for each evaluation. Distinct numbers are few: a score is a sum of whole points.
 * @internal
 */
export type SharedMemo = (SharedReason | undefined)[];

/** The largest number a memo keeps reasons for. */
const MEMO_MAX = 1000;

/** A memo for numbers from 0 to `max`. */
function memoFor(max: number): SharedMemo {
  return new Array<SharedReason | undefined>(Number.isFinite(max) ? Math.max(0, Math.min(MEMO_MAX, max)) + 1 : 1);
}

/** What one title's reasons need between evaluations. @internal */
export interface TitleMemo {
  /** Indicators the title sets a minimum for (only those can fall short of one), in order. */
  readonly minimums: Int32Array;
  /** Shared reasons: per indicator (by index), per criterion and `possible` (`2c + possible`), … */
  readonly indicator: SharedMemo[];
  readonly criterion: SharedMemo[];
  /** … per `possible` for the total, and for requirements met. */
  readonly total: readonly [SharedMemo, SharedMemo];
  readonly met: SharedMemo;
  /** The title rule failed (its only wording), made on first use. */
  ruleFailed: SharedReason | undefined;
  /** Scratch: the reasons of the person being built (room for every reason a title can give). */
  readonly found: (SharedReason | undefined)[];
}

/** Memos for a framework's titles (its own requirements; variants take the general path). @internal */
export function titleMemos(cf: CompiledFramework): TitleMemo[] {
  return cf.titles.map((t) => {
    const minimums = Int32Array.from(cf.indicators.keys()).filter((i) => (t.indicatorMin[i] as number) > 0);
    return {
      minimums,
      indicator: cf.indicators.map((ind) => memoFor(ind.points)),
      criterion: cf.criteria.flatMap((c) => [memoFor(c.max), memoFor(c.max)]),
      total: [memoFor(cf.maxTotal), memoFor(cf.maxTotal)],
      met: memoFor(cf.maxTotal),
      ruleFailed: undefined,
      found: new Array<SharedReason | undefined>(minimums.length + cf.criteria.length + 2),
    };
  });
}

/**
 * Freezes a reason made for sharing, with the list and the title result that hold it alone.
 * @internal
 */
export function shareReason(reason: Reason, titleId: string, decision: TitleDecision): SharedReason {
  Object.freeze(reason.message);
  Object.freeze(reason);
  const list = Object.freeze([reason]) as Reason[];
  const alone = Object.freeze({ id: titleId, decision, reasons: list, gap: null });
  return { reason, list, alone };
}

/** Whether `memo` has a place for `actual`: a whole number in its range (+0, not -0, which prints alike). */
function fits(memo: SharedMemo, actual: number): boolean {
  return actual >= 0 && actual < memo.length && actual === (actual | 0) && !Object.is(actual, -0);
}

/** The shared reason `memo` keeps for `actual`, or undefined when it has none (yet, or ever). */
function kept(memo: SharedMemo, actual: number): SharedReason | undefined {
  return fits(memo, actual) ? memo[actual] : undefined;
}

/** Keeps a new shared reason for `actual` when the memo has a place for it. */
function keep(memo: SharedMemo, actual: number, made: SharedReason): SharedReason {
  if (fits(memo, actual)) memo[actual] = made;
  return made;
}

/**
 * A person's sums as the reasons print them: the total with missing indicators at 0 (`low`), and
 * the total and per-criterion points with missing indicators at full points (`high`, `critHigh`),
 * each summed in indicator order as `decideTitle` sums them.
 * @internal
 */
export interface PersonSums {
  low: number;
  high: number;
  critHigh: Float64Array;
}

/**
 * Every title's result for a person the pass has decided. Reasons, one-reason lists and, without a
 * gap, whole title results are shared between evaluations (frozen); a title with several reasons
 * gets a new list of shared reasons, and a gap a new result.
 *
 * @param ruleContext - the context title rules run with; called only for a title with a rule that
 *   is not awarded (its reasons say whether the rule failed)
 * @param evidence - the missing evidence fields, for gaps
 * @internal
 */
export function passTitles(
  cf: CompiledFramework,
  memos: readonly TitleMemo[],
  decisions: readonly TitleDecision[],
  s: Scores,
  sums: PersonSums,
  ruleContext: () => RuleContext,
  derived: Record<string, unknown>,
  withGap: boolean,
  evidence: readonly string[],
): TitleResult[] {
  const titles = cf.titles;
  const out: TitleResult[] = new Array(titles.length);
  for (let k = 0; k < titles.length; k++) {
    const t = titles[k] as CompiledTitle;
    const memo = memos[k] as TitleMemo;
    const decision = decisions[k] as TitleDecision;
    const id = t.title.id;
    if (decision === 'awarded') {
      const low = small(sums.low);
      // An awarded title has no gap: its whole result is shared.
      out[k] = (
        kept(memo.met, low) ?? keep(memo.met, low, shareReason(requirementsMet(low, t.total), id, decision))
      ).alone;
      continue;
    }
    if (decision === 'undetermined') {
      const reasons = [evidenceMissing(s.missingIds)];
      out[k] = { id, decision, reasons, gap: withGap ? gapTo(cf, t, s, evidence) : null };
      continue;
    }
    const found = memo.found;
    let count = failures(cf, t, memo, s, sums, found);
    // As decideTitle: the rule's verdict with missing indicators at full points.
    if (t.rule !== null) {
      const view = ruleView(cf, s, s.missingIds.length > 0, derived);
      if (!truthy(t.rule(view, ruleContext()))) {
        memo.ruleFailed ??= shareReason(ruleFailed(id), id, decision);
        found[count++] = memo.ruleFailed;
      }
    }
    const gap = withGap ? gapTo(cf, t, s, evidence) : null;
    if (count === 1) {
      const one = found[0] as SharedReason;
      out[k] = gap === null ? one.alone : { id, decision, reasons: one.list as Reason[], gap };
    } else {
      const reasons: Reason[] = new Array(count);
      for (let j = 0; j < count; j++) reasons[j] = (found[j] as SharedReason).reason;
      out[k] = { id, decision, reasons, gap };
    }
  }
  return out;
}

/**
 * The reasons a title is not awarded, missing indicators at full points (decide.ts's `failures`),
 * written to `found` from its start.
 *
 * @returns how many there are
 */
function failures(
  cf: CompiledFramework,
  t: CompiledTitle,
  memo: TitleMemo,
  s: Scores,
  sums: PersonSums,
  found: (SharedReason | undefined)[],
): number {
  let count = 0;
  const id = t.title.id;
  const points = s.points;
  const list = memo.minimums;
  for (let j = 0; j < list.length; j++) {
    const i = list[j] as number;
    const p = points[i] as number;
    const min = t.indicatorMin[i] as number;
    if (!Number.isNaN(p) && s.applicable[i] === 1 && p < min) {
      const actual = small(p);
      const m = memo.indicator[i] as SharedMemo;
      found[count++] =
        kept(m, actual) ??
        keep(
          m,
          actual,
          shareReason(indicatorBelow((cf.indicators[i] as { id: string }).id, actual, small(min)), id, 'not-awarded'),
        );
    }
  }
  const possible = s.missingIds.length > 0;
  const crit = sums.critHigh;
  for (let c = 0; c < crit.length; c++) {
    const need = t.criterionMin[c] as number;
    const got = crit[c] as number;
    if (got < need) {
      const actual = small(got);
      const m = memo.criterion[2 * c + (possible ? 1 : 0)] as SharedMemo;
      found[count++] =
        kept(m, actual) ??
        keep(
          m,
          actual,
          shareReason(
            criterionBelow((cf.criteria[c] as { id: string }).id, actual, small(need), possible),
            id,
            'not-awarded',
          ),
        );
    }
  }
  if (sums.high < t.total) {
    const actual = small(sums.high);
    const m = memo.total[possible ? 1 : 0];
    found[count++] =
      kept(m, actual) ?? keep(m, actual, shareReason(totalBelow(actual, t.total, possible), id, 'not-awarded'));
  }
  return count;
}

function truthy(v: unknown): boolean {
  return Array.isArray(v) ? v.length > 0 : Boolean(v);
}

/**
 * A whole number as a small integer, so a result's number fields hold it unboxed (a double field
 * costs an allocation per result); -0 and fractions stay as they are.
 * @internal
 */
export function small(p: number): number {
  const i = p | 0;
  return i === p && !Object.is(p, -0) ? i : p;
}
