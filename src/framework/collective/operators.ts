/**
 * Member operators: what a collective framework's rules know of its members. Each names member
 * conditions declared in the framework (`collective.members.conditions`) by string literal: the
 * condition counted and, optionally, the population it is counted among (default: every member).
 *
 * Three-valued like evidence: a member whose condition is still undetermined (a title
 * `undetermined`, a derived value unknown) and a member expected but without an evaluation can
 * go either way. A threshold operator answers true or false as soon as every way they could turn
 * out gives the same answer (19 of 20 titled and one undetermined is at least 90% however the
 * last one turns out); otherwise, like a `var` of absent evidence, it marks the indicator missing,
 * so the title is undetermined rather than wrongly refused or granted. Plain counts and
 * percentages are known only when no member is undetermined.
 *
 * @module
 */
import type { MemberCounts, MemberNote } from '../../format/collectiveEvaluation.js';
import type { OperatorTable, RuleContext } from '../../rules/types.js';
import { isMemberScope, MEMBERS_UNDETERMINED } from './scope.js';

const EPSILON = 1e-9;

/** The condition names an operator's literal arguments give, from `from` on. */
function names(args: readonly unknown[], from: number): string[] {
  return args.slice(from).filter((a): a is string => typeof a === 'string');
}

const nameOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function undetermined(ctx: RuleContext): null {
  if (ctx.missing !== null && !ctx.missing.includes(MEMBERS_UNDETERMINED)) ctx.missing.push(MEMBERS_UNDETERMINED);
  return null;
}

/** The counts of a pair, or undefined outside a collective evaluation (then the answer is unknown). */
function countsOf(ctx: RuleContext, condition: string | null, among: string | null): MemberCounts | undefined {
  return isMemberScope(ctx.members) ? ctx.members.counts(condition, among) : undefined;
}

function note(ctx: RuleContext, made: Omit<MemberNote, 'counts'>, counts: MemberCounts): void {
  if (isMemberScope(ctx.members) && ctx.members.record !== null) ctx.members.record({ ...made, counts });
}

/** A count known once nobody it depends on is undetermined. */
function exactCount(ctx: RuleContext, operator: string, condition: string | null, among: string | null): unknown {
  const c = countsOf(ctx, condition, among);
  if (c === undefined) return undetermined(ctx);
  const known = condition === null ? c.unsure === 0 : c.unknown + c.unsure === 0;
  note(ctx, { operator, condition, among, threshold: null, result: null, more: null }, c);
  return known ? c.yes : undetermined(ctx);
}

/**
 * True when at least `percent` % of the members among the population meet the condition, false
 * when they cannot, null (and the indicator missing) while it depends on undetermined members.
 * The lowest share counts every uncertain member in the population and not meeting it; the highest
 * counts them in and meeting it. No member in the population at all: false.
 */
function percentAtLeast(args: unknown[], ctx: RuleContext): unknown {
  const percent = args[0];
  const condition = nameOrNull(args[1]);
  const among = nameOrNull(args[2]);
  if (typeof percent !== 'number' || Number.isNaN(percent)) return null;
  const c = countsOf(ctx, condition, among);
  if (c === undefined) return undetermined(ctx);
  const all = c.yes + c.no + c.unknown + c.unsure;
  const lowest = c.yes * 100 - percent * all >= -EPSILON;
  const highest = (c.yes + c.unknown + c.unsure) * 100 - percent * all >= -EPSILON;
  const result = all === 0 ? false : lowest ? true : highest ? null : false;
  const need = Math.ceil((percent * all) / 100 - EPSILON);
  const more = result === true ? 0 : Math.max(0, need - c.yes);
  note(ctx, { operator: 'membersPercentAtLeast', condition, among, threshold: percent, result, more }, c);
  return result === null ? undetermined(ctx) : result;
}

/** True when at least `count` members among the population meet the condition; three-valued like above. */
function atLeast(args: unknown[], ctx: RuleContext): unknown {
  const count = args[0];
  const condition = nameOrNull(args[1]);
  const among = nameOrNull(args[2]);
  if (typeof count !== 'number' || Number.isNaN(count)) return null;
  const c = countsOf(ctx, condition, among);
  if (c === undefined) return undetermined(ctx);
  const result = c.yes >= count ? true : c.yes + c.unknown + c.unsure >= count ? null : false;
  const more = result === true ? 0 : Math.max(0, Math.ceil(count - EPSILON) - c.yes);
  note(ctx, { operator: 'membersAtLeast', condition, among, threshold: count, result, more }, c);
  return result === null ? undetermined(ctx) : result;
}

