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
import { JsonSink } from './jsonSink.js';
import { type BlockSpace, lineBlocks, type NdjsonSource } from './ndjsonBlocks.js';
import { type BatchOptions, type ResolvedBatch, resolveBatch } from './options.js';
import { duplicate, periodText } from './pipeline.js';
import { SharedSlots } from './sharedSlots.js';
import { type TextBatchFormat, type TextBlock, type TitleOutcomes, textBlockOf } from './textBlock.js';
import { BLOCKS_PER_WORKER, startPool, type WorkerPool } from './workerPool.js';

/**
 * A block of {@link evaluateNdjsonText}'s results, in line order: the evaluations already
 * serialised (write `pieces` as they are), and a few columns per line for counting and rejects.
 *
 * @category Batch
 */
export interface TextBatchBlock {
  /**
   * The serialised evaluations of the block's evaluated lines, in order (UTF-8). With `reuseBlocks`,
   * valid until the next block is asked for.
   */
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
  /**
   * The memory of a block's `pieces` may be written over by a later block: set it when each block's
   * pieces are written (synchronously, as with `fs.writeSync`) or copied before the next block is
   * asked for. A run then uses the same few buffers block after block instead of new ones, which
   * the garbage collector would have to reclaim (a full collection every ~30 MB of them, with
   * workers). Default `false`: every block's pieces are its own.
   */
  readonly reuseBlocks?: boolean | undefined;
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
 * @example
 * // Written synchronously, each block's memory can serve the next one:
 * const options = { detail: 'summary', workers: 2, sources, reuseBlocks: true } as const;
 * for await (const block of evaluateNdjsonText(engine, 'in.ndjson', options)) {
 *   for (const bytes of block.pieces) writeSync(fd, bytes);
 * }
 * @category Batch
 */
export function evaluateNdjsonText(
  engine: Engine,
  source: NdjsonSource,
  options: TextBatchOptions = {},
): AsyncGenerator<TextBatchBlock> {
  return _evaluateNdjsonText(engine, source, options);
}

/** How {@link _evaluateNdjsonText} may run, beyond the public options. @internal */
export interface TextRun {
  /** At most this many blocks are evaluated by the calling thread while the workers start (tests pass 0). */
  readonly headStart?: number;
  /** Blocks in flight per worker (default {@link BLOCKS_PER_WORKER}; tests pass 1 to see slots used again). */
  readonly blocksPerWorker?: number;
  /** Bytes of an input slot and of an output slot (tests pass small ones, so blocks do not fit). */
  readonly slotBytes?: { readonly input: number; readonly output: number };
}

/**
 * {@link evaluateNdjsonText}, run as `run` says.
 *
 * @internal
 */
export function _evaluateNdjsonText(
  engine: Engine,
  source: NdjsonSource,
  options: TextBatchOptions,
  run: TextRun = {},
): AsyncGenerator<TextBatchBlock> {
  const format = options.output ?? 'ndjson';
  const batch = resolveBatch(engine, { ...options, detail: options.detail === 'summary' ? 'summary' : 'evaluation' });
  const reuse = options.reuseBlocks === true;
  const blocks =
    batch.workers === 0 ? textHere(batch, source, format, reuse) : textInWorkers(batch, source, format, run, reuse);
  return checked(batch, blocks);
}

/**
 * Input memory used again block after block: a block is evaluated before the next one is cut, and
 * its results never point into its bytes.
 */
function reusedSpace(): BlockSpace {
  let memory = new Uint8Array(0);
  return (size) => {
    if (memory.length < size) memory = new Uint8Array(Math.max(size, 2 * memory.length));
    return { slot: 0, bytes: memory.subarray(0, size) };
  };
}

async function* textHere(
  batch: ResolvedBatch,
  source: NdjsonSource,
  format: TextBatchFormat,
  reuse: boolean,
): AsyncGenerator<TextBlock> {
  const evaluator = recordEvaluator(batch.target, batch.settings);
  const decoder = new TextDecoder();
  // With `reuseBlocks`, each block's results are written where the previous block's were (the
  // caller has written those): no fresh buffer a block.
  const sink = reuse ? new JsonSink(INPUT_SLOT) : undefined;
  for await (const block of lineBlocks(source, batch.file, reusedSpace())) {
    sink?.restart(sink.bytes);
    yield textBlockOf(evaluator, block, format, decoder, sink);
  }
}

/** Bytes of an input slot: a block is ~256–512 KB of lines (cut after each 256 KB read); larger ones get their own buffer. */
const INPUT_SLOT = 1 << 20;
/** Bytes of an output slot: summaries of a block take ~0.35 MB, full evaluations more; pages never written cost nothing. */
const OUTPUT_SLOT = 4 << 20;

async function* textInWorkers(
  batch: ResolvedBatch,
  source: NdjsonSource,
  format: TextBatchFormat,
  run: TextRun,
  reuse: boolean,
): AsyncGenerator<TextBlock> {
  // Each worker loads the library and compiles the frameworks before its first block (~0.5 s):
  // meanwhile this thread evaluates the first blocks itself, with the evaluator it would use
  // without workers (the same bytes), up to the blocks it would have in flight. Nothing is
  // yielded before the workers are up, so a pool that fails to start fails the batch first.
  const limit = batch.workers * (run.blocksPerWorker ?? BLOCKS_PER_WORKER);
  // Blocks in flight, plus the one being cut (input) or the one the caller holds (output).
  const input = new SharedSlots(limit + 1, run.slotBytes?.input ?? INPUT_SLOT);
  const output = new SharedSlots(limit + 1, run.slotBytes?.output ?? OUTPUT_SLOT);
  const shared = { input: input.memory, inputSize: input.size, output: output.memory, outputSize: output.size };
  const space: BlockSpace = (size) => {
    const slot = size <= input.size ? input.take() : -1;
    return slot < 0 ? undefined : { slot, bytes: input.view(slot, size) };
  };
  const starting = startPool(batch, shared);
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
  const queue: { readonly block: Promise<TextBlock>; readonly out: number }[] = [];
  const ahead = Math.min(limit, run.headStart ?? Number.POSITIVE_INFINITY);
  let lent = -1; // the output slot of the block the caller holds
  /** The next block in order, its bytes read from its output slot when the worker wrote them there. */
  const next = async (): Promise<TextBlock> => {
    const { block, out } = queue.shift() as (typeof queue)[number];
    const b = await block;
    if (b.shared === undefined) {
      output.give(out);
      return b;
    }
    const view = output.view(out, b.shared);
    if (reuse) {
      lent = out;
      return { ...b, bytes: view };
    }
    output.give(out);
    return { ...b, bytes: view.slice() };
  };
  /** The caller asked for the next block: it is done with the one it held. */
  const returned = (): void => {
    output.give(lent);
    lent = -1;
  };
  try {
    for await (const block of lineBlocks(source, batch.file, space)) {
      if (pool === undefined && !failed && queue.length < ahead) {
        here ??= { evaluator: recordEvaluator(batch.target, batch.settings), decoder: new TextDecoder() };
        queue.push({ block: Promise.resolve(textBlockOf(here.evaluator, block, format, here.decoder)), out: -1 });
        input.give(block.slot);
        continue;
      }
      const running = pool ?? (await starting);
      const { bytes, lines, rejected, slot } = block;
      const out = output.take();
      const task = {
        bytes: slot < 0 ? bytes : undefined,
        slot,
        length: bytes.length,
        lines,
        rejected,
        text: format,
        out,
      };
      const transfer = [lines.buffer as ArrayBuffer];
      if (slot < 0) transfer.push(bytes.buffer as ArrayBuffer);
      const p = running.runText(task, transfer);
      // The worker has read the input slot once it answers.
      p.then(
        () => input.give(slot),
        () => undefined, // awaited below, in order; this only silences an early rejection
      );
      queue.push({ block: p, out });
      if (queue.length >= limit) {
        yield await next();
        returned();
      }
    }
    await starting;
    while (queue.length > 0) {
      yield await next();
      returned();
    }
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
