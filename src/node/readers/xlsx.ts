import { Readable } from 'node:stream';

import { issue } from '../../errors/issue.js';
import { _buildRecord } from '../../evidence/cells.js';
import { _readHeader } from '../../evidence/header.js';
import type { EvidenceField } from '../../format/framework.js';
import { loadExcelJs } from '../xlsx/exceljs.js';
import type { _RawRow } from './types.js';

/**
 * Reads the first worksheet of an XLSX workbook with exceljs's streaming reader. The first
 * non-empty row is the header of field paths; row numbers are the sheet's own (header normally 1).
 * Dates typed as dates in Excel become ISO dates; rich text, hyperlinks and formulas give their text
 * or result.
 *
 * @internal
 */
export async function* _readXlsx(
  source: string | AsyncIterable<Uint8Array | string>,
  evidence: Readonly<Record<string, EvidenceField>> | undefined,
): AsyncGenerator<_RawRow> {
  const input = typeof source === 'string' ? source : Readable.from(source);
  // Loaded on first use, so reading JSON, NDJSON or CSV never loads exceljs (an optional dependency).
  const Excel = await loadExcelJs();
  const workbook = new Excel.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    hyperlinks: 'cache',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'ignore',
  });
  let paths: readonly (readonly (string | number)[])[] | undefined;
  let lastRow = 0;
  try {
    for await (const sheet of workbook) {
      for await (const row of sheet) {
        lastRow = row.number;
        const values = Array.isArray(row.values) ? row.values.slice(1).map(cellValue) : [];
        if (values.every((v) => v === undefined || (typeof v === 'string' && v.trim() === ''))) continue;
        if (!paths) {
          const header = _readHeader(values);
          if ('issues' in header) {
            yield { row: row.number, issues: header.issues };
            return;
          }
          paths = header.paths;
          continue;
        }
        if (values.length > paths.length && values.slice(paths.length).some((v) => v !== undefined)) {
          yield {
            row: row.number,
            raw: values,
            issues: [issue('invalid_csv', [], { kind: 'beyond_header', row: row.number })],
          };
          continue;
        }
        yield { row: row.number, value: _buildRecord(paths, values, evidence) };
      }
      return;
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    yield {
      row: lastRow + 1,
      issues: [issue('invalid_xlsx', [], { row: lastRow + 1, detail })],
    };
  }
}

function cellValue(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date || typeof value !== 'object') return value;
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText)) return v.richText.map((part: { text?: unknown }) => String(part.text ?? '')).join('');
  if ('result' in v) return cellValue(v.result);
  if ('formula' in v || 'sharedFormula' in v) return undefined;
  if (typeof v.text === 'string') return v.text;
  if (typeof v.error === 'string') return v.error;
  return undefined;
}
