import { type Issue, issue } from '../../errors/issue.js';
import { _withFile } from '../../evidence/issues.js';
import { validateEvidenceRecord } from '../../evidence/validate.js';
import type { EvidenceRecord } from '../../format/evidence.js';
import { _readCsv } from './csv.js';
import { _readJson } from './json.js';
import { _readNdjson } from './ndjson.js';
import { SeenKeys } from './seenKeys.js';
import { _openBytes, detectEvidenceFormat } from './source.js';
import type { _RawRow, EvidenceSource, ReadEvidenceOptions, RowResult } from './types.js';
import { _readXlsx } from './xlsx.js';

/**
 * Reads evidence records from a file or stream, one row at a time.
 *
 * Every input row comes out exactly once, as a valid record (with any warnings) or as a
 * rejection with its issues, so `records + rejected = rows`. NDJSON, CSV and JSON are streamed
 * (memory does not grow with the file, apart from one key per person for duplicate detection,
 * which `detectDuplicates: false` turns off); XLSX is streamed by exceljs, but its shared strings
 * are cached. A second record with the same id and period is rejected as `duplicate_record`.
 *
 * @param source - a file path (format from its extension) or a readable stream of bytes
 * @param options - format, declared evidence fields, duplicate detection, file name for issues
 * @returns the rows in input order
 * @throws CdhtError `unknown_format` when the format cannot be told; file system errors as thrown by Node
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
  for await (const raw of _readRows(source, format, options)) {
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
      yield { row: raw.row, rejected: { issues: _withFile(checked.issues, file), raw: raw.value } };
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
 * read. Batches validate each value against the framework they choose for it.
 *
 * @internal
 */
export function _readRows(
  source: EvidenceSource,
  format: string,
  options: ReadEvidenceOptions,
): AsyncGenerator<_RawRow> {
  if (format === 'xlsx') return _readXlsx(typeof source === 'string' ? source : _openBytes(source), options.evidence);
  const bytes = _openBytes(source);
  if (format === 'csv') return _readCsv(bytes, options.evidence);
  if (format === 'json') return _readJson(bytes);
  return _readNdjson(bytes);
}

function checkDuplicate(seen: SeenKeys, record: EvidenceRecord, row: number): Issue | undefined {
  const period = typeof record.period === 'string' ? record.period : `${record.period.from}..${record.period.to}`;
  const key = `${record.id}\u0000${period}`;
  const first = seen.add(key, row);
  if (first === 0) return undefined;
  return issue('duplicate_record', ['id'], { id: record.id, period, first });
}
