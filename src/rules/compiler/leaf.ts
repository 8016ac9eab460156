/**
 * Superinstructions: one closure for a whole common shape of rule — a field compared with a
 * constant, a field in a list of constants, a constant in a list field, arithmetic on two fields,
 * an `if` chain comparing one field with constants — with its operands read in place instead of
 * through child closures.
 *
 * V8 shares one feedback vector among all closures made from the same function literal, so a
 * literal used for every comparison of a framework sees every operand type and every child
 * closure (generic comparisons, calls it cannot inline). Here each literal serves one operand type
 * (a number constant, a string constant) and one kind of read (the person's slots, a list item),
 * and takes its fast path only when the value read has that type and nothing needs recording
 * (`ctx.read` off); anything else — an absent field (missing evidence), null, another type, NaN's
 * type is a number and compares as JavaScript does — runs `slow`, the closure the general
 * compiler made for the same node, so results and bookkeeping are exactly the general path's.
 *
 * @module
 * @internal
 */
import { readOwnPathFrom, truthy } from '../path.js';
import type { RuleContext, RuleFn } from '../types.js';

/** Comparison codes (`==`/`===` and `!=`/`!==` agree on operands of one primitive type). */
export const GE = 0;
export const GT = 1;
export const LE = 2;
export const LT = 3;
export const EQ = 4;
export const NE = 5;

const COMPARE_CODES: Readonly<Record<string, number>> = {
  '>=': GE,
  '>': GT,
  '<=': LE,
  '<': LT,
  '==': EQ,
  '===': EQ,
  '!=': NE,
  '!==': NE,
};

/** Arithmetic codes. */
const ADD = 0;
const SUB = 1;
const MUL = 2;
const DIV = 3;
const MOD = 4;

const ARITH_CODES: Readonly<Record<string, number>> = { '+': ADD, '-': SUB, '*': MUL, '/': DIV, '%': MOD };

/** The code of a comparison operator, or -1. */
export function compareCode(op: string): number {
  return Object.hasOwn(COMPARE_CODES, op) ? (COMPARE_CODES[op] as number) : -1;
}

/** The code of a two-operand arithmetic operator, or -1. */
export function arithCode(op: string): number {
  return Object.hasOwn(ARITH_CODES, op) ? (ARITH_CODES[op] as number) : -1;
}

/** A comparison of two numbers by code. @internal */
export function cmpNum(op: number, v: number, b: number): boolean {
  return op === GE
    ? v >= b
    : op === GT
      ? v > b
      : op === LE
        ? v <= b
        : op === LT
          ? v < b
          : op === EQ
            ? v === b
            : v !== b;
}

/** A comparison of two strings by code. @internal */
export function cmpStr(op: number, v: string, b: string): boolean {
  return op === GE
    ? v >= b
    : op === GT
      ? v > b
      : op === LE
        ? v <= b
        : op === LT
          ? v < b
          : op === EQ
            ? v === b
            : v !== b;
}

/** json-logic arithmetic on two numbers (`+` and `*` go through parseFloat, which turns -0 into 0). */
function arithNum(op: number, a: number, b: number): number {
  return op === ADD
    ? 0 + (a + 0) + (b + 0)
    : op === SUB
      ? a - b
      : op === MUL
        ? (a + 0) * (b + 0)
        : op === DIV
          ? a / b
          : a % b;
}

/** A field of the person read from the slots: its first segment's slot and the path's segments. */
export interface TopRead {
  readonly slot: number;
  readonly segments: readonly string[];
}

/**
 * A field of the person read from the slots when the data is the person's and nothing is recorded
 * (`ctx.read` off), else undefined — the caller then runs the general closure, which also answers
 * for an absent field. The second step of a dotted path is written out (`readOwnPathFrom`'s).
 */
function top(d: unknown, c: RuleContext, slot: number, segments: readonly string[]): unknown {
  const s = c.slots;
  if (d !== c.root || c.read !== null || s == null) return undefined;
  const v = s[slot];
  if (segments.length === 1) return v;
  if (segments.length === 2) {
    const key = segments[1] as string;
    return v !== null && v !== undefined && Object.hasOwn(v, key) ? (v as Record<string, unknown>)[key] : undefined;
  }
  return readOwnPathFrom(v, segments, 1);
}

/** An own field of a list item (any data but the person's), else undefined. */
function own(d: unknown, c: RuleContext, key: string): unknown {
  return typeof d === 'object' && d !== null && d !== c.root && Object.hasOwn(d, key)
    ? (d as Record<string, unknown>)[key]
    : undefined;
}

/* One function literal per read and constant type: each keeps its own monomorphic feedback. */

const topNumber =
  (slot: number, segments: readonly string[], op: number, b: number, slow: RuleFn): RuleFn =>
  (d, c) => {
    const v = top(d, c, slot, segments);
    return typeof v === 'number' ? cmpNum(op, v, b) : slow(d, c);
  };

