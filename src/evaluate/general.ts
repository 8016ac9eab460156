import { CdhtError, issue } from '../errors/issue.js';
import type {
  CriterionResult,
  Evaluation,
  IndicatorResult,
  IndicatorStatus,
  VariantResult,
} from '../format/evaluation.js';
import type { EvidenceRecord } from '../format/evidence.js';
import type { CompiledFramework } from '../framework/compileFramework.js';
import type { RuleContext } from '../rules/types.js';
import type { Scores } from './decide.js';
import { decideTitles } from './decideTitles.js';
import type { EvaluateOptions } from './evaluate.js';
import { evaluationHead } from './head.js';
import { resolvePeriod } from './period.js';
import { fillSlots } from './slots.js';
import { chooseVariant, variantResult } from './variants.js';

function truthy(v: unknown): boolean {
  return Array.isArray(v) ? v.length > 0 : Boolean(v);
}

/** json-logic award semantics: true → full points, a number → that many (clamped), anything else by truthiness. */
function awardPoints(value: unknown, points: number): number {
  if (typeof value === 'number') return Number.isNaN(value) ? 0 : value < 0 ? 0 : value > points ? points : value;
  return truthy(value) ? points : 0;
}

/**
 * The general path of {@link evaluateCompiled}: every option, collectives, explanations (the values
 * each rule read). Without explanations `evaluateCompiled` builds the same value on the scoring pass;
 * tests compare the two.
 * @internal
 */
export function _evaluateGeneral(
  cf: CompiledFramework,
  record: EvidenceRecord,
  options: EvaluateOptions = {},
  members?: unknown,
): Evaluation {
  if (members === undefined && cf.collective !== undefined) throw collectiveWithoutMembers(cf);
  const period = resolvePeriod(record.period);
  const explain = options.explain !== false;
  const scratch: string[] = [];
  const derived: Record<string, unknown> = {};
  const ctx: RuleContext = {
    root: record.data,
    derived,
    missing: scratch,
    read: null,
    slots: fillSlots(record.data, cf.fields, new Array(cf.fields.length)),
    periodFrom: period.from,
    periodTo: period.to,
    asOf: options.asOf ?? period.to,
    members,
  };
  let derivedMissing: Record<string, string[]> | null = null;
  for (const d of cf.derived) {
    if (scratch.length !== 0) scratch.length = 0;
    const value = d.fn(record.data, ctx);
    // A value computed from absent evidence is unknown, not false or 0.
    if (scratch.length > 0) {
      derived[d.name] = null;
      derivedMissing ??= {};
      derivedMissing[d.name] = [...scratch];
    } else derived[d.name] = value === undefined ? null : value;
  }

  const inds = cf.indicators;
  const crits = cf.criteria;
  const n = inds.length;
  // Plain arrays: see `Numbers` in decide.ts.
  const points = new Array<number>(n);
  const applicable = new Array<number>(n);
  const critPoints = new Array<number>(crits.length).fill(0);
  const critPossible = new Array<number>(crits.length).fill(0);
  const missingIds: string[] = [];
  const missingFields: string[] = [];
  const indicators: IndicatorResult[] = new Array(n);
  let total = 0;
  let possible = 0;
  for (let i = 0; i < n; i++) {
    const ind = inds[i] as CompiledFramework['indicators'][number];
    if (scratch.length !== 0) scratch.length = 0;
    const read: Record<string, unknown> | null = explain ? {} : null;
    ctx.read = read;
    let status: IndicatorStatus;
    let p: number | null;
    const isApplicable = ind.when === null || truthy(ind.when(record.data, ctx));
    if (!isApplicable && scratch.length === 0) {
      status = 'not-applicable';
      p = 0;
    } else {
      const value = scratch.length === 0 ? ind.award(record.data, ctx) : null;
      if (derivedMissing !== null)
        for (const name of ind.derivedReads) {
          const lost = derivedMissing[name];
          if (lost) for (const f of lost) if (!scratch.includes(f)) scratch.push(f);
        }
      if (scratch.length > 0) {
        status = 'missing';
        p = null;
      } else {
        p = awardPoints(value, ind.points);
        status = p >= ind.points ? 'met' : p > 0 ? 'partial' : 'unmet';
      }
    }
    applicable[i] = status === 'not-applicable' ? 0 : 1;
    const c = ind.criterion;
    const criterion = (crits[c] as CompiledFramework['criteria'][number]).id;
    // Read only when the rule read something (explain), else the same fields in the same order:
    // one object literal per shape, so every result of a shape shares a hidden class.
    const hasRead = read !== null && Object.keys(read).length > 0;
    if (p === null) {
      points[i] = Number.NaN;
      const missing = scratch.slice();
      missingIds.push(ind.id);
      for (const f of missing) if (!missingFields.includes(f)) missingFields.push(f);
      critPossible[c] = (critPossible[c] as number) + ind.points;
      possible += ind.points;
      indicators[i] = hasRead
        ? { id: ind.id, criterion, points: null, max: ind.points, status, missing, read }
        : { id: ind.id, criterion, points: null, max: ind.points, status, missing };
    } else {
      points[i] = p;
      critPoints[c] = (critPoints[c] as number) + p;
      critPossible[c] = (critPossible[c] as number) + p;
      total += p;
      possible += p;
      indicators[i] = hasRead
        ? { id: ind.id, criterion, points: p, max: ind.points, status, read }
        : { id: ind.id, criterion, points: p, max: ind.points, status };
    }
  }
  ctx.read = null;
  ctx.missing = null;

  const criteria: CriterionResult[] = new Array(crits.length);
  for (let c = 0; c < crits.length; c++) {
    const cr = crits[c] as CompiledFramework['criteria'][number];
    criteria[c] = {
      id: cr.id,
      points: round(critPoints[c] as number),
      max: cr.max,
      possible: round(critPossible[c] as number),
    };
  }
  const scores: Scores = { points, applicable, missingIds };
  const withGap = options.gap !== false;
  const choice = chooseVariant(cf, options.units, record.unit, ctx.asOf);
  const titles = decideTitles(cf, choice, scores, ctx, derived, withGap, critPoints, missingFields);
  const evaluation = evaluationHead(cf.framework, record);
  evaluation.period = period; // a new object per call (resolvePeriod)
  evaluation.asOf = ctx.asOf;
  evaluation.total = round(total);
  evaluation.possible = round(possible);
  evaluation.max = cf.maxTotal;
  evaluation.criteria = criteria;
  evaluation.indicators = indicators;
  evaluation.derived = derived;
  if (choice.status !== 'none') evaluation.variant = variantResult(choice) as VariantResult;
  evaluation.titles = titles;
  return evaluation;
}

/** Keeps decimal points readable: 0.1 + 0.2 is 0.3 in a report. */
function round(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

/** A collective framework judges a collective from its members; a person's record is not one. */
function collectiveWithoutMembers(cf: CompiledFramework): CdhtError {
  const fw = cf.framework;
  return new CdhtError([issue('invalid_collective', ['framework'], { kind: 'needs_members', framework: fw.id })]);
}
