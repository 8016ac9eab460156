/**
 * Static analysis of a rule tree: which evidence paths and derived values it reads, which
 * operators it uses, what it returns and whether it is the same for everyone — for the framework
 * validator (rules may read only declared evidence and derived names), lint and documentation.
 *
 * @module
 */
import { constantOf } from './compiler/constant.js';
import type { RuleNode, RuleTree } from './tree/nodes.js';
import { parseRule } from './tree/parse.js';
import { inferReturns, type RuleReturns } from './tree/returns.js';
import type { ParseRuleOptions } from './types.js';

/** What {@link analyzeRule} found. @category Rules */
export interface RuleAnalysis {
  /** Literal top-level paths read by `var`, `missing`, `missing_some` and operators' `reads`, in order. */
  readonly reads: readonly string[];
  /** Derived names read (the first segment of a read that `options.derived` lists), in order. */
  readonly derivedReads: readonly string[];
  /** Operator names used, in order of first use. */
  readonly operators: readonly string[];
  /** True when some top-level read has a path computed at run time, or reads the whole data (`{"var":""}`). */
  readonly dynamicReads: boolean;
  /** What the rule returns, when that is always the same kind. */
  readonly returns: RuleReturns | undefined;
  /**
   * The rule's value when it is known before any data is seen (no `var`, only pure operators over
   * constants): every person gets the same result.
   */
  readonly constant: { readonly value: unknown } | undefined;
}

/** Options of {@link analyzeRule}. @category Rules */
export interface AnalyzeRuleOptions extends ParseRuleOptions {
  /** Names of derived values, for `derivedReads`. */
  readonly derived?: ReadonlySet<string> | undefined;
}

interface Found {
  readonly reads: Set<string>;
  readonly operators: Set<string>;
  dynamic: boolean;
}

/** A key of `missing`/`missing_some`: a path, `[path, default]`, or computed. */
function readKey(key: RuleNode, found: Found): void {
  const top = key.scope === 'top';
  const path = key.kind === 'array' ? key.items[0] : key;
  if (path?.kind === 'literal' && (typeof path.value === 'string' || typeof path.value === 'number')) {
    if (path.value === '') found.dynamic ||= top;
    else if (top) found.reads.add(String(path.value));
    return;
  }
  found.dynamic ||= top;
  if (path === undefined || (path.kind === 'literal' && (path.value === null || path.value === undefined))) return;
  visit(key, found);
}

/** Literal argument values for an operator's `reads`: computed arguments are `undefined`. */
function literalArgs(args: readonly RuleNode[]): unknown[] {
  return args.map((a) => (a.kind === 'literal' ? a.value : undefined));
}

function visit(node: RuleNode, found: Found): void {
  const top = node.scope === 'top';
  switch (node.kind) {
    case 'literal':
      return;
    case 'array':
      for (const item of node.items) visit(item, found);
      return;
    case 'var': {
      found.operators.add('var');
      const target = node.target;
      if (target.kind === 'path') {
        if (top) found.reads.add(target.path);
      } else {
        found.dynamic ||= top;
        if (target.kind === 'computed') visit(target.node, found);
      }
      if (node.fallback !== undefined) visit(node.fallback, found);
      return;
    }
    case 'missing':
    case 'missing_some':
      found.operators.add(node.kind);
      for (const key of node.keys) readKey(key, found);
      if (node.kind === 'missing_some' && node.need !== undefined) visit(node.need, found);
      return;
    default:
      found.operators.add(node.op);
      if (top && node.operator.reads !== undefined) {
        for (const path of node.operator.reads(literalArgs(node.args))) found.reads.add(path);
      }
      for (const arg of node.args) visit(arg, found);
  }
}

/**
 * Analyses a rule tree: its reads, operators, return kind and constant value. Reads inside
 * iteration scopes (`map`, `filter`, …, and plugin `scopedArgs`) read list items, so they are not
 * listed.
 *
 * @param tree - a parsed rule
 * @param derived - names of derived values
 * @returns the analysis
 * @internal
 */
export function analyzeTree(tree: RuleTree, derived?: ReadonlySet<string>): RuleAnalysis {
  const found: Found = { reads: new Set(), operators: new Set(), dynamic: false };
  visit(tree.root, found);
  const reads = [...found.reads];
  const heads = derived === undefined ? [] : reads.map((r) => r.split('.')[0] as string).filter((h) => derived.has(h));
  return {
    reads,
    derivedReads: [...new Set(heads)],
    operators: [...found.operators],
    dynamicReads: found.dynamic,
    returns: inferReturns(tree.root),
    constant: constantOf(tree.root),
  };
}

/**
 * Finds what a rule reads and uses, what it returns and whether it is the same for everyone,
 * without compiling it. Reads inside iteration scopes (`map`, `filter`, …, and plugin
 * `scopedArgs`) read list items, so they are not listed.
 *
 * @param rule - a json-logic rule, or a tree from `parseRule` (not parsed again)
 * @param options - extra operators, limits and derived names
 * @returns reads, derived reads, operators, whether some read path is dynamic, the return kind
 *   and the constant value
 * @throws CdhtError when the rule does not parse (unknown operator, too deep, …)
 * @example analyzeRule({ and: [{ var: 'a' }, { missing: ['b'] }] }).reads // ['a', 'b']
 * @category Rules
 */
export function analyzeRule(rule: unknown, options: AnalyzeRuleOptions = {}): RuleAnalysis {
  return analyzeTree(parseRule(rule, options), options.derived);
}
