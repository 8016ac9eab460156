import { issue } from '../../errors/issue.js';
import { _invalidEncoding } from '../../evidence/issues.js';
import type { _RawRow } from './types.js';
import { _decodeUtf8, _EncodingAbort, _REPLACEMENT } from './utf8.js';

/**
 * Reads NDJSON (JSON Lines) one line at a time, in constant memory.
 *
 * Row numbers are physical line numbers; blank lines are skipped but counted.
 *
 * @internal
 */
export async function* _readNdjson(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<_RawRow> {
  const { text, tracker } = _decodeUtf8(source);
  let line = 0;
  let pending = '';
  try {
    for await (const chunk of text) {
      pending += chunk;
      let start = 0;
      let end = pending.indexOf('\n', start);
      while (end >= 0) {
        line++;
        const row = parseLine(pending.slice(start, end), line, tracker.take(line, line));
        if (row) yield row;
        start = end + 1;
        end = pending.indexOf('\n', start);
      }
      pending = pending.slice(start);
    }
  } catch (error) {
    if (!(error instanceof _EncodingAbort)) throw error;
    yield { row: Math.max(error.line, line + 1), issues: error.issues };
    return;
  }
  if (pending.trim() !== '') {
    line++;
    const row = parseLine(pending, line, tracker.take(line, line));
    if (row) yield row;
  }
}

function parseLine(text: string, row: number, badByte: number | undefined): _RawRow | undefined {
  if (text.trim() === '') return undefined;
  if (text.includes(_REPLACEMENT)) return { row, issues: [_invalidEncoding([], { row, byte: badByte })] };
  try {
    return { row, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      row,
      raw: text.length > 200 ? `${text.slice(0, 200)}…` : text,
      issues: [issue('invalid_json', [], { kind: 'line', line: row, detail })],
    };
  }
}
