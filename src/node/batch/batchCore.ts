import { _checkRecord, type FrameworkChoice } from '../../engine/checkRecord.js';
import { _chooseFramework } from '../../engine/chooseFramework.js';
import { _evaluateWithHooks, _hasRecordHooks } from '../../engine/hooks.js';
import type { Engine } from '../../engine.js';
import { CdhtError, type Issue } from '../../errors/issue.js';
import { evaluateCompiled } from '../../evaluate/evaluate.js';
import type { Period } from '../../evaluate/period.js';
import { resolvePeriod } from '../../evaluate/period.js';
import { createScorer, type Score, type Scorer } from '../../evaluate/score.js';
import { _createSummarizer, type Summarizer } from '../../evaluate/summary.js';
import type { Evaluation } from '../../format/evaluation.js';
import type { EvidenceRecord } from '../../format/evidence.js';
import type { Framework } from '../../format/framework.js';
import type { UnitEntry } from '../../format/units.js';
import type { CompiledFramework } from '../../framework/compileFramework.js';
import type { JsonSink } from './jsonSink.js';
import { _summaryWriter } from './summaryBytes.js';

/**
 * What a batch yields per record: the full evaluation, its summary (an `Evaluation` without
 * per-indicator results, reasons and gaps — what `cdht evaluate --detail summary` writes, computed
 * without building them) or the lean score.
 *
 * @category Batch
 */
export type BatchDetail = 'evaluation' | 'summary' | 'score';

/** A lean batch result: the {@link Score} with what aggregation needs. @category Batch */
export interface BatchScore extends Score {
  readonly framework: { readonly id: string; readonly version: string };
  /** The evaluation period (as `Evaluation.period`). */
  readonly period: Period;
  readonly unit?: Readonly<Record<string, string>> | undefined;
  /** Title ids, in the order of `decisions`. */
  readonly titles: readonly string[];
}

/**
 * One result of a batch, in input order. Exactly one of `evaluation`, `score` and `issues` is
 * present; a record that cannot be evaluated is a value with its issues, never a throw.
 *
 * @category Batch
 */
export interface BatchItem {
  /** Position among the input's records, from 0 (NDJSON: non-blank lines; files: rows read). */
  readonly index: number;
  /**
   * The 1-based row in the source, when it is a file or a stream: the line for NDJSON (blank
   * lines count), the line a CSV record starts on, the element for JSON, the sheet row for XLSX.
   */
  readonly row?: number | undefined;
  /** The person's id, when the input gives one as text (rejected records included). */
  readonly id?: string | undefined;
  readonly evaluation?: Evaluation | undefined;
  readonly score?: BatchScore | undefined;
  /** Why the record was rejected: every problem found. */
  readonly issues?: readonly Issue[] | undefined;
  /** Warnings of an evaluated record (undeclared fields, absent required fields); absent when none. */
  readonly warnings?: readonly Issue[] | undefined;
}

/** Settings of a batch that workers receive as plain data. @internal */
export interface BatchSettings {
  /** Evaluation date, ISO (already parsed). */
  readonly asOf?: string | undefined;
  readonly explain?: boolean | undefined;
  readonly gap?: boolean | undefined;
  readonly detail?: BatchDetail | undefined;
  /** Framework id every record is evaluated against (version in force on the date), over `record.framework`. */
  readonly framework?: string | undefined;
  /** Units with their attributes, for variants by area. */
  readonly units?: readonly UnitEntry[] | undefined;
}

/** What evaluates a batch: an engine, and one framework version every record uses (with its compiled form), if fixed. @internal */
export interface BatchTarget {
  readonly engine: Pick<Engine, 'frameworkFor' | 'frameworkForRecord' | 'compile' | 'hooks' | 'evidenceTypes'>;
  readonly fixed?: { readonly framework: Framework; readonly compiled: CompiledFramework } | undefined;
}

/** A scorer with the parts every lean result of its framework shares. */
interface LeanScorer {
  readonly score: Scorer;
  readonly framework: BatchScore['framework'];
  readonly titles: readonly string[];
}

/** Evaluates records one at a time; caches framework choices and scorers. @internal */
export interface RecordEvaluator {
  /** `known`: what the caller established of `raw` (bits `KNOWN_*` of evidence/validate.ts; see `_checkRecord`). */
  evaluate(raw: unknown, index: number, row?: number, known?: number): BatchItem;
  /** Writes the JSON of an evaluation this evaluator gave: `JSON.stringify`'s bytes, written faster for its own summaries. */
  write(evaluation: Evaluation, out: JsonSink): void;
}

