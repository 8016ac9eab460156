import type { Evaluation } from '../format/evaluation.js';
import type { Dossier, DossierState } from '../format/workflow.js';
import { findDossierState } from '../workflow/dossier.js';
import { type RecognitionOptions, unitGroup } from './recognition.js';

/** Steps a dossier can wait at: with the person (`draft`), for review, for recognition. @category Reports */
export type WaitingStep = 'draft' | 'self-assessed' | 'reviewed';

/**
 * Where one unit's dossiers stand on the report date. `eligible` is what the evaluations compute
 * (title awarded); `recognised` is what the competent level decided: the two are counted apart
 * because an eligible person is not recognised until someone with the right role says so.
 *
 * @category Reports
 */
export interface UnitRecognitionStatus {
  /** The unit: its key (hierarchy path) and display name. */
  readonly unit: { readonly key: string; readonly name: string };
  /** Persons the evaluations (or, without them, the dossiers' recorded outcomes) award the title. */
  readonly eligible: number;
  /** Dossiers recognised with a title valid on the report date. */
  readonly recognised: number;
  /** Dossiers recognised whose title is no longer valid on the report date. */
  readonly expired: number;
  readonly refused: number;
  readonly revoked: number;
  /** Dossier ids waiting at each step, sorted. */
  readonly waiting: { readonly [S in WaitingStep]: readonly string[] };
}

/** Options of {@link buildRecognitionStatus}. @category Reports */
export interface RecognitionStatusOptions extends Omit<RecognitionOptions, 'asOf'> {
  /** Report date, `yyyy-MM-dd`: each dossier counts in the state its log had reached by then. */
  readonly asOf: string;
  /** Evaluations of the period, for the `eligible` counts (default: each dossier's last recorded outcome). */
  readonly evaluations?: Iterable<Evaluation> | undefined;
}

const WAITING: readonly DossierState[] = ['draft', 'self-assessed', 'reviewed'];

/**
 * Recognised and eligible counts per unit on a date, and the dossiers waiting at each step: what
 * the commune sends up before 05/12. A dossier with no step by the date is not counted; a dossier
 * of another title is left out.
 *
 * @param dossiers - the dossiers
 * @param options - report date, grouping level, plan, unit mappings, evaluations
 * @returns one entry per unit with any dossier or eligible person, in Vietnamese collation order
 * @example buildRecognitionStatus(dossiers, { asOf: '2025-12-04', by: 'commune', plan })[0]?.waiting.reviewed // ['d7']
 * @category Reports
 */
export function buildRecognitionStatus(
  dossiers: Iterable<Dossier>,
  options: RecognitionStatusOptions,
): UnitRecognitionStatus[] {
  const titleId = options.titleId ?? 'cdht';
  const rows = new Map<
    string,
    { unit: UnitRecognitionStatus['unit']; counts: Record<string, number>; waiting: Record<WaitingStep, string[]> }
  >();
  const row = (unit: Evaluation['unit']) => {
    const at = unitGroup(unit, options);
    let r = rows.get(at.key);
    if (!r) {
      r = {
        unit: at,
        counts: { eligible: 0, recognised: 0, expired: 0, refused: 0, revoked: 0 },
        waiting: { draft: [], 'self-assessed': [], reviewed: [] },
      };
      rows.set(at.key, r);
    }
    return r;
  };
  const bump = (r: ReturnType<typeof row>, k: string): void => {
    r.counts[k] = (r.counts[k] ?? 0) + 1;
  };
  for (const d of dossiers) {
    if (d.title !== titleId) continue;
    const state = findDossierState(d, options.asOf);
    if (state === null) continue;
    const r = row(d.unit);
    if (WAITING.includes(state)) r.waiting[state as WaitingStep].push(d.id);
    else if (state === 'recognised')
      bump(r, d.validity === undefined || d.validity.until >= options.asOf ? 'recognised' : 'expired');
    else bump(r, state);
    if (options.evaluations === undefined) {
      const outcome = [...d.log].reverse().find((t) => t.date <= options.asOf && t.outcome !== undefined)?.outcome;
      if (outcome?.decision === 'awarded') bump(r, 'eligible');
    }
  }
  for (const e of options.evaluations ?? []) {
    if (e.titles.some((t) => t.id === titleId && t.decision === 'awarded')) bump(row(e.unit), 'eligible');
  }
  const collator = new Intl.Collator('vi', { numeric: true });
  return [...rows.values()]
    .sort((a, b) => collator.compare(a.unit.name, b.unit.name) || collator.compare(a.unit.key, b.unit.key))
    .map((r) => ({
      unit: r.unit,
      eligible: r.counts.eligible ?? 0,
      recognised: r.counts.recognised ?? 0,
      expired: r.counts.expired ?? 0,
      refused: r.counts.refused ?? 0,
      revoked: r.counts.revoked ?? 0,
      waiting: {
        draft: [...r.waiting.draft].sort(collator.compare),
        'self-assessed': [...r.waiting['self-assessed']].sort(collator.compare),
        reviewed: [...r.waiting.reviewed].sort(collator.compare),
      },
    }));
}
