import { statusLabel } from './labels.js';
import { buildReportRows } from './rows.js';
import type { ReportFormatter, ReportInput, ReportLocale } from './types.js';

/**
 * The report as a JSON document: plan, date, row tally, one entry per unit and metric (raw
 * numbers, shares 0…1, and texts in the report's language), calendar, recognition list and
 * history when given. `format` and `version` name the shape.
 *
 * @param input - the report
 * @param locale - language of labels and sentences
 * @returns a plain JSON value
 * @category Reports
 */
export function reportJson(input: ReportInput, locale: ReportLocale = 'vi'): Record<string, unknown> {
  const p = input.progress;
  return {
    format: 'cdht-report',
    version: 1,
    locale,
    plan: p.plan,
    title: p.title[locale],
    asOf: p.asOf,
    by: input.by ?? null,
    rows: p.rows,
    metrics: buildReportRows(p, locale, input.by, input.plan).map((r) => ({
      ...r,
      statusLabel: statusLabel(r.status, locale),
    })),
    calendar: input.calendar ?? null,
    recognitions: input.recognitions ?? null,
    ...(input.collectiveRecognitions === undefined ? {} : { collectiveRecognitions: input.collectiveRecognitions }),
    history: input.history ?? null,
  };
}

/**
 * The JSON report format: {@link reportJson}, indented by two spaces.
 *
 * @category Reports
 */
export const jsonFormatter: ReportFormatter = /* @__PURE__ */ Object.freeze({
  name: 'json',
  extension: 'json',
  mediaType: 'application/json',
  format: (report: ReportInput, options: { readonly locale?: ReportLocale }): string =>
    `${JSON.stringify(reportJson(report, options.locale ?? 'vi'), null, 2)}\n`,
});
