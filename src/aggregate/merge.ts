import { CdhtError } from '../errors/issue.js';
import { toolingIssue } from '../errors/toolingIssue.js';
import type { EntryVerification } from '../format/units.js';
import type { Aggregate } from './aggregate.js';
import { canonicalAggregate } from './aggregate.js';
import { addCounts, type CountTable, emptyTable } from './countTable.js';

/**
 * Merges partial aggregates of one plan by adding counts key by key. Associative and
 * commutative, with {@link createEmptyAggregate} as identity: communes can send theirs up, and work
 * can be split across workers or machines in any order.
 *
 * @param parts - partial aggregates of the same plan (at least one)
 * @returns their sum
 * @throws CdhtError `plan_mismatch` when the parts come from different plans
 * @example mergeAggregates([dakRuong, dakKoi]).counts
 * @category Aggregation
 */
export function mergeAggregates(parts: readonly [Aggregate, ...Aggregate[]]): Aggregate {
  const plan = parts[0].plan;
  const asOf = parts[0].asOf;
  const counts: CountTable = emptyTable();
  const rejected: Record<string, number> = {};
  const mapped: Partial<Record<EntryVerification, number>> = {};
  let read = 0;
  let placed = 0;
  for (const [index, part] of parts.entries()) {
    if (part.plan !== plan)
      throw new CdhtError([toolingIssue('plan_mismatch', [index, 'plan'], { kind: 'merge', plan, other: part.plan })]);
    // Counts kept under the units of different dates have different keys: adding them would mix units.
    if (part.asOf !== asOf)
      throw new CdhtError([
        toolingIssue('plan_mismatch', [index, 'asOf'], {
          kind: 'units',
          plan,
          asOf: asOf ?? null,
          other: part.asOf ?? null,
        }),
      ]);
    read += part.rows.read;
    placed += part.rows.placed;
    for (const [code, n] of Object.entries(part.rows.rejected)) rejected[code] = (rejected[code] ?? 0) + n;
    for (const [v, n] of Object.entries(part.rows.mapped ?? {}) as [EntryVerification, number][])
      mapped[v] = (mapped[v] ?? 0) + n;
    for (const [key, metrics] of Object.entries(part.counts)) addCounts(counts, key, metrics);
  }
  return canonicalAggregate(plan, counts, { read, placed, rejected, mapped }, asOf);
}