/** The percentage of the population meeting the condition, once nobody in it is undetermined. */
function percentOf(args: unknown[], ctx: RuleContext): unknown {
  const condition = nameOrNull(args[0]);
  const among = nameOrNull(args[1]);
  const c = countsOf(ctx, condition, among);
  if (c === undefined) return undetermined(ctx);
  note(ctx, { operator: 'membersPercent', condition, among, threshold: null, result: null, more: null }, c);
  if (c.unknown + c.unsure > 0) return undetermined(ctx);
  const all = c.yes + c.no;
  return all === 0 ? null : (c.yes * 100) / all;
}

/** A number the collective reports (members keeping discipline, …) as a percentage of its members. */
function percentOfMembers(args: unknown[], ctx: RuleContext): unknown {
  const count = args[0];
  const among = nameOrNull(args[1]);
  if (typeof count !== 'number' || Number.isNaN(count)) return null;
  const c = countsOf(ctx, null, among);
  if (c === undefined) return undetermined(ctx);
  note(ctx, { operator: 'percentOfMembers', condition: null, among, threshold: null, result: null, more: null }, c);
  if (c.unsure > 0) return undetermined(ctx);
  return c.yes === 0 ? null : (count * 100) / c.yes;
}

/**
 * The member operators of collective frameworks: `memberCount`, `membersMeeting`,
 * `membersPercent`, `membersPercentAtLeast`, `membersAtLeast` and `percentOfMembers`. Their string arguments name
 * conditions declared in the framework's `collective.members.conditions`.
 *
 * @example
 * // indicator C3.1 of a learning unit: at least 90% of members hold the Learning Citizen title
 * { "membersPercentAtLeast": [90, "titled"] }
 * @category Collectives
 */
export const memberOperators: OperatorTable = /*#__PURE__*/ Object.freeze({
  memberCount: {
    kind: 'eager',
    arity: [0, 1],
    returns: 'number',
    evaluate: (args: unknown[], ctx: RuleContext) => exactCount(ctx, 'memberCount', null, nameOrNull(args[0])),
    description: { vi: 'số {0}', en: 'the number of {0}' },
    argumentDefaults: { 0: { vi: 'thành viên', en: 'members' } },
    reads: (args: readonly unknown[]) => names(args, 0),
  },
  membersMeeting: {
    kind: 'eager',
    arity: [1, 2],
    returns: 'number',
    evaluate: (args: unknown[], ctx: RuleContext) =>
      exactCount(ctx, 'membersMeeting', nameOrNull(args[0]), nameOrNull(args[1])),
    description: { vi: 'số {1} {0}', en: 'the number of {1} who {0}' },
    argumentDefaults: { 1: { vi: 'thành viên', en: 'members' } },
    reads: (args: readonly unknown[]) => names(args, 0),
  },
  membersPercent: {
    kind: 'eager',
    arity: [1, 2],
    returns: 'number',
    evaluate: percentOf,
    description: { vi: 'tỷ lệ phần trăm {1} {0}', en: 'the percentage of {1} who {0}' },
    argumentDefaults: { 1: { vi: 'thành viên', en: 'members' } },
    reads: (args: readonly unknown[]) => names(args, 0),
  },
  membersPercentAtLeast: {
    kind: 'eager',
    arity: [2, 3],
    returns: 'boolean',
    evaluate: percentAtLeast,
    description: { vi: 'ít nhất {0}% {2} {1}', en: 'at least {0}% of {2} {1}' },
    argumentDefaults: { 2: { vi: 'thành viên', en: 'members' } },
    reads: (args: readonly unknown[]) => names(args, 1),
  },
  percentOfMembers: {
    kind: 'eager',
    arity: [1, 2],
    returns: 'number',
    evaluate: percentOfMembers,
    description: { vi: '{0} tính bằng phần trăm tổng số {1}', en: '{0} as a percentage of all {1}' },
    argumentDefaults: { 1: { vi: 'thành viên', en: 'members' } },
    reads: (args: readonly unknown[]) => names(args, 1),
  },
  membersAtLeast: {
    kind: 'eager',
    arity: [2, 3],
    returns: 'boolean',
    evaluate: atLeast,
    description: { vi: 'ít nhất {0} {2} {1}', en: 'at least {0} of {2} {1}' },
    argumentDefaults: { 2: { vi: 'thành viên', en: 'members' } },
    reads: (args: readonly unknown[]) => names(args, 1),
  },
});

/** Names of the member operators, which only collective frameworks may use. @internal */
export const MEMBER_OPERATOR_NAMES: readonly string[] = /*#__PURE__*/ Object.freeze(Object.keys(memberOperators));
