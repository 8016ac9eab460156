import type { Framework, Title } from '../format/framework.js';

/**
 * A framework's maximum: the sum of its indicators' points.
 *
 * @internal
 */
export function maximumOf(framework: Framework): number {
  return framework.criteria.reduce((s, c) => s + c.indicators.reduce((t, i) => t + i.points, 0), 0);
}

/**
 * The least total a title accepts: its `total`, or its `totalShare` of the maximum when higher, so a
 * share keeps its meaning when a child framework changes the maximum.
 *
 * @internal
 */
export function leastTotalOf(requirements: Title['requirements'], max: number): number {
  return Math.max(requirements.total ?? 0, (requirements.totalShare ?? 0) * max);
}
