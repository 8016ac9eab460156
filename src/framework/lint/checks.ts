import type { IssueCode } from '../../errors/codes.js';
import type { Issue, JsonPath } from '../../errors/issue.js';
import type { IssueParams } from '../../errors/params.js';
import { toolingIssue } from '../../errors/toolingIssue.js';
import type { Framework, FrameworkFile } from '../../format/framework.js';
import type { RuleNode } from '../../rules/tree/nodes.js';
import type { CompiledFramework, ParsedRule } from '../compileFramework.js';
import { toFilePath } from '../filePath.js';
import { isLiteral, typeMismatches } from './rules.js';

function warn<C extends IssueCode>(code: C, path: JsonPath, params: IssueParams[C]): Issue<C> {
  return toolingIssue(code, path, params, { severity: 'warning' });
}

function truthy(v: unknown): boolean {
  return Array.isArray(v) ? v.length > 0 : Boolean(v);
}

/** The indicators of a compiled framework with their place in the file. */
function eachIndicator(
  compiled: CompiledFramework,
  visit: (
    ind: CompiledFramework['framework']['criteria'][number]['indicators'][number],
    rules: { readonly award: ParsedRule; readonly when: ParsedRule | null },
    path: JsonPath,
  ) => void,
): void {
  let k = 0;
  compiled.framework.criteria.forEach((c, ci) => {
    c.indicators.forEach((ind, ii) => {
      const entry = compiled.indicators[k++];
      if (entry !== undefined) visit(ind, entry.rules, ['criteria', ci, 'indicators', ii]);
    });
  });
}

/** A literal rule's value: the root literal, or an array of literals (never scores nothing). */
function literalValue(node: RuleNode): unknown {
  if (node.kind === 'literal') return node.value;
  return node.kind === 'array' ? node.items.map(literalValue) : undefined;
}

/**
 * Indicators that can never score (award a literal 0/false/null, or `when` always false) and
 * indicators that always score (award a literal true or positive number, or a rule that reads
 * nothing at all, so every person gets the same points), from the rule trees parsed at compile
 * time.
 *
 * @param compiled - a compiled framework (`engine.compile(framework)`)
 * @returns warnings `indicator_never_scores`, `indicator_always_scores`, `title_unreachable`
 */
export function scoringFindings(compiled: CompiledFramework): Issue[] {
  const out: Issue[] = [];
  eachIndicator(compiled, (ind, rules, path) => {
    const when = rules.when?.analysis.constant;
    if (when !== undefined && !truthy(when.value)) {
      out.push(warn('indicator_never_scores', [...path, 'when'], { kind: 'never_applies', indicator: ind.id }));
      return;
    }
    const award = rules.award;
    if (isLiteral(award.tree.root)) {
      const value = literalValue(award.tree.root);
      const best = typeof value === 'number' ? Math.max(0, value) : truthy(value) ? ind.points : 0;
      const text = JSON.stringify(value);
      if (best === 0) {
        out.push(
          warn('indicator_never_scores', [...path, 'award'], { kind: 'literal', indicator: ind.id, award: text }),
        );
      } else {
        out.push(
          warn('indicator_always_scores', [...path, 'award'], {
            kind: 'literal',
            indicator: ind.id,
            points: Math.min(best, ind.points),
            award: text,
          }),
        );
      }
      return;
    }
    if (award.analysis.reads.length === 0 && !award.analysis.dynamicReads) {
      out.push(warn('indicator_always_scores', [...path, 'award'], { kind: 'reads_nothing', indicator: ind.id }));
    }
  });
  compiled.titles.forEach((t, ti) => {
    const rule = t.rules;
    if (rule !== null && rule.analysis.constant !== undefined && !truthy(rule.analysis.constant.value)) {
      out.push(warn('title_unreachable', ['titles', ti, 'rule'], { kind: 'rule_false', title: t.title.id }));
    }
  });
  return out;
}

/**
 * Evidence fields declared but read by no rule (indicator award/when, derived values).
 *
 * @param compiled - a compiled framework
 * @returns warnings `evidence_never_read`; none when some rule reads paths computed at run time
 */
export function unreadEvidence(compiled: CompiledFramework): Issue[] {
  const used = new Set<string>();
  let dynamic = false;
  const take = (rule: ParsedRule | null): void => {
    if (rule === null) return;
    dynamic ||= rule.analysis.dynamicReads;
    for (const path of rule.analysis.reads) used.add(path.split('.')[0] ?? path);
  };
  for (const d of compiled.derived) take(d.rules);
  for (const ind of compiled.indicators) {
    take(ind.rules.award);
    take(ind.rules.when);
  }
  if (dynamic) return [];
  return Object.keys(compiled.framework.evidence)
    .filter((name) => !used.has(name))
    .map((name) => warn('evidence_never_read', ['evidence', name], { field: name }));
}

/**
 * Comparisons of an evidence field with a literal of another type, in every evidence rule.
 *
 * @param compiled - a compiled framework
 * @returns warnings `rule_type_mismatch`
 */
export function typeFindings(compiled: CompiledFramework): Issue[] {
  const out: Issue[] = [];
  const evidence = compiled.framework.evidence;
  const check = (rule: ParsedRule | null, path: JsonPath, owner: string): void => {
    if (rule === null) return;
    for (const m of typeMismatches(rule.tree, evidence)) {
      out.push(
        warn('rule_type_mismatch', path, {
          owner,
          field: m.path,
          type: m.expected,
          literal: JSON.stringify(m.literal),
          operator: m.op,
        }),
      );
    }
  };
  for (const d of compiled.derived) check(d.rules, ['derived', d.name, 'rule'], d.name);
  eachIndicator(compiled, (ind, rules, path) => {
    check(rules.award, [...path, 'award'], ind.id);
    check(rules.when, [...path, 'when'], ind.id);
  });
  return out;
}

/**
 * Every static finding of one framework: scoring, unread evidence and wrong-type comparisons.
 *
 * @param compiled - a compiled framework (`engine.compile(framework)`)
 * @param source - the file it was loaded from: paths then point into it (`addIndicators[0].indicator.award`)
 *   rather than into the resolved framework (`criteria[1].indicators[3].award`)
 * @returns the warnings
 */
export function lintFramework(compiled: CompiledFramework, source?: FrameworkFile): Issue[] {
  const found = [...scoringFindings(compiled), ...unreadEvidence(compiled), ...typeFindings(compiled)];
  return source === undefined
    ? found
    : found.map((i) => ({ ...i, path: toFilePath(i.path, source, compiled.framework) }));
}

/**
 * Versions of one framework id whose effective dates overlap, so two versions would be in force
 * on the same day.
 *
 * @param versions - every loaded version of one id
 * @returns warnings `effective_overlap`, one per overlapping pair of neighbours, on the later version
 */
export function findOverlappingVersions(versions: readonly Framework[]): Issue<'effective_overlap'>[] {
  const sorted = [...versions].sort((a, b) =>
    a.effective.from < b.effective.from ? -1 : a.effective.from > b.effective.from ? 1 : 0,
  );
  const out: Issue<'effective_overlap'>[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1] as Framework;
    const next = sorted[i] as Framework;
    const until = prev.effective.until;
    if (until === undefined || until >= next.effective.from) {
      out.push(
        warn('effective_overlap', ['effective'], {
          framework: `${next.id}@${next.version}`,
          from: next.effective.from,
          previous: `${prev.id}@${prev.version}`,
          previousFrom: prev.effective.from,
          previousUntil: until ?? null,
        }),
      );
    }
  }
  return out;
}
