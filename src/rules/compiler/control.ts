/**
 * Control operators: `if`/`?:`, `and`, `or`, and the iteration operators `map`, `filter`,
 * `reduce`, `all`, `some`, `none`. Branches with a constant condition are pruned at compile time.
 *
 * @module
 * @internal
 */
import { truthy } from '../path.js';
import type { RuleFn } from '../types.js';
import type { Comparison, Superinstructions } from './leaf.js';
import { constant, finish, type Node } from './node.js';

/**
 * Builds an `if` chain: `[c1, v1, c2, v2, …, else?]`.
 *
 * @param args - compiled arguments
 * @param leaf - superinstructions, when the compiler makes them
 * @returns the node
 */
export function buildIf(args: readonly Node[], leaf?: Superinstructions): Node {
  const conditions: Node[] = [];
  const branches: Node[] = [];
  let otherwise: Node | undefined;
  let i = 0;
  for (; i < args.length - 1; i += 2) {
    const condition = args[i] as Node;
    const branch = args[i + 1] as Node;
    if (condition.constant) {
      if (truthy(condition.value)) {
        otherwise = branch;
        break;
      }
      continue;
    }
    conditions.push(condition);
    branches.push(branch);
  }
  if (otherwise === undefined && args.length === i + 1) otherwise = args[i];
  const last = otherwise ?? constant(null);
  if (conditions.length === 0) return last;
  const all = [...conditions, ...branches, last];
  if (conditions.length === 1) {
    const c = (conditions[0] as Node).fn;
    const a = (branches[0] as Node).fn;
    const b = last.fn;
    return finish((data, ctx) => (truthy(c(data, ctx)) ? a(data, ctx) : b(data, ctx)), true, all);
  }
  const cs = conditions.map((n) => n.fn);
  const bs = branches.map((n) => n.fn);
  const b = last.fn;
  const node = finish(
    (data, ctx) => {
      for (let k = 0; k < cs.length; k++) {
        if (truthy((cs[k] as RuleFn)(data, ctx))) return (bs[k] as RuleFn)(data, ctx);
      }
      return b(data, ctx);
    },
    true,
    all,
  );
  // A chain comparing one field with numbers and giving constants (points by thresholds): one closure.
  if (leaf !== undefined && !node.constant && last.constant && branches.every((n) => n.constant)) {
    const comparisons = conditions.map((n) => n.comparison);
    if (comparisons.every((x) => x !== undefined)) {
      const fn = leaf.numberChain(
        comparisons as Comparison[],
        branches.map((n) => n.value),
        last.value,
        node.fn,
      );
      if (fn !== undefined) return { ...node, fn };
    }
  }
  return node;
}

/**
 * Builds `and` (first falsy value, else the last) or `or` (first truthy value, else the last).
 *
 * @param args - compiled arguments
 * @param isAnd - true for `and`
 * @returns the node
 */
export function buildAndOr(args: readonly Node[], isAnd: boolean): Node {
  if (args.length === 0) return constant(undefined);
  // A constant that stops the chain ends it; a constant that does not, and is not last, is dropped.
  const kept: Node[] = [];
  for (let i = 0; i < args.length; i++) {
    const node = args[i] as Node;
    const isLast = i === args.length - 1;
    if (node.constant) {
      if (truthy(node.value) !== isAnd) {
        kept.push(node);
        break;
      }
      if (!isLast) continue;
    }
    kept.push(node);
  }
  if (kept.length === 1) return kept[0] as Node;
  const fns = kept.map((n) => n.fn);
  if (fns.length === 2) {
    const a = fns[0] as RuleFn;
    const b = fns[1] as RuleFn;
    const fn: RuleFn = isAnd
      ? (data, ctx) => {
          const x = a(data, ctx);
          return truthy(x) ? b(data, ctx) : x;
        }
      : (data, ctx) => {
          const x = a(data, ctx);
          return truthy(x) ? x : b(data, ctx);
        };
    return finish(fn, true, kept);
  }
  return finish(
    (data, ctx) => {
      let current: unknown;
      for (let i = 0; i < fns.length; i++) {
        current = (fns[i] as RuleFn)(data, ctx);
        if (truthy(current) !== isAnd) return current;
      }
      return current;
    },
    true,
    kept,
  );
}

/** The iteration operators. */
export type IterationOperator = 'map' | 'filter' | 'reduce' | 'all' | 'some' | 'none';

/**
 * Builds an iteration operator. The scoped rule (second argument) runs with each item as data.
 *
 * @param op - which operator
 * @param args - compiled arguments `[list, scoped, initial?]`
 * @param leaf - superinstructions, when the compiler makes them
 * @returns the node
 */
export function buildIteration(op: IterationOperator, args: readonly Node[], leaf?: Superinstructions): Node {
  const listNode = args[0] ?? constant(undefined);
  const scopeNode = args[1] ?? constant(undefined);
  const list = listNode.fn;
  const scoped = scopeNode.fn;
  switch (op) {
    case 'map':
      return finish(
        (data, ctx) => {
          const items = list(data, ctx);
          return Array.isArray(items) ? items.map((item) => scoped(item, ctx)) : [];
        },
        true,
        [listNode],
        [scopeNode],
      );
    case 'filter':
      return finish(
        (data, ctx) => {
          const items = list(data, ctx);
          return Array.isArray(items) ? items.filter((item) => truthy(scoped(item, ctx))) : [];
        },
        true,
        [listNode],
        [scopeNode],
      );
    case 'reduce': {
      const initialNode = args[2];
      const initial: RuleFn = initialNode === undefined ? () => null : initialNode.fn;
      return finish(
        (data, ctx) => {
          const items = list(data, ctx);
          const start = initial(data, ctx);
          if (!Array.isArray(items)) return start;
          return items.reduce((accumulator: unknown, current: unknown) => scoped({ current, accumulator }, ctx), start);
        },
        true,
        initialNode === undefined ? [listNode] : [listNode, initialNode],
        [scopeNode],
      );
    }
    default: {
      const node = finish(quantifier(op, list, scoped), true, [listNode], [scopeNode]);
      const read = listNode.leafRead;
      const fn =
        node.constant || read === undefined || leaf === undefined
          ? undefined
          : leaf.quantifierOverField(op, read, scoped, node.fn);
      return fn === undefined ? node : { ...node, fn };
    }
  }
}

function quantifier(op: 'all' | 'some' | 'none', list: RuleFn, scoped: RuleFn): RuleFn {
  // all: false on empty; some: false on empty; none: true on empty (json-logic-js).
  const stopOn = op !== 'all';
  const onStop = op === 'some';
  const onEmpty = op === 'none';
  return (data, ctx) => {
    const items = list(data, ctx);
    if (!Array.isArray(items) || items.length === 0) return onEmpty;
    for (let i = 0; i < items.length; i++) {
      if (truthy(scoped(items[i], ctx)) === stopOn) return op === 'all' ? false : onStop;
    }
    return op === 'all' ? true : !onStop;
  };
}
