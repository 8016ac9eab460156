import { _parseAsOf, type AsOfInput } from './engine/asOf.js';
import { _checkRecord, type FrameworkChoice } from './engine/checkRecord.js';
import { _chooseFramework } from './engine/chooseFramework.js';
import {
  evaluateCollectiveMembers,
  freezeCollective,
  openCollective,
  parseCollectiveRecord,
} from './engine/collective.js';
import {
  type CollectiveBatchItem,
  type CollectiveBatchOptions,
  evaluateCollectiveStream,
} from './engine/collectiveBatch.js';
import { _evaluateWithHooks, _frameworkLoaded, _transformFramework } from './engine/hooks.js';
import { CdhtError, type Issue, issue } from './errors/issue.js';
import type { EvaluateOptions } from './evaluate/evaluate.js';
import { resolvePeriod } from './evaluate/period.js';
import type { CollectiveRecord } from './format/collective.js';
import type { CollectiveEvaluation } from './format/collectiveEvaluation.js';
import type { GroupDefinition, Locale } from './format/common.js';
import type { Evaluation, Reason } from './format/evaluation.js';
import type { EvidenceRecord } from './format/evidence.js';
import { type Framework, FrameworkFileSchema } from './format/framework.js';
import { collectiveFrameworkFor } from './framework/collective/selectCollective.js';
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
import { localize } from './i18n/locale.js';
import { corePlugin } from './plugins/core.js';
import { type Registrations, registerPlugins } from './plugins/register.js';
import type { Plugin } from './plugins/types.js';
import { type CompiledRule, compileRule } from './rules/compile.js';
import type { CompileRuleOptions, OperatorTable } from './rules/types.js';

export type { AsOfInput } from './engine/asOf.js';

/**
 * Options of `engine.evaluate` and `engine.safeEvaluate`.
 *
 * @category Engine
 */
export interface EngineEvaluateOptions extends Omit<EvaluateOptions, 'asOf'> {
  /**
   * The evaluation date: `yyyy-MM-dd`, `dd/MM/yyyy` or a `Date` (its local calendar day); by
   * default the last day of the record's period. Anything else is an `invalid_as_of` issue.
   */
  readonly asOf?: AsOfInput | undefined;
}

/**
 * The outcome of `engine.safeEvaluate`: the (frozen) evaluation with the record's warnings
 * (undeclared fields, absent required fields), or every issue that stops it.
 *
 * @category Engine
 */
