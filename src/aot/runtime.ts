/**
 * The run-time half of ahead-of-time compilation: what a module emitted by `compileScorerModule`
 * imports. The generated code calls the same functions the rule compiler's closures call (`var`
 * reads, coercions, the operator tables), and scoring runs through `createScorer` itself, so a
 * compiled module decides exactly as the engine does. Nothing here builds code from strings.
 *
 * @module
 */

import { resolvePeriod } from '../evaluate/period.js';
import { awardPoints, createScorer, type Scorer, type ScorerOptions } from '../evaluate/score.js';
import type { TitleDecision } from '../format/evaluation.js';
import type { PeriodInput } from '../format/evidence.js';
import type { Variant } from '../format/framework.js';
import type {
  CompiledFramework,
  CompiledIndicator,
  CompiledTitle,
  UnrolledScoring,
} from '../framework/compileFramework.js';
import { dynamicVar, literalVar, missingOf, note, readLiteral } from '../rules/compiler/var.js';
import { isWithin } from '../rules/operators/dates.js';
import { domainOperators } from '../rules/operators/domain.js';
import { inOp, missingSome, standardOperators, toFloat } from '../rules/operators/standard.js';
import { truthy } from '../rules/path.js';
import type { OperatorDefinition, RuleContext, RuleFn } from '../rules/types.js';

export type { Scorer, ScorerOptions, TitleDecision };
export { awardPoints, dynamicVar, inOp, isWithin, literalVar, missingOf, note, readLiteral, toFloat, truthy };

/**
 * A built-in operator by table and name (own properties only), as the generated code refers to it.
 *
 * @param table - `s` for the standard operators, `d` for the domain operators
 * @param name - the operator's name
 * @returns its definition
 * @internal
 */
export function operator(table: 's' | 'd', name: string): OperatorDefinition {
  const t = table === 's' ? standardOperators : domainOperators;
  if (!Object.hasOwn(t, name)) throw new Error(`cdht/aot-runtime: no operator ${JSON.stringify(name)}`);
  return t[name] as OperatorDefinition;
}

/** `{"-": [a, b]}` as the compiler computes it. @internal */
export function minus(a: unknown, b: unknown): number {
  return b === undefined ? -(a as number) : (a as number) - (b as number);
}

/** `{"+": [a, b]}` (folds from 0, which turns -0 into 0). @internal */
export function plus(a: unknown, b: unknown): number {
  return 0 + toFloat(a) + toFloat(b);
}

/** `{"<": [a, b, c]}` and `{"<=": [a, b, c]}`, all three evaluated first. @internal */
export function between(strict: boolean, a: unknown, b: unknown, x: unknown): boolean {
  const va = a as number;
  const vb = b as number;
  const vx = x as number | undefined;
  if (strict) return vx === undefined ? va < vb : va < vb && vb < vx;
  return vx === undefined ? va <= vb : va <= vb && vb <= vx;
}

/** `missing_some` over evaluated arguments. @internal */
export function missingSomeOf(
  values: readonly unknown[],
  data: unknown,
  ctx: RuleContext,
  derived: ReadonlySet<string>,
): unknown[] {
  return missingSome(values[0], values[1], (keys) => missingOf(keys, data, ctx, derived));
}

/**
 * Freezes the arrays of a constant, as the compiler freezes folded values.
 *
 * @param value - the constant
 * @returns the same value
 * @internal
 */
export function frozen<T>(value: T): T {
  if (Array.isArray(value)) {
    for (const item of value) frozen(item);
    Object.freeze(value);
  }
  return value;
}

/**
 * Whether a value is an object whose properties a plain load reads as own ones or undefined: its
 * prototype is `Object.prototype` or null (arrays, class instances and other realms' objects are not).
 *
 * @param v - the value
 * @returns true for such an object
 * @internal
 */
export function plain(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return false;
  const p = Object.getPrototypeOf(v);
  return p === Object.prototype || p === null;
}

/**
 * Whether the fast path of a compiled module may load `keys` directly: `Object.prototype` has none of
 * them here (the module checks again where it runs, as the environment may differ from the compiler's).
 *
 * @param keys - the keys the fast path loads
 * @returns true when none is on `Object.prototype`
 * @internal
 */
export function directKeys(keys: readonly string[]): boolean {
  return keys.every((k) => !(k in Object.prototype));
}

/**
 * Every combination of awarded / not-awarded for `n` titles (n ≤ 8), indexed by the awarded titles'
 * bits: the fast path hands out these frozen arrays instead of allocating one per person.
 *
 * @param n - the number of titles
 * @returns 2^n frozen decision lists
 * @internal
 */
