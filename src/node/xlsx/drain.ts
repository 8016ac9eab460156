import type { Writable } from 'node:stream';

/**
 * Lets a streaming workbook's data flow out. exceljs's streaming writer buffers each sheet's XML
 * until the zip takes it, and the zip runs on the event loop: a loop that adds thousands of rows
 * without leaving it (only awaiting promises) keeps the whole sheet in memory. So every so many
 * rows the writer waits one turn of the event loop, and for the output to drain when it is full.
 *
 * @param out - the stream the workbook goes to
 * @returns when the output has room again (or has closed or failed: the writer then sees the error)
 * @internal
 */
export async function letDrain(out: Writable): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (!out.writableNeedDrain || out.destroyed) return;
  await new Promise<void>((resolve) => {
    const done = (): void => {
      out.off('drain', done);
      out.off('close', done);
      out.off('error', done);
      resolve();
    };
    out.once('drain', done);
    out.once('close', done);
    out.once('error', done);
  });
}

/** Rows written between two waits in {@link letDrain}. */
export const DRAIN_EVERY = 500;
