import { CdhtError, type Issue } from '../../errors/issue.js';
import { toolingIssue } from '../../errors/toolingIssue.js';
import { resolvePeriod } from '../../evaluate/period.js';
import { _withFile } from '../../evidence/issues.js';
import { validateEvidenceRecord } from '../../evidence/validate.js';
import type { EvidenceRecord } from '../../format/evidence.js';
import { _readCsv } from './csv.js';
import { _readJson } from './json.js';
import { _readNdjson } from './ndjson.js';
import { SeenKeys } from './seenKeys.js';
import { _openBytes, detectEvidenceFormat } from './source.js';
import { _limits, type _RawRow, type EvidenceSource, type ReadEvidenceOptions, type RowResult } from './types.js';
import { _readXlsx } from './xlsx.js';

/**
 * Reads evidence records from a file or stream, one row at a time.
 *
 * Every input row comes out exactly once, as a valid record (with any warnings) or as a
 * rejection with its issues, so `records + rejected = rows`. A problem with one row (bad bytes,
 * bad syntax, a cap passed, a bad cell) rejects that row and reading goes on; a problem with the
 * file itself (UTF-16, an unusable header, a JSON file with a repeated wrapper key or content
 * after its end, a workbook that cannot be opened or is past a cap) is thrown as one `CdhtError`
 * naming the file. Every format is streamed within the caps of {@link ReaderLimits} (memory does
 * not grow with the file, apart from one key per person for duplicate detection, which
 * `detectDuplicates: false` turns off; an XLSX workbook's shared strings are held, up to their
 * cap). A second record with the same id and the same period (`"2025"` and
 * `{ from: "2025-01-01", to: "2025-12-31" }` are the same) is rejected as `duplicate_record`.
 *
 * @param source - a file path (format from its extension) or a readable stream of bytes
 * @param options - format, declared evidence fields, duplicate detection, file name for issues
 * @returns the rows in input order
 * @throws CdhtError `unknown_format` when the format cannot be told, or a whole-file problem (see above);
 *   file system errors as thrown by Node
 * @example
 * for await (const row of readEvidence('ho-dan-2025.csv', { evidence: framework.evidence })) {
 *   if ('record' in row) evaluate(row.record); else console.error(row.row, row.rejected.issues);
 * }
 * @category Evidence
 */
export async function* readEvidence(
  source: EvidenceSource,
  options: ReadEvidenceOptions = {},
): AsyncGenerator<RowResult> {
  const format = detectEvidenceFormat(source, options.format);
  const file = options.file ?? (typeof source === 'string' ? source : undefined);
  const seen = options.detectDuplicates === false ? undefined : new SeenKeys();
  for await (const raw of _readRows(source, format, { ...options, file })) {
    if ('issues' in raw) {
      const rejected =
        raw.raw === undefined
          ? { issues: _withFile(raw.issues, file) }
          : { issues: _withFile(raw.issues, file), raw: raw.raw };
      yield { row: raw.row, rejected };
      continue;
    }
    const checked = validateEvidenceRecord(raw.value, options.evidence, options.evidenceTypes);
    if (!checked.success) {
      // A record nested too deep is not handed back: a caller walking it recursively would crash.
      const tooDeep = checked.issues.some((i) => i.code === 'evidence_too_deep');
      const issues = _withFile(checked.issues, file);
      yield { row: raw.row, rejected: tooDeep ? { issues } : { issues, raw: raw.value } };
      continue;
    }
    const duplicate = seen ? checkDuplicate(seen, checked.data, raw.row) : undefined;
    if (duplicate) {
      yield { row: raw.row, rejected: { issues: _withFile([duplicate], file), raw: raw.value } };
    } else if (checked.warnings.length > 0) {
      yield { row: raw.row, record: checked.data, warnings: _withFile(checked.warnings, file) };
    } else {
      yield { row: raw.row, record: checked.data };
    }
  }
}

/**
 * The rows of an evidence source as its format reader gives them, before validation: a value per
 * row (CSV and XLSX cells coerced by `options.evidence`), or the issues of a row that could not be
 * read. Batches validate each value against the framework they choose for it. A whole-file error
 * is thrown as one `CdhtError` naming `options.file` (by default the path, when the source is one).
 *
 * @internal
 */
export function _readRows(
  source: EvidenceSource,
  format: string,
  options: ReadEvidenceOptions,
): AsyncGenerator<_RawRow> {
  return named(formatRows(source, format, options), options.file ?? (typeof source === 'string' ? source : undefined));
}

function formatRows(source: EvidenceSource, format: string, options: ReadEvidenceOptions): AsyncGenerator<_RawRow> {
  const limits = _limits(options);
  if (format === 'xlsx')
    return _readXlsx(typeof source === 'string' ? source : _openBytes(source), options.evidence, limits);
  if (format === 'json') return _readJson(() => _openBytes(source), typeof source === 'string', limits);
  const bytes = _openBytes(source);
  if (format === 'csv') return _readCsv(bytes, options.evidence, limits);
  return _readNdjson(bytes, limits);
}

/** The rows, with the file named in a whole-file error. */
async function* named(rows: AsyncGenerator<_RawRow>, file: string | undefined): AsyncGenerator<_RawRow> {
  try {
    yield* rows;
  } catch (error) {
    if (!(error instanceof CdhtError) || file === undefined) throw error;
    throw new CdhtError(_withFile(error.issues, file) as [Issue, ...Issue[]], { cause: error });
  }
}

/** Keys on the resolved period, so `"2025"` and `{ from: 2025-01-01, to: 2025-12-31 }` are one period. */
function checkDuplicate(seen: SeenKeys, record: EvidenceRecord, row: number): Issue | undefined {
  const { from, to } = resolvePeriod(record.period);
  const first = seen.add(record.id, from, to, row);
  if (first === 0) return undefined;
  const period = typeof record.period === 'string' ? record.period : `${from}..${to}`;
  return toolingIssue('duplicate_record', ['id'], { id: record.id, period, first });
}
