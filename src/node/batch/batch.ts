import type { Engine } from '../../engine.js';
import { type BatchItem, recordEvaluator } from './batchCore.js';
import { lineBlocks, type NdjsonSource, withRejected } from './ndjsonBlocks.js';
import { evaluateLines } from './ndjsonLines.js';
import { type BatchOptions, type ResolvedBatch, resolveBatch } from './options.js';
import { batchItems, ordered } from './pipeline.js';
import { BLOCKS_PER_WORKER, startPool } from './workerPool.js';

/**
 * Evaluates many records, in this thread or across worker threads, yielding one item per record
 * in input order. Each record goes through the same front door as `engine.evaluate` (shape, then
 * evidence against the framework chosen for it) and is evaluated, or rejected with its issues;
 * a second record of the same person and period is rejected as `duplicate_record`. Memory stays
 * flat: at most two messages per worker are in flight, and the input is read only as fast as
 * results are consumed.
 *
 * @param engine - the engine, frameworks loaded (plugins included)
 * @param records - evidence records as parsed from JSON
 * @param options - framework, date, workers, detail, duplicate check
 * @returns the results, in input order
 * @throws CdhtError `invalid_as_of`, `unknown_framework` (a `framework` object not loaded),
 *   `batch_sources_required` or `batch_plugins_required` at once; iteration rejects with
 *   `batch_worker_failed` or `batch_plugins_required` when a worker cannot start
 * @example
 * for await (const item of evaluateBatch(engine, records, { workers: 2, sources, detail: 'score' })) {
 *   if (item.score) tally(item.score); else console.error(item.index, item.issues);
 * }
 * @category Batch
 */
export function evaluateBatch(
  engine: Engine,
  records: Iterable<unknown> | AsyncIterable<unknown>,
  options: BatchOptions = {},
): AsyncGenerator<BatchItem> {
  const batch = resolveBatch(engine, options);
  return batchItems(
    batch,
    batch.workers === 0 ? recordBlocksHere(batch, records) : recordBlocksInWorkers(batch, records, options),
  );
}

async function* recordBlocksHere(
  batch: ResolvedBatch,
  records: Iterable<unknown> | AsyncIterable<unknown>,
): AsyncGenerator<BatchItem[]> {
  const evaluator = recordEvaluator(batch.target, batch.settings);
  let index = 0;
  if (Symbol.iterator in records) {
    let block: BatchItem[] = [];
    for (const record of records) {
      block.push(evaluator.evaluate(record, index++));
      if (block.length >= 1000) {
        yield block;
        block = [];
      }
    }
    if (block.length > 0) yield block;
    return;
  }
  for await (const record of records) yield [evaluator.evaluate(record, index++)];
}

async function* recordBlocksInWorkers(
  batch: ResolvedBatch,
  records: Iterable<unknown> | AsyncIterable<unknown>,
  options: BatchOptions,
): AsyncGenerator<BatchItem[]> {
  const size = Math.max(1, options.chunkSize ?? 1000);
  const pool = await startPool(batch);
  try {
    async function* tasks(): AsyncGenerator<() => Promise<BatchItem[]>> {
      let chunk: unknown[] = [];
      for await (const record of records) {
        chunk.push(record);
        if (chunk.length >= size) {
          const records = chunk;
          chunk = [];
          yield () => pool.run({ records });
        }
      }
      if (chunk.length > 0) yield () => pool.run({ records: chunk });
    }
    yield* ordered(tasks(), batch.workers * 2);
  } finally {
    await pool.close();
  }
}

/**
 * Evaluates an NDJSON source (a file path, or chunks of bytes or text) one line per record, yielding
 * items in line order with their line numbers (`row`); blank lines are skipped, a line that is not
 * JSON yields `invalid_json`. Records are validated, evaluated and checked for duplicates as by
 * {@link evaluateBatch}. With workers, raw bytes go to the threads, which parse as well as
 * evaluate: that is where most of the speed-up comes from.
 *
 * @param engine - the engine, frameworks loaded
 * @param source - a file path, or an (async) iterable of bytes or text chunks
 * @param options - as for {@link evaluateBatch}
 * @returns the results, in line order
 * @category Batch
 */
export function evaluateNdjson(
  engine: Engine,
  source: NdjsonSource,
  options: BatchOptions = {},
): AsyncGenerator<BatchItem> {
  const batch = resolveBatch(engine, options);
  return batchItems(
    batch,
    batch.workers === 0 ? ndjsonBlocksHere(batch, source) : ndjsonBlocksInWorkers(batch, source),
  );
}

async function* ndjsonBlocksHere(batch: ResolvedBatch, source: NdjsonSource): AsyncGenerator<BatchItem[]> {
  const evaluator = recordEvaluator(batch.target, batch.settings);
  const decoder = new TextDecoder();
  let index = 0;
  for await (const block of lineBlocks(source, batch.file)) {
    const items = withRejected(evaluateLines(evaluator, block.bytes, block.lines, index, decoder), block, index);
    index += items.length;
    yield items;
  }
}

async function* ndjsonBlocksInWorkers(batch: ResolvedBatch, source: NdjsonSource): AsyncGenerator<BatchItem[]> {
  const pool = await startPool(batch);
  try {
    async function* tasks(): AsyncGenerator<() => Promise<BatchItem[]>> {
      for await (const block of lineBlocks(source, batch.file)) {
        // Lines rejected while cutting stay here and are put back in their place.
        const task = { bytes: block.bytes, lines: block.lines };
        yield async () =>
          withRejected(
            await pool.run(task, [block.bytes.buffer as ArrayBuffer, block.lines.buffer as ArrayBuffer]),
            block,
            0,
          );
      }
    }
    yield* ordered(tasks(), batch.workers * BLOCKS_PER_WORKER);
  } finally {
    await pool.close();
  }
}
