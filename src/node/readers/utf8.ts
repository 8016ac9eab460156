import { isUtf8 } from 'node:buffer';
import { _invalidEncoding } from '../../evidence/issues.js';
import { _looksUtf16 } from './bytes.js';
import { _wholeFile } from './issues.js';

/** Where the decoder saw bytes that are not UTF-8: physical line (1-based) → first bad byte offset. @internal */
export interface _Utf8Tracker {
  /** The first invalid byte offset on lines `from..to`, forgetting those lines. */
  take(from: number, to: number): number | undefined;
}

/** The replacement character the decoder puts where bytes were not UTF-8. @internal */
export const _REPLACEMENT = '\uFFFD';

// Remembering a few thousand bad lines is plenty to point at them; a file with more is wrong everywhere.
const MAX_TRACKED = 10_000;

/**
 * Decodes a byte stream as UTF-8 text, chunk by chunk, stripping a BOM.
 *
 * Bytes that are not UTF-8 become U+FFFD in the text (readers reject the row that holds them)
 * and their offsets are kept in the tracker. A UTF-16 file (its byte-order mark, or every other
 * byte NUL at the start) cannot be read row by row, so it is one whole-file `invalid_encoding`
 * error; a NUL byte further on is only text that JSON rejects where it stands.
 *
 * @internal
 */
export function _decodeUtf8(source: AsyncIterable<Uint8Array | string>): {
  text: AsyncGenerator<string>;
  tracker: _Utf8Tracker;
} {
  const bad = new Map<number, number>();
  const tracker: _Utf8Tracker = {
    take(from, to) {
      let first: number | undefined;
      for (let line = from; line <= to; line++) {
        const byte = bad.get(line);
        if (byte !== undefined) {
          first ??= byte;
          bad.delete(line);
        }
      }
      return first;
    },
  };
  const note = (line: number, byte: number): void => {
    if (!bad.has(line) && bad.size < MAX_TRACKED) bad.set(line, byte);
  };
  return { text: decode(source, note), tracker };
}

async function* decode(
  source: AsyncIterable<Uint8Array | string>,
  note: (line: number, byte: number) => void,
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const state: ScanState = { offset: 0, line: 1, need: 0, lo: 0x80, hi: 0xbf, start: 0 };
  for await (const piece of source) {
    if (typeof piece === 'string') {
      yield piece;
      continue;
    }
    if (state.offset === 0 && _looksUtf16(piece)) throw _wholeFile(_invalidEncoding([], { row: 1, byte: 0 }, true));
    scan(piece, state, note);
    const text = decoder.decode(piece, { stream: true });
    if (text) yield text;
  }
  if (state.need > 0) note(state.line, state.start);
  const rest = decoder.decode();
  if (rest) yield rest;
}

interface ScanState {
  offset: number;
  line: number;
  need: number;
  lo: number;
  hi: number;
  start: number;
}

/** Counts lines and finds invalid UTF-8; native checks keep the common case fast. */
function scan(bytes: Uint8Array, s: ScanState, note: (line: number, byte: number) => void): void {
  if (s.need === 0 && isUtf8(bytes)) {
    s.line += countNewlines(bytes, 0, bytes.length);
    s.offset += bytes.length;
    return;
  }
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    const at = s.offset + i;
    if (s.need > 0) {
      if (b >= s.lo && b <= s.hi) {
        s.need--;
        s.lo = 0x80;
        s.hi = 0xbf;
        continue;
      }
      note(s.line, s.start);
      s.need = 0;
    }
    if (b === 0x0a) s.line++;
    if (b < 0x80) continue;
    s.start = at;
    if (b >= 0xc2 && b <= 0xdf) lead(s, 1, 0x80, 0xbf);
    else if (b === 0xe0) lead(s, 2, 0xa0, 0xbf);
    else if (b === 0xed) lead(s, 2, 0x80, 0x9f);
    else if (b >= 0xe1 && b <= 0xef) lead(s, 2, 0x80, 0xbf);
    else if (b === 0xf0) lead(s, 3, 0x90, 0xbf);
    else if (b >= 0xf1 && b <= 0xf3) lead(s, 3, 0x80, 0xbf);
    else if (b === 0xf4) lead(s, 3, 0x80, 0x8f);
    else note(s.line, at);
  }
  s.offset += bytes.length;
}

function lead(s: ScanState, need: number, lo: number, hi: number): void {
  s.need = need;
  s.lo = lo;
  s.hi = hi;
}

function countNewlines(bytes: Uint8Array, from: number, to: number): number {
  let count = 0;
  let i = bytes.indexOf(0x0a, from);
  while (i >= 0 && i < to) {
    count++;
    i = bytes.indexOf(0x0a, i + 1);
  }
  return count;
}
