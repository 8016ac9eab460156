import { formatCount } from './text.js';
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
