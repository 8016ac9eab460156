import type { Engine } from '../../engine.js';
import { CdhtError, issue } from '../../errors/issue.js';
import type { CompiledFramework } from '../../framework/compileFramework.js';
import type { FrameworkInput } from '../../framework/load.js';
import {
  type BatchDetail,
  type BatchItem,
  type BatchSettings,
  type RecordEvaluator,
  recordEvaluator,
} from './batchCore.js';
import { evaluateLines, lineBlocks, type NdjsonSource } from './ndjsonLines.js';
import type { WorkerInit } from './worker.js';
import { startPool, type WorkerPool } from './workerPool.js';

/** Options of {@link evaluateBatch} and {@link evaluateNdjson}. @category Batch */
export interface BatchOptions {
  /** Worker threads (default 0: evaluate in the calling thread). With an engine as target, needs `sources`. */
  readonly workers?: number | undefined;
  /** Evaluation date `yyyy-MM-dd`; defaults to the last day of each record's period. */
  readonly asOf?: string | undefined;
  /** Keep per-indicator explanations (default false in batches). */
  readonly explain?: boolean | undefined;
  /** Compute gaps to titles not awarded (default true; ignored with `detail: 'score'`). */
  readonly gap?: boolean | undefined;
  /** `evaluation` (default): full evaluations; `score`: lean scores (`BatchScore`), much faster. */
  readonly detail?: BatchDetail | undefined;
  /** Evaluate every record against this framework id (version in force on the date), even one naming another. */
  readonly framework?: string | undefined;
  /**
   * The framework files the engine was loaded with, for workers to load again (workers cannot
   * share the engine). Required when `workers > 0` and the target is an engine; a compiled
   * framework is sent to the workers as it is.
   */
  readonly sources?: readonly FrameworkInput[] | undefined;
  /**
   * Module specifiers (absolute paths, file URLs or package names) whose `plugin` or default export
   * is a plugin of the engine: workers import them. Plugins passed as objects cannot cross threads.
   */
  readonly plugins?: readonly string[] | undefined;
  /** Records per message to a worker (default 1,000); NDJSON is sent in blocks of about 256 KB. */
  readonly chunkSize?: number | undefined;
}

/** What a batch evaluates with: an engine (frameworks chosen per record) or one compiled framework. @category Evaluation */
export type BatchTarget = Engine | CompiledFramework;

function isCompiled(target: BatchTarget): target is CompiledFramework {
  return 'indicators' in target && 'framework' in target;
}

function settingsOf(target: BatchTarget, options: BatchOptions): BatchSettings {
  return {
    asOf: options.asOf,
    explain: options.explain,
    gap: options.gap,
    detail: options.detail,
    framework: options.framework,
    fixed: isCompiled(target) ? { id: target.framework.id, version: target.framework.version } : undefined,
  };
}

function workerCount(target: BatchTarget, options: BatchOptions): number {
  const n = Math.floor(options.workers ?? 0);
  if (n <= 0) return 0;
  if (options.sources === undefined && !isCompiled(target)) {
    throw new CdhtError([
      issue(
        'batch_sources_required',
        ['sources'],
        'chạy song song cần các tệp bộ tiêu chí (sources) để nạp lại trong từng luồng',
        'worker threads need the framework files (sources) to load them again',
      ),
    ]);
  }
  const extra = isCompiled(target) ? 0 : target.plugins.length - 1;
  if (extra > (options.plugins?.length ?? 0)) {
    throw new CdhtError([
      issue(
        'batch_plugins_required',
        ['plugins'],
        'engine có plugin: hãy truyền đường dẫn mô-đun của chúng (plugins) để các luồng nạp lại',
        'the engine has plugins: pass their module specifiers (plugins) so workers can import them',
      ),
    ]);
  }
  return n;
}

function initOf(target: BatchTarget, options: BatchOptions, settings: BatchSettings): WorkerInit {
  return {
    sources: isCompiled(target) ? [] : (options.sources ?? []),
    framework: isCompiled(target) ? target.framework : undefined,
    plugins: options.plugins ?? [],
    settings: isCompiled(target) ? { ...settings, fixed: undefined } : settings,
  };
}

function localEvaluator(target: BatchTarget, settings: BatchSettings): RecordEvaluator {
  return recordEvaluator(target, settings);
}

