import { randomBytes } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../xlsx/exceljs.js';

/** A column of {@link createXlsxTable}. @category XLSX */
export interface XlsxTableColumn {
  readonly header: string;
  /** Width in characters (default 14). */
  readonly width?: number | undefined;
  /** Excel number format, e.g. `0.0` or `dd/mm/yyyy`. */
  readonly numFmt?: string | undefined;
  /** Wrap long text in the cell. */
  readonly wrap?: boolean | undefined;
}

/** Options of {@link createXlsxTable}. @category XLSX */
export interface XlsxTableOptions {
  /** The sheet's name (Excel allows 31 characters). */
  readonly sheet: string;
  /** A title row above the header, merged across the columns. */
  readonly title?: string | undefined;
}

/** A workbook of one table being written: rows, group headings, then `commit` or `abort`. @category XLSX */
export interface XlsxTable {
  /** Adds a row; numbers stay numbers, `null`/`undefined` leave the cell empty. */
  addRow(cells: readonly unknown[]): void;
  /** Adds a heading row across the columns (bold), e.g. a village's name above its people. */
  addHeading(text: string): void;
  /** Finishes the workbook and puts it under its name. */
  commit(): Promise<void>;
  /** Stops and removes what was written. */
  abort(): Promise<void>;
}

/**
 * Opens a one-sheet workbook for writing row by row, streaming (exceljs' streaming writer: rows
 * are written as they come, so memory does not grow with them) and atomically (a temporary file
 * beside the target, renamed by `commit`). The sheet prints landscape, fitted to the page width,
 * with the header row frozen, filtered and repeated on every page.
 *
 * @param path - the file to write
 * @param columns - the columns, in order
 * @param options - sheet name and title
 * @returns the table
 * @throws CdhtError `missing_dependency` without exceljs
 * @example
 * const t = await createXlsxTable('ket-qua.xlsx', [{ header: 'Mã' }, { header: 'Tổng điểm', numFmt: '0.0' }], { sheet: 'Kết quả' });
 * t.addRow(['A01', 80.5]);
 * await t.commit();
 * @category XLSX
 */
export async function createXlsxTable(
  path: string,
  columns: readonly XlsxTableColumn[],
  options: XlsxTableOptions,
): Promise<XlsxTable> {
  const ExcelJs = await loadExcelJs();
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const wb = new ExcelJs.stream.xlsx.WorkbookWriter({ filename: temp, useStyles: true, useSharedStrings: false });
  const headerRow = options.title === undefined ? 1 : 2;
  const ws = wb.addWorksheet(options.sheet.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: headerRow }],
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`,
    },
  });
  ws.columns = columns.map((c) => ({
    width: c.width ?? 14,
    style: {
      ...(c.numFmt ? { numFmt: c.numFmt } : {}),
      alignment: { vertical: 'top', wrapText: c.wrap ?? false },
    },
  })) as ExcelJS.Column[];
  const span = (row: ExcelJS.Row) => ws.mergeCells(row.number, 1, row.number, Math.max(1, columns.length));
  if (options.title !== undefined) {
    const title = ws.addRow([options.title]);
    title.font = { bold: true, size: 13 };
    span(title);
    title.commit();
  }
  const header = ws.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE6F0' } };
  header.commit();
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: Math.max(1, columns.length) } };
  let done = false;
  return {
    addRow(cells) {
      ws.addRow(cells.map((c) => (c === undefined ? null : c))).commit();
    },
    addHeading(text) {
      const row = ws.addRow([text]);
      row.font = { bold: true };
      row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
      span(row);
      row.commit();
    },
    async commit() {
      if (done) return;
      done = true;
      try {
        ws.commit();
        await wb.commit();
        await rename(temp, path);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
    },
    async abort() {
      if (done) return;
      done = true;
      try {
        ws.commit();
        await wb.commit();
      } catch {
        // Nothing to keep.
      }
      await rm(temp, { force: true });
    },
  };
}
