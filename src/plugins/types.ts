import type { MetricDefinition } from '../aggregate/plan.js';
import type { EvidenceTypeDefinition } from '../evidence/evidenceType.js';
import type { GroupDefinition } from '../format/common.js';
import type { Evaluation } from '../format/evaluation.js';
import type { EvidenceRecord } from '../format/evidence.js';
import type { Framework } from '../format/framework.js';
import type { LocaleDefinition } from '../i18n/locale.js';
import type { ReportFormatter } from '../report/types.js';
import type { OperatorDefinition } from '../rules/types.js';

export type { MetricDefinition, MetricRow } from '../aggregate/plan.js';
export type { EvidenceTypeDefinition } from '../evidence/evidenceType.js';
export type { GroupDefinition } from '../format/common.js';
export type { LocaleDefinition, LocaleMessages, MessageTemplate } from '../i18n/locale.js';

/** When a hook handler runs among its peers: `pre`, then normal (registration order), then `post`. */
export type HookOrder = 'pre' | 'post';

/** A hook: a function, or `{ handler, order }` to run it before or after the others. */
export type Hook<F> = F | { readonly handler: F; readonly order?: HookOrder | undefined };

/**
 * Hooks, grouped by how they run:
 * - sequential (`transform*`): each handler receives the previous one's result;
 * - observer (`on*`): handlers are called in order and their results ignored.
 *
 * @category Plugins
 */
export interface PluginHooks {
  /** Sequential. Receives a framework file's JSON before validation; returns the JSON to load. */
  readonly transformFramework?:
    | Hook<(json: unknown, info: { readonly file?: string | undefined }) => unknown>
    | undefined;
  /** Sequential. Receives an evidence record before evaluation; returns the record to evaluate. */
  readonly transformRecord?:
    | Hook<(record: EvidenceRecord, info: { readonly framework: Framework }) => EvidenceRecord>
    | undefined;
  /** Observer. Called once a framework is loaded. */
  readonly onFrameworkLoaded?: Hook<(framework: Framework) => void> | undefined;
  /** Observer. Called after each evaluation. */
  readonly onEvaluation?: Hook<(evaluation: Evaluation, record: EvidenceRecord) => void> | undefined;
}

/** Names of the hooks, in the order a record meets them. */
export const hookNames = ['transformFramework', 'onFrameworkLoaded', 'transformRecord', 'onEvaluation'] as const;
/** A hook name. */
export type HookName = (typeof hookNames)[number];

/**
 * A plugin: a plain object with a `name` and optional contributions. Conflicting contributions
 * between plugins are errors, never silent overrides.
 *
 * @category Plugins
 */
export interface Plugin {
  /** Unique name, e.g. `cdht-plugin-cccd`. Appears in every error about the plugin. */
  readonly name: string;
  /** The plugin's own version, for diagnostics. */
  readonly version?: string | undefined;
  /** json-logic operators, by operator name. */
  readonly operators?: Readonly<Record<string, OperatorDefinition>> | undefined;
  /** Citizen groups, by group id. */
  readonly groups?: Readonly<Record<string, GroupDefinition>> | undefined;
  /** Evidence field types, by type name. */
  readonly evidenceTypes?: Readonly<Record<string, EvidenceTypeDefinition>> | undefined;
  /** Metrics for target plans, by name. */
  readonly metrics?: Readonly<Record<string, MetricDefinition>> | undefined;
  /** Report formats, by format name (the formatter's `name` must match). */
  readonly formatters?: Readonly<Record<string, ReportFormatter>> | undefined;
  /** Message languages, by language tag. */
  readonly locales?: Readonly<Record<string, LocaleDefinition>> | undefined;
  /** Hooks into loading and evaluation. */
  readonly hooks?: PluginHooks | undefined;
}

/**
 * Identity helper that gives a plugin its type without annotations.
 *
 * @param plugin - the plugin object
 * @returns the same object
 * @example
 * const myPlugin = definePlugin({
 *   name: 'my-plugin',
 *   operators: { double: { kind: 'eager', arity: 1, evaluate: ([x]) => Number(x) * 2, description: { vi: 'gấp đôi {0}', en: 'twice {0}' } } },
 * });
 * @category Plugins
 */
export function definePlugin<const P extends Plugin>(plugin: P): P {
  return plugin;
}
