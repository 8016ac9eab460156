import type { Writable } from 'node:stream';
import { annexHeaders, annexTexts } from '../../report/annex.js';
import type { RecognitionEntry, ReportLocale } from '../../report/types.js';
import { DRAIN_EVERY, letDrain } from './drain.js';
import { loadExcelJs } from './exceljs.js';
import { printLayout, withPrintOptions } from './pageSetup.js';

const WIDTHS = [6, 30, 10, 22, 30, 11] as const;

/**
 * Writes the recognition annex as an XLSX workbook to a stream, through exceljs's streaming
 * writer: rows are committed as they are written, so memory does not grow with the list. One
 * sheet per unit (commune or agency; Excel's 31-character sheet names, made unique), each with
 * the heading, the official columns (STT, name, year of birth, village, unit, total), the count
 * and the signature block; A4 portrait fitted to the width with the header row repeated.
 *
 * @param out - where the workbook's bytes go (a file stream)
 * @param entries - a recognition list in its order (see `buildRecognitionList`); any iterable,
 *   read once, so a list read from disk row by row is never held whole
 * @param options - year recognised and language
 * @returns when the workbook is written
 * @throws CdhtError `missing_dependency` when exceljs is not installed
 * @category Node
 */
export async function writeAnnexXlsx(
  out: Writable,
  entries: Iterable<RecognitionEntry> | AsyncIterable<RecognitionEntry>,
  options: { readonly year: number; readonly locale?: ReportLocale },
): Promise<void> {
  const locale = options.locale ?? 'vi';
  const Excel = await loadExcelJs();
  const wb = new Excel.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'cdht';
  const t = annexTexts(options.year, locale);
  const used = new Set<string>();
  type Sheet = ReturnType<typeof wb.addWorksheet>;
  const open = (unit: string): Sheet => {
    // Three title rows, then the header row, repeated on every printed page.
    const ws = withPrintOptions(wb.addWorksheet(sheetName(unit, used), printLayout('portrait', 4)));
    ws.columns = WIDTHS.map((width) => ({ width }));
    const title = (text: string, bold: boolean): void => {
      const row = ws.addRow([text]);
      ws.mergeCells(row.number, 1, row.number, WIDTHS.length);
      row.font = { bold, size: bold ? 12 : 11 };
      row.alignment = { horizontal: 'center' };
      row.commit();
    };
    title(t.heading, true);
    title(unit, true);
    title(t.attached, false);
    const head = ws.addRow([...annexHeaders(locale)]);
    head.font = { bold: true };
    head.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    head.eachCell((c) => {
      c.border = BORDER;
    });
    head.commit();
    return ws;
  };
  const close = (ws: Sheet, count: number): void => {
    ws.addRow([]).commit();
    ws.addRow([`${t.total}: ${count}`]).commit();
    ws.addRow(['', t.preparer, '', '', t.approver]).commit();
    ws.addRow(['', '', '', '', t.approverRole]).commit();
    ws.addRow(['', t.signHint, '', '', t.signHint]).commit();
    ws.commit();
  };
  // The list is in unit order: a new unit key starts a new sheet, rows numbered from 1 in each.
  let current: { ws: Sheet; key: string; count: number } | undefined;
  let n = 0;
  for await (const x of entries) {
    if (++n % DRAIN_EVERY === 0) await letDrain(out);
    if (current?.key !== x.unit.key) {
      if (current) close(current.ws, current.count);
      current = { ws: open(x.unit.name), key: x.unit.key, count: 0 };
    }
    current.count++;
    const row = current.ws.addRow([current.count, x.name, x.birthYear, x.village, x.place, x.total]);
    for (let i = 1; i <= WIDTHS.length; i++) row.getCell(i).border = BORDER;
    row.commit();
  }
  if (current) close(current.ws, current.count);
  await wb.commit();
}

const BORDER = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
} as const;

/** A sheet name Excel accepts (≤ 31 characters, none of `[]:*?/\`), unique in the workbook. */
function sheetName(unit: string, used: Set<string>): string {
  const base = (unit.replace(/[[\]:*?/\\]/gu, ' ').trim() || 'Sheet').slice(0, 28);
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} ${n}`;
  used.add(name.toLowerCase());
  return name;
}
