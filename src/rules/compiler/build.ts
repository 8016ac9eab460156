/**
 * The compiler's pass over a rule tree: one closure per node, dispatched on the node's kind and,
 * for standard operators, on its name. Every check happened in the parser; nothing here can fail.
 *
 * @module
 * @internal
 */
import type { RuleNode, StandardNode } from '../tree/nodes.js';
import type { RuleFn } from '../types.js';
import { buildAndOr, buildIf, buildIteration, type IterationOperator } from './control.js';
import { buildCall, buildStandardEager } from './eager.js';
import { type CompileState, constant, finish, type Node } from './node.js';
import { buildMissing, buildMissingSome, buildVar } from './var.js';

function buildArray(items: readonly Node[]): Node {
  const fns = items.map((n) => n.fn);
  const fn: RuleFn = (data, ctx) => {
    const out = new Array<unknown>(fns.length);
    for (let i = 0; i < fns.length; i++) out[i] = (fns[i] as RuleFn)(data, ctx);
    return out;
  };
  return finish(fn, true, items);
}

function buildStandard(node: StandardNode, state: CompileState): Node {
  const args = node.args.map((a) => build(a, state));
  switch (node.op) {
    case 'if':
    case '?:':
      return buildIf(args, state.leaf);
    case 'and':
    case 'or':
      return buildAndOr(args, node.op === 'and');
    case 'map':
    case 'filter':
    case 'reduce':
    case 'all':
    case 'some':
    case 'none':
      return buildIteration(node.op as IterationOperator, args, state.leaf);
    default:
      return buildStandardEager(node.op, node.operator, args, state.leaf);
  }
}

/**
 * Compiles one node of a rule tree.
 *
 * @param node - the node
 * @param state - derived names and slots
 * @returns the compiled node (closure, and its value when known at compile time)
 */
export function build(node: RuleNode, state: CompileState): Node {
  const fused = state.fused?.get(node);
  if (fused !== undefined) return fused;
  switch (node.kind) {
    case 'literal':
      return constant(node.value);
    case 'array':
      return buildArray(node.items.map((item) => build(item, state)));
    case 'var':
      return buildVar(
        node.target,
        node.target.kind === 'computed' ? build(node.target.node, state) : undefined,
        node.fallback === undefined ? undefined : build(node.fallback, state),
        state,
        node.scope,
      );
    case 'missing':
      return buildMissing(
        node.args.map((a) => build(a, state)),
        state,
      );
    case 'missing_some':
      return buildMissingSome(
        node.args.map((a) => build(a, state)),
        state,
      );
    case 'plugin':
      return buildCall(
        node.operator,
        node.args.map((a) => build(a, state)),
        node.operator.pure === true,
      );
    case 'standard':
      return buildStandard(node, state);
  }
}
