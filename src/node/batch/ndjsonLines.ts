/**
 * NDJSON blocks (cut by ./ndjsonBlocks.ts) parsed and evaluated: one `JSON.parse` per block when
 * the lines allow it, else one per line, with the evidence reader's rules for a line (a key
 * repeated in one object rejects the line, as `readEvidence` does).
 *
 * @module
 * @internal
 */
import { Buffer } from 'node:buffer';
import type { Issue } from '../../errors/issue.js';
import { EVIDENCE_MAX_DEPTH } from '../../evidence/depth.js';
import { KNOWN_NFC, KNOWN_OWNED, KNOWN_SHALLOW } from '../../evidence/validate.js';
import { _parseJsonText } from '../readers/ndjson.js';
import type { BatchItem, RecordEvaluator } from './batchCore.js';

/**
 * Counts the lines of a block of UTF-8 bytes when every one is a self-contained JSON text as far as
 * brackets, strings and top-level commas go (balanced, strings closed on their line, no comma
 * outside brackets); otherwise `lines` is -1. Such lines, joined by commas inside brackets, parse as
 * one array with exactly one element per line. Also counts the colons outside strings, which in
 * JSON are the keys written, and whether any line nests deeper than `EVIDENCE_MAX_DEPTH` (`deep`):
 * the value parsed from a line nests exactly as deep as its brackets. Bytes of multi-byte
 * characters are ≥ 0x80, so they never look like JSON punctuation. The block's lines are never
 * blank and end with one LF (see ./ndjsonBlocks.ts).
 */
function selfContainedLines(
  bytes: Uint8Array,
  keysAt?: Int32Array,
): { lines: number; keys: number; text: TextKind; deep: boolean } {
  const no = { lines: -1, keys: 0, text: 'escaped' as const, deep: true };
  let depth = 0;
  let deepest = 0;
  let lines = 0;
  let keys = 0;
  let high = false;
  let escaped = false;
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    let c = bytes[i] as number;
    if (c === 34) {
      // A string, to its closing quote in a loop of its own: a third less time per block than one
      // loop with an in-string flag tested at every byte (this scan is a worker's whole block).
      for (;;) {
        c = bytes[++i] as number;
        if (c === 34) break;
        if (c === 92) {
          if (bytes[i + 1] === 117) escaped = true; // \uXXXX may write any character
          i++; // backslash: skip the escaped character
        } else if (c === 10 || c === undefined)
          return no; // a line end, or the block's, in a string
        else if (c >= 0x80) high = true;
      }
      continue;
    }
    if (c === 10) {
      if (depth !== 0) return no;
      lines++;
      if (keysAt !== undefined) {
        if (lines >= keysAt.length) return no;
        keysAt[lines] = keys;
      }
    } else if (c === 58) keys++;
    else if (c === 123 || c === 91) {
      if (++depth > deepest) deepest = depth;
    } else if (c === 125 || c === 93) {
      if (--depth < 0) return no;
    } else if (c === 44 && depth === 0) return no;
  }
  if (depth !== 0) return no;
  return { lines, keys, text: escaped ? 'escaped' : high ? 'unicode' : 'ascii', deep: deepest > EVIDENCE_MAX_DEPTH };
}

/** What is known of the values parsed from a block here: fresh (owned), NFC or not, shallow or not. */
function knownOf(nfc: boolean, shallow: boolean): number {
  return KNOWN_OWNED | (nfc ? KNOWN_NFC : 0) | (shallow ? KNOWN_SHALLOW : 0);
}

/**
 * What the strings of a block may need for NFC: nothing (ASCII only), one normalisation of the
 * whole text (characters written as themselves), or one per string after parsing (`\u` escapes,
 * which can write combining marks the text does not show).
 */
type TextKind = 'ascii' | 'unicode' | 'escaped';

/** The keys of every object in the values, counted without recursion (values may nest deep). */
function countKeys(values: readonly unknown[]): number {
  let keys = 0;
  const stack: unknown[] = [...values];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      for (const x of v) if (typeof x === 'object' && x !== null) stack.push(x);
      continue;
    }
    for (const k in v) {
      keys++;
      const x = (v as Record<string, unknown>)[k];
      if (typeof x === 'object' && x !== null) stack.push(x);
    }
  }
  return keys;
}

/**
 * At most this many bytes of lines are decoded and parsed at once. V8 allocates a string of more
 * than 128 KiB in its large-object space, page by page: decoding a 256 KiB block of Vietnamese
 * text (two bytes per character) took ten times as long per byte as decoding 32 KiB pieces of it,
 * and parsing slowed alike. A piece of at most 32 KiB of UTF-8 is at most 32 Ki characters, 64 KiB
 * as a string, so every string built here stays in the regular heap.
 */
