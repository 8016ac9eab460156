import { formatNumber, type Locale } from '../index.js';

/**
 * Lays rows out as a plain-text table with aligned columns: numbers right-aligned and, with a
 * locale, written as people read them there (vi 1.086, en 1,086).
 *
 * @param header - column headers
 * @param rows - cells
 * @param locale - how numbers are written (absent: digits only)
 * @returns the lines
 * @example textTable(['Nhóm', 'Đạt'], [['household', 1200]], 'vi') // ['Nhóm         Đạt', '---------  -----', 'household  1.200']
 */
export function textTable(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  locale?: Locale,
): string[] {
  const text = (c: string | number): string =>
    typeof c === 'number' && locale !== undefined ? formatNumber(c, locale) : String(c);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => text(r[i] ?? '').length)));
  const line = (cells: readonly (string | number)[]): string =>
    cells
      .map((c, i) => (typeof c === 'number' ? text(c).padStart(widths[i] ?? 0) : text(c).padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}
