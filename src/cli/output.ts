import { type CliStream, writeAsync } from './io.js';

/** Output formats of row-producing commands. */
export type RowFormat = 'ndjson' | 'json' | 'csv';

/** A column of a CSV output: its header and how to read its cell from a row. */
export interface CsvColumn<T> {
  readonly header: string;
  readonly value: (row: T) => unknown;
}

/** Writes rows one at a time, waiting on back-pressure, then closes. */
export interface RowWriter<T> {
  write(row: T): Promise<void>;
  /** Finishes the document (JSON's closing bracket) and, for files, flushes and closes. */
  close(): Promise<void>;
}

/**
 * Neutralises a CSV cell: text starting with `=`, `+`, `-`, `@`, tab or CR would be run as a
 * formula by spreadsheets (CSV injection), so it gets a leading apostrophe; then quoting.
 *
 * @param value - the cell value
 * @returns the cell text
 * @example csvCell('=1+1') // "'=1+1"
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A writer of rows in the given format. CSV starts with a UTF-8 BOM so Excel reads Vietnamese
 * text correctly, and lines end with CRLF as RFC 4180 says.
 *
 * @param stream - where to write
 * @param format - ndjson, json or csv
 * @param columns - the CSV columns (ignored by the JSON formats)
 * @returns the writer
 */
export function rowWriter<T>(
  stream: CliStream,
  format: RowFormat,
  columns: readonly CsvColumn<T>[] = [],
): RowWriter<T> {
  if (format === 'ndjson') {
    return { write: (row) => writeAsync(stream, `${JSON.stringify(row)}\n`), close: async () => {} };
  }
  if (format === 'json') {
    let first = true;
    return {
      write: (row) => {
        const text = `${first ? '[\n' : ',\n'}${JSON.stringify(row)}`;
        first = false;
        return writeAsync(stream, text);
      },
      close: () => writeAsync(stream, first ? '[]\n' : '\n]\n'),
    };
  }
  let started = false;
  const start = async (): Promise<void> => {
    if (started) return;
    started = true;
    await writeAsync(stream, `\uFEFF${columns.map((c) => csvCell(c.header)).join(',')}\r\n`);
  };
  return {
    write: async (row) => {
      await start();
      await writeAsync(stream, `${columns.map((c) => csvCell(c.value(row))).join(',')}\r\n`);
    },
    close: start,
  };
}
