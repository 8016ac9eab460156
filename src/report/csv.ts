import { denominatorSourceLabel, reportLabels, statusLabel } from './labels.js';
import { buildReportRows } from './rows.js';
import { formatDate, formatRate } from './text.js';
import type { ReportFormatter, ReportInput, ReportLocale } from './types.js';

/**
 * A CSV cell: text (neutralised and quoted as needed), a number, or empty.
 *
 * @category Reports
 */
export type CsvCell = string | number | null;

/**
 * One CSV cell as RFC 4180 text. Text that a spreadsheet would run as a formula (it starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`, so it shows as typed.
 *
 * @param cell - the value
 * @returns the cell text, quoted when it holds `,`, `"`, CR or LF
 * @example csvCell('=HYPERLINK("x")') // `"'=HYPERLINK(""x"")"`
 * @category Reports
 */
export function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A whole CSV document: UTF-8 byte order mark (so Excel reads Vietnamese text as UTF-8), `,`
 * separators, CRLF line ends, a line end after the last row.
 *
 * @param rows - header and data rows
 * @returns the text, starting with U+FEFF
 * @category Reports
 */
export function csvDocument(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((r) => `${r.map(csvCell).join(',')}\r\n`).join('')}`;
}

const metricsTable = (input: ReportInput, locale: ReportLocale): CsvCell[][] => {
  const l = reportLabels(locale);
  const header = [
    l.unit,
    l.metric,
    l.population,
    l.denominatorSource,
    l.inPopulation,
    l.counted,
    l.rate,
    l.target,
    l.targetDate,
    l.status,
    l.gap,
    l.note,
  ];
  const rows = buildReportRows(input.progress, locale, input.by, input.plan).map((r): CsvCell[] => [
    r.unit,
    r.metricLabel,
    r.population,
    denominatorSourceLabel(r, l),
    r.registered,
    r.recognised,
    r.rate === null ? null : formatRate(r.rate, locale),
    r.target === null ? null : formatRate(r.target.share, locale),
    r.target === null ? null : formatDate(r.target.date, locale),
    statusLabel(r.status, locale),
    r.gap,
    r.message,
  ]);
  return [header, ...rows];
};

/**
 * The metrics table as CSV that Excel opens correctly: one row per unit and metric.
 *
 * Number choice: counts are plain integers (no grouping), which every Excel locale reads the
 * same. Rates and targets are percentage text in the report's language (`37,5%` in vi, `37.5%`
 * in en): Excel with the matching decimal separator turns them into numbers, and Excel with the
 * other one keeps them as text instead of misreading `0.375` as 375 or a date. Take the `json`
 * or `xlsx` report for exact numbers. The recognition list is not in the CSV (one table per
 * file); it is in the `xlsx`, `html`, `md` and `json` reports.
 *
 * @category Reports
 */
export const csvFormatter: ReportFormatter = /* @__PURE__ */ Object.freeze({
  name: 'csv',
  extension: 'csv',
  mediaType: 'text/csv; charset=utf-8',
  format: (report: ReportInput, options: { readonly locale?: ReportLocale }): string =>
    csvDocument(metricsTable(report, options.locale ?? 'vi')),
});
