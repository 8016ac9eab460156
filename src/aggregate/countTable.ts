/** Mutable counts while building an aggregate: unit key → metric id → { num, den }. @internal */
export type CountTable = Record<string, Record<string, { num: number; den: number }>>;

/**
 * Adds to one unit's counts of one metric, creating them at zero first.
 *
 * @internal
 */
export function addCount(table: CountTable, key: string, metric: string, num: number, den: number): void {
  let unit = table[key];
  if (unit === undefined) {
    unit = emptyTable();
    table[key] = unit;
  }
  const cell = unit[metric];
  if (cell === undefined) unit[metric] = { num, den };
  else {
    cell.num += num;
    cell.den += den;
  }
}

/**
 * Adds every count of a unit (`metric → { num, den }`) to a unit of the table.
 *
 * @internal
 */
export function addCounts(
  table: CountTable,
  key: string,
  metrics: Readonly<Record<string, { readonly num: number; readonly den: number }>>,
): void {
  for (const [metric, c] of Object.entries(metrics)) addCount(table, key, metric, c.num, c.den);
}

/**
 * A dictionary without a prototype: unit keys and metric ids come from files, and one named
 * `constructor` or `toString` must find nothing rather than Object.prototype's member.
 *
 * @internal
 */
export function emptyTable<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
