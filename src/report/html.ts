import type { UnitProgress } from '../aggregate/progress.js';
import { calendarText } from './calendarText.js';
import type { ProgressSeries } from './charts.js';
import { progressChart, SERIES_COLOURS, shareChart } from './charts.js';
import { collectiveHtml } from './collectiveSections.js';
import { htmlEscape as e } from './escape.js';
import { REPORT_CSS } from './htmlStyle.js';
import { groupLabel, reportLabels, statusLabel } from './labels.js';
import { placementNotes, qualityRows, rowCounts } from './quality.js';
import { groupByUnit } from './recognition.js';
import type { ReportRow } from './rows.js';
import { buildReportRows, chartUnits, reportsOn, unitName } from './rows.js';
import { formatCount, formatDate, formatRate, formatTarget } from './text.js';
import type { RecognitionEntry, ReportFormatter, ReportInput, ReportLocale } from './types.js';

/** Blocks every network fetch and script even if some text escaped escaping. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const td = (text: string, cls = ''): string => `<td${cls ? ` class="${cls}"` : ''}>${e(text)}</td>`;
const th = (text: string, num = false): string => `<th scope="col"${num ? ' class="num"' : ''}>${e(text)}</th>`;

const headerSection = (input: ReportInput, locale: ReportLocale): string => {
  const l = reportLabels(locale);
  const p = input.progress;
  const n = rowCounts(input);
  const rows = `${formatCount(n.read, locale)} (${l.rowsPlaced} ${formatCount(n.placed, locale)}, ${l.rowsRejected} ${formatCount(n.rejected, locale)})`;
  const meta = [
    [l.plan, p.plan],
    [l.asOf, formatDate(p.asOf, locale)],
    [l.rows, rows],
    ...placementNotes(input, locale),
  ];
  return `<header><h1>${e(p.title[locale])}</h1><dl class="meta">${meta.map(([k, v]) => `<dt>${e(k ?? '')}</dt><dd>${e(v ?? '')}</dd>`).join('')}</dl></header>`;
};

const qualitySection = (input: ReportInput, locale: ReportLocale): string => {
  const rows = qualityRows(input, locale);
  if (rows.length === 0) return '';
  const l = reportLabels(locale);
  const head = `<tr>${th(l.file)}${th(l.rows, true)}${th(l.evaluated, true)}${th(l.rejectedRows, true)}${th(l.reasons)}</tr>`;
  const body = rows
    .map(
      (r) =>
        `<tr>${td(r[0] ?? '')}${td(r[1] ?? '', 'num')}${td(r[2] ?? '', 'num')}${td(r[3] ?? '', 'num')}${td(r[4] ?? '')}</tr>`,
    )
    .join('');
  return `<section class="quality"><h2>${e(l.quality)}</h2><table><thead>${head}</thead><tbody>${body}</tbody></table></section>`;
};

const calendarSection = (input: ReportInput, locale: ReportLocale): string => {
  if (!input.calendar) return '';
  const l = reportLabels(locale);
  const c = calendarText(input.calendar, input.plan, locale, input.submittedKnown === true);
  const following = c.following ? `<p><strong>${e(l.followingDeadline)}:</strong> ${e(c.following)}</p>` : '';
  const history = c.history ? `<p class="note"><strong>${e(l.pastDeadlines)}:</strong> ${e(c.history)}</p>` : '';
  const overdue = c.overdue.length
    ? `<p><strong>${e(l.overdue)}:</strong></p><ul>${c.overdue.map((o) => `<li>${e(o)}</li>`).join('')}</ul>`
    : '';
  const milestones = c.milestones.length
    ? `<p><strong>${e(l.milestones)}:</strong></p><ul>${c.milestones.map((m) => `<li>${e(m.when)}: ${e(m.label)} (${e(m.status)})</li>`).join('')}</ul>`
    : '';
  return `<section class="calendar"><h2>${e(l.calendar)}</h2><p><strong>${e(l.nextDeadline)}:</strong> ${e(c.nextDeadline ?? l.noDeadline)}</p>${following}${overdue}${history}${milestones}</section>`;
};

const historySection = (input: ReportInput, scope: UnitProgress | undefined, locale: ReportLocale): string => {
  if (!input.history?.length || !scope) return '';
  const l = reportLabels(locale);
  const year = Number(input.progress.asOf.slice(0, 4));
  const series: ProgressSeries[] = scope.metrics.map((m, i) => {
    const byYear = new Map<number, number>();
    for (const h of input.history ?? [])
      if ((h.unit ?? '') === '' && h.metric === m.metric) byYear.set(h.year, h.value);
    if (m.value !== null) byYear.set(year, m.value);
    const targets = input.plan.metrics.find((pm) => pm.id === m.metric)?.targets ?? [];
    return {
      label: m.label[locale],
      colour: SERIES_COLOURS[i % SERIES_COLOURS.length] ?? '#000',
      points: [...byYear].map(([y, value]) => ({ year: y, value })),
      targets: targets.map((t) => ({ year: Number(t.date.slice(0, 4)), value: t.share })),
    };
  });
  const svg = progressChart(l.history, series, locale);
  if (!svg) return '';
  const legend = series
    .map((s) => `<li><span class="swatch" style="background:${e(s.colour)}"></span>${e(s.label)}</li>`)
    .join('');
  return `<section class="history"><h2>${e(l.history)}</h2><figure>${svg}<figcaption><ul class="legend">${legend}</ul></figcaption></figure></section>`;
};

const populationCell = (r: ReportRow, locale: ReportLocale): string => {
  const mark = r.denominatorFallback
    ? '<sup>3</sup>'
    : r.denominator === 'rows'
      ? '<sup>1</sup>'
      : r.populationComplete
        ? ''
        : '<sup>2</sup>';
  return `<td class="num">${e(formatCount(r.population, locale))}${mark}</td>`;
};

const metricSection = (input: ReportInput, rows: readonly ReportRow[], locale: ReportLocale): string => {
  const first = rows[0];
  if (!first) return '';
  const l = reportLabels(locale);
  const bars = chartUnits(input.progress, input.by).flatMap((u) => {
    const m = u.metrics.find((x) => x.metric === first.metric);
    return m && reportsOn(u.key, m) ? [{ label: unitName(u, locale), value: m.value, total: u.key === '' }] : [];
  });
  const target = rows.find((r) => r.unitKey === '')?.target ?? null;
  const chart = shareChart({
    title: `${first.metricLabel} — ${l.chartShare}`,
    bars,
    target: target && { share: target.share, label: `${l.target} ${formatTarget(target, locale)}` },
    locale,
  });
  const head = `<tr>${th(l.unit)}${th(l.population, true)}${th(first.registeredLabel, true)}${th(first.countedLabel, true)}${th(l.rate, true)}${th(l.target, true)}${th(l.status)}${th(l.gap, true)}${th(l.note)}</tr>`;
  const firstOutside = rows.find((r) => r.outside);
  const body = rows
    .map(
      (r) =>
        `${r === firstOutside ? `<tr class="apart"><th colspan="9" scope="rowgroup">${e(l.outsideUnits)}</th></tr>` : ''}<tr${r.unitKey === '' ? ' class="scope"' : ''}>${td(r.unit, r.depth > 1 ? `unit d${Math.min(r.depth, 4)}` : 'unit')}${populationCell(r, locale)}${td(formatCount(r.registered, locale), 'num')}${td(formatCount(r.recognised, locale), 'num')}${td(formatRate(r.rate, locale), 'num')}${td(formatTarget(r.target, locale), 'num')}${td(statusLabel(r.status, locale), `status-${r.status}`)}${td(formatCount(r.gap, locale), 'num')}${td(r.message, 'note')}</tr>`,
    )
    .join('');
  const notes = [
    rows.some((r) => r.denominator === 'rows' && !r.denominatorFallback)
      ? `<p class="note"><sup>1</sup> ${e(l.footRows)}</p>`
      : '',
    rows.some((r) => r.denominatorFallback) ? `<p class="note"><sup>3</sup> ${e(l.footFallback)}</p>` : '',
    rows.some((r) => r.denominator === 'population' && !r.populationComplete)
      ? `<p class="note"><sup>2</sup> ${e(l.footIncomplete)}</p>`
      : '',
  ].join('');
  return `<section class="metric"><h3>${e(first.metricLabel)}</h3><figure>${chart}<figcaption>${e(l.chartShare)}</figcaption></figure><table><thead>${head}</thead><tbody>${body}</tbody></table>${notes}</section>`;
};

/**
 * The longest recognition list the HTML report prints person by person: beyond it the page would
 * grow by megabytes, so it shows the count per unit and the list goes to the annex
 * (`cdht report --annex`).
 *
 * @internal
 */