const PIECE = 32 * 1024;

/**
 * V8's `JSON.parse` interns every string value of at most 10 UTF-16 units (Node 20's V8 11.3; later
 * ones, below 10 in one-byte text): each is written once into the old generation and the string
 * table, and stays there until a full collection even when nothing refers to it any more. Values
 * that repeat (dates, kinds, places) gain from that; person ids, each seen once, do not: ids like
 * `P00000001` added ~45 bytes of old generation a person, plus the string table, and were most of
 * what `cdht evaluate` grew by at a million rows (229 MB peak against 165 MB with 11-character ids).
 * So an id written first in its line as a short plain string (`{"id":"P00000001",…`, the usual
 * shape) is parsed with spaces added at its end, past the length V8 interns, and cut back after
 * parsing ({@link unpadIds}): a young string that dies with its record. Spaces are stable under
 * NFC and never compose with what precedes them, so the cut is right after a normalisation too.
 */
const INTERNED = 10;
/** `{"id":"`, the start of a line whose id may be padded. */
const ID_HEAD = [0x7b, 0x22, 0x69, 0x64, 0x22, 0x3a, 0x22];
/** Padded copies of pieces, reused (a piece is decoded from it at once, before anything else runs). */
let padScratch = new Uint8Array(0);
/**
 * The largest copy kept in {@link padScratch}: a piece's (see {@link PIECE}). A line longer than a
 * piece gets a copy of its own, so one long line does not stay held for the rest of the process.
 */
const PAD_SCRATCH_MAX = 2 * PIECE + 18;
/** Buffer's `copy` (a native copy, no view made) on the block's plain bytes. */
const copyBytes = Buffer.prototype.copy as (
  this: Uint8Array,
  target: Uint8Array,
  targetStart: number,
  sourceStart: number,
  sourceEnd: number,
) => number;

/**
 * The spaces to add to the id of the line at `s` so V8 does not intern it (0: none), when the line
 * starts `{"id":"` and the id is a plain string (no escape, no control character) of at most
 * {@link INTERNED} UTF-16 units. Returns the position of its closing quote times 16, plus the pad.
 */
function idPad(bytes: Uint8Array, s: number, stop: number): number {
  if (stop - s < 10) return 0;
  for (let j = 0; j < 7; j++) if (bytes[s + j] !== ID_HEAD[j]) return 0;
  let units = 0;
  for (let i = s + 7; i < stop; i++) {
    const c = bytes[i] as number;
    if (c === 0x22) return units === 0 ? 0 : i * 16 + (INTERNED + 1 - units);
    if (c === 0x5c || c < 0x20) return 0;
    // UTF-8 lead bytes start a character; a 4-byte one is two UTF-16 units.
    if ((c & 0xc0) !== 0x80) units += c >= 0xf0 ? 2 : 1;
    if (units > INTERNED) return 0;
  }
  return 0;
}

/**
 * The text of a piece of lines as one JSON array — `[`, bytes `start..stop`, `]` — its inner line
 * ends (already commas) at `ends[e0..e1)`, with short ids padded (see {@link INTERNED});
 * `pads[first + j]` gets the pad of its line j (0: none). The brackets are written into the copy:
 * joining them to the decoded text would copy the whole piece again, as two-byte text as soon as
 * one Vietnamese letter is in it.
 */
function decodePiece(
  bytes: Uint8Array,
  start: number,
  stop: number,
  ends: Int32Array,
  e0: number,
  e1: number,
  pads: Uint8Array,
  first: number,
  decoder: InstanceType<typeof TextDecoder>,
): string {
  // At most INTERNED spaces a line, and a line is at least 10 bytes: at most twice the piece.
  const size = 2 * (stop - start) + 18;
  let out: Uint8Array;
  if (size > PAD_SCRATCH_MAX) out = new Uint8Array(size);
  else {
    if (padScratch.length < size) padScratch = new Uint8Array(size);
    out = padScratch;
  }
  out[0] = 0x5b;
  let at = 1; // bytes written to out
  let from = start; // bytes before this are in out
  let s = start;
  for (let j = 0, e = e0; ; j++, e++) {
    const q = idPad(bytes, s, stop);
    pads[first + j] = q % 16;
    if (q !== 0) {
      const quote = Math.floor(q / 16);
      at += copyBytes.call(bytes, out, at, from, quote);
      out.fill(0x20, at, at + (q % 16));
      at += q % 16;
      from = quote;
    }
    if (e >= e1 || (ends[e] as number) >= stop) break;
    s = (ends[e] as number) + 1;
  }
  at += copyBytes.call(bytes, out, at, from, stop);
  out[at++] = 0x5d;
  return decoder.decode(out.subarray(0, at));
}

