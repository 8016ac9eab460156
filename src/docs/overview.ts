/**
 * The opening of a framework's documentation: title, overview table, verification notice and notes.
 *
 * @module
 */
import type { GroupDefinition, Locale } from '../format/common.js';
import type { Framework } from '../format/framework.js';
import { codeList, type DocBlock, type DocRow, type DocText } from './blocks.js';
import { docWords, formatDate, formatEffective, formatNumber, type VerificationStatus } from './docText.js';

/**
 * The verification status a framework declares, `undeclared` when it says nothing.
 *
 * @param framework - the framework
 * @returns the status
 * @internal
 */
export function verificationStatus(framework: Framework): VerificationStatus {
  return framework.verification?.status ?? 'undeclared';
}

/**
 * The label of a citizen group, falling back to its id.
 *
 * @param group - group id
 * @param groups - known groups
 * @param locale - the language
 * @returns e.g. `Người lớn trong gia đình học tập (household)`
 * @internal
 */
export function groupLabel(group: string, groups: Readonly<Record<string, GroupDefinition>>, locale: Locale): string {
  const known = Object.hasOwn(groups, group) ? groups[group] : undefined;
  return known ? `${known.label[locale]} (${group})` : group;
}

/**
 * The source document as one line: number, date, issuer and title.
 *
 * @param framework - the framework
 * @param locale - the language
 * @returns the text, or undefined without a source
 * @internal
 */
export function sourceText(framework: Framework, locale: Locale): string | undefined {
  const source = framework.source;
  if (!source) return undefined;
  const w = docWords(locale);
  const title = source.title ? ` — ${source.title[locale]}` : '';
  return `${w.sourceLine(source.document, formatDate(source.date, locale))}, ${source.issuer}${title}`;
}

/**
 * What a framework is among the forms, as a phrase: base, official (part), alias of, local.
 *
 * @param framework - the framework
 * @param locale - the language
 * @returns the phrase
 * @internal
 */
export function formText(framework: Framework, locale: Locale): string {
  const f = docWords(locale).forms;
  const form = framework.form;
  if (form.kind === 'official') return f.official(form.part);
  if (form.kind === 'alias') return f.alias(form.of);
  return f[form.kind];
}

/**
 * The largest total a framework can award: the sum of its indicators' points.
 *
 * @param framework - the framework
 * @returns the points
 * @internal
 */
export function maxTotal(framework: Framework): number {
  return framework.criteria.reduce((sum, c) => sum + c.indicators.reduce((s, i) => s + i.points, 0), 0);
}

function hasUnverifiedIndicators(framework: Framework): boolean {
  return framework.criteria.some((c) => c.indicators.some((i) => i.verified === false));
}

/**
 * The notice boxes a framework's status calls for: examples and unverified wording are always visible.
 *
 * @param framework - the framework
 * @param locale - the language
 * @returns zero or more notice blocks
 * @internal
 */
export function verificationNotices(framework: Framework, locale: Locale): DocBlock[] {
  const w = docWords(locale);
  const status = verificationStatus(framework);
  const notices: DocBlock[] = [];
  if (status === 'example') notices.push({ kind: 'notice', tone: 'example', text: w.noticeExample });
  if (status === 'unverified' || status === 'undeclared')
    notices.push({ kind: 'notice', tone: 'warning', text: w.noticeUnverified });
  else if (status === 'partial') notices.push({ kind: 'notice', tone: 'warning', text: w.noticePartial });
  if (hasUnverifiedIndicators(framework) && status !== 'unverified' && status !== 'undeclared') {
    notices.push({ kind: 'notice', tone: 'warning', text: w.noticeMarked });
  }
  return notices;
}

/**
 * Title, notices, overview table, description and verification notes of a framework.
 *
 * @param framework - the framework
 * @param locale - the language
 * @param groups - citizen groups, for the group's label
 * @returns the blocks
 * @internal
 */
export function overviewBlocks(
  framework: Framework,
  locale: Locale,
  groups: Readonly<Record<string, GroupDefinition>>,
): DocBlock[] {
  const w = docWords(locale);
  // A collective framework judges a family, clan, community or unit: its kind is in its own section.
  const rows: [string, DocText][] = [
    [w.framework, [{ code: framework.id }]],
    [w.version, framework.version],
    ...(framework.kind === 'collective'
      ? []
      : ([
          [w.group, groupLabel(framework.group, groups, locale)],
          [w.formRow, formText(framework, locale)],
        ] as [string, DocText][])),
  ];
  if (framework.lineage.length > 0) rows.push([w.extends, codeList(framework.lineage)]);
  rows.push([w.source, sourceText(framework, locale) ?? w.notDeclared]);
  if (framework.source?.url) rows.push([w.sourceUrl, [{ code: framework.source.url }]]);
  rows.push(
    [w.effective, formatEffective(framework.effective, locale)],
    [w.period, w.periodYear],
    [w.status, w.statuses[verificationStatus(framework)]],
    [w.maxTotal, formatNumber(maxTotal(framework), locale)],
  );
  const blocks: DocBlock[] = [
    { kind: 'heading', level: 1, text: framework.title[locale] },
    ...verificationNotices(framework, locale),
    { kind: 'heading', level: 2, text: w.general, anchor: 'overview' },
    { kind: 'table', head: [w.item, w.content], rows: rows.map(([k, v]): DocRow => ({ cells: [k, v] })) },
  ];
  if (framework.description) blocks.push({ kind: 'paragraph', text: framework.description[locale] });
  const notes = framework.verification?.notes ?? [];
  if (notes.length > 0) {
    blocks.push(
      { kind: 'heading', level: 3, text: w.verificationNotes },
      { kind: 'list', items: notes.map((n) => n[locale]) },
    );
  }
  return blocks;
}
