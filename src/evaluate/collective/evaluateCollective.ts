import { CdhtError, issue } from '../../errors/issue.js';
import type { CollectiveRecord } from '../../format/collective.js';
import type {
  CollectiveEvaluation,
  CollectiveIndicatorResult,
  CollectiveLevelResult,
  CollectiveTitleResult,
  MemberGap,
  MemberNote,
  MemberSummary,
} from '../../format/collectiveEvaluation.js';
import type { LocalizedText } from '../../format/common.js';
import type { Evaluation, Reason, TitleDecision, TitleResult } from '../../format/evaluation.js';
import type { CompiledCollective } from '../../framework/collective/compileCollective.js';
import { MEMBERS_UNDETERMINED } from '../../framework/collective/scope.js';
import type { CompiledFramework } from '../../framework/compileFramework.js';
import type { RuleContext } from '../../rules/types.js';
import type { EvaluateOptions } from '../evaluate.js';
import { _evaluateGeneral } from '../general.js';
import { evidenceMissing } from '../reasons.js';
import { type MemberWords, membersBelow, membersUndetermined, targetsMet } from './reasons.js';
import { type MemberTally, memberScope } from './tally.js';

const MEMBERS: LocalizedText = { vi: 'thành viên', en: 'members' };

/** The compiled collective part of a framework, or an error saying it is not collective. @internal */
export function collectiveOf(cf: CompiledFramework): CompiledCollective {
  if (cf.collective !== undefined) return cf.collective;
  const fw = { id: `${cf.framework.id}@${cf.framework.version}` };
  throw new CdhtError([issue('invalid_collective', ['framework'], { kind: 'not_collective', framework: fw.id })]);
}

function wordsOf(cc: CompiledCollective): MemberWords {
  const conditions: Record<string, LocalizedText> = {};
  for (const [name, c] of Object.entries(cc.spec.members?.conditions ?? {})) conditions[name] = c.label;
  return { members: cc.spec.members?.label ?? MEMBERS, conditions };
}

/** Runs the rules of the indicators that read members again, recording what each member operator found. */
function memberNotes(
  cf: CompiledFramework,
  cc: CompiledCollective,
  tally: MemberTally,
  expected: number | null,
  data: Record<string, unknown>,
  evaluation: Evaluation,
): Map<string, MemberNote[]> {
  const out = new Map<string, MemberNote[]>();
  let current: MemberNote[] = [];
  const { scope } = memberScope(cc, tally, expected, (n) => current.push(n));
  const ctx: RuleContext = {
    root: data,
    derived: { ...evaluation.derived },
    missing: [],
    read: null,
    slots: null,
    periodFrom: evaluation.period.from,
    periodTo: evaluation.period.to,
    asOf: evaluation.asOf,
    members: scope,
  };
  cf.indicators.forEach((ind, i) => {
    if (!cc.readsMembers[i]) return;
    current = [];
    (ctx.missing as string[]).length = 0;
    if (ind.when !== null) ind.when(data, ctx);
    ind.award(data, ctx);
    if (current.length > 0) out.set(ind.id, current);
  });
  return out;
}

function indicatorsOf(evaluation: Evaluation, notes: Map<string, MemberNote[]>): CollectiveIndicatorResult[] {
  return evaluation.indicators.map((ind) => {
    const { missing, ...rest } = ind;
    const fields = missing?.filter((f) => f !== MEMBERS_UNDETERMINED);
    const members = notes.get(ind.id);
    return {
      ...rest,
      ...(fields === undefined || fields.length === 0 ? {} : { missing: fields }),
      ...(members === undefined ? {} : { members }),
    };
  });
}

/** The note that says why a member target failed: the first certain failure among its notes. */
function failingNote(notes: readonly MemberNote[] | undefined): MemberNote | undefined {
  return notes?.find((n) => n.result === false && n.threshold !== null);
}