const topString =
  (slot: number, segments: readonly string[], op: number, b: string, slow: RuleFn): RuleFn =>
  (d, c) => {
    const v = top(d, c, slot, segments);
    return typeof v === 'string' ? cmpStr(op, v, b) : slow(d, c);
  };

const itemNumber =
  (key: string, op: number, b: number, slow: RuleFn): RuleFn =>
  (d, c) => {
    const v = own(d, c, key);
    return typeof v === 'number' ? cmpNum(op, v, b) : slow(d, c);
  };

const itemString =
  (key: string, op: number, b: string, slow: RuleFn): RuleFn =>
  (d, c) => {
    const v = own(d, c, key);
    return typeof v === 'string' ? cmpStr(op, v, b) : slow(d, c);
  };

/** Where a literal `var` (no default, not derived) reads: the person's slots, or a list item's own field. */
export type LeafRead =
  | { readonly kind: 'top'; readonly slot: number; readonly segments: readonly string[] }
  | { readonly kind: 'item'; readonly key: string };

/**
 * `{op: [{"var": path}, constant]}` as one closure, when the constant is a number or a string.
 *
 * @param read - where the field is read
 * @param op - comparison code
 * @param b - the constant
 * @param slow - the general closure of the same node
 * @returns the closure, or undefined for other shapes
 */
export function compareConstant(read: LeafRead, op: number, b: unknown, slow: RuleFn): RuleFn | undefined {
  if (op < 0) return undefined;
  if (typeof b === 'number') {
    return read.kind === 'top' ? topNumber(read.slot, read.segments, op, b, slow) : itemNumber(read.key, op, b, slow);
  }
  if (typeof b === 'string') {
    return read.kind === 'top' ? topString(read.slot, read.segments, op, b, slow) : itemString(read.key, op, b, slow);
  }
  return undefined;
}

/* ---------------------------------------------------------------- `in` */

const topInStrings =
  (slot: number, segments: readonly string[], list: readonly string[], slow: RuleFn): RuleFn =>
  (d, c) => {
    const v = top(d, c, slot, segments);
    return typeof v === 'string' ? list.indexOf(v) !== -1 : slow(d, c);
  };

const itemInStrings =
  (key: string, list: readonly string[], slow: RuleFn): RuleFn =>
  (d, c) => {
    const v = own(d, c, key);
    return typeof v === 'string' ? list.indexOf(v) !== -1 : slow(d, c);
  };

/**
 * `{"in": [{"var": path}, [strings…]]}` as one closure (a string field looked up in the list, as
 * `Array.prototype.indexOf` does).
 *
 * @param read - where the field is read
 * @param list - the constant list
 * @param slow - the general closure
 * @returns the closure, or undefined when the list holds anything but strings
 */
export function inConstantList(read: LeafRead, list: unknown, slow: RuleFn): RuleFn | undefined {
  if (!Array.isArray(list) || !list.every((x) => typeof x === 'string')) return undefined;
  return read.kind === 'top' ? topInStrings(read.slot, read.segments, list, slow) : itemInStrings(read.key, list, slow);
}

const topListHas =
  (slot: number, segments: readonly string[], a: string, slow: RuleFn): RuleFn =>
  (d, c) => {
    const v = top(d, c, slot, segments);
    return Array.isArray(v) ? v.indexOf(a) !== -1 : slow(d, c);
  };

/**
 * `{"in": ["text", {"var": path}]}` as one closure when the person's field is an array.
 *
 * @param read - where the list is read (the person's slots only)
 * @param a - the constant
 * @param slow - the general closure
 * @returns the closure, or undefined for other shapes
 */
export function constantInList(read: LeafRead, a: unknown, slow: RuleFn): RuleFn | undefined {
  return read.kind === 'top' && typeof a === 'string' ? topListHas(read.slot, read.segments, a, slow) : undefined;
}

/* ---------------------------------------------------------------- a field's value */

const topValue =
  (slot: number, segments: readonly string[], slow: RuleFn): RuleFn =>
  (d, c) => {
    const v = top(d, c, slot, segments);
    return v !== undefined && v !== null ? v : slow(d, c);
  };

/**
 * `{"var": path}` of the person's data (no default, not derived) when the field is present.
 *
 * @param read - the slot read
 * @param slow - the general closure (absent fields: null, and missing evidence noted)
 * @returns the closure
 */
export function topField(read: TopRead, slow: RuleFn): RuleFn {
  return topValue(read.slot, read.segments, slow);
}

/* ---------------------------------------------------------------- arithmetic */

/** An arithmetic operand: a field of the person (slot ≥ 0) or a number constant (slot -1). */
export interface Operand {
  readonly slot: number;
  readonly segments: readonly string[];
  readonly value: number;
}

/** Two operands of arithmetic, at least one of them a field. */
export interface Arith {
  readonly op: number;
  readonly a: Operand;
  readonly b: Operand;
}

const topArith =
  ({ op, a, b }: Arith, cmp: number, k: number, slow: RuleFn): RuleFn =>
  (d, c) => {
    const x = a.slot < 0 ? a.value : top(d, c, a.slot, a.segments);
    const y = b.slot < 0 ? b.value : top(d, c, b.slot, b.segments);
    if (typeof x !== 'number' || typeof y !== 'number') return slow(d, c);
    const r = arithNum(op, x, y);
    return cmp < 0 ? r : cmpNum(cmp, r, k);
  };

