import { extname } from 'node:path';
import { CdhtError, type Issue } from '../../errors/issue.js';
import { _withFile } from '../../evidence/issues.js';
import { readJsonFile } from '../readJson.js';
import { _readCsv } from './csv.js';
import { _openBytes } from './source.js';
import { _limits } from './types.js';
import { _readXlsx } from './xlsx.js';

type Path = readonly (string | number)[];

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const WHOLE = /^\d+$/;
/** `1.086`, `1,086` or `1 086`: thousands groups, as people write counts. */
const GROUPED = /^\d{1,3}(?:([.,\s\u00a0])\d{3})(?:\1\d{3})*$/;

/** A column of a unit table that is no alias (`adults`, `officials`) is named by itself. */
function columnName(text: string): Path | undefined {
  return NAME.test(text) ? [text] : undefined;
}

/** A count as written in a cell: digits, maybe in thousands groups; anything else stays as written. */
function count(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (WHOLE.test(text)) return Number(text);
  if (GROUPED.test(text)) return Number(text.replace(/[.,\s\u00a0]/g, ''));
  return value;
}

/**
 * Reads a table keyed by unit — a population table (`unit` plus a count per column, e.g. `adults`)
 * or any list of units — from JSON (as written), or from CSV or XLSX: one row per unit, the unit in
 * columns named `unit.commune` or by their Vietnamese names (`Tỉnh`, `Huyện`, `Xã`, `Thôn`), the
 * other columns named by their key, counts as digits (`1.086`, `1,086` and `1 086` read as 1086).
 * Title rows above the header are skipped, as in evidence sheets.
 *
 * @param path - the file (`.json`, `.csv` or `.xlsx`)
 * @returns the rows, for `rollUpPopulation` or a unit list
 * @throws CdhtError naming the file: a row that cannot be read (with its row number), or a header
 *   that cannot be placed
 * @example
 * const population = rollUpPopulation(await readUnitTable('dan-so-2025.xlsx'), plan);
 * @category Aggregation
 */
export async function readUnitTable(path: string): Promise<unknown> {
  const ext = extname(path).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') return readJsonFile(path);
  const limits = _limits({});
  const rows =
    ext === '.xlsx'
      ? _readXlsx(path, undefined, limits, columnName)
      : _readCsv(_openBytes(path), undefined, limits, columnName);
  const out: Record<string, unknown>[] = [];
  const issues: Issue[] = [];
  try {
    for await (const row of rows) {
      if ('issues' in row) {
        issues.push(...row.issues);
        continue;
      }
      const value = row.value as Record<string, unknown>;
      const entry: Record<string, unknown> = {};
      for (const [key, cell] of Object.entries(value)) {
        if (key === 'data') continue;
        entry[key] = key === 'unit' ? cell : count(cell);
      }
      out.push(entry);
    }
  } catch (error) {
    if (error instanceof CdhtError)
      throw new CdhtError(_withFile(error.issues, path) as [Issue, ...Issue[]], { cause: error });
    throw error;
  }
  const [first, ...rest] = issues;
  if (first) throw new CdhtError(_withFile([first, ...rest], path) as [Issue, ...Issue[]]);
  return out;
}
