import { htmlEscape as e, shorten } from './escape.js';
import { formatRate } from './text.js';
import type { ReportLocale } from './types.js';

/**
 * Colours of chart series, distinct in print.
 *
 * @internal
 */
export const SERIES_COLOURS: readonly string[] = [
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#9467bd',
  '#ff7f0e',
  '#8c564b',
  '#e377c2',
  '#17becf',
];

/** One bar of a share chart. @internal */
export interface ShareBar {
  readonly label: string;
  readonly value: number | null;
  /** Drawn darker: the whole scope. */
  readonly total?: boolean;
}

/** What {@link shareChart} draws. @internal */
export interface ShareChart {
  readonly title: string;
  readonly bars: readonly ShareBar[];
  /** The target in force (0…1) and its label, drawn as a vertical line. */
  readonly target: { readonly share: number; readonly label: string } | null;
  readonly locale: ReportLocale;
}

const r1 = (n: number): string => String(Math.round(n * 10) / 10);

/**
 * A horizontal bar chart as inline SVG: each unit's share (0–100%) with the target as a dashed
 * line. Every text is escaped; long unit names are shortened, the full name kept in `<title>`.
 *
 * @param chart - title, bars, target
 * @returns an `<svg>` element
 * @internal
 */
export function shareChart(chart: ShareChart): string {
  const left = 190;
  const plot = 380;
  const top = 24;
  const step = 22;
  const width = left + plot + 60;
  const height = top + chart.bars.length * step + 10;
  const x = (share: number): number => left + Math.max(0, Math.min(1, share)) * plot;
  const grid = [0, 0.25, 0.5, 0.75, 1]
    .map(
      (t) =>
        `<line x1="${r1(x(t))}" y1="${top - 4}" x2="${r1(x(t))}" y2="${height - 6}" class="grid" stroke="#e3e6ea"/><text x="${r1(x(t))}" y="${top - 8}" class="tick" text-anchor="middle" font-size="10" fill="#5f6368">${e(formatRate(t, chart.locale))}</text>`,
    )
    .join('');
  const bars = chart.bars
    .map((b, i) => {
      const y = top + i * step;
      const label = `<text x="${left - 6}" y="${y + 14}" text-anchor="end" class="label" font-size="11" fill="#1a1a1a"><title>${e(b.label)}</title>${e(shorten(b.label, 30))}</text>`;
      if (b.value === null)
        return `${label}<text x="${left + 4}" y="${y + 14}" class="value" font-size="10" fill="#1a1a1a">—</text>`;
      const w = x(b.value) - left;
      return `${label}<rect x="${left}" y="${y + 3}" width="${r1(w)}" height="15" class="${b.total ? 'bar total' : 'bar'}" fill="${b.total ? '#1f4e89' : '#6c9bd2'}"/><text x="${r1(left + w + 4)}" y="${y + 14}" class="value" font-size="10" fill="#1a1a1a">${e(formatRate(b.value, chart.locale))}</text>`;
    })
    .join('');
  const target = chart.target
    ? `<line x1="${r1(x(chart.target.share))}" y1="${top - 2}" x2="${r1(x(chart.target.share))}" y2="${height - 6}" class="target" stroke="#c0392b" stroke-width="2" stroke-dasharray="5 3"><title>${e(chart.target.label)}</title></line>`
    : '';
  return `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${e(chart.title)}"><title>${e(chart.title)}</title>${grid}${bars}${target}</svg>`;
}

/** One line of the progress chart. @internal */
export interface ProgressSeries {
  readonly label: string;
  readonly colour: string;
  readonly points: readonly { readonly year: number; readonly value: number }[];
  /** Targets drawn as hollow diamonds. */
  readonly targets: readonly { readonly year: number; readonly value: number }[];
}

/**
 * A line chart of shares over years as inline SVG: one line per metric, targets as hollow
 * diamonds, years from the first value to the last target.
 *
 * @param title - accessible name of the chart
 * @param series - the lines
 * @param locale - number format
 * @returns an `<svg>` element, or `''` when no series has a value
 * @internal
 */
export function progressChart(title: string, series: readonly ProgressSeries[], locale: ReportLocale): string {
  const years = series.flatMap((s) => [...s.points, ...s.targets].map((p) => p.year));
  const first = Math.min(...series.flatMap((s) => s.points.map((p) => p.year)));
  if (!Number.isFinite(first)) return '';
  const last = Math.max(first + 1, ...years);
  const [left, top, plotW, plotH] = [52, 14, 560, 200];
  const x = (year: number): number => left + ((year - first) / (last - first)) * plotW;
  const y = (share: number): number => top + (1 - Math.max(0, Math.min(1, share))) * plotH;
  const yGrid = [0, 0.25, 0.5, 0.75, 1]
    .map(
      (t) =>
        `<line x1="${left}" y1="${r1(y(t))}" x2="${left + plotW}" y2="${r1(y(t))}" class="grid" stroke="#e3e6ea"/><text x="${left - 6}" y="${r1(y(t) + 4)}" text-anchor="end" class="tick" font-size="10" fill="#5f6368">${e(formatRate(t, locale))}</text>`,
    )
    .join('');
  const xTicks = Array.from({ length: last - first + 1 }, (_, i) => first + i)
    .map(
      (yr) =>
        `<text x="${r1(x(yr))}" y="${top + plotH + 16}" text-anchor="middle" class="tick" font-size="10" fill="#5f6368">${yr}</text>`,
    )
    .join('');
  const lines = series
    .map((s) => {
      const pts = [...s.points].sort((a, b) => a.year - b.year);
      const path = pts.map((p) => `${r1(x(p.year))},${r1(y(p.value))}`).join(' ');
      const dots = pts
        .map(
          (p) =>
            `<circle cx="${r1(x(p.year))}" cy="${r1(y(p.value))}" r="3" fill="${e(s.colour)}"><title>${e(`${s.label}: ${p.year} ${formatRate(p.value, locale)}`)}</title></circle>`,
        )
        .join('');
      // A target before the first value would fall left of the plot.
      const aims = s.targets
        .filter((t) => t.year >= first)
        .map((t) => {
          const [cx, cy] = [x(t.year), y(t.value)];
          return `<path d="M${r1(cx)} ${r1(cy - 5)}L${r1(cx + 5)} ${r1(cy)}L${r1(cx)} ${r1(cy + 5)}L${r1(cx - 5)} ${r1(cy)}Z" fill="none" stroke="${e(s.colour)}"><title>${e(`${s.label}: ${t.year} ${formatRate(t.value, locale)}`)}</title></path>`;
        })
        .join('');
      const line =
        pts.length > 1 ? `<polyline points="${path}" fill="none" stroke="${e(s.colour)}" stroke-width="2"/>` : '';
      return `${line}${dots}${aims}`;
    })
    .join('');
  const width = left + plotW + 20;
  const height = top + plotH + 26;
  return `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${e(title)}"><title>${e(title)}</title>${yGrid}${xTicks}${lines}</svg>`;
}
