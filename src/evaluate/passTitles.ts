import type { Reason, TitleDecision, TitleResult } from '../format/evaluation.js';
import type { CompiledFramework, CompiledTitle } from '../framework/compileFramework.js';
import type { RuleContext } from '../rules/types.js';
import { gapTo, ruleView, type Scores } from './decide.js';
import {
  criterionBelow,
  evidenceMissing,
  indicatorBelow,
  type ReasonMemo,
  reasonMemo,
  requirementsMet,
  ruleFailed,
  totalBelow,
} from './reasons.js';

/**
 * The titles' results of an evaluation built on the scoring pass: the pass has decided every title
 * (as `decideTitle` decides), so only the reasons and gaps are left, worded as `decideTitle` words
 * them. The sums every title's reasons read are computed once per person, not once per title.
 *
 * @module
 * @internal
 */

/** What one title's reasons need between evaluations. @internal */
export interface TitleMemo {
  /** Indicators the title sets a minimum for (only those can fall short of one), in order. */
  readonly minimums: Int32Array;
  /** Message memos: per indicator (by index), per criterion and `possible` (`2c + possible`), … */
  readonly indicator: ReasonMemo[];
  readonly criterion: ReasonMemo[];
  /** … per `possible` for the total, and for requirements met. */
  readonly total: readonly [ReasonMemo, ReasonMemo];
  readonly met: ReasonMemo;
}

/** Memos for a framework's titles (its own requirements; variants take the general path). @internal */
export function titleMemos(cf: CompiledFramework): TitleMemo[] {
  return cf.titles.map((t) => {
    const minimums = Int32Array.from(cf.indicators.keys()).filter((i) => (t.indicatorMin[i] as number) > 0);
    return {
      minimums,
      indicator: cf.indicators.map(() => reasonMemo()),
      criterion: cf.criteria.flatMap(() => [reasonMemo(), reasonMemo()]),
      total: [reasonMemo(), reasonMemo()],
      met: reasonMemo(),
    };
  });
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
  readonly critHigh: Float64Array;
}

/**
 * Every title's result for a person the pass has decided.
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
    let reasons: Reason[];
    if (decision === 'awarded') reasons = [requirementsMet(small(sums.low), t.total, memo.met)];
    else if (decision === 'undetermined') reasons = [evidenceMissing(s.missingIds)];
    else {
      reasons = failures(cf, t, memo, s, sums);
      // As decideTitle: the rule's verdict with missing indicators at full points.
      if (t.rule !== null) {
        const view = ruleView(cf, s, s.missingIds.length > 0, derived);
        if (!truthy(t.rule(view, ruleContext()))) reasons.push(ruleFailed(t.title.id));
      }
    }
    out[k] = {
      id: t.title.id,
      decision,
      reasons,
      gap: decision === 'awarded' || !withGap ? null : gapTo(cf, t, s, evidence),
    };
  }
  return out;
}

/** The reasons a title is not awarded, missing indicators at full points (decide.ts's `failures`). */
function failures(cf: CompiledFramework, t: CompiledTitle, memo: TitleMemo, s: Scores, sums: PersonSums): Reason[] {
  const out: Reason[] = [];
  const points = s.points;
  const list = memo.minimums;
  for (let j = 0; j < list.length; j++) {
    const i = list[j] as number;
    const p = points[i] as number;
    const min = t.indicatorMin[i] as number;
    if (!Number.isNaN(p) && s.applicable[i] === 1 && p < min)
      out.push(indicatorBelow((cf.indicators[i] as { id: string }).id, small(p), small(min), memo.indicator[i]));
  }
  const possible = s.missingIds.length > 0;
  const crit = sums.critHigh;
  for (let c = 0; c < crit.length; c++) {
    const need = t.criterionMin[c] as number;
    const got = crit[c] as number;
    if (got < need) {
      const id = (cf.criteria[c] as { id: string }).id;
      out.push(criterionBelow(id, small(got), small(need), possible, memo.criterion[2 * c + (possible ? 1 : 0)]));
    }
  }
  if (sums.high < t.total) out.push(totalBelow(small(sums.high), t.total, possible, memo.total[possible ? 1 : 0]));
  return out;
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
  return i === p && (i !== 0 || 1 / p > 0) ? i : p;
}
