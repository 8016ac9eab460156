import type { TitleDecision } from '../format/evaluation.js';
import type { EvidenceRecord, PeriodInput } from '../format/evidence.js';
import type { UnitEntry } from '../format/units.js';
import type { CompiledFramework, CompiledTitle, IndicatorPassState } from '../framework/compileFramework.js';
import { compileFused } from '../rules/compiler/fuse.js';
import type { RuleTree } from '../rules/tree/nodes.js';
import type { RuleContext, RuleFn } from '../rules/types.js';
import { ruleView, type Scores } from './decide.js';
import { resolvePeriod } from './period.js';
import { createSlotReader } from './slots.js';
import { candidateTitles, chooseVariant, type VariantChoice } from './variants.js';

/**
 * The lean result of scoring one person: what batch runs and live self-assessment pages need,
 * without the per-indicator detail, reasons and gaps of a full `Evaluation`. Equal to the
 * corresponding fields of `evaluateCompiled` for the same record and date.
 *
 * @category Evaluation
 */
export interface Score {
  /** The person's id (`record.id`). */
  readonly person: string;
  /** Points earned, missing indicators counting 0 (as `Evaluation.total`). */
  readonly total: number;
  /** Points reachable if every missing indicator scored in full (as `Evaluation.possible`). */
  readonly possible: number;
  /** How many indicators could not be scored for missing evidence. */
  readonly missing: number;
  /** One decision per title, in the order of `compiled.framework.titles`. */
  readonly decisions: readonly TitleDecision[];
  /**
   * Points per criterion, in the order of `compiled.framework.criteria`, missing indicators counting
   * 0 (as `Evaluation.criteria[c].points`): what reports by criterion need from the lean path.
   */
  readonly criteria: readonly number[];
}

/** Options of {@link createScorer}. */
export interface ScorerOptions {
  /** Evaluation date `yyyy-MM-dd`; defaults to the last day of each record's period. */
  readonly asOf?: string | undefined;
  /** Units with their attributes, for variants by area (as `EvaluateOptions.units`). */
  readonly units?: readonly UnitEntry[] | undefined;
}

/** Scores one record; see {@link createScorer}. @category Evaluation */
export type Scorer = (record: EvidenceRecord) => Score;

function truthy(v: unknown): boolean {
  return Array.isArray(v) ? v.length > 0 : Boolean(v);
}

/** Points an award value gives out of `points` (numbers clamped, anything else all or nothing). @internal */
export function awardPoints(value: unknown, points: number): number {
  // Most awards are booleans: answered before the generic truthiness (a fifth of the loop's time).
  if (value === true) return points;
  if (value === false || value === null) return 0;
  if (typeof value === 'number') return Number.isNaN(value) ? 0 : value < 0 ? 0 : value > points ? points : value;
  return truthy(value) ? points : 0;
}

