import { issue } from '../../errors/issue.js';
import { _buildRecord } from '../../evidence/cells.js';
import { _readHeader } from '../../evidence/header.js';
import { _invalidEncoding } from '../../evidence/issues.js';
import type { EvidenceField } from '../../format/framework.js';
import { _tokenizeCsv } from './csvTokens.js';
import type { _RawRow } from './types.js';
import { _decodeUtf8, _EncodingAbort, _REPLACEMENT } from './utf8.js';

/**
 * Reads CSV evidence whose first row is a header of field paths. Row numbers are the physical
 * line a record starts on (header = 1). A header that cannot be read is reported once as row 1
 * and no other row is read, since no cell could be placed.
 *
 * @internal
 */
export async function* _readCsv(
  source: AsyncIterable<Uint8Array | string>,
  evidence: Readonly<Record<string, EvidenceField>> | undefined,
): AsyncGenerator<_RawRow> {
  const { text, tracker } = _decodeUtf8(source);
  let paths: readonly (readonly (string | number)[])[] | undefined;
  let lastLine = 0;
  try {
    for await (const record of _tokenizeCsv(text)) {
      lastLine = record.endLine;
      const { line, cells } = record;
      if (cells.some((c) => c.includes(_REPLACEMENT))) {
        yield {
          row: line,
          issues: [_invalidEncoding([], { row: line, byte: tracker.take(line, record.endLine) })],
        };
        continue;
      }
      if (!paths) {
        const header = _readHeader(cells);
        if ('issues' in header) {
          yield { row: line, issues: header.issues };
          return;
        }
        paths = header.paths;
        continue;
      }
      if (cells.every((c) => c.trim() === '')) continue;
      if (record.error) {
        yield {
          row: line,
          raw: cells,
          issues: [issue('invalid_csv', [], { ...record.error, row: line })],
        };
      } else if (cells.length !== paths.length) {
        yield {
          row: line,
          raw: cells,
          issues: [
            issue('invalid_csv', [], { kind: 'cell_count', row: line, cells: cells.length, columns: paths.length }),
          ],
        };
      } else {
        yield { row: line, value: _buildRecord(paths, cells, evidence) };
      }
    }
  } catch (error) {
    if (!(error instanceof _EncodingAbort)) throw error;
    yield { row: Math.max(error.line, lastLine + 1), issues: error.issues };
  }
}
