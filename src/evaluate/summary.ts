import type { Evaluation, TitleDecision } from '../format/evaluation.js';
import type { EvidenceRecord, PeriodInput } from '../format/evidence.js';
import type { CompiledFramework } from '../framework/compileFramework.js';
import { evaluationHead } from './head.js';
import { type Period, resolvePeriod } from './period.js';
import { _scorePass, round, type ScorerOptions } from './score.js';
import { criterionResult, sharedParts } from './sharedParts.js';
import { variantResult } from './variants.js';

// Frozen: a shared empty list no one can add to.
const NO_REASONS = Object.freeze([]) as unknown as Evaluation['titles'][number]['reasons'];
const NO_PERIOD: Period = Object.freeze({ from: '', to: '' });

/** Builds the summary evaluation of one record; see {@link _createSummarizer}. @internal */
export type Summarizer = (record: EvidenceRecord) => Evaluation;

/**
 * The summary of an evaluation (`--detail summary`, batch `detail: 'summary'`) computed by the
 * lean scoring pass instead of a full evaluation: every field of `evaluateCompiled`'s result with
 * the same values, in the same key order, except `indicators` (empty) and each title's `reasons`
 * (empty) and `gap` (null). No indicator result, reason or gap is built, so nothing is computed
 * only to be dropped. Not for collective frameworks (their members are not read here).
 *
 * @param cf - the compiled framework (individual)
 * @param options - evaluation date
 * @returns the summarizer (not re-entrant: one per thread)
 * @internal
 */
export function _createSummarizer(cf: CompiledFramework, options: ScorerOptions = {}): Summarizer {
  const pass = _scorePass(cf, options);
  const out = pass.out;
  const fw = cf.framework;
  const criteria = cf.criteria;
  const titleIds = cf.titles.map((t) => t.title.id);
  // One frozen reference for every summary of the framework, as the full evaluation shares its
  // own: writers recognise the framework by it without comparing texts.
  const ref = Object.freeze({ id: fw.id, version: fw.version });
  // Parts that recur across a population are values, made once and frozen, as the full evaluation
  // shares them (./sharedParts.ts): a year's period, criterion results with whole points and
  // nothing missing, and each title's result per decision (no reasons, no gap, in a summary). The
  // evaluation and its lists stay the caller's.
  const parts = sharedParts(cf);
  const titleResults = titleIds.map(() => new Map<TitleDecision, Evaluation['titles'][number]>());
  const titleResult = (k: number, decision: TitleDecision): Evaluation['titles'][number] => {
    const table = titleResults[k] as Map<TitleDecision, Evaluation['titles'][number]>;
    let found = table.get(decision);
    if (found === undefined) {
      found = Object.freeze({
        id: titleIds[k] as string,
        decision,
        reasons: NO_REASONS,
        gap: null,
      }) as Evaluation['titles'][number];
      table.set(decision, found);
    }
    return found;
  };
  let lastYear: string | undefined;
  let yearPeriod: Period = NO_PERIOD;
  const periodOf = (period: PeriodInput): Period => {
    if (typeof period !== 'string') return resolvePeriod(period);
    if (period !== lastYear) {
      lastYear = period;
      yearPeriod = Object.freeze(resolvePeriod(period));
    }
    return yearPeriod;
  };
  return (record) => {
    pass.run(record);
    const period = periodOf(record.period);
    const crit = new Array<Evaluation['criteria'][number]>(criteria.length);
    for (let c = 0; c < criteria.length; c++) {
      const criterion = criteria[c] as CompiledFramework['criteria'][number];
      crit[c] = criterionResult(
        parts,
        c,
        criterion.id,
        round(out.criterionPoints[c] as number),
        criterion.max,
        round(out.criterionPossible[c] as number),
      );
    }
    const titles = new Array<Evaluation['titles'][number]>(titleIds.length);
    for (let k = 0; k < titleIds.length; k++) titles[k] = titleResult(k, out.decisions[k] as TitleDecision);
    const e = evaluationHead(fw, record, ref);
    e.period = period;
    e.asOf = options.asOf ?? period.to;
    e.total = out.total;
    e.possible = out.possible;
    e.max = cf.maxTotal;
    e.criteria = crit;
    e.indicators = [];
    // The pass shares one frozen empty object when the framework derives nothing; a result owns its own.
    e.derived = cf.derived.length > 0 ? out.derived : {};
    // As the full evaluation: which variant by area applied, or that the unit's attributes are unknown.
    if (out.choice !== null && out.choice.status !== 'none') e.variant = variantResult(out.choice);
    e.titles = titles;
    return e;
  };
}
