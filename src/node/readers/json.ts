import type { Issue } from '../../errors/issue.js';
import { toolingIssue } from '../../errors/toolingIssue.js';
import { _invalidEncoding } from '../../evidence/issues.js';
import { _duplicateFileKey, _notRecords, _recordTooLarge, _trailingContent, _wholeFile } from './issues.js';
import { _parseJsonText } from './ndjson.js';
import type { _RawRow, ReaderLimits } from './types.js';
import { _decodeUtf8, _REPLACEMENT, type _Utf8Tracker } from './utf8.js';

interface Scan {
  phase: 'start' | 'object' | 'records' | 'after';
  /** Whether the records array sits in a `{ "records": [...] }` wrapper. */
  wrapped: boolean;
  depth: number;
  inString: boolean;
  escape: boolean;
  keyExpected: boolean;
  key: string | undefined;
  keyParts: string[] | undefined;
  keyStart: number;
  keyLine: number;
  keyColumn: number;
  /** The wrapper's keys with the line and column each was met at. */
  wrapperKeys: Map<string, { line: number; column: number }>;
  sawRecords: boolean;
  elemParts: string[] | undefined;
  elemStart: number;
  elemLine: number;
  elemSize: number;
  elemTooLarge: boolean;
  sawComma: boolean;
  row: number;
  line: number;
  /** Offset in the text where the current line starts, for columns. */
  lineStart: number;
  /** Offset in the text of the current chunk's first character. */
  base: number;
}

/**
 * Reads a JSON array of records, or `{ "records": [...] }`, streaming: only the element being read
 * is held in memory (up to the record cap), so files larger than memory work. Row numbers are
 * element positions (1-based).
 *
 * A problem inside an element rejects that element (syntax, a repeated key, bytes that are not
 * UTF-8, over the record cap). A problem with the file itself is one whole-file error naming the
 * line and column: not an array or a wrapper, no `records` array, a key the wrapper repeats (two
 * `"records"` would make `JSON.parse` drop the first), content after the end of the document.
 * When the source can be read twice (a file path), its outline is checked first, so such a file
 * yields no row at all; a stream is read once and the error comes when it is met.
 *
 * @param open - opens the source (called twice when `twice`)
 * @param twice - check the outline in a first pass
 * @throws CdhtError `invalid_json`, `duplicate_key` or `invalid_encoding` for the whole file
 * @internal
 */
export async function* _readJson(
  open: () => AsyncIterable<Uint8Array | string>,
  twice: boolean,
  limits: ReaderLimits,
): AsyncGenerator<_RawRow> {
  if (twice) {
    // The outline pass yields no row; it is read for the whole-file errors it throws.
    const outline = scan(open(), limits, false);
    while (!(await outline.next()).done) {}
  }
  yield* scan(open(), limits, true);
}

async function* scan(
  source: AsyncIterable<Uint8Array | string>,
  limits: ReaderLimits,
  rows: boolean,
): AsyncGenerator<_RawRow> {
  const { text, tracker } = _decodeUtf8(source);
  const s: Scan = {
    phase: 'start',
    wrapped: false,
    depth: 0,
    inString: false,
    escape: false,
    keyExpected: false,
    key: undefined,
    keyParts: undefined,
    keyStart: 0,
    keyLine: 1,
    keyColumn: 1,
    wrapperKeys: new Map(),
    sawRecords: false,
    elemParts: undefined,
    elemStart: 0,
    elemLine: 1,
    elemSize: 0,
    elemTooLarge: false,
    sawComma: false,
    row: 0,
    line: 1,
    lineStart: 0,
    base: 0,
  };
  for await (const chunk of text) {
    yield* scanChunk(chunk, s, tracker, limits, rows);
    s.base += chunk.length;
  }
  if (s.phase === 'start' || (s.phase === 'object' && !s.sawRecords)) throw _wholeFile(_notRecords());
  if (s.phase === 'records' && ((s.elemParts && s.elemParts.join('').trim() !== '') || s.elemTooLarge)) {
    s.row++;
    yield {
      row: s.row,
      issues: [toolingIssue('invalid_json', [], { kind: 'unterminated_record', row: s.row })],
    };
  }
}

