/**
 * One list's fused pass (see `fuse.ts`): every member's result for the current person, computed in
 * one walk over the items, each item's fields read once into item slots.
 *
 * The walk is a small interpreter over members coded as integers (no string compares, no object per
 * member per item), and the shapes frameworks use most skip the item rule's closure: an item rule
 * that is one field read, a `reduce` step adding a constant (counting) or an item field (summing).
 *
 * @module
 * @internal
 */
import { toFloat } from '../operators/standard.js';
import { truthy } from '../path.js';
import type { RuleContext, RuleFn } from '../types.js';
import { cmpNum, cmpStr } from './leaf.js';

/** Member kinds. */
export const SOME = 0;
export const ALL = 1;
export const NONE = 2;
/** `reduce(filter(list, item), step, initial)`. */
export const COUNT = 3;
/** `reduce(list, step, initial)`. */
export const REDUCE = 4;

/** How a member's item rule runs: its closure, or (>= 0) the truthiness of that item slot. */
export const PREDICATE_CLOSURE = -1;

/** Reduce steps: the closure on `{ current, accumulator }`, `accumulator + constant`, `accumulator + current.F`. */
export const STEP_CLOSURE = 0;
export const STEP_ADD_CONSTANT = 1;
export const STEP_ADD_FIELD = 2;

/**
 * Conjuncts of an item rule the walk evaluates itself (an `and` of them, or one): an item field's
 * truthiness, its negation (`!`), or the field compared with a number or a text constant (`op` a
 * comparison code of `leaf.ts`). A compared field of another type sends the item to the closure.
 */
export const CONJ_TRUTHY = 0;
export const CONJ_FALSY = 1;
export const CONJ_NUMBER = 2;
export const CONJ_STRING = 3;

/** One conjunct: its kind, the item slot it reads, and for comparisons the code and constant. */
export interface Conjunct {
  readonly kind: number;
  readonly slot: number;
  readonly op: number;
  readonly value: number | string;
}

/** One compiled member of a pass. */
export interface PassMember {
  readonly kind: number;
  /** The item rule reading item slots (when `predicateSlot` is PREDICATE_CLOSURE), or null. */
  readonly fused: RuleFn | null;
  /** An item slot whose truthiness is the item rule's value, or PREDICATE_CLOSURE. */
  readonly predicateSlot: number;
  /** The item rule as conjuncts the walk evaluates itself, or null (the closure `fused` runs). */
  readonly conjuncts: readonly Conjunct[] | null;
  readonly stepKind: number;
  /** The step's closure (STEP_CLOSURE), or null. */
  readonly step: RuleFn | null;
  /** STEP_ADD_CONSTANT: `toFloat` of the constant; STEP_ADD_FIELD: the item slot added. */
  readonly stepOperand: number;
  readonly initial: unknown;
}

/** Whether a value can be compared and added without running code (and is not the record). */
function inert(value: unknown): boolean {
  return value === null || (typeof value !== 'object' && typeof value !== 'function');
}

/** What a `var` of the accumulator or of an item field gives: null for absent. */
function orNull(value: unknown): unknown {
  return value === undefined ? null : value;
}

/** One list's pass: results of every member for the current person. */
export class Pass {
  generation = -1;
  list: unknown = undefined;
  failed = false;
  readonly results: unknown[];
  private readonly open: Uint8Array;
  private readonly kinds: Uint8Array;
  private readonly predicates: Int32Array;
  private readonly stepKinds: Uint8Array;
  private readonly operands: Float64Array;
  private readonly fns: (RuleFn | null)[];
  /** Members' conjuncts, flattened: member k's are [conjStart[k], conjStart[k + 1]) when conjStart[k] >= 0. */
  private readonly conjStart: Int32Array;
  private readonly conjEnd: Int32Array;
  private readonly conjKinds: Uint8Array;
  private readonly conjSlots: Int32Array;
  private readonly conjOps: Uint8Array;
  private readonly conjNumbers: Float64Array;
  private readonly conjStrings: string[];
  private readonly steps: (RuleFn | null)[];
  private readonly scratch = { current: undefined as unknown, accumulator: undefined as unknown };

  constructor(
    readonly members: readonly PassMember[],
    private readonly width: number,
    private readonly values: unknown[],
    private readonly read: (item: unknown, slots: unknown[]) => void,
  ) {
    const n = members.length;
    this.results = new Array(n).fill(null);
    this.open = new Uint8Array(n);
    this.kinds = Uint8Array.from(members, (m) => m.kind);
    this.predicates = Int32Array.from(members, (m) => m.predicateSlot);
    this.stepKinds = Uint8Array.from(members, (m) => m.stepKind);
    this.operands = Float64Array.from(members, (m) => m.stepOperand);
    this.fns = members.map((m) => m.fused);
    const flat = members.flatMap((m) => m.conjuncts ?? []);
    this.conjStart = new Int32Array(n).fill(-1);
    this.conjEnd = new Int32Array(n);
    let at = 0;
    members.forEach((m, k) => {
      if (m.conjuncts === null) return;
      this.conjStart[k] = at;
      at += m.conjuncts.length;
      this.conjEnd[k] = at;
    });
    this.conjKinds = Uint8Array.from(flat, (c) => c.kind);
    this.conjSlots = Int32Array.from(flat, (c) => c.slot);
    this.conjOps = Uint8Array.from(flat, (c) => c.op);
    this.conjNumbers = Float64Array.from(flat, (c) => (typeof c.value === 'number' ? c.value : 0));
    this.conjStrings = flat.map((c) => (typeof c.value === 'string' ? c.value : ''));
    this.steps = members.map((m) => m.step);
  }

