import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Engine } from '../engine.js';
import { CdhtError, type Issue, issue } from '../errors/issue.js';
import type { Evaluation, TitleDecision } from '../format/evaluation.js';
import type { EvidenceRecord } from '../format/evidence.js';
import type { EvidenceField, Framework } from '../format/framework.js';
import type { FrameworkInput } from '../framework/load.js';
import { evaluateBatch as evaluateRecords } from '../node/batch/batch.js';
import { readEvidence } from '../node/readers/read.js';
import { detectEvidenceFormat } from '../node/readers/source.js';
import type { EvidenceFormat } from '../node/readers/types.js';

/** A row that was not evaluated: its number, the person when known, and why. */
export interface RejectedRow {
  readonly row: number;
  readonly id?: string | undefined;
  readonly issues: readonly Issue[];
}

/** Counts of a batch run; `evaluated + rejected = read`. */
export interface BatchSummary {
  readonly read: number;
  readonly evaluated: number;
  readonly rejected: number;
  /** Rows evaluated that carried warnings (undeclared fields, missing required fields). */
  readonly warned: number;
  /** Title id → decision → count. */
  readonly titles: Readonly<Record<string, Readonly<Record<TitleDecision, number>>>>;
}

/** Options of {@link evaluateBatch}. */
export interface BatchOptions {
  readonly engine: Engine;
  /** A file path, or `-` for `stdin`. */
  readonly source: string;
  readonly stdin?: NodeJS.ReadableStream | undefined;
  readonly format?: EvidenceFormat | undefined;
  /** Evaluate every record against this framework id (the version in force on the date). */
  readonly framework?: string | undefined;
  readonly asOf?: string | undefined;
  /** Reject a second record of the same person and period (default true; memory grows with people). */
  readonly duplicates?: boolean | undefined;
  /**
   * Worker threads that evaluate (default 0: this thread). Reading and validating stay on this
   * thread, so rows, rejects and output are the same for any count.
   */
  readonly workers?: number | undefined;
  /** The framework files the engine was loaded with, for the workers to load. */
  readonly sources?: readonly FrameworkInput[] | undefined;
  /** `--plugin` module specifiers, for the workers to import. */
  readonly pluginSpecs?: readonly string[] | undefined;
  readonly onEvaluation: (evaluation: Evaluation) => Promise<void> | void;
  readonly onReject: (rejected: RejectedRow) => Promise<void> | void;
  readonly onProgress?: ((rows: number, bytes: number) => void) | undefined;
}

const IGNORED = new Set(['label', 'description']);

/** A field declaration without its words, to compare declarations of two frameworks. */
function shapeOf(field: EvidenceField): string {
  return JSON.stringify(field, (key, value: unknown) => (IGNORED.has(key) ? undefined : value));
}

/**
 * The evidence declarations the readers should use when records may go to different
 * frameworks: every field declared alike by all frameworks that declare it. A field declared
 * differently is left out (read by its appearance, not checked by type).
 *
 * @param frameworks - the loaded frameworks
 * @returns the merged declarations
 */
export function commonEvidence(frameworks: readonly Framework[]): Record<string, EvidenceField> {
  const out: Record<string, EvidenceField> = {};
  const conflict = new Set<string>();
  for (const f of frameworks) {
    for (const [name, field] of Object.entries(f.evidence)) {
      if (conflict.has(name)) continue;
      const before = out[name];
      if (before === undefined) Object.defineProperty(out, name, { value: field, enumerable: true, writable: true });
      else if (shapeOf(before) !== shapeOf(field)) {
        conflict.add(name);
        delete out[name];
      }
    }
  }
  // Required-ness depends on the framework; the merged set never requires, so absent fields are not warned about wrongly.
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, { ...v, required: false }]));
}

async function* counted(path: string, bytes: { n: number }): AsyncGenerator<Uint8Array> {
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 })) {
    bytes.n += (chunk as Buffer).length;
    yield chunk as Buffer;
  }
}

/**
 * Evaluates an evidence file row by row: every row is either evaluated (handed to
 * `onEvaluation`, awaited, so output back-pressure reaches the reader) or rejected with its row
 * number and issues. Memory stays flat: nothing is kept per row except, when duplicate checking
 * is on, one key per person.
 *
 * @param options - engine, source, framework choice, callbacks
 * @returns the counts, which reconcile: evaluated + rejected = read
 */
