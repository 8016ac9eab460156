import { birthYearOf } from '../evidence/birthYear.js';
import type { CriterionResult, Evaluation, IndicatorResult, TitleResult, VariantResult } from '../format/evaluation.js';
import type { EvidenceRecord, PeriodInput } from '../format/evidence.js';
import type { CompiledFramework } from '../framework/compileFramework.js';
import type { RuleContext } from '../rules/types.js';
import { decideTitles } from './decideTitles.js';
import type { EvaluateOptions } from './evaluate.js';
import { evaluationHead } from './head.js';
import { type PersonSums, passTitles, small, type TitleMemo, titleMemos } from './passTitles.js';
import type { Period } from './period.js';
import { _scorePass, round, type ScorePassOut } from './score.js';
import { criterionResult, indicatorResult, type SharedParts, sharedParts } from './sharedParts.js';
import { fillSlots } from './slots.js';
import { variantResult } from './variants.js';

/**
 * A full `Evaluation` without explanations, built from the scoring pass of `createScorer` (fused
 * quantifiers, slot reader, typed arrays) instead of a second evaluation path: the pass scores and
 * decides, this module turns its arrays into the result. Missing evidence (rare in a batch) is
 * named by running only the missing indicators' rules again, as the general path runs them.
 *
 * @module
 * @internal
 */

/** A framework's pass and what its results reuse, kept between calls; `busy` while one runs. */
interface Pass {
  readonly run: (record: EvidenceRecord, at: EvaluateOptions) => void;
  readonly out: ScorePassOut;
  busy: boolean;
  /** Per indicator: its criterion's index (flat, read per person). */
  readonly criterionOf: Int32Array;
  /** Per criterion: the sums with missing indicators at full points, for a person missing some. */
  readonly critHigh: Float64Array;
  /** Whether the framework has derived values. */
  readonly derives: boolean;
  readonly memos: readonly TitleMemo[];
  readonly sums: PersonSums;
  /** Whether a title has a rule (its reasons may need a rule context). */
  readonly titleRules: boolean;
  /** Frozen parts every evaluation of the framework shares: indicator and criterion results, … */
  readonly parts: SharedParts;
  /** … the framework's reference, … */
  readonly framework: Evaluation['framework'];
  /** … and the last period given as a year (records of a batch share theirs). */
  lastYear: string | undefined;
  period: Period;
}

/** Stands for the missing evidence where no gap reads it (gaps off, nothing missing). */
const NO_EVIDENCE: readonly string[] = Object.freeze([]);

/** What a framework that derives nothing gives every evaluation as `derived`. */
const NO_DERIVED: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;

// One pass per compiled framework, created on its first evaluation without explanations: derived
// data kept like a compile cache, and the frozen parts its results share.
const passes = new WeakMap<CompiledFramework, Pass>();

function passOf(cf: CompiledFramework): Pass | null {
  let pass = passes.get(cf);
  if (pass === undefined) {
    const { run, out } = _scorePass(cf);
    pass = {
      run,
      out,
      busy: false,
      criterionOf: Int32Array.from(cf.indicators, (ind) => ind.criterion),
      memos: titleMemos(cf),
      critHigh: new Float64Array(cf.criteria.length),
      derives: cf.derived.length > 0,
      sums: { low: 0, high: 0, critHigh: new Float64Array(0) },
      titleRules: cf.titles.some((t) => t.rule !== null),
      parts: sharedParts(cf),
      framework: Object.freeze({ id: cf.framework.id, version: cf.framework.version }),
      lastYear: undefined,
      period: NO_PERIOD,
    };
    passes.set(cf, pass);
  }
  return pass.busy ? null : pass;
}

/**
 * Evaluates one record of an individual framework without explanations (`explain: false`) on the
 * scoring pass; the same value `evaluateCompiled`'s general path gives.
 *
 * @returns the evaluation, or null when the framework's pass is already running (a rule that
 *   evaluates again): the caller takes the general path
 * @internal
 */
export function evaluateOnPass(
  cf: CompiledFramework,
  record: EvidenceRecord,
  options: EvaluateOptions,
): Evaluation | null {
  const pass = passOf(cf);
  if (pass === null) return null;
  pass.busy = true;
  try {
    pass.run(record, options);
    return build(cf, pass, record, options);
  } finally {
    pass.busy = false;
  }
}

const NO_PERIOD: Period = Object.freeze({ from: '', to: '' });

/**
 * The period's days: a year's shared (frozen) by the records that give it, a period object's copied
 * (as `resolvePeriod`: the caller may change its own object afterwards).
 */
