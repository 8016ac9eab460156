/**
 * How a parsed tree is told from a JSON rule: a symbol-keyed mark, which `JSON.parse` can never
 * produce. `Symbol.for` so the ESM and CJS builds of cdht recognise each other's trees.
 *
 * @module
 * @internal
 */
import type { RuleNode, RuleTree } from './nodes.js';

const PARSED: unique symbol = /* @__PURE__ */ Symbol.for('cdht.ruleTree') as never;

/**
 * Marks and freezes a parser result.
 *
 * @param parts - the root and the size
 * @returns the tree
 */
export function brandTree(parts: { readonly root: RuleNode; readonly size: number }): RuleTree {
  return Object.freeze({ root: parts.root, size: parts.size, [PARSED]: true });
}

/**
 * Whether a value is a tree made by the parser.
 *
 * @param value - anything
 * @returns true for parser results
 */
export function isRuleTree(value: unknown): value is RuleTree {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, PARSED);
}
