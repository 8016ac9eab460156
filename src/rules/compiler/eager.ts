/**
 * Eager operators: arguments are evaluated, then the operator runs. Hot shapes of the standard
 * operators (comparisons, arithmetic, `!`, `in` with two arguments, often one of them constant)
 * get dedicated closures; everything else goes through the operator's `evaluate`.
 *
 * @module
 * @internal
 */
import { inOp, toFloat } from '../operators/standard.js';
import { truthy } from '../path.js';
import type { OperatorDefinition, RuleFn } from '../types.js';
import type { Arith, Comparison, Operand, Superinstructions } from './leaf.js';
import { evaluateAll, finish, type Node } from './node.js';
import { readLiteral } from './var.js';

type Num = number;
type Binary = (a: unknown, b: unknown) => unknown;

/* JavaScript coercions are the json-logic-js semantics; the casts only quiet the type checker. */
const BINARY: Readonly<Record<string, Binary>> = {
  // biome-ignore lint/suspicious/noDoubleEquals: json-logic `==` is JavaScript loose equality
  '==': (a, b) => a == b,
  '===': (a, b) => a === b,
  // biome-ignore lint/suspicious/noDoubleEquals: json-logic `!=` is JavaScript loose inequality
  '!=': (a, b) => a != b,
  '!==': (a, b) => a !== b,
  '>': (a, b) => (a as Num) > (b as Num),
  '>=': (a, b) => (a as Num) >= (b as Num),
  '<': (a, b) => (a as Num) < (b as Num),
  '<=': (a, b) => (a as Num) <= (b as Num),
  '+': (a, b) => toFloat(a) + toFloat(b),
  '*': (a, b) => toFloat(a) * toFloat(b),
  '-': (a, b) => (b === undefined ? -(a as Num) : (a as Num) - (b as Num)),
  '/': (a, b) => (a as Num) / (b as Num),
  '%': (a, b) => (a as Num) % (b as Num),
  in: inOp,
};

type ReadConst = (path: string, segments: readonly string[], slot: number, b: unknown) => RuleFn;
type FnConst = (l: RuleFn, b: unknown) => RuleFn;

/*
 * One function literal per operator and operand shape, so each closure has its own type feedback
 * and V8 inlines the comparison and the `var` read (`readLiteral`) into it; a shared closure that
 * calls `op` and the operand through variables cannot be inlined. Semantics are BINARY's.
 */
const READ_CONST: Readonly<Record<string, ReadConst>> = {
  // biome-ignore lint/suspicious/noDoubleEquals: json-logic `==` is JavaScript loose equality
  '==': (p, s, k, b) => (d, c) => readLiteral(d, c, p, s, k) == b,
  '===': (p, s, k, b) => (d, c) => readLiteral(d, c, p, s, k) === b,
  // biome-ignore lint/suspicious/noDoubleEquals: json-logic `!=` is JavaScript loose inequality
  '!=': (p, s, k, b) => (d, c) => readLiteral(d, c, p, s, k) != b,
  '!==': (p, s, k, b) => (d, c) => readLiteral(d, c, p, s, k) !== b,
  '>': (p, s, k, b) => (d, c) => (readLiteral(d, c, p, s, k) as Num) > (b as Num),
  '>=': (p, s, k, b) => (d, c) => (readLiteral(d, c, p, s, k) as Num) >= (b as Num),
  '<': (p, s, k, b) => (d, c) => (readLiteral(d, c, p, s, k) as Num) < (b as Num),
  '<=': (p, s, k, b) => (d, c) => (readLiteral(d, c, p, s, k) as Num) <= (b as Num),
  in: (p, s, k, b) => (d, c) => inOp(readLiteral(d, c, p, s, k), b),
};

type ItemConst = (values: unknown[], k: number, b: unknown) => RuleFn;

