/**
 * The rule parser: json-logic JSON → an immutable {@link RuleTree}, once. Every check of a rule
 * happens here and nowhere else: limits (depth, size), objects with one key, operators looked up
 * among own properties (standard table first, then `options.operators`), plugin arity and
 * definitions, and paths that could reach prototypes.
 *
 * @module
 */
import { CdhtError, type Issue, issue, type JsonPath } from '../../errors/issue.js';
import { standardOperators } from '../operators/standard.js';
import type { OperatorTable, ParseRuleOptions } from '../types.js';
import { brandTree, isRuleTree } from './brand.js';
import type { RuleNode, RuleScope, RuleTree } from './nodes.js';
import { type ParsedValue, parseOperation } from './operation.js';

/** Default and highest nesting of a rule: deeper trees would strain every recursive pass. */
const DEFAULT_MAX_DEPTH = 64;
const HIGHEST_MAX_DEPTH = 1_000;
const DEFAULT_MAX_NODES = 10_000;

/** Result of {@link safeParseRule}. @category Rules */
export type SafeParseRuleResult =
  | { readonly success: true; readonly tree: RuleTree }
  | { readonly success: false; readonly issues: readonly [Issue, ...Issue[]] };

/** Bookkeeping of one parse (local to one call). @internal */
export interface ParseState {
  readonly plugins: OperatorTable | undefined;
  readonly maxDepth: number;
  readonly maxNodes: number;
  readonly issues: Issue[];
  nodes: number;
  aborted: boolean;
}

/** Stands for a value that was not parsed (limits, invalid object); the parse fails anyway. */
function stopped(path: JsonPath, scope: RuleScope): RuleNode {
  return Object.freeze({ kind: 'literal', value: null, path, scope });
}

function invalidObject(value: object, path: JsonPath): Issue {
  return issue('invalid_rule_object', path, { keys: Object.keys(value) });
}

/**
 * Parses one value of a rule at `path`, nested `depth` containers deep.
 *
 * @param rule - the value
 * @param path - its path inside the rule
 * @param depth - container nesting (the root container is 1)
 * @param scope - the data it is evaluated with
 * @param state - parse state
 * @returns the node
 * @internal
 */
export function parseValue(
  rule: unknown,
  path: JsonPath,
  depth: number,
  scope: RuleScope,
  state: ParseState,
): RuleNode {
  if (state.aborted) return stopped(path, scope);
  if (++state.nodes > state.maxNodes) {
    state.aborted = true;
    state.issues.push(issue('rule_too_large', [], { max: state.maxNodes }));
    return stopped(path, scope);
  }
  if (rule === null || typeof rule !== 'object') return Object.freeze({ kind: 'literal', value: rule, path, scope });
  const isArray = Array.isArray(rule);
  if (!isArray && Object.keys(rule).length !== 1) {
    state.issues.push(invalidObject(rule, path));
    return stopped(path, scope);
  }
  if (depth > state.maxDepth) {
    state.issues.push(issue('rule_too_deep', path, { max: state.maxDepth }));
    return stopped(path, scope);
  }
  if (isArray) {
    const items = Object.freeze(
      (rule as readonly unknown[]).map((item, i) =>
        parseValue(item, Object.freeze([...path, i]), depth + 1, scope, state),
      ),
    );
    return Object.freeze({ kind: 'array', items, path, scope });
  }
  const parsed: ParsedValue = { path, depth, scope };
  return parseOperation(rule as Record<string, unknown>, parsed, state, parseValue) ?? stopped(path, scope);
}

function conflicts(plugins: OperatorTable | undefined): Issue[] {
  if (plugins === undefined) return [];
  return Object.keys(plugins)
    .filter((name) => Object.hasOwn(standardOperators, name))
    .map((name) => issue('operator_conflict', [], { kind: 'rule', operator: name }));
}

/**
 * Parses a json-logic rule once into a typed, immutable tree, checking everything about it.
 *
 * @param rule - a json-logic rule (any JSON value); a tree already parsed is returned as it is
 * @param options - extra operators and limits
 * @returns `{ success: true, tree }` or `{ success: false, issues }` with every problem of the rule
 *   (paths inside the rule): `unknown_operator`, `unsafe_var_path`, `invalid_arity`,
 *   `invalid_operator`, `invalid_rule_object`, `operator_conflict`, `rule_too_deep`, `rule_too_large`
 * @example
 * const result = safeParseRule({ '>=': [{ var: 'learningHours' }, 40] });
 * result.success && result.tree.root.kind // 'standard'
 * @category Rules
 */
export function safeParseRule(rule: unknown, options: ParseRuleOptions = {}): SafeParseRuleResult {
  if (isRuleTree(rule)) return { success: true, tree: rule };
  const state: ParseState = {
    plugins: options.operators,
    maxDepth: Math.min(options.maxDepth ?? DEFAULT_MAX_DEPTH, HIGHEST_MAX_DEPTH),
    maxNodes: options.maxNodes ?? DEFAULT_MAX_NODES,
    issues: conflicts(options.operators),
    nodes: 0,
    aborted: false,
  };
  const root = parseValue(rule, Object.freeze([]), 1, 'top', state);
  if (state.issues.length > 0) return { success: false, issues: state.issues as [Issue, ...Issue[]] };
  return { success: true, tree: brandTree({ root, size: state.nodes }) };
}

/**
 * Like {@link safeParseRule}, but throws.
 *
 * @param rule - a json-logic rule
 * @param options - extra operators and limits
 * @returns the tree
 * @throws CdhtError with every issue of the rule
 * @category Rules
 */
export function parseRule(rule: unknown, options: ParseRuleOptions = {}): RuleTree {
  const result = safeParseRule(rule, options);
  if (!result.success) throw new CdhtError(result.issues);
  return result.tree;
}