/**
 * The indicators a title's decision can depend on: every one when it sets a total or a minimum for
 * every indicator or criterion, else those it names (a level of pass/fail targets names its own).
 */
function dependsOn(cf: CompiledFramework, titleId: string): (indicator: string) => boolean {
  const t = cf.framework.titles.find((x) => x.id === titleId);
  const r = t?.requirements;
  if (
    r === undefined ||
    t?.rule !== undefined ||
    (r.total ?? 0) > 0 ||
    r.eachIndicator !== undefined ||
    r.eachCriterion !== undefined
  )
    return () => true;
  const ids = new Set([...(r.required ?? []), ...Object.keys(r.indicators ?? {})]);
  for (const c of cf.framework.criteria) {
    if (Object.hasOwn(r.criteria ?? {}, c.id) || (c.min ?? 0) > 0) for (const i of c.indicators) ids.add(i.id);
    for (const i of c.indicators) if ((i.min ?? 0) > 0) ids.add(i.id);
  }
  return (id) => ids.has(id);
}

function reasonsOf(
  cf: CompiledFramework,
  title: TitleResult,
  evaluation: Evaluation,
  notes: Map<string, MemberNote[]>,
  summary: MemberSummary,
  words: MemberWords,
): Reason[] {
  const relevant = dependsOn(cf, title.id);
  const byMembers = new Set(
    evaluation.indicators.filter((i) => i.missing?.includes(MEMBERS_UNDETERMINED)).map((i) => i.id),
  );
  const out: Reason[] = [];
  for (const r of title.reasons) {
    if (r.code === 'requirements_met' && r.expected === 0) {
      out.push(targetsMet(evaluation.indicators.filter((i) => relevant(i.id) && i.status === 'met').length));
      continue;
    }
    if (r.code === 'evidence_missing') {
      const missing = evaluation.indicators.filter((i) => i.status === 'missing' && relevant(i.id));
      const fields = missing.filter((i) => (i.missing ?? []).some((f) => f !== MEMBERS_UNDETERMINED)).map((i) => i.id);
      if (fields.length > 0) out.push(evidenceMissing(fields));
      const members = missing.filter((i) => byMembers.has(i.id)).map((i) => i.id);
      if (members.length > 0) out.push(membersUndetermined(members, summary.undetermined, summary.missing));
      continue;
    }
    const note = r.code === 'indicator_below_min' ? failingNote(notes.get(r.target)) : undefined;
    out.push(note === undefined || r.code !== 'indicator_below_min' ? r : membersBelow(r.target, note, words));
  }
  return out;
}

function memberGaps(title: TitleResult, notes: Map<string, MemberNote[]>): MemberGap[] {
  const out: MemberGap[] = [];
  for (const g of title.gap?.indicators ?? []) {
    for (const n of notes.get(g.id) ?? []) {
      if (n.result === true || n.more === null) continue;
      out.push({
        indicator: g.id,
        condition: n.condition,
        among: n.among,
        more: n.more,
        undetermined: n.counts.unknown + n.counts.unsure,
      });
    }
  }
  return out;
}

function titleOf(
  cf: CompiledFramework,
  title: TitleResult,
  evaluation: Evaluation,
  notes: Map<string, MemberNote[]>,
  summary: MemberSummary,
  words: MemberWords,
): CollectiveTitleResult {
  const reasons = reasonsOf(cf, title, evaluation, notes, summary, words);
  if (title.gap === null) return { id: title.id, decision: title.decision, reasons, gap: null };
  const gap = {
    ...title.gap,
    evidence: title.gap.evidence.filter((f) => f !== MEMBERS_UNDETERMINED),
    members: memberGaps(title, notes),
  };
  return { id: title.id, decision: title.decision, reasons, gap };
}

/**
 * The level reached: a level counts when it and every level below it are awarded; it may still be
 * reached while they are awarded or undetermined.
 */