/** Cuts the spaces {@link decodePiece} added off the ids of values `from..from+n` (pads from `p`). */
function unpadIds(values: unknown[], from: number, n: number, pads: Uint8Array, p: number): void {
  for (let j = 0; j < n; j++) {
    const pad = pads[p + j] as number;
    if (pad === 0) continue;
    const v = values[from + j] as { id: string };
    v.id = v.id.slice(0, v.id.length - pad);
  }
}

/**
 * Parses a block with one `JSON.parse` per piece of lines (see {@link PIECE}) when its lines line
 * up with array elements (see {@link selfContainedLines}): line ends become commas in place, so
 * the bytes are decoded once and never copied line by line. Returns undefined (bytes unchanged)
 * otherwise, and lines are parsed one by one. A few parses of many lines, not one per line, also
 * matter in worker threads: many small parses of records full of short strings contend across
 * threads in V8, a few larger ones scale.
 * `JSON.parse` keeps the last of two equal keys silently: when the values hold fewer keys than the
 * text writes, a line repeats one, and the lines are parsed one by one to find it.
 * @internal
 */
export function _parseBlock(
  bytes: Uint8Array,
  decoder: InstanceType<typeof TextDecoder>,
): { values: unknown[]; nfc: boolean; shallow: boolean } | undefined {
  const { lines: count, keys, text, deep } = selfContainedLines(bytes);
  if (count <= 0) return undefined;
  const end = bytes.length - 1;
  const commas = new Int32Array(count - 1);
  for (let i = 0, k = 0; i < end; i++) {
    if (bytes[i] === 10) {
      bytes[i] = 44;
      commas[k++] = i;
    }
  }
  try {
    const values: unknown[] = [];
    const pads = new Uint8Array(count);
    // Pieces end at a line end (now a comma, left out) or at the block's end; a piece holds at least one line.
    let start = 0;
    let k = 0;
    while (start < end) {
      const before = k;
      let stop = -1;
      while (k < commas.length && (commas[k] as number) - start <= PIECE) stop = commas[k++] as number;
      if (k === commas.length && end - start <= PIECE) stop = end;
      else if (stop < 0) stop = k < commas.length ? (commas[k++] as number) : end; // a line longer than a piece
      // Outside strings JSON is ASCII, and no character composes with a quote or a comma:
      // normalising the text normalises every key and string in it, once per piece, not per string.
      const decoded = decodePiece(bytes, start, stop, commas, before, k, pads, values.length, decoder);
      const piece: unknown = JSON.parse(text === 'unicode' ? decoded.normalize('NFC') : decoded);
      if (!Array.isArray(piece)) break;
      for (let j = 0; j < piece.length; j++) values.push(piece[j]);
      start = stop + 1;
    }
    // Equal key counts: no line repeats a key, so each padded id is its line's only `id`.
    if (values.length === count && countKeys(values) === keys) {
      unpadIds(values, 0, count, pads, 0);
      return { values, nfc: text !== 'escaped', shallow: !deep };
    }
  } catch {
    // a token is wrong somewhere: the lines are parsed one by one for their own issues
  }
  for (const i of commas) bytes[i] = 10;
  return undefined;
}

/**
 * Parses and evaluates the lines of a block as {@link evaluateLines} does — the same items, in
 * order — but hands each item to `emit` as soon as it is made, one piece of lines (see
 * {@link PIECE}) parsed at a time: a block's records and results are never all alive together,
 * so few survive a scavenge and the young generation stays small. A piece whose lines do not
 * line up with one value each, or repeat a key, is read line by line, as a whole block is by
 * {@link evaluateLines}; every line gives the same item either way.
 *
 * @param evaluator - the per-record step
 * @param bytes - the block's lines, UTF-8, none blank, each ending with one LF; changed in place
 * @param lines - the line number of each line
 * @param decoder - a UTF-8 decoder
 * @param emit - receives each line's item, in order (`index` from 0 within the block)
 * @internal
 */