export const HTML_RECOGNITION_LIMIT = 2000;

const recognitionSection = (entries: readonly RecognitionEntry[], locale: ReportLocale): string => {
  const l = reportLabels(locale);
  if (entries.length === 0)
    return `<section class="recognitions"><h2>${e(l.recognitions)}</h2><p>${e(l.none)}</p></section>`;
  const groups = groupByUnit(entries);
  if (entries.length > HTML_RECOGNITION_LIMIT)
    return recognitionCountSection(
      groups.map((list) => ({ unit: (list[0] as RecognitionEntry).unit, count: list.length })),
      locale,
    );
  const tables = groups.map((list) => {
    const head = `<tr>${th(l.name)}${th(l.person)}${th(l.group)}${th(l.total, true)}</tr>`;
    const body = list
      .map(
        (x) =>
          `<tr>${td(x.name)}${td(x.person)}${td(groupLabel(x.group, locale))}${td(`${x.total}/${x.max}`, 'num')}</tr>`,
      )
      .join('');
    return `<h3>${e(list[0]?.unit.name ?? '')} (${e(formatCount(list.length, locale))})</h3><table><thead>${head}</thead><tbody>${body}</tbody></table>`;
  });
  return `<p class="print-only note">${e(l.recognitionsInAnnex)}</p><section class="recognitions"><h2>${e(l.recognitions)}</h2>${tables.join('')}</section>`;
};

