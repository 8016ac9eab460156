import { type Issue, issue } from '../errors/issue.js';
import { _headerPath } from './cells.js';

type Path = readonly (string | number)[];

const SEGMENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_INDEX = 999;

/**
 * Reads a header row of field paths (`id`, `unit.commune`, `data.tc1_1.self`, `proofs.0.type`).
 *
 * @returns the paths, or the issues that make the header unusable (empty, malformed or repeated columns)
 * @internal
 */
export function _readHeader(cells: readonly unknown[]): { paths: Path[] } | { issues: Issue[] } {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const paths = cells.map((cell, column) => {
    const text =
      typeof cell === 'string' ? cell.trim().normalize('NFC') : cell === null || cell === undefined ? '' : String(cell);
    const path = _headerPath(text);
    const ok =
      text !== '' && path.every((p) => (typeof p === 'number' ? p <= MAX_INDEX : SEGMENT.test(p) && !FORBIDDEN.has(p)));
    if (!ok) {
      issues.push(
        // People count columns from 1; the path keeps the index.
        issue('invalid_csv', [column], { kind: 'header_not_path', column: column + 1, text }),
      );
    } else if (seen.has(text)) {
      issues.push(issue('invalid_csv', [column], { kind: 'duplicate_column', text }));
    }
    seen.add(text);
    return path;
  });
  return issues.length > 0 ? { issues } : { paths };
}
