import type { Aggregate } from './aggregate.js';
import type { Plan } from './plan.js';
import type { PopulationTotals } from './rollUp.js';
import { unitAncestors } from './unitKey.js';

/**
 * Orders unit keys parent first, siblings by name (Vietnamese collation, numbers by value:
 * Thôn 2 before Thôn 10).
 *
 * @param a - a unit key
 * @param b - another
 * @returns negative, zero or positive
 * @category Aggregation
 */
export function compareUnitKeys(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '') return -1;
  if (b === '') return 1;
  const pa = a.split('/');
  const pb = b.split('/');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const c = (pa[i] ?? '').localeCompare(pb[i] ?? '', 'vi', { numeric: true });
    if (c !== 0) return c;
  }
  return pa.length - pb.length;
}

/**
 * Units whose population total misses part of their rows: some unit below has counted rows
 * for a population metric but no population entry at, above or below it.
 *
 * @returns `${metricId}\0${unitKey}` for each such unit and metric
 * @internal
 */
export function coverage(agg: Aggregate, plan: Plan, pop: PopulationTotals): Set<string> {
  const entries = new Set(pop.entries);
  const out = new Set<string>();
  for (const [key, metrics] of Object.entries(agg.counts)) {
    for (const metric of plan.metrics) {
      if (metric.denominator === 'rows' || !metrics[metric.id]) continue;
      const column = metric.denominator.population;
      const chain = unitAncestors(key);
      const covered =
        pop.totals[key]?.[column] !== undefined ||
        chain.some((a) => entries.has(a) && pop.totals[a]?.[column] !== undefined);
      if (!covered) for (const a of chain) out.add(`${metric.id}\u0000${a}`);
    }
  }
  return out;
}