/** A list too long for the page: persons recognised per unit, and where the full list is. */
const recognitionCountSection = (
  counts: NonNullable<ReportInput['recognitionCounts']>,
  locale: ReportLocale,
): string => {
  const l = reportLabels(locale);
  const total = counts.reduce((n, c) => n + c.count, 0);
  if (total === 0) return `<section class="recognitions"><h2>${e(l.recognitions)}</h2><p>${e(l.none)}</p></section>`;
  const body = counts.map((c) => `<tr>${td(c.unit.name)}${td(formatCount(c.count, locale), 'num')}</tr>`).join('');
  return `<section class="recognition-counts"><h2>${e(l.recognitions)} (${e(formatCount(total, locale))})</h2><p class="note">${e(l.recognitionsTooLong)}</p><table><thead><tr>${th(l.unit)}${th(l.recognised, true)}</tr></thead><tbody>${body}</tbody></table></section>`;
};

/**
 * Renders a report as one self-contained HTML page: inline CSS (prints on A4), an inline SVG
 * chart per metric (share per unit against the target) and of progress over years, every text
 * escaped, no external resource, and a Content-Security-Policy that forbids any.
 *
 * @param input - the report
 * @param locale - language, also the page's `lang`
 * @returns the HTML document
 * @category Reports
 */
export function renderHtml(input: ReportInput, locale: ReportLocale = 'vi'): string {
  const l = reportLabels(locale);
  const rows = buildReportRows(input.progress, locale, input.by, input.plan).filter((r) => reportsOn(r.unitKey, r));
  const metrics = [...new Set(rows.map((r) => r.metric))]
    .map((id) =>
      metricSection(
        input,
        rows.filter((r) => r.metric === id),
        locale,
      ),
    )
    .join('');
  const body = [
    headerSection(input, locale),
    calendarSection(input, locale),
    qualitySection(input, locale),
    historySection(
      input,
      input.progress.units.find((u) => u.key === ''),
      locale,
    ),
    `<section class="metrics"><h2>${e(l.metrics)}</h2>${metrics}</section>`,
    input.recognitions
      ? recognitionSection(input.recognitions, locale)
      : input.recognitionCounts
        ? recognitionCountSection(input.recognitionCounts, locale)
        : '',
    input.collectiveRecognitions ? collectiveHtml(input.collectiveRecognitions, locale) : '',
    `<footer>cdht · ${e(input.progress.plan)} · ${e(formatDate(input.progress.asOf, locale))}</footer>`,
  ].join('\n');
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(input.progress.title[locale])}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/**
 * The HTML report format.
 *
 * @category Reports
 */
export const htmlFormatter: ReportFormatter = /* @__PURE__ */ Object.freeze({
  name: 'html',
  extension: 'html',
  mediaType: 'text/html; charset=utf-8',
  format: (report: ReportInput, options: { readonly locale?: ReportLocale }): string =>
    renderHtml(report, options.locale ?? 'vi'),
});
