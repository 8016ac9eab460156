import { groupCollectivesByUnit } from './collectiveRecognition.js';
import { htmlEscape } from './escape.js';
import { collectiveKindLabel, collectiveLevelText, reportLabels } from './labels.js';
import { formatCount } from './text.js';
import type { CollectiveRecognitionEntry, ReportLocale } from './types.js';

// The collectives' section of the text reports, apart from the persons' list it follows: one table
// per unit — name, id, kind, level recognised.

/** The cells of one recognised collective, in the language. */
function cells(x: CollectiveRecognitionEntry, locale: ReportLocale): string[] {
  return [x.name || x.id, x.id, collectiveKindLabel(x.kind, locale), collectiveLevelText(x, locale)];
}

/**
 * The collectives recognised, as Markdown lines (text from data escaped by `esc`).
 *
 * @internal
 */
export function collectiveMarkdown(
  entries: readonly CollectiveRecognitionEntry[],
  locale: ReportLocale,
  esc: (text: string) => string,
): string[] {
  const l = reportLabels(locale);
  const out = [`## ${esc(l.collectiveRecognitions)}`, ''];
  if (entries.length === 0) return [...out, esc(l.none), ''];
  const header = [l.collectiveName, l.collectiveId, l.collectiveKind, l.collectiveLevel];
  for (const list of groupCollectivesByUnit(entries)) {
    out.push(`### ${esc(list[0]?.unit.name ?? '')} (${formatCount(list.length, locale)})`, '');
    out.push(`| ${header.map(esc).join(' | ')} |`, '| --- | --- | --- | --- |');
    for (const x of list) out.push(`| ${cells(x, locale).map(esc).join(' | ')} |`);
    out.push('');
  }
  return out;
}

/**
 * The collectives recognised, as an HTML section (every text escaped).
 *
 * @internal
 */
export function collectiveHtml(entries: readonly CollectiveRecognitionEntry[], locale: ReportLocale): string {
  const l = reportLabels(locale);
  const e = htmlEscape;
  const heading = `<h2>${e(l.collectiveRecognitions)}</h2>`;
  if (entries.length === 0) return `<section class="recognitions">${heading}<p>${e(l.none)}</p></section>`;
  const head = [l.collectiveName, l.collectiveId, l.collectiveKind, l.collectiveLevel]
    .map((h) => `<th scope="col">${e(h)}</th>`)
    .join('');
  const tables = groupCollectivesByUnit(entries).map((list) => {
    const body = list
      .map(
        (x) =>
          `<tr>${cells(x, locale)
            .map((c) => `<td>${e(c)}</td>`)
            .join('')}</tr>`,
      )
      .join('');
    return `<h3>${e(list[0]?.unit.name ?? '')} (${e(formatCount(list.length, locale))})</h3><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
  });
  return `<section class="recognitions">${heading}${tables.join('')}</section>`;
}
