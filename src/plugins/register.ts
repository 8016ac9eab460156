import type { EngineIssueCode } from '../errors/codes.js';
import { CdhtError, type Issue, issue } from '../errors/issue.js';
import type { IssueParams } from '../errors/params.js';
import type { LocaleMessages, MessageTemplate } from '../i18n/locale.js';
import { builtinFormatNames } from '../report/formatNames.js';
import type { ReportFormatter } from '../report/types.js';
import { standardOperators } from '../rules/operators/standard.js';
import type { OperatorDefinition, OperatorTable } from '../rules/types.js';
import { guard, PluginError } from './pluginError.js';
import type {
  EvidenceTypeDefinition,
  GroupDefinition,
  Hook,
  HookName,
  LocaleDefinition,
  MetricDefinition,
  Plugin,
  PluginHooks,
} from './types.js';
import { hookNames } from './types.js';

/** A hook handler with the plugin it came from, in execution order. */
export interface HookEntry<F> {
  readonly plugin: string;
  readonly handler: F;
}

type HookFn<K extends HookName> = NonNullable<PluginHooks[K]> extends Hook<infer F> ? F : never;

/** What the plugins of an engine contribute, merged and frozen. */
export interface Registrations {
  readonly operators: OperatorTable;
  readonly groups: Readonly<Record<string, GroupDefinition>>;
  readonly evidenceTypes: Readonly<Record<string, EvidenceTypeDefinition>>;
  readonly metrics: Readonly<Record<string, MetricDefinition>>;
  readonly formatters: Readonly<Record<string, ReportFormatter>>;
  readonly locales: Readonly<Record<string, LocaleDefinition>>;
  readonly hooks: { readonly [K in HookName]: readonly HookEntry<HookFn<K>>[] };
}

const PLUGIN_KEYS = /* @__PURE__ */ new Set([
  'name',
  'version',
  'operators',
  'groups',
  'evidenceTypes',
  'metrics',
  'formatters',
  'locales',
  'hooks',
]);
const NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*$/;

function fail<C extends EngineIssueCode>(code: C, params: IssueParams[C], path: (string | number)[] = []): never {
  throw new CdhtError([issue(code, path, params) as Issue]);
}

type ContributionProblem = Extract<IssueParams['invalid_plugin'], { kind: 'bad_contribution' }>['problem'];

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Checks one contribution's shape; what a plugin gets wrong is reported with its name and key. */
function checkContribution(plugin: string, kind: string, key: string, value: unknown): void {
  const bad = (problem: ContributionProblem): never =>
    fail('invalid_plugin', { kind: 'bad_contribution', plugin, part: kind, key, problem }, [kind, key]);
  if (!NAME.test(key)) bad('invalid_name');
  if (!isObject(value)) bad('not_object');
  const v = value as Record<string, unknown>;
  const hasText = (t: unknown): boolean => isObject(t) && typeof t.vi === 'string' && typeof t.en === 'string';
  switch (kind) {
    case 'operators':
      if (!hasText(v.description)) bad('needs_description');
      if ('lazy' in v || 'evaluateLazy' in v) bad('old_lazy_form');
      if (v.kind !== 'eager' && v.kind !== 'lazy') bad('needs_kind');
      if (typeof v.evaluate !== 'function') bad('needs_evaluate');
      break;
    case 'groups':
    case 'evidenceTypes':
    case 'metrics':
      if (!hasText(v.label)) bad('needs_label');
      if (kind === 'evidenceTypes' && !isObject(v.jsonSchema)) bad('needs_json_schema');
      if (
        kind === 'metrics' &&
        (typeof v.population !== 'function' || typeof v.counted !== 'function' || !hasText(v.noun))
      ) {
        bad('needs_metric_functions');
      }
      break;
    case 'formatters':
      if (typeof v.format !== 'function' || v.name !== key) bad('needs_format');
      break;
    case 'locales':
      if (typeof v.label !== 'string' || !isObject(v.messages)) bad('needs_messages');
      for (const text of Object.values(v.messages as Record<string, unknown>)) {
        if (typeof text !== 'string' && typeof text !== 'function') bad('bad_message');
      }
      break;
  }
}