function* scanChunk(
  chunk: string,
  s: Scan,
  tracker: _Utf8Tracker,
  limits: ReaderLimits,
  rows: boolean,
): Generator<_RawRow> {
  if (s.elemParts) s.elemStart = 0;
  if (s.keyParts) s.keyStart = 0;
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk[i];
    if (c === '\n') {
      s.line++;
      s.lineStart = s.base + i + 1;
    }
    if (s.inString) {
      if (s.escape) s.escape = false;
      else if (c === '\\') s.escape = true;
      else if (c === '"') {
        s.inString = false;
        if (s.keyParts) {
          s.key = decodeKey([...s.keyParts, chunk.slice(s.keyStart, i)].join(''));
          s.keyParts = undefined;
          checkWrapperKey(s);
        }
      }
      continue;
    }
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t') continue;
    if (s.phase === 'start') {
      if (c === '[') Object.assign(s, { phase: 'records', depth: 1 });
      else if (c === '{') Object.assign(s, { phase: 'object', depth: 1, keyExpected: true, wrapped: true });
      else throw _wholeFile(_notRecords());
    } else if (s.phase === 'object') {
      scanWrapper(c, i, s);
    } else if (s.phase === 'records') {
      const top = s.wrapped ? 2 : 1;
      if (s.depth === top && (c === ',' || c === ']')) {
        const row = finishElement(chunk.slice(s.elemStart, i), c === ',', s, tracker, limits, rows);
        if (row) yield row;
        if (c === ']') {
          s.depth--;
          s.phase = s.wrapped ? 'object' : 'after';
        }
        continue;
      }
      if (!s.elemParts && !s.elemTooLarge) {
        s.elemParts = [];
        s.elemStart = i;
        s.elemLine = s.line;
        s.elemSize = 0;
      }
      if (c === '"') s.inString = true;
      else if (c === '{' || c === '[') s.depth++;
      else if (c === '}' || c === ']') s.depth--;
    } else {
      throw _wholeFile(_trailingContent(s.line, s.base + i - s.lineStart + 1));
    }
  }
  if (s.elemParts) {
    const part = chunk.slice(s.elemStart);
    s.elemSize += part.length;
    if (s.elemSize > limits.recordBytes || !rows) {
      s.elemTooLarge = s.elemSize > limits.recordBytes;
      s.elemParts = rows ? undefined : [];
      if (!rows) s.elemStart = 0;
    } else s.elemParts.push(part);
  }
  if (s.keyParts) s.keyParts.push(chunk.slice(s.keyStart));
}

/** Inside the wrapper object, finds the `records` array, checks its keys and skips every other member. */
function scanWrapper(c: string | undefined, i: number, s: Scan): void {
  if (c === '"') {
    s.inString = true;
    if (s.depth === 1 && s.keyExpected) {
      s.keyParts = [];
      s.keyStart = i + 1;
      s.keyLine = s.line;
      s.keyColumn = s.base + i - s.lineStart + 1;
    }
  } else if (s.depth === 1 && c === ':') s.keyExpected = false;
  else if (s.depth === 1 && c === ',') Object.assign(s, { keyExpected: true, key: undefined });
  else if (c === '[' && s.depth === 1 && s.key === 'records' && !s.keyExpected) {
    Object.assign(s, { phase: 'records', depth: 2, sawRecords: true });
  } else if (c === '{' || c === '[') s.depth++;
  else if (c === '}' || c === ']') {
    s.depth--;
    if (s.depth === 0) {
      if (!s.sawRecords) throw _wholeFile(_notRecords());
      s.phase = 'after';
    }
  }
}

function checkWrapperKey(s: Scan): void {
  const key = s.key ?? '';
  const first = s.wrapperKeys.get(key);
  const at = { line: s.keyLine, column: s.keyColumn };
  if (first) {
    throw _wholeFile(_duplicateFileKey(key, at, first));
  }
  s.wrapperKeys.set(key, at);
}

function finishElement(
  tail: string,
  comma: boolean,
  s: Scan,
  tracker: _Utf8Tracker,
  limits: ReaderLimits,
  rows: boolean,
): _RawRow | undefined {
  const hadElement = s.elemParts !== undefined || s.elemTooLarge;
  const tooLarge = s.elemTooLarge || s.elemSize + tail.length > limits.recordBytes;
  const text = s.elemParts && !tooLarge && rows ? [...s.elemParts, tail].join('') : '';
  const line = s.elemLine;
  s.elemParts = undefined;
  s.elemTooLarge = false;
  s.elemSize = 0;
  const sawComma = s.sawComma;
  s.sawComma = comma;
  if (!hadElement) {
    if (!comma && !sawComma) return undefined;
    s.row++;
    return {
      row: s.row,
      issues: [toolingIssue('invalid_json', [], { kind: 'empty_element', row: s.row })],
    };
  }
  s.row++;
  const row = s.row;
  if (!rows) return undefined;
  if (tooLarge) return { row, issues: [_recordTooLarge(row, limits.recordBytes, 'characters')] };
  if (text.includes(_REPLACEMENT)) {
    const issues: Issue[] = [_invalidEncoding([], { row, byte: tracker.take(line, s.line) })];
    return { row, issues };
  }
  return _parseJsonText(text, row, 'record');
}

function decodeKey(raw: string): string | undefined {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return undefined;
  }
}
