import type { Entry } from 'yauzl';
import { _columnOf } from './sheet.js';
import { _XmlError } from './xml.js';
import type { _Zip } from './zip.js';

/** A merged range: rows and columns inclusive (columns 0-based), and its text. @internal */
export interface _Merge {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  readonly ref: string;
}

const MAX_MERGES = 100_000;
const MERGE =
  /<(?:[A-Za-z_][\w.-]*:)?mergeCell\s[^>]{0,200}?\bref\s*=\s*["']([A-Z]{1,3}\d{1,7})(?::([A-Z]{1,3}\d{1,7}))?["']/g;

function cellOf(ref: string): { row: number; column: number } | undefined {
  const column = _columnOf(ref);
  const row = Number(ref.slice(ref.search(/\d/)));
  return column === undefined || !Number.isInteger(row) ? undefined : { row, column };
}

/**
 * Reads the merged ranges of a sheet. They are written after its rows, so a first pass finds
 * them (only inflating and searching the text, no parsing) and the rows are checked as they are
 * read. At most 100,000 ranges.
 *
 * @internal
 */
export async function _readMerges(zip: _Zip, sheet: Entry, maxBytes: number): Promise<_Merge[]> {
  const merges: _Merge[] = [];
  let tail = '';
  for await (const piece of zip.text(sheet, maxBytes)) {
    const text = tail + piece;
    MERGE.lastIndex = 0;
    for (let m = MERGE.exec(text); m !== null; m = MERGE.exec(text)) {
      // A match wholly inside the carried tail was found with the previous piece.
      if (m.index + m[0].length <= tail.length) continue;
      const from = cellOf(m[1] as string);
      const to = cellOf(m[2] ?? (m[1] as string));
      if (!from || !to) continue;
      const ref = m[2] ? `${m[1]}:${m[2]}` : (m[1] as string);
      merges.push({
        top: Math.min(from.row, to.row),
        bottom: Math.max(from.row, to.row),
        left: Math.min(from.column, to.column),
        right: Math.max(from.column, to.column),
        ref,
      });
      if (merges.length > MAX_MERGES) throw new _XmlError({ kind: 'too_many_merges', limit: MAX_MERGES });
    }
    tail = text.slice(-256);
  }
  return merges.sort((a, b) => a.top - b.top);
}

/**
 * The merged ranges that cover a row, for rows read in increasing order: ranges enter when the
 * row reaches their top and leave after their bottom, so each row costs the ranges around it.
 *
 * @internal
 */
export class _MergeCursor {
  readonly #merges: readonly _Merge[];
  #next = 0;
  #active: _Merge[] = [];
  #row = 0;

  constructor(merges: readonly _Merge[]) {
    this.#merges = merges;
  }

  /** The ranges covering `row`. */
  at(row: number): readonly _Merge[] {
    if (row < this.#row) {
      // Rows out of order (not from Excel): start over.
      this.#next = 0;
      this.#active = [];
    }
    this.#row = row;
    while (this.#next < this.#merges.length && (this.#merges[this.#next] as _Merge).top <= row) {
      this.#active.push(this.#merges[this.#next] as _Merge);
      this.#next++;
    }
    this.#active = this.#active.filter((m) => m.bottom >= row);
    return this.#active;
  }
}