/** Wraps plugin code so errors name the plugin; the trusted built-in plugin runs unwrapped (hot path). */
function wrapOperator(plugin: string, name: string, op: OperatorDefinition, trusted: boolean): OperatorDefinition {
  if (trusted) return op;
  const where = `operators.${name}`;
  const reads = op.reads ? { reads: guard(plugin, `${where}.reads`, op.reads) } : {};
  return op.kind === 'lazy'
    ? Object.freeze({ ...op, evaluate: guard(plugin, where, op.evaluate), ...reads })
    : Object.freeze({ ...op, evaluate: guard(plugin, where, op.evaluate), ...reads });
}

/**
 * The functions of an evidence type, a metric or a report format, wrapped so what they throw names
 * the plugin and where; a formatter must also return text or bytes. The built-in plugin runs unwrapped.
 */
function wrapFunctions(plugin: string, kind: string, key: string, value: unknown, trusted: boolean): unknown {
  if (trusted) return Object.freeze(value);
  const where = `${kind}.${key}`;
  switch (kind) {
    case 'evidenceTypes': {
      const t = value as EvidenceTypeDefinition;
      return Object.freeze({
        ...t,
        ...(t.parse ? { parse: guard(plugin, `${where}.parse`, t.parse) } : {}),
        ...(t.validate ? { validate: guard(plugin, `${where}.validate`, t.validate) } : {}),
      });
    }
    case 'metrics': {
      const m = value as MetricDefinition;
      return Object.freeze({
        ...m,
        population: guard(plugin, `${where}.population`, m.population),
        counted: guard(plugin, `${where}.counted`, m.counted),
      });
    }
    case 'formatters': {
      const f = value as ReportFormatter;
      return Object.freeze({ ...f, format: guardFormat(plugin, `${where}.format`, f.format.bind(f)) });
    }
    default:
      return Object.freeze(value);
  }
}

/** A report format's `format`, wrapped: what it throws, and a result that is no text or bytes, become a PluginError. */
function guardFormat(plugin: string, where: string, format: ReportFormatter['format']): ReportFormatter['format'] {
  return async (report, options) => {
    let out: unknown;
    try {
      out = await format(report, options);
    } catch (error) {
      if (error instanceof PluginError) throw error;
      throw new PluginError(plugin, where, error);
    }
    if (typeof out === 'string' || out instanceof Uint8Array) return out;
    const got = out === null ? 'null' : Array.isArray(out) ? 'array' : typeof out;
    throw new PluginError(plugin, where, new TypeError(`${where} returned ${got}`), { expected: 'text_or_bytes', got });
  };
}

/** A frozen copy of a locale whose message functions name the plugin when they throw. */
function wrapLocale(plugin: string, tag: string, locale: LocaleDefinition): LocaleDefinition {
  const messages: Record<string, MessageTemplate> = {};
  for (const [key, text] of Object.entries(locale.messages as Readonly<Record<string, MessageTemplate>>)) {
    Object.defineProperty(messages, key, {
      value: typeof text === 'function' ? guard(plugin, `locales.${tag}.messages.${key}`, text) : text,
      enumerable: true,
    });
  }
  return Object.freeze({ ...locale, messages: Object.freeze(messages) as LocaleMessages });
}

/**
 * Validates plugins and merges their contributions. Fails fast: a duplicate plugin name, a
 * contribution two plugins make, a standard operator name, or a malformed part throws, naming both
 * plugins where there are two.
 *
 * @param plugins - plugins in registration order (the built-in one first)
 * @param trusted - name of the built-in plugin, whose code is not wrapped
 * @returns the frozen registrations
 * @internal
 */
