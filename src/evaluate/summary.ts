import type { Evaluation, TitleDecision } from '../format/evaluation.js';
import type { EvidenceRecord } from '../format/evidence.js';
import type { CompiledFramework } from '../framework/compileFramework.js';
import { evaluationHead } from './head.js';
import { resolvePeriod } from './period.js';
import { _scorePass, round, type ScorerOptions } from './score.js';
import { variantResult } from './variants.js';

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
  return (record) => {
    pass.run(record);
    const period = resolvePeriod(record.period);
    const crit = new Array<Evaluation['criteria'][number]>(criteria.length);
    for (let c = 0; c < criteria.length; c++) {
      crit[c] = {
        id: (criteria[c] as CompiledFramework['criteria'][number]).id,
        points: round(out.criterionPoints[c] as number),
        max: (criteria[c] as CompiledFramework['criteria'][number]).max,
        possible: round(out.criterionPossible[c] as number),
      };
    }
    const titles = new Array<Evaluation['titles'][number]>(titleIds.length);
    for (let k = 0; k < titleIds.length; k++) {
      titles[k] = { id: titleIds[k] as string, decision: out.decisions[k] as TitleDecision, reasons: [], gap: null };
    }
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
