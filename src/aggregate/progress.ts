import { CdhtError } from '../errors/issue.js';
import { toolingIssue } from '../errors/toolingIssue.js';
import type { LocalizedText } from '../format/common.js';
import type { Target } from '../format/plan.js';
import type { Aggregate, MetricCount, RowTally } from './aggregate.js';
import type { UnitsOn } from './placeOn.js';
import type { Plan, PlanMetric } from './plan.js';
import { progressMessage } from './progressMessage.js';
import type { PopulationTotals } from './rollUp.js';
import { rollUp, rollUpPopulation } from './rollUp.js';
import type { Baseline } from './targetPath.js';
import { expectedShare, peopleGap, targetInForce } from './targetPath.js';
import { parseUnitKey, unitAncestors } from './unitKey.js';
import { compareUnitKeys, coverage } from './unitOrder.js';

/** How a metric stands against its target in force. */
export type ProgressStatus = 'achieved' | 'on-track' | 'behind' | 'no-data';

/** One metric in one unit on the report date. */
export interface MetricProgress {
  readonly metric: string;
  readonly label: LocalizedText;
  /** Rows in the metric's population (đã đăng ký). */
  readonly registered: number;
  /** Rows counted (đạt). */
  readonly recognised: number;
  /** People in the unit from the population table, or null (no table column, or no entry). */
  readonly population: number | null;
  /** False when some unit below has rows but no population entry, so `population` is too low. */
  readonly populationComplete: boolean;
  /**
   * The denominator used: `rows` (registered) or `population`, and its value (null when unknown).
   * `fallback` is true when the metric names a population column but no population table was
   * given, so the registered people stand in (reports say so in a note).
   */
  readonly denominator: {
    readonly source: 'rows' | 'population';
    readonly value: number | null;
    readonly fallback?: boolean;
  };
  /** recognised ÷ denominator, or null when the denominator is unknown or 0. */
  readonly value: number | null;
  readonly target: Target | null;
  /** Share expected on the report date on the straight path to the target. */
  readonly expected: number | null;
  /** People still needed to reach the target: ceil(target × denominator) − recognised, ≥ 0. */
  readonly gap: number | null;
  readonly status: ProgressStatus;
  readonly message: LocalizedText;
}

/** Progress of one unit (or of the whole scope, key `''`). */
export interface UnitProgress {
  readonly key: string;
  /** Level of the unit (`commune`), null for the scope. */
  readonly level: string | null;
  /** Name of the unit, or the scope's label. */
  readonly name: LocalizedText;
  readonly parent: string | null;
  readonly depth: number;
  readonly metrics: readonly MetricProgress[];
}

/** Progress of a plan on a date, every unit and metric: plain JSON for formatters. */
export interface ProgressReport {
  readonly plan: string;
  readonly title: LocalizedText;
  readonly asOf: string;
  readonly rows: RowTally;
  /** Units in hierarchy order: the scope first, each unit before its children. */
  readonly units: readonly UnitProgress[];
  /** Present when the report date is after the plan's `historical.after`: the plan no longer applies. */
  readonly historical?: { readonly after: string; readonly reason: LocalizedText } | undefined;
}

/** Options of {@link computeProgress}. */
export interface ProgressOptions {
  /** Report date, `yyyy-MM-dd`. */
  readonly asOf: string;
  /** Start of the straight path: one for all, or an earlier report (its values per unit and metric). Default: 0 at the plan's start. */
  readonly baseline?: Baseline | ProgressReport;
  /** Population table (rows `{ unit, adults, … }`) or its roll-up, for metrics whose denominator is a population column. */
  readonly population?: unknown;
  /**
   * What a metric whose denominator is a population column does when no population table is
   * given: `registered` (the default) rates against the people registered, flagged as
   * `denominator.fallback`; `no-data` leaves the rate unknown.
   */
  readonly withoutPopulation?: 'registered' | 'no-data';
  /**
   * Unit mappings, to place the population table's units as the aggregate's were (when the
   * aggregate was made for the units in force on a date, `aggregate(…, { asOf, mappings })`).
   */
  readonly mappings?: UnitsOn['mappings'];
}

const placeName = (key: string, scope: LocalizedText): LocalizedText => {
  const path = parseUnitKey(key);
  const last = path[path.length - 1];
  if (!last) return scope;
  const up = path[path.length - 2];
  const name = up ? `${last.name}, ${up.name}` : last.name;
  return { vi: name, en: name };
};

/** The baseline of each unit and metric: an earlier report's value where it has one, else the fixed baseline. */
const baselineLookup = (options: ProgressOptions, plan: Plan): ((key: string, metric: string) => Baseline) => {
  const b = options.baseline;
  const fallback: Baseline = b && !('units' in b) ? b : { date: plan.period.from, share: 0 };
  if (!b || !('units' in b)) return () => fallback;
  const earlier = new Map<string, Baseline>();
  for (const u of b.units)
    for (const m of u.metrics)
      if (m.value !== null) earlier.set(`${m.metric}\u0000${u.key}`, { date: b.asOf, share: m.value });
  return (key, metric) => earlier.get(`${metric}\u0000${key}`) ?? fallback;
};

