import type { Engine } from '../../engine.js';
import type { Issue } from '../../errors/issue.js';
import type { EvidenceField } from '../../format/framework.js';
import { _readRows } from '../readers/read.js';
import { detectEvidenceFormat } from '../readers/source.js';
import type { _RawRow, EvidenceSource } from '../readers/types.js';
import { type BatchItem, type RecordEvaluator, recordEvaluator } from './batchCore.js';
import { _commonEvidence } from './commonEvidence.js';
import { type BatchOptions, type ResolvedBatch, resolveBatch } from './options.js';
import { batchItems, ordered } from './pipeline.js';
import { startPool } from './workerPool.js';

/**
 * Evaluates an evidence file or stream of any format the readers know — JSON, NDJSON, CSV, XLSX —
 * yielding one item per input row, in row order, with its row number (`row`): the batch behind
 * `cdht evaluate`. A row the reader cannot read (broken CSV, invalid JSON, bad encoding, a cap
 * passed) is an item with its issues; every other row goes through the same front door as
 * `engine.evaluate` and {@link evaluateBatch}, so `evaluated + rejected = rows read`, whatever
 * the number of worker threads.
 *
 * CSV and XLSX cells are typed by the declared evidence of `options.framework` when it names one
 * (the version in force on `asOf`, else the highest), else by the fields every loaded framework
 * declares alike; each record is then validated against the framework chosen for it.
 *
 * @param engine - the engine, frameworks loaded
 * @param source - a file path (format from its extension) or a stream of bytes (give `format`)
 * @param options - as for {@link evaluateBatch}, plus `format` and `file`
 * @returns the results, in row order
 * @throws CdhtError `unknown_format` and the options' errors at once; reading errors of the whole
 *   file reject the iteration
 * @example
 * for await (const item of evaluateEvidence(engine, 'ho-dan-2025.csv', { framework: 'cdht-household' })) {
 *   if (item.evaluation) save(item.evaluation); else reject(item.row, item.id, item.issues);
 * }
 * @category Batch
 */
export function evaluateEvidence(
  engine: Engine,
  source: EvidenceSource,
  options: BatchOptions = {},
): AsyncGenerator<BatchItem> {
  const format = detectEvidenceFormat(source, options.format);
  const batch = resolveBatch(engine, {
    ...options,
    file: options.file ?? (typeof source === 'string' ? source : undefined),
  });
  const rows = _readRows(source, format, { format, evidence: coercion(engine, batch), file: batch.file });
  return batchItems(batch, batch.workers === 0 ? rowBlocksHere(batch, rows) : rowBlocksInWorkers(batch, rows, options));
}

/** The declarations that type spreadsheet cells (see {@link evaluateEvidence}). */
function coercion(engine: Engine, batch: ResolvedBatch): Readonly<Record<string, EvidenceField>> {
  const fixed = batch.target.fixed?.framework;
  if (fixed !== undefined) return fixed.evidence;
  const id = batch.settings.framework;
  if (id !== undefined) {
    const f = (batch.settings.asOf ? engine.frameworkFor(id, batch.settings.asOf) : undefined) ?? engine.get(id);
    if (f !== undefined) return f.evidence;
  }
  // A person's record is never judged by a collective framework: its evidence is not theirs.
  return _commonEvidence(engine.frameworks().filter((f) => f.kind !== 'collective'));
}

function idOf(raw: unknown): string | undefined {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/** A row the reader could not read: an item with its issues (and the id, when the row shows one). */
function unread(row: { row: number; issues: readonly Issue[]; raw?: unknown }, index: number): BatchItem {
  return { index, row: row.row, id: idOf(row.raw), issues: row.issues };
}

async function* rowBlocksHere(batch: ResolvedBatch, rows: AsyncGenerator<_RawRow>): AsyncGenerator<BatchItem[]> {
  const evaluator: RecordEvaluator = recordEvaluator(batch.target, batch.settings);
  let index = 0;
  let block: BatchItem[] = [];
  for await (const r of rows) {
    block.push('issues' in r ? unread(r, index) : evaluator.evaluate(r.value, index, r.row));
    index++;
    // Small blocks: the reader is already streaming, and the consumer should see rows as they come.
    if (block.length >= 64) {
      yield block;
      block = [];
    }
  }
  if (block.length > 0) yield block;
}

async function* rowBlocksInWorkers(
  batch: ResolvedBatch,
  rows: AsyncGenerator<_RawRow>,
  options: BatchOptions,
): AsyncGenerator<BatchItem[]> {
  const size = Math.max(1, options.chunkSize ?? 1000);
  const pool = await startPool(batch);
  try {
    // Values go to the workers; rows the reader rejected stay here and are put back in their place.
    const task = (chunk: _RawRow[]) => async (): Promise<BatchItem[]> => {
      const values = chunk.flatMap((r) => ('issues' in r ? [] : [r.value]));
      const done = values.length === 0 ? [] : await pool.run({ records: values });
      let next = 0;
      return chunk.map((r, k) => {
        if ('issues' in r) return unread(r, k);
        const item = done[next++] as BatchItem;
        return { ...item, index: k, row: r.row };
      });
    };
    async function* tasks(): AsyncGenerator<() => Promise<BatchItem[]>> {
      let chunk: _RawRow[] = [];
      for await (const r of rows) {
        chunk.push(r);
        if (chunk.length >= size) {
          yield task(chunk);
          chunk = [];
        }
      }
      if (chunk.length > 0) yield task(chunk);
    }
    yield* ordered(tasks(), batch.workers * 2);
  } finally {
    await pool.close();
  }
}
