import type { PeriodInput } from '../format/evidence.js';

/** A resolved evaluation period. */
export interface Period {
  readonly from: string;
  readonly to: string;
}

/**
 * Resolves a period as written in evidence: a year becomes 01/01–31/12 of that year.
 *
 * @param period - `"2024"` or `{ from, to }`
 * @returns the period with ISO dates
 * @example resolvePeriod('2024') // { from: '2024-01-01', to: '2024-12-31' }
 * @category Evaluation
 */
export function resolvePeriod(period: PeriodInput): Period {
  if (typeof period === 'string') return { from: `${period}-01-01`, to: `${period}-12-31` };
  return { from: period.from, to: period.to };
}
