import { CdhtError, type Issue, issue, type JsonPath } from '../../errors/issue.js';
import type { CollectiveSpec, MemberKind } from '../../format/collectiveSpec.js';
import type { Framework } from '../../format/framework.js';
import { compileRule } from '../../rules/compile.js';
import type { OperatorTable, RuleFn } from '../../rules/types.js';
import { type MemberCall, memberCalls } from './memberCalls.js';

/** A pair of named conditions counted together: indexes into the conditions, -1 for “every member”. @internal */
export interface MemberPair {
  readonly condition: number;
  readonly among: number;
  /** True when a rule counts this pair (false for the pairs kept only for the member summary). */
  readonly used: boolean;
}

/**
 * What a collective framework adds to its compiled form: its member conditions compiled once,
 * every pair of them its rules count, its levels as title indexes, and which indicators read members.
 * @internal
 */
export interface CompiledCollective {
  readonly spec: CollectiveSpec;
  readonly conditions: readonly { readonly name: string; readonly fn: RuleFn }[];
  readonly pairs: readonly MemberPair[];
  /** `condition\0among` (empty for every member) → index in `pairs`. */
  readonly pairIndex: ReadonlyMap<string, number>;
  readonly memberKinds: readonly MemberKind[];
  /** Title indexes from the lowest level to the highest. */
  readonly levels: readonly number[];
  /** Per indicator (in evaluation order): whether its rules use a member operator. */
  readonly readsMembers: readonly boolean[];
}

/** The key of a pair of condition names in `pairIndex`. @internal */
export function pairKey(condition: string | null, among: string | null): string {
  return `${condition ?? ''}\u0000${among ?? ''}`;
}

function misplaced(path: JsonPath, operator: string, where: 'individual' | 'title'): Issue {
  return issue('member_operator_misplaced', path, { kind: where, operator });
}

/** Every rule of a framework with its path and whether it is a title rule. */
function rulesOf(framework: Framework): { rule: unknown; path: JsonPath; title: boolean; indicator: number }[] {
  const out: { rule: unknown; path: JsonPath; title: boolean; indicator: number }[] = [];
  for (const [name, d] of Object.entries(framework.derived))
    out.push({ rule: d.rule, path: ['derived', name, 'rule'], title: false, indicator: -1 });
  let n = 0;
  framework.criteria.forEach((c, ci) => {
    c.indicators.forEach((ind, ii) => {
      const path = ['criteria', ci, 'indicators', ii];
      out.push({ rule: ind.award, path: [...path, 'award'], title: false, indicator: n });
      if (ind.when !== undefined) out.push({ rule: ind.when, path: [...path, 'when'], title: false, indicator: n });
      n++;
    });
  });
  framework.titles.forEach((t, ti) => {
    if (t.rule !== undefined) out.push({ rule: t.rule, path: ['titles', ti, 'rule'], title: true, indicator: -1 });
  });
  return out;
}

/**
 * Issues of an individual framework that uses member operators (only collectives count members).
 *
 * @param framework - a resolved individual framework
 * @returns `member_operator_misplaced` issues
 * @internal
 */
export function checkIndividualRules(framework: Framework): Issue[] {
  return rulesOf(framework).flatMap((r) =>
    memberCalls(r.rule, r.path).map((c) => misplaced(c.path, c.operator, 'individual')),
  );
}

function checkSpec(framework: Framework, issues: Issue[]): CollectiveSpec | undefined {
  const spec = framework.collective;
  if (spec === undefined) {
    issues.push(issue('invalid_collective', ['collective'], { kind: 'missing_section' }));
    return undefined;
  }
  if (framework.form.kind !== 'local') {
    issues.push(issue('invalid_collective', ['form'], { kind: 'has_form' }));
  }
  for (const kind of spec.members?.kinds ?? []) {
    if (kind === spec.kind) {
      issues.push(
        issue('invalid_collective', ['collective', 'members', 'kinds'], { kind: 'own_kind', collective: kind }),
      );
    }
  }
  const taken = new Set([...Object.keys(framework.evidence), ...Object.keys(framework.derived)]);
  for (const name of Object.keys(spec.members?.conditions ?? {})) {
    if (taken.has(name))
      issues.push(
        issue('duplicate_id', ['collective', 'members', 'conditions', name], { kind: 'member_condition', id: name }),
      );
  }
  return spec;
}

