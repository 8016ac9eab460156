import type { MemberNote } from '../../format/collectiveEvaluation.js';
import type { LocalizedText } from '../../format/common.js';
import type { Reason } from '../../format/evaluation.js';
import { reasonMessage } from '../../i18n/engineMessages.js';

/** Labels of a collective's member conditions, and who its members are. @internal */
export interface MemberWords {
  readonly members: LocalizedText;
  readonly conditions: Readonly<Record<string, LocalizedText>>;
}

function words(note: MemberNote, w: MemberWords): { who: LocalizedText; what: LocalizedText } {
  const who = note.among !== null ? (w.conditions[note.among] ?? { vi: note.among, en: note.among }) : w.members;
  const what =
    note.condition !== null ? (w.conditions[note.condition] ?? { vi: note.condition, en: note.condition }) : w.members;
  return { who, what };
}

/**
 * A target that fails because too few members meet a condition: how many do, how many are
 * needed, how many more it takes.
 * @internal
 */
export function membersBelow(indicator: string, note: MemberNote, w: MemberWords): Reason {
  const { who, what } = words(note, w);
  const c = note.counts;
  const params = {
    target: indicator,
    actual: c.yes,
    expected: c.yes + (note.more ?? 0),
    counted: c.yes + c.no + c.unknown + c.unsure,
    threshold: note.threshold ?? 0,
    percent: note.operator === 'membersPercentAtLeast',
    who,
    what,
  };
  return { code: 'members_below', ...params, message: reasonMessage('members_below', params) };
}

/**
 * Targets that stay undetermined because members are: how many are undetermined or missing.
 * @internal
 */
export function membersUndetermined(targets: readonly string[], undetermined: number, missing: number): Reason {
  const params = { targets: [...targets], undetermined, missing };
  return { code: 'members_undetermined', ...params, message: reasonMessage('members_undetermined', params) };
}

/**
 * Every required target of a level met: said as targets, not as a total of points.
 * @internal
 */
export function targetsMet(met: number): Reason {
  return { code: 'targets_met', met, message: reasonMessage('targets_met', { met }) };
}
