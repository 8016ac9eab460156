import type { CaseExpect, CaseFile, CriteriaCase } from '../format/cases.js';
import type { CollectiveEvaluation } from '../format/collectiveEvaluation.js';
import {
  type Evaluation,
  type IndicatorStatus,
  IndicatorStatusSchema,
  type TitleDecision,
  TitleDecisionSchema,
} from '../format/evaluation.js';
import type { EvidenceRecord } from '../format/evidence.js';
import type { UnitEntry } from '../format/units.js';

/**
 * The part of the engine the case runner needs: evaluate a record against a framework id, the
 * engine picking the version in force on `asOf` or the period's end.
 *
 * @category Evaluation
 */
export interface CaseEvaluator {
  evaluate(
    framework: string | undefined,
    record: EvidenceRecord,
    options?: { asOf?: string; units?: readonly UnitEntry[] | undefined },
  ): Evaluation;
  /** Collective cases: judges a collective from its members' evaluations (the cdht engine has it). */
  evaluateCollective?(
    framework: string | undefined,
    collective: unknown,
    members: readonly unknown[],
    options?: { asOf?: string },
  ): CollectiveEvaluation;
}

/** Evaluates one case: a person's record, or a collective after each of its members. */
function evaluateCase(engine: CaseEvaluator, framework: string, c: CriteriaCase): Evaluation | CollectiveEvaluation {
  const options = c.asOf === undefined ? {} : { asOf: c.asOf };
  if ('evidence' in c) {
    // The case's unit attributes become a one-unit list: the record's unit with those attributes.
    const units =
      c.unitAttributes === undefined ? undefined : [{ unit: c.evidence.unit ?? {}, attributes: c.unitAttributes }];
    return engine.evaluate(framework, c.evidence, { ...options, ...(units === undefined ? {} : { units }) });
  }
  if (engine.evaluateCollective === undefined) throw new Error('this evaluator cannot judge collectives');
  const judge = engine.evaluateCollective.bind(engine);
  // Members are judged with the forms they name (or their group's), like any person; a lower
  // collective (a family of a clan) with the framework of its kind, from its own members.
  const members = c.members.map((m) =>
    'collective' in m
      ? judge(
          undefined,
          m.collective,
          m.members.map((p) => engine.evaluate(undefined, p, options)),
          options,
        )
      : engine.evaluate(undefined, m, options),
  );
  return judge(framework, c.collective, members, options);
}

/** A case whose evaluation differed from its expectation. @category Evaluation */
export interface CaseFailure {
  readonly description: string;
  /** One line per difference, e.g. `titles.cdht: expected awarded, got not-awarded`. */
  readonly mismatches: readonly string[];
}

/** Which outcomes the cases exercised, to find what no case tests. @category Evaluation */
export interface CaseCoverage {
  /** Indicator id → statuses seen, in the order of {@link IndicatorStatus}. */
  readonly indicatorStatuses: Readonly<Record<string, readonly IndicatorStatus[]>>;
  /** Title id → decisions seen, in the order of {@link TitleDecision}. */
  readonly titleDecisions: Readonly<Record<string, readonly TitleDecision[]>>;
}

/** Result of running a case file. @category Evaluation */
export interface CaseRunResult {
  /** Number of cases that matched every expectation. */
  readonly passed: number;
  readonly failed: readonly CaseFailure[];
  readonly coverage: CaseCoverage;
}

/**
 * Runs every case of a case file through the engine and compares each evaluation with what the
 * case expects. An evaluation that throws is a failure, not an exception.
 *
 * @param engine - anything that evaluates a record against a framework id (the cdht engine)
 * @param caseFile - a validated case file (see `parseCaseFile`)
 * @returns passed count, failures with their mismatches, and the outcomes seen
 * @example
 * const result = runCases(engine, caseFile);
 * if (result.failed.length > 0) console.log(result.failed);
 * @category Evaluation
 */
export function runCases(engine: CaseEvaluator, caseFile: CaseFile): CaseRunResult {
  const failed: CaseFailure[] = [];
  const evaluations: (Evaluation | CollectiveEvaluation)[] = [];
  for (const c of caseFile.cases) {
    let evaluation: Evaluation | CollectiveEvaluation;
    try {
      evaluation = evaluateCase(engine, caseFile.framework, c);
    } catch (error) {
      failed.push({ description: c.description, mismatches: [`evaluation failed: ${errorText(error)}`] });
      continue;
    }
    evaluations.push(evaluation);
    const mismatches = compareEvaluation(evaluation, c.expect);
    if (mismatches.length > 0) failed.push({ description: c.description, mismatches });
  }
  return { passed: caseFile.cases.length - failed.length, failed, coverage: collectCaseCoverage(evaluations) };
}