export function evaluateLinesEach(
  evaluator: RecordEvaluator,
  bytes: Uint8Array,
  lines: Int32Array,
  decoder: InstanceType<typeof TextDecoder>,
  emit: (item: BatchItem) => void,
): void {
  // keysAt[j]: the keys written in the block's first j lines.
  const keysAt = new Int32Array(lines.length + 1);
  const { lines: count, text, deep } = selfContainedLines(bytes, keysAt);
  if (count !== lines.length || count <= 0) {
    lineByLine(evaluator, bytes, lines, 0, 0, lines.length, decoder, emit);
    return;
  }
  const known = knownOf(text !== 'escaped', !deep);
  const end = bytes.length - 1;
  const commas = new Int32Array(count - 1);
  for (let i = 0, k = 0; i < end; i++) {
    if (bytes[i] === 10) {
      bytes[i] = 44;
      commas[k++] = i;
    }
  }
  const pads = new Uint8Array(count);
  let start = 0;
  let k = 0;
  let first = 0; // the piece's first line
  while (start < end) {
    const before = k;
    let stop = -1;
    while (k < commas.length && (commas[k] as number) - start <= PIECE) stop = commas[k++] as number;
    if (k === commas.length && end - start <= PIECE) stop = end;
    else if (stop < 0) stop = k < commas.length ? (commas[k++] as number) : end; // a line longer than a piece
    const n = k - before + (stop === end ? 1 : 0);
    let values: unknown[] | undefined;
    try {
      const decoded = decodePiece(bytes, start, stop, commas, before, k, pads, first, decoder);
      const piece: unknown = JSON.parse(text === 'unicode' ? decoded.normalize('NFC') : decoded);
      if (
        Array.isArray(piece) &&
        piece.length === n &&
        countKeys(piece) === (keysAt[first + n] as number) - (keysAt[first] as number)
      ) {
        // Equal key counts: no line repeats a key, so each padded id is its line's only `id`.
        unpadIds(piece, 0, n, pads, first);
        values = piece;
      }
    } catch {
      // a token is wrong somewhere in the piece: its lines are read one by one for their own issues
    }
    if (values === undefined) {
      for (let j = before; j < k; j++) bytes[commas[j] as number] = 10;
      lineByLine(evaluator, bytes, lines, start, first, first + n, decoder, emit);
    } else {
      for (let j = 0; j < n; j++) {
        const v = values[j];
        values[j] = undefined; // each record dies with its result
        emit(evaluator.evaluate(v, first + j, lines[first + j], known));
      }
    }
    first += n;
    start = stop + 1;
  }
}

/** Lines `from`..`to` of a block (the first at byte `start`, each ending with LF), parsed one by one. */
function lineByLine(
  evaluator: RecordEvaluator,
  bytes: Uint8Array,
  lines: Int32Array,
  start: number,
  from: number,
  to: number,
  decoder: InstanceType<typeof TextDecoder>,
  emit: (item: BatchItem) => void,
): void {
  let at = start;
  for (let k = from; k < to; k++) {
    const end = bytes.indexOf(10, at);
    const line = lines[k] as number;
    const parsed = _parseJsonText(decoder.decode(bytes.subarray(at, end)), line, 'line');
    at = end + 1;
    emit(
      'issues' in parsed
        ? { index: k, row: line, issues: parsed.issues as Issue[] }
        : evaluator.evaluate(parsed.value, k, line),
    );
  }
}

/**
 * Parses and evaluates the lines of a block (see ./ndjsonBlocks.ts). A line that is not JSON
 * (`invalid_json`) or repeats a key (`duplicate_key`) is rejected with the evidence reader's issue.
 *
 * @param evaluator - the per-record step
 * @param bytes - the block's lines, UTF-8, none blank, each ending with one LF; may be changed in place
 * @param lines - the line number of each line
 * @param firstIndex - index of the first line among the input's non-blank lines
 * @param decoder - a UTF-8 decoder
 * @returns one item per line, in order
 * @internal
 */
export function evaluateLines(
  evaluator: RecordEvaluator,
  bytes: Uint8Array,
  lines: Int32Array,
  firstIndex: number,
  decoder: InstanceType<typeof TextDecoder>,
): BatchItem[] {
  const parsed = _parseBlock(bytes, decoder);
  if (parsed !== undefined) {
    const { values, nfc, shallow } = parsed;
    const known = knownOf(nfc, shallow);
    const out = new Array<BatchItem>(values.length);
    for (let k = 0; k < values.length; k++) out[k] = evaluator.evaluate(values[k], firstIndex + k, lines[k], known);
    return out;
  }
  const out: BatchItem[] = [];
  let start = 0;
  for (let k = 0; k < lines.length; k++) {
    // Line by line: one decoded string per line, never one for the whole block (see PIECE).
    const end = bytes.indexOf(10, start);
    const line = lines[k] as number;
    const parsed = _parseJsonText(decoder.decode(bytes.subarray(start, end)), line, 'line');
    start = end + 1;
    out.push(
      'issues' in parsed
        ? { index: firstIndex + k, row: line, issues: parsed.issues as Issue[] }
        : evaluator.evaluate(parsed.value, firstIndex + k, line),
    );
  }
  return out;
}
