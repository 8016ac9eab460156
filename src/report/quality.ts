import { placementMessage, type UnitPlacementError } from '../aggregate/unitKey.js';
import { reportLabels } from './labels.js';
import { formatCount, formatDate } from './text.js';
import type { ReportInput, ReportLocale } from './types.js';

/**
 * The header's row counts: every row read, those counted, those left out, including the evidence
 * rows `evaluate` rejected (listed in the rejects file beside each result file), so a report never
 * says "rejected 0" while rows were rejected on the way.
 *
 * @internal
 */
export function rowCounts(input: ReportInput): {
  readonly read: number;
  readonly placed: number;
  readonly rejected: number;
} {
  const p = input.progress;
  const early = (input.quality ?? []).reduce((n, q) => n + q.rejectedAtEvaluation, 0);
  const late = Object.values(p.rows.rejected).reduce((a, b) => a + b, 0);
  return { read: p.rows.read + early, placed: p.rows.placed, rejected: late + early };
}

/**
 * The data-quality table: per file, rows read, evaluated, rejected and the main reasons (the three
 * commonest issue codes with their counts), as text cells.
 *
 * @internal
 */
export function qualityRows(input: ReportInput, locale: ReportLocale): string[][] {
  return (input.quality ?? []).map((q) => [
    q.file,
    formatCount(q.read, locale),
    formatCount(q.evaluated, locale),
    formatCount(q.rejected, locale),
    Object.entries(q.reasons)
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
      .slice(0, 3)
      .map(([code, n]) => `${code} (${formatCount(n, locale)})`)
      .join(', ') || '—',
  ]);
}

const PLACEMENT: readonly UnitPlacementError[] = [
  'unit_not_in_force',
  'outside_scope',
  'unknown_level',
  'invalid_unit',
];

/**
 * Notes for the report's header, as label → text pairs: that the plan is historical on the report's
 * date (and why), then what placing rows on units did: rows no unit
 * took, by reason with its message (a district unit after 1/7/2025 that no mapping carries over is
 * `unit_not_in_force`), and rows carried over by unit-mapping entries with how well the entries
 * are verified. Empty when every row was placed as recorded.
 *
 * @internal
 */
export function placementNotes(input: ReportInput, locale: ReportLocale): [string, string][] {
  const l = reportLabels(locale);
  const rows = input.progress.rows;
  const notes: [string, string][] = [];
  const historical = input.progress.historical;
  // A report dated after its plan lapsed (its issuer gone) says so before any figure.
  if (historical !== undefined)
    notes.push([`${l.historical} ${formatDate(historical.after, locale)}`, historical.reason[locale]]);
  for (const code of PLACEMENT) {
    const n = rows.rejected[code];
    if (n !== undefined && n > 0)
      notes.push([l.notPlaced, `${formatCount(n, locale)} (${code}): ${placementMessage(code)[locale]}`]);
  }
  const mapped = Object.entries(rows.mapped ?? {}).filter(([, n]) => n > 0);
  if (mapped.length > 0) {
    const total = mapped.reduce((s, [, n]) => s + n, 0);
    const by = mapped.map(([v, n]) => `${v} ${formatCount(n, locale)}`).join(', ');
    notes.push([l.mappedRows, `${formatCount(total, locale)} ${l.mappedUnit} ${by}`]);
  }
  return notes;
}
