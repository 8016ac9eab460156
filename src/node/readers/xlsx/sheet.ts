import type { Issue } from '../../../errors/issue.js';
import {
  _badCell,
  _cellError,
  _cellTooLarge,
  _formulaWithoutValue,
  _recordTooLarge,
  _wholeFile,
  _xlsxTooLarge,
} from '../issues.js';
import type { ReaderLimits } from '../types.js';
import { _XmlError, type _XmlHandler } from './xml.js';

/** One sheet row as read: its number, cell values by column (0-based) and the problems of its cells. @internal */
export interface _SheetRow {
  readonly number: number;
  readonly values: readonly unknown[];
  readonly issues: readonly Issue[];
}

/** What a sheet's cells need from the rest of the workbook. @internal */
export interface _SheetContext {
  readonly sharedStrings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
  readonly limits: ReaderLimits;
}

/** Excel's last column (XFD) and row. */
const MAX_COLUMN = 16_384;
const MAX_ROW = 1_048_576;

/** `B12` → column 1 (0-based); undefined when it is not a reference. @internal */
export function _columnOf(ref: string): number | undefined {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    column = column * 26 + (c - 64);
  }
  return i === 0 || i > 3 ? undefined : column - 1;
}

/** The A1-style name of a cell. @internal */
export function _cellName(column: number, row: number): string {
  let n = column + 1;
  let name = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    name = String.fromCharCode(65 + r) + name;
    n = Math.floor((n - 1) / 26);
  }
  return `${name}${row}`;
}

/** A cell that is rejected, with why. */
class Problem {
  constructor(readonly issue: Issue) {}
}

interface Cell {
  column: number;
  type: string;
  style: number;
  formula: boolean;
  value: string[] | undefined;
  inline: string[] | undefined;
  length: number;
  tooLong: boolean;
}

/**
 * Turns the XML events of a worksheet into rows, under the caps: at most `limits.rows` rows
 * (whole file), `limits.cellChars` characters a cell and `limits.rowChars` a row (that row is
 * rejected). Cell text beyond a cap is never kept. Each cell becomes a string, number, boolean
 * or Date (a number in a date format), or a problem: an error value (`#DIV/0!`), a formula saved
 * without its result, a number that is not one, a shared string that does not exist.
 *
 * @internal
 */
export class _SheetRows implements _XmlHandler {
  readonly done: _SheetRow[] = [];
  #context: _SheetContext;
  #inData = false;
  #rows = 0;
  #rowNumber = 0;
  #inRow = false;
  #values: unknown[] = [];
  #issues: Issue[] = [];
  #rowLength = 0;
  #rowTooLong = false;
  #lastColumn = -1;
  #cell: Cell | undefined;
  #inValue = false;
  #inInline = false;
  #inText = false;
  #phonetic = 0;

  constructor(context: _SheetContext) {
    this.#context = context;
  }

