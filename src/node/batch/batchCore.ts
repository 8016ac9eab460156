import type { Engine } from '../../engine.js';
import { CdhtError, type Issue, issue } from '../../errors/issue.js';
import { evaluateCompiled } from '../../evaluate/evaluate.js';
import { resolvePeriod } from '../../evaluate/period.js';
import { createScorer, type Score, type Scorer } from '../../evaluate/score.js';
import { isSimpleRecord } from '../../evidence/simpleRecord.js';
import type { Evaluation } from '../../format/evaluation.js';
import { type EvidenceRecord, EvidenceRecordSchema } from '../../format/evidence.js';
import type { Framework } from '../../format/framework.js';
import type { CompiledFramework } from '../../framework/compileFramework.js';
import { chooseFramework } from './chooseFramework.js';

/** What a batch yields per record: the full evaluation or the lean score. @category Batch */
export type BatchDetail = 'evaluation' | 'score';

/** A lean batch result: the {@link Score} with what aggregation needs. @category Batch */
export interface BatchScore extends Score {
  readonly framework: { readonly id: string; readonly version: string };
  readonly unit?: Readonly<Record<string, string>> | undefined;
  /** Title ids, in the order of `decisions`. */
  readonly titles: readonly string[];
}

/**
 * One result of a batch, in input order: `index` counts records from 0 (NDJSON sources count
 * non-blank lines and also give the 1-based `line`). Exactly one of `evaluation`, `score` and
 * `issues` is present; a record that cannot be evaluated is a value with its issues, never a throw.
 *
 * @category Batch
 */
export interface BatchItem {
  readonly index: number;
  readonly line?: number | undefined;
  readonly evaluation?: Evaluation | undefined;
  readonly score?: BatchScore | undefined;
  readonly issues?: readonly Issue[] | undefined;
}

/** Settings of a batch that workers receive as plain data. @internal */
export interface BatchSettings {
  readonly asOf?: string | undefined;
  readonly explain?: boolean | undefined;
  readonly gap?: boolean | undefined;
  readonly detail?: BatchDetail | undefined;
  /** Framework id every record is evaluated against (version in force on the date), over `record.framework`. */
  readonly framework?: string | undefined;
  /** A fixed framework version (`id@version`), for a compiled-framework target. */
  readonly fixed?: { readonly id: string; readonly version: string } | undefined;
}

function parseRecord(value: unknown): EvidenceRecord | Issue[] {
  if (isSimpleRecord(value)) return value;
  const parsed = EvidenceRecordSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  return parsed.error.issues.map((i) =>
    issue(
      'invalid_record',
      i.path as (string | number)[],
      `hồ sơ minh chứng không hợp lệ: ${i.message}`,
      `invalid evidence record: ${i.message}`,
    ),
  );
}

const NO_HOOKS: Engine['hooks'] = {
  transformFramework: [],
  onFrameworkLoaded: [],
  transformRecord: [],
  onEvaluation: [],
};

/** The little of an engine a batch needs, over one compiled framework. */
function standalone(
  cf: CompiledFramework,
): Pick<Engine, 'get' | 'frameworkFor' | 'frameworkForRecord' | 'compile' | 'hooks'> {
  return {
    get: () => cf.framework,
    frameworkFor: () => cf.framework,
    frameworkForRecord: () => cf.framework,
    compile: () => cf,
    hooks: NO_HOOKS,
  };
}

/** A scorer with the parts every lean result of its framework shares. */
interface LeanScorer {
  readonly score: Scorer;
  readonly framework: BatchScore['framework'];
  readonly titles: readonly string[];
}

/** Evaluates records one at a time with an engine; caches framework choices and scorers. @internal */
export interface RecordEvaluator {
  evaluate(raw: unknown, index: number, line?: number): BatchItem;
}

/**
 * Builds the per-record step shared by the calling thread and the workers.
 *
 * @param target - the engine (frameworks loaded), or the one compiled framework to use
 * @param settings - batch settings
 * @returns the evaluator
 * @internal
 */