  run(items: unknown, ctx: RuleContext, generation: number): void {
    this.generation = generation;
    this.list = items;
    this.failed = false;
    const results = this.results;
    const kinds = this.kinds;
    const isList = Array.isArray(items) && items.length > 0;
    for (let k = 0; k < kinds.length; k++) {
      const kind = kinds[k] as number;
      // An empty list or none: all and some false, none true (json-logic-js); a walk starts `all` true.
      results[k] =
        kind === SOME ? false : kind === ALL ? isList : kind === NONE ? true : (this.members[k] as PassMember).initial;
      this.open[k] = isList ? 1 : 0;
    }
    if (!isList) return;
    try {
      this.walk(items as unknown[], ctx);
    } catch {
      this.failed = true;
    }
    this.scratch.current = undefined;
    this.scratch.accumulator = undefined;
  }

  /** The item rule of member k on the current item (its slots read). */
  private holds(k: number, item: unknown, ctx: RuleContext): boolean {
    const slot = this.predicates[k] as number;
    if (slot >= 0) return truthy(this.values[slot]);
    const start = this.conjStart[k] as number;
    if (start >= 0) {
      const decided = this.conjoin(start, this.conjEnd[k] as number);
      if (decided >= 0) return decided === 1;
    }
    return truthy((this.fns[k] as RuleFn)(item, ctx));
  }

  /**
   * Conjuncts [start, end) on the current item's slots (primitives or null: comparing them runs no
   * code, so stopping early or starting over in the closure changes nothing): 1 true, 0 false, -1
   * a compared field not of its constant's type (the closure decides).
   */
  private conjoin(start: number, end: number): number {
    const values = this.values;
    for (let i = start; i < end; i++) {
      const v = values[this.conjSlots[i] as number];
      switch (this.conjKinds[i]) {
        case CONJ_TRUTHY:
          if (!truthy(v)) return 0;
          break;
        case CONJ_FALSY:
          if (truthy(v)) return 0;
          break;
        case CONJ_NUMBER:
          if (typeof v !== 'number') return -1;
          if (!cmpNum(this.conjOps[i] as number, v, this.conjNumbers[i] as number)) return 0;
          break;
        default:
          if (typeof v !== 'string') return -1;
          if (!cmpStr(this.conjOps[i] as number, v, this.conjStrings[i] as string)) return 0;
      }
    }
    return 1;
  }

  /** Member k's reduce step on the current item. */
  private step(k: number, item: unknown, ctx: RuleContext): unknown {
    const accumulator = this.results[k];
    switch (this.stepKinds[k]) {
      case STEP_ADD_CONSTANT:
        // json-logic `+` of two values: 0 + toFloat(a) + toFloat(b).
        return 0 + toFloat(orNull(accumulator)) + (this.operands[k] as number);
      case STEP_ADD_FIELD:
        return 0 + toFloat(orNull(accumulator)) + toFloat(orNull(this.values[this.operands[k] as number]));
      default: {
        const scratch = this.scratch;
        scratch.current = item;
        scratch.accumulator = accumulator;
        return (this.steps[k] as RuleFn)(scratch, ctx);
      }
    }
  }

  private walk(items: readonly unknown[], ctx: RuleContext): void {
    const results = this.results;
    const open = this.open;
    const kinds = this.kinds;
    const values = this.values;
    const width = this.width;
    const n = kinds.length;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      // A hole (only API callers make one): some, none, filter and reduce skip it and all reads
      // it, as json-logic-js does; the rules without fusion have those semantics per operator.
      if (item === undefined && !(i in items)) {
        this.failed = true;
        return;
      }
      if (item === ctx.root) {
        this.failed = true;
        return;
      }
      this.read(item, values);
      for (let f = 0; f < width; f++) {
        if (!inert(values[f])) {
          this.failed = true;
          return;
        }
      }
      let left = 0;
      for (let k = 0; k < n; k++) {
        if (open[k] === 0) continue;
        switch (kinds[k]) {
          case SOME:
          case NONE:
            if (this.holds(k, item, ctx)) {
              results[k] = kinds[k] === SOME;
              open[k] = 0;
            } else left++;
            break;
          case ALL:
            if (!this.holds(k, item, ctx)) {
              results[k] = false;
              open[k] = 0;
            } else left++;
            break;
          case COUNT:
            left++;
            if (this.holds(k, item, ctx)) results[k] = this.step(k, item, ctx);
            break;
          default:
            left++;
            results[k] = this.step(k, item, ctx);
        }
      }
      if (left === 0) return;
    }
  }
}
