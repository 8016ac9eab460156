import { CdhtError, type Issue, issue, type JsonPath } from '../errors/issue.js';
import type { IssueParams } from '../errors/params.js';
import type { Framework, Title } from '../format/framework.js';
import { analyzeRule } from '../rules/analyze.js';
import { compileNode } from '../rules/compile.js';
import type { OperatorTable, RuleFn } from '../rules/types.js';

/** An indicator ready to evaluate. @internal */
export interface CompiledIndicator {
  readonly id: string;
  readonly criterion: number;
  readonly points: number;
  readonly when: RuleFn | null;
  readonly award: RuleFn;
  /** Derived names the rules read: missing inputs of those make the indicator missing. */
  readonly derivedReads: readonly string[];
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
  readonly derived: readonly { readonly name: string; readonly fn: RuleFn }[];
  /** @internal */
  readonly titles: readonly CompiledTitle[];
  /** Highest possible total. */
  readonly maxTotal: number;
  /** Declared top-level evidence fields, in slot order (see `RuleContext.slots`). @internal */
  readonly fields: readonly string[];
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
  const options = { operators, derived: derivedNames, slots };
  const declared = new Set(Object.keys(framework.evidence));

  // allowedDerived null: the rule reads scores, not evidence (title rules), so reads are not checked.
  const compile = (rule: unknown, path: JsonPath, allowedDerived: ReadonlySet<string> | null): RuleFn => {
    try {
      const fn = compileNode(rule, allowedDerived === null ? { operators } : options);
      const reads = allowedDerived === null ? [] : analyzeRule(rule, { operators }).reads;
      for (const read of reads) {
        const head = read.split('.')[0] ?? read;
        if (declared.has(head) || allowedDerived?.has(head)) continue;
        const isLaterDerived = derivedNames.has(head);
        issues.push(
          isLaterDerived
            ? issue('derived_order', path, { name: head })
            : issue('undeclared_evidence', path, { kind: 'rule_reads', read, head }),
        );
      }
      return fn;
    } catch (error) {
      if (error instanceof CdhtError) {
        for (const i of error.issues) issues.push({ ...i, path: [...path, ...i.path] });
        return () => null;
      }
      throw error;
    }
  };

  const derived: { name: string; fn: RuleFn }[] = [];
  const earlier = new Set<string>();
  for (const [name, d] of Object.entries(framework.derived)) {
    derived.push({ name, fn: compile(d.rule, ['derived', name, 'rule'], earlier) });
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
      const reads = [
        ...analyzeSafe(ind.award, operators),
        ...(ind.when === undefined ? [] : analyzeSafe(ind.when, operators)),
      ];
      indicators.push({
        id: ind.id,
        criterion: ci,
        points: ind.points,
        when: ind.when === undefined ? null : compile(ind.when, [...path, 'when'], derivedNames),
        award: compile(ind.award, [...path, 'award'], derivedNames),
        derivedReads: [...new Set(reads.map((r) => r.split('.')[0] ?? r).filter((h) => derivedNames.has(h)))],
      });
      best.push(bestPoints(ind.award, ind.when, ind.points));
      max += ind.points;
    });
    return { id: c.id, max };
  });

  const titles = framework.titles.map((t, ti) =>
    compileTitle(framework, t, ti, best, issues, (rule, path) => compile(rule, path, null)),
  );
  const compiled: CompiledFramework = {
    framework,
    indicators,
    criteria,
    derived,
    titles,
    maxTotal: criteria.reduce((s, c) => s + c.max, 0),
    fields,
  };
  return { compiled, issues };
}

function analyzeSafe(rule: unknown, operators: OperatorTable): readonly string[] {
  try {
    return analyzeRule(rule, { operators }).reads;
  } catch {
    return [];
  }
}

/** The best score a rule can give: a literal award is known, anything else may reach full points. */
function bestPoints(award: unknown, when: unknown, points: number): number {
  if (when === false) return 0;
  if (award === null || award === false) return 0;
  if (typeof award === 'number') return Math.max(0, Math.min(points, award));
  return points;
}

function compileTitle(
  framework: Framework,
  title: Title,
  ti: number,
  best: readonly number[],
  issues: Issue[],
  compile: (rule: unknown, path: JsonPath) => RuleFn,
): CompiledTitle {
  const r = title.requirements;
  const path = ['titles', ti, 'requirements'];
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
    issues.push(issue('title_unreachable', ['titles', ti], params));
  };
  const bestTotal = best.reduce((s, b) => s + b, 0);
  if ((r.total ?? 0) > bestTotal) unreachable({ kind: 'total', title: title.id, need: r.total ?? 0, best: bestTotal });
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
  return {
    title,
    total: r.total ?? 0,
    indicatorMin,
    criterionMin,
    rule: title.rule === undefined ? null : compile(title.rule, ['titles', ti, 'rule']),
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