function periodOf(pass: Pass, period: PeriodInput): Period {
  if (typeof period !== 'string') return { from: period.from, to: period.to };
  if (period !== pass.lastYear) {
    pass.lastYear = period;
    pass.period = Object.freeze({ from: `${period}-01-01`, to: `${period}-12-31` });
  }
  return pass.period;
}

function build(cf: CompiledFramework, pass: Pass, record: EvidenceRecord, options: EvaluateOptions): Evaluation {
  const out = pass.out;
  const scores = out.scores;
  const points = scores.points;
  const applicable = scores.applicable;
  const n = points.length;
  const period = periodOf(pass, record.period);
  const asOf = options.asOf ?? period.to;
  // The person's derived values: the pass makes an object per person; without any, a frozen empty one.
  const derived = pass.derives ? out.derived : NO_DERIVED;
  const hasMissing = out.missing > 0;
  const choice = out.choice;
  // A rule context only for what reads one: missing evidence named again, title rules, variants.
  let ruleContext = NO_CONTEXT;
  if (hasMissing || pass.titleRules || choice !== null) {
    const ctx = contextFor(cf, record, derived, period, asOf);
    ruleContext = () => ctx;
  }
  const withGap = options.gap !== false;
  const indicators: IndicatorResult[] = new Array(n);
  const { sums, parts } = pass;
  const tables = parts.indicators;
  let low = 0;
  let evidence: string[] | null = null;
  if (!hasMissing) {
    // Nothing missing (nearly everyone): the criteria's sums with missing indicators at full points
    // are the pass's own, summed in the same order.
    for (let i = 0; i < n; i++) {
      const raw = points[i] as number;
      const app = applicable[i] as number;
      low += raw;
      // A whole, non-negative number of points (+0, not -0) within the indicator's table: its shared result.
      const k = raw | 0;
      const table = tables[i] as (IndicatorResult | undefined)[] | null;
      let found: IndicatorResult | undefined;
      if (table !== null && k === raw) {
        const at = 2 * k + app;
        if (at >= 0 && at < table.length && !Object.is(raw, -0)) found = table[at];
      }
      indicators[i] = found ?? indicatorResult(parts, i, raw, app);
    }
    sums.low = low;
    sums.high = low;
    sums.critHigh = out.criterionPoints;
    if (withGap) evidence = [];
  } else {
    const lost = missingFields(cf, ruleContext(), points, applicable);
    // The missing evidence fields, in indicator order: what each gap names.
    evidence = [];
    const critHigh = pass.critHigh;
    for (let c = 0; c < critHigh.length; c++) critHigh[c] = 0;
    const criterionOf = pass.criterionOf;
    let high = 0;
    for (let i = 0; i < n; i++) {
      const raw = points[i] as number;
      let best: number;
      // `raw` is summed as it is (`small` changes how a number is held, not its value).
      if (!Number.isNaN(raw)) {
        low += raw;
        best = raw;
        indicators[i] = indicatorResult(parts, i, raw, applicable[i] as number);
      } else {
        const max = parts.maxes[i] as number;
        best = max;
        const missing = lost[i] as string[];
        for (const f of missing) if (!evidence.includes(f)) evidence.push(f);
        const id = parts.ids[i] as string;
        const criterion = parts.criterionIds[i] as string;
        indicators[i] = { id, criterion, points: null, max, status: 'missing', missing };
      }
      high += best;
      const c = criterionOf[i] as number;
      critHigh[c] = (critHigh[c] as number) + best;
    }
    sums.low = low;
    sums.high = high;
    sums.critHigh = critHigh;
  }

  const crits = cf.criteria;
  const m = crits.length;
  const criteria: CriterionResult[] = new Array(m);
  const criterionPoints = out.criterionPoints;
  const criterionPossible = out.criterionPossible;
  const ctables = parts.criteria;
  for (let c = 0; c < m; c++) {
    // Whole points need no rounding (`round` gives them back as they are).
    const v = criterionPoints[c] as number;
    const k = v | 0;
    let found: CriterionResult | undefined;
    if (k === v && !hasMissing) {
      const table = ctables[c] as (CriterionResult | undefined)[] | null;
      if (table !== null && k >= 0 && k < table.length && !Object.is(v, -0)) found = table[k];
    }
    if (found === undefined) {
      const cr = crits[c] as CompiledFramework['criteria'][number];
      const points = round(v);
      const possible = hasMissing ? round(criterionPossible[c] as number) : points;
      found = criterionResult(parts, c, cr.id, points, cr.max, possible);
    }
    criteria[c] = found;
  }

  const gapEvidence = evidence ?? NO_EVIDENCE;
  const titles: TitleResult[] =
    choice !== null
      ? decideTitles(cf, choice, scores, ruleContext(), derived, withGap, new Array(m), gapEvidence)
      : passTitles(cf, pass.memos, out.decisions, scores, sums, ruleContext, derived, withGap, gapEvidence);

  const total = small(out.total);
  const possible = small(out.possible);
  const fw = cf.framework;
  const variant = choice !== null && choice.status !== 'none' ? (variantResult(choice) as VariantResult) : undefined;
  // The usual shapes written out as literals (one hidden class each, no growing property store);
  // key order is part of the output.
  if (record.name === undefined && record.memberships === undefined && variant === undefined) {
    const framework = pass.framework;
    const person = record.id;
    const group = record.group ?? fw.group;
    const unit = record.unit;
    const birthYear = birthYearOf(record.data);
    const max = cf.maxTotal;
    if (unit !== undefined) {
      if (birthYear !== undefined)
        return {
          framework,
          person,
          birthYear,
          group,
          unit,
          period,
          asOf,
          total,
          possible,
          max,
          criteria,
          indicators,
          derived,
          titles,
        };
      return {
        framework,
        person,
        group,
        unit,
        period,
        asOf,
        total,
        possible,
        max,
        criteria,
        indicators,
        derived,
        titles,
      };
    }
    if (birthYear !== undefined)
      return {
        framework,
        person,
        birthYear,
        group,
        period,
        asOf,
        total,
        possible,
        max,
        criteria,
        indicators,
        derived,
        titles,
      };
    return { framework, person, group, period, asOf, total, possible, max, criteria, indicators, derived, titles };
  }
  const evaluation = evaluationHead(fw, record, pass.framework);
  evaluation.period = period;
  evaluation.asOf = asOf;
  evaluation.total = total;
  evaluation.possible = possible;
  evaluation.max = cf.maxTotal;
  evaluation.criteria = criteria;
  evaluation.indicators = indicators;
  evaluation.derived = derived;
  if (variant !== undefined) evaluation.variant = variant;
  evaluation.titles = titles;
  return evaluation;
}

