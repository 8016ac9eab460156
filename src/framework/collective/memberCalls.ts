import type { JsonPath } from '../../errors/issue.js';
import { memberOperators } from './operators.js';

/** Where each member operator takes its condition names: the argument index of the condition and of `among`. */
const CONDITION_ARGS: Readonly<Record<string, { readonly condition: number; readonly among: number }>> = {
  memberCount: { condition: -1, among: 0 },
  membersMeeting: { condition: 0, among: 1 },
  membersPercent: { condition: 0, among: 1 },
  membersPercentAtLeast: { condition: 1, among: 2 },
  membersAtLeast: { condition: 1, among: 2 },
  percentOfMembers: { condition: -1, among: 1 },
};

/** One use of a member operator in a rule. */
export interface MemberCall {
  readonly operator: string;
  /** The condition counted (null: every member), or `undefined` when the argument is not a string literal. */
  readonly condition: string | null | undefined;
  readonly among: string | null | undefined;
  /** Where the call is, inside the rule's path. */
  readonly path: JsonPath;
}

function literalName(args: readonly unknown[], index: number): string | null | undefined {
  if (index < 0 || index >= args.length) return null;
  const value = args[index];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Every use of a member operator in a rule, with the condition names it passes. The rule was
 * compiled already (its depth and size are bounded); the walk is iterative all the same.
 *
 * @param rule - a json-logic rule
 * @param at - the rule's path in the framework file
 * @returns the calls, in document order
 * @internal
 */
export function memberCalls(rule: unknown, at: JsonPath): MemberCall[] {
  const out: MemberCall[] = [];
  const stack: { value: unknown; path: JsonPath }[] = [{ value: rule, path: at }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: JsonPath };
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    const keys = Object.keys(value);
    for (let k = keys.length - 1; k >= 0; k--) {
      const key = keys[k] as string;
      const inner = (value as Record<string, unknown>)[key];
      if (keys.length === 1 && Object.hasOwn(memberOperators, key)) {
        const args = Array.isArray(inner) ? inner : [inner];
        const where = CONDITION_ARGS[key] as { condition: number; among: number };
        out.push({
          operator: key,
          condition: literalName(args, where.condition),
          among: literalName(args, where.among),
          path: [...path, key],
        });
      }
      stack.push({ value: inner, path: [...path, key] });
    }
  }
  return out;
}
