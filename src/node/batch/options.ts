import { _parseAsOf, type AsOfInput } from '../../engine/asOf.js';
import type { Engine } from '../../engine.js';
import { CdhtError, type Issue } from '../../errors/issue.js';
import { toolingIssue } from '../../errors/toolingIssue.js';
import type { Framework } from '../../format/framework.js';
import type { UnitEntry } from '../../format/units.js';
import type { FrameworkInput } from '../../framework/load.js';
import { resolvePluginSpecifier } from '../plugins.js';
import type { EvidenceFormat } from '../readers/types.js';
import type { BatchDetail, BatchSettings, BatchTarget } from './batchCore.js';
import { _isBuiltinPlugin } from './builtinPlugins.js';
import type { WorkerInit } from './worker.js';

/**
 * Options of every batch run: {@link evaluateBatch}, {@link evaluateNdjson} and {@link evaluateEvidence}
 * (and so `cdht evaluate`).
 *
 * @category Batch
 */
export interface BatchOptions {
  /**
   * Worker threads (default 0: evaluate in the calling thread). Results are the same, in the same
   * order, for any number. With workers, the engine's frameworks travel as `sources` (or one
   * `framework` object) and its plugins as module specifiers (`plugins`).
   */
  readonly workers?: number | undefined;
  /**
   * Evaluation date: `yyyy-MM-dd`, `dd/MM/yyyy` or a `Date`; by default the last day of each
   * record's period. Anything else throws `invalid_as_of` at once.
   */
  readonly asOf?: AsOfInput | undefined;
  /** Keep per-indicator explanations (default false in batches). */
  readonly explain?: boolean | undefined;
  /** Compute gaps to titles not awarded (default true; ignored by `detail: 'summary'` and `'score'`). */
  readonly gap?: boolean | undefined;
  /**
   * `evaluation` (default): full evaluations; `summary`: evaluations without per-indicator results,
   * reasons and gaps (computed without building them); `score`: lean scores (`BatchScore`), fastest.
   */
  readonly detail?: BatchDetail | undefined;
  /**
   * The framework of every record: an id (the version in force on the evaluation date, over the
   * record's own `framework` and `group`), or a loaded `Framework` (that version for every
   * record). By default each record chooses, as `engine.evaluate(undefined, record)` does.
   */
  readonly framework?: string | Framework | undefined;
  /**
   * Reject a second record of the same person (`id`) and period as `duplicate_record` (default
   * true, as `cdht evaluate`). The first record evaluated wins; one 64-bit key per person is kept.
   */
  readonly duplicates?: boolean | undefined;
  /**
   * The framework files the engine was loaded with, for workers to load again (workers cannot
   * share the engine). Required when `workers > 0`, unless `framework` is a `Framework` object.
   */
  readonly sources?: readonly FrameworkInput[] | undefined;
  /**
   * Modules of the engine's plugins (paths, package names or URLs; see `importPlugins`), which
   * every worker imports with the same loader, in the same order. Plugins passed as objects cannot
   * cross threads: with workers, the engine's plugins must be exactly these modules' plugins.
   */
  readonly plugins?: readonly string[] | undefined;
  /** Records per message to a worker (default 1,000); NDJSON is sent in blocks of about 256 KB. */
  readonly chunkSize?: number | undefined;
  /**
   * {@link evaluateEvidence}: the source's format; by default told by the file extension (a stream
   * needs it). {@link evaluateNdjson} reads NDJSON whatever this says; {@link evaluateBatch} takes values.
   */
  readonly format?: EvidenceFormat | undefined;
  /** File name put in the issues of rejected records; by default the path when the source is one. */
  readonly file?: string | undefined;
  /**
   * Units with their attributes, for variants by area (as `EvaluateOptions.units`): a units file's
   * `units`, or `buildUnitsFromPopulation(table)`. Sent to workers as data.
   */
  readonly units?: readonly UnitEntry[] | undefined;
}

/** A batch's options, checked and resolved once, before anything is read. @internal */
export interface ResolvedBatch {
  readonly target: BatchTarget;
  readonly settings: BatchSettings;
  readonly workers: number;
  readonly duplicates: boolean;
  /** File name for the issues of rejected records. */
  readonly file: string | undefined;
  /** What each worker needs; undefined without workers. */
  readonly init: WorkerInit | undefined;
  /** The engine's plugin names (`cdht:core` excluded), for the workers' to be compared with. */
  readonly pluginNames: readonly string[];
}

function fail(made: Issue): never {
  throw new CdhtError([made]);
}

/**
 * Checks and resolves batch options: the date, the framework, workers and what they need.
 *
 * @param engine - the engine, frameworks loaded
 * @param options - the options
 * @returns the resolved batch
 * @throws CdhtError `invalid_as_of`, `unknown_framework`, `batch_sources_required`, `batch_plugins_required`
 * @internal
 */
export function resolveBatch(engine: Engine, options: BatchOptions): ResolvedBatch {
  const asOf = _parseAsOf(options.asOf);
  if (!asOf.success) throw new CdhtError(asOf.issues as [Issue, ...Issue[]]);
  if (typeof options.framework === 'string' && engine.get(options.framework) === undefined) {
    const known = [...new Set(engine.frameworks().map((f) => f.id))].sort();
    fail(toolingIssue('unknown_framework', ['framework'], { kind: 'unknown_name', name: options.framework, known }));
  }
  const fixed =
    typeof options.framework === 'object'
      ? { framework: options.framework, compiled: engine.compile(options.framework) }
      : undefined;
  const settings: BatchSettings = {
    asOf: asOf.data,
    explain: options.explain,
    gap: options.gap,
    detail: options.detail,
    framework: typeof options.framework === 'string' ? options.framework : undefined,
    units: options.units,
  };
  const added = engine.plugins.slice(1);
  const pluginNames = added.map((p) => p.name);
  const foreign = added.filter((p) => !_isBuiltinPlugin(p)).map((p) => p.name);
  const workers = Math.max(0, Math.floor(options.workers ?? 0));
  let init: WorkerInit | undefined;
  if (workers > 0) {
    if (fixed === undefined && options.sources === undefined) {
      fail(toolingIssue('batch_sources_required', ['sources'], {}));
    }
    if (foreign.length > 0 && (options.plugins?.length ?? 0) === 0) {
      fail(toolingIssue('batch_plugins_required', ['plugins'], { kind: 'missing', plugins: foreign }));
    }
    init = {
      sources: fixed === undefined ? (options.sources ?? []) : [],
      framework: fixed?.framework,
      plugins: (options.plugins ?? []).map((spec) => resolvePluginSpecifier(spec)),
      order: added.map((p) => (_isBuiltinPlugin(p) ? { builtin: p.name } : null)),
      settings,
    };
  }
  return {
    target: { engine, fixed },
    settings,
    workers,
    duplicates: options.duplicates !== false,
    file: options.file,
    init,
    pluginNames,
  };
}