export type SafeEvaluateResult =
  | { readonly success: true; readonly data: Evaluation; readonly warnings: readonly Issue[] }
  | { readonly success: false; readonly issues: readonly [Issue, ...Issue[]] };

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
  /**
   * Report formats added by plugins, by name (`xlsx` with `xlsxPlugin`). The built-in md, html, csv
   * and json are not listed: `renderReport` always provides them, and their names are reserved.
   */
  readonly formatters: Registrations['formatters'];
  /** Extra message languages, by tag. */
  readonly locales: Registrations['locales'];
  /** Hook handlers in execution order (`pre`, registration order, `post`). */
  readonly hooks: Registrations['hooks'];
  /**
   * An issue's or a reason's message in a language: vi, en, or a plugin locale, which may translate
   * any code with its parameters (codes it lacks fall back to English).
   */
  message(problem: Issue | Reason, lang?: string): string;
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
   * Evaluates one record: the one front door. The record is validated first, exactly as
   * `evaluateBatch`, `evaluateNdjson` and `cdht evaluate` validate it: its shape, then every value
   * under `data` against the chosen framework's declared evidence (types, ranges, dates, plugin
   * evidence types). Given a framework id, uses the version in force on `asOf` (default: the last
   * day of the record's period); given `undefined`, the record's `framework` field or its group's
   * framework. The evaluation is deeply frozen.
   *
   * @param framework - a loaded framework, a framework id, or undefined to let the record choose
   * @param record - the evidence record, as parsed from JSON
   * @param options - evaluation date (`yyyy-MM-dd`, `dd/MM/yyyy` or a `Date`) and detail
   * @returns the evaluation
   * @throws CdhtError listing every problem: `invalid_record`, `invalid_evidence`, `invalid_as_of`,
   *   `unknown_framework`
   * @example engine.evaluate('cdht', { id: '1', period: '2025', data: { tc1_1: { self: 11 } } })
   * // throws CdhtError: $.data.tc1_1.self: invalid_evidence Value 11 is outside the allowed range 0–10.
   */
  evaluate(framework: Framework | string | undefined, record: unknown, options?: EngineEvaluateOptions): Evaluation;
  /**
   * {@link Engine.evaluate} that returns its problems instead of throwing.
   *
   * @param framework - a loaded framework, a framework id, or undefined to let the record choose
   * @param record - the evidence record
   * @param options - evaluation date and detail
   * @returns `{ success: true, data, warnings }` or `{ success: false, issues }`
   * @example
   * const r = engine.safeEvaluate('cdht-household', record, { asOf: '31/12/2025' });
   * if (!r.success) console.error(formatIssues(r.issues, 'vi'));
   */
  safeEvaluate(
    framework: Framework | string | undefined,
    record: unknown,
    options?: EngineEvaluateOptions,
  ): SafeEvaluateResult;
  /**
   * The collective framework a collective record is judged by, in force on the date (default: the
   * end of its period): its `framework`, else the one for its kind and level.
   */
  frameworkForCollective(record: CollectiveRecord, date?: string): Framework;
  /**
   * Judges a collective — a family, clan, community or unit — from its own evidence and its
   * members' evaluations (each naming it in `memberships`, of the same period). Given a framework
   * id, uses the version in force on `asOf` (default: the end of the record's period); undefined
   * picks one by the record's kind and level. The result is deeply frozen.
   *
   * @param framework - a loaded collective framework, its id, or undefined to choose by kind and level
   * @param collective - the collective's record (`CollectiveRecord`), as parsed from JSON
   * @param members - the members' evaluations (persons', or lower collectives' for clans and communities)
   * @param options - evaluation date and detail
   * @returns the collective evaluation: targets, levels, member counts and gaps
   * @throws CdhtError `invalid_record`, `invalid_as_of`, `unknown_framework`, `invalid_collective`,
   *   `invalid_member`, `member_mismatch`, `duplicate_member`, `members_exceed_size`
   */
  evaluateCollective(
    framework: Framework | string | undefined,
    collective: unknown,
    members: readonly unknown[],
    options?: EngineEvaluateOptions,
  ): CollectiveEvaluation;
  /**
   * Judges every collective of a batch from a stream of member evaluations, without holding the
   * members: each is counted by every collective its memberships name (same kind and period) and
   * dropped, so memory grows with the collectives, not the population. Each collective is decided
   * as `engine.evaluateCollective` decides it (framework by its `framework`, kind and level);
   * households are decided before the clans and villages that count them. A collective or member
   * that cannot be used is an item with its issues, never lost; the last item is the summary, whose
   * counts reconcile.
   *
   * @param collectives - collective records (`CollectiveRecord`), read first
   * @param members - member evaluations (persons' `Evaluation`s, as stored), read once, in any order
   * @param options - evaluation date, detail, duplicate check
   * @returns the items: `collective`, `collective-rejected`, `member-rejected`, then `summary`
   * @throws CdhtError `invalid_as_of` at once
   * @example
   * for await (const item of engine.evaluateCollectives(households, personEvaluations)) {
   *   if (item.kind === 'collective') console.log(item.evaluation.collective.id, item.evaluation.level.awarded);
   * }
   */
  evaluateCollectives(
    collectives: Iterable<unknown> | AsyncIterable<unknown>,
    members: Iterable<unknown> | AsyncIterable<unknown>,
    options?: CollectiveBatchOptions,
  ): AsyncGenerator<CollectiveBatchItem>;
  /** Compiles a rule with this engine's operators. */
  compileRule(rule: unknown, options?: Omit<CompileRuleOptions, 'operators'>): CompiledRule;
  /** A new engine with more plugins and the same frameworks (reloaded with the new operators). */
  with(...plugins: Plugin[]): Engine;
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
    transform: (json, file) => _transformFramework(hooks, json, file),
    loaded: (framework) => _frameworkLoaded(hooks, framework),
  };
  const byFramework = new WeakMap<Framework, CompiledFramework>();
  const entryOf = (framework: Framework): CompiledFramework => {
    const cached = byFramework.get(framework);
    if (cached) return cached;
    const entry = registry.get(framework.id, framework.version);
    if (!entry || entry.framework !== framework) {
      throw new CdhtError([
        issue('unknown_framework', [], { kind: 'not_loaded', id: framework.id, version: framework.version }),
      ]);
    }
    byFramework.set(framework, entry.compiled);
    return entry.compiled;
  };
  /** How `evaluate` chooses the framework: as every batch does, or the loaded framework given. */
  const chooser =
    (framework: Framework | string | undefined): FrameworkChoice =>
    (record, on) => {
      if (typeof framework !== 'object') return _chooseFramework(engine, framework, record, on);
      entryOf(framework); // throws unknown_framework when it is not loaded in this engine
      return framework;
    };

  /** Validation for `evaluate` and `safeEvaluate`: the issues, or the evaluation to run. */
  const frontDoor = (
    framework: Framework | string | undefined,
    input: unknown,
    opts: EngineEvaluateOptions | undefined,
  ): { issues: [Issue, ...Issue[]] } | { evaluate: () => Evaluation; warnings: readonly Issue[] } => {
    const asOf = _parseAsOf(opts?.asOf);
    if (!asOf.success) return { issues: asOf.issues };
    const checked = _checkRecord(input, chooser(framework), registrations.evidenceTypes, asOf.data);
    if (!checked.success) return { issues: checked.issues as [Issue, ...Issue[]] };
    const { record, framework: fw, warnings } = checked.data;
    const evaluateOptions = { ...opts, asOf: asOf.data };
    return {
      evaluate: () => _evaluateWithHooks(hooks, entryOf(fw), record, evaluateOptions, registrations.evidenceTypes),
      warnings,
    };
  };

  /** The collective framework a collective record is judged by: the one given, else as `frameworkForCollective`. */
  const collectiveFramework = (
    framework: Framework | string | undefined,
    record: CollectiveRecord,
    asOf: string | undefined,
  ): Framework => {
    const on = asOf ?? resolvePeriod(record.period).to;
    if (framework === undefined) return engine.frameworkForCollective(record, on);
    if (typeof framework !== 'string') return framework;
    const f = registry.inForce(framework, on)?.framework;
    if (!f)
      throw new CdhtError([issue('unknown_framework', ['framework'], { kind: 'not_found', id: framework, date: on })]);
    return f;
  };

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
    message: (problem, lang) => localize(problem, lang ?? locale, registrations.locales),
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
      const r = frontDoor(framework, input, opts);
      // A plugin error thrown while evaluating propagates as it is (a PluginError naming the plugin).
      if ('issues' in r) throw new CdhtError(r.issues);
      return freezeEvaluation(r.evaluate());
    },
    safeEvaluate(framework, input, opts) {
      const r = frontDoor(framework, input, opts);
      if ('issues' in r) return { success: false, issues: r.issues };
      try {
        return { success: true, data: freezeEvaluation(r.evaluate()), warnings: r.warnings };
      } catch (error) {
        // A plugin that throws on this record (plugin_error) is this record's problem, as in batches.
        if (error instanceof CdhtError) return { success: false, issues: error.issues };
        throw error;
      }
    },
    frameworkForCollective(record, date) {
      const on = date ?? resolvePeriod(record.period).to;
      return collectiveFrameworkFor(
        { ids: () => registry.ids(), inForce: (id, d) => registry.inForce(id, d)?.framework },
        record,
        on,
      );
    },
    evaluateCollective(framework, input, members, opts) {
      const asOf = _parseAsOf(opts?.asOf);
      if (!asOf.success) throw new CdhtError(asOf.issues);
      const record = parseCollectiveRecord(input);
      const fw = collectiveFramework(framework, record, asOf.data);
      const options = { ...opts, asOf: asOf.data };
      const evaluation = evaluateCollectiveMembers(entryOf(fw), record, members, options, registrations.evidenceTypes);
      return freezeCollective(evaluation);
    },
    evaluateCollectives(collectives, members, opts) {
      const asOf = _parseAsOf(opts?.asOf);
      if (!asOf.success) throw new CdhtError(asOf.issues);
      const open = (input: unknown) => {
        const record = parseCollectiveRecord(input);
        const fw = collectiveFramework(undefined, record, asOf.data);
        return openCollective(entryOf(fw), record, registrations.evidenceTypes);
      };
      const options = { ...opts, asOf: asOf.data };
      return freezeItems(evaluateCollectiveStream(open, collectives, members, options));
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
  if (e.variant) {
    if (e.variant.candidates) Object.freeze(e.variant.candidates);
    if (e.variant.attributes) Object.freeze(e.variant.attributes);
    Object.freeze(e.variant);
  }
  Object.freeze(e.framework);
  Object.freeze(e.period);
  if (e.unit) Object.freeze(e.unit);
  if (e.memberships) freezeAll(e.memberships, (m) => Object.freeze(m));
  return Object.freeze(e);
}

/** Freezes each collective evaluation a batch yields, as `evaluateCollective` does. */
async function* freezeItems(items: AsyncGenerator<CollectiveBatchItem>): AsyncGenerator<CollectiveBatchItem> {
  for await (const item of items) {
    if (item.kind === 'collective') freezeCollective(item.evaluation);
    yield item;
  }
}
