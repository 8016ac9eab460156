/**
 * NDJSON evaluated straight to output bytes: the path of `cdht evaluate` on NDJSON. Blocks of lines
 * are parsed, validated, evaluated and serialised in this thread or in workers (bytes in, bytes
 * out); the calling thread only cuts blocks, checks duplicates in order and hands the bytes on.
 *
 * @module
 * @internal
 */
import type { Engine } from '../../engine.js';
import type { Issue } from '../../errors/issue.js';
import { SeenKeys } from '../readers/seenKeys.js';
import { type BatchDetail, type RecordEvaluator, recordEvaluator } from './batchCore.js';
import { lineBlocks, type NdjsonSource } from './ndjsonBlocks.js';
import { type BatchOptions, type ResolvedBatch, resolveBatch } from './options.js';
import { duplicate, periodText } from './pipeline.js';
import { type TextBatchFormat, type TextBlock, type TitleOutcomes, textBlockOf } from './textBlock.js';
import { BLOCKS_PER_WORKER, startPool, type WorkerPool } from './workerPool.js';

/**
 * A block of {@link evaluateNdjsonText}'s results, in line order: the evaluations already
 * serialised (write `pieces` as they are), and a few columns per line for counting and rejects.
 *
 * @category Batch
 */
export interface TextBatchBlock {
  /** The serialised evaluations of the block's evaluated lines, in order (UTF-8). */
  readonly pieces: readonly Uint8Array[];
  /** Lines in the block (evaluated and rejected; blank lines are not counted). */
  readonly count: number;
  /** Per line k < count: its 1-based line number in the source. */
  readonly rows: Int32Array;
  /** Per line: the person's id, when the line gives one as text. */
  readonly ids: readonly (string | undefined)[];
  /** Per line: 0 evaluated, 1 evaluated with warnings, 2 rejected. */
  readonly kinds: Uint8Array;
  /** Per evaluated line: its title decisions, as an index into `outcomes` (-1 when rejected). */
  readonly outcomeOf: Int32Array;
  /** The distinct title decisions of the block: `{ id, decision }` per title, in title order. */
  readonly outcomes: readonly TitleOutcomes[];
  /** The issues of every rejected line, by its position in the block (file named when known). */
  readonly issues: ReadonlyMap<number, readonly Issue[]>;
}

/** Options of {@link evaluateNdjsonText}. @category Batch */
export interface TextBatchOptions extends Omit<BatchOptions, 'detail'> {
  /** Full evaluations (default) or their summaries (see {@link BatchDetail}). */
  readonly detail?: Exclude<BatchDetail, 'score'> | undefined;
  /** `ndjson` (default): one line per evaluation; `json`: each evaluation preceded by `,\n`, for a JSON array. */
  readonly output?: TextBatchFormat | undefined;
}

/**
 * Evaluates NDJSON as {@link evaluateNdjson} does — the same reading, front door, evaluation and
 * duplicate rule, results in line order — and yields the evaluations serialised, block by block:
 * the path of `cdht evaluate` on NDJSON. With workers, each worker parses, validates, evaluates and
 * serialises whole blocks of lines (bytes in, bytes out); this thread only cuts blocks, checks
 * duplicates in order and hands the bytes on. The bytes are the same for any number of workers.
 *
 * @param engine - the engine, frameworks loaded
 * @param source - a file path, or chunks of bytes or text
 * @param options - as for {@link evaluateNdjson}, plus `output`
 * @returns the blocks, in line order
 * @throws CdhtError as {@link evaluateNdjson}
 * @example
 * for await (const block of evaluateNdjsonText(engine, 'in.ndjson', { detail: 'summary', workers: 2, sources })) {
 *   for (const bytes of block.pieces) out.write(bytes);
 * }
 * @category Batch
 */
export function evaluateNdjsonText(
  engine: Engine,
  source: NdjsonSource,
  options: TextBatchOptions = {},
): AsyncGenerator<TextBatchBlock> {
  return _evaluateNdjsonText(engine, source, options, Number.POSITIVE_INFINITY);
}

/**
 * {@link evaluateNdjsonText}, with at most `headStart` blocks evaluated by the calling thread
 * while the workers start (tests pass 0 to have the workers evaluate every block).
 *
 * @internal
 */