export function decisionTable(n: number): readonly (readonly TitleDecision[])[] {
  return Array.from({ length: 2 ** n }, (_v, bits) =>
    Object.freeze(Array.from({ length: n }, (_t, k): TitleDecision => ((bits >> k) & 1 ? 'awarded' : 'not-awarded'))),
  );
}

/** The context of a module's fast path: the person's period and data, and what operators note missing. */
export interface FastContext extends RuleContext {
  /** The period the dates were computed for. */
  period: PeriodInput | undefined;
  readonly missing: string[];
  /** `options.asOf`, if given. */
  readonly fixedAsOf: string | undefined;
}

/**
 * A fast path's context for a scorer's options (evaluation date), as `createScorer` keeps its own.
 *
 * @param options - the scorer's options
 * @returns the context
 * @internal
 */
export function fastContext(options: ScorerOptions = {}): FastContext {
  return {
    root: null,
    derived: null,
    missing: [],
    read: null,
    slots: null,
    periodFrom: '',
    periodTo: '',
    asOf: '',
    period: undefined,
    fixedAsOf: options.asOf,
  };
}

/**
 * Prepares the fast path's context for a person: the period's dates (as `createScorer` resolves them,
 * once per run of records sharing the period), the data, an empty missing list.
 *
 * @param c - the context
 * @param period - the record's period
 * @param data - the record's data
 * @internal
 */
export function enterRecord(c: FastContext, period: PeriodInput, data: unknown): void {
  c.root = data;
  if (c.missing.length !== 0) c.missing.length = 0;
  // A period object is compared by its dates, not by identity: a caller may change one between calls.
  if (
    typeof period === 'string'
      ? period === c.period
      : c.period !== undefined && period.from === c.periodFrom && period.to === c.periodTo
  )
    return;
  c.period = period;
  const resolved = resolvePeriod(period);
  c.periodFrom = resolved.from;
  c.periodTo = resolved.to;
  c.asOf = c.fixedAsOf ?? c.periodTo;
}

/** A title's requirements in a compiled module. */
export interface ModuleTitle {
  /** Least total. */
  readonly total: number;
  /** Minimum points per indicator, in framework order. */
  readonly indicatorMin: readonly number[];
  /** Minimum points per criterion, in framework order. */
  readonly criterionMin: readonly number[];
  /** The title rule, or null. */
  readonly rule: RuleFn | null;
}

/**
 * What a compiled module hands to {@link createModuleScorer}: the framework's structure with the
 * generated functions in place of the compiler's closures.
 */
export interface ModuleSpec {
  /** Criteria `{ id, max }` in framework order. */
  readonly criteria: readonly { readonly id: string; readonly max: number }[];
  /** Indicators in framework order. */
  readonly indicators: readonly Pick<
    CompiledIndicator,
    'id' | 'criterion' | 'points' | 'when' | 'award' | 'derivedReads'
  >[];
  /** Derived values, in order. */
  readonly derived: readonly { readonly name: string; readonly fn: RuleFn }[];
  /** Titles in framework order. */
  readonly titles: readonly ModuleTitle[];
  /** Enabled variants by area, in order, each with every title's requirements. */
  readonly variants: readonly { readonly variant: Variant; readonly titles: readonly ModuleTitle[] }[];
  /** Highest possible total. */
  readonly maxTotal: number;
  /** Declared top-level evidence fields, in slot order. */
  readonly fields: readonly string[];
  /** The slot reader and indicator loop written out for the framework. */
  readonly unrolled?: UnrolledScoring | undefined;
}

function title(t: ModuleTitle): CompiledTitle {
  return {
    title: null as never,
    rules: null,
    total: t.total,
    indicatorMin: Float64Array.from(t.indicatorMin),
    criterionMin: Float64Array.from(t.criterionMin),
    rule: t.rule,
  };
}

/**
 * Creates a scorer from a compiled module's spec: `createScorer` over the generated functions, so the
 * result is the engine's `Score` for the same record, date and units.
 *
 * @param spec - the module's spec
 * @param options - evaluation date and units, as for `createScorer`
 * @returns the scorer (keeps scratch buffers: one per thread)
 * @internal
 */
export function createModuleScorer(spec: ModuleSpec, options: ScorerOptions = {}): Scorer {
  const cf = {
    framework: null as never,
    indicators: spec.indicators.map((i) => ({ ...i, rules: null as never })),
    criteria: spec.criteria,
    derived: spec.derived.map((d) => ({ ...d, rules: null as never })),
    titles: spec.titles.map(title),
    variants: spec.variants.map((v) => ({ variant: v.variant, titles: v.titles.map(title), changes: [] })),
    maxTotal: spec.maxTotal,
    fields: spec.fields,
    unrolled: spec.unrolled,
  } satisfies CompiledFramework;
  return createScorer(cf, options);
}