/** An item slot of a fused pass (absent: null) against a constant, as READ_CONST for the record's fields. */
const ITEM_CONST: Readonly<Record<string, ItemConst>> = {
  // biome-ignore lint/suspicious/noDoubleEquals: json-logic `==` is JavaScript loose equality
  '==': (v, k, b) => () => (v[k] ?? null) == b,
  '===': (v, k, b) => () => (v[k] ?? null) === b,
  // biome-ignore lint/suspicious/noDoubleEquals: json-logic `!=` is JavaScript loose inequality
  '!=': (v, k, b) => () => (v[k] ?? null) != b,
  '!==': (v, k, b) => () => (v[k] ?? null) !== b,
  '>': (v, k, b) => () => ((v[k] ?? null) as Num) > (b as Num),
  '>=': (v, k, b) => () => ((v[k] ?? null) as Num) >= (b as Num),
  '<': (v, k, b) => () => ((v[k] ?? null) as Num) < (b as Num),
  '<=': (v, k, b) => () => ((v[k] ?? null) as Num) <= (b as Num),
  in: (v, k, b) => () => inOp(v[k] ?? null, b),
};

const FN_CONST: Readonly<Record<string, FnConst>> = {
  // biome-ignore lint/suspicious/noDoubleEquals: json-logic `==` is JavaScript loose equality
  '==': (l, b) => (d, c) => l(d, c) == b,
  '===': (l, b) => (d, c) => l(d, c) === b,
  // biome-ignore lint/suspicious/noDoubleEquals: json-logic `!=` is JavaScript loose inequality
  '!=': (l, b) => (d, c) => l(d, c) != b,
  '!==': (l, b) => (d, c) => l(d, c) !== b,
  '>': (l, b) => (d, c) => (l(d, c) as Num) > (b as Num),
  '>=': (l, b) => (d, c) => (l(d, c) as Num) >= (b as Num),
  '<': (l, b) => (d, c) => (l(d, c) as Num) < (b as Num),
  '<=': (l, b) => (d, c) => (l(d, c) as Num) <= (b as Num),
  in: (l, b) => (d, c) => inOp(l(d, c), b),
};

/** What a superinstruction made of a node, and what it tells its parent. */
interface Special {
  readonly fn: RuleFn;
  readonly comparison?: Comparison | undefined;
  readonly arith?: Arith | undefined;
}

/** An arithmetic operand read in place: a field of the person, or a number constant. */
function operandOf(node: Node): Operand | undefined {
  if (node.constant) return typeof node.value === 'number' ? { slot: -1, segments: [], value: node.value } : undefined;
  const read = node.leafRead;
  return read?.kind === 'top' ? { slot: read.slot, segments: read.segments, value: 0 } : undefined;
}

/**
 * The superinstruction for `name` over two compiled arguments, wrapping `general` (the closure
 * the general compiler made), or undefined when the shape has none.
 */
function superinstruction(
  leaf: Superinstructions,
  name: string,
  left: Node,
  right: Node,
  general: RuleFn,
): Special | undefined {
  if (right.constant) {
    const b = right.value;
    const read = left.leafRead;
    if (read !== undefined) {
      if (name === 'in') {
        const fn = leaf.inConstantList(read, b, general);
        return fn === undefined ? undefined : { fn };
      }
      const op = leaf.compareCode(name);
      const fn = leaf.compareConstant(read, op, b, general);
      return fn === undefined ? undefined : { fn, comparison: { read, op, value: b } };
    }
    if (left.arith !== undefined) {
      const fn = leaf.arithmeticCompare(left.arith, leaf.compareCode(name), b, general);
      return fn === undefined ? undefined : { fn };
    }
  }
  if (left.constant && name === 'in' && right.leafRead !== undefined) {
    const fn = leaf.constantInList(right.leafRead, left.value, general);
    return fn === undefined ? undefined : { fn };
  }
  const op = leaf.arithCode(name);
  if (op >= 0 && !(left.constant && right.constant)) {
    const a = operandOf(left);
    const b = operandOf(right);
    if (a !== undefined && b !== undefined) {
      const arith: Arith = { op, a, b };
      return { fn: leaf.arithmetic(arith, general), arith };
    }
  }
  return undefined;
}

