import type { MemberCounts, MemberNote } from '../../format/collectiveEvaluation.js';

/**
 * What the member operators read while a collective framework is evaluated (`RuleContext.members`):
 * the counts of members for each pair of named conditions the framework uses, computed before
 * the rules run — by the same code whether the members came as a list (`engine.evaluateCollective`)
 * or were counted from a stream (the batch form).
 * @internal
 */
export interface MemberScope {
  readonly kind: 'cdht:members';
  /**
   * Counts for a condition (null: every member) among a population (null: every member).
   * Undefined when the framework did not declare that pair (the loader prevents it).
   */
  counts(condition: string | null, among: string | null): MemberCounts | undefined;
  /** When set, every member operator reports what it found (for gaps and explanations). */
  readonly record: ((note: MemberNote) => void) | null;
}

/**
 * Pushed into the missing list (never a field name: `#` cannot start one) when a member operator
 * cannot decide because members are undetermined; collective evaluation reports it as members.
 * @internal
 */
export const MEMBERS_UNDETERMINED = '#members';

/** Whether a context value is a member scope. @internal */
export function isMemberScope(value: unknown): value is MemberScope {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'cdht:members';
}
