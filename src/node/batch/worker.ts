import { parentPort } from 'node:worker_threads';
import { CdhtError } from '../../errors/issue.js';
import type { Framework } from '../../format/framework.js';
import { compileFramework } from '../../framework/compileFramework.js';
import type { FrameworkInput } from '../../framework/load.js';
import type { Plugin } from '../../plugins/types.js';
import { domainOperators } from '../../rules/operators/domain.js';
import type { OperatorTable } from '../../rules/types.js';
import { type BatchItem, type BatchSettings, type RecordEvaluator, recordEvaluator } from './batchCore.js';
import { evaluateLines } from './ndjsonLines.js';
import { type PackedScores, packScores } from './pack.js';

/** First message to a batch worker: how to rebuild the engine, and the batch settings. @internal */
export interface WorkerInit {
  readonly sources: readonly FrameworkInput[];
  /** A resolved, already validated framework: compiled directly, without an engine (fast start). */
  readonly framework?: Framework | undefined;
  readonly plugins: readonly string[];
  readonly settings: BatchSettings;
}

/** A unit of work: records as values, or NDJSON bytes (whole lines) with their first line number. @internal */
export type WorkerTask =
  | { readonly seq: number; readonly records: readonly unknown[] }
  | { readonly seq: number; readonly bytes: Uint8Array; readonly firstLine: number };

/** A worker's answer, in task order. @internal */
export type WorkerReply =
  | { readonly seq: number; readonly items: BatchItem[] }
  | { readonly seq: number; readonly packed: PackedScores }
  | { readonly seq: -1; readonly ready: true }
  | { readonly seq: number; readonly error: string; readonly issues?: unknown };

async function pluginFrom(specifier: string): Promise<Plugin> {
  const mod = (await import(specifier)) as { default?: unknown; plugin?: unknown };
  const plugin = (mod.plugin ?? mod.default) as Plugin | undefined;
  if (plugin === undefined || typeof plugin !== 'object')
    throw new Error(`module ${specifier} exports no plugin (default or "plugin")`);
  return plugin;
}

async function setUp(init: WorkerInit): Promise<RecordEvaluator> {
  const plugins = await Promise.all(init.plugins.map(pluginFrom));
  if (init.framework !== undefined) {
    // The calling thread validated it; compiling needs only the operators. Skipping the engine
    // skips its schema compilation and the report dependencies: a worker starts several times faster.
    const operators: OperatorTable = Object.assign({}, domainOperators, ...plugins.map((p) => p.operators ?? {}));
    const { compiled, issues } = compileFramework(init.framework, operators);
    if (issues.length > 0) throw new CdhtError(issues as [(typeof issues)[number], ...typeof issues]);
    return recordEvaluator(compiled, init.settings);
  }
  const { createEngine } = await import('../../engine.js');
  const engine = createEngine({ plugins });
  const loaded = engine.loadAll(init.sources);
  const errors = loaded.issues.filter((i) => i.severity !== 'warning');
  if (errors.length > 0) throw new CdhtError(errors as [(typeof errors)[number], ...typeof errors]);
  return recordEvaluator(engine, init.settings);
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
  const decoder = new TextDecoder();
  port.on('message', (message: { init?: WorkerInit; task?: WorkerTask }) => {
    if (message.init !== undefined) {
      ready = setUp(message.init);
      score = message.init.settings.detail === 'score';
      ready.then(
        () => port.postMessage({ seq: -1, ready: true } satisfies WorkerReply),
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
          if ('records' in task) items = task.records.map((r, i) => evaluator.evaluate(r, i));
          else items = evaluateLines(evaluator, task.bytes, task.firstLine, 0, decoder);
          if (score) {
            const packed = packScores(items);
            const transfer = [
              packed.kinds,
              packed.index,
              packed.lines,
              packed.totals,
              packed.possible,
              packed.missing,
              packed.decisionCodes,
              packed.frameworkOf,
              packed.unitOf,
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