/** Yields the item blocks of tasks in submission order, keeping at most `limit` tasks in flight. */
async function* ordered(tasks: AsyncIterable<() => Promise<BatchItem[]>>, limit: number): AsyncGenerator<BatchItem[]> {
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

/**
 * Item by item over blocks of items: one settled promise per item instead of a chain of async
 * generators, which would cost more than evaluating a lean record.
 */
function flatten(blocks: AsyncGenerator<BatchItem[]>): AsyncGenerator<BatchItem> {
  let buffer: BatchItem[] = [];
  let at = 0;
  const done = { done: true, value: undefined } as const;
  const iterator: AsyncGenerator<BatchItem> = {
    async next() {
      while (at >= buffer.length) {
        const r = await blocks.next();
        if (r.done === true) return done;
        buffer = r.value;
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
 * Evaluates many records, in this thread or across worker threads, yielding one item per record
 * in input order. Memory stays flat: at most two messages per worker are in flight, and the input
 * is read only as fast as results are consumed.
 *
 * @param target - an engine (each record's framework chosen as `engine.evaluate` does, or
 *   `options.framework`) or one compiled framework (every record evaluated against it)
 * @param records - evidence records (validated like `engine.evaluate`; invalid ones yield issues)
 * @param options - workers, date, detail
 * @returns the results, in input order
 * @throws CdhtError `batch_sources_required` or `batch_plugins_required` at once; iteration
 *   rejects with `batch_worker_failed` when a worker cannot start or load the frameworks
 * @example
 * for await (const item of evaluateBatch(engine, records, { workers: 2, sources, detail: 'score' })) {
 *   if (item.score) tally(item.score);
 * }
 * @category Batch
 */
export function evaluateBatch(
  target: BatchTarget,
  records: Iterable<unknown> | AsyncIterable<unknown>,
  options: BatchOptions = {},
): AsyncGenerator<BatchItem> {
  const settings = settingsOf(target, options);
  const workers = workerCount(target, options);
  return flatten(
    workers === 0
      ? recordBlocksHere(target, records, settings)
      : recordBlocksInWorkers(target, records, options, settings, workers),
  );
}

async function* recordBlocksHere(
  target: BatchTarget,
  records: Iterable<unknown> | AsyncIterable<unknown>,
  settings: BatchSettings,
): AsyncGenerator<BatchItem[]> {
  const evaluator = localEvaluator(target, settings);
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
  target: BatchTarget,
  records: Iterable<unknown> | AsyncIterable<unknown>,
  options: BatchOptions,
  settings: BatchSettings,
  workers: number,
): AsyncGenerator<BatchItem[]> {
  const size = Math.max(1, options.chunkSize ?? 1000);
  const pool = await startPool(workers, initOf(target, options, settings));
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
    yield* ordered(tasks(), workers * 2);
  } finally {
    await pool.close();
  }
}

/**
 * Evaluates an NDJSON source (a file path, or chunks of bytes or text) one line per record, yielding
 * items in line order with their line numbers; blank lines are skipped, a line that is not JSON
 * yields `invalid_json`. With workers, raw bytes go to the threads, which parse as well as
 * evaluate: that is where most of the speed-up comes from.
 *
 * @param target - an engine or one compiled framework, as for {@link evaluateBatch}
 * @param source - a file path, or an (async) iterable of bytes or text chunks
 * @param options - as for {@link evaluateBatch}
 * @returns the results, in line order
 * @category Batch
 */
export function evaluateNdjson(
  target: BatchTarget,
  source: NdjsonSource,
  options: BatchOptions = {},
): AsyncGenerator<BatchItem> {
  const settings = settingsOf(target, options);
  const workers = workerCount(target, options);
  return flatten(
    workers === 0
      ? ndjsonBlocksHere(target, source, settings)
      : ndjsonBlocksInWorkers(target, source, options, settings, workers),
  );
}

async function* ndjsonBlocksHere(
  target: BatchTarget,
  source: NdjsonSource,
  settings: BatchSettings,
): AsyncGenerator<BatchItem[]> {
  const evaluator = localEvaluator(target, settings);
  const decoder = new TextDecoder();
  let index = 0;
  for await (const block of lineBlocks(source)) {
    const items = evaluateLines(evaluator, block.bytes, block.firstLine, index, decoder);
    index += items.length;
    yield items;
  }
}

async function* ndjsonBlocksInWorkers(
  target: BatchTarget,
  source: NdjsonSource,
  options: BatchOptions,
  settings: BatchSettings,
  workers: number,
): AsyncGenerator<BatchItem[]> {
  const pool: WorkerPool = await startPool(workers, initOf(target, options, settings));
  try {
    async function* tasks(): AsyncGenerator<() => Promise<BatchItem[]>> {
      for await (const block of lineBlocks(source)) {
        yield () => pool.run(block, [block.bytes.buffer as ArrayBuffer]);
      }
    }
    yield* ordered(tasks(), workers * 2);
  } finally {
    await pool.close();
  }
}
