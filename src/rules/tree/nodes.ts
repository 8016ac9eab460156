/**
 * The rule tree: a json-logic rule parsed once (operators looked up, limits and arity checked),
 * immutable, read by the compiler, the analyser, the describer and lint. No consumer walks the
 * rule's JSON again.
 *
 * Every node says where it is (`path`, inside the rule) and which data it is evaluated with
 * (`scope`): the person's data at the top, a list item inside `map`/`filter`/`all`/`some`/`none`
 * and plugin `scopedArgs`, `{current, accumulator}` inside `reduce`.
 *
 * @module
 */
import type { JsonPath } from '../../errors/issue.js';
import type { OperatorDefinition } from '../types.js';

/**
 * The data a node is evaluated with: the person's data (`top`), a list item (`item`) or, in the
 * second argument of `reduce`, `{ current, accumulator }` (`reduce`).
 *
 * @category Rules
 */
export type RuleScope = 'top' | 'item' | 'reduce';

/** What every node has. @category Rules */
export interface RuleNodeBase {
  /** Where the value is inside the rule, e.g. `['and', 0, '>=', 1]`. */
  readonly path: JsonPath;
  /** The data the node is evaluated with. */
  readonly scope: RuleScope;
}

/**
 * A value written in the rule: a string, number, boolean or null (from JavaScript, any value that
 * is not an array or an object, `undefined` included).
 *
 * @category Rules
 */
export interface LiteralNode extends RuleNodeBase {
  readonly kind: 'literal';
  readonly value: unknown;
}

/** An array, whose items are rules evaluated in turn. @category Rules */
export interface ArrayNode extends RuleNodeBase {
  readonly kind: 'array';
  readonly items: readonly RuleNode[];
}

/**
 * What a `var` reads: the whole data scope (no path, `""` or null), a path written in the rule
 * (split once into segments), or a path computed by a rule.
 *
 * @category Rules
 */
export type VarTarget =
  | { readonly kind: 'data' }
  | { readonly kind: 'path'; readonly path: string; readonly segments: readonly string[] }
  | { readonly kind: 'computed'; readonly node: RuleNode };

/** `{"var": [path, default?]}`. @category Rules */
export interface VarNode extends RuleNodeBase {
  readonly kind: 'var';
  readonly target: VarTarget;
  /** The default, evaluated only when the path is absent. */
  readonly fallback: RuleNode | undefined;
  /** The arguments as written. */
  readonly args: readonly RuleNode[];
}

/**
 * `{"missing": keys}`: `keys` are the key rules, one array argument or the arguments themselves
 * (json-logic's rule), each a path, a `[path, default]` array or a computed value.
 *
 * @category Rules
 */
export interface MissingNode extends RuleNodeBase {
  readonly kind: 'missing';
  readonly keys: readonly RuleNode[];
  readonly args: readonly RuleNode[];
}

/** `{"missing_some": [need, keys]}`. @category Rules */
export interface MissingSomeNode extends RuleNodeBase {
  readonly kind: 'missing_some';
  readonly need: RuleNode | undefined;
  /** The key rules: the items of an array, or the one computed list. */
  readonly keys: readonly RuleNode[];
  readonly args: readonly RuleNode[];
}

/** Names of the standard operators other than `var`, `missing` and `missing_some`. @category Rules */
export type StandardOperatorName =
  | '=='
  | '==='
  | '!='
  | '!=='
  | '>'
  | '>='
  | '<'
  | '<='
  | '!!'
  | '!'
  | '%'
  | 'log'
  | 'in'
  | 'cat'
  | 'substr'
  | '+'
  | '*'
  | '-'
  | '/'
  | 'min'
  | 'max'
  | 'merge'
  | 'if'
  | '?:'
  | 'and'
  | 'or'
  | 'map'
  | 'filter'
  | 'reduce'
  | 'all'
  | 'some'
  | 'none';

/** A call of a standard json-logic operator. @category Rules */
export interface StandardNode extends RuleNodeBase {
  readonly kind: 'standard';
  readonly op: StandardOperatorName;
  /** Its definition in the standard table. */
  readonly operator: OperatorDefinition;
  readonly args: readonly RuleNode[];
}

/** A call of a domain or plugin operator, its definition looked up once. @category Rules */
export interface PluginNode extends RuleNodeBase {
  readonly kind: 'plugin';
  readonly op: string;
  readonly operator: OperatorDefinition;
  readonly args: readonly RuleNode[];
}

/** A node of a rule tree, discriminated by `kind`. @category Rules */
export type RuleNode = LiteralNode | ArrayNode | VarNode | MissingNode | MissingSomeNode | StandardNode | PluginNode;

/**
 * A parsed rule: build it with `parseRule`; `compileRule`, `analyzeRule`, `describeRule` and
 * `describeAward` accept it in place of the JSON and do not parse again.
 *
 * @category Rules
 */
export interface RuleTree {
  readonly root: RuleNode;
  /** Number of values in the rule. */
  readonly size: number;
}

/**
 * The children of a node, in order: what a pass over the tree visits next.
 *
 * @param node - a node
 * @returns its child nodes
 * @category Rules
 */
export function listChildNodes(node: RuleNode): readonly RuleNode[] {
  switch (node.kind) {
    case 'literal':
      return [];
    case 'array':
      return node.items;
    default:
      return node.args;
  }
}

/**
 * Calls `visit` on every node of a tree, parents before children, in document order. The tree
 * is at most the parser's depth deep, so this recursion is bounded.
 *
 * @param tree - a rule tree (or a node)
 * @param visit - called with each node
 * @category Rules
 */
export function visitRuleNodes(tree: RuleTree | RuleNode, visit: (node: RuleNode) => void): void {
  const walk = (node: RuleNode): void => {
    visit(node);
    for (const child of listChildNodes(node)) walk(child);
  };
  walk('root' in tree ? tree.root : tree);
}