/** Stands for the rule context where nothing reads one (no title rule, no variant, nothing missing). */
function NO_CONTEXT(): RuleContext {
  throw new Error('cdht: internal error, no rule context was made for this evaluation');
}

/** The context the general path's rules see once the person is scored (explanations off). */
function contextFor(
  cf: CompiledFramework,
  record: EvidenceRecord,
  derived: Record<string, unknown>,
  period: Period,
  asOf: string,
): RuleContext {
  return {
    root: record.data,
    derived,
    missing: null,
    read: null,
    slots: fillSlots(record.data, cf.fields, new Array(cf.fields.length)),
    periodFrom: period.from,
    periodTo: period.to,
    asOf,
  };
}

function truthy(v: unknown): boolean {
  return Array.isArray(v) ? v.length > 0 : Boolean(v);
}

/**
 * The evidence fields each missing indicator needed, as the general path lists them: its rules run
 * again (unfused, on the person's slots) collecting what they found absent, then the fields behind
 * the derived values it read that were themselves computed from absent evidence.
 */
function missingFields(
  cf: CompiledFramework,
  ctx: RuleContext,
  points: ArrayLike<number>,
  applicable: ArrayLike<number>,
): string[][] {
  const data = ctx.root;
  const scratch: string[] = [];
  ctx.missing = scratch;
  const inds = cf.indicators;
  let derivedMissing: Map<string, string[]> | null = null;
  const lostDerived = (): Map<string, string[]> => {
    if (derivedMissing !== null) return derivedMissing;
    derivedMissing = new Map();
    for (const d of cf.derived) {
      if (scratch.length !== 0) scratch.length = 0;
      d.fn(data, ctx);
      if (scratch.length > 0) derivedMissing.set(d.name, [...scratch]);
    }
    return derivedMissing;
  };
  const out: string[][] = new Array(inds.length);
  for (let i = 0; i < inds.length; i++) {
    const p = points[i] as number;
    if (applicable[i] === 0 || !Number.isNaN(p)) continue;
    const ind = inds[i] as CompiledFramework['indicators'][number];
    if (scratch.length !== 0) scratch.length = 0;
    // The general path: an award is computed only when the condition needed nothing absent.
    if (ind.when !== null) truthy(ind.when(data, ctx));
    if (scratch.length === 0) ind.award(data, ctx);
    const fields = scratch.slice();
    if (ind.derivedReads.length > 0) {
      const lost = lostDerived();
      for (const name of ind.derivedReads) {
        const behind = lost.get(name);
        if (behind) for (const f of behind) if (!fields.includes(f)) fields.push(f);
      }
    }
    out[i] = fields;
  }
  ctx.missing = null;
  return out;
}
