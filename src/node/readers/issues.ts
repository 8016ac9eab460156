/**
 * The issues of the evidence readers, in one place: each problem a reader can find, with its code
 * and its parameters (the words are in the catalogues, src/i18n/).
 *
 * @module
 * @internal
 */
import { CdhtError, type Issue, type JsonPath } from '../../errors/issue.js';
import type { IssueParams, XlsxProblem } from '../../errors/params.js';
import { toolingIssue } from '../../errors/toolingIssue.js';

/** A whole-file failure: nothing of the file can be trusted, so reading stops with this error. @internal */
export function _wholeFile(found: Issue): CdhtError {
  return new CdhtError([found]);
}

/** A NUL byte in a row: text evidence never holds one, so the row is rejected (the rest is read). @internal */
export function _nulByte(row: number, byte: number): Issue {
  return toolingIssue('invalid_encoding', [], { kind: 'nul', row, byte });
}

/** One CSV field over the cap. @internal */
export function _fieldTooLarge(row: number, column: number, limit: number): Issue {
  return toolingIssue('field_too_large', [], { kind: 'csv', row, column, limit });
}

/** One XLSX cell over the cap. @internal */
export function _cellTooLarge(cell: string, limit: number): Issue {
  return toolingIssue('field_too_large', [], { kind: 'cell', cell, limit });
}

/** One record (CSV record, NDJSON line, JSON element, XLSX row) over the cap. @internal */
export function _recordTooLarge(row: number, limit: number, unit: 'bytes' | 'characters'): Issue {
  return toolingIssue('record_too_large', [], { row, limit, unit });
}

/** A CSV row that is not well formed (the header's problems come from src/evidence/header.ts). @internal */
export function _brokenCsv(
  problem: Extract<IssueParams['invalid_csv'], { kind: 'unclosed_quote' | 'text_after_quote' | 'unsplit' }>,
): Issue {
  return toolingIssue('invalid_csv', [], problem);
}

/** A CSV or XLSX row whose cells do not match the header. @internal */
export function _cellCount(row: number, cells: number, columns: number): Issue {
  return toolingIssue('invalid_csv', [], { kind: 'cell_count', row, cells, columns });
}

/** A key repeated in one evidence record; `at` is the line and column of the repeat when known. @internal */
export function _duplicateKey(path: JsonPath, key: string, at?: { line: number; column: number }): Issue {
  return toolingIssue('duplicate_key', path, at ? { kind: 'record', key, at } : { kind: 'record', key });
}

/** A key of a JSON file's wrapper object written twice, with both places. @internal */
export function _duplicateFileKey(
  key: string,
  at: { line: number; column: number },
  first: { line: number; column: number },
): Issue {
  return toolingIssue('duplicate_key', [key], { kind: 'file', key, at, first });
}

/** Text after the end of a JSON document. @internal */
export function _trailingContent(line: number, column: number): Issue {
  return toolingIssue('invalid_json', [], { kind: 'trailing', line, column });
}

/** A JSON file that is neither an array of records nor an object with a records array. @internal */
export function _notRecords(): Issue {
  return toolingIssue('invalid_json', [], { kind: 'not_records' });
}

/** A JSON element (`record`) or NDJSON line (`line`) that does not parse; `detail` is the parser's message. @internal */
export function _badJson(kind: 'record' | 'line', row: number, detail: string): Issue {
  return kind === 'line'
    ? toolingIssue('invalid_json', [], { kind: 'line', line: row, detail })
    : toolingIssue('invalid_json', [], { kind: 'record', row, detail });
}

/** What makes a whole workbook unreadable (the kinds of {@link XlsxProblem} that are not about one cell). @internal */
export type _WholeXlsxProblem = Exclude<XlsxProblem, { kind: 'missing_shared_string' | 'not_a_number' }>;

/** A workbook past a whole-file cap (shared strings, rows, a part, a stream). @internal */
export function _xlsxTooLarge(limit: IssueParams['xlsx_too_large']): Issue {
  return toolingIssue('xlsx_too_large', [], limit);
}

/** A workbook that cannot be read; `row` is where reading stopped, when rows had been read. @internal */
export function _invalidXlsx(problem: _WholeXlsxProblem, row?: number): Issue {
  return toolingIssue('invalid_xlsx', [], row === undefined ? problem : { ...problem, row });
}

/** A cell holding an error value such as `#DIV/0!`. @internal */
export function _cellError(cell: string, value: string): Issue {
  return toolingIssue('cell_error', [], { cell, value });
}

/** A cell covered by a merged range other than its top-left one, which Excel leaves empty. @internal */
export function _mergedCell(cell: string, range: string): Issue {
  return toolingIssue('merged_cell', [], { cell, range });
}

/** A formula cell saved without its result (written by a program that does not calculate). @internal */
export function _formulaWithoutValue(cell: string): Issue {
  return toolingIssue('formula_without_value', [], { cell });
}

/** A cell whose content is not what its type says (a number that is not one, a missing shared string). @internal */
export function _badCell(problem: Extract<XlsxProblem, { kind: 'missing_shared_string' | 'not_a_number' }>): Issue {
  return toolingIssue('invalid_xlsx', [], problem);
}