function levelIndexes(framework: Framework, spec: CollectiveSpec, issues: Issue[]): number[] {
  const ids = spec.levels ?? framework.titles.map((t) => t.id);
  return ids.flatMap((id, i) => {
    const at = framework.titles.findIndex((t) => t.id === id);
    if (at >= 0) return [at];
    issues.push(issue('unknown_reference', ['collective', 'levels', i], { kind: 'level', id }));
    return [];
  });
}

function compileConditions(
  spec: CollectiveSpec,
  operators: OperatorTable,
  issues: Issue[],
): { name: string; fn: RuleFn }[] {
  return Object.entries(spec.members?.conditions ?? {}).map(([name, c]) => {
    const path = ['collective', 'members', 'conditions', name, 'rule'];
    try {
      return { name, fn: compileRule(c.rule, { operators }).node };
    } catch (error) {
      if (!(error instanceof CdhtError)) throw error;
      for (const i of error.issues) issues.push({ ...i, path: [...path, ...i.path] });
      return { name, fn: () => null };
    }
  });
}

/** The pairs the rules count, checking that every condition name is a declared string. */
function pairsOf(calls: readonly MemberCall[], declared: readonly string[], issues: Issue[]): MemberPair[] {
  const index = (name: string | null | undefined, call: MemberCall): number | undefined => {
    if (name === null) return -1;
    const at = name === undefined ? -1 : declared.indexOf(name);
    if (name !== undefined && at >= 0) return at;
    issues.push(
      issue(
        'unknown_member_condition',
        call.path,
        name === undefined
          ? { kind: 'not_literal', operator: call.operator }
          : { kind: 'not_declared', name, declared },
      ),
    );
    return undefined;
  };
  const out = new Map<string, MemberPair>();
  const add = (condition: number, among: number, used: boolean): void => {
    const key = `${condition}/${among}`;
    const before = out.get(key);
    if (before === undefined || (used && !before.used)) out.set(key, { condition, among, used });
  };
  add(-1, -1, false);
  declared.forEach((_, i) => {
    add(i, -1, false);
  });
  for (const call of calls) {
    const condition = index(call.condition, call);
    const among = index(call.among, call);
    if (condition !== undefined && among !== undefined) add(condition, among, true);
  }
  return [...out.values()];
}

/**
 * Checks and compiles what makes a framework collective: its spec (levels that are titles,
 * conditions that do not shadow evidence), its member conditions, and every use of a member
 * operator (declared condition names as string literals; none in title rules).
 *
 * @param framework - a resolved framework whose `kind` is `collective`
 * @param operators - the engine's operator table
 * @returns the compiled collective part (usable only without issues) and the issues
 * @internal
 */
export function compileCollective(
  framework: Framework,
  operators: OperatorTable,
): { collective: CompiledCollective | undefined; issues: Issue[] } {
  const issues: Issue[] = [];
  const spec = checkSpec(framework, issues);
  if (spec === undefined) return { collective: undefined, issues };
  const conditions = compileConditions(spec, operators, issues);
  const declared = conditions.map((c) => c.name);
  const calls: MemberCall[] = [];
  const readsMembers = framework.criteria.flatMap((c) => c.indicators.map(() => false));
  for (const r of rulesOf(framework)) {
    const found = memberCalls(r.rule, r.path);
    if (r.title) for (const c of found) issues.push(misplaced(c.path, c.operator, 'title'));
    else calls.push(...found);
    if (r.indicator >= 0 && found.length > 0) readsMembers[r.indicator] = true;
  }
  // A derived value that counts members makes every indicator reading it depend on members too.
  const derivedCounts = Object.entries(framework.derived).some(([, d]) => memberCalls(d.rule, []).length > 0);
  if (derivedCounts) readsMembers.fill(true);
  const pairs = pairsOf(calls, declared, issues);
  const pairIndex = new Map<string, number>();
  pairs.forEach((p, i) => {
    pairIndex.set(pairKey(declared[p.condition] ?? null, declared[p.among] ?? null), i);
  });
  const collective: CompiledCollective = {
    spec,
    conditions,
    pairs,
    pairIndex,
    memberKinds: spec.members?.kinds ?? ['person'],
    levels: levelIndexes(framework, spec, issues),
    readsMembers,
  };
  return { collective, issues };
}
