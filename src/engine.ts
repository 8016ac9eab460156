import { type CompiledFramework } from './evaluate/compileFramework.js';
import { type EvaluateOptions, evaluateCompiled } from './evaluate/evaluate.js';
import { resolvePeriod } from './evaluate/period.js';
import { CdhtError, type Issue, issue } from './errors/issue.js';
import type { Evaluation } from './format/evaluation.js';
import { type EvidenceRecord, EvidenceRecordSchema } from './format/evidence.js';
import type { Framework } from './format/framework.js';
import { frameworkJsonSchema } from './format/jsonSchema.js';
import { type FrameworkInput, type LoadContext, type LoadResult, loadFramework, loadFrameworks } from './framework/load.js';
import { FrameworkRegistry } from './framework/registry.js';
import { compileSchemaCheck, type SchemaCheck } from './framework/schemaValidator.js';
import { corePlugin } from './plugins/core.js';
import type { GroupDefinition, Plugin } from './plugins/types.js';
import { type CompiledRule, compileRule } from './rules/compile.js';
import type { CompileRuleOptions, OperatorTable } from './rules/types.js';

/** Languages of messages and documents. */
export type Locale = 'vi' | 'en';

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
  /** The framework for a record: its `framework` field, else its group's framework, in force on the date. */
  frameworkForRecord(record: EvidenceRecord, date?: string): Framework;
  /** The compiled form of a loaded framework. */
  compile(framework: Framework): CompiledFramework;
  /**
   * Evaluates one record. Given a framework id, uses the version in force on `asOf`
   * (default: the last day of the record's period).
   */
  evaluate(framework: Framework | string | undefined, record: unknown, options?: EvaluateOptions): Evaluation;
  /** Compiles a rule with this engine's operators. */
  compileRule(rule: unknown, options?: Omit<CompileRuleOptions, 'operators'>): CompiledRule;
  /** A new engine with more plugins and the same frameworks (reloaded with the new operators). */
  with(...plugins: Plugin[]): Engine;
}

function pluginError(code: string, vi: string, en: string): CdhtError {
  return new CdhtError([issue(code, [], vi, en)]);
}

/** Merges plugin contributions; a name contributed twice is an error naming both plugins. */
function register(plugins: readonly Plugin[]): { operators: OperatorTable; groups: Record<string, GroupDefinition> } {
  const operators: Record<string, OperatorTable[string]> = {};
  const groups: Record<string, GroupDefinition> = {};
  const owner = new Map<string, string>();
  const names = new Set<string>();
  for (const plugin of plugins) {
    if (!plugin || typeof plugin !== 'object' || typeof plugin.name !== 'string' || plugin.name === '') {
      throw pluginError('invalid_plugin', 'plugin phải là một đối tượng có "name"', 'a plugin must be an object with a "name"');
    }
    if (names.has(plugin.name)) {
      throw pluginError('duplicate_plugin', `plugin "${plugin.name}" được đăng ký hai lần`, `plugin "${plugin.name}" is registered twice`);
    }
    names.add(plugin.name);
    const take = <T>(kind: string, table: Record<string, T>, from: Readonly<Record<string, T>> | undefined): void => {
      for (const key of Object.keys(from ?? {})) {
        const before = owner.get(`${kind}:${key}`);
        if (before !== undefined) {
          throw pluginError(
            'plugin_conflict',
            `${kind} "${key}" được cả plugin "${before}" và "${plugin.name}" khai báo`,
            `${kind} "${key}" is contributed by both plugin "${before}" and plugin "${plugin.name}"`,
          );
        }
        owner.set(`${kind}:${key}`, plugin.name);
        Object.defineProperty(table, key, { value: (from as Record<string, T>)[key], enumerable: true });
      }
    };
    take('operator', operators, plugin.operators);
    take('group', groups, plugin.groups);
  }
  return { operators: Object.freeze(operators), groups: Object.freeze(groups) };
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
  return buildEngine([corePlugin, ...(options.plugins ?? [])], options.locale ?? 'vi', new FrameworkRegistry(), undefined);
}

let sharedSchemaCheck: SchemaCheck | undefined;

function buildEngine(plugins: readonly Plugin[], locale: Locale, registry: FrameworkRegistry, schemaCheck: SchemaCheck | undefined): Engine {
  const { operators, groups } = register(plugins);
  // The framework schema is the same for every engine; compiling it once saves ~50 ms per engine.
  const check = schemaCheck ?? (sharedSchemaCheck ??= compileSchemaCheck(frameworkJsonSchema()));
  const ctx: LoadContext = { registry, operators, schemaCheck: check, groups };
  const byFramework = new WeakMap<Framework, CompiledFramework>();
  const entryOf = (framework: Framework): CompiledFramework => {
    const cached = byFramework.get(framework);
    if (cached) return cached;
    const entry = registry.get(framework.id, framework.version);
    if (!entry || entry.framework !== framework) {
      throw pluginError(
        'unknown_framework',
        `bộ tiêu chí ${framework.id}@${framework.version} chưa được nạp vào engine này`,
        `framework ${framework.id}@${framework.version} is not loaded in this engine`,
      );
    }
    byFramework.set(framework, entry.compiled);
    return entry.compiled;
  };
  const unknown = (id: string, date?: string): CdhtError =>
    pluginError(
      'unknown_framework',
      `không có bộ tiêu chí "${id}"${date ? ` có hiệu lực ngày ${date}` : ''}`,
      `no framework "${id}"${date ? ` in force on ${date}` : ''}`,
    );

  const engine: Engine = {
    locale,
    plugins: Object.freeze([...plugins]),
    operators,
    groups,
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
      if (record.framework !== undefined) {
        const f = registry.inForce(record.framework, on);
        if (!f) throw unknown(record.framework, on);
        return f.framework;
      }
      const group = record.group ?? 'citizen';
      const candidates = registry
        .ids()
        .map((id) => registry.inForce(id, on)?.framework)
        .filter((f): f is Framework => f !== undefined && f.group === group && f.verification?.status !== 'example');
      const preferred = candidates.find((f) => f.id === `cdht-${group}`) ?? (candidates.length === 1 ? candidates[0] : undefined);
      if (!preferred) {
        throw pluginError(
          'unknown_framework',
          `không chọn được bộ tiêu chí cho nhóm "${group}" ngày ${on} (${candidates.length} bộ phù hợp); hãy chỉ rõ framework`,
          `cannot choose a framework for group "${group}" on ${on} (${candidates.length} match); name the framework`,
        );
      }
      return preferred;
    },
    compile: entryOf,
    evaluate(framework, input, opts) {
      const parsed = EvidenceRecordSchema.safeParse(input);
      if (!parsed.success) {
        throw new CdhtError(
          parsed.error.issues.map((i) =>
            issue('invalid_record', i.path as (string | number)[], `hồ sơ minh chứng không hợp lệ: ${i.message}`, `invalid evidence record: ${i.message}`),
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
      return evaluateCompiled(entryOf(fw), record, opts);
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
