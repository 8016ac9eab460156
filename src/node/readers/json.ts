import { type Issue, issue } from '../../errors/issue.js';
import { _invalidEncoding } from '../../evidence/issues.js';
import type { _RawRow } from './types.js';
import { _decodeUtf8, _EncodingAbort, _REPLACEMENT, type _Utf8Tracker } from './utf8.js';

interface Scan {
  phase: 'start' | 'object' | 'records' | 'after' | 'broken';
  depth: number;
  recordsDepth: number;
  inString: boolean;
  escape: boolean;
  keyExpected: boolean;
  key: string | undefined;
  keyParts: string[] | undefined;
  keyStart: number;
  elemParts: string[] | undefined;
  elemStart: number;
  elemLine: number;
  sawComma: boolean;
  row: number;
  line: number;
}

/**
 * Reads a JSON array of records, or `{ "records": [...] }`, streaming: only the element being read
 * is held in memory, so files larger than memory work. Row numbers are element positions (1-based).
 * A syntax error inside an element rejects that element; brackets or quotes left unbalanced make
 * the rest of the file unreadable, reported once.
 *
 * @internal
 */
export async function* _readJson(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<_RawRow> {
  const { text, tracker } = _decodeUtf8(source);
  const s: Scan = {
    phase: 'start',
    depth: 0,
    recordsDepth: 0,
    inString: false,
    escape: false,
    keyExpected: false,
    key: undefined,
    keyParts: undefined,
    keyStart: 0,
    elemParts: undefined,
    elemStart: 0,
    elemLine: 1,
    sawComma: false,
    row: 0,
    line: 1,
  };
  try {
    for await (const chunk of text) {
      yield* scanChunk(chunk, s, tracker);
      if (s.phase === 'broken') return;
    }
  } catch (error) {
    if (!(error instanceof _EncodingAbort)) throw error;
    yield { row: s.row + 1, issues: error.issues };
    return;
  }
  if (s.phase === 'object') yield { row: 1, issues: [notRecords()] };
  if (s.phase === 'records' && s.elemParts && s.elemParts.join('').trim() !== '') {
    yield {
      row: s.row + 1,
      issues: [issue('invalid_json', [], { kind: 'unterminated_record', row: s.row + 1 })],
    };
  }
}

function* scanChunk(chunk: string, s: Scan, tracker: _Utf8Tracker): Generator<_RawRow> {
  if (s.elemParts) s.elemStart = 0;
  if (s.keyParts) s.keyStart = 0;
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk[i];
    if (c === '\n') s.line++;
    if (s.inString) {
      if (s.escape) s.escape = false;
      else if (c === '\\') s.escape = true;
      else if (c === '"') {
        s.inString = false;
        if (s.keyParts) {
          s.key = decodeKey([...s.keyParts, chunk.slice(s.keyStart, i)].join(''));
          s.keyParts = undefined;
        }
      }
      continue;
    }
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t') continue;
    if (s.phase === 'start') {
      if (c === '[') Object.assign(s, { phase: 'records', depth: 1, recordsDepth: 1 });
      else if (c === '{') Object.assign(s, { phase: 'object', depth: 1, keyExpected: true });
      else {
        s.phase = 'broken';
        yield { row: 1, issues: [notRecords()] };
        return;
      }
    } else if (s.phase === 'object') {
      scanWrapper(c, i, s);
    } else if (s.phase === 'records') {
      if (s.depth === s.recordsDepth && (c === ',' || c === ']')) {
        const row = finishElement(chunk.slice(s.elemStart, i), c === ',', s, tracker);
        if (row) yield row;
        if (c === ']') s.phase = 'after';
        continue;
      }
      if (!s.elemParts) {
        s.elemParts = [];
        s.elemStart = i;
        s.elemLine = s.line;
      }
      if (c === '"') s.inString = true;
      else if (c === '{' || c === '[') s.depth++;
      else if (c === '}' || c === ']') s.depth--;
    } else if (c === '"') {
      s.inString = true;
    }
  }
  if (s.elemParts) s.elemParts.push(chunk.slice(s.elemStart));
  if (s.keyParts) s.keyParts.push(chunk.slice(s.keyStart));
}

/** Inside a top-level object, finds the `records` array and skips every other member. */
function scanWrapper(c: string | undefined, i: number, s: Scan): void {
  if (c === '"') {
    s.inString = true;
    if (s.depth === 1 && s.keyExpected) {
      s.keyParts = [];
      s.keyStart = i + 1;
    }
  } else if (s.depth === 1 && c === ':') s.keyExpected = false;
  else if (s.depth === 1 && c === ',') Object.assign(s, { keyExpected: true, key: undefined });
  else if (c === '[' && s.depth === 1 && s.key === 'records' && !s.keyExpected) {
    Object.assign(s, { phase: 'records', depth: 2, recordsDepth: 2 });
  } else if (c === '{' || c === '[') s.depth++;
  else if (c === '}' || c === ']') {
    s.depth--;
    if (s.depth === 0) s.phase = 'object';
  }
}

function finishElement(tail: string, comma: boolean, s: Scan, tracker: _Utf8Tracker): _RawRow | undefined {
  const text = s.elemParts ? [...s.elemParts, tail].join('') : '';
  const hadElement = s.elemParts !== undefined;
  const line = s.elemLine;
  s.elemParts = undefined;
  const sawComma = s.sawComma;
  s.sawComma = comma;
  if (!hadElement) {
    if (!comma && !sawComma) return undefined;
    s.row++;
    return {
      row: s.row,
      issues: [issue('invalid_json', [], { kind: 'empty_element', row: s.row })],
    };
  }
  s.row++;
  const row = s.row;
  if (text.includes(_REPLACEMENT))
    return { row, issues: [_invalidEncoding([], { row, byte: tracker.take(line, s.line) })] };
  try {
    return { row, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      row,
      raw: text.length > 200 ? `${text.slice(0, 200)}…` : text,
      issues: [issue('invalid_json', [], { kind: 'record', row, detail })],
    };
  }
}

function decodeKey(raw: string): string | undefined {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return undefined;
  }
}

function notRecords(): Issue {
  return issue('invalid_json', [], { kind: 'not_records' });
}
