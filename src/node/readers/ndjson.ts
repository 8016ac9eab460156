import { _invalidEncoding } from '../../evidence/issues.js';
import { _badByte } from './bytes.js';
import { _frames } from './frames.js';
import { _badJson, _duplicateKey, _nulByte, _recordTooLarge } from './issues.js';
import { _findDuplicateKey } from './jsonKeys.js';
import type { _RawRow, ReaderLimits } from './types.js';

const decoder = new TextDecoder('utf-8');

/**
 * Reads NDJSON (JSON Lines) one line at a time, in constant memory.
 *
 * Row numbers are physical line numbers (LF, CRLF and a lone CR each end a line; a JSON text
 * never holds a raw line end); blank lines are skipped but counted. A line that is not JSON,
 * repeats a key, holds a NUL or a byte that is not UTF-8, or is longer than the record cap
 * rejects that line only. UTF-16 is one whole-file error.
 *
 * @throws CdhtError `invalid_encoding` for a UTF-16 file
 * @internal
 */
export async function* _readNdjson(
  source: AsyncIterable<Uint8Array | string>,
  limits: ReaderLimits,
): AsyncGenerator<_RawRow> {
  for await (const frames of _frames(source, { fieldBytes: limits.recordBytes, recordBytes: limits.recordBytes })) {
    for (const frame of frames) {
      const row = frame.line;
      if (frame.problem) {
        yield { row, issues: [_recordTooLarge(row, limits.recordBytes, 'bytes')] };
        continue;
      }
      const bad = frame.clean ? undefined : _badByte(frame.bytes);
      if (bad) {
        const byte = frame.offset + bad.at;
        yield { row, issues: [bad.nul ? _nulByte(row, byte) : _invalidEncoding([], { row, byte })] };
        continue;
      }
      // Without its line end, so a parser message's position is the same as through evaluateNdjson.
      let end = frame.bytes.length;
      while (end > 0 && (frame.bytes[end - 1] === 0x0a || frame.bytes[end - 1] === 0x0d)) end--;
      const text = decoder.decode(frame.bytes.subarray(0, end));
      if (text.trim() === '') continue;
      yield _parseJsonText(text, row, 'line');
    }
  }
}

/**
 * Parses one record's JSON text: invalid JSON and a repeated key reject it (path and column named).
 *
 * @internal
 */
export function _parseJsonText(text: string, row: number, kind: 'line' | 'record'): _RawRow {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { row, raw: text.length > 200 ? `${text.slice(0, 200)}…` : text, issues: [_badJson(kind, row, detail)] };
  }
  const repeated = _findDuplicateKey(text);
  if (repeated) {
    const where = kind === 'line' ? { line: row, column: repeated.at + 1 } : undefined;
    return { row, issues: [_duplicateKey(repeated.path, repeated.key, where)] };
  }
  return { row, value };
}
