import { type Aggregate, aggregate, createEmptyAggregate, mergeAggregates, type Plan } from '../index.js';
import { readJsonRows } from '../node.js';

const BATCH = 10_000;

/**
 * Aggregates evaluation and fact-row files against a plan in batches, merging partial
 * aggregates, so memory grows with the number of units, not of rows.
 *
 * @param files - NDJSON or JSON files of evaluations and fact rows
 * @param plan - the plan
 * @param onRow - called for every row (after it is counted), e.g. to collect recognitions
 * @returns the merged aggregate (its `rows` tally counts every row read)
 */
export async function aggregateFiles(
  files: readonly string[],
  plan: Plan,
  onRow?: (row: unknown) => void,
): Promise<Aggregate> {
  let total = createEmptyAggregate(plan);
  let batch: unknown[] = [];
  const flush = (): void => {
    if (batch.length === 0) return;
    total = mergeAggregates([total, aggregate(batch, plan)]);
    batch = [];
  };
  for (const file of files) {
    for await (const r of readJsonRows(file)) {
      // A row that is not JSON still counts: as null, which the aggregate tallies as rejected.
      const row = 'value' in r ? r.value : null;
      batch.push(row);
      onRow?.(row);
      if (batch.length >= BATCH) flush();
    }
  }
  flush();
  return total;
}
