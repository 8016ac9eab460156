/**
 * NDJSON in blocks: cutting a source into blocks of whole lines, and parsing and evaluating a block
 * (one `JSON.parse` per block when the lines allow it, else one per line).
 *
 * @module
 * @internal
 */
import { createReadStream } from 'node:fs';
import { type Issue, issue } from '../../errors/issue.js';
import type { BatchItem, RecordEvaluator } from './batchCore.js';

/** Where NDJSON comes from: a file path, or chunks of bytes or text (any split). @category Batch */
export type NdjsonSource = string | AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

const BLOCK = 256 * 1024;

/**
 * Cuts a file or a byte stream into blocks of about 256 KB of whole lines, each a fresh copy (its
 * buffer can be transferred to a worker) with the number of its first line.
 *
 * @param source - a file path, or chunks of bytes or text
 * @returns the blocks, in order
 * @internal
 */
export async function* lineBlocks(source: NdjsonSource): AsyncGenerator<{ bytes: Uint8Array; firstLine: number }> {
  const input = typeof source === 'string' ? createReadStream(source, { highWaterMark: BLOCK }) : source;
  let parts: Buffer[] = [];
  let size = 0;
  let line = 1;
  // A block must own its memory: it may be transferred to a worker (and parsing changes it in
  // place). A buffer made here by Buffer.concat is ours alone; a chunk of the source is copied.
  const cut = (all: Buffer, end: number, owned: boolean): { bytes: Uint8Array; firstLine: number } => {
    let bytes: Uint8Array;
    if (owned) bytes = new Uint8Array(all.buffer, all.byteOffset, end);
    else {
      bytes = new Uint8Array(end);
      bytes.set(all.subarray(0, end));
    }
    const firstLine = line;
    for (let at = all.indexOf(10, 0); at >= 0 && at < end; at = all.indexOf(10, at + 1)) line++;
    return { bytes, firstLine };
  };
  for await (const chunk of input) {
    const buf =
      typeof chunk === 'string'
        ? Buffer.from(chunk, 'utf8')
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    parts.push(buf);
    size += buf.length;
    if (size < BLOCK) continue;
    const all = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, size);
    // Buffer.concat allocates a fresh ArrayBuffer at this size (pools serve only small buffers).
    const owned = parts.length > 1 && all.byteOffset === 0 && all.buffer.byteLength === all.byteLength;
    const last = all.lastIndexOf(10);
    if (last < 0) {
      parts = [all];
      continue;
    }
    // Copy the tail first: once yielded, the block's buffer may be transferred away.
    const rest = Buffer.from(all.subarray(last + 1));
    yield cut(all, last + 1, owned);
    parts = rest.length > 0 ? [rest] : [];
    size = rest.length;
  }
  if (size > 0) {
    const all = Buffer.concat(parts, size);
    yield cut(all, all.length, false);
  }
}

/**
 * Counts the lines of a block of UTF-8 bytes when every one is a self-contained JSON text as far as
 * brackets, strings and top-level commas go (balanced, strings closed on their line, no comma
 * outside brackets) and none is blank; otherwise -1. Such lines, joined by commas inside brackets,
 * parse as one array with exactly one element per line. Bytes of multi-byte characters are ≥ 0x80,
 * so they never look like JSON punctuation.
 */
function selfContainedLines(bytes: Uint8Array): number {
  let depth = 0;
  let inString = false;
  let lines = 0;
  let empty = true;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i] as number;
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
      else if (c === 10) return -1;
      continue;
    }
    if (c === 10) {
      if (depth !== 0 || empty) return -1;
      lines++;
      empty = true;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      if (--depth < 0) return -1;
    } else if (c === 44) {
      if (depth === 0) return -1;
    } else if (c === 32 || c === 9 || c === 13) continue;
    empty = false;
  }
  if (inString || depth !== 0) return -1;
  return empty ? lines : lines + 1;
}

/**
 * Parses a whole block with one `JSON.parse` when its lines line up with array elements (see
 * {@link selfContainedLines}): line ends become commas in place, so the block is decoded once and
 * never copied line by line. Returns undefined (bytes unchanged) otherwise, and lines are parsed
 * one by one. One call per block instead of one per line also matters in worker threads: many
 * small parses of records full of short strings contend across threads in V8 (two threads each
 * parsing half the lines took as long as one thread parsing all of them), a few large ones scale.
 */
function parseBlock(bytes: Uint8Array, decoder: InstanceType<typeof TextDecoder>): unknown[] | undefined {
  const count = selfContainedLines(bytes);
  if (count <= 0) return undefined;
  const end = bytes[bytes.length - 1] === 10 ? bytes.length - 1 : bytes.length;
  const commas = new Int32Array(count - 1);
  for (let i = 0, k = 0; i < end; i++) {
    if (bytes[i] === 10) {
      bytes[i] = 44;
      commas[k++] = i;
    }
  }
  try {
    const values: unknown = JSON.parse(`[${decoder.decode(bytes.subarray(0, end))}]`);
    if (Array.isArray(values) && values.length === count) return values;
  } catch {
    // a token is wrong somewhere: the lines are parsed one by one for their own issues
  }
  for (const i of commas) bytes[i] = 10;
  return undefined;
}

function invalidJson(row: string, line: number): Issue {
  let detail: string;
  try {
    JSON.parse(row);
    detail = 'unexpected value';
  } catch (error) {
    detail = error instanceof Error ? error.message : String(error);
  }
  return issue('invalid_json', [], { kind: 'line', line, detail });
}

/**
 * Parses and evaluates the complete lines of a block of NDJSON bytes.
 *
 * @param evaluator - the per-record step
 * @param bytes - whole lines of UTF-8 (the last may lack its newline); may be changed in place
 * @param firstLine - 1-based number of the block's first line
 * @param firstIndex - index of the first non-blank line
 * @param decoder - a UTF-8 decoder
 * @returns one item per non-blank line, in order
 * @internal
 */
export function evaluateLines(
  evaluator: RecordEvaluator,
  bytes: Uint8Array,
  firstLine: number,
  firstIndex: number,
  decoder: InstanceType<typeof TextDecoder>,
): BatchItem[] {
  const values = parseBlock(bytes, decoder);
  if (values !== undefined) {
    const out = new Array<BatchItem>(values.length);
    for (let k = 0; k < values.length; k++) out[k] = evaluator.evaluate(values[k], firstIndex + k, firstLine + k);
    return out;
  }
  const text = decoder.decode(bytes);
  const out: BatchItem[] = [];
  let line = firstLine;
  let index = firstIndex;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const row = text.slice(start, end);
    start = end + 1;
    if (row.trim() !== '') {
      let value: unknown;
      let parsed = true;
      try {
        value = JSON.parse(row);
      } catch {
        parsed = false;
      }
      out.push(
        parsed ? evaluator.evaluate(value, index, line) : { index, row: line, issues: [invalidJson(row, line)] },
      );
      index++;
    }
    line++;
  }
  return out;
}