/**
 * Arithmetic on two operands (fields of the person or number constants) as one closure.
 *
 * @param arith - the operation
 * @param slow - the general closure
 * @returns the closure
 */
export function arithmetic(arith: Arith, slow: RuleFn): RuleFn {
  return topArith(arith, -1, 0, slow);
}

/**
 * Arithmetic compared with a number constant, as one closure.
 *
 * @param arith - the operation
 * @param cmp - comparison code
 * @param k - the constant
 * @param slow - the general closure
 * @returns the closure, or undefined when the constant is not a number
 */
export function arithmeticCompare(arith: Arith, cmp: number, k: unknown, slow: RuleFn): RuleFn | undefined {
  return cmp < 0 || typeof k !== 'number' ? undefined : topArith(arith, cmp, k, slow);
}

/* ---------------------------------------------------------------- `if` chains */

const topNumberChain =
  (
    slot: number,
    segments: readonly string[],
    ops: Int32Array,
    bounds: Float64Array,
    values: readonly unknown[],
    otherwise: unknown,
    slow: RuleFn,
  ): RuleFn =>
  (d, c) => {
    const v = top(d, c, slot, segments);
    if (typeof v !== 'number') return slow(d, c);
    for (let i = 0; i < ops.length; i++) if (cmpNum(ops[i] as number, v, bounds[i] as number)) return values[i];
    return otherwise;
  };

/** A comparison of one field with a constant, as the `if` chain superinstruction sees it. */
export interface Comparison {
  readonly read: LeafRead;
  readonly op: number;
  readonly value: unknown;
}

/**
 * An `if` chain whose conditions all compare the same field of the person with number constants
 * and whose branches are constants, as one closure reading the field once (reads of the same
 * field give the same value; a field that is not a number runs the general closure).
 *
 * @param conditions - the conditions' comparisons
 * @param values - the branches' values
 * @param otherwise - the value when no condition holds
 * @param slow - the general closure
 * @returns the closure, or undefined for other shapes
 */
export function numberChain(
  conditions: readonly Comparison[],
  values: readonly unknown[],
  otherwise: unknown,
  slow: RuleFn,
): RuleFn | undefined {
  const first = conditions[0]?.read;
  if (first?.kind !== 'top') return undefined;
  const path = first.segments.join('.');
  for (const cond of conditions) {
    if (cond.read.kind !== 'top' || cond.read.segments.join('.') !== path) return undefined;
    if (typeof cond.value !== 'number' || cond.op < 0) return undefined;
  }
  return topNumberChain(
    first.slot,
    first.segments,
    Int32Array.from(conditions, (cond) => cond.op),
    Float64Array.from(conditions, (cond) => cond.value as number),
    values,
    otherwise,
    slow,
  );
}

/* ---------------------------------------------------------------- quantifiers over a field */

/** `stopOn`: the item truthiness that decides; `onStop`: the answer then (the opposite at the end). */
const topQuantifier =
  (
    slot: number,
    segments: readonly string[],
    stopOn: boolean,
    onStop: boolean,
    onEmpty: boolean,
    scoped: RuleFn,
    slow: RuleFn,
  ): RuleFn =>
  (d, c) => {
    const items = top(d, c, slot, segments);
    if (!Array.isArray(items)) return slow(d, c);
    if (items.length === 0) return onEmpty;
    for (let i = 0; i < items.length; i++) if (truthy(scoped(items[i], c)) === stopOn) return onStop;
    return !onStop;
  };

/**
 * `some`/`all`/`none` over a list field of the person, the list read in place (json-logic-js:
 * `all` of an empty list is false, `some` false, `none` true).
 *
 * @param op - the quantifier
 * @param read - where the list is read
 * @param scoped - the item rule
 * @param slow - the general closure (a list absent or not an array)
 * @returns the closure, or undefined when the list is not read from the slots
 */
export function quantifierOverField(
  op: 'some' | 'all' | 'none',
  read: LeafRead,
  scoped: RuleFn,
  slow: RuleFn,
): RuleFn | undefined {
  if (read.kind !== 'top') return undefined;
  // some: stops on a truthy item (true), all: on a falsy one (false), none: on a truthy one (false).
  return topQuantifier(read.slot, read.segments, op !== 'all', op === 'some', op === 'none', scoped, slow);
}

/**
 * The superinstructions, handed to the compiler through its state (`CompileState.leaf`) by the
 * scoring pass only: the main entry's bundle (`createEngine`) does without them.
 */
export const superinstructions = {
  compareCode,
  arithCode,
  compareConstant,
  inConstantList,
  constantInList,
  topField,
  arithmetic,
  arithmeticCompare,
  numberChain,
  quantifierOverField,
};

/** What the compiler calls to make superinstructions. */
export type Superinstructions = typeof superinstructions;