function binary(name: string, op: Binary, left: Node, right: Node): RuleFn {
  const l = left.fn;
  const r = right.fn;
  if (right.constant) {
    const b = right.value;
    const item = left.itemRead;
    if (item !== undefined && Object.hasOwn(ITEM_CONST, name))
      return (ITEM_CONST[name] as ItemConst)(item.values, item.index, b);
    const read = left.readPath;
    if (read !== undefined && Object.hasOwn(READ_CONST, name))
      return (READ_CONST[name] as ReadConst)(read.path, read.segments, read.slot, b);
    if (Object.hasOwn(FN_CONST, name)) return (FN_CONST[name] as FnConst)(l, b);
    return (data, ctx) => op(l(data, ctx), b);
  }
  if (left.constant) {
    const a = left.value;
    const read = right.readPath;
    if (name === 'in' && read !== undefined) {
      const { path, segments, slot } = read;
      return (data, ctx) => inOp(a, readLiteral(data, ctx, path, segments, slot));
    }
    return (data, ctx) => op(a, r(data, ctx));
  }
  return (data, ctx) => op(l(data, ctx), r(data, ctx));
}

/** `<`/`<=` with three arguments: all three are evaluated first, as for any eager operator. */
function between(strict: boolean, args: readonly Node[]): RuleFn {
  const a = (args[0] as Node).fn;
  const b = (args[1] as Node).fn;
  const x = (args[2] as Node).fn;
  if (strict) {
    return (data, ctx) => {
      const va = a(data, ctx) as Num;
      const vb = b(data, ctx) as Num;
      const vx = x(data, ctx) as Num | undefined;
      return vx === undefined ? va < vb : va < vb && vb < vx;
    };
  }
  return (data, ctx) => {
    const va = a(data, ctx) as Num;
    const vb = b(data, ctx) as Num;
    const vx = x(data, ctx) as Num | undefined;
    return vx === undefined ? va <= vb : va <= vb && vb <= vx;
  };
}

function specialised(op: string, args: readonly Node[]): RuleFn | undefined {
  if (args.length === 1) {
    const a = (args[0] as Node).fn;
    if (op === '!') return (data, ctx) => !truthy(a(data, ctx));
    if (op === '!!') return (data, ctx) => truthy(a(data, ctx));
    if (op === '-') return (data, ctx) => -(a(data, ctx) as Num);
    if (op === '+') return (data, ctx) => 0 + toFloat(a(data, ctx));
    return undefined;
  }
  if (args.length === 3 && (op === '<' || op === '<=')) return between(op === '<', args);
  if (args.length !== 2 || !Object.hasOwn(BINARY, op)) return undefined;
  const fn = BINARY[op] as Binary;
  if (op === '+') {
    // `+` folds from 0, which turns -0 into 0.
    return binary(op, (a, b) => 0 + toFloat(a) + toFloat(b), args[0] as Node, args[1] as Node);
  }
  return binary(op, fn, args[0] as Node, args[1] as Node);
}

/**
 * Builds a call of a standard eager operator.
 *
 * @param op - operator name
 * @param definition - its definition in the standard table
 * @param args - compiled arguments
 * @param leaf - superinstructions, when the compiler makes them
 * @returns the node
 */
export function buildStandardEager(
  op: string,
  definition: OperatorDefinition,
  args: readonly Node[],
  leaf?: Superinstructions,
): Node {
  const fast = specialised(op, args);
  if (fast === undefined) return buildCall(definition, args, true);
  const node = finish(fast, true, args);
  if (node.constant || args.length !== 2 || leaf === undefined) return node;
  const special = superinstruction(leaf, op, args[0] as Node, args[1] as Node, fast);
  if (special === undefined) return node;
  return { ...node, fn: special.fn, comparison: special.comparison, arith: special.arith };
}

/**
 * Builds a call of an operator definition (standard fallback or plugin).
 *
 * @param definition - the operator
 * @param args - compiled arguments
 * @param pure - whether the operator is pure
 * @returns the node
 */
export function buildCall(definition: OperatorDefinition, args: readonly Node[], pure: boolean): Node {
  const fns = args.map((n) => n.fn);
  if (definition.kind === 'lazy') {
    const evaluate = definition.evaluate;
    return finish((data, ctx) => evaluate.call(definition, fns, ctx, data), pure, args);
  }
  const evaluate = definition.evaluate;
  return finish((data, ctx) => evaluate.call(definition, evaluateAll(fns, data, ctx), ctx, data), pure, args);
}