export async function evaluateBatch(options: BatchOptions): Promise<BatchSummary> {
  const { engine } = options;
  const fixed =
    options.framework === undefined
      ? undefined
      : ((options.asOf ? engine.frameworkFor(options.framework, options.asOf) : undefined) ??
        engine.get(options.framework));
  if (options.framework !== undefined && !fixed) {
    throw new CdhtError([issue('unknown_framework', [], { kind: 'not_found', id: options.framework })]);
  }
  const evidence = fixed ? fixed.evidence : commonEvidence(engine.frameworks());
  const bytes = { n: 0 };
  const isStdin = options.source === '-';
  if (!isStdin) await stat(options.source); // a missing file is one clear error, not a rejected row
  const format = detectEvidenceFormat(isStdin ? (options.stdin ?? process.stdin) : options.source, options.format);
  const input = isStdin
    ? (options.stdin ?? process.stdin)
    : format === 'xlsx'
      ? options.source
      : counted(options.source, bytes);
  const titles: Record<string, Record<TitleDecision, number>> = {};
  let read = 0;
  let evaluated = 0;
  let rejected = 0;
  let warned = 0;
  const rows = readEvidence(input, {
    format,
    evidence,
    evidenceTypes: engine.evidenceTypes,
    detectDuplicates: options.duplicates !== false,
    file: isStdin ? 'stdin' : options.source,
  });
  const tally = (evaluation: Evaluation): void => {
    for (const t of evaluation.titles) {
      const counts = titles[t.id] ?? { awarded: 0, 'not-awarded': 0, undetermined: 0 };
      counts[t.decision]++;
      titles[t.id] = counts;
    }
  };
  const rejectEvaluation = async (row: number, id: string, issues: readonly Issue[]): Promise<void> => {
    rejected++;
    await options.onReject({ row, id, issues });
  };
  /** Every row read: rejections are reported here; accepted records are yielded with their row. */
  async function* accepted(): AsyncGenerator<{ row: number; record: EvidenceRecord; warned: boolean }> {
    for await (const r of rows) {
      read++;
      if ('rejected' in r) {
        rejected++;
        const raw = r.rejected.raw as { id?: unknown } | undefined;
        await options.onReject({
          row: r.row,
          id: typeof raw?.id === 'string' ? raw.id : undefined,
          issues: r.rejected.issues,
        });
        options.onProgress?.(read, bytes.n);
      } else {
        yield { row: r.row, record: r.record, warned: (r.warnings?.length ?? 0) > 0 };
        options.onProgress?.(read, bytes.n);
      }
    }
  }

  const workers = options.workers ?? 0;
  if (workers <= 0) {
    for await (const a of accepted()) {
      const r = engine.safeEvaluate(options.framework, a.record, { asOf: options.asOf, explain: false });
      if (!r.success) {
        await rejectEvaluation(a.row, a.record.id, r.issues);
        continue;
      }
      const evaluation = r.data;
      evaluated++;
      if (a.warned) warned++;
      tally(evaluation);
      await options.onEvaluation(evaluation);
    }
    return { read, evaluated, rejected, warned, titles };
  }

  // Worker threads evaluate records this thread has read and validated; results come back in order.
  const pending: { row: number; id: string; warned: boolean }[] = [];
  let head = 0;
  async function* records(): AsyncGenerator<EvidenceRecord> {
    for await (const a of accepted()) {
      pending.push({ row: a.row, id: a.record.id, warned: a.warned });
      yield a.record;
    }
  }
  const items = evaluateRecords(engine, records(), {
    workers,
    asOf: options.asOf,
    explain: false,
    sources: options.sources ?? [],
    plugins: options.pluginSpecs ?? [],
    duplicates: false, // checked by the reader above
    ...(fixed === undefined ? {} : { framework: fixed.id }),
  });
  for await (const item of items) {
    const at = pending[head] as { row: number; id: string; warned: boolean };
    pending[head++] = undefined as never;
    if (head > 4096) {
      pending.splice(0, head);
      head = 0;
    }
    if (item.evaluation === undefined) {
      await rejectEvaluation(at.row, at.id, item.issues ?? []);
      continue;
    }
    evaluated++;
    if (at.warned) warned++;
    tally(item.evaluation);
    await options.onEvaluation(item.evaluation);
  }
  return { read, evaluated, rejected, warned, titles };
}
