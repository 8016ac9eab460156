import { Buffer } from 'node:buffer';
import { parentPort } from 'node:worker_threads';
import { createEngine } from '../../engine.js';
import { CdhtError, type Issue } from '../../errors/issue.js';
import type { Framework } from '../../format/framework.js';
import { compileFramework } from '../../framework/compileFramework.js';
import type { FrameworkInput } from '../../framework/load.js';
import type { Plugin } from '../../plugins/types.js';
import { importPlugins } from '../plugins.js';
import { type BatchItem, type BatchSettings, type RecordEvaluator, recordEvaluator } from './batchCore.js';
import { _builtinPlugins } from './builtinPlugins.js';
import { JsonSink } from './jsonSink.js';
import { evaluateLines } from './ndjsonLines.js';
import { type PackedScores, packScores } from './pack.js';
import { slotView } from './sharedSlots.js';
import { type TextBatchFormat, type TextBlock, textBlockBuffers, textBlockOf } from './textBlock.js';

/** First message to a batch worker: how to rebuild the engine, and the batch settings. @internal */
export interface WorkerInit {
  readonly sources: readonly FrameworkInput[];
  /** A resolved framework every record uses: compiled directly, without loading any file (fast start). */
  readonly framework?: Framework | undefined;
  /** Plugin module specifiers, already resolved (`resolvePluginSpecifier`). */
  readonly plugins: readonly string[];
  /**
   * The engine's plugins in registration order (`cdht:core` excluded): cdht's own by name, `null`
   * for the next plugin the modules give.
   */
  readonly order: readonly ({ readonly builtin: string } | null)[];
  readonly settings: BatchSettings;
}

/**
 * A unit of work: records as values, or NDJSON bytes (whole lines) with the number of each line —
 * answered with items, or (`text`) serialised with the lines rejected while cutting put back in place.
 * @internal
 */
export type WorkerTask =
  | { readonly seq: number; readonly records: readonly unknown[] }
  | { readonly seq: number; readonly bytes: Uint8Array; readonly lines: Int32Array }
  | {
      readonly seq: number;
      /** The block's lines in a buffer of the task's own; absent when they are in an input slot. */
      readonly bytes?: Uint8Array | undefined;
      /** The input slot (see {@link WorkerShared}) holding the block's `length` bytes, or -1. */
      readonly slot: number;
      readonly length: number;
      readonly lines: Int32Array;
      readonly rejected: readonly { readonly row: number; readonly issues: readonly Issue[] }[];
      readonly text: TextBatchFormat;
      /** The output slot to write the block's results into, or -1 for a buffer of the block's own. */
      readonly out: number;
    };

/**
 * Shared memory a pool hands its workers once (see ./sharedSlots.ts): blocks of lines are cut into
 * input slots, and a worker writes a block's results into the output slot its task names.
 * @internal
 */
export interface WorkerShared {
  readonly input: SharedArrayBuffer;
  readonly inputSize: number;
  readonly output: SharedArrayBuffer;
  readonly outputSize: number;
}

/** A worker's answer, in task order. @internal */
export type WorkerReply =
  | { readonly seq: number; readonly items: BatchItem[] }
  | { readonly seq: number; readonly packed: PackedScores }
  | { readonly seq: number; readonly text: TextBlock }
  | { readonly seq: -1; readonly ready: true; readonly plugins: readonly string[] }
  | { readonly seq: number; readonly error: string; readonly issues?: unknown };

function throwIssues(issues: readonly Issue[]): void {
  const errors = issues.filter((i) => i.severity !== 'warning');
  const [first, ...rest] = errors;
  if (first) throw new CdhtError([first, ...rest]);
}

/**
 * Rebuilds the calling thread's engine: the same plugin loader and the same `createEngine`
 * (so the same registration, validation and hooks), then the frameworks.
 */
async function setUp(init: WorkerInit): Promise<{ evaluator: RecordEvaluator; plugins: string[] }> {
  let imported: Awaited<ReturnType<typeof importPlugins>>;
  try {
    imported = await importPlugins(init.plugins);
  } catch (error) {
    // The calling thread imported these modules already: failing here is this worker's failure
    // (batch_worker_failed, the reason in its message), not a problem of the modules.
    throw new Error(error instanceof Error ? error.message : String(error));
  }
  // The engine's order: cdht's own plugins where the engine has them, the modules' plugins in turn.
  let next = 0;
  const plugins = init.order.map((slot) => (slot === null ? imported[next++] : _builtinPlugins[slot.builtin]));
  const engine = createEngine({
    plugins: [...plugins, ...imported.slice(next)].filter((p): p is Plugin => p !== undefined),
  });
  const names = engine.plugins.slice(1).map((p) => p.name);
  if (init.framework !== undefined) {
    // The calling thread loaded and validated it: compiling with this engine's operators is enough.
    const { compiled, issues } = compileFramework(init.framework, engine.operators);
    throwIssues(issues);
    const fixed = { framework: init.framework, compiled };
    return { evaluator: recordEvaluator({ engine, fixed }, init.settings), plugins: names };
  }
  throwIssues(engine.loadAll(init.sources).issues);
  return { evaluator: recordEvaluator({ engine }, init.settings), plugins: names };
}

