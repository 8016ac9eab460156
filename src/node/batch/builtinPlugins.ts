import type { Plugin } from '../../plugins/types.js';
import { xlsxPlugin } from '../xlsx/plugin.js';

/**
 * cdht's own optional plugins, by name. A worker thread registers one of these by name instead
 * of importing a module: it is part of the package, so the same object exists in every thread.
 * (`cdht:core` is built into every engine.)
 *
 * @internal
 */
export const _builtinPlugins: Readonly<Record<string, Plugin>> = Object.freeze({ [xlsxPlugin.name]: xlsxPlugin });

/**
 * Whether a plugin of an engine is one of cdht's own (the very object, not one with the same name).
 *
 * @internal
 */
export function _isBuiltinPlugin(plugin: Plugin): boolean {
  return Object.hasOwn(_builtinPlugins, plugin.name) && _builtinPlugins[plugin.name] === plugin;
}
