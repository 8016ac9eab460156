import { isUtf8 } from 'node:buffer';
import { _invalidEncoding } from '../../evidence/issues.js';
import { _bomLength, _looksUtf16 } from './bytes.js';
import { _wholeFile } from './issues.js';

/** Why a record was cut out of the file unread. @internal */
export type _FrameProblem =
  | { readonly kind: 'record' }
  | { readonly kind: 'field'; readonly column: number }
  | { readonly kind: 'strayQuote'; readonly char: number }
  | { readonly kind: 'openQuote' };

/** One record's bytes as cut from the file, with where it starts and ends. @internal */
export interface _Frame {
  /** The physical line the record starts on (1-based; CR, LF and CRLF each end a line). */
  readonly line: number;
  /** The physical line it ends on. */
  readonly endLine: number;
  /** Offset of its first byte in the file. */
  readonly offset: number;
  /** Its bytes with the line end; empty when a cap was passed (the bytes were never kept). */
  readonly bytes: Uint8Array;
  readonly problem?: _FrameProblem | undefined;
  /** CSV: how many cells the record has (delimiters outside quotes + 1). */
  readonly cells: number;
  /** CSV: whether a field is quoted (else splitting on the delimiter is all there is to do). */
  readonly quoted: boolean;
  /** Known to be UTF-8 without NUL bytes (it lies in a chunk that is); otherwise check it. */
  readonly clean: boolean;
}

/** How to cut records. @internal */
export interface _FrameOptions {
  /** CSV: the delimiter (quotes are tracked, so a quoted line end stays in its field); absent for NDJSON. */
  readonly delimiter?: number | undefined;
  readonly fieldBytes: number;
  readonly recordBytes: number;
}

const CR = 0x0d;
const LF = 0x0a;
const QUOTE = 0x22;
const START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_SEEN = 3;
const EMPTY: Uint8Array = new Uint8Array(0);

/**
 * Cuts a byte stream into records: CR, LF and CRLF all end a line, outside CSV quotes. A record
 * over the field or record cap is cut out with a problem and its bytes are dropped as they come,
 * so memory never holds more than one capped record whatever the file. Blank lines give no frame
 * but are counted. Quote rules are RFC 4180's, as csv-parse applies them with `relax_quotes`:
 * a quote opens a quoted field only at its start, `""` inside is a quote, and a character after
 * a closing quote other than a delimiter or line end marks the record broken.
 *
 * @internal
 */
export class _Framer {
  #line = 1;
  #startLine = 1;
  #offset = 0;
  #recOffset = 0;
  #recStart = 0;
  #mode = START;
  #recordSize = 0;
  #fieldSize = 0;
  #column = 1;
  #content = false;
  #quoted = false;
  #clean = false;
  #parts: Uint8Array[] = [];
  #problem: _FrameProblem | undefined;
  #capped = false;
  #skipLF = false;
  #quotedCR = false;
  readonly #options: _FrameOptions;

  constructor(options: _FrameOptions, offset = 0) {
    this.#options = options;
    this.#offset = offset;
    this.#recOffset = offset;
  }

