import type { Issue } from '../errors/issue.js';
import { toolingIssue } from '../errors/toolingIssue.js';
import { _headerPath } from './cells.js';

type Path = readonly (string | number)[];

const SEGMENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
const FORBIDDEN = /* @__PURE__ */ new Set(['__proto__', 'constructor', 'prototype']);
const MAX_INDEX = 999;

/**
 * What a header cell means besides a field path: a path, `null` for a column read past, or
 * `undefined` when it is no alias (the readers in `cdht/node` give their alias tables here).
 *
 * @internal
 */
export type _AliasLookup = (text: string) => Path | null | undefined;

function cellText(cell: unknown): string {
  return typeof cell === 'string'
    ? cell.trim().normalize('NFC')
    : cell === null || cell === undefined
      ? ''
      : String(cell);
}

function isPath(text: string, path: Path): boolean {
  return (
    text !== '' && path.every((p) => (typeof p === 'number' ? p <= MAX_INDEX : SEGMENT.test(p) && !FORBIDDEN.has(p)))
  );
}

/**
 * Reads a header row of field paths (`id`, `unit.commune`, `data.tc1_1.self`, `proofs.0.type`)
 * or of aliases the lookup knows (`Họ và tên`). A column the lookup reads past has the path `null`.
 *
 * @returns the paths, or the issues that make the header unusable (empty, malformed or repeated columns)
 * @internal
 */
export function _readHeader(
  cells: readonly unknown[],
  aliases?: _AliasLookup,
): { paths: (Path | null)[] } | { issues: Issue[] } {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const paths = cells.map((cell, column): Path | null => {
    const text = cellText(cell);
    const alias = text === '' ? undefined : aliases?.(text);
    if (alias === null) return null;
    const path = alias ?? _headerPath(text);
    const key = path.join('.');
    if (alias === undefined && !isPath(text, path)) {
      issues.push(
        // People count columns from 1; the path keeps the index.
        toolingIssue('invalid_csv', [column], { kind: 'header_not_path', column: column + 1, text }),
      );
    } else if (seen.has(key)) {
      issues.push(toolingIssue('invalid_csv', [column], { kind: 'duplicate_column', text }));
    }
    seen.add(key);
    return path;
  });
  return issues.length > 0 ? { issues } : { paths };
}

/** The keys a record may have at its top level: a header naming one of them is a header. */
const RECORD_KEYS = new Set(['id', 'name', 'group', 'framework', 'period', 'unit', 'memberships', 'data', 'proofs']);

/**
 * Whether a row is the header rather than a title above it ("DANH SÁCH …", "Xã Đắk Ruồng"): every
 * non-empty cell is a record field or an alias, or at least three are and they are most of them
 * (a header with one misspelt column is still the header, and its error names that column).
 *
 * @internal
 */
export function _looksLikeHeader(cells: readonly unknown[], aliases?: _AliasLookup): boolean {
  let filled = 0;
  let known = 0;
  for (const cell of cells) {
    const text = cellText(cell);
    if (text === '') continue;
    filled++;
    if (isKnown(text, aliases)) known++;
  }
  return filled > 0 && (known === filled || (known >= 3 && known * 2 > filled));
}

function isKnown(text: string, aliases: _AliasLookup | undefined): boolean {
  if (aliases?.(text) !== undefined) return true;
  const path = _headerPath(text);
  return typeof path[0] === 'string' && RECORD_KEYS.has(path[0]) && isPath(text, path);
}

/**
 * The `header_not_path` issues of the non-empty cells that are neither a record field nor an alias.
 *
 * @internal
 */
export function _unknownColumns(cells: readonly unknown[], aliases?: _AliasLookup): Issue[] {
  return cells.flatMap((cell, column) => {
    const text = cellText(cell);
    return text === '' || isKnown(text, aliases)
      ? []
      : [toolingIssue('invalid_csv', [column], { kind: 'header_not_path', column: column + 1, text })];
  });
}