export function _evaluateNdjsonText(
  engine: Engine,
  source: NdjsonSource,
  options: TextBatchOptions,
  headStart: number,
): AsyncGenerator<TextBatchBlock> {
  const format = options.output ?? 'ndjson';
  const batch = resolveBatch(engine, { ...options, detail: options.detail === 'summary' ? 'summary' : 'evaluation' });
  const blocks =
    batch.workers === 0 ? textHere(batch, source, format) : textInWorkers(batch, source, format, headStart);
  return checked(batch, blocks);
}

async function* textHere(
  batch: ResolvedBatch,
  source: NdjsonSource,
  format: TextBatchFormat,
): AsyncGenerator<TextBlock> {
  const evaluator = recordEvaluator(batch.target, batch.settings);
  const decoder = new TextDecoder();
  for await (const block of lineBlocks(source, batch.file)) {
    yield textBlockOf(evaluator, block, format, decoder);
  }
}

async function* textInWorkers(
  batch: ResolvedBatch,
  source: NdjsonSource,
  format: TextBatchFormat,
  headStart: number,
): AsyncGenerator<TextBlock> {
  // Each worker loads the library and compiles the frameworks before its first block (~0.5 s):
  // meanwhile this thread evaluates the first blocks itself, with the evaluator it would use
  // without workers (the same bytes), up to the blocks it would have in flight. Nothing is
  // yielded before the workers are up, so a pool that fails to start fails the batch first.
  const starting = startPool(batch);
  let pool: WorkerPool | undefined;
  let failed = false;
  starting.then(
    (p) => {
      pool = p;
    },
    () => {
      failed = true;
    },
  );
  let here: { evaluator: RecordEvaluator; decoder: InstanceType<typeof TextDecoder> } | undefined;
  const queue: Promise<TextBlock>[] = [];
  const limit = batch.workers * BLOCKS_PER_WORKER;
  const ahead = Math.min(limit, headStart);
  try {
    for await (const block of lineBlocks(source, batch.file)) {
      if (pool === undefined && !failed && queue.length < ahead) {
        here ??= { evaluator: recordEvaluator(batch.target, batch.settings), decoder: new TextDecoder() };
        queue.push(Promise.resolve(textBlockOf(here.evaluator, block, format, here.decoder)));
        continue;
      }
      const running = pool ?? (await starting);
      const task = { bytes: block.bytes, lines: block.lines, rejected: block.rejected, text: format };
      const p = running.runText(task, [block.bytes.buffer as ArrayBuffer, block.lines.buffer as ArrayBuffer]);
      p.catch(() => undefined); // awaited below, in order; this only silences an early rejection
      queue.push(p);
      if (queue.length >= limit) yield await (queue.shift() as Promise<TextBlock>);
    }
    await starting;
    while (queue.length > 0) yield await (queue.shift() as Promise<TextBlock>);
  } finally {
    await starting.then(
      (p) => p.close(),
      () => undefined,
    );
  }
}

/** The duplicate rule applied in line order, the file named in the issues. */
async function* checked(batch: ResolvedBatch, blocks: AsyncGenerator<TextBlock>): AsyncGenerator<TextBatchBlock> {
  const seen = batch.duplicates ? new SeenKeys() : undefined;
  const file = batch.file;
  const named = (issues: readonly Issue[]): readonly Issue[] =>
    file === undefined ? issues : issues.map((i) => ({ ...i, file }));
  for await (const b of blocks) {
    const issues = new Map<number, readonly Issue[]>();
    for (const [k, list] of b.issues) issues.set(k, named(list));
    const pieces: Uint8Array[] = [];
    let cursor = 0;
    if (seen !== undefined) {
      for (let k = 0; k < b.count; k++) {
        const id = b.ids[k];
        const p = b.periods[b.periodOf[k] as number];
        if (b.kinds[k] === 2 || id === undefined || p === undefined) continue;
        const row = b.rows[k] as number;
        const first = seen.add(id, p.from, p.to, row);
        if (first === 0) continue;
        b.kinds[k] = 2;
        issues.set(k, named([duplicate(id, periodText(p.from, p.to), { row }, first)]));
        const start = k === 0 ? 0 : (b.ends[k - 1] as number);
        if (start > cursor) pieces.push(b.bytes.subarray(cursor, start));
        cursor = b.ends[k] as number;
      }
    }
    if (b.bytes.length > cursor) pieces.push(b.bytes.subarray(cursor));
    const { count, rows, ids, kinds, outcomeOf, outcomes } = b;
    yield { pieces, count, rows, ids, kinds, outcomeOf, outcomes, issues };
  }
}
