/**
 * What a rule returns, read from its tree: the kind of value when it is always the same.
 *
 * @module
 */
import type { RuleNode } from './nodes.js';

/** Kinds of value a rule may be known to return. @category Rules */
export type RuleReturns = 'number' | 'boolean' | 'string' | 'date' | 'list';

const BY_OPERATOR: Readonly<Record<string, RuleReturns>> = {
  '==': 'boolean',
  '===': 'boolean',
  '!=': 'boolean',
  '!==': 'boolean',
  '>': 'boolean',
  '>=': 'boolean',
  '<': 'boolean',
  '<=': 'boolean',
  '!': 'boolean',
  '!!': 'boolean',
  in: 'boolean',
  all: 'boolean',
  some: 'boolean',
  none: 'boolean',
  '+': 'number',
  '-': 'number',
  '*': 'number',
  '/': 'number',
  '%': 'number',
  min: 'number',
  max: 'number',
  cat: 'string',
  substr: 'string',
  merge: 'list',
  map: 'list',
  filter: 'list',
};

function same(nodes: readonly (RuleNode | undefined)[]): RuleReturns | undefined {
  let kind: RuleReturns | undefined;
  for (const node of nodes) {
    const k = node === undefined ? undefined : inferReturns(node);
    if (k === undefined || (kind !== undefined && k !== kind)) return undefined;
    kind = k;
  }
  return kind;
}

/** The branches of an `if` chain, the last one `undefined` (null) when there is no else. */
function branches(args: readonly RuleNode[]): (RuleNode | undefined)[] {
  const out: (RuleNode | undefined)[] = [];
  let i = 1;
  for (; i < args.length; i += 2) out.push(args[i]);
  out.push(args.length % 2 === 1 ? args[args.length - 1] : undefined);
  return out;
}

/**
 * The kind of value a node always returns, when it is known: literals, standard operators by
 * their meaning (comparisons → boolean, arithmetic → number, …), `if`/`and`/`or` when every
 * branch agrees, plugin operators by their `returns`.
 *
 * @param node - a rule node
 * @returns the kind, or undefined when it may vary (a `var`, for instance)
 * @category Rules
 */
export function inferReturns(node: RuleNode): RuleReturns | undefined {
  switch (node.kind) {
    case 'literal': {
      const t = typeof node.value;
      return t === 'number' || t === 'boolean' || t === 'string' ? (t as RuleReturns) : undefined;
    }
    case 'array':
    case 'missing':
    case 'missing_some':
      return 'list';
    case 'var':
      return undefined;
    case 'plugin':
      return node.operator.returns;
    case 'standard':
      if (node.op === 'if' || node.op === '?:') return same(branches(node.args));
      if (node.op === 'and' || node.op === 'or') return node.args.length === 0 ? undefined : same(node.args);
      if (node.op === 'log') return node.args[0] === undefined ? undefined : inferReturns(node.args[0]);
      return Object.hasOwn(BY_OPERATOR, node.op) ? BY_OPERATOR[node.op] : undefined;
  }
}
