/**
 * Lays rows out as a plain-text table with aligned columns (numbers right-aligned).
 *
 * @param header - column headers
 * @param rows - cells
 * @returns the lines
 * @example textTable(['Nhóm', 'Đạt'], [['household', 12]]) // ['Nhóm       Đạt', '---------  ---', 'household   12']
 */
export function textTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? '').length)));
  const line = (cells: readonly (string | number)[]): string =>
    cells
      .map((c, i) => (typeof c === 'number' ? String(c).padStart(widths[i] ?? 0) : String(c).padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}
