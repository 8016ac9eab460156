import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CdhtError, issue } from '../errors/issue.js';
import type { Plugin } from '../plugins/types.js';

/**
 * Loads `--plugin` modules with dynamic import: a path (relative to the working folder) or a
 * package name. The module's default export, or its `plugin` export, is the plugin; an array
 * export gives several.
 *
 * @param specs - paths or package names
 * @param cwd - the working folder
 * @returns the plugins, in the order given
 * @throws CdhtError `plugin_load_failed` naming the module
 */
export async function loadPlugins(specs: readonly string[], cwd: string): Promise<Plugin[]> {
  const out: Plugin[] = [];
  for (const spec of specs) {
    const target = pluginSpecifier(spec, cwd);
    let mod: Record<string, unknown>;
    try {
      mod = (await import(target)) as Record<string, unknown>;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new CdhtError([
        issue(
          'plugin_load_failed',
          [],
          `không nạp được plugin "${spec}": ${detail}`,
          `cannot load plugin "${spec}": ${detail}`,
        ),
      ]);
    }
    const value = mod.default ?? mod.plugin;
    const list = Array.isArray(value) ? value : [value];
    for (const p of list) {
      if (!p || typeof p !== 'object' || typeof (p as { name?: unknown }).name !== 'string') {
        throw new CdhtError([
          issue(
            'plugin_load_failed',
            [],
            `mô-đun "${spec}" không xuất plugin (cần export default { name, … })`,
            `module "${spec}" exports no plugin (expected export default { name, … })`,
          ),
        ]);
      }
      out.push(p as Plugin);
    }
  }
  return out;
}

/**
 * The importable form of a `--plugin` value: a file URL for a path (relative to the working
 * folder), the package name otherwise. Worker threads import the same specifiers.
 *
 * @param spec - the value as typed
 * @param cwd - the working folder
 * @returns the specifier
 */
export function pluginSpecifier(spec: string, cwd: string): string {
  const isPath = spec.startsWith('.') || isAbsolute(spec) || /\.[cm]?js$/.test(spec);
  return isPath ? pathToFileURL(resolve(cwd, spec)).href : spec;
}
