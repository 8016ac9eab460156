import type { Engine } from '../../engine.js';
import { _withFile } from '../../evidence/issues.js';
import { _commonEvidence } from '../batch/commonEvidence.js';
import type { JsonRow } from './jsonRows.js';
import { _readRows } from './read.js';
import { detectEvidenceFormat } from './source.js';
import type { EvidenceFormat, EvidenceSource, ReaderLimits } from './types.js';

/** Options of {@link readCollectiveRows}. @category Collectives */
export interface ReadCollectiveRowsOptions {
  /** The format; by default told by the file extension (a stream needs it). */
  readonly format?: EvidenceFormat | undefined;
  /** File name put in issues; defaults to the path when the source is a path. */
  readonly file?: string | undefined;
  /** Lower (or raise) the readers' caps; see `READER_LIMITS`. */
  readonly limits?: Partial<ReaderLimits> | undefined;
}

/**
 * Reads collective records — households, clans, communities, units — from JSON, NDJSON, CSV or
 * XLSX with the evidence readers (streamed, bounded, every row a value or the issues of a row that
 * could not be read, with its row number), for `engine.evaluateCollectives`. A spreadsheet's
 * header holds record paths (`id`, `kind`, `level`, `period`, `size`, `unit.commune`,
 * `memberships.0.kind`, `data.studyCorner`); `data` cells are typed by the evidence the engine's
 * collective frameworks declare alike, other cells by their appearance. Nothing else is checked
 * here: `engine.evaluateCollectives` validates each record as `engine.evaluateCollective` does.
 *
 * @param engine - the engine, its collective frameworks loaded
 * @param source - a file path (format from its extension) or a stream of bytes (give `format`)
 * @param options - format, file name, caps
 * @returns the rows in order
 * @throws CdhtError `unknown_format`, or a whole-file problem naming the file
 * @example
 * const rows = [];
 * for await (const r of readCollectiveRows(engine, 'tap-the-2025.csv')) if ('value' in r) rows.push(r.value);
 * @category Collectives
 */
export async function* readCollectiveRows(
  engine: Engine,
  source: EvidenceSource,
  options: ReadCollectiveRowsOptions = {},
): AsyncGenerator<JsonRow> {
  const format = detectEvidenceFormat(source, options.format);
  const file = options.file ?? (typeof source === 'string' ? source : undefined);
  // A collective's record is never judged by a person's framework: only collective evidence types cells.
  const evidence = _commonEvidence(engine.frameworks().filter((f) => f.kind === 'collective'));
  const rows = _readRows(source, format, {
    format,
    evidence,
    file,
    ...(options.limits === undefined ? {} : { limits: options.limits }),
  });
  for await (const r of rows) {
    if ('issues' in r) yield { row: r.row, issues: _withFile(r.issues, file) };
    else yield { row: r.row, value: r.value };
  }
}