  /** Cuts the records that end in this chunk; the unfinished one is carried to the next. */
  push(chunk: Uint8Array, out: _Frame[]): void {
    this.#recStart = 0;
    // One native check a chunk spares one a record: records inside a clean chunk are clean.
    this.#clean = chunk.indexOf(0) < 0 && isUtf8(chunk);
    const delimiter = this.#options.delimiter;
    if (delimiter === undefined) this.#lines(chunk, out);
    else this.#csv(chunk, delimiter, out);
    if (!this.#capped && this.#recStart < chunk.length) this.#parts.push(chunk.subarray(this.#recStart));
    this.#offset += chunk.length;
  }

  /** Lines only (NDJSON): native searches for the line ends, no per-byte state. */
  #lines(chunk: Uint8Array, out: _Frame[]): void {
    const length = chunk.length;
    let nextLF = -1;
    let nextCR = -1;
    let i = 0;
    while (i < length) {
      if (this.#skipLF) {
        this.#skipLF = false;
        if (chunk[i] === LF) {
          i++;
          this.#recStart = i;
          this.#recOffset = this.#offset + i;
          continue;
        }
      }
      if (nextLF < i) nextLF = find(chunk, LF, i);
      if (nextCR < i) nextCR = find(chunk, CR, i);
      const stop = Math.min(nextLF, nextCR);
      const n = stop - i;
      if (n > 0) {
        this.#recordSize += n;
        if (!this.#capped) {
          this.#content = true;
          if (this.#recordSize > this.#options.recordBytes) this.#cap({ kind: 'record' });
        }
      }
      if (stop >= length) return;
      this.#end(chunk, stop, out);
      i = stop + 1;
    }
  }

  /** CSV: quotes, delimiters and line ends, byte by byte (state in locals: this loop is the hot path). */
  #csv(chunk: Uint8Array, delimiter: number, out: _Frame[]): void {
    const { fieldBytes, recordBytes } = this.#options;
    let mode = this.#mode;
    let recordSize = this.#recordSize;
    let fieldSize = this.#fieldSize;
    let quotedCR = this.#quotedCR;
    let capped = this.#capped;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i] as number;
      if (this.#skipLF) {
        this.#skipLF = false;
        if (b === LF) {
          this.#recStart = i + 1;
          this.#recOffset = this.#offset + i + 1;
          continue;
        }
      }
      if (mode === QUOTED) {
        if (b === QUOTE) mode = QUOTE_SEEN;
        else if (b === CR) this.#line++;
        else if (b === LF && !quotedCR) this.#line++;
        quotedCR = b === CR;
      } else if (mode === QUOTE_SEEN && b === QUOTE) {
        mode = QUOTED;
      } else {
        if (mode === QUOTE_SEEN && b !== delimiter && b !== CR && b !== LF) {
          this.#problem ??= { kind: 'strayQuote', char: b };
          mode = UNQUOTED;
        } else if (b === delimiter) {
          this.#content = true;
          this.#column++;
          fieldSize = -1;
          mode = START;
        } else if (b === CR || b === LF) {
          this.#mode = mode;
          this.#recordSize = recordSize;
          this.#fieldSize = fieldSize;
          this.#end(chunk, i, out);
          ({ recordSize, fieldSize, capped } = { recordSize: 0, fieldSize: 0, capped: false });
          mode = START;
          continue;
        } else {
          if (mode === START && b === QUOTE) {
            mode = QUOTED;
            quotedCR = false;
            this.#quoted = true;
          } else mode = UNQUOTED;
          this.#content = true;
        }
      }
      recordSize++;
      fieldSize++;
      if (!capped && (fieldSize > fieldBytes || recordSize > recordBytes)) {
        this.#cap(fieldSize > fieldBytes ? { kind: 'field', column: this.#column } : { kind: 'record' });
        capped = true;
      }
    }
    this.#mode = mode;
    this.#recordSize = recordSize;
    this.#fieldSize = fieldSize;
    this.#quotedCR = quotedCR;
  }

  /** The last record, when the file does not end with a line end. */
  end(out: _Frame[]): void {
    if (this.#mode === QUOTED && !this.#capped) this.#problem ??= { kind: 'openQuote' };
    if (this.#content || this.#problem) {
      out.push(this.#frame(this.#capped ? EMPTY : concat(this.#parts)));
    }
    this.#parts = [];
  }

  #frame(bytes: Uint8Array): _Frame {
    const { delimiter } = this.#options;
    return {
      line: this.#startLine,
      endLine: this.#line,
      offset: this.#recOffset,
      bytes,
      problem: this.#problem,
      cells: delimiter === undefined ? 1 : this.#column,
      quoted: this.#quoted,
      clean: this.#clean && this.#parts.length === 0,
    };
  }

  #cap(problem: _FrameProblem): void {
    this.#problem = problem;
    this.#capped = true;
    this.#parts = [];
  }

  #end(chunk: Uint8Array, i: number, out: _Frame[]): void {
    const end = i + 1;
    if (this.#content || this.#problem) {
      let bytes: Uint8Array = EMPTY;
      if (!this.#capped) {
        const tail = chunk.subarray(this.#recStart, end);
        bytes = this.#parts.length === 0 ? tail : concat([...this.#parts, tail]);
      }
      out.push(this.#frame(bytes));
    }
    this.#line++;
    this.#skipLF = chunk[i] === CR;
    this.#startLine = this.#line;
    this.#recStart = end;
    this.#recOffset = this.#offset + end;
    this.#parts = [];
    this.#problem = undefined;
    this.#capped = false;
    this.#recordSize = 0;
    this.#fieldSize = 0;
    this.#column = 1;
    this.#content = false;
    this.#quoted = false;
    this.#mode = START;
  }
}

function find(chunk: Uint8Array, byte: number, from: number): number {
  const at = chunk.indexOf(byte, from);
  return at < 0 ? chunk.length : at;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  return Buffer.concat(parts);
}

/** Enough of the start of a file to see its encoding and its header line. */
const HEAD = 64 * 1024;

/**
 * Cuts a source into records, a chunk's worth at a time. The start of the file decides how it
 * is read: a UTF-8 byte-order mark is skipped; UTF-16 (a UTF-16 mark, or every other byte NUL)
 * is one whole-file error, since no row of it can be read as UTF-8; `pickDelimiter` sees the
 * start of the file after any BOM, up to 64 KB (CSV: the header may sit below title lines).
 *
 * @throws CdhtError `invalid_encoding` for a UTF-16 file
 * @internal
 */
export async function* _frames(
  source: AsyncIterable<Uint8Array | string>,
  options: Omit<_FrameOptions, 'delimiter'>,
  pickDelimiter?: (head: Uint8Array) => number,
): AsyncGenerator<_Frame[]> {
  let framer: _Framer | undefined;
  let head: Uint8Array[] = [];
  let headSize = 0;
  let out: _Frame[] = [];
  for await (const piece of source) {
    const chunk = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
    if (framer) framer.push(chunk, out);
    else {
      head.push(chunk);
      headSize += chunk.length;
      if (headSize < HEAD && !(headSize >= 512 && hasLineEnd(chunk))) continue;
      framer = start(concat(head), options, pickDelimiter, out);
      head = [];
    }
    if (out.length > 0) {
      yield out;
      out = [];
    }
  }
  if (!framer) {
    if (headSize === 0) return;
    framer = start(concat(head), options, pickDelimiter, out);
  }
  framer.end(out);
  if (out.length > 0) yield out;
}

function start(
  first: Uint8Array,
  options: Omit<_FrameOptions, 'delimiter'>,
  pickDelimiter: ((head: Uint8Array) => number) | undefined,
  out: _Frame[],
): _Framer {
  if (_looksUtf16(first)) throw _wholeFile(_invalidEncoding([], { row: 1, byte: 0 }, true));
  const bom = _bomLength(first);
  const body = first.subarray(bom);
  const delimiter = pickDelimiter?.(body);
  const framer = new _Framer({ ...options, delimiter }, bom);
  framer.push(body, out);
  return framer;
}

function hasLineEnd(chunk: Uint8Array): boolean {
  return chunk.includes(LF) || chunk.includes(CR);
}
