import { finished } from 'node:stream/promises';
import { Parser } from 'csv-parse';
import { CdhtError, type Issue } from '../../errors/issue.js';
import { toolingIssue } from '../../errors/toolingIssue.js';
import { _buildRecord } from '../../evidence/cells.js';
import { type _AliasLookup, _looksLikeHeader } from '../../evidence/header.js';
import { _invalidEncoding } from '../../evidence/issues.js';
import type { EvidenceField } from '../../format/framework.js';
import { _headerAliases } from './aliases.js';
import { _badByte } from './bytes.js';
import { type _Frame, _frames } from './frames.js';
import { _HeaderSearch, _TITLE_ROWS } from './headerRow.js';
import { _brokenCsv, _cellCount, _fieldTooLarge, _nulByte, _recordTooLarge, _wholeFile } from './issues.js';
import type { _RawRow, ReaderLimits } from './types.js';

/** A record cut from the file, waiting for its cells from csv-parse, or already rejected. */
interface Slot {
  readonly frame: _Frame;
  /** Where its bytes end in what was fed to csv-parse (rejected rows are never fed). */
  readonly fedEnd: number;
  issue?: Issue | undefined;
  cells?: readonly string[] | undefined;
}

const COMMA = 0x2c;
const SEMICOLON = 0x3b;

/**
 * Reads CSV evidence under a header of field paths or of aliases (`Họ và tên`, `Thôn`, `Điểm TC1.1
 * (tự đánh giá)`: see {@link _HeaderSearch}), which may sit below title lines. The delimiter is
 * the one (`,` or `;`) that splits a line into a header; a template's example row (STT "Ví dụ")
 * is read past. Row numbers are the physical line a record starts on (CR, LF and CRLF each end a
 * line), counting the lines above the header.
 *
 * Records are cut from the bytes first ({@link _frames}: line ends outside quotes, the field and
 * record caps, NUL and non-UTF-8 bytes), so a bad record is rejected alone and never shifts or
 * merges the rows after it. csv-parse then splits every record that has a quoted field into
 * cells (unquoting, doubled quotes, line ends and delimiters inside quotes); a record without a
 * quote is split on the delimiter directly, which is all a parser would do and keeps the common
 * case fast. csv-parse's own caps are not used: `max_record_size` with
 * `skip_records_with_error` drops the rest of the chunk after an oversized record, and its
 * recovery after a stray quote runs into the next rows.
 * A header that cannot be read is one whole-file error: no cell could be placed.
 *
 * @throws CdhtError for a UTF-16 file or an unusable header
 * @internal
 */
export async function* _readCsv(
  source: AsyncIterable<Uint8Array | string>,
  evidence: Readonly<Record<string, EvidenceField>> | undefined,
  limits: ReaderLimits,
  extra?: _AliasLookup,
): AsyncGenerator<_RawRow> {
  let delimiter = COMMA;
  const pick = (head: Uint8Array): number => {
    delimiter = _pickDelimiter(head, evidence, extra);
    return delimiter;
  };
  let parser: CellSplitter | undefined;
  const header = new _HeaderSearch(evidence, extra);
  const queue: Slot[] = [];
  /** The rows at the head of the queue that are complete, in file order. */
  function* ready(all: boolean): Generator<_RawRow> {
    while (queue.length > 0) {
      const slot = queue[0] as Slot;
      if (!slot.issue && !slot.cells && !all) return;
      queue.shift();
      const row = slot.frame.line;
      const found = slot.issue ?? (slot.cells ? undefined : unsplit(row));
      const paths = header.paths;
      if (found) {
        if (!paths) throw _wholeFile(found);
        yield { row, issues: [found] };
        continue;
      }
      const cells = slot.cells as readonly string[];
      if (cells.every((c) => c.trim() === '')) continue;
      if (!paths) {
        header.offer(cells);
        continue;
      }
      if (header.isExample(cells)) continue;
      if (cells.length !== paths.length)
        yield { row, raw: cells, issues: [_cellCount(row, cells.length, paths.length)] };
      else yield { row, value: _buildRecord(paths, cells, evidence) };
    }
  }
  const frameOptions = { fieldBytes: limits.fieldBytes, recordBytes: limits.recordBytes };
  for await (const frames of _frames(source, frameOptions, pick)) {
    parser ??= new CellSplitter(delimiter);
    for (const frame of frames) queue.push(parser.take(frame, limits));
    parser.flush();
    yield* ready(false);
  }
  if (parser) await parser.end();
  yield* ready(true);
  header.end();
}

const decoder = new TextDecoder('utf-8');

/**
 * The delimiter of a CSV file from its first lines: the first line that reads as a header when
 * split on one of `;` and `,` but not the other decides (title lines above the header may hold
 * either); otherwise, as before, `;` when the first line has semicolons and no comma.
 *
 * @internal
 */
