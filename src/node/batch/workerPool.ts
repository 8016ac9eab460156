import { Worker } from 'node:worker_threads';
import { CdhtError, type Issue } from '../../errors/issue.js';
import { toolingIssue } from '../../errors/toolingIssue.js';
import type { BatchItem } from './batchCore.js';
import type { ResolvedBatch } from './options.js';
import { unpackScores } from './pack.js';
import type { TextBlock } from './textBlock.js';
import type { WorkerReply, WorkerShared, WorkerTask } from './worker.js';

// biome-ignore lint/suspicious/noExplicitAny: a task resolves with items or a text block, by its kind
type Pending = { resolve: (value: any) => void; reject: (error: Error) => void };

/**
 * The young generation of each worker, in MiB (V8's default grows to 48). A worker's garbage is
 * one piece of lines' records and results at a time (see `textBlockOf`); left to grow, the young
 * generation kept widening over a long run (a million rows peaked ~95 MB higher than 100,000 with
 * the default, ~40 MB with this cap) for no gain in speed.
 */
const YOUNG_MB = 12;

/**
 * NDJSON blocks (~256 KB of lines) in flight per worker: enough queued work that a worker does not wait while the calling
 * thread writes, reads or collects garbage (with 2 per worker, workers idled 7–16% of a run; with 8,
 * 0–6%), few enough that memory stays a few megabytes.
 * @internal
 */
export const BLOCKS_PER_WORKER = 8;

/** Where the worker script is: `dist/worker.js` beside the bundle, or the TypeScript source under tsx. */
function workerScript(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL('./workerSource.mjs', here) : new URL('./worker.js', here);
}

/**
 * A fixed set of batch workers. Tasks are numbered; each worker answers its tasks in order, and
 * `run` resolves with one task's items, so the caller can await tasks in submission order.
 * @internal
 */
export interface WorkerPool {
  run(task: Omit<WorkerTask, 'seq'>, transfer?: ArrayBuffer[]): Promise<BatchItem[]>;
  /** A task with `text`: resolves with its serialised block. */
  runText(task: Omit<Extract<WorkerTask, { text: unknown }>, 'seq'>, transfer?: ArrayBuffer[]): Promise<TextBlock>;
  close(): Promise<void>;
}

/**
 * Starts the batch's workers and waits until each has rebuilt the engine with the same plugins.
 *
 * @param batch - worker count and what each worker needs
 * @param shared - shared memory for text tasks' blocks (see ./sharedSlots.ts), handed to each worker once
 * @returns the pool
 * @throws CdhtError `batch_worker_failed` when a worker cannot start or load the frameworks,
 *   `batch_plugins_required` when the modules do not give the engine's plugins
 * @internal
 */
export async function startPool(batch: ResolvedBatch, shared?: WorkerShared): Promise<WorkerPool> {
  const count = batch.workers;
  const init = batch.init;
  const url = workerScript();
  const workers = Array.from(
    { length: count },
    () => new Worker(url, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } }),
  );
  const pending = workers.map(() => new Map<number, Pending>());
  const load = workers.map(() => 0);
  let seq = 0;
  let failure: Error | undefined;
  const fail = (w: number, error: Error): void => {
    failure ??= error;
    for (const p of pending[w]?.values() ?? []) p.reject(error);
    pending[w]?.clear();
  };
  const ready = workers.map(
    (worker, w) =>
      new Promise<void>((resolve, reject) => {
        worker.on('message', (reply: WorkerReply) => {
          if (reply.seq === -1) {
            if ('ready' in reply) {
              const mismatch = pluginMismatch(batch.pluginNames, reply.plugins);
              if (mismatch) reject(mismatch);
              else resolve();
            } else if ('error' in reply) reject(workerError(reply.error, reply.issues));
            return;
          }
          const p = pending[w]?.get(reply.seq);
          if (p === undefined) return;
          pending[w]?.delete(reply.seq);
          load[w] = (load[w] ?? 1) - 1;
          if ('items' in reply) p.resolve(reply.items);
          else if ('packed' in reply) p.resolve(unpackScores(reply.packed));
          else if ('text' in reply) p.resolve(reply.text);
          else if ('error' in reply) p.reject(workerError(reply.error, undefined));
        });
        worker.on('error', (error) => {
          reject(error);
          fail(w, error);
        });
        worker.on('exit', (code) => {
          if (code !== 0) fail(w, workerError(`worker exited with code ${code}`, undefined));
        });
        worker.postMessage({ init, shared });
      }),
  );
  try {
    await Promise.all(ready);
  } catch (error) {
    await Promise.all(workers.map((w) => w.terminate()));
    throw error instanceof CdhtError ? error : workerError(String(error), undefined);
  }
  const send = <T>(task: Omit<WorkerTask, 'seq'>, transfer: ArrayBuffer[]): Promise<T> => {
    if (failure) return Promise.reject(failure);
    // The least loaded worker; ties go to the lowest number, so one worker keeps its order.
    let w = 0;
    for (let k = 1; k < workers.length; k++) if ((load[k] as number) < (load[w] as number)) w = k;
    const id = seq++;
    load[w] = (load[w] as number) + 1;
    return new Promise<T>((resolve, reject) => {
      pending[w]?.set(id, { resolve, reject });
      workers[w]?.postMessage({ task: { ...task, seq: id } }, transfer);
    });
  };
  return {
    run: (task, transfer = []) => send<BatchItem[]>(task, transfer),
    runText: (task, transfer = []) => send<TextBlock>(task, transfer),
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

function workerError(message: string, issues: unknown): CdhtError {
  if (Array.isArray(issues) && issues.length > 0) return new CdhtError(issues as [Issue, ...Issue[]]);
  return new CdhtError([toolingIssue('batch_worker_failed', [], { detail: message })]);
}

/** Whether a worker registered other plugins than the calling thread's engine (names, in order). */
function pluginMismatch(engine: readonly string[], worker: readonly string[]): CdhtError | undefined {
  if (engine.length === worker.length && engine.every((name, i) => worker[i] === name)) return undefined;
  return new CdhtError([
    toolingIssue('batch_plugins_required', ['plugins'], { kind: 'mismatch', engine, workers: worker }),
  ]);
}
