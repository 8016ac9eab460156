/**
 * The control operators of the standard table as plain lazy operators: `if`/`?:`, `and`, `or`
 * and the iteration operators. The compiler builds its own closures for these (with constant
 * branches pruned); these definitions give the same results for anyone evaluating a rule tree
 * with the table alone, and describe the operators.
 *
 * @module
 */
import { truthy } from '../path.js';
import type { LazyOperator, RuleContext, RuleFn } from '../types.js';

type Lazy = LazyOperator['evaluate'];

function lazy(evaluate: Lazy, vi: string, en: string, scopedArgs?: readonly number[]): LazyOperator {
  return scopedArgs === undefined
    ? { kind: 'lazy', evaluate, description: { vi, en }, pure: true }
    : { kind: 'lazy', evaluate, description: { vi, en }, pure: true, scopedArgs };
}

const ifOp: Lazy = (args, ctx, data) => {
  let i = 0;
  for (; i < args.length - 1; i += 2) {
    if (truthy((args[i] as RuleFn)(data, ctx))) return (args[i + 1] as RuleFn)(data, ctx);
  }
  return i < args.length ? (args[i] as RuleFn)(data, ctx) : null;
};

function andOr(isAnd: boolean): Lazy {
  return (args, ctx, data) => {
    let current: unknown;
    for (const arg of args) {
      current = arg(data, ctx);
      if (truthy(current) !== isAnd) return current;
    }
    return current;
  };
}

function list(args: readonly RuleFn[], ctx: RuleContext, data: unknown): unknown {
  return args[0] === undefined ? undefined : args[0](data, ctx);
}

function scoped(args: readonly RuleFn[]): RuleFn {
  return args[1] ?? (() => undefined);
}

const mapOp: Lazy = (args, ctx, data) => {
  const items = list(args, ctx, data);
  const f = scoped(args);
  return Array.isArray(items) ? items.map((item) => f(item, ctx)) : [];
};

const filterOp: Lazy = (args, ctx, data) => {
  const items = list(args, ctx, data);
  const f = scoped(args);
  return Array.isArray(items) ? items.filter((item) => truthy(f(item, ctx))) : [];
};

const reduceOp: Lazy = (args, ctx, data) => {
  const items = list(args, ctx, data);
  const start = args[2] === undefined ? null : args[2](data, ctx);
  const f = scoped(args);
  if (!Array.isArray(items)) return start;
  return items.reduce((accumulator: unknown, current: unknown) => f({ current, accumulator }, ctx), start);
};

function quantifier(op: 'all' | 'some' | 'none'): Lazy {
  return (args, ctx, data) => {
    const items = list(args, ctx, data);
    // all: false on empty; some: false on empty; none: true on empty (json-logic-js).
    if (!Array.isArray(items) || items.length === 0) return op === 'none';
    const f = scoped(args);
    if (op === 'all') return items.every((item) => truthy(f(item, ctx)));
    const some = items.some((item) => truthy(f(item, ctx)));
    return op === 'some' ? some : !some;
  };
}

/** The control operators, by name. @internal */
export const controlOperators: Readonly<Record<string, LazyOperator>> = {
  if: lazy(ifOp, 'nếu … thì … còn lại …', 'if … then … otherwise …'),
  '?:': lazy(ifOp, 'nếu … thì … còn lại …', 'if … then … otherwise …'),
  and: lazy(andOr(true), 'tất cả các điều kiện đều đúng', 'all conditions hold'),
  or: lazy(andOr(false), 'ít nhất một điều kiện đúng', 'at least one condition holds'),
  map: lazy(mapOp, '{1} của từng phần tử của {0}', '{1} of each item of {0}', [1]),
  filter: lazy(filterOp, 'các phần tử của {0} thỏa mãn: {1}', 'the items of {0} that satisfy: {1}', [1]),
  reduce: lazy(reduceOp, 'gộp {0} bằng {1}, bắt đầu từ {2}', '{0} folded with {1} starting from {2}', [1]),
  all: lazy(quantifier('all'), 'mọi phần tử của {0} thỏa mãn: {1}', 'every item of {0} satisfies: {1}', [1]),
  some: lazy(quantifier('some'), 'có phần tử của {0} thỏa mãn: {1}', 'some item of {0} satisfies: {1}', [1]),
  none: lazy(quantifier('none'), 'không phần tử nào của {0} thỏa mãn: {1}', 'no item of {0} satisfies: {1}', [1]),
};
