import { fromZodIssues } from '../errors/fromZod.js';
import { CdhtError, type Issue, issue } from '../errors/issue.js';
import { collectiveOf, evaluateCollectiveTally } from '../evaluate/collective/evaluateCollective.js';
import { collectiveKindOf, type MemberRow, memberRow } from '../evaluate/collective/memberView.js';
import { addMember, type MemberTally, newTally } from '../evaluate/collective/tally.js';
import type { EvaluateOptions } from '../evaluate/evaluate.js';
import { resolvePeriod } from '../evaluate/period.js';
import type { EvidenceTypes } from '../evidence/checkField.js';
import { _checkDeclaredEvidence } from '../evidence/validate.js';
import { type CollectiveRecord, CollectiveRecordSchema } from '../format/collective.js';
import type { CollectiveEvaluation } from '../format/collectiveEvaluation.js';
import type { Framework } from '../format/framework.js';
import type { CompiledCollective } from '../framework/collective/compileCollective.js';
import type { CompiledFramework } from '../framework/compileFramework.js';
import { normalizeJson } from '../framework/normalize.js';

/**
 * Validates a collective record like every other door: the zod format, NFC text.
 *
 * @param input - the record as given
 * @returns the record
 * @throws CdhtError `invalid_record` with the path of every problem
 * @internal
 */
export function parseCollectiveRecord(input: unknown): CollectiveRecord {
  const value = normalizeJson(sizeAsNumber(input));
  const parsed = CollectiveRecordSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new CdhtError(fromZodIssues(parsed.error.issues, 'invalid_record') as [Issue, ...Issue[]]);
}

/** A spreadsheet gives every top-level cell as text: `size` "20" is the number 20. */
function sizeAsNumber(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const size = (input as { size?: unknown }).size;
  if (typeof size !== 'string' || !/^\s*\d+\s*$/.test(size)) return input;
  return { ...input, size: Number(size) };
}

/**
 * Checks a collective's own evidence against its framework's declarations, as a person's evidence
 * is checked: types, ranges, dates, plugin evidence types. Undeclared fields are warnings.
 *
 * @param record - the shape-checked record
 * @param framework - the collective framework chosen for it
 * @param types - the engine's plugin evidence types
 * @returns the record (plugin-typed fields parsed) and its warnings
 * @throws CdhtError with every problem of its `data`
 * @internal
 */
export function checkCollectiveData(
  record: CollectiveRecord,
  framework: Framework,
  types: EvidenceTypes,
): { record: CollectiveRecord; warnings: readonly Issue[] } {
  const checked = _checkDeclaredEvidence(
    { id: record.id, period: record.period, data: record.data },
    framework.evidence,
    types,
  );
  if (!checked.success) throw new CdhtError(checked.issues as [Issue, ...Issue[]]);
  return { record: { ...record, data: checked.data.data }, warnings: checked.warnings };
}

/** The `from..to` key of a record's period, as members carry it. @internal */
export function periodKey(record: CollectiveRecord): string {
  const p = resolvePeriod(record.period);
  return `${p.from}..${p.to}`;
}

/** Whether a member names the collective (a membership of the matching kind with its id). @internal */
export function namesCollective(member: MemberRow, record: CollectiveRecord): boolean {
  return member.memberships.some((m) => collectiveKindOf(m.kind) === record.kind && m.id === record.id);
}

/** A problem with the members given: its path starts at `members`. */
function memberIssue(made: Issue): CdhtError {
  return new CdhtError([{ ...made, path: ['members', ...made.path] }]);
}

/**
 * A collective opened for counting: its compiled framework, its checked record, the period its
 * members must have, and the tally they are added to. All a batch keeps of a collective.
 * @internal
 */
export interface OpenCollective {
  readonly cf: CompiledFramework;
  readonly cc: CompiledCollective;
  readonly record: CollectiveRecord;
  /** `from..to` of the record's period. */
  readonly period: string;
  readonly tally: MemberTally;
}

/**
 * Checks a collective against the framework chosen for it (the kind it judges, its evidence) and
 * opens an empty tally.
 *
 * @param cf - the compiled collective framework
 * @param given - the shape-checked record
 * @param types - the engine's plugin evidence types
 * @returns the opened collective
 * @throws CdhtError `invalid_collective` (not collective, another kind), evidence issues
 * @internal
 */