  open(name: string, a: Readonly<Record<string, string>>): void {
    if (name === 'sheetData') this.#inData = true;
    if (!this.#inData) return;
    if (name === 'row') this.#openRow(a.r);
    else if (name === 'c') this.#openCell(a);
    else if (!this.#cell) return;
    else if (name === 'v') {
      this.#inValue = true;
      this.#cell.value = [];
    } else if (name === 'f') this.#cell.formula = true;
    else if (name === 'is') {
      this.#inInline = true;
      this.#cell.inline = [];
    } else if (name === 'rPh') this.#phonetic++;
    else if (name === 't' && this.#inInline && this.#phonetic === 0) this.#inText = true;
  }

  close(name: string): void {
    if (name === 'sheetData') this.#inData = false;
    else if (name === 'v') this.#inValue = false;
    else if (name === 'is') this.#inInline = false;
    else if (name === 'rPh') this.#phonetic--;
    else if (name === 't') this.#inText = false;
    else if (name === 'c') this.#closeCell();
    else if (name === 'row' && this.#inData) this.#closeRow();
  }

  text(piece: string): void {
    const cell = this.#cell;
    if (!cell || cell.tooLong) return;
    const into = this.#inValue ? cell.value : this.#inText ? cell.inline : undefined;
    if (!into) return;
    const { cellChars } = this.#context.limits;
    cell.length += piece.length;
    if (cell.length > cellChars) {
      cell.tooLong = true;
      cell.value = undefined;
      cell.inline = undefined;
      return;
    }
    into.push(piece);
  }

  #openRow(r: string | undefined): void {
    const { limits } = this.#context;
    const previous = this.#rowNumber;
    this.#rowNumber = r === undefined ? previous + 1 : Number(r);
    // Excel writes rows once each, in order; anything else would give two rows one number.
    if (!Number.isInteger(this.#rowNumber) || this.#rowNumber <= previous || this.#rowNumber > MAX_ROW) {
      throw new _XmlError({ kind: 'row_number', value: String(r), previous });
    }
    this.#inRow = true;
    if (++this.#rows > limits.rows) {
      throw _wholeFile(_xlsxTooLarge({ kind: 'rows', limit: limits.rows }));
    }
    this.#values = [];
    this.#issues = [];
    this.#rowLength = 0;
    this.#rowTooLong = false;
    this.#lastColumn = -1;
  }

  #openCell(a: Readonly<Record<string, string>>): void {
    if (!this.#inRow) throw new _XmlError({ kind: 'cell_outside_row' });
    const column = a.r === undefined ? this.#lastColumn + 1 : _columnOf(a.r);
    if (column === undefined || column >= MAX_COLUMN) {
      throw new _XmlError({ kind: 'cell_reference', value: String(a.r) });
    }
    this.#lastColumn = column;
    this.#cell = {
      column,
      type: a.t ?? 'n',
      style: a.s === undefined ? 0 : Number(a.s),
      formula: false,
      value: undefined,
      inline: undefined,
      length: 0,
      tooLong: false,
    };
  }

  #closeCell(): void {
    const cell = this.#cell;
    this.#cell = undefined;
    this.#inValue = false;
    this.#inInline = false;
    this.#inText = false;
    if (!cell) return;
    const { limits } = this.#context;
    const name = _cellName(cell.column, this.#rowNumber);
    this.#rowLength += cell.length;
    if (this.#rowLength > limits.rowChars) {
      if (!this.#rowTooLong) this.#issues.push(_recordTooLarge(this.#rowNumber, limits.rowChars, 'characters'));
      this.#rowTooLong = true;
      return;
    }
    const value = this.#valueOf(cell, name);
    if (value instanceof Problem) this.#issues.push(value.issue);
    else if (value !== undefined) this.#values[cell.column] = value;
  }

  #valueOf(cell: Cell, name: string): string | number | boolean | Date | Problem | undefined {
    const { limits, sharedStrings, dateStyles, date1904 } = this.#context;
    if (cell.tooLong) return new Problem(_cellTooLarge(name, limits.cellChars));
    const raw = cell.value?.join('');
    if (cell.type === 'inlineStr') return cell.inline?.join('') ?? raw;
    if (raw === undefined) return cell.formula ? new Problem(_formulaWithoutValue(name)) : undefined;
    if (cell.type === 'e') return new Problem(_cellError(name, raw.trim()));
    if (cell.type === 'str') return raw;
    if (cell.type === 'b') return raw.trim() === '1' || raw.trim() === 'true';
    if (cell.type === 's') {
      const text = sharedStrings[Number(raw)];
      if (text === undefined) {
        return new Problem(_badCell({ kind: 'missing_shared_string', cell: name, index: raw }));
      }
      return text.length > limits.cellChars ? new Problem(_cellTooLarge(name, limits.cellChars)) : text;
    }
    if (cell.type === 'd') {
      const date = new Date(raw);
      return Number.isNaN(date.getTime()) ? raw : date;
    }
    const number = raw.trim() === '' ? Number.NaN : Number(raw);
    if (!Number.isFinite(number)) {
      return new Problem(_badCell({ kind: 'not_a_number', cell: name, text: raw.slice(0, 40) }));
    }
    if (dateStyles[cell.style] === true) return excelDate(number, date1904);
    return number;
  }

  #closeRow(): void {
    if (!this.#inRow) throw new _XmlError({ kind: 'row_closed_twice' });
    this.#inRow = false;
    this.done.push({ number: this.#rowNumber, values: this.#values, issues: this.#issues });
  }
}

/** A date from Excel's serial day number (1900 or 1904 system), as exceljs computes it. */
function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial + (date1904 ? 1462 : 0) - 25569) * 86_400_000));
}