export function _pickDelimiter(
  head: Uint8Array,
  evidence: Readonly<Record<string, EvidenceField>> | undefined,
  extra?: _AliasLookup,
): number {
  const lines = decoder
    .decode(head)
    .split(/\r\n|\r|\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, _TITLE_ROWS);
  const known = _headerAliases(evidence);
  const aliases: _AliasLookup = extra === undefined ? known : (text) => known(text) ?? extra(text);
  const split = (line: string, d: string) => line.split(d).map((c) => c.trim().replace(/^"(.*)"$/s, '$1'));
  for (const line of lines) {
    const semicolon = _looksLikeHeader(split(line, ';'), aliases);
    const comma = _looksLikeHeader(split(line, ','), aliases);
    if (semicolon !== comma) return semicolon ? SEMICOLON : COMMA;
    if (semicolon) break;
  }
  const first = lines[0] ?? '';
  return first.includes(';') && !first.includes(',') ? SEMICOLON : COMMA;
}

/** Why a frame was cut out unread. */
function problemIssue(frame: _Frame, limits: ReaderLimits): Issue {
  const row = frame.line;
  const problem = frame.problem;
  if (problem?.kind === 'field') return _fieldTooLarge(row, problem.column, limits.fieldBytes);
  if (problem?.kind === 'record') return _recordTooLarge(row, limits.recordBytes, 'bytes');
  if (problem?.kind === 'strayQuote') {
    const c = String.fromCharCode(problem.char);
    return _brokenCsv({ kind: 'text_after_quote', row, char: c });
  }
  return _brokenCsv({ kind: 'unclosed_quote', row });
}

/**
 * csv-parse over the records the framer let through: it is fed whole records only and its records
 * are matched back to them by where they end in the bytes fed, so a disagreement on where a record
 * ends can only reject that record, never shift the others.
 */
class CellSplitter {
  readonly #parser: Parser;
  #fed = 0;
  #batch: Uint8Array[] = [];
  readonly #waiting: Slot[] = [];
  #error: unknown;

  readonly #delimiter: string;

  constructor(delimiter: number) {
    this.#delimiter = String.fromCharCode(delimiter);
    this.#parser = new Parser({
      delimiter: String.fromCharCode(delimiter),
      record_delimiter: ['\n', '\r'],
      relax_quotes: true,
      relax_column_count: true,
      bom: false,
      on_record: (record: string[], context) => {
        this.#assign(record, context.bytes);
        return null;
      },
    });
    this.#parser.on('error', (error: unknown) => {
      this.#error ??= error;
    });
    this.#parser.resume();
  }

  /** A slot for the frame: rejected at once, or fed to csv-parse. */
  take(frame: _Frame, limits: ReaderLimits): Slot {
    const row = frame.line;
    if (frame.problem) return { frame, fedEnd: -1, issue: problemIssue(frame, limits) };
    const bad = frame.clean ? undefined : _badByte(frame.bytes);
    if (bad) {
      const byte = frame.offset + bad.at;
      return { frame, fedEnd: -1, issue: bad.nul ? _nulByte(row, byte) : _invalidEncoding([], { row, byte }) };
    }
    if (!frame.quoted) return { frame, fedEnd: -1, cells: plainCells(frame.bytes, this.#delimiter) };
    this.#fed += frame.bytes.length;
    this.#batch.push(frame.bytes);
    const slot: Slot = { frame, fedEnd: this.#fed };
    this.#waiting.push(slot);
    return slot;
  }

  /** Parses what was taken; csv-parse calls back synchronously, so the cells are in their slots after. */
  flush(): void {
    this.#check();
    if (this.#batch.length === 0) return;
    const bytes = Buffer.concat(this.#batch);
    this.#batch = [];
    this.#parser.write(bytes);
  }

  /** Parses the last record (csv-parse holds a line end back until it knows nothing follows). */
  async end(): Promise<void> {
    this.flush();
    this.#parser.end();
    try {
      await finished(this.#parser);
    } catch (error) {
      this.#error ??= error;
    }
    this.#check();
  }

  #assign(cells: string[], end: number): void {
    const waiting = this.#waiting;
    while (waiting.length > 0 && (waiting[0] as Slot).fedEnd < end) {
      const merged = waiting.shift() as Slot;
      merged.issue ??= unsplit(merged.frame.line);
    }
    const head = waiting[0];
    if (!head) return;
    if (head.fedEnd === end) {
      waiting.shift();
      if (head.issue) return;
      if (cells.length === head.frame.cells) head.cells = cells;
      else head.issue = unsplit(head.frame.line);
    } else head.issue ??= unsplit(head.frame.line);
  }

  #check(): void {
    if (this.#error === undefined) return;
    const detail = this.#error instanceof Error ? this.#error.message : String(this.#error);
    throw new CdhtError([toolingIssue('invalid_csv', [], { kind: 'unreadable', detail })]);
  }
}

/** The cells of a record without quotes: the text between delimiters, all there is to it. */
function plainCells(bytes: Uint8Array, delimiter: string): string[] {
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === 0x0a || bytes[end - 1] === 0x0d)) end--;
  return decoder.decode(bytes.subarray(0, end)).split(delimiter);
}

function unsplit(row: number): Issue {
  return _brokenCsv({ kind: 'unsplit', row });
}
