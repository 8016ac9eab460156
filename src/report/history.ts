import type { ProgressReport } from '../aggregate/progress.js';
import type { HistoryPoint } from './types.js';

/**
 * History points for the "progress over years" chart from earlier progress reports (one per
 * year, e.g. as of each 31 December): every metric's share in every unit, by the report's year.
 *
 * @param reports - earlier reports
 * @returns the points, metrics with no value left out
 * @example buildHistory([p2023, p2024]).filter((h) => h.unit === '')
 * @category Reports
 */
export function buildHistory(reports: Iterable<ProgressReport>): HistoryPoint[] {
  const out: HistoryPoint[] = [];
  for (const r of reports) {
    const year = Number(r.asOf.slice(0, 4));
    for (const u of r.units)
      for (const m of u.metrics)
        if (m.value !== null) out.push({ year, metric: m.metric, unit: u.key, value: m.value });
  }
  return out;
}
