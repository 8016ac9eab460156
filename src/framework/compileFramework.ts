import { type Issue, issue, type JsonPath } from '../errors/issue.js';
import type { IssueParams } from '../errors/params.js';
import type { Framework, Title } from '../format/framework.js';
import { analyzeTree, type RuleAnalysis } from '../rules/analyze.js';
import { compileTree } from '../rules/compile.js';
import type { RuleTree } from '../rules/tree/nodes.js';
import { parseRule, safeParseRule } from '../rules/tree/parse.js';
import type { OperatorTable, RuleContext, RuleFn } from '../rules/types.js';
import type { CompiledCollective } from './collective/compileCollective.js';
import { type CompiledVariant, compileVariants } from './compileVariants.js';
import { leastTotalOf, maximumOf } from './scale.js';

/**
 * A rule of a framework parsed once: its tree and what analysis found. Compilation, the load
 * checks and lint all read these; none parses the rule again. @internal
 */
export interface ParsedRule {
  readonly tree: RuleTree;
  readonly analysis: RuleAnalysis;
}

/** A rule compiled from its tree; `parsed` is false when it did not parse (the framework is refused). */
interface Compiled {
  readonly fn: RuleFn;
  readonly rules: ParsedRule;
  readonly parsed: boolean;
}

/** An indicator ready to evaluate. @internal */
export interface CompiledIndicator {
  readonly id: string;
  readonly criterion: number;
  readonly points: number;
  readonly when: RuleFn | null;
  readonly award: RuleFn;
  /** Derived names the rules read: missing inputs of those make the indicator missing. */
  readonly derivedReads: readonly string[];
  /** The parsed award and when rules. */
  readonly rules: { readonly award: ParsedRule; readonly when: ParsedRule | null };
}

/** Where a title's parts are in the file, for issues. @internal */
export interface TitlePaths {
  readonly title: JsonPath;
  readonly requirements: JsonPath;
}

/** A title with its requirements flattened to per-indicator and per-criterion minimums. @internal */
export interface CompiledTitle {
  readonly title: Title;
  readonly total: number;
  /** Minimum points per indicator index (0 when none). */
  readonly indicatorMin: Float64Array;
  /** Minimum points per criterion index (0 when none). */
  readonly criterionMin: Float64Array;
  readonly rule: RuleFn | null;
  /** The parsed title rule. */
  readonly rules: ParsedRule | null;
}

/**
 * A framework compiled to closures: evaluation walks these arrays and never reads the JSON again.
 * Build it with `engine.compile(framework)`.
 *
 * @category Evaluation
 */
export interface CompiledFramework {
  readonly framework: Framework;
  /** @internal */
  readonly indicators: readonly CompiledIndicator[];
  /** @internal */
  readonly criteria: readonly { readonly id: string; readonly max: number }[];
  /** @internal */
  readonly derived: readonly { readonly name: string; readonly fn: RuleFn; readonly rules: ParsedRule }[];
  /** @internal */
  readonly titles: readonly CompiledTitle[];
  /** Enabled variants by area, in the order they are tried. @internal */
  readonly variants: readonly CompiledVariant[];
  /** Highest possible total. */
  readonly maxTotal: number;
  /** Declared top-level evidence fields, in slot order (see `RuleContext.slots`). @internal */
  readonly fields: readonly string[];
  /**
   * Scoring written out for this framework by ahead-of-time compilation (`compileScorerModule`):
   * the slot reader and the indicator loop of `createScorer`, same results. Absent otherwise. @internal
   */
  readonly unrolled?: UnrolledScoring | undefined;
  /** For a collective framework: its member conditions, the pairs its rules count, its levels. @internal */
  readonly collective?: CompiledCollective | undefined;
}

/**
 * What the indicator loop of a scoring pass fills: per indicator, points (NaN when missing) and
 * applicability; per criterion, points with missing at 0 and at their best; ids of missing indicators.
 * @internal
 */
export interface IndicatorPassState {
  readonly points: Float64Array;
  readonly applicable: Uint8Array;
  readonly criterionLow: Float64Array;
  readonly criterionPossible: Float64Array;
  readonly missingIds: string[];
  total: number;
  possible: number;
}

/** The parts of `createScorer`'s pass a compiled module writes out for its framework. @internal */
export interface UnrolledScoring {
  /** Fills `slots` with the declared fields, as `fillSlots(data, fields, slots)`. */
  readonly fillSlots: (data: unknown, slots: unknown[]) => void;
  /**
   * The indicator loop of the scoring pass. `missing` is the context's scratch list; `derivedMissing`
   * the derived names whose inputs were missing, or null. Criterion sums arrive zeroed.
   */
  readonly indicators: (
    data: unknown,
    ctx: RuleContext,
    missing: string[],
    derivedMissing: Record<string, true> | null,
    state: IndicatorPassState,
  ) => void;
}