const statusOf = (value: number | null, gap: number | null, expected: number | null): ProgressStatus => {
  if (value === null || gap === null) return 'no-data';
  if (gap === 0) return 'achieved';
  return value >= (expected ?? 0) - 1e-9 ? 'on-track' : 'behind';
};

/** What every unit's metrics share in one report. */
interface ReportContext {
  readonly plan: Plan;
  readonly asOf: string;
  readonly pop: PopulationTotals | undefined;
  readonly incomplete: ReadonlySet<string>;
  readonly baseline: (key: string, metric: string) => Baseline;
  readonly withoutPopulation: 'registered' | 'no-data' | undefined;
}

const metricProgress = (
  metric: PlanMetric,
  key: string,
  counts: MetricCount | undefined,
  ctx: ReportContext,
): MetricProgress => {
  const { plan, pop, incomplete, baseline } = ctx;
  const named = metric.denominator === 'rows' ? undefined : metric.denominator.population;
  // No population table at all: the registered people stand in, flagged, rather than "no data"
  // everywhere. A table without an entry for this unit still means the population is unknown.
  const fallback = named !== undefined && pop === undefined && ctx.withoutPopulation !== 'no-data';
  const column = fallback ? undefined : named;
  const population = column === undefined ? null : (pop?.totals[key]?.[column] ?? null);
  const recognised = counts?.num ?? 0;
  const registered = counts?.den ?? 0;
  const den = column === undefined ? registered : population;
  const value = den === null || den === 0 ? null : recognised / den;
  const target = targetInForce(metric.targets, ctx.asOf);
  const gap = value === null || den === null || target === null ? null : peopleGap(target.share, den, recognised);
  const expected = target === null ? null : expectedShare(metric.targets, baseline(key, metric.id), ctx.asOf);
  const status = statusOf(value, gap, expected);
  const place = placeName(key, plan.scope.label);
  return {
    metric: metric.id,
    label: metric.label,
    registered,
    recognised,
    population,
    populationComplete: column === undefined || !incomplete.has(`${metric.id}\u0000${key}`),
    denominator: {
      source: column === undefined ? 'rows' : 'population',
      value: den,
      ...(fallback ? { fallback } : {}),
    },
    value,
    target,
    expected,
    gap,
    status,
    message: progressMessage({ place, noun: metric.noun, target, value, gap }),
  };
};

/**
 * Progress of every unit against the plan's targets on a date: population, registered,
 * recognised, the rate against the denominator the metric names (the population when a table
 * is given, never only those who registered), the target in force, the gap in people, and a
 * status against a straight path from the baseline to the target.
 *
 * @param agg - the (merged) aggregate of the plan
 * @param plan - the loaded plan
 * @param options - report date, baseline, population table
 * @returns the report, units in hierarchy order
 * @throws CdhtError `plan_mismatch` when the aggregate is of another plan or version
 * @example computeProgress(a, konRay, { asOf: '2025-06-30', population }).units[0]?.metrics[0]?.message.vi
 * @category Progress
 */
export function computeProgress(agg: Aggregate, plan: Plan, options: ProgressOptions): ProgressReport {
  if (agg.plan !== plan.ref)
    throw new CdhtError([
      toolingIssue('plan_mismatch', ['plan'], { kind: 'progress', plan: plan.ref, aggregate: agg.plan }),
    ]);
  const counts = rollUp(agg);
  const pop =
    options.population === undefined
      ? undefined
      : Array.isArray(options.population)
        ? rollUpPopulation(options.population, plan, { asOf: agg.asOf, mappings: options.mappings })
        : (options.population as PopulationTotals);
  const incomplete = pop ? coverage(agg, plan, pop) : new Set<string>();
  const ctx: ReportContext = {
    plan,
    asOf: options.asOf,
    pop,
    incomplete,
    baseline: baselineLookup(options, plan),
    withoutPopulation: options.withoutPopulation,
  };
  const keys = new Set(['', ...Object.keys(counts), ...Object.keys(pop?.totals ?? {})]);
  const units = [...keys].sort(compareUnitKeys).map((key): UnitProgress => {
    const path = parseUnitKey(key);
    const last = path[path.length - 1];
    return {
      key,
      level: last?.level ?? null,
      name: last ? { vi: last.name, en: last.name } : plan.scope.label,
      parent: key === '' ? null : (unitAncestors(key)[1] ?? ''),
      depth: path.length,
      metrics: plan.metrics.map((m) => metricProgress(m, key, counts[key]?.[m.id], ctx)),
    };
  });
  const historical =
    plan.historical !== undefined && options.asOf > plan.historical.after ? plan.historical : undefined;
  return {
    plan: plan.ref,
    title: plan.title,
    asOf: options.asOf,
    rows: agg.rows,
    units,
    ...(historical === undefined ? {} : { historical }),
  };
}
