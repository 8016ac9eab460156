/**
 * The ordered pipeline every batch run shares: blocks of items from this thread or from workers,
 * put back in input order, the duplicate check applied in that order, then handed out item by item.
 *
 * @module
 * @internal
 */
import type { Issue } from '../../errors/issue.js';
import { toolingIssue } from '../../errors/toolingIssue.js';
import { SeenKeys } from '../readers/seenKeys.js';
import type { BatchItem } from './batchCore.js';
import type { ResolvedBatch } from './options.js';

/**
 * Yields the item blocks of tasks in submission order, keeping at most `limit` tasks in flight,
 * and numbers their items across the whole input.
 *
 * @internal
 */
export async function* ordered(
  tasks: AsyncIterable<() => Promise<BatchItem[]>>,
  limit: number,
): AsyncGenerator<BatchItem[]> {
  const queue: Promise<BatchItem[]>[] = [];
  let base = 0;
  const settle = async (p: Promise<BatchItem[]>): Promise<BatchItem[]> => {
    const items = await p;
    // Workers number items within their block; the position in the whole input is known only here.
    for (const item of items) (item as { index: number }).index += base;
    base += items.length;
    return items;
  };
  for await (const start of tasks) {
    const p = start();
    p.catch(() => undefined); // awaited below, in order; this only silences an early rejection
    queue.push(p);
    if (queue.length >= limit) yield await settle(queue.shift() as Promise<BatchItem[]>);
  }
  while (queue.length > 0) yield await settle(queue.shift() as Promise<BatchItem[]>);
}

/** A period as a duplicate's message writes it: `2025`, or `from..to`. @internal */
export function periodText(from: string, to: string): string {
  const year = from.slice(0, 4);
  return from === `${year}-01-01` && to === `${year}-12-31` ? year : `${from}..${to}`;
}

/** The issue of a second record of the same person and period. @internal */
export function duplicate(id: string, period: string, item: Pick<BatchItem, 'row'>, first: number): Issue {
  return toolingIssue('duplicate_record', ['id'], { id, period, first, at: item.row === undefined ? 'record' : 'row' });
}

/**
 * Rejects, in input order, a second evaluated record of the same person and period
 * (`duplicate_record`): the first record evaluated wins. Keys are the id and the resolved period,
 * so `"2025"` and `{ from: "2025-01-01", to: "2025-12-31" }` are the same period.
 *
 * @returns a function replacing duplicates in a block of items, in place
 * @internal
 */
export function duplicateCheck(): (items: BatchItem[]) => void {
  const seen = new SeenKeys();
  return (items) => {
    for (let k = 0; k < items.length; k++) {
      const item = items[k] as BatchItem;
      const period = item.evaluation?.period ?? item.score?.period;
      const id = item.id;
      if (period === undefined || id === undefined) continue;
      const first = seen.add(id, period.from, period.to, item.row ?? item.index + 1);
      if (first === 0) continue;
      const text = periodText(period.from, period.to);
      items[k] = { index: item.index, row: item.row, id, issues: [duplicate(id, text, item, first)] };
    }
  };
}

/**
 * Item by item over blocks of items: one settled promise per item instead of a chain of async
 * generators, which would cost more than evaluating a lean record.
 *
 * @internal
 */
export function flatten(
  blocks: AsyncGenerator<BatchItem[]>,
  each?: (items: BatchItem[]) => void,
): AsyncGenerator<BatchItem> {
  let buffer: BatchItem[] = [];
  let at = 0;
  const done = { done: true, value: undefined } as const;
  const iterator: AsyncGenerator<BatchItem> = {
    async next() {
      while (at >= buffer.length) {
        const r = await blocks.next();
        if (r.done === true) return done;
        buffer = r.value;
        each?.(buffer);
        at = 0;
      }
      return { done: false, value: buffer[at++] as BatchItem };
    },
    async return() {
      buffer = [];
      await blocks.return(undefined);
      return done;
    },
    async throw(error: unknown) {
      buffer = [];
      await blocks.return(undefined);
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}

/**
 * The items of a batch, one by one in input order: duplicates checked when asked, the file named
 * in the issues of rejected records.
 *
 * @internal
 */
export function batchItems(batch: ResolvedBatch, blocks: AsyncGenerator<BatchItem[]>): AsyncGenerator<BatchItem> {
  const duplicates = batch.duplicates ? duplicateCheck() : undefined;
  const file = batch.file;
  return flatten(
    blocks,
    duplicates === undefined && file === undefined
      ? undefined
      : (items) => {
          duplicates?.(items);
          if (file === undefined) return;
          for (let k = 0; k < items.length; k++) {
            const item = items[k] as BatchItem;
            if (item.issues !== undefined) items[k] = { ...item, issues: item.issues.map((i) => ({ ...i, file })) };
          }
        },
  );
}
