import { htmlEscape as e } from './escape.js';
import { groupByUnit } from './recognition.js';
import { formatCount, formatDate } from './text.js';
import type { RecognitionEntry, ReportLocale } from './types.js';

/**
 * One line of the recognition annex, in the official shape.
 *
 * @category Reports
 */
export interface AnnexRow {
  /** Row number within its unit, from 1 (STT). */
  readonly stt: number;
  readonly name: string;
  readonly birthYear: number | null;
  /** Village or residential group (thôn, tổ dân phố). */
  readonly village: string;
  /** The person's unit: commune for residents, agency for staff. */
  readonly unit: string;
  readonly total: number;
}

/**
 * The column headers of the annex, in the official order.
 *
 * @param locale - `vi` or `en`
 * @returns STT, name, year of birth, village, unit, total points
 * @example annexHeaders('vi')[3] // 'Thôn/Tổ dân phố'
 * @internal
 */
export function annexHeaders(locale: ReportLocale): readonly string[] {
  return locale === 'vi'
    ? ['STT', 'Họ và tên', 'Năm sinh', 'Thôn/Tổ dân phố', 'Đơn vị', 'Tổng điểm']
    : ['No.', 'Full name', 'Year of birth', 'Village/residential group', 'Unit', 'Total points'];
}

/**
 * A recognition list as the annex to a recognition decision: one group per unit (commune, or a
 * district agency), rows numbered from 1 in each, in the list's order (given name first).
 *
 * @param entries - a recognition list (see `buildRecognitionList`)
 * @returns the units with their numbered rows
 * @example buildAnnex(list)[0]?.rows[0]?.stt // 1
 * @category Reports
 */
export function buildAnnex(
  entries: readonly RecognitionEntry[],
): { readonly unit: string; readonly rows: readonly AnnexRow[] }[] {
  return groupByUnit(entries).map((list) => ({
    unit: list[0]?.unit.name ?? '',
    rows: list.map((x, i) => ({
      stt: i + 1,
      name: x.name,
      birthYear: x.birthYear,
      village: x.village,
      unit: x.place,
      total: x.total,
    })),
  }));
}

/**
 * Texts around the annex table: heading, the decision it is attached to, and the signature block.
 *
 * @internal
 */
export interface AnnexTexts {
  readonly heading: string;
  readonly attached: string;
  readonly preparer: string;
  readonly approver: string;
  readonly approverRole: string;
  readonly signHint: string;
  readonly placeDate: string;
  readonly total: string;
}

/**
 * The fixed texts of the annex for a year.
 *
 * @param year - the year recognised
 * @param locale - `vi` or `en`
 * @returns the heading, the "attached to decision" line and the signature block
 * @example annexTexts(2025, 'vi').heading // 'DANH SÁCH CÔNG NHẬN DANH HIỆU “CÔNG DÂN HỌC TẬP” NĂM 2025'
 * @internal
 */
export function annexTexts(year: number, locale: ReportLocale): AnnexTexts {
  return locale === 'vi'
    ? {
        heading: `DANH SÁCH CÔNG NHẬN DANH HIỆU “CÔNG DÂN HỌC TẬP” NĂM ${year}`,
        attached: '(Kèm theo Quyết định số ……/QĐ-…… ngày …… tháng …… năm ……)',
        preparer: 'NGƯỜI LẬP DANH SÁCH',
        approver: 'TM. ỦY BAN NHÂN DÂN',
        approverRole: 'CHỦ TỊCH',
        signHint: '(Ký, ghi rõ họ tên)',
        placeDate: '……, ngày …… tháng …… năm ……',
        total: 'Tổng số',
      }
    : {
        heading: `LIST OF PERSONS RECOGNISED AS "LEARNING CITIZEN", ${year}`,
        attached: '(Attached to Decision No. …… of ……)',
        preparer: 'PREPARED BY',
        approver: 'FOR THE PEOPLE’S COMMITTEE',
        approverRole: 'CHAIR',
        signHint: '(Signature, full name)',
        placeDate: '……, date ……',
        total: 'Total',
      };
}