/**
 * Lists how an evaluation differs from an expectation; empty when it matches.
 *
 * @param evaluation - the actual evaluation
 * @param expect - what the case expects
 * @returns one line per difference
 * @category Evaluation
 */
export function compareEvaluation(evaluation: Evaluation | CollectiveEvaluation, expect: CaseExpect): string[] {
  const out: string[] = [];
  const check = (what: string, expected: unknown, actual: unknown): void => {
    if (!sameJson(expected, actual)) out.push(`${what}: expected ${show(expected)}, got ${show(actual)}`);
  };
  if (expect.version !== undefined) check('version', expect.version, evaluation.framework.version);
  if (expect.total !== undefined) check('total', expect.total, evaluation.total);
  if (expect.possible !== undefined) check('possible', expect.possible, evaluation.possible);
  for (const [id, decision] of Object.entries(expect.titles ?? {})) {
    const title = evaluation.titles.find((t) => t.id === id);
    check(`titles.${id}`, decision, title?.decision);
  }
  for (const [id, codes] of Object.entries(expect.reasons ?? {})) {
    const title = evaluation.titles.find((t) => t.id === id);
    const seen: string[] = title?.reasons.map((r) => r.code) ?? [];
    for (const code of codes) {
      if (!seen.includes(code)) out.push(`reasons.${id}: expected ${code} among [${seen.join(', ')}]`);
    }
  }
  for (const [id, want] of Object.entries(expect.indicators ?? {})) {
    const result = evaluation.indicators.find((i) => i.id === id);
    if (result === undefined) {
      out.push(`indicators.${id}: not in the evaluation`);
      continue;
    }
    if (want.points !== undefined) check(`indicators.${id}.points`, want.points, result.points);
    if (want.status !== undefined) check(`indicators.${id}.status`, want.status, result.status);
  }
  for (const [name, value] of Object.entries(expect.derived ?? {})) {
    check(`derived.${name}`, value, evaluation.derived[name]);
  }
  const collective = 'collective' in evaluation ? evaluation : undefined;
  if (expect.level !== undefined) check('level', expect.level, collective?.level.awarded);
  if (expect.recognised !== undefined) check('recognised', expect.recognised, collective?.recognised);
  for (const [key, n] of Object.entries(expect.members ?? {}))
    check(`members.${key}`, n, collective?.members[key as 'received' | 'missing' | 'undetermined']);
  const person = 'collective' in evaluation ? undefined : evaluation;
  if (expect.variant?.status !== undefined) check('variant.status', expect.variant.status, person?.variant?.status);
  if (expect.variant?.id !== undefined) check('variant.id', expect.variant.id, person?.variant?.id);
  return out;
}

/**
 * Collects the indicator statuses and title decisions that a set of evaluations exercised.
 *
 * @param evaluations - the evaluations of the cases
 * @returns the outcomes seen, each list in canonical order without repeats
 * @category Evaluation
 */
export function collectCaseCoverage(evaluations: readonly (Evaluation | CollectiveEvaluation)[]): CaseCoverage {
  const statuses = new Map<string, Set<IndicatorStatus>>();
  const decisions = new Map<string, Set<TitleDecision>>();
  for (const e of evaluations) {
    for (const i of e.indicators) addTo(statuses, i.id, i.status);
    for (const t of e.titles) addTo(decisions, t.id, t.decision);
  }
  return {
    indicatorStatuses: ordered(statuses, IndicatorStatusSchema.options),
    titleDecisions: ordered(decisions, TitleDecisionSchema.options),
  };
}

function addTo<T>(map: Map<string, Set<T>>, key: string, value: T): void {
  const set = map.get(key) ?? new Set<T>();
  set.add(value);
  map.set(key, set);
}

function ordered<T>(map: Map<string, Set<T>>, order: readonly T[]): Record<string, T[]> {
  const out: Record<string, T[]> = {};
  for (const [key, set] of map) out[key] = order.filter((v) => set.has(v));
  return out;
}

function sameJson(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** JSON text with object keys sorted, so key order never makes values differ. */
function canonical(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function show(value: unknown): string {
  return value === undefined ? '(absent)' : canonical(value);
}

function errorText(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
