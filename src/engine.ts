import { CdhtError, type Issue, issue } from './errors/issue.js';
import { type EvaluateOptions, evaluateCompiled } from './evaluate/evaluate.js';
import { resolvePeriod } from './evaluate/period.js';
import type { GroupDefinition, Locale } from './format/common.js';
import type { Evaluation } from './format/evaluation.js';
import { type EvidenceRecord, EvidenceRecordSchema } from './format/evidence.js';
import { type Framework, FrameworkFileSchema } from './format/framework.js';
import type { CompiledFramework } from './framework/compileFramework.js';
import {
  type FrameworkInput,
  type LoadContext,
  type LoadResult,
  loadFramework,
  loadFrameworks,
} from './framework/load.js';
import { FrameworkRegistry } from './framework/registry.js';
import { createSchemaCheck, type SchemaCheck } from './framework/schemaValidator.js';
import { formForRecord } from './framework/selectForm.js';
import { corePlugin } from './plugins/core.js';
import { type Registrations, registerPlugins } from './plugins/register.js';
import type { Plugin } from './plugins/types.js';
import { type CompiledRule, compileRule } from './rules/compile.js';
import type { CompileRuleOptions, OperatorTable } from './rules/types.js';

/** Options of {@link createEngine}. */
export interface EngineOptions {
  /** Plugins, in registration order, after the built-in `cdht:core`. */
  readonly plugins?: readonly Plugin[] | undefined;
  /** Default language of messages (`vi`). */
  readonly locale?: Locale | undefined;
}

/**
 * An engine: its plugins (frozen at creation) and the frameworks loaded into it.
 * Loading only ever adds versions; nothing registered can be replaced.
 *
 * @category Engine
 */
export interface Engine {
  /** Default language. */
  readonly locale: Locale;
  /** Registered plugins, built-in first. */
  readonly plugins: readonly Plugin[];
  /** Every operator available to rules (standard operators are built into the compiler). */
  readonly operators: OperatorTable;
  /** Citizen groups by id. */
  readonly groups: Readonly<Record<string, GroupDefinition>>;
  /** Evidence field types contributed by plugins, by type name. */
  readonly evidenceTypes: Registrations['evidenceTypes'];
  /** Metrics for target plans contributed by plugins, by name. */
  readonly metrics: Registrations['metrics'];
  /** Report formats, by name. */
  readonly formatters: Registrations['formatters'];
  /** Extra message languages, by tag. */
  readonly locales: Registrations['locales'];
  /** Hook handlers in execution order (`pre`, registration order, `post`). */
  readonly hooks: Registrations['hooks'];
  /** An issue's message in a language: vi, en, or a plugin locale (falls back to English). */
  message(problem: Issue, lang?: string): string;
  /** Loads one framework file; throws {@link CdhtError} listing every problem. */
  load(json: unknown, options?: { file?: string | undefined }): Framework;
  /** Loads one framework file and returns problems instead of throwing. */
  safeLoad(json: unknown, options?: { file?: string | undefined }): LoadResult;
  /** Loads many files in dependency order; returns what loaded and every problem. */
  loadAll(inputs: readonly FrameworkInput[]): { frameworks: Framework[]; issues: Issue[] };
  /** Every loaded framework version. */
  frameworks(): Framework[];
  /** A framework by id, the given version or the highest one. */
  get(id: string, version?: string): Framework | undefined;
  /** The version of `id` in force on `date` (`yyyy-MM-dd`). */
  frameworkFor(id: string, date: string): Framework | undefined;
  /**
   * The form for a record, in force on the date: its `framework` field, else its group's form. A shared
   * base (`form.kind: base`) is never chosen; a record naming one is refused (`not_a_form`).
   */
  frameworkForRecord(record: EvidenceRecord, date?: string): Framework;
  /** The compiled form of a loaded framework. */
  compile(framework: Framework): CompiledFramework;
  /**
   * Evaluates one record. Given a framework id, uses the version in force on `asOf`
   * (default: the last day of the record's period). The evaluation is deeply frozen.
   */
  evaluate(framework: Framework | string | undefined, record: unknown, options?: EvaluateOptions): Evaluation;
  /**
   * Evaluates a record that already passed validation (from `readEvidence` or
   * `validateEvidenceRecord`) with a loaded framework: runs the plugins' record hooks around
   * the compiled evaluation, without validating the record's shape again. Batch runs use it; the
   * result is a fresh object the caller owns (not frozen, to save the time in batches).
   */
  evaluateRecord(framework: Framework, record: EvidenceRecord, options?: EvaluateOptions): Evaluation;
  /** Compiles a rule with this engine's operators. */
  compileRule(rule: unknown, options?: Omit<CompileRuleOptions, 'operators'>): CompiledRule;
  /** A new engine with more plugins and the same frameworks (reloaded with the new operators). */
  with(...plugins: Plugin[]): Engine;
}

