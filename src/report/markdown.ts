import { calendarText } from './calendarText.js';
import { collectiveMarkdown } from './collectiveSections.js';
import { groupLabel, reportLabels, statusLabel } from './labels.js';
import { placementNotes, qualityRows, rowCounts } from './quality.js';
import { groupByUnit } from './recognition.js';
import type { ReportRow } from './rows.js';
import { buildReportRows, reportsOn } from './rows.js';
import { formatCount, formatDate, formatRate, formatTarget } from './text.js';
import type { RecognitionEntry, ReportFormatter, ReportInput, ReportLocale } from './types.js';

/**
 * Escapes text for Markdown: characters with a meaning (`|`, `*`, `_`, `<`, `[`, …) get a
 * backslash, so a unit named `<script>` or `A | B` shows as written; line breaks become spaces.
 *
 * @param text - the text
 * @returns Markdown source showing the text literally
 * @example markdownEscape('A | B') // 'A \\| B'
 * @category Reports
 */
export function markdownEscape(text: string): string {
  return text.replace(/[\\`*_[\]<>|&#~]/g, (c) => `\\${c}`).replace(/\r\n|[\r\n]/g, ' ');
}

const ROWS_MARK = '¹';
const INCOMPLETE_MARK = '²';
const FALLBACK_MARK = '³';

const table = (
  header: readonly string[],
  align: readonly ('l' | 'r')[],
  rows: readonly (readonly string[])[],
): string[] => [
  `| ${header.map(markdownEscape).join(' | ')} |`,
  `| ${align.map((a) => (a === 'r' ? '---:' : '---')).join(' | ')} |`,
  ...rows.map((r) => `| ${r.map(markdownEscape).join(' | ')} |`),
];

const mark = (r: ReportRow): string =>
  r.denominatorFallback
    ? FALLBACK_MARK
    : r.denominator === 'rows'
      ? ROWS_MARK
      : r.populationComplete
        ? ''
        : INCOMPLETE_MARK;

const population = (r: ReportRow, locale: ReportLocale): string => `${formatCount(r.population, locale)}${mark(r)}`;

const metricSection = (rows: readonly ReportRow[], locale: ReportLocale): string[] => {
  const l = reportLabels(locale);
  const first = rows[0];
  if (!first) return [];
  const header = [
    l.unit,
    l.population,
    first.registeredLabel,
    first.countedLabel,
    l.rate,
    l.target,
    l.status,
    l.gap,
    l.note,
  ];
  const firstOutside = rows.find((r) => r.outside);
  const body = rows.flatMap((r) => [
    ...(r === firstOutside ? [[l.outsideUnits, '', '', '', '', '', '', '', '']] : []),
    [
      r.unit,
      population(r, locale),
      formatCount(r.registered, locale),
      formatCount(r.recognised, locale),
      formatRate(r.rate, locale),
      formatTarget(r.target, locale),
      statusLabel(r.status, locale),
      formatCount(r.gap, locale),
      r.message,
    ],
  ]);
  const notes = [
    ...(rows.some((r) => r.denominator === 'rows' && !r.denominatorFallback) ? [`${ROWS_MARK} ${l.footRows}`] : []),
    ...(rows.some((r) => r.denominatorFallback) ? [`${FALLBACK_MARK} ${l.footFallback}`] : []),
    ...(rows.some((r) => r.denominator === 'population' && !r.populationComplete)
      ? [`${INCOMPLETE_MARK} ${l.footIncomplete}`]
      : []),
  ];
  return [
    `### ${markdownEscape(first.metricLabel)}`,
    '',
    ...table(header, ['l', 'r', 'r', 'r', 'r', 'r', 'l', 'r', 'l'], body),
    '',
    ...notes.flatMap((n) => [markdownEscape(n), '']),
  ];
};

const recognitionSection = (entries: readonly RecognitionEntry[], locale: ReportLocale): string[] => {
  const l = reportLabels(locale);
  const out = [`## ${markdownEscape(l.recognitions)}`, ''];
  if (entries.length === 0) return [...out, markdownEscape(l.none), ''];
  for (const list of groupByUnit(entries)) {
    out.push(`### ${markdownEscape(list[0]?.unit.name ?? '')} (${formatCount(list.length, locale)})`, '');
    const rows = list.map((e) => [e.name, e.person, groupLabel(e.group, locale), `${e.total}/${e.max}`]);
    out.push(...table([l.name, l.person, l.group, l.total], ['l', 'l', 'l', 'r'], rows), '');
  }
  return out;
};

/**
 * Renders a report as Markdown: title, plan and date, the reporting calendar, one table per
 * metric and the recognition list by unit. Every text from data is escaped.
 *
 * @param input - the report
 * @param locale - language
 * @returns Markdown text with LF line ends
 * @category Reports
 */
export function renderMarkdown(input: ReportInput, locale: ReportLocale = 'vi'): string {
  const l = reportLabels(locale);
  const p = input.progress;
  const n = rowCounts(input);
  const out = [
    `# ${markdownEscape(p.title[locale])}`,
    '',
    `- **${l.plan}:** ${markdownEscape(p.plan)}`,
    `- **${l.asOf}:** ${formatDate(p.asOf, locale)}`,
    `- **${l.rows}:** ${formatCount(n.read, locale)} (${l.rowsPlaced} ${formatCount(n.placed, locale)}, ${l.rowsRejected} ${formatCount(n.rejected, locale)})`,
    ...placementNotes(input, locale).map(([k, v]) => `- **${markdownEscape(k)}:** ${markdownEscape(v)}`),
    '',
  ];
  if (input.calendar) {
    const c = calendarText(input.calendar, input.plan, locale, input.submittedKnown === true);
    out.push(`## ${l.calendar}`, '', `**${l.nextDeadline}:** ${markdownEscape(c.nextDeadline ?? l.noDeadline)}`, '');
    if (c.following) out.push(`**${l.followingDeadline}:** ${markdownEscape(c.following)}`, '');
    if (c.overdue.length > 0) out.push(`**${l.overdue}:**`, '', ...c.overdue.map((o) => `- ${markdownEscape(o)}`), '');
    if (c.history) out.push(`**${l.pastDeadlines}:** ${markdownEscape(c.history)}`, '');
    if (c.milestones.length > 0)
      out.push(
        `**${l.milestones}:**`,
        '',
        ...c.milestones.map((m) => `- ${markdownEscape(m.when)}: ${markdownEscape(m.label)} (${m.status})`),
        '',
      );
  }
  const quality = qualityRows(input, locale);
  if (quality.length > 0)
    out.push(
      `## ${l.quality}`,
      '',
      ...table([l.file, l.rows, l.evaluated, l.rejectedRows, l.reasons], ['l', 'r', 'r', 'r', 'l'], quality),
      '',
    );
  out.push(`## ${l.metrics}`, '');
  const rows = buildReportRows(p, locale, input.by, input.plan).filter((r) => reportsOn(r.unitKey, r));
  for (const metric of new Set(rows.map((r) => r.metric)))
    out.push(
      ...metricSection(
        rows.filter((r) => r.metric === metric),
        locale,
      ),
    );
  if (input.recognitions) out.push(...recognitionSection(input.recognitions, locale));
  if (input.collectiveRecognitions)
    out.push(...collectiveMarkdown(input.collectiveRecognitions, locale, markdownEscape));
  return `${out.join('\n').trimEnd()}\n`;
}

/**
 * The Markdown report format.
 *
 * @category Reports
 */
export const markdownFormatter: ReportFormatter = /* @__PURE__ */ Object.freeze({
  name: 'md',
  extension: 'md',
  mediaType: 'text/markdown; charset=utf-8',
  format: (report: ReportInput, options: { readonly locale?: ReportLocale }): string =>
    renderMarkdown(report, options.locale ?? 'vi'),
});
