import { CdhtError, issue } from '../errors/issue.js';

/**
 * An error thrown inside plugin code, wrapped so it names the plugin and the hook or contribution
 * where it happened; the original error is the `cause`.
 *
 * @category Plugins
 */
export class PluginError extends CdhtError {
  /** Name of the plugin whose code threw. */
  readonly plugin: string;
  /** Hook or contribution, e.g. `hooks.transformRecord` or `operators.cccdValid`. */
  readonly hook: string;
  /** The original error's `code`, when it had one. */
  readonly pluginCode: string | undefined;

  constructor(plugin: string, hook: string, cause: unknown) {
    const text = cause instanceof Error ? cause.message : String(cause);
    super([issue('plugin_error', [], { plugin, hook, detail: text })], { cause });
    this.name = 'PluginError';
    this.plugin = plugin;
    this.hook = hook;
    const code = (cause as { code?: unknown } | null)?.code;
    this.pluginCode = typeof code === 'string' ? code : undefined;
  }
}

/**
 * Wraps a plugin function so what it throws becomes a {@link PluginError} (a PluginError passes through).
 *
 * @internal
 */
export function guard<A extends unknown[], R>(plugin: string, hook: string, fn: (...args: A) => R): (...args: A) => R {
  return (...args: A): R => {
    try {
      return fn(...args);
    } catch (error) {
      if (error instanceof PluginError) throw error;
      throw new PluginError(plugin, hook, error);
    }
  };
}