function engineError(code: string, vi: string, en: string): CdhtError {
  return new CdhtError([issue(code, [], vi, en)]);
}

/**
 * Creates an engine. Plugins are validated now; conflicts throw. The engine object is frozen.
 *
 * @param options - plugins and default language
 * @returns the engine
 * @example
 * const engine = createEngine();
 * engine.loadAll(files);
 * const result = engine.evaluate('cdht-household', record);
 * @category Engine
 */
export function createEngine(options: EngineOptions = {}): Engine {
  return buildEngine(
    [corePlugin, ...(options.plugins ?? [])],
    options.locale ?? 'vi',
    new FrameworkRegistry(),
    undefined,
  );
}

function buildEngine(
  plugins: readonly Plugin[],
  locale: Locale,
  registry: FrameworkRegistry,
  schemaCheck: SchemaCheck | undefined,
): Engine {
  const registrations = registerPlugins(plugins, corePlugin.name);
  const { operators, groups, hooks } = registrations;
  // A zod check is a closure over the format: nothing to compile, so each engine makes its own.
  const check = schemaCheck ?? createSchemaCheck(FrameworkFileSchema);
  const ctx: LoadContext = {
    registry,
    operators,
    schemaCheck: check,
    groups,
    evidenceTypes: registrations.evidenceTypes,
    transform: (json, file) => hooks.transformFramework.reduce((value, h) => h.handler(value, { file }), json),
    loaded: (framework) => {
      for (const h of hooks.onFrameworkLoaded) h.handler(framework);
    },
  };
  const byFramework = new WeakMap<Framework, CompiledFramework>();
  const entryOf = (framework: Framework): CompiledFramework => {
    const cached = byFramework.get(framework);
    if (cached) return cached;
    const entry = registry.get(framework.id, framework.version);
    if (!entry || entry.framework !== framework) {
      throw engineError(
        'unknown_framework',
        `bộ tiêu chí ${framework.id}@${framework.version} chưa được nạp vào engine này`,
        `framework ${framework.id}@${framework.version} is not loaded in this engine`,
      );
    }
    byFramework.set(framework, entry.compiled);
    return entry.compiled;
  };
  const unknown = (id: string, date?: string): CdhtError =>
    engineError(
      'unknown_framework',
      `không có bộ tiêu chí "${id}"${date ? ` có hiệu lực ngày ${date}` : ''}`,
      `no framework "${id}"${date ? ` in force on ${date}` : ''}`,
    );

  const engine: Engine = {
    locale,
    plugins: Object.freeze([...plugins]),
    operators,
    groups,
    evidenceTypes: registrations.evidenceTypes,
    metrics: registrations.metrics,
    formatters: registrations.formatters,
    locales: registrations.locales,
    hooks,
    message(problem, lang) {
      const l = lang ?? locale;
      if (l === 'vi' || l === 'en') return problem.message[l];
      const text = registrations.locales[l]?.messages[problem.code];
      return text ?? problem.message.en;
    },
    load(json, opts) {
      const r = loadFramework(json, ctx, opts?.file);
      if (!r.success) throw new CdhtError(r.issues as [Issue, ...Issue[]]);
      return r.framework;
    },
    safeLoad: (json, opts) => loadFramework(json, ctx, opts?.file),
    loadAll: (inputs) => loadFrameworks(inputs, ctx),
    frameworks: () => registry.entries().map((e) => e.framework),
    get: (id, version) => registry.get(id, version)?.framework,
    frameworkFor: (id, date) => registry.inForce(id, date)?.framework,
    frameworkForRecord(record, date) {
      const on = date ?? resolvePeriod(record.period).to;
      return formForRecord(
        { ids: () => registry.ids(), inForce: (id, d) => registry.inForce(id, d)?.framework },
        record,
        on,
      );
    },
    compile: entryOf,
    evaluate(framework, input, opts) {
      const parsed = EvidenceRecordSchema.safeParse(input);
      if (!parsed.success) {
        throw new CdhtError(
          parsed.error.issues.map((i) =>
            issue(
              'invalid_record',
              i.path as (string | number)[],
              `hồ sơ minh chứng không hợp lệ: ${i.message}`,
              `invalid evidence record: ${i.message}`,
            ),
          ) as [Issue, ...Issue[]],
        );
      }
      const record = parsed.data;
      const on = opts?.asOf ?? resolvePeriod(record.period).to;
      let fw: Framework;
      if (framework === undefined) fw = engine.frameworkForRecord(record, on);
      else if (typeof framework === 'string') {
        const f = registry.inForce(framework, on)?.framework;
        if (!f) throw unknown(framework, on);
        fw = f;
      } else fw = framework;
      return freezeEvaluation(engine.evaluateRecord(fw, record, opts));
    },
    evaluateRecord(fw, record, opts) {
      const compiled = entryOf(fw);
      if (hooks.transformRecord.length === 0 && hooks.onEvaluation.length === 0)
        return evaluateCompiled(compiled, record, opts);
      let subject: EvidenceRecord = record;
      for (const h of hooks.transformRecord) subject = h.handler(subject, { framework: fw });
      const evaluation = evaluateCompiled(compiled, subject, opts);
      for (const h of hooks.onEvaluation) h.handler(evaluation, subject);
      return evaluation;
    },
    compileRule: (rule, opts) => compileRule(rule, { ...opts, operators }),
    with(...more) {
      const next = buildEngine([...plugins, ...more], locale, new FrameworkRegistry(), check);
      const sources = registry.entries().map((e) => ({ file: e.file, json: e.source }));
      const r = next.loadAll(sources);
      if (r.issues.some((i) => i.severity !== 'warning')) throw new CdhtError(r.issues as [Issue, ...Issue[]]);
      return next;
    },
  };
  return Object.freeze(engine);
}

