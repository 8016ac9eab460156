import type { Issue } from '../../errors/issue.js';
import { _withFile } from '../../evidence/issues.js';
import { _readRows } from './read.js';
import { detectEvidenceFormat } from './source.js';
import type { EvidenceSource } from './types.js';

/** One row of a JSON or NDJSON file: its value, or why it could not be read. @category Evidence */
export type JsonRow =
  | { readonly row: number; readonly value: unknown }
  | { readonly row: number; readonly issues: readonly Issue[] };

/** Options of {@link readJsonRows}. @category Evidence */
export interface ReadJsonRowsOptions {
  /** `ndjson` or `json`; by default told by the file extension (`.ndjson`, `.jsonl`, `.json`). */
  readonly format?: 'json' | 'ndjson' | undefined;
  /** File name put in issues; defaults to the path when the source is a path. */
  readonly file?: string | undefined;
}

/**
 * Reads rows of JSON of any kind — evaluations, fact rows — with the evidence readers' NDJSON and
 * JSON readers: streamed, one row at a time, every row a value or the issues of a row that could
 * not be read (`invalid_json`, `invalid_encoding`, …), with its row number. Nothing is validated
 * beyond JSON: the caller knows what a row should be.
 *
 * @param source - a file path or a stream of bytes (give `format`)
 * @param options - format and file name
 * @returns the rows in order
 * @throws CdhtError `unknown_format` when the format cannot be told, or a whole-file problem naming the
 *   file (UTF-16, a JSON file that is no array of rows, repeats a wrapper key or has content after its end)
 * @example
 * for await (const r of readJsonRows('ket-qua.ndjson')) if ('value' in r) rows.push(r.value);
 * @category Evidence
 */
export async function* readJsonRows(
  source: EvidenceSource,
  options: ReadJsonRowsOptions = {},
): AsyncGenerator<JsonRow> {
  const format = detectEvidenceFormat(source, options.format);
  const file = options.file ?? (typeof source === 'string' ? source : undefined);
  const rows = _readRows(source, format === 'json' ? 'json' : 'ndjson', { file });
  for await (const r of rows) {
    if ('issues' in r) yield { row: r.row, issues: _withFile(r.issues, file) };
    else yield r;
  }
}
