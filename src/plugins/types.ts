import type { LocalizedText } from '../format/common.js';
import type { OperatorDefinition } from '../rules/types.js';

/** A citizen group a plugin contributes (e.g. `household`). */
export interface GroupDefinition {
  readonly label: LocalizedText;
  readonly description?: LocalizedText | undefined;
}

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
}

/**
 * Identity helper that gives a plugin its type without annotations.
 *
 * @param plugin - the plugin object
 * @returns the same object
 * @example
 * const myPlugin = definePlugin({ name: 'my-plugin', operators: { double: { arity: 1, evaluate: ([x]) => Number(x) * 2, description: { vi: 'gấp đôi {0}', en: 'twice {0}' } } } });
 * @category Plugins
 */
export function definePlugin<const P extends Plugin>(plugin: P): P {
  return plugin;
}
