/**
 * NDJSON cut into blocks of whole lines by the evidence readers' framer, so the batch fast path
 * reads lines exactly as `readEvidence` and `cdht evaluate` do: CR, LF and CRLF end a line, a
 * byte-order mark is skipped, UTF-16 is one whole-file error, and a line holding a NUL or a byte
 * that is not UTF-8, or longer than the record cap, is rejected here with the reader's issue.
 *
 * @module
 * @internal
 */
import { createReadStream } from 'node:fs';
import { CdhtError, type Issue } from '../../errors/issue.js';
import { _invalidEncoding, _withFile } from '../../evidence/issues.js';
import { _badByte } from '../readers/bytes.js';
import { _frames } from '../readers/frames.js';
import { _nulByte, _recordTooLarge } from '../readers/issues.js';
import { READER_LIMITS } from '../readers/types.js';

/** Where NDJSON comes from: a file path, or chunks of bytes or text (any split). @category Batch */
export type NdjsonSource = string | AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

/**
 * A block of lines: the readable ones as UTF-8 bytes, each ending with one LF (a fresh buffer that
 * may be transferred to a worker), with the line number of each; and the lines rejected while
 * cutting, with their issues. Blank lines are in neither.
 *
 * @internal
 */
export interface LineBlock {
  readonly bytes: Uint8Array;
  readonly lines: Int32Array;
  readonly rejected: readonly { readonly row: number; readonly issues: readonly Issue[] }[];
  /** The slot of shared memory `bytes` lies in (see {@link BlockSpace}), or -1: a buffer of its own. */
  readonly slot: number;
}

/**
 * Where a block's bytes are written: a slot of shared memory (its number and its first `size`
 * bytes), or undefined when none is free or large enough, for a fresh buffer.
 *
 * @internal
 */
export type BlockSpace = (size: number) => { readonly slot: number; readonly bytes: Uint8Array } | undefined;

const BLOCK = 256 * 1024;
const LF = 0x0a;
const CR = 0x0d;
const LF_ONLY = /* @__PURE__ */ Uint8Array.of(LF);

async function* chunksOf(source: NdjsonSource): AsyncGenerator<Uint8Array | string> {
  if (typeof source === 'string') yield* createReadStream(source, { highWaterMark: BLOCK });
  else yield* source;
}

/** Whether a line holds only spaces and tabs (and its line end). */
function blank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== LF && b !== CR) return false;
  return true;
}

/** The length of a line without its line end (CR, LF or CRLF). */
function contentEnd(bytes: Uint8Array): number {
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === LF || bytes[end - 1] === CR)) end--;
  return end;
}

/**
 * Cuts NDJSON into blocks of about 256 KB of lines.
 *
 * @param source - a file path, or chunks of bytes or text
 * @param file - the file named in a whole-file error
 * @param space - where blocks are written, when not in fresh buffers
 * @returns the blocks, in order
 * @throws CdhtError `invalid_encoding` for a UTF-16 file
 * @internal
 */
export async function* lineBlocks(source: NdjsonSource, file?: string, space?: BlockSpace): AsyncGenerator<LineBlock> {
  const cap = READER_LIMITS.recordBytes;
  // Bytes to copy into the block, each piece already ending with its LF. Lines that end with one
  // LF and follow each other in a chunk are one piece: a block is a few copies, not one per line.
  let parts: Uint8Array[] = [];
  let lines: number[] = [];
  let rejected: { row: number; issues: Issue[] }[] = [];
  let size = 0;
  let run: Uint8Array | undefined; // the piece being extended: lines as they are in the chunk
  let runEnd = 0; // its end, as an offset in the chunk's buffer
  const endRun = (): void => {
    if (run === undefined) return;
    parts.push(new Uint8Array(run.buffer, run.byteOffset, runEnd - run.byteOffset));
    run = undefined;
  };
  const cut = (): LineBlock => {
    endRun();
    const spot = space?.(size);
    const bytes = spot?.bytes ?? new Uint8Array(size);
    let at = 0;
    for (const p of parts) {
      bytes.set(p, at);
      at += p.length;
    }
    const block = { bytes, lines: Int32Array.from(lines), rejected, slot: spot?.slot ?? -1 };
    parts = [];
    lines = [];
    rejected = [];
    size = 0;
    return block;
  };
  try {
    for await (const frames of _frames(chunksOf(source), { fieldBytes: cap, recordBytes: cap })) {
      for (const frame of frames) {
        const row = frame.line;
        if (frame.problem) {
          rejected.push({ row, issues: [_recordTooLarge(row, cap, 'bytes')] });
          continue;
        }
        const bytes = frame.bytes;
        const bad = frame.clean ? undefined : _badByte(bytes);
        if (bad) {
          const byte = frame.offset + bad.at;
          rejected.push({ row, issues: [bad.nul ? _nulByte(row, byte) : _invalidEncoding([], { row, byte })] });
          continue;
        }
        const first = bytes[0];
        if ((first === 0x20 || first === 0x09 || first === LF || first === CR) && blank(bytes)) continue;
        lines.push(row);
        const end = contentEnd(bytes);
        size += end + 1;
        if (end === bytes.length - 1 && bytes[end] === LF) {
          // Its bytes are the line and one LF, as the block holds it.
          if (run !== undefined && bytes.buffer === run.buffer && bytes.byteOffset === runEnd) runEnd += bytes.length;
          else {
            endRun();
            run = bytes;
            runEnd = bytes.byteOffset + bytes.length;
          }
          continue;
        }
        endRun();
        parts.push(bytes.subarray(0, end), LF_ONLY);
      }
      if (size >= BLOCK) yield cut();
    }
  } catch (error) {
    if (!(error instanceof CdhtError) || file === undefined) throw error;
    throw new CdhtError(_withFile(error.issues, file) as [Issue, ...Issue[]], { cause: error });
  }
  if (size > 0 || rejected.length > 0) yield cut();
}

/**
 * Puts the lines rejected while cutting back among a block's items, in line order, and numbers
 * the items from `firstIndex`.
 *
 * @param items - the items of the block's readable lines, in order
 * @param block - the block
 * @param firstIndex - index of the block's first line among all non-blank lines
 * @returns every line's item, in line order
 * @internal
 */
export function withRejected<T extends { readonly index: number; readonly row?: number | undefined }>(
  items: readonly T[],
  block: LineBlock,
  firstIndex: number,
): (T | { index: number; row: number; issues: readonly Issue[] })[] {
  if (block.rejected.length === 0) {
    return items.map((item, k) => (item.index === firstIndex + k ? item : { ...item, index: firstIndex + k }));
  }
  const out: (T | { index: number; row: number; issues: readonly Issue[] })[] = [];
  let r = 0;
  for (const item of items) {
    while (r < block.rejected.length && (block.rejected[r]?.row as number) < (item.row ?? 0)) {
      const { row, issues } = block.rejected[r++] as LineBlock['rejected'][number];
      out.push({ index: firstIndex + out.length, row, issues });
    }
    out.push({ ...item, index: firstIndex + out.length });
  }
  for (; r < block.rejected.length; r++) {
    const { row, issues } = block.rejected[r] as LineBlock['rejected'][number];
    out.push({ index: firstIndex + out.length, row, issues });
  }
  return out;
}
