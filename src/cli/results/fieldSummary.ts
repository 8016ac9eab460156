import { formatNumber, type Issue, type Locale } from '../../index.js';

/** The warnings a run summarises by field instead of repeating them on every row. */
const SUMMARISED = new Set(['unknown_evidence_field', 'missing_evidence']);

/** How many of the top fields the summary names. */
const TOP = 5;

/**
 * Counts the rows that carry each undeclared field (`unknown_evidence_field`) and each missing
 * required field (`missing_evidence`), so a run says it once — the top fields and their counts —
 * rather than once per row (the bundled sample has `data.birthDate` on every row).
 *
 * @returns `add` for each row's issues or warnings, `lines` for the summary
 */
export function fieldSummary(): {
  add(issues: readonly Issue[] | undefined): void;
  lines(lang: Locale): string[];
} {
  const counts = { unknown_evidence_field: new Map<string, number>(), missing_evidence: new Map<string, number>() };
  return {
    add(issues) {
      for (const i of issues ?? []) {
        if (!SUMMARISED.has(i.code)) continue;
        const field = (i.params as { field?: unknown }).field;
        if (typeof field !== 'string') continue;
        const map = counts[i.code as keyof typeof counts];
        map.set(field, (map.get(field) ?? 0) + 1);
      }
    },
    lines(lang) {
      const vi = lang === 'vi';
      const out: string[] = [];
      for (const [code, map] of Object.entries(counts)) {
        if (map.size === 0) continue;
        const top = [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP);
        const list = top
          .map(([field, n]) => `${field} (${formatNumber(n, lang)} ${vi ? 'dòng' : n === 1 ? 'row' : 'rows'})`)
          .join(', ');
        const more = map.size > TOP ? (vi ? ` và ${map.size - TOP} trường khác` : ` and ${map.size - TOP} more`) : '';
        out.push(
          code === 'unknown_evidence_field'
            ? vi
              ? `Trường không được bộ tiêu chí khai báo, bỏ qua khi đánh giá: ${list}${more}.`
              : `Fields no framework declares, ignored in evaluation: ${list}${more}.`
            : vi
              ? `Thiếu trường bắt buộc: ${list}${more}.`
              : `Required fields missing: ${list}${more}.`,
        );
      }
      return out;
    },
  };
}
