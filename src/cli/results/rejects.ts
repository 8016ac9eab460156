import { extname } from 'node:path';
import { formatPath, type Issue, type Locale } from '../../index.js';

import { type RowWriter, rowWriter } from '../output.js';
import { type OutputFile, openOutputFile } from '../outputFile.js';
import { type CsvStyle, openTable, type TableSink } from './table.js';

/** A row that was not evaluated: its number, the person when known, and why. */
export interface RejectedRow {
  readonly row: number | undefined;
  readonly id?: string | undefined;
  readonly issues: readonly Issue[];
  /** The file read, when a rejects file gathers rows of another input than the evidence (collectives). */
  readonly file?: string | undefined;
}

/** The rejects file being written, opened when the first rejected row arrives. */
export interface RejectsOutput {
  write(r: RejectedRow): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
  used(): boolean;
}

/**
 * The format of a rejects file, from its extension: `.csv` and `.xlsx` give a table (one row per
 * problem), anything else NDJSON (one line per rejected row).
 *
 * @param path - the rejects path
 * @returns the format
 */
export function rejectsFormat(path: string): 'ndjson' | 'csv' | 'xlsx' {
  const ext = extname(path).toLowerCase();
  return ext === '.csv' ? 'csv' : ext === '.xlsx' ? 'xlsx' : 'ndjson';
}

/**
 * Writes rejected rows to a file created only when the first one arrives (atomically, as every
 * output): NDJSON, one line per row with all its issues; CSV or XLSX, one row per problem with the
 * row number, the person, the code, the field and the message in the user's language (warnings,
 * such as undeclared fields, are left to the run's summary).
 *
 * @param path - absolute path
 * @param shown - the path as typed
 * @param lang - language of the messages
 * @param style - CSV delimiter and decimal separator
 * @returns the output
 */
export function rejectsOutput(path: string, shown: string, lang: Locale, style: CsvStyle): RejectsOutput {
  const format = rejectsFormat(path);
  let target: OutputFile | undefined;
  let writer: RowWriter<unknown> | undefined;
  let table: TableSink | undefined;
  const vi = lang === 'vi';
  const open = async () => {
    if (format === 'ndjson') {
      target = await openOutputFile(path, shown);
      writer = rowWriter(target.stream, 'ndjson');
      return;
    }
    table = await openTable(
      { path, shown },
      format,
      [
        { header: vi ? 'Dòng' : 'Row', width: 7 },
        { header: vi ? 'Mã' : 'Person id', width: 12 },
        { header: vi ? 'Mã lỗi' : 'Code', width: 18 },
        { header: vi ? 'Trường' : 'Field', width: 22 },
        { header: vi ? 'Vấn đề' : 'Problem', width: 70, wrap: true },
      ],
      { sheet: vi ? 'Dòng bị từ chối' : 'Rejected rows', style },
    );
  };
  return {
    async write(r) {
      if (!target && !table) await open();
      if (writer) {
        const issues = r.issues.map((i) => ({
          code: i.code,
          path: formatPath(i.path),
          params: i.params,
          message: i.message[lang],
        }));
        await writer.write({
          ...(r.file === undefined ? {} : { file: r.file }),
          row: r.row,
          ...(r.id === undefined ? {} : { id: r.id }),
          issues,
        });
        return;
      }
      // The problems that rejected the row; its warnings (undeclared fields) are summarised once on stderr.
      const problems = r.issues.filter((i) => i.severity !== 'warning');
      for (const i of problems.length > 0 ? problems : r.issues)
        await table?.addRow([
          r.row ?? null,
          r.id ?? '',
          i.code,
          i.path.length > 0 ? formatPath(i.path) : '',
          i.message[lang],
        ]);
    },
    commit: async () => {
      await target?.commit();
      await table?.commit();
    },
    abort: async () => {
      await target?.abort();
      await table?.abort();
    },
    used: () => target !== undefined || table !== undefined,
  };
}
