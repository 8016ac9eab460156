/**
 * The safe json-logic rule compiler: turns a rule into plain closures once (no `eval`, no
 * `new Function`), with json-logic-js 2.x semantics for every standard operator.
 *
 * Documented differences from json-logic-js:
 * - **Own properties only.** `var` (and `missing`) follow own properties: `{"var":"toString"}` is
 *   null on `{}`, and `{"var":"a.length"}` works only because strings and arrays own `length`.
 * - **Unsafe paths.** A literal `var`/`missing` path with a `__proto__`, `constructor` or
 *   `prototype` segment is a compile error (`unsafe_var_path`); a path computed at run time with
 *   such a segment reads as absent (the default, or null).
 * - **Parsed once, checked once.** A rule is parsed into a tree (`parseRule`) before it is compiled;
 *   every problem is found there, reported together, with paths inside the rule.
 * - **Unknown operators are compile errors** (`unknown_operator`), reported with every other
 *   problem of the rule; json-logic-js throws only when the operator is reached. Operators are
 *   looked up among own properties of the standard table and `options.operators`, so
 *   `{"toString": …}` or `{"__proto__": …}` is unknown. Dotted method names (`"Math.min"`) are not
 *   operators.
 * - **Objects in a rule have exactly one key, the operator** (`invalid_rule_object` otherwise).
 *   json-logic-js passes an object with no key or several keys through as data, so
 *   `{">=": […], "<=": […]}` would be a constant object: always true, full points for everyone.
 * - **`log` does not print**: it returns its first argument.
 * - **`in`** searches strings and arrays only (json-logic-js calls any `indexOf` it finds).
 * - **Run-time values are never rules.** `missing`/`missing_some` keys computed at run time are
 *   read as paths (an array key is `[path, default]`); json-logic-js would interpret a one-key
 *   object there as a rule.
 * - **Unused work is skipped.** A `var` default is evaluated only when the path is absent;
 *   constant sub-rules (no `var`, pure operators only) are computed at compile time, and their
 *   arrays are frozen and shared between calls.
 * - **Limits.** Nesting deeper than `maxDepth` (64; at most 1,000 whatever the option) is
 *   `rule_too_deep`; more than `maxNodes` (10,000) values is `rule_too_large`.
 * - **Three-valued extensions** (cost nothing when `ctx.missing`/`ctx.read` are null): at the top
 *   level (data is `ctx.root`), a `var` without a default that finds null or nothing pushes its path
 *   to `ctx.missing`; reads are recorded in `ctx.read`; names in `options.derived` are read from
 *   `ctx.derived` (never reported missing). Inside `map`/`filter`/`reduce`/`all`/`some`/`none` the
 *   data is the item, so none of this applies there.
 *
 * @module
 */
import { CdhtError, type Issue } from '../errors/issue.js';
import { build } from './compiler/build.js';
import type { RuleTree } from './tree/nodes.js';
import { safeParseRule } from './tree/parse.js';
import type { CompileRuleOptions, CompileTreeOptions, RuleContext, RuleFn } from './types.js';

/**
 * A compiled rule: call it with the data (and optionally a context), or use `node` directly.
 *
 * @category Rules
 */
export type CompiledRule = ((data?: unknown, context?: Partial<RuleContext>) => unknown) & {
  /** The compiled closure; the framework evaluator calls it with its own context. */
  readonly node: RuleFn;
};

/** Result of {@link safeCompileRule}. @category Rules */
export type SafeCompileRuleResult =
  | { readonly success: true; readonly rule: CompiledRule }
  | { readonly success: false; readonly issues: readonly [Issue, ...Issue[]] };

/**
 * Compiles a parsed rule to its closure, for callers that bring their own context (the hot path:
 * call `fn(data, ctx)` with no per-call allocation). Nothing can fail: the parser checked the rule.
 *
 * @param tree - a tree from `parseRule`
 * @param options - derived names and slots
 * @returns the closure
 * @internal
 */
export function compileTree(tree: RuleTree, options: CompileTreeOptions = {}): RuleFn {
  return build(tree.root, { derived: options.derived ?? new Set<string>(), slots: options.slots }).fn;
}

function wrap(node: RuleFn): CompiledRule {
  const run = (data?: unknown, context?: Partial<RuleContext>): unknown =>
    node(data, {
      root: data,
      derived: null,
      missing: null,
      read: null,
      periodFrom: '',
      periodTo: '',
      asOf: '',
      ...context,
    });
  return Object.assign(run, { node }) as CompiledRule;
}

/**
 * Compiles a json-logic rule once into closures.
 *
 * @param rule - a json-logic rule (any JSON value), or a tree from `parseRule` (not parsed again;
 *   its operators are the ones it was parsed with)
 * @param options - extra operators (e.g. `domainOperators`), derived names, slots and limits
 * @returns the compiled rule; calling it fills a default context (root = data)
 * @throws CdhtError with every issue of the rule: `unknown_operator`, `unsafe_var_path`,
 *   `invalid_arity`, `invalid_operator`, `invalid_rule_object`, `operator_conflict`,
 *   `rule_too_deep`, `rule_too_large`
 * @example
 * const rule = compileRule({ '>=': [{ var: 'learningHours' }, 40] });
 * rule({ learningHours: 45 }) // true
 * @category Rules
 */
export function compileRule(rule: unknown, options: CompileRuleOptions = {}): CompiledRule {
  const result = safeCompileRule(rule, options);
  if (!result.success) throw new CdhtError(result.issues);
  return result.rule;
}

/**
 * Like {@link compileRule}, but returns the issues instead of throwing.
 *
 * @param rule - a json-logic rule, or a tree from `parseRule`
 * @param options - as for {@link compileRule}
 * @returns `{ success: true, rule }` or `{ success: false, issues }`
 * @category Rules
 */
export function safeCompileRule(rule: unknown, options: CompileRuleOptions = {}): SafeCompileRuleResult {
  const parsed = safeParseRule(rule, options);
  if (!parsed.success) return parsed;
  return { success: true, rule: wrap(compileTree(parsed.tree, options)) };
}
