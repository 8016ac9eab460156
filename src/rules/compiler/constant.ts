/**
 * The value of a rule node when it is known before any data is seen (no `var`, only pure
 * operators over constants), as the compiler folds it. The parser uses it to check paths that
 * rules compute from constants, analysis to tell rules that score everyone alike.
 *
 * @module
 * @internal
 */
import type { RuleNode } from '../tree/nodes.js';
import { build } from './build.js';

/**
 * The folded value of a node, if it has one.
 *
 * @param node - a node parsed without issue
 * @returns `{ value }` when constant, else undefined
 */
export function constantOf(node: RuleNode): { readonly value: unknown } | undefined {
  if (node.kind === 'literal') return { value: node.value };
  const compiled = build(node, { derived: new Set<string>(), slots: undefined });
  return compiled.constant ? { value: compiled.value } : undefined;
}
