import type { ProgressReport, ProgressStatus, UnitProgress } from '../aggregate/progress.js';
import { parseUnitKey, unitAncestors } from '../aggregate/unitKey.js';
import type { Metric, Target } from '../format/plan.js';
import { reportLabels } from './labels.js';
import type { ReportLocale } from './types.js';

/**
 * One line of a metrics table: one metric in one unit, with texts in the report's language.
 *
 * @category Reports
 */
export interface ReportRow {
  readonly unitKey: string;
  /** Unit name, with the units above it for units below the first level: `Đắk Ruồng / Thôn 1`. */
  readonly unit: string;
  /** 0 for the scope, 1 for the first level below it, … */
  readonly depth: number;
  /** True for a unit outside the level reported by (a district agency when reporting by commune). */
  readonly outside: boolean;
  readonly metric: string;
  readonly metricLabel: string;
  /** The denominator: people in the population table, or those registered (see `denominator`). */
  readonly population: number | null;
  readonly denominator: 'population' | 'rows';
  /** True when the metric names a population column but no table was given: registered people stand in. */
  readonly denominatorFallback: boolean;
  /** Header for `registered`, named for who is in this metric's population (`Người đạt danh hiệu`). */
  readonly registeredLabel: string;
  /** Header for `recognised`, named for what this metric counts (`Có kỹ năng số`). */
  readonly countedLabel: string;
  readonly populationComplete: boolean;
  readonly registered: number;
  readonly recognised: number;
  /** recognised ÷ population, 0…1. */
  readonly rate: number | null;
  readonly target: Target | null;
  /** Share expected on the report date on the straight path to the target. */
  readonly expected: number | null;
  readonly status: ProgressStatus;
  /** People still needed to reach the target. */
  readonly gap: number | null;
  readonly message: string;
}

/**
 * The units a report shows: every unit, or the scope plus the units of one level and the
 * units outside that level (a district agency when reporting by commune), so the units shown
 * below the scope add up to it.
 *
 * @internal
 */
export function selectUnits(progress: ProgressReport, by: string | undefined): readonly UnitProgress[] {
  if (by === undefined) return progress.units;
  const hasLevel = (u: UnitProgress): boolean => parseUnitKey(u.key).some((s) => s.level === by);
  // Units above some unit of the level: shown through their parts, not themselves.
  const above = new Set(progress.units.filter((u) => u.level === by).flatMap((u) => unitAncestors(u.key).slice(1)));
  const shown = progress.units.filter(
    (u) =>
      u.key === '' ||
      u.level === by ||
      (!hasLevel(u) && !above.has(u.key) && (u.parent === null || above.has(u.parent))),
  );
  // The scope, then the units of the level (the communes), then the units outside it (district
  // agencies), so agencies are listed apart rather than among the communes in name order.
  return [
    ...shown.filter((u) => u.key === '' || u.level === by),
    ...shown.filter((u) => u.key !== '' && u.level !== by),
  ];
}

/**
 * The units a share chart shows: those of {@link selectUnits}, or the scope and the first level.
 *
 * @internal
 */
export function chartUnits(progress: ProgressReport, by: string | undefined): readonly UnitProgress[] {
  return by === undefined ? progress.units.filter((u) => u.depth <= 1) : selectUnits(progress, by);
}

/**
 * The display name of a unit: the scope's label, or the names on its path below the scope.
 *
 * @internal
 */
export function unitName(unit: UnitProgress, locale: ReportLocale): string {
  if (unit.key === '') return unit.name[locale];
  return parseUnitKey(unit.key)
    .map((s) => s.name)
    .join(' / ');
}

/**
 * Flattens a progress report into table rows, units in hierarchy order, metrics in plan order.
 *
 * @param progress - the progress report
 * @param locale - language of labels and sentences
 * @param by - level to keep (plus the scope), or every unit
 * @param plan - the plan, whose metrics name their columns (`columns`); generic headers without it
 * @returns the rows
 * @example buildReportRows(p, 'vi', 'commune')[0]?.unit // 'huyện Kon Rẫy'
 * @category Reports
 */
export function buildReportRows(
  progress: ProgressReport,
  locale: ReportLocale,
  by?: string,
  plan?: { readonly metrics: readonly Pick<Metric, 'id' | 'columns'>[] },
): ReportRow[] {
  const l = reportLabels(locale);
  const columns = new Map(plan?.metrics.map((m) => [m.id, m.columns]) ?? []);
  return selectUnits(progress, by).flatMap((u) =>
    u.metrics.map((m) => ({
      unitKey: u.key,
      unit: unitName(u, locale),
      depth: u.depth,
      outside: by !== undefined && u.key !== '' && u.level !== by,
      metric: m.metric,
      metricLabel: m.label[locale],
      population: m.denominator.value,
      denominator: m.denominator.source,
      denominatorFallback: m.denominator.fallback === true,
      registeredLabel: columns.get(m.metric)?.registered?.[locale] ?? l.registered,
      countedLabel: columns.get(m.metric)?.counted?.[locale] ?? l.recognised,
      populationComplete: m.populationComplete,
      registered: m.registered,
      recognised: m.recognised,
      rate: m.value,
      target: m.target,
      expected: m.expected,
      status: m.status,
      gap: m.gap,
      message: m.message[locale],
    })),
  );
}

/**
 * Whether a unit has anything to report on a metric: the scope always; another unit when some of
 * its rows are in the metric's population or its population table counts people. People-facing
 * formats (md, html) leave the others out, so an agency does not print "no data" under the adults
 * metric; data formats (csv, json, xlsx) keep every unit and metric for a regular shape.
 *
 * @internal
 */
export function reportsOn(
  unitKey: string,
  metric: { readonly registered: number; readonly population: number | null },
): boolean {
  return unitKey === '' || metric.registered > 0 || (metric.population ?? 0) > 0;
}
