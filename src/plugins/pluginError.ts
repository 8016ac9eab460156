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

  /**
   * @param plugin - the plugin's name
   * @param hook - where its code ran, e.g. `hooks.transformRecord`, `formatters.tsv.format`
   * @param cause - what it threw (or, with `result`, why its result was refused)
   * @param result - set when the code returned something unusable: what was expected and what came
   */
  constructor(plugin: string, hook: string, cause: unknown, result?: PluginResultProblem) {
    const text = cause instanceof Error ? cause.message : String(cause);
    super(
      [
        issue(
          'plugin_error',
          [],
          result === undefined ? { plugin, hook, detail: text } : { plugin, hook, kind: 'bad_result', ...result },
        ),
      ],
      { cause },
    );
    this.name = 'PluginError';
    this.plugin = plugin;
    this.hook = hook;
    const code = (cause as { code?: unknown } | null)?.code;
    this.pluginCode = typeof code === 'string' ? code : undefined;
  }
}

/**
 * What a plugin function returned that cannot be used: `expected` names what it must return
 * (`text_or_bytes` for a report formatter, `record` for a `transformRecord` hook — a record the
 * framework accepts), `got` what it gave.
 *
 * @category Plugins
 */
export interface PluginResultProblem {
  readonly expected: 'text_or_bytes' | 'record';
  readonly got: string;
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
