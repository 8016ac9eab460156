import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { Target } from '../format/plan.js';

/** A known value at a date: where the straight path to a target starts. */
export interface Baseline {
  /** `yyyy-MM-dd` */
  readonly date: string;
  /** 0…1 */
  readonly share: number;
}

/**
 * The target in force on a date: the first one dated on or after it, or the last one.
 *
 * @param targets - targets in date order
 * @param asOf - `yyyy-MM-dd`
 * @returns the target, or null when there are none
 * @example targetInForce([{ date: '2025-12-31', share: 0.4 }, { date: '2030-12-31', share: 0.6 }], '2026-01-01')?.share // 0.6
 * @category Progress
 */
export function targetInForce(targets: readonly Target[], asOf: string): Target | null {
  return targets.find((t) => t.date >= asOf) ?? targets[targets.length - 1] ?? null;
}

/**
 * The share expected on a date on a straight path from the baseline through each later target.
 * Between two points the path is a straight line by calendar days; before the baseline it is the
 * baseline, after the last target it is that target.
 *
 * @param targets - targets in date order
 * @param baseline - the starting point
 * @param asOf - `yyyy-MM-dd`
 * @returns the expected share
 * @example expectedShare([{ date: '2025-12-31', share: 0.4 }], { date: '2024-12-31', share: 0 }, '2025-07-02') // ≈ 0.2
 * @category Progress
 */
export function expectedShare(targets: readonly Target[], baseline: Baseline, asOf: string): number {
  const points: Baseline[] = [baseline, ...targets.filter((t) => t.date > baseline.date)];
  let previous = points[0] ?? baseline;
  if (asOf <= previous.date) return previous.share;
  for (const next of points.slice(1)) {
    if (asOf <= next.date) {
      const span = differenceInCalendarDays(parseISO(next.date), parseISO(previous.date));
      const done = differenceInCalendarDays(parseISO(asOf), parseISO(previous.date));
      return previous.share + ((next.share - previous.share) * done) / span;
    }
    previous = next;
  }
  return previous.share;
}

/**
 * People still needed to reach a share of a denominator: `ceil(share × den) − num`, never below 0.
 *
 * @param share - the target share
 * @param den - the denominator
 * @param num - people already counted
 * @returns the gap in people
 * @example peopleGap(0.4, 30, 10) // 2
 * @category Progress
 */
export function peopleGap(share: number, den: number, num: number): number {
  // Round first so 0.4 × 30 = 12.000000000000002 needs 12 people, not 13.
  const needed = Math.ceil(Math.round(share * den * 1e9) / 1e9);
  return Math.max(0, needed - num);
}