/**
 * Compiles a resolved framework, checking every rule: operators, declared reads, reachability of titles.
 *
 * @param framework - a resolved framework
 * @param operators - the engine's operator table
 * @returns the compiled framework and every issue found (the framework is usable only without issues)
 * @internal
 */
export function compileFramework(
  framework: Framework,
  operators: OperatorTable,
): { compiled: CompiledFramework; issues: Issue[] } {
  const issues: Issue[] = [];
  const derivedNames = new Set(Object.keys(framework.derived));
  // Every declared top-level field gets a slot, read once per person (see RuleContext.slots).
  const fields = Object.keys(framework.evidence);
  const slots = new Map(fields.map((name, i) => [name, i]));
  const declared = new Set(Object.keys(framework.evidence));
  // A collective's rules name its member conditions (through the member operators) like evidence.
  for (const name of Object.keys(framework.collective?.members?.conditions ?? {})) declared.add(name);

  // A rule that does not parse stands in as null: the framework is refused, so it never runs.
  const failed = (): Compiled => {
    const tree = parseRule(null);
    return { fn: () => null, rules: { tree, analysis: analyzeTree(tree) }, parsed: false };
  };
  // Each rule is parsed once; its tree is checked, compiled and kept for lint.
  // allowedDerived null: the rule reads scores, not evidence (title rules), so reads are not checked.
  const compile = (rule: unknown, path: JsonPath, allowedDerived: ReadonlySet<string> | null): Compiled => {
    const parsed = safeParseRule(rule, { operators });
    if (!parsed.success) {
      for (const i of parsed.issues) issues.push({ ...i, path: [...path, ...i.path] });
      return failed();
    }
    const tree = parsed.tree;
    const analysis = analyzeTree(tree, derivedNames);
    for (const read of allowedDerived === null ? [] : analysis.reads) {
      const head = read.split('.')[0] ?? read;
      if (declared.has(head) || allowedDerived?.has(head)) continue;
      const isLaterDerived = derivedNames.has(head);
      issues.push(
        isLaterDerived
          ? issue('derived_order', path, { name: head })
          : issue('undeclared_evidence', path, { kind: 'rule_reads', read, head }),
      );
    }
    const fn = compileTree(tree, allowedDerived === null ? {} : { derived: derivedNames, slots });
    return { fn, rules: { tree, analysis }, parsed: true };
  };

  const derived: { name: string; fn: RuleFn; rules: ParsedRule }[] = [];
  const earlier = new Set<string>();
  for (const [name, d] of Object.entries(framework.derived)) {
    const { fn, rules } = compile(d.rule, ['derived', name, 'rule'], earlier);
    derived.push({ name, fn, rules });
    earlier.add(name);
  }

  const indicators: CompiledIndicator[] = [];
  const best: number[] = [];
  const criteria = framework.criteria.map((c, ci) => {
    let max = 0;
    c.indicators.forEach((ind, ii) => {
      const path = ['criteria', ci, 'indicators', ii];
      ind.evidence?.forEach((field, fi) => {
        if (!declared.has(field)) {
          issues.push(
            issue('undeclared_evidence', [...path, 'evidence', fi], {
              kind: 'indicator_lists',
              indicator: ind.id,
              field,
            }),
          );
        }
      });
      const when = ind.when === undefined ? null : compile(ind.when, [...path, 'when'], derivedNames);
      const award = compile(ind.award, [...path, 'award'], derivedNames);
      const derivedReads = [...award.rules.analysis.derivedReads, ...(when?.rules.analysis.derivedReads ?? [])];
      indicators.push({
        id: ind.id,
        criterion: ci,
        points: ind.points,
        when: when === null ? null : when.fn,
        award: award.fn,
        derivedReads: [...new Set(derivedReads)],
        rules: { award: award.rules, when: when === null ? null : when.rules },
      });
      // A rule that did not parse may score anything: no echo of its problem as "unreachable".
      best.push(
        award.parsed
          ? bestPoints(award.rules.tree, when?.parsed ? when.rules.tree : undefined, ind.points)
          : ind.points,
      );
      max += ind.points;
    });
    return { id: c.id, max };
  });

  const titles = framework.titles.map((t, ti) =>
    compileTitle(
      framework,
      t,
      { title: ['titles', ti], requirements: ['titles', ti, 'requirements'] },
      best,
      issues,
      () => (t.rule === undefined ? null : compile(t.rule, ['titles', ti, 'rule'], null)),
    ),
  );
  // A variant changes requirements only: its titles keep the rule compiled above.
  const variants = compileVariants(framework, titles, issues, (t, at, base) =>
    compileTitle(framework, t, at, best, issues, () =>
      base.rule === null || base.rules === null ? null : { fn: base.rule, rules: base.rules },
    ),
  );
  const compiled: CompiledFramework = {
    framework,
    indicators,
    criteria,
    derived,
    titles,
    variants,
    maxTotal: criteria.reduce((s, c) => s + c.max, 0),
    fields,
  };
  return { compiled, issues };
}

