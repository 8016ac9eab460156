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
import type { RuleFn } from '../types.js';

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
  switch (op) {
    case GE:
      return v >= b;
    case GT:
      return v > b;
    case LE:
      return v <= b;
    case LT:
      return v < b;
    case EQ:
      return v === b;
    default:
      return v !== b;
  }
}

/** A comparison of two strings by code. @internal */
export function cmpStr(op: number, v: string, b: string): boolean {
  switch (op) {
    case GE:
      return v >= b;
    case GT:
      return v > b;
    case LE:
      return v <= b;
    case LT:
      return v < b;
    case EQ:
      return v === b;
    default:
      return v !== b;
  }
}

/** json-logic arithmetic on two numbers (`+` and `*` go through parseFloat, which turns -0 into 0). */
function arithNum(op: number, a: number, b: number): number {
  switch (op) {
    case ADD:
      return 0 + (a + 0) + (b + 0);
    case SUB:
      return a - b;
    case MUL:
      return (a + 0) * (b + 0);
    case DIV:
      return a / b;
    default:
      return a % b;
  }
}

/** A field of the person read from the slots: its first segment's slot and the path's segments. */
export interface TopRead {
  readonly slot: number;
  readonly segments: readonly string[];
}

/**
 * The value of a top-level read from the slots (undefined when absent): `readOwnPathFrom` with the
 * second step written out (a field of a field is the common dotted path).
 */
function fromSlots(slots: unknown[], slot: number, segments: readonly string[]): unknown {
  const v = slots[slot];
  if (segments.length === 1) return v;
  if (segments.length === 2) {
    const key = segments[1] as string;
    return v !== null && v !== undefined && Object.hasOwn(v, key) ? (v as Record<string, unknown>)[key] : undefined;
  }
  return readOwnPathFrom(v, segments, 1);
}

/* ---------------------------------------------------------------- a field against a constant */

const topNumber =
  (slot: number, segments: readonly string[], op: number, b: number, slow: RuleFn): RuleFn =>
  (d, c) => {
    if (d === c.root && c.read === null) {
      const s = c.slots;
      if (s != null) {
        const v = segments.length === 1 ? s[slot] : fromSlots(s, slot, segments);
        if (typeof v === 'number') return cmpNum(op, v, b);
      }
    }
    return slow(d, c);
  };

const topString =
  (slot: number, segments: readonly string[], op: number, b: string, slow: RuleFn): RuleFn =>
  (d, c) => {
    if (d === c.root && c.read === null) {
      const s = c.slots;
      if (s != null) {
        const v = segments.length === 1 ? s[slot] : fromSlots(s, slot, segments);
        if (typeof v === 'string') return cmpStr(op, v, b);
      }
    }
    return slow(d, c);
  };

const itemNumber =
  (key: string, op: number, b: number, slow: RuleFn): RuleFn =>
  (d, c) => {
    if (typeof d === 'object' && d !== null && d !== c.root && Object.hasOwn(d, key)) {
      const v = (d as Record<string, unknown>)[key];
      if (typeof v === 'number') return cmpNum(op, v, b);
    }
    return slow(d, c);
  };