/** Print styles of the annex: A4 portrait, each unit on its own pages, header row on every page. */
const ANNEX_CSS = `
* { box-sizing: border-box; }
body { font-family: "Times New Roman", "Noto Serif", serif; font-size: 13px; margin: 0 auto; max-width: 800px; padding: 16px; color: #000; }
section.unit { break-before: page; page-break-before: always; }
section.unit:first-of-type { break-before: auto; page-break-before: auto; }
.motto { display: flex; justify-content: space-between; text-align: center; font-weight: 600; font-size: .95em; }
h1 { font-size: 1.15em; text-align: center; margin: 1em 0 .2em; }
p.attached, p.unit { text-align: center; margin: .1em 0; }
p.unit { font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: .8em 0; }
th, td { border: 1px solid #000; padding: .25em .4em; vertical-align: top; }
th { font-weight: 700; text-align: center; }
td.num { text-align: center; white-space: nowrap; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.sign { display: flex; justify-content: space-between; text-align: center; margin-top: 1.2em; break-inside: avoid; page-break-inside: avoid; }
.sign div { width: 45%; }
.sign .hint { font-style: italic; font-weight: 400; }
.sign .space { height: 5em; }
@page { size: A4 portrait; margin: 15mm 15mm 15mm 20mm; }
@media print { body { max-width: none; padding: 0; } }
`;

const CSP = "default-src 'none'; style-src 'unsafe-inline'";

/**
 * Renders the recognition annex as a print-ready HTML page: per unit a heading, a numbered table
 * in the official columns and a signature block, each unit starting on a new A4 page, the header
 * row repeated on every printed page. Every text is escaped; nothing is fetched.
 *
 * @param entries - a recognition list (see `buildRecognitionList`)
 * @param options - year recognised, report date and language
 * @returns the HTML document
 * @example renderAnnexHtml(list, { year: 2025, asOf: '2025-12-31' }).includes('STT') // true
 * @category Reports
 */
export function renderAnnexHtml(
  entries: readonly RecognitionEntry[],
  options: { readonly year: number; readonly asOf: string; readonly locale?: ReportLocale },
): string {
  return [...annexHtmlParts(entries, options)].join('');
}

/**
 * The annex page of {@link renderAnnexHtml} in parts, one unit's section at a time, from a list
 * read once in its order: a list read from disk is written out without being held whole.
 *
 * @param entries - a recognition list in its order (any iterable, read once)
 * @param options - year recognised, report date and language
 * @returns the page's text in parts, to be written one after another
 * @internal
 */
export function* annexHtmlParts(
  entries: Iterable<RecognitionEntry>,
  options: { readonly year: number; readonly asOf: string; readonly locale?: ReportLocale },
): Generator<string> {
  const locale = options.locale ?? 'vi';
  const t = annexTexts(options.year, locale);
  const headers = annexHeaders(locale);
  const motto =
    locale === 'vi'
      ? '<div class="motto"><div>…………………<br>…………………</div><div>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</div></div>'
      : '';
  const head = `<tr>${headers.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr>`;
  const sign = `<div class="sign"><div><strong>${e(t.preparer)}</strong><br><span class="hint">${e(t.signHint)}</span><div class="space"></div></div><div><em>${e(t.placeDate)}</em><br><strong>${e(t.approver)}<br>${e(t.approverRole)}</strong><br><span class="hint">${e(t.signHint)}</span><div class="space"></div></div></div>`;
  yield `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${e(t.heading)}</title>
<style>${ANNEX_CSS}</style>
</head>
<body>
`;
  const close = (count: number): string =>
    `</tbody></table><p>${e(t.total)}: ${e(formatCount(count, locale))}</p>${sign}</section>`;
  // The list is in unit order: a new unit key opens a new section, rows numbered from 1 in each.
  let current: { key: string; count: number } | undefined;
  let rows: string[] = [];
  for (const x of entries) {
    if (current?.key !== x.unit.key) {
      if (current) yield `${rows.join('')}${close(current.count)}\n`;
      rows = [
        `<section class="unit">${motto}<h1>${e(t.heading)}</h1><p class="unit">${e(x.unit.name)}</p><p class="attached">${e(t.attached)}</p><table><thead>${head}</thead><tbody>`,
      ];
      current = { key: x.unit.key, count: 0 };
    }
    current.count++;
    rows.push(
      `<tr><td class="num">${current.count}</td><td>${e(x.name)}</td><td class="num">${x.birthYear ?? ''}</td><td>${e(x.village)}</td><td>${e(x.place)}</td><td class="num">${e(formatCount(x.total, locale))}</td></tr>`,
    );
    // Long units go out in pieces too.
    if (rows.length >= 1000) {
      yield rows.join('');
      rows = [];
    }
  }
  if (current) yield `${rows.join('')}${close(current.count)}`;
  yield `
<footer hidden>cdht · ${e(formatDate(options.asOf, locale))}</footer>
</body>
</html>
`;
}