/**
 * Freezes what the evaluator built, and nothing the record owns: values that `derived` and `read`
 * hold may be the caller's own evidence objects, so those two are frozen one level deep.
 */
function freezeEvaluation(e: Evaluation): Evaluation {
  const freezeAll = <T>(list: readonly T[], each: (item: T) => void = () => {}): void => {
    for (const item of list) each(item);
    Object.freeze(list);
  };
  freezeAll(e.criteria, (c) => Object.freeze(c));
  freezeAll(e.indicators, (i) => {
    if (i.missing) Object.freeze(i.missing);
    if (i.read) Object.freeze(i.read);
    Object.freeze(i);
  });
  freezeAll(e.titles, (t) => {
    freezeAll(t.reasons, (r) => {
      Object.freeze(r.message);
      Object.freeze(r);
    });
    if (t.gap) {
      freezeAll(t.gap.indicators, (g) => Object.freeze(g));
      Object.freeze(t.gap.evidence);
      Object.freeze(t.gap);
    }
    Object.freeze(t);
  });
  Object.freeze(e.derived);
  Object.freeze(e.framework);
  Object.freeze(e.period);
  if (e.unit) Object.freeze(e.unit);
  if (e.memberships) freezeAll(e.memberships, (m) => Object.freeze(m));
  return Object.freeze(e);
}
