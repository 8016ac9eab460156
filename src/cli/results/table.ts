import { createXlsxTable, type XlsxTableColumn } from '../../node.js';

import { type CliStream, writeAsync } from '../io.js';
import { type OutputFile, openOutputFile } from '../outputFile.js';
import { numberText } from './words.js';

/** How a CSV is written: Vietnamese Excel expects `;` and the decimal comma; English `,` and the point. */
export interface CsvStyle {
  readonly delimiter: ',' | ';';
  readonly decimalComma: boolean;
}

/** A table being written, as CSV or XLSX: rows, group headings (XLSX only), then commit or abort. */
export interface TableSink {
  addRow(cells: readonly unknown[]): Promise<void>;
  /** A heading row above a group (XLSX); CSV stays one row per record, so machines can read it. */
  addHeading(text: string): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/**
 * A CSV cell: numbers with the style's decimal separator; text that a spreadsheet would run as a
 * formula (`=`, `+`, `-`, `@`, tab, CR) gets a leading apostrophe; quoted when it holds the
 * delimiter, a quote or a line end.
 *
 * @param value - the value
 * @param style - delimiter and decimal separator
 * @returns the cell's text
 */
export function styledCell(value: unknown, style: CsvStyle): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberText(value, style.decimalComma);
  let text = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return text.includes(style.delimiter) || /["\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Opens a table output: an XLSX workbook (a file: `out` is required) or a CSV with a BOM, to a
 * file or to standard output. Files are written atomically.
 *
 * @param target - where: `{ path, shown }` for a file (absolute path, and as typed), or the stream
 * @param format - csv or xlsx
 * @param columns - the columns
 * @param options - sheet name and title (XLSX), CSV style
 * @returns the sink
 */
export async function openTable(
  target: { readonly path: string; readonly shown: string } | CliStream,
  format: 'csv' | 'xlsx',
  columns: readonly XlsxTableColumn[],
  options: { readonly sheet: string; readonly title?: string | undefined; readonly style: CsvStyle },
): Promise<TableSink> {
  if (format === 'xlsx') {
    if (!('shown' in target)) throw new Error('XLSX needs a file');
    const table = await createXlsxTable(target.path, columns, options);
    return {
      addRow: async (cells) => table.addRow(cells),
      addHeading: async (text) => table.addHeading(text),
      commit: () => table.commit(),
      abort: () => table.abort(),
    };
  }
  const file: OutputFile =
    'shown' in target
      ? await openOutputFile(target.path, target.shown)
      : { stream: target, commit: async () => {}, abort: async () => {} };
  const line = (cells: readonly unknown[]) =>
    `${cells.map((c) => styledCell(c, options.style)).join(options.style.delimiter)}\r\n`;
  await writeAsync(file.stream, `\uFEFF${line(columns.map((c) => c.header))}`);
  return {
    addRow: (cells) => writeAsync(file.stream, line(cells)),
    addHeading: async () => {},
    commit: () => file.commit(),
    abort: () => file.abort(),
  };
}
