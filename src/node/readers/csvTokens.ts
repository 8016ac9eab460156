/** One CSV record as cells, with the physical line it starts on, or why it is broken. @internal */
export interface _CsvRecord {
  readonly line: number;
  readonly endLine: number;
  readonly cells: readonly string[];
  readonly error?:
    | { readonly kind: 'unclosed_quote' }
    | { readonly kind: 'text_after_quote'; readonly char: string }
    | undefined;
}

type Mode = 'fieldStart' | 'unquoted' | 'quoted' | 'quoteSeen';

/**
 * Splits CSV text into records (RFC 4180: quoted fields may hold the delimiter, quotes doubled
 * and line breaks). The delimiter is `,` unless the first line has `;` and no `,` (Excel in a
 * Vietnamese locale writes `;`). Blank lines are skipped but counted. A stray character after a
 * closing quote or a quote left open at the end of the file marks that record broken.
 *
 * @internal
 */
export async function* _tokenizeCsv(text: AsyncIterable<string>): AsyncGenerator<_CsvRecord> {
  let delimiter: string | undefined;
  let mode: Mode = 'fieldStart';
  let field = '';
  let cells: string[] = [];
  let line = 1;
  let start = 1;
  let error: _CsvRecord['error'];
  let touched = false;
  for await (const chunk of text) {
    delimiter ??= pickDelimiter(chunk);
    const records: _CsvRecord[] = [];
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i] ?? '';
      if (mode === 'quoted') {
        if (c === '"') mode = 'quoteSeen';
        else {
          if (c === '\n') line++;
          field += c;
        }
        continue;
      }
      if (c === '\r') continue;
      if (c === delimiter) {
        cells.push(field);
        field = '';
        mode = 'fieldStart';
        touched = true;
      } else if (c === '\n') {
        cells.push(field);
        if (touched || field.trim() !== '') records.push({ line: start, endLine: line, cells, error });
        line++;
        field = '';
        cells = [];
        error = undefined;
        touched = false;
        start = line;
        mode = 'fieldStart';
      } else if (mode === 'quoteSeen') {
        if (c === '"') {
          field += '"';
          mode = 'quoted';
        } else {
          error ??= { kind: 'text_after_quote', char: c };
          field += c;
          mode = 'unquoted';
        }
      } else if (mode === 'fieldStart' && c === '"') {
        mode = 'quoted';
        touched = true;
      } else {
        field += c;
        mode = 'unquoted';
      }
    }
    yield* records;
  }
  if (mode === 'quoted') {
    error ??= { kind: 'unclosed_quote' };
  }
  cells.push(field);
  if (touched || field.trim() !== '') yield { line: start, endLine: line, cells, error };
}

function pickDelimiter(firstChunk: string): string {
  const header = firstChunk.slice(0, firstChunk.indexOf('\n') >>> 0);
  return header.includes(';') && !header.includes(',') ? ';' : ',';
}
