import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Engine } from '../engine.js';
import { CdhtError, type Issue, issue } from '../errors/issue.js';
import { resolvePeriod } from '../evaluate/period.js';
import { readEvidence } from '../evidence/read.js';
import { detectEvidenceFormat } from '../evidence/source.js';
import type { EvidenceFormat } from '../evidence/types.js';
import type { Evaluation, TitleDecision } from '../format/evaluation.js';
import type { EvidenceRecord } from '../format/evidence.js';
import type { EvidenceField, Framework } from '../format/framework.js';

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

/** The framework a record is evaluated against. */
function pick(
  engine: Engine,
  record: EvidenceRecord,
  framework: string | undefined,
  asOf: string | undefined,
): Framework {
  if (framework === undefined) return engine.frameworkForRecord(record, asOf);
  const on = asOf ?? resolvePeriod(record.period).to;
  const f = engine.frameworkFor(framework, on);
  if (!f) {
    throw new CdhtError([
      issue(
        'unknown_framework',
        ['framework'],
        `không có bộ tiêu chí "${framework}" có hiệu lực ngày ${on}`,
        `no framework "${framework}" in force on ${on}`,
      ),
    ]);
  }
  return f;
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
    throw new CdhtError([
      issue(
        'unknown_framework',
        [],
        `không có bộ tiêu chí "${options.framework}"`,
        `no framework "${options.framework}" is loaded`,
      ),
    ]);
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
    } else {
      let evaluation: Evaluation;
      try {
        const framework = pick(engine, r.record, options.framework, options.asOf);
        evaluation = engine.evaluateRecord(framework, r.record, {
          asOf: options.asOf,
          explain: false,
        });
      } catch (error) {
        if (!(error instanceof CdhtError)) throw error;
        rejected++;
        await options.onReject({ row: r.row, id: r.record.id, issues: error.issues });
        options.onProgress?.(read, bytes.n);
        continue;
      }
      evaluated++;
      if (r.warnings && r.warnings.length > 0) warned++;
      for (const t of evaluation.titles) {
        const tally = titles[t.id] ?? { awarded: 0, 'not-awarded': 0, undetermined: 0 };
        tally[t.decision]++;
        titles[t.id] = tally;
      }
      await options.onEvaluation(evaluation);
    }
    options.onProgress?.(read, bytes.n);
  }
  return { read, evaluated, rejected, warned, titles };
}