export function recordEvaluator(target: Engine | CompiledFramework, settings: BatchSettings): RecordEvaluator {
  const detail = settings.detail ?? 'evaluation';
  const options = { asOf: settings.asOf, explain: settings.explain ?? false, gap: settings.gap };
  const given = 'indicators' in target ? target : undefined;
  const engine: Pick<Engine, 'get' | 'frameworkFor' | 'frameworkForRecord' | 'compile' | 'hooks'> =
    given === undefined ? (target as Engine) : standalone(given);
  const fixed =
    given?.framework ??
    (settings.fixed === undefined ? undefined : engine.get(settings.fixed.id, settings.fixed.version));
  if (settings.fixed !== undefined && fixed === undefined) {
    throw new CdhtError([
      issue(
        'unknown_framework',
        [],
        `bộ tiêu chí ${settings.fixed.id}@${settings.fixed.version} chưa được nạp`,
        `framework ${settings.fixed.id}@${settings.fixed.version} is not loaded`,
      ),
    ]);
  }
  const choices = new Map<string, Framework | CdhtError>();
  const scorers = new Map<CompiledFramework, LeanScorer>();
  const hooks = engine.hooks;
  const plain = hooks.transformRecord.length === 0 && hooks.onEvaluation.length === 0;

  const choose = (record: EvidenceRecord): Framework => {
    if (fixed !== undefined) return fixed;
    const on = settings.asOf ?? resolvePeriod(record.period).to;
    const key = `${settings.framework ?? record.framework ?? ''}\u0000${record.group ?? ''}\u0000${on}`;
    let choice = choices.get(key);
    if (choice === undefined) {
      try {
        choice = chooseFramework(engine, record, settings.framework, on);
      } catch (error) {
        if (!(error instanceof CdhtError)) throw error;
        choice = error;
      }
      choices.set(key, choice);
    }
    if (choice instanceof CdhtError) throw choice;
    return choice;
  };

  const scorerOf = (cf: CompiledFramework): LeanScorer => {
    let s = scorers.get(cf);
    if (s === undefined) {
      const { id, version } = cf.framework;
      s = {
        score: createScorer(cf, { asOf: settings.asOf }),
        framework: Object.freeze({ id, version }),
        titles: Object.freeze(cf.titles.map((t) => t.title.id)),
      };
      scorers.set(cf, s);
    }
    return s;
  };

  return {
    evaluate(raw, index, line) {
      const parsed = parseRecord(raw);
      if (Array.isArray(parsed)) return { index, line, issues: parsed };
      try {
        const framework = choose(parsed);
        let record = parsed;
        if (!plain) for (const h of hooks.transformRecord) record = h.handler(record, { framework });
        const cf = engine.compile(framework);
        if (detail === 'score' && plain) {
          const lean = scorerOf(cf);
          const s = lean.score(record);
          const score: BatchScore = {
            person: s.person,
            total: s.total,
            possible: s.possible,
            missing: s.missing,
            decisions: s.decisions,
            framework: lean.framework,
            unit: record.unit,
            titles: lean.titles,
          };
          return { index, line, score };
        }
        const evaluation = evaluateCompiled(cf, record, options);
        if (!plain) for (const h of hooks.onEvaluation) h.handler(evaluation, record);
        if (detail === 'score') {
          const score: BatchScore = {
            person: evaluation.person,
            total: evaluation.total,
            possible: evaluation.possible,
            missing: evaluation.indicators.filter((i) => i.status === 'missing').length,
            decisions: evaluation.titles.map((t) => t.decision),
            framework: evaluation.framework,
            unit: evaluation.unit,
            titles: evaluation.titles.map((t) => t.id),
          };
          return { index, line, score };
        }
        return { index, line, evaluation };
      } catch (error) {
        if (error instanceof CdhtError) return { index, line, issues: error.issues };
        throw error;
      }
    },
  };
}
