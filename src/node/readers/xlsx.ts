import { CdhtError, type Issue } from '../../errors/issue.js';
import { toolingIssue } from '../../errors/toolingIssue.js';
import { _buildRecord } from '../../evidence/cells.js';
import type { _AliasLookup } from '../../evidence/header.js';
import type { EvidenceField } from '../../format/framework.js';
import { _HeaderSearch } from './headerRow.js';
import { _invalidXlsx, _mergedCell, _wholeFile, _xlsxTooLarge } from './issues.js';
import type { _RawRow, ReaderLimits } from './types.js';
import { _MergeCursor, _readMerges } from './xlsx/merges.js';
import { _findParts, _readDateStyles, _readSharedStrings, LARGE_PART } from './xlsx/parts.js';
import { _cellName, type _SheetRow, _SheetRows } from './xlsx/sheet.js';
import { _XmlError, _XmlTokenizer } from './xlsx/xml.js';
import { _openZip, type _Zip } from './xlsx/zip.js';

/**
 * Reads the first worksheet (in tab order) of an XLSX workbook, streaming and bounded: the zip is
 * read from its central directory (yauzl), each part is inflated as it is parsed and never held
 * whole, and every table has a cap ({@link ReaderLimits}). The header (field paths or aliases such
 * as `Họ và tên`) is found below any title rows ({@link _HeaderSearch}; problems of the rows above
 * it, such as a title merged across the columns, do not matter); a template's example row (STT
 * "Ví dụ") is read past. Row numbers are the sheet's own. Dates typed as dates
 * become ISO dates; rich text and inline strings give their text, formulas their saved result.
 *
 * Per cell, these reject the row, naming the cell: an error value (`#DIV/0!`, `#N/A`, …); a
 * formula saved without its result (it would read as empty); a cell inside a merged range other
 * than its top-left one (Excel shows the top-left value across the range, but the other cells
 * are empty in the file, so reading them would silently drop the value); a cell longer than the
 * cell cap; a row longer than the row cap. A workbook that is not a zip or not a workbook, or past
 * the shared-strings or row caps, is one whole-file error.
 *
 * @throws CdhtError `invalid_xlsx` or `xlsx_too_large` for the whole file
 * @internal
 */
export async function* _readXlsx(
  source: string | AsyncIterable<Uint8Array | string>,
  evidence: Readonly<Record<string, EvidenceField>> | undefined,
  limits: ReaderLimits,
  extra?: _AliasLookup,
): AsyncGenerator<_RawRow> {
  let lastRow: number | undefined;
  let zip: _Zip | undefined;
  try {
    zip = await _openZip(typeof source === 'string' ? source : await collect(source, limits.workbookBytes));
    const parts = await _findParts(zip);
    const sharedStrings = await _readSharedStrings(zip, parts.sharedStrings, limits);
    const dateStyles = await _readDateStyles(zip, parts.styles);
    const merges = new _MergeCursor(await _readMerges(zip, parts.sheet, LARGE_PART));
    const sheet = new _SheetRows({ sharedStrings, dateStyles, date1904: parts.date1904, limits });
    const tokenizer = new _XmlTokenizer(sheet);
    const header = new _HeaderSearch(evidence, extra);
    const toRows = function* (done: _SheetRow[]): Generator<_RawRow> {
      for (const row of done.splice(0)) {
        lastRow = row.number;
        const out = rowOf(row, header, merges);
        if (out !== undefined) yield out;
      }
    };
    for await (const piece of zip.text(parts.sheet, LARGE_PART)) {
      tokenizer.write(piece);
      yield* toRows(sheet.done);
    }
    tokenizer.end();
    yield* toRows(sheet.done);
    header.end();
  } catch (error) {
    if (error instanceof CdhtError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    const problem = error instanceof _XmlError ? error.problem : { kind: 'unreadable' as const, detail };
    const row = lastRow === undefined ? undefined : lastRow + 1;
    throw _wholeFile(_invalidXlsx(problem, row));
  } finally {
    zip?.close();
  }
}

/** One sheet row as a raw row, or nothing (an empty row, a row above the header, the header, the example row). */
function rowOf(row: _SheetRow, header: _HeaderSearch, merges: _MergeCursor): _RawRow | undefined {
  const values = Array.from(row.values, (v) => v);
  const paths = header.paths;
  const covered = coveredCells(row.number, merges, paths?.length ?? values.length);
  const empty = values.every((v) => v === undefined || (typeof v === 'string' && v.trim() === ''));
  if (empty && row.issues.length === 0 && (covered.length === 0 || !paths)) return undefined;
  const issues: Issue[] = [...row.issues, ...covered];
  if (!paths) {
    if (empty) return undefined;
    const before = header.paths;
    // A title row's merged cells and errors are no one's data; the header's own are the file's.
    if (header.offer(values) && before === undefined && issues.length > 0)
      throw new CdhtError(issues as [Issue, ...Issue[]]);
    return undefined;
  }
  if (header.isExample(values)) return undefined;
  if (issues.length > 0) return { row: row.number, raw: values, issues };
  if (values.length > paths.length && values.slice(paths.length).some((v) => v !== undefined)) {
    return {
      row: row.number,
      raw: values,
      issues: [toolingIssue('invalid_csv', [], { kind: 'beyond_header', row: row.number })],
    };
  }
  return { row: row.number, value: _buildRecord(paths, values, header.evidence) };
}

/** The cells of the row's first `columns` columns that a merged range covers but does not start at. */
function coveredCells(row: number, merges: _MergeCursor, columns: number): Issue[] {
  const issues: Issue[] = [];
  for (const m of merges.at(row)) {
    for (let c = m.left; c <= Math.min(m.right, columns - 1); c++) {
      if (row === m.top && c === m.left) continue;
      issues.push(_mergedCell(_cellName(c, row), m.ref));
    }
  }
  return issues;
}

/** A workbook given as a stream, held in memory to read its zip directory, up to the cap. */
async function collect(source: AsyncIterable<Uint8Array | string>, limit: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const piece of source) {
    const chunk = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : Buffer.from(piece);
    size += chunk.length;
    if (size > limit) {
      throw _wholeFile(_xlsxTooLarge({ kind: 'stream', limit }));
    }
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}
