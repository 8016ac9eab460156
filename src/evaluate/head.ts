import { birthYearOf } from '../evidence/birthYear.js';
import type { Evaluation } from '../format/evaluation.js';
import type { EvidenceRecord } from '../format/evidence.js';
import type { Framework } from '../format/framework.js';

/** An `Evaluation` being built, field by field. @internal */
export type EvaluationDraft = { -readonly [K in keyof Evaluation]: Evaluation[K] };

/**
 * The first fields of an evaluation, shared by every path that builds one (general, on the pass,
 * summary): framework, person, then name, birth year, group, unit and memberships when known. Key
 * order is part of the output, and optional fields are assigned in their places one by one:
 * conditional spreads of small objects cost more than the whole rest of the result.
 *
 * @param fw - the framework
 * @param record - the checked record
 * @param ref - the framework's reference (`{ id, version }`): a new object unless the caller shares one
 * @returns the draft, to be completed by the caller in the same order (period, asOf, total…)
 * @internal
 */
export function evaluationHead(
  fw: Framework,
  record: EvidenceRecord,
  ref: Evaluation['framework'] = { id: fw.id, version: fw.version },
): EvaluationDraft {
  const e = { framework: ref, person: record.id } as EvaluationDraft;
  if (record.name !== undefined) e.name = record.name;
  const birthYear = birthYearOf(record.data);
  if (birthYear !== undefined) e.birthYear = birthYear;
  e.group = record.group ?? fw.group;
  if (record.unit !== undefined) e.unit = record.unit;
  if (record.memberships !== undefined) e.memberships = record.memberships;
  return e;
}
