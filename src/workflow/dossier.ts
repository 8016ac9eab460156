import { fromZodIssues } from '../errors/fromZod.js';
import { CdhtError, type Issue } from '../errors/issue.js';
import { toolingIssue } from '../errors/toolingIssue.js';
import type { EvidenceRecord } from '../format/evidence.js';
import {
  type Dossier,
  type DossierInput,
  DossierSchema,
  type DossierState,
  type RecognitionPolicy,
} from '../format/workflow.js';
import { applyTransition, type TransitionOptions } from './transition.js';

/** What opening a dossier needs. @category Workflow */
export interface NewDossier {
  readonly id: string;
  readonly person: string;
  readonly name?: string | undefined;
  /** The form filled (framework id). */
  readonly framework: string;
  /** The title sought; `cdht` by default. */
  readonly title?: string | undefined;
  readonly period: Dossier['period'];
  readonly unit: Dossier['unit'];
  readonly memberships?: Dossier['memberships'];
}

/**
 * Opens a dossier in `draft`, with an empty log.
 *
 * @param input - who, which form, which period, which unit
 * @returns the dossier
 * @throws CdhtError `schema_violation` naming the field and what was expected
 * @example createDossier({ id: 'd1', person: 'p1', framework: 'cdht-resident', period: '2025', unit: { province: 'Kon Tum', commune: 'Đắk Ruồng' } })
 * @category Workflow
 */
export function createDossier(input: NewDossier): Dossier {
  return parseDossier({ ...input, state: 'draft', log: [] });
}

/**
 * Validates a stored dossier's shape (`schema/dossier.schema.json`).
 *
 * @param value - the parsed JSON
 * @returns the dossier
 * @throws CdhtError `schema_violation`
 * @category Workflow
 */
export function parseDossier(value: DossierInput | unknown): Dossier {
  const parsed = DossierSchema.safeParse(value, { reportInput: true });
  if (parsed.success) return parsed.data;
  const [first, ...rest] = fromZodIssues(parsed.error.issues, 'schema_violation');
  throw new CdhtError(
    first ? [first, ...rest] : [toolingIssue('schema_violation', [], { kind: 'other', detail: 'invalid' })],
  );
}

/**
 * The state of a dossier on a date: the last log entry dated that day or before (`draft` before
 * any), so a report on 30/6 counts what had happened by then.
 *
 * @param dossier - the dossier
 * @param date - `yyyy-MM-dd`
 * @returns the state, or null when the dossier had no step yet by then (not counted)
 * @category Workflow
 */
export function findDossierState(dossier: Pick<Dossier, 'log'>, date: string): DossierState | null {
  let state: DossierState | null = null;
  for (const entry of dossier.log) {
    if (entry.date > date) break;
    state = entry.to;
  }
  return state;
}

/** Result of {@link checkDossierLog}. @category Workflow */
export type ReplayResult =
  | { readonly success: true; readonly dossier: Dossier }
  | { readonly success: false; readonly issues: readonly [Issue, ...Issue[]] };

/**
 * Checks a stored dossier from its first step: every log entry is replayed through the policy as
 * if it were asked for now, so a log edited by hand (a skipped review, a role outside the unit, a
 * state that does not follow) is found. The replayed dossier's state and validity are recomputed.
 *
 * @param dossier - the stored dossier
 * @param policy - the recognition policy
 * @param options - unit mappings, validity
 * @returns the dossier, or the problems of the first entry that fails (path `log[i]…`)
 * @category Workflow
 */
export function checkDossierLog(
  dossier: Dossier,
  policy: RecognitionPolicy,
  options: TransitionOptions = {},
): ReplayResult {
  const { validity: _validity, ...opened } = dossier;
  let current: Dossier = { ...opened, state: 'draft', log: [] };
  for (const [i, entry] of dossier.log.entries()) {
    const { seq, from, to, ...step } = entry;
    const r = applyTransition(current, step, policy, options);
    const problems: Issue[] = r.success ? [] : [...r.issues];
    if (seq !== i + 1)
      problems.push(toolingIssue('invalid_transition', ['seq'], { kind: 'sequence', seq, expected: i + 1 }));
    if (r.success && (from !== r.entry.from || to !== r.entry.to))
      problems.push(
        toolingIssue('invalid_transition', ['to'], {
          kind: 'recorded',
          seq,
          from,
          to,
          expectedFrom: r.entry.from,
          expectedTo: r.entry.to,
        }),
      );
    const [first, ...rest] = problems.map((p) => ({ ...p, path: ['log', i, ...p.path] }));
    if (first) return { success: false, issues: [first, ...rest] };
    if (r.success) current = r.dossier;
  }
  if (current.state !== dossier.state)
    return {
      success: false,
      issues: [
        toolingIssue('invalid_transition', ['state'], {
          kind: 'dossier_state',
          state: dossier.state,
          log: current.state,
        }),
      ],
    };
  return { success: true, dossier: current };
}

/**
 * The evidence record with the reviewers' scores: each assessment field a review scored gets that
 * score as `reviewed` (the reviewed score wins when evaluating), the latest review winning. The
 * self-assessed scores stay, so both are kept. A field the person did not self-assess stays as it
 * is: a reviewer completes it by returning the dossier, not by inventing a self-assessment.
 *
 * @param record - the person's evidence (self-assessment)
 * @param dossier - the dossier with its reviews
 * @returns a new record (the old one untouched)
 * @category Workflow
 */
export function applyReviewedScores(record: EvidenceRecord, dossier: Pick<Dossier, 'log'>): EvidenceRecord {
  const scores: Record<string, number> = {};
  for (const entry of dossier.log) if (entry.action === 'review') Object.assign(scores, entry.scores ?? {});
  if (Object.keys(scores).length === 0) return record;
  const data: Record<string, unknown> = { ...record.data };
  for (const [field, points] of Object.entries(scores)) {
    const current = Object.hasOwn(data, field) ? data[field] : undefined;
    if (current === null || typeof current !== 'object' || !('self' in current)) continue;
    Object.defineProperty(data, field, {
      value: { self: current.self, reviewed: points },
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return { ...record, data };
}