export function registerPlugins(plugins: readonly Plugin[], trusted: string): Registrations {
  const standard = standardOperators;
  const tables: Record<string, Record<string, unknown>> = {
    operators: {},
    groups: {},
    evidenceTypes: {},
    metrics: {},
    formatters: {},
    locales: {},
  };
  // The built-in report formats belong to the built-in plugin even though the engine does not
  // carry them (renderReport does): a plugin cannot take their names.
  const owner = new Map<string, string>(builtinFormatNames.map((f) => [`formatters:${f}`, trusted]));
  const names = new Set<string>();
  const buckets: Record<
    string,
    { pre: HookEntry<unknown>[]; normal: HookEntry<unknown>[]; post: HookEntry<unknown>[] }
  > = {};
  for (const h of hookNames) buckets[h] = { pre: [], normal: [], post: [] };

  for (const plugin of plugins) {
    if (!isObject(plugin) || typeof plugin.name !== 'string' || !NAME.test(plugin.name)) {
      fail('invalid_plugin', { kind: 'not_a_plugin' });
    }
    const name = plugin.name;
    if (names.has(name)) fail('duplicate_plugin', { plugin: name });
    names.add(name);
    for (const key of Object.keys(plugin)) {
      if (!PLUGIN_KEYS.has(key)) fail('invalid_plugin', { kind: 'unknown_part', plugin: name, part: key }, [key]);
    }
    for (const kind of Object.keys(tables)) {
      const part: unknown = (plugin as unknown as Record<string, unknown>)[kind];
      if (part === undefined) continue;
      if (!isObject(part)) fail('invalid_plugin', { kind: 'part_not_object', plugin: name, part: kind }, [kind]);
      for (const key of Object.keys(part as Record<string, unknown>) as string[]) {
        if (kind === 'operators' && Object.hasOwn(standard, key)) {
          fail('operator_conflict', { kind: 'plugin', plugin: name, operator: key }, [kind, key]);
        }
        checkContribution(name, kind, key, part[key]);
        const before = owner.get(`${kind}:${key}`);
        if (before !== undefined) {
          fail('plugin_conflict', { part: kind, key, first: before, second: name }, [kind, key]);
        }
        owner.set(`${kind}:${key}`, name);
        const value =
          kind === 'operators'
            ? wrapOperator(name, key, part[key] as OperatorDefinition, name === trusted)
            : kind === 'locales'
              ? wrapLocale(name, key, part[key] as LocaleDefinition)
              : wrapFunctions(name, kind, key, part[key], name === trusted);
        Object.defineProperty(tables[kind], key, { value, enumerable: true });
      }
    }
    if (plugin.hooks !== undefined) {
      if (!isObject(plugin.hooks))
        fail('invalid_plugin', { kind: 'part_not_object', plugin: name, part: 'hooks' }, ['hooks']);
      for (const [hook, value] of Object.entries(plugin.hooks)) {
        if (!(hookNames as readonly string[]).includes(hook)) {
          fail('invalid_plugin', { kind: 'unknown_hook', plugin: name, hook }, ['hooks', hook]);
        }
        const handler = typeof value === 'function' ? value : isObject(value) ? value.handler : undefined;
        const order = isObject(value) ? value.order : undefined;
        if (typeof handler !== 'function' || (order !== undefined && order !== 'pre' && order !== 'post')) {
          fail('invalid_plugin', { kind: 'bad_hook', plugin: name, hook }, ['hooks', hook]);
        }
        const entry = { plugin: name, handler: guard(name, `hooks.${hook}`, handler as (...a: unknown[]) => unknown) };
        (buckets[hook] as { pre: HookEntry<unknown>[]; normal: HookEntry<unknown>[]; post: HookEntry<unknown>[] })[
          (order as 'pre' | 'post' | undefined) ?? 'normal'
        ].push(entry);
      }
    }
  }
  const hooks = Object.fromEntries(
    hookNames.map((h) => {
      const b = buckets[h] as { pre: HookEntry<unknown>[]; normal: HookEntry<unknown>[]; post: HookEntry<unknown>[] };
      return [h, Object.freeze([...b.pre, ...b.normal, ...b.post])];
    }),
  );
  return Object.freeze({
    operators: Object.freeze(tables.operators) as OperatorTable,
    groups: Object.freeze(tables.groups) as Registrations['groups'],
    evidenceTypes: Object.freeze(tables.evidenceTypes) as Registrations['evidenceTypes'],
    metrics: Object.freeze(tables.metrics) as Registrations['metrics'],
    formatters: Object.freeze(tables.formatters) as Registrations['formatters'],
    locales: Object.freeze(tables.locales) as Registrations['locales'],
    hooks: Object.freeze(hooks) as unknown as Registrations['hooks'],
  });
}