const itemString =
  (key: string, op: number, b: string, slow: RuleFn): RuleFn =>
  (d, c) => {
    if (typeof d === 'object' && d !== null && d !== c.root && Object.hasOwn(d, key)) {
      const v = (d as Record<string, unknown>)[key];
      if (typeof v === 'string') return cmpStr(op, v, b);
    }
    return slow(d, c);
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

/* ---------------------------------------------------------------- between two constants */

const topStringBetween =
  (slot: number, segments: readonly string[], strict: boolean, low: string, high: string, slow: RuleFn): RuleFn =>
  (d, c) => {
    if (d === c.root && c.read === null) {
      const s = c.slots;
      if (s != null) {
        const v = segments.length === 1 ? s[slot] : fromSlots(s, slot, segments);
        if (typeof v === 'string') return strict ? low < v && v < high : low <= v && v <= high;
      }
    }
    return slow(d, c);
  };

const topNumberBetween =
  (slot: number, segments: readonly string[], strict: boolean, low: number, high: number, slow: RuleFn): RuleFn =>
  (d, c) => {
    if (d === c.root && c.read === null) {
      const s = c.slots;
      if (s != null) {
        const v = segments.length === 1 ? s[slot] : fromSlots(s, slot, segments);
        if (typeof v === 'number') return strict ? low < v && v < high : low <= v && v <= high;
      }
    }
    return slow(d, c);
  };

/**
 * `{"<=": [low, {"var": path}, high]}` (or `<`) with two constants of one type (numbers or strings)
 * as one closure.
 *
 * @param read - where the field is read
 * @param strict - `<` rather than `<=`
 * @param low - the first constant
 * @param high - the last constant
 * @param slow - the general closure
 * @returns the closure, or undefined for other shapes
 */
export function between(
  read: LeafRead,
  strict: boolean,
  low: unknown,
  high: unknown,
  slow: RuleFn,
): RuleFn | undefined {
  if (read.kind !== 'top') return undefined;
  if (typeof low === 'string' && typeof high === 'string')
    return topStringBetween(read.slot, read.segments, strict, low, high, slow);
  if (typeof low === 'number' && typeof high === 'number')
    return topNumberBetween(read.slot, read.segments, strict, low, high, slow);
  return undefined;
}

/* ---------------------------------------------------------------- item slots of a fused pass */

const slotNumber =
  (values: unknown[], k: number, op: number, b: number, slow: RuleFn): RuleFn =>
  (d, c) => {
    const v = values[k];
    return typeof v === 'number' ? cmpNum(op, v, b) : slow(d, c);
  };

const slotString =
  (values: unknown[], k: number, op: number, b: string, slow: RuleFn): RuleFn =>
  (d, c) => {
    const v = values[k];
    return typeof v === 'string' ? cmpStr(op, v, b) : slow(d, c);
  };

const slotInStrings =
  (values: unknown[], k: number, list: readonly string[], slow: RuleFn): RuleFn =>
  (d, c) => {
    const v = values[k];
    return typeof v === 'string' ? list.indexOf(v) !== -1 : slow(d, c);
  };

/**
 * An item field of a fused list pass (read into `values[k]`, see `fuse.ts`) compared with a number
 * or text constant, or looked up in a list of texts.
 *
 * @param values - the pass's item slots
 * @param k - the field's slot
 * @param name - the operator (a comparison or `in`)
 * @param b - the constant
 * @param slow - the general closure
 * @returns the closure, or undefined for other shapes
 */
export function itemSlotConstant(
  values: unknown[],
  k: number,
  name: string,
  b: unknown,
  slow: RuleFn,
): RuleFn | undefined {
  if (name === 'in') {
    if (!Array.isArray(b) || !b.every((x) => typeof x === 'string')) return undefined;
    return slotInStrings(values, k, b as string[], slow);
  }
  const op = compareCode(name);
  if (op < 0) return undefined;
  if (typeof b === 'number') return slotNumber(values, k, op, b, slow);
  if (typeof b === 'string') return slotString(values, k, op, b, slow);
  return undefined;
}

/* ---------------------------------------------------------------- `in` */

const topInStrings =
  (slot: number, segments: readonly string[], list: readonly string[], slow: RuleFn): RuleFn =>
  (d, c) => {
    if (d === c.root && c.read === null) {
      const s = c.slots;
      if (s != null) {
        const v = segments.length === 1 ? s[slot] : fromSlots(s, slot, segments);
        if (typeof v === 'string') return list.indexOf(v) !== -1;
      }
    }
    return slow(d, c);
  };

const itemInStrings =
  (key: string, list: readonly string[], slow: RuleFn): RuleFn =>
  (d, c) => {
    if (typeof d === 'object' && d !== null && d !== c.root && Object.hasOwn(d, key)) {
      const v = (d as Record<string, unknown>)[key];
      if (typeof v === 'string') return list.indexOf(v) !== -1;
    }
    return slow(d, c);
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
  const strings = list as readonly string[];
  return read.kind === 'top'
    ? topInStrings(read.slot, read.segments, strings, slow)
    : itemInStrings(read.key, strings, slow);
}

const topListHas =
  (slot: number, segments: readonly string[], a: string, slow: RuleFn): RuleFn =>
  (d, c) => {
    if (d === c.root && c.read === null) {
      const s = c.slots;
      if (s != null) {
        const v = segments.length === 1 ? s[slot] : fromSlots(s, slot, segments);
        if (Array.isArray(v)) return v.indexOf(a) !== -1;
      }
    }
    return slow(d, c);
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
  if (read.kind !== 'top' || typeof a !== 'string') return undefined;
  return topListHas(read.slot, read.segments, a, slow);
}

/* ---------------------------------------------------------------- a field's value */

const topValue =
  (slot: number, segments: readonly string[], slow: RuleFn): RuleFn =>
  (d, c) => {
    if (d === c.root && c.read === null) {
      const s = c.slots;
      if (s != null) {
        const v = segments.length === 1 ? s[slot] : fromSlots(s, slot, segments);
        if (v !== undefined && v !== null) return v;
      }
    }
    return slow(d, c);
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

const topArith =
  (op: number, a: Operand, b: Operand, slow: RuleFn): RuleFn =>
  (d, c) => {
    if (d === c.root && c.read === null) {
      const s = c.slots;
      if (s != null) {
        const x = a.slot < 0 ? a.value : a.segments.length === 1 ? s[a.slot] : fromSlots(s, a.slot, a.segments);
        const y = b.slot < 0 ? b.value : b.segments.length === 1 ? s[b.slot] : fromSlots(s, b.slot, b.segments);
        if (typeof x === 'number' && typeof y === 'number') return arithNum(op, x, y);
      }
    }
    return slow(d, c);
  };

const topArithCompare =
  (op: number, a: Operand, b: Operand, cmp: number, k: number, slow: RuleFn): RuleFn =>
  (d, c) => {
    if (d === c.root && c.read === null) {
      const s = c.slots;
      if (s != null) {
        const x = a.slot < 0 ? a.value : a.segments.length === 1 ? s[a.slot] : fromSlots(s, a.slot, a.segments);
        const y = b.slot < 0 ? b.value : b.segments.length === 1 ? s[b.slot] : fromSlots(s, b.slot, b.segments);
        if (typeof x === 'number' && typeof y === 'number') return cmpNum(cmp, arithNum(op, x, y), k);
      }
    }
    return slow(d, c);
  };

/** Two operands of arithmetic, at least one of them a field. */
export interface Arith {
  readonly op: number;
  readonly a: Operand;
  readonly b: Operand;
}

/**
 * Arithmetic on two operands (fields of the person or number constants) as one closure.
 *
 * @param arith - the operation
 * @param slow - the general closure
 * @returns the closure
 */
export function arithmetic(arith: Arith, slow: RuleFn): RuleFn {
  return topArith(arith.op, arith.a, arith.b, slow);
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
  if (cmp < 0 || typeof k !== 'number') return undefined;
  return topArithCompare(arith.op, arith.a, arith.b, cmp, k, slow);
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
    if (d === c.root && c.read === null) {
      const s = c.slots;
      if (s != null) {
        const v = segments.length === 1 ? s[slot] : fromSlots(s, slot, segments);
        if (typeof v === 'number') {
          for (let i = 0; i < ops.length; i++) if (cmpNum(ops[i] as number, v, bounds[i] as number)) return values[i];
          return otherwise;
        }
      }
    }
    return slow(d, c);
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
 * field give the same value, and note the same missing path once).
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
  const first = conditions[0];
  if (first === undefined || first.read.kind !== 'top') return undefined;
  const path = first.read.segments.join('.');
  for (const cond of conditions) {
    if (cond.read.kind !== 'top' || cond.read.segments.join('.') !== path) return undefined;
    if (typeof cond.value !== 'number' || cond.op < 0) return undefined;
  }
  return topNumberChain(
    first.read.slot,
    first.read.segments,
    Int32Array.from(conditions, (cond) => cond.op),
    Float64Array.from(conditions, (cond) => cond.value as number),
    values,
    otherwise,
    slow,
  );
}

/* ---------------------------------------------------------------- quantifiers over a field */

const topSome =
  (slot: number, segments: readonly string[], scoped: RuleFn, slow: RuleFn): RuleFn =>
  (d, c) => {
    if (d === c.root && c.read === null) {
      const s = c.slots;
      if (s != null) {
        const items = segments.length === 1 ? s[slot] : fromSlots(s, slot, segments);
        if (Array.isArray(items)) {
          for (let i = 0; i < items.length; i++) if (truthy(scoped(items[i], c))) return true;
          return false;
        }
      }
    }
    return slow(d, c);
  };

const topAll =
  (slot: number, segments: readonly string[], scoped: RuleFn, slow: RuleFn): RuleFn =>
  (d, c) => {
    if (d === c.root && c.read === null) {
      const s = c.slots;
      if (s != null) {
        const items = segments.length === 1 ? s[slot] : fromSlots(s, slot, segments);
        if (Array.isArray(items)) {
          if (items.length === 0) return false;
          for (let i = 0; i < items.length; i++) if (!truthy(scoped(items[i], c))) return false;
          return true;
        }
      }
    }
    return slow(d, c);
  };

const topNone =
  (slot: number, segments: readonly string[], scoped: RuleFn, slow: RuleFn): RuleFn =>
  (d, c) => {
    if (d === c.root && c.read === null) {
      const s = c.slots;
      if (s != null) {
        const items = segments.length === 1 ? s[slot] : fromSlots(s, slot, segments);
        if (Array.isArray(items)) {
          for (let i = 0; i < items.length; i++) if (truthy(scoped(items[i], c))) return false;
          return true;
        }
      }
    }
    return slow(d, c);
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
  if (op === 'some') return topSome(read.slot, read.segments, scoped, slow);
  if (op === 'all') return topAll(read.slot, read.segments, scoped, slow);
  return topNone(read.slot, read.segments, scoped, slow);
}
