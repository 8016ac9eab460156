import type { MemberCounts, MemberNote, MemberSummary } from '../../format/collectiveEvaluation.js';
import { type CompiledCollective, pairKey } from '../../framework/collective/compileCollective.js';
import type { MemberScope } from '../../framework/collective/scope.js';
import { truthy } from '../../rules/path.js';
import type { RuleContext } from '../../rules/types.js';
import type { MemberRow } from './memberView.js';

/** How many undetermined members a summary names. */
export const UNDETERMINED_IDS = 20;

const YES = 0;
const NO = 1;
const UNKNOWN = 2;
const COLLATOR = /* @__PURE__ */ new Intl.Collator('vi');

/**
 * The counts a collective's members add up to, for every pair of conditions its framework counts:
 * all that is kept of them, so a batch holds a few numbers per collective, never the members.
 * Built member by member with {@link addMember}; the order of members does not matter.
 * @internal
 */
export interface MemberTally {
  /** Per pair: yes, no, unknown, unsure (see `MemberCounts`). */
  readonly counts: Int32Array;
  received: number;
  undetermined: number;
  /** The first undetermined members in Vietnamese collation order, at most {@link UNDETERMINED_IDS}. */
  readonly undeterminedIds: string[];
}

/** An empty tally for a collective framework. @internal */
export function newTally(cc: CompiledCollective): MemberTally {
  return { counts: new Int32Array(cc.pairs.length * 4), received: 0, undetermined: 0, undeterminedIds: [] };
}

/** Keeps the smallest ids only: the same list whatever order the members came in. */
function keepId(ids: string[], id: string): void {
  let at = ids.length;
  while (at > 0 && COLLATOR.compare(ids[at - 1] as string, id) > 0) at--;
  if (at >= UNDETERMINED_IDS) return;
  ids.splice(at, 0, id);
  if (ids.length > UNDETERMINED_IDS) ids.pop();
}

/**
 * Adds one member: evaluates each named condition on it once (true, false, or undetermined when
 * the condition needs a value the member does not have yet) and adds it to every pair.
 *
 * @param cc - the collective framework's compiled part
 * @param tally - the collective's tally (changed)
 * @param member - the member
 * @internal
 */
export function addMember(cc: CompiledCollective, tally: MemberTally, member: MemberRow): void {
  const scratch: string[] = [];
  const ctx: RuleContext = {
    root: member.view,
    derived: null,
    missing: scratch,
    read: null,
    slots: null,
    periodFrom: member.periodFrom,
    periodTo: member.periodTo,
    asOf: member.asOf,
  };
  const states = new Uint8Array(cc.conditions.length);
  cc.conditions.forEach((c, i) => {
    scratch.length = 0;
    const value = c.fn(member.view, ctx);
    states[i] = scratch.length > 0 ? UNKNOWN : truthy(value) ? YES : NO;
  });
  // Undetermined: the member could still turn a count the rules read (not a summary-only one).
  let undetermined = false;
  cc.pairs.forEach((p, i) => {
    const among = p.among < 0 ? YES : (states[p.among] as number);
    if (among === NO) return;
    const state = p.condition < 0 ? YES : (states[p.condition] as number);
    // Someone who may or may not be in the population is "unsure", whatever the condition says.
    const slot = among === UNKNOWN ? 3 : state;
    tally.counts[i * 4 + slot] = (tally.counts[i * 4 + slot] as number) + 1;
    if (p.used && slot >= UNKNOWN) undetermined = true;
  });
  tally.received++;
  if (undetermined) {
    tally.undetermined++;
    keepId(tally.undeterminedIds, member.view.id);
  }
}

/** The counts of one pair, with the members expected but missing added as undetermined. */
function pairCounts(cc: CompiledCollective, tally: MemberTally, index: number, missing: number): MemberCounts {
  const p = cc.pairs[index] as { condition: number; among: number };
  const c = tally.counts;
  const base = index * 4;
  const counts = {
    yes: c[base] as number,
    no: c[base + 1] as number,
    unknown: c[base + 2] as number,
    unsure: c[base + 3] as number,
  };
  if (missing === 0) return counts;
  // A missing member is a member: counted as one when every member is counted, undetermined otherwise.
  if (p.among >= 0) return { ...counts, unsure: counts.unsure + missing };
  if (p.condition < 0) return { ...counts, yes: counts.yes + missing };
  return { ...counts, unknown: counts.unknown + missing };
}

/**
 * What the member operators read, and the summary of the members, from a finished tally.
 *
 * @param cc - the collective framework's compiled part
 * @param tally - the collective's tally
 * @param expected - the record's size, or null
 * @param record - receives every member operator's note, when given
 * @returns the scope and the summary
 * @internal
 */
export function memberScope(
  cc: CompiledCollective,
  tally: MemberTally,
  expected: number | null,
  record: ((note: MemberNote) => void) | null = null,
): { scope: MemberScope; summary: MemberSummary } {
  const missing = expected === null ? 0 : Math.max(0, expected - tally.received);
  const scope: MemberScope = {
    kind: 'cdht:members',
    counts: (condition, among) => {
      const at = cc.pairIndex.get(pairKey(condition, among));
      return at === undefined ? undefined : pairCounts(cc, tally, at, missing);
    },
    record,
  };
  const conditions: Record<string, MemberCounts> = {};
  for (const c of cc.conditions) {
    const at = cc.pairIndex.get(pairKey(c.name, null));
    if (at !== undefined) conditions[c.name] = pairCounts(cc, tally, at, missing);
  }
  const summary: MemberSummary = {
    expected,
    received: tally.received,
    missing,
    undetermined: tally.undetermined,
    undeterminedIds: [...tally.undeterminedIds],
    conditions,
  };
  return { scope, summary };
}