function levelOf(
  cf: CompiledFramework,
  cc: CompiledCollective,
  titles: readonly CollectiveTitleResult[],
): { level: CollectiveLevelResult; recognised: TitleDecision } {
  let awarded: number | null = null;
  let possible: number | null = null;
  let certain = true;
  let open = true;
  for (const t of cc.levels) {
    const decision = titles[t]?.decision ?? 'not-awarded';
    if (certain && decision === 'awarded') awarded = t;
    else certain = false;
    if (open && decision !== 'not-awarded') possible = t;
    else open = false;
  }
  const id = (t: number | null): string | null => (t === null ? null : (cf.framework.titles[t]?.id ?? null));
  const recognised: TitleDecision = awarded !== null ? 'awarded' : possible === null ? 'not-awarded' : 'undetermined';
  return {
    level: {
      awarded: id(awarded),
      possible: id(possible),
      label: awarded === null ? null : (cf.framework.titles[awarded]?.label ?? null),
    },
    recognised,
  };
}

function deadlinesOf(cc: CompiledCollective, periodTo: string): CollectiveEvaluation['deadlines'] {
  const r = cc.spec.recognition;
  if (r?.file === undefined && r?.decision === undefined) return undefined;
  const next = Number(periodTo.slice(0, 4)) + 1;
  const day = (d: { month: number; day: number }): string =>
    `${next}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  return {
    ...(r.file === undefined ? {} : { file: day(r.file) }),
    ...(r.decision === undefined ? {} : { decision: day(r.decision) }),
  };
}

/**
 * Judges one collective with a compiled collective framework from its own evidence and the tally
 * of its members: every indicator and title three-valued (undetermined while a member or a piece
 * of evidence could still change it), the level reached, the gap in points, targets and members.
 *
 * @param cf - the compiled collective framework
 * @param record - the collective's record (already validated)
 * @param tally - its members, counted (see `addMember`)
 * @param options - evaluation date and detail
 * @returns the collective evaluation (a new object)
 * @throws CdhtError `members_exceed_size` when more members came than the record's size
 * @internal
 */
export function evaluateCollectiveTally(
  cf: CompiledFramework,
  record: CollectiveRecord,
  tally: MemberTally,
  options: EvaluateOptions = {},
): CollectiveEvaluation {
  const cc = collectiveOf(cf);
  const expected = record.size ?? null;
  if (expected !== null && tally.received > expected) {
    throw new CdhtError([
      issue('members_exceed_size', ['size'], { collective: record.id, size: expected, received: tally.received }),
    ]);
  }
  const { scope, summary } = memberScope(cc, tally, expected);
  const evidence = {
    id: record.id,
    period: record.period,
    data: record.data,
    ...(record.unit === undefined ? {} : { unit: record.unit }),
  };
  const evaluation = _evaluateGeneral(cf, evidence, options, scope);
  const notes = memberNotes(cf, cc, tally, expected, record.data, evaluation);
  const words = wordsOf(cc);
  const titles = evaluation.titles.map((t) => titleOf(cf, t, evaluation, notes, summary, words));
  const { level, recognised } = levelOf(cf, cc, titles);
  const deadlines = deadlinesOf(cc, evaluation.period.to);
  return {
    framework: evaluation.framework,
    collective: {
      kind: record.kind,
      id: record.id,
      ...(record.name === undefined ? {} : { name: record.name }),
      ...(record.level === undefined ? {} : { level: record.level }),
    },
    ...(record.unit === undefined ? {} : { unit: record.unit }),
    ...(record.memberships === undefined ? {} : { memberships: record.memberships }),
    period: evaluation.period,
    asOf: evaluation.asOf,
    members: summary,
    total: evaluation.total,
    possible: evaluation.possible,
    max: evaluation.max,
    criteria: evaluation.criteria,
    indicators: indicatorsOf(evaluation, notes),
    derived: evaluation.derived,
    titles,
    level,
    recognised,
    ...(deadlines === undefined ? {} : { deadlines }),
  };
}