export function openCollective(cf: CompiledFramework, given: CollectiveRecord, types: EvidenceTypes): OpenCollective {
  const cc = collectiveOf(cf);
  if (cc.spec.kind !== given.kind)
    throw new CdhtError([
      issue('invalid_collective', ['kind'], {
        kind: 'wrong_kind',
        framework: cf.framework.id,
        judges: cc.spec.kind,
        given: given.kind,
      }),
    ]);
  const { record } = checkCollectiveData(given, cf.framework, types);
  return { cf, cc, record, period: periodKey(record), tally: newTally(cc) };
}

/**
 * Whether an opened collective counts a member of this kind (its framework's member kinds).
 * @internal
 */
export function countsKind(open: OpenCollective, kind: MemberRow['view']['kind']): boolean {
  return open.cc.memberKinds.includes(kind);
}

/**
 * Adds a checked member to an opened collective's tally.
 * @internal
 */
export function countMember(open: OpenCollective, member: MemberRow): void {
  addMember(open.cc, open.tally, member);
}

/**
 * Decides an opened collective from its tally.
 *
 * @throws CdhtError `members_exceed_size`
 * @internal
 */
export function closeCollective(open: OpenCollective, options: EvaluateOptions): CollectiveEvaluation {
  return evaluateCollectiveTally(open.cf, open.record, open.tally, options);
}

/**
 * Checks and counts the members given to `engine.evaluateCollective`: each must be an evaluation
 * of a kind the framework counts, name the collective in its memberships, be of the same period,
 * and come once.
 *
 * @param cf - the compiled collective framework
 * @param record - the collective
 * @param members - member evaluations
 * @returns the collective evaluation
 * @throws CdhtError `invalid_member`, `member_mismatch`, `duplicate_member`, `members_exceed_size`
 * @internal
 */
export function evaluateCollectiveMembers(
  cf: CompiledFramework,
  given: CollectiveRecord,
  members: readonly unknown[],
  options: EvaluateOptions,
  types: EvidenceTypes,
): CollectiveEvaluation {
  if (!Array.isArray(members)) throw memberIssue(issue('invalid_member', [], { kind: 'not_list', position: 0 }));
  const open = openCollective(cf, given, types);
  const { record, period } = open;
  const seen = new Set<string>();
  members.forEach((value, index) => {
    const read = memberRow(value);
    if ('problem' in read)
      throw memberIssue(
        issue('invalid_member', [index, ...read.problem.path], { kind: read.problem.kind, position: index + 1 }),
      );
    const m = read.row;
    if (!countsKind(open, m.view.kind))
      throw memberIssue(
        issue('member_mismatch', [index], {
          kind: 'member_kind',
          member: m.view.id,
          memberKind: m.view.kind,
          framework: cf.framework.id,
          counted: [...open.cc.memberKinds],
        }),
      );
    if (!namesCollective(m, record))
      throw memberIssue(
        issue('member_mismatch', [index, 'memberships'], {
          kind: 'not_named',
          member: m.view.id,
          collective: record.id,
          collectiveKind: record.kind,
        }),
      );
    if (m.period !== period)
      throw memberIssue(
        issue('member_mismatch', [index, 'period'], {
          kind: 'period',
          member: m.view.id,
          period: m.period,
          expected: period,
        }),
      );
    const key = `${m.view.kind}\u0000${m.view.id}`;
    if (seen.has(key)) throw memberIssue(issue('duplicate_member', [index], { member: m.view.id }));
    seen.add(key);
    countMember(open, m);
  });
  return closeCollective(open, options);
}

/**
 * Freezes a collective evaluation all through: it holds only values the evaluator made or copies
 * the door validated.
 * @internal
 */
export function freezeCollective(e: CollectiveEvaluation): CollectiveEvaluation {
  // Iterative: a record's data may nest deeply, and a recursion could run out of stack.
  const stack: unknown[] = [e];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null || Object.isFrozen(v)) continue;
    Object.freeze(v);
    for (const inner of Object.values(v)) stack.push(inner);
  }
  return e;
}

/** A framework is usable by the collective door only when collective. @internal */
export function isCollective(framework: Framework): boolean {
  return framework.kind === 'collective';
}
