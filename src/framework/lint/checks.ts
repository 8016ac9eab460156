import type { IssueCode } from '../../errors/codes.js';
import type { JsonPath } from '../../errors/issue.js';
import { type Issue, issue } from '../../errors/issue.js';
import type { IssueParams } from '../../errors/params.js';
import type { Framework } from '../../format/framework.js';
import { analyzeRule } from '../../rules/analyze.js';
import type { OperatorTable } from '../../rules/types.js';
import { isLiteral, typeMismatches } from './rules.js';

function warn<C extends IssueCode>(code: C, path: JsonPath, params: IssueParams[C]): Issue<C> {
  return issue(code, path, params, { severity: 'warning' });
}

function reads(rule: unknown, operators: OperatorTable): { reads: readonly string[]; dynamic: boolean } {
  try {
    const a = analyzeRule(rule, { operators });
    return { reads: a.reads, dynamic: a.dynamicReads };
  } catch {
    return { reads: [], dynamic: true };
  }
}

function truthy(v: unknown): boolean {
  return Array.isArray(v) ? v.length > 0 : Boolean(v);
}

/**
 * Indicators that can never score (award a literal 0/false/null, or `when` literally false) and
 * indicators that always score (award a literal true or positive number, or a rule that reads
 * nothing at all, so every person gets the same points).
 *
 * @param framework - a loaded framework
 * @param operators - the engine's operators
 * @returns warnings `indicator_never_scores`, `indicator_always_scores`
 */
export function scoringFindings(framework: Framework, operators: OperatorTable): Issue[] {
  const out: Issue[] = [];
  framework.criteria.forEach((c, ci) => {
    c.indicators.forEach((ind, ii) => {
      const path = ['criteria', ci, 'indicators', ii];
      if (ind.when !== undefined && isLiteral(ind.when) && !truthy(ind.when)) {
        out.push(warn('indicator_never_scores', [...path, 'when'], { kind: 'never_applies', indicator: ind.id }));
        return;
      }
      if (isLiteral(ind.award)) {
        const best = typeof ind.award === 'number' ? Math.max(0, ind.award) : truthy(ind.award) ? ind.points : 0;
        if (best === 0) {
          out.push(
            warn('indicator_never_scores', [...path, 'award'], {
              kind: 'literal',
              indicator: ind.id,
              award: JSON.stringify(ind.award),
            }),
          );
        } else {
          out.push(
            warn('indicator_always_scores', [...path, 'award'], {
              kind: 'literal',
              indicator: ind.id,
              points: Math.min(best, ind.points),
              award: JSON.stringify(ind.award),
            }),
          );
        }
        return;
      }
      const r = reads(ind.award, operators);
      if (r.reads.length === 0 && !r.dynamic) {
        out.push(warn('indicator_always_scores', [...path, 'award'], { kind: 'reads_nothing', indicator: ind.id }));
      }
    });
  });
  framework.titles.forEach((t, ti) => {
    if (t.rule !== undefined && isLiteral(t.rule) && !truthy(t.rule)) {
      out.push(warn('title_unreachable', ['titles', ti, 'rule'], { kind: 'rule_false', title: t.id }));
    }
  });
  return out;
}

/**
 * Evidence fields declared but read by no rule (indicator award/when, derived values).
 *
 * @param framework - a loaded framework
 * @param operators - the engine's operators
 * @returns warnings `evidence_never_read`; none when some rule reads paths computed at run time
 */
export function unreadEvidence(framework: Framework, operators: OperatorTable): Issue[] {
  const used = new Set<string>();
  let dynamic = false;
  const take = (rule: unknown): void => {
    const r = reads(rule, operators);
    dynamic ||= r.dynamic;
    for (const path of r.reads) used.add(path.split('.')[0] ?? path);
  };
  for (const d of Object.values(framework.derived)) take(d.rule);
  for (const c of framework.criteria)
    for (const ind of c.indicators) {
      take(ind.award);
      if (ind.when !== undefined) take(ind.when);
    }
  if (dynamic) return [];
  return Object.keys(framework.evidence)
    .filter((name) => !used.has(name))
    .map((name) => warn('evidence_never_read', ['evidence', name], { field: name }));
}

/**
 * Comparisons of an evidence field with a literal of another type, in every evidence rule.
 *
 * @param framework - a loaded framework
 * @returns warnings `rule_type_mismatch`
 */
export function typeFindings(framework: Framework): Issue[] {
  const out: Issue[] = [];
  const check = (rule: unknown, path: JsonPath, owner: string): void => {
    for (const m of typeMismatches(rule, framework.evidence)) {
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
  for (const [name, d] of Object.entries(framework.derived)) check(d.rule, ['derived', name, 'rule'], name);
  framework.criteria.forEach((c, ci) => {
    c.indicators.forEach((ind, ii) => {
      check(ind.award, ['criteria', ci, 'indicators', ii, 'award'], ind.id);
      if (ind.when !== undefined) check(ind.when, ['criteria', ci, 'indicators', ii, 'when'], ind.id);
    });
  });
  return out;
}

/**
 * Versions of one framework id whose effective dates overlap, so two versions would be in force
 * on the same day.
 *
 * @param versions - every loaded version of one id
 * @returns warnings `effective_overlap`, one per overlapping pair of neighbours, on the later version
 */
export function overlappingVersions(versions: readonly Framework[]): Issue<'effective_overlap'>[] {
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
