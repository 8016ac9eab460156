import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CdhtError } from '../errors/issue.js';
import type { IssueParams } from '../errors/params.js';
import { toolingIssue } from '../errors/toolingIssue.js';
import type { Plugin } from '../plugins/types.js';

/** Options of {@link importPlugins}. @category Plugins */
export interface ImportPluginsOptions {
  /** The folder relative paths start from (default: `process.cwd()`). */
  readonly cwd?: string | undefined;
}

/**
 * The importable form of a plugin module name: a `file:` URL for a path (relative to `cwd`; a
 * value starting with `.` or `/`, or ending in `.js`, `.mjs` or `.cjs`), the value itself
 * otherwise (a package name, or already a URL). Worker threads import exactly this specifier.
 *
 * @param spec - a path, a package name or a URL
 * @param cwd - the folder relative paths start from
 * @returns the specifier to `import()`
 * @example resolvePluginSpecifier('./my-plugin.js', '/home/an') // 'file:///home/an/my-plugin.js'
 * @category Plugins
 */
export function resolvePluginSpecifier(spec: string, cwd: string = process.cwd()): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(spec) && !/^[a-z]:[\\/]/i.test(spec)) return spec; // a URL, not C:\…
  const isPath = spec.startsWith('.') || isAbsolute(spec) || /\.[cm]?js$/.test(spec);
  return isPath ? pathToFileURL(resolve(cwd, spec)).href : spec;
}

function loadFailed(params: IssueParams['plugin_load_failed']): CdhtError {
  return new CdhtError([toolingIssue('plugin_load_failed', [], params)]);
}

/**
 * Imports plugin modules: the one loader `cdht --plugin`, the main thread and every batch worker
 * thread use, so a module works the same everywhere.
 *
 * A module gives its plugins through its default export, else a named `plugin` export, as:
 * - a plugin object (`{ name, … }`);
 * - an array of plugin objects, registered in array order;
 * - a factory: a function called with no arguments that returns (or resolves to) a plugin or an
 *   array of plugins — for a module that must do work before it has its plugin.
 *
 * The plugins are returned in the order given; `createEngine({ plugins })` then validates them.
 *
 * @param specifiers - module paths (relative to `cwd`), package names or URLs
 * @param options - the working folder
 * @returns the plugins, module by module
 * @throws CdhtError `plugin_load_failed` naming the module that cannot be imported or exports no plugin
 * @example const engine = createEngine({ plugins: await importPlugins(['./cdht-plugin-cccd/index.js']) });
 * @category Plugins
 */
export async function importPlugins(
  specifiers: readonly string[],
  options: ImportPluginsOptions = {},
): Promise<Plugin[]> {
  const out: Plugin[] = [];
  for (const spec of specifiers) {
    let mod: { default?: unknown; plugin?: unknown };
    try {
      mod = (await import(resolvePluginSpecifier(spec, options.cwd))) as typeof mod;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw loadFailed({ kind: 'import', module: spec, detail });
    }
    let value = mod.default ?? mod.plugin;
    if (typeof value === 'function') {
      try {
        value = await (value as () => unknown)();
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        throw loadFailed({ kind: 'factory', module: spec, detail });
      }
    }
    const list = Array.isArray(value) ? value : [value];
    if (list.length === 0) throw noPlugin(spec);
    for (const p of list) {
      if (typeof p !== 'object' || p === null || typeof (p as { name?: unknown }).name !== 'string')
        throw noPlugin(spec);
      out.push(p as Plugin);
    }
  }
  return out;
}

function noPlugin(spec: string): CdhtError {
  return loadFailed({ kind: 'no_plugin', module: spec });
}