/** As `evaluateCompiled` rounds. @internal */
export function round(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

const NO_DERIVED: Record<string, unknown> = /* @__PURE__ */ Object.freeze({}) as Record<string, unknown>;

/**
 * Creates a scorer for a compiled framework: the hot path of batch runs. It keeps its scratch
 * buffers between calls, so scoring a person allocates only the returned {@link Score} (and the
 * person's derived values, when the framework has any). A scorer is not re-entrant: use one per
 * thread, which is what the batch workers do. Absent evidence is handled exactly as in
 * `evaluateCompiled` (missing indicators, undetermined titles).
 *
 * @param cf - the compiled framework (`engine.compile(framework)`)
 * @param options - evaluation date
 * @returns the scoring function
 * @example
 * const score = createScorer(engine.compile(engine.get('cdht')!));
 * score(record).decisions // ['awarded']
 * @category Evaluation
 */
export function createScorer(cf: CompiledFramework, options: ScorerOptions = {}): Scorer {
  const pass = _scorePass(cf, options);
  const out = pass.out;
  return (record) => {
    pass.run(record);
    const points = out.criterionPoints;
    const criteria = new Array<number>(points.length);
    for (let c = 0; c < points.length; c++) criteria[c] = round(points[c] as number);
    return {
      person: record.id,
      total: out.total,
      possible: out.possible,
      missing: out.missing,
      decisions: out.decisions,
      criteria,
    };
  };
}

/**
 * What one scoring pass leaves, overwritten by the next: totals rounded as in an `Evaluation`,
 * per-criterion sums (unrounded, in framework order) and the person's derived values.
 * @internal
 */
export interface ScorePassOut {
  total: number;
  possible: number;
  missing: number;
  decisions: TitleDecision[];
  /** The person's derived values (a new object per person), or a shared empty one without any. */
  derived: Record<string, unknown>;
  readonly criterionPoints: Float64Array;
  readonly criterionPossible: Float64Array;
  /** The variant by area chosen for the person, or null when the framework has none. */
  choice: VariantChoice | null;
  /** Per indicator points (NaN when missing) and applicability, ids of the missing indicators. */
  readonly scores: Scores;
}

/**
 * The scoring pass behind {@link createScorer} and the batches' summaries: one record at a time,
 * scratch buffers kept between calls, results in `out`. Not re-entrant.
 * @internal
 */
export function _scorePass(
  cf: CompiledFramework,
  options: ScorerOptions = {},
): { run(record: EvidenceRecord, at?: ScorerOptions): void; readonly out: ScorePassOut } {
  const inds = cf.indicators;
  const n = inds.length;
  const titles = cf.titles;
  const points = new Float64Array(n);
  const applicable = new Uint8Array(n);
  const crit = new Float64Array(cf.criteria.length);
  // Flat copies of what the loops read, so the hot loops touch typed arrays, not objects.
  const maxPoints = Float64Array.from(inds, (ind) => ind.points);
  const criterionOf = Int32Array.from(inds, (ind) => ind.criterion);
  let awards = inds.map((ind) => ind.award);
  let whens = inds.map((ind) => ind.when);
  // Quantifiers over one list, across indicators, fused into one pass per person (when the
  // framework's parsed rules are at hand: a compiled module brings closures only).
  let beginPerson: (() => void) | null = null;
  if (cf.unrolled === undefined && inds.every((ind) => ind.rules?.award?.tree !== undefined)) {
    const trees: RuleTree[] = [];
    const whenAt: number[] = [];
    const awardAt: number[] = [];
    for (const ind of inds) {
      whenAt.push(ind.rules.when === null ? -1 : trees.push(ind.rules.when.tree) - 1);
      awardAt.push(trees.push(ind.rules.award.tree) - 1);
    }
    const fused = compileFused(
      trees,
      { derived: new Set(cf.derived.map((d) => d.name)), slots: new Map(cf.fields.map((f, i) => [f, i])) },
      createSlotReader,
    );
    // Always these closures: besides fused passes they carry the superinstructions.
    whens = whenAt.map((at) => (at < 0 ? null : (fused.fns[at] as RuleFn)));
    awards = awardAt.map((at) => fused.fns[at] as RuleFn);
    if (fused.passes > 0) beginPerson = fused.begin;
  }
  const missingIds: string[] = [];
  const scores: Scores = { points, applicable, missingIds };
  const scratch: string[] = [];
  const ctx: RuleContext = {
    root: null,
    derived: NO_DERIVED,
    missing: scratch,
    read: null,
    slots: new Array(cf.fields.length),
    periodFrom: '',
    periodTo: '',
    asOf: '',
  };
  const hasDerived = cf.derived.length > 0;
  const hasVariants = cf.variants.length > 0;
  const critLow = new Float64Array(cf.criteria.length);
  const critPossible = new Float64Array(cf.criteria.length);
  const out: ScorePassOut = {
    total: 0,
    possible: 0,
    missing: 0,
    decisions: [],
    derived: NO_DERIVED,
    criterionPoints: critLow,
    criterionPossible: critPossible,
    choice: null,
    scores,
  };
  // Per title (and per variant's title), only the indicators with a minimum: most titles set few or none.
  const minimums = new Map<CompiledTitle, Int32Array>();
  const minimumsOf = (t: CompiledTitle): Int32Array => {
    let list = minimums.get(t);
    if (!list) {
      list = Int32Array.from(inds.keys()).filter((i) => (t.indicatorMin[i] as number) > 0);
      minimums.set(t, list);
    }
    return list;
  };
  const baseMinimums = titles.map(minimumsOf);

  /**
   * Whether title `t`'s requirements hold with missing indicators at 0 (`optimistic` false: uses the
   * sums of the scoring loop) or at full points (the ordered loop of `decide.ts`, so sums round alike).
   */
  const holds = (t: CompiledTitle, optimistic: boolean, list: Int32Array): boolean => {
    const min = t.indicatorMin;
    const cmin = t.criterionMin;
    if (!optimistic) {
      for (let j = 0; j < list.length; j++) {
        const i = list[j] as number;
        const p = points[i] as number;
        if (applicable[i] === 1 && (Number.isNaN(p) ? 0 : p) < (min[i] as number)) return false;
      }
      if (lowTotal < t.total) return false;
      for (let c = 0; c < critLow.length; c++) if ((critLow[c] as number) < (cmin[c] as number)) return false;
      return true;
    }
    let total = 0;
    for (let c = 0; c < crit.length; c++) crit[c] = 0;
    for (let i = 0; i < n; i++) {
      let p = points[i] as number;
      if (Number.isNaN(p)) p = maxPoints[i] as number;
      if (applicable[i] === 1 && p < (min[i] as number)) return false;
      total += p;
      const c = criterionOf[i] as number;
      crit[c] = (crit[c] as number) + p;
    }
    if (total < t.total) return false;
    for (let c = 0; c < crit.length; c++) if ((crit[c] as number) < (cmin[c] as number)) return false;
    return true;
  };
  let lowTotal = 0;
  let hasMissing = false;
  const decide = (t: CompiledTitle, list: Int32Array = minimumsOf(t)): TitleDecision => {
    const low = holds(t, false, list);
    const high = hasMissing ? holds(t, true, list) : low;
    let ruleLow = true;
    let ruleHigh = true;
    if (t.rule !== null && (low || high)) {
      ctx.missing = null;
      ruleLow = truthy(t.rule(ruleView(cf, scores, false, ctx.derived ?? NO_DERIVED), ctx));
      ruleHigh = hasMissing ? truthy(t.rule(ruleView(cf, scores, true, ctx.derived ?? NO_DERIVED), ctx)) : ruleLow;
    }
    return low && ruleLow && ruleHigh ? 'awarded' : !high || (!ruleLow && !ruleHigh) ? 'not-awarded' : 'undetermined';
  };
  // Decisions of a person, frozen and shared by everyone with the same combination (few titles,
  // three outcomes each): a Score's decisions are read-only, and scoring allocates one array less.
  const decided = new Array<TitleDecision>(titles.length);
  const interned = new Map<number, TitleDecision[]>();
  const internedDecisions = (code: number): TitleDecision[] => {
    let found = titles.length <= 20 ? interned.get(code) : undefined;
    if (found === undefined) {
      found = Object.freeze(decided.slice()) as TitleDecision[];
      if (titles.length <= 20) interned.set(code, found);
    }
    return found;
  };

  let lastPeriod: PeriodInput | undefined;
  let lastAsOf: string | undefined;
  // A compiled module's own slot reader and indicator loop (the same steps, written out).
  const unrolled = cf.unrolled;
  const readSlots = unrolled !== undefined ? unrolled.fillSlots : createSlotReader(cf.fields);
  const passState: IndicatorPassState = {
    points,
    applicable,
    criterionLow: critLow,
    criterionPossible: critPossible,
    missingIds,
    total: 0,
    possible: 0,
  };

  const setPeriod = (period: PeriodInput, asOf: string | undefined): void => {
    // Records of one batch nearly always share the period: resolve it once. A period object is
    // compared by its dates, not by identity: a caller may change one object between calls.
    const same =
      typeof period === 'string'
        ? period === lastPeriod
        : lastPeriod !== undefined && period.from === ctx.periodFrom && period.to === ctx.periodTo;
    if (same && asOf === lastAsOf) return;
    lastPeriod = period;
    lastAsOf = asOf;
    const resolved = resolvePeriod(period);
    ctx.periodFrom = resolved.from;
    ctx.periodTo = resolved.to;
    ctx.asOf = asOf ?? ctx.periodTo;
  };

  // `at`: the evaluation date and units of this call, when they differ from the pass's (evaluateCompiled).
  const run = (record: EvidenceRecord, at: ScorerOptions = options): void => {
    setPeriod(record.period, at.asOf);
    const data = record.data;
    ctx.root = data;
    readSlots(data, ctx.slots as unknown[]);
    if (beginPerson !== null) beginPerson();
    ctx.missing = scratch;
    let derivedMissing: Record<string, true> | null = null;
    if (hasDerived) {
      const derived: Record<string, unknown> = {};
      ctx.derived = derived;
      for (const d of cf.derived) {
        if (scratch.length !== 0) scratch.length = 0;
        const value = d.fn(data, ctx);
        if (scratch.length > 0) {
          derived[d.name] = null;
          derivedMissing ??= {};
          derivedMissing[d.name] = true;
        } else derived[d.name] = value === undefined ? null : value;
      }
    }
    if (missingIds.length !== 0) missingIds.length = 0;
    for (let c = 0; c < critLow.length; c++) {
      critLow[c] = 0;
      critPossible[c] = 0;
    }
    let total = 0;
    let possible = 0;
    if (unrolled !== undefined) {
      unrolled.indicators(data, ctx, scratch, derivedMissing, passState);
      total = passState.total;
      possible = passState.possible;
    } else
      for (let i = 0; i < n; i++) {
        if (scratch.length !== 0) scratch.length = 0;
        const when = whens[i] as RuleFn | null;
        const w = when === null ? true : when(data, ctx);
        const isApplicable = w === true || (w !== false && truthy(w));
        if (!isApplicable && scratch.length === 0) {
          points[i] = 0;
          applicable[i] = 0;
          continue;
        }
        applicable[i] = 1;
        const value = scratch.length === 0 ? (awards[i] as RuleFn)(data, ctx) : null;
        let lost = scratch.length > 0;
        if (!lost && derivedMissing !== null) {
          const reads = (inds[i] as CompiledFramework['indicators'][number]).derivedReads;
          for (let k = 0; k < reads.length; k++) if (derivedMissing[reads[k] as string] === true) lost = true;
        }
        const max = maxPoints[i] as number;
        if (lost) {
          points[i] = Number.NaN;
          missingIds.push((inds[i] as CompiledFramework['indicators'][number]).id);
          possible += max;
          const c = criterionOf[i] as number;
          critPossible[c] = (critPossible[c] as number) + max;
        } else {
          const p = awardPoints(value, max);
          points[i] = p;
          total += p;
          const c = criterionOf[i] as number;
          critLow[c] = (critLow[c] as number) + p;
          critPossible[c] = (critPossible[c] as number) + p;
          possible += p;
        }
      }
    ctx.root = null;
    lowTotal = total;
    hasMissing = missingIds.length > 0;
    // Variants by area: the title's requirements in force for this unit; when its attributes are
    // unknown, a decision every candidate shares, else undetermined (as `evaluateCompiled`).
    const choice = hasVariants ? chooseVariant(cf, at.units, record.unit, ctx.asOf) : null;
    out.choice = choice;
    let code = 0;
    for (let k = 0; k < titles.length; k++) {
      let d: TitleDecision;
      if (choice === null) d = decide(titles[k] as CompiledTitle, baseMinimums[k] as Int32Array);
      else {
        const found = candidateTitles(cf, choice, k).map((t) => decide(t));
        const last = found[found.length - 1] as TitleDecision;
        d = found.every((x) => x === last) ? last : 'undetermined';
      }
      decided[k] = d;
      code = code * 3 + (d === 'awarded' ? 0 : d === 'not-awarded' ? 1 : 2);
    }
    const decisions = internedDecisions(code);
    out.derived = ctx.derived ?? NO_DERIVED;
    if (hasDerived) ctx.derived = NO_DERIVED;
    out.total = round(total);
    out.possible = round(possible);
    out.missing = missingIds.length;
    out.decisions = decisions;
  };
  return { run, out };
}