/** The literal a rule is, if it is one. */
function literalOf(tree: RuleTree | undefined): { value: unknown } | undefined {
  return tree?.root.kind === 'literal' ? { value: tree.root.value } : undefined;
}

/** The best score a rule can give: a literal award is known, anything else may reach full points. */
function bestPoints(award: RuleTree, when: RuleTree | undefined, points: number): number {
  if (literalOf(when)?.value === false) return 0;
  const literal = literalOf(award);
  if (literal === undefined) return points;
  if (literal.value === null || literal.value === false) return 0;
  if (typeof literal.value === 'number') return Math.max(0, Math.min(points, literal.value));
  return points;
}

function compileTitle(
  framework: Framework,
  title: Title,
  at: TitlePaths,
  best: readonly number[],
  issues: Issue[],
  rule: () => Pick<Compiled, 'fn' | 'rules'> | null,
): CompiledTitle {
  const r = title.requirements;
  const path = at.requirements;
  const indicatorIds: string[] = [];
  const criterionOf: number[] = [];
  const indicatorMin = new Float64Array(best.length);
  const criterionMin = new Float64Array(framework.criteria.length);
  framework.criteria.forEach((c, ci) => {
    criterionMin[ci] = Math.max(c.min ?? 0, r.eachCriterion ?? 0, own(r.criteria, c.id));
    for (const ind of c.indicators) {
      const i = indicatorIds.length;
      indicatorIds.push(ind.id);
      criterionOf.push(ci);
      indicatorMin[i] = Math.max(ind.min ?? 0, r.eachIndicator ?? 0, own(r.indicators, ind.id));
    }
  });
  const known = (id: string, kind: 'criteria' | 'indicators' | 'required', ids: readonly string[]): number => {
    const i = ids.indexOf(id);
    if (i < 0) {
      issues.push(issue('unknown_reference', [...path, kind, id], { kind: 'title_requirement', title: title.id, id }));
    }
    return i;
  };
  for (const id of Object.keys(r.indicators ?? {})) known(id, 'indicators', indicatorIds);
  for (const id of Object.keys(r.criteria ?? {}))
    known(
      id,
      'criteria',
      framework.criteria.map((c) => c.id),
    );
  for (const id of r.required ?? []) {
    const i = known(id, 'required', indicatorIds);
    if (i >= 0) indicatorMin[i] = best[i] === undefined ? 0 : Math.max(indicatorMin[i] ?? 0, pointsOf(framework, id));
  }

  const unreachable = (params: IssueParams['title_unreachable']): void => {
    issues.push(issue('title_unreachable', at.title, params));
  };
  const bestTotal = best.reduce((s, b) => s + b, 0);
  const need = leastTotalOf(r, maximumOf(framework));
  if (need > bestTotal) unreachable({ kind: 'total', title: title.id, need, best: bestTotal });
  indicatorIds.forEach((id, i) => {
    const need = indicatorMin[i] ?? 0;
    const most = best[i] ?? 0;
    if (need > most) unreachable({ kind: 'indicator', title: title.id, indicator: id, need, best: most });
  });
  framework.criteria.forEach((c, ci) => {
    const cBest = indicatorIds.reduce((s, _id, i) => (criterionOf[i] === ci ? s + (best[i] ?? 0) : s), 0);
    const need = criterionMin[ci] ?? 0;
    if (need > cBest) unreachable({ kind: 'criterion', title: title.id, criterion: c.id, need, best: cBest });
  });
  const compiled = rule();
  return {
    title,
    total: need,
    indicatorMin,
    criterionMin,
    rule: compiled === null ? null : compiled.fn,
    rules: compiled === null ? null : compiled.rules,
  };
}

function pointsOf(framework: Framework, id: string): number {
  for (const c of framework.criteria) for (const ind of c.indicators) if (ind.id === id) return ind.points;
  return 0;
}

/** A minimum by id, own properties only: an id like `constructor` must not find Object.prototype's. */
function own(table: Readonly<Record<string, number>> | undefined, id: string): number {
  return table !== undefined && Object.hasOwn(table, id) ? (table[id] as number) : 0;
}