const NO_BYTES = new Uint8Array(0);

/**
 * A text task's block evaluated and serialised: its lines read from the task's bytes or its input
 * slot, its results written into its output slot when they fit there (the reply then says how many
 * bytes, and carries none), else into a buffer of the block's own (transferred).
 */
function textOf(
  evaluator: RecordEvaluator,
  task: Extract<WorkerTask, { text: unknown }>,
  shared: WorkerShared | undefined,
  slotSink: JsonSink,
  decoder: InstanceType<typeof TextDecoder>,
): TextBlock {
  const { lines, rejected } = task;
  const bytes =
    task.bytes ?? (shared === undefined ? NO_BYTES : slotView(shared.input, shared.inputSize, task.slot, task.length));
  if (task.out < 0 || shared === undefined)
    return textBlockOf(evaluator, { bytes, lines, rejected }, task.text, decoder);
  slotSink.restart(Buffer.from(shared.output, task.out * shared.outputSize, shared.outputSize));
  const text = textBlockOf(evaluator, { bytes, lines, rejected }, task.text, decoder, slotSink);
  return text.bytes.buffer === shared.output ? { ...text, bytes: NO_BYTES, shared: text.bytes.length } : text;
}

/**
 * The message loop of a batch worker thread: rebuilds the engine from framework sources and plugin
 * modules, then answers each task with its items, in order. Started by `dist/worker.js`.
 *
 * @internal
 */
export function runBatchWorker(): void {
  const port = parentPort;
  if (port === null) return;
  let ready: Promise<RecordEvaluator> | undefined;
  let score = false;
  let shared: WorkerShared | undefined;
  // One sink for every block written into an output slot: the short strings it remembers serve
  // the whole run.
  const slotSink = new JsonSink(0);
  const decoder = new TextDecoder();
  port.on('message', (message: { init?: WorkerInit; shared?: WorkerShared; task?: WorkerTask }) => {
    if (message.init !== undefined) {
      shared = message.shared;
      const started = setUp(message.init);
      ready = started.then((s) => s.evaluator);
      ready.catch(() => undefined); // reported once, below
      score = message.init.settings.detail === 'score';
      started.then(
        (s) => port.postMessage({ seq: -1, ready: true, plugins: s.plugins } satisfies WorkerReply),
        (error: unknown) =>
          port.postMessage({
            seq: -1,
            error: String(error),
            issues: error instanceof CdhtError ? error.issues : undefined,
          }),
      );
      return;
    }
    const task = message.task;
    if (task === undefined || ready === undefined) return;
    ready
      .then(
        (evaluator) => {
          let items: BatchItem[];
          if ('text' in task) {
            const text = textOf(evaluator, task, shared, slotSink, decoder);
            port.postMessage({ seq: task.seq, text } satisfies WorkerReply, textBlockBuffers(text));
            return;
          }
          if ('records' in task) items = task.records.map((r, i) => evaluator.evaluate(r, i));
          else items = evaluateLines(evaluator, task.bytes, task.lines, 0, decoder);
          if (score) {
            const packed = packScores(items);
            const transfer = [
              packed.kinds,
              packed.index,
              packed.rows,
              packed.totals,
              packed.possible,
              packed.missing,
              packed.decisionCodes,
              packed.criteria,
              packed.criteriaAt,
              packed.frameworkOf,
              packed.unitOf,
              packed.periodOf,
            ].map((a) => a.buffer as ArrayBuffer);
            port.postMessage({ seq: task.seq, packed } satisfies WorkerReply, transfer);
          } else port.postMessage({ seq: task.seq, items } satisfies WorkerReply);
        },
        () => undefined,
      )
      .catch((error: unknown) =>
        port.postMessage({
          seq: task.seq,
          error: error instanceof Error ? (error.stack ?? error.message) : String(error),
        }),
      );
  });
}