function idOf(raw: unknown): string | undefined {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/**
 * Builds the per-record step shared by the calling thread and the workers: the engine's front
 * door (`_checkRecord`, as `engine.safeEvaluate`), then the engine's hook runner around the
 * evaluation, or the lean scorer when no hook runs per record and only scores are wanted.
 *
 * @param target - the engine, and the fixed framework if any
 * @param settings - batch settings
 * @returns the evaluator
 * @internal
 */
export function recordEvaluator(target: BatchTarget, settings: BatchSettings): RecordEvaluator {
  const { engine, fixed } = target;
  const detail = settings.detail ?? 'evaluation';
  const options = { asOf: settings.asOf, explain: settings.explain ?? false, gap: settings.gap, units: settings.units };
  const choices = new Map<string, Framework | CdhtError>();
  const scorers = new Map<CompiledFramework, LeanScorer>();
  const summarizers = new Map<CompiledFramework, Summarizer>();
  // The framework references of the summaries this evaluator builds with a summarizer (one frozen
  // reference per framework; no hook sees them): their fields are in the summarizer's order, which
  // `_writeSummary` writes directly.
  const summaryRefs = new Set<Evaluation['framework']>();
  const writeSummary = _summaryWriter();
  const hooked = _hasRecordHooks(engine.hooks);

  // Framework choices repeat across records: cache them (errors too) by what decides them. The
  // last one is kept apart: consecutive records nearly always share it, and comparing three strings
  // costs less than building the key text of each.
  let lastName: string | undefined;
  let lastGroup: string | undefined;
  let lastOn: string | undefined;
  let last: Framework | CdhtError | undefined;
  const choose: FrameworkChoice = (record, on) => {
    if (fixed !== undefined) return fixed.framework;
    const name = settings.framework ?? record.framework ?? '';
    const group = record.group ?? '';
    let choice = last !== undefined && name === lastName && group === lastGroup && on === lastOn ? last : undefined;
    choice ??= choices.get(`${name}\u0000${group}\u0000${on}`);
    if (choice === undefined) {
      try {
        choice = _chooseFramework(engine, settings.framework, record, on);
      } catch (error) {
        if (!(error instanceof CdhtError)) throw error;
        choice = error;
      }
      choices.set(`${name}\u0000${group}\u0000${on}`, choice);
    }
    last = choice;
    lastName = name;
    lastGroup = group;
    lastOn = on;
    if (choice instanceof CdhtError) throw choice;
    return choice;
  };
  const compiledOf = (framework: Framework): CompiledFramework =>
    fixed !== undefined && framework === fixed.framework ? fixed.compiled : engine.compile(framework);

  const scorerOf = (cf: CompiledFramework): LeanScorer => {
    let s = scorers.get(cf);
    if (s === undefined) {
      const { id, version } = cf.framework;
      s = {
        score: createScorer(cf, { asOf: settings.asOf, units: settings.units }),
        framework: Object.freeze({ id, version }),
        titles: Object.freeze(cf.titles.map((t) => t.title.id)),
      };
      scorers.set(cf, s);
    }
    return s;
  };

  const summarizerOf = (cf: CompiledFramework): Summarizer => {
    let s = summarizers.get(cf);
    if (s === undefined) {
      s = _createSummarizer(cf, { asOf: settings.asOf });
      summarizers.set(cf, s);
    }
    return s;
  };

  const evaluateChecked = (
    record: EvidenceRecord,
    framework: Framework,
  ): { evaluation: Evaluation } | { score: BatchScore } => {
    const cf = compiledOf(framework);
    if (detail === 'score' && !hooked) {
      const lean = scorerOf(cf);
      const s = lean.score(record);
      const score: BatchScore = {
        person: s.person,
        total: s.total,
        possible: s.possible,
        missing: s.missing,
        decisions: s.decisions,
        criteria: s.criteria,
        framework: lean.framework,
        period: resolvePeriod(record.period),
        unit: record.unit,
        titles: lean.titles,
      };
      return { score };
    }
    if (detail === 'summary') {
      // Hooks see (and may change) full evaluations; a collective framework needs its members.
      if (!hooked && cf.collective === undefined) {
        const evaluation = summarizerOf(cf)(record);
        if (!summaryRefs.has(evaluation.framework)) summaryRefs.add(evaluation.framework);
        return { evaluation };
      }
      return {
        evaluation: summaryOf(
          _evaluateWithHooks(
            engine.hooks,
            cf,
            record,
            { ...options, gap: false },
            engine.evidenceTypes,
            evaluateCompiled,
          ),
        ),
      };
    }
    const evaluation = _evaluateWithHooks(engine.hooks, cf, record, options, engine.evidenceTypes, evaluateCompiled);
    if (detail === 'evaluation') return { evaluation };
    const score: BatchScore = {
      person: evaluation.person,
      total: evaluation.total,
      possible: evaluation.possible,
      missing: evaluation.indicators.filter((i) => i.status === 'missing').length,
      decisions: evaluation.titles.map((t) => t.decision),
      criteria: evaluation.criteria.map((c) => c.points),
      framework: evaluation.framework,
      period: evaluation.period,
      unit: evaluation.unit,
      titles: evaluation.titles.map((t) => t.id),
    };
    return { score };
  };

  return {
    write: (e, out) => (summaryRefs.has(e.framework) ? writeSummary(e, out) : out.text(JSON.stringify(e))),
    evaluate(raw, index, row, known) {
      const checked = _checkRecord(raw, choose, engine.evidenceTypes, settings.asOf, known);
      if (!checked.success) return { index, row, id: idOf(raw), issues: checked.issues };
      const { record, framework, warnings } = checked.data;
      const extra = warnings.length > 0 ? { warnings } : {};
      try {
        return { index, row, id: record.id, ...evaluateChecked(record, framework), ...extra };
      } catch (error) {
        // A plugin that throws on one record rejects that record (plugin_error), as in engine.safeEvaluate.
        if (error instanceof CdhtError) return { index, row, id: record.id, issues: error.issues };
        throw error;
      }
    },
  };
}

/**
 * The summary of a full evaluation (see {@link BatchDetail}): the same object without the
 * per-indicator results, and titles without reasons and gaps.
 *
 * @param e - the evaluation
 * @returns the summary
 * @internal
 */
export function summaryOf(e: Evaluation): Evaluation {
  return {
    ...e,
    indicators: [],
    titles: e.titles.map((t) => ({ id: t.id, decision: t.decision, reasons: [], gap: null })),
  };
}
