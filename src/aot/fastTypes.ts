/**
 * The vocabulary of the fast-path emitter (`fastExpr.ts`, `fastIterate.ts`, `fastLoop.ts`): expressions,
 * scopes, iterations over a list, and what the emitter of one framework accumulates.
 *
 * @module
 * @internal
 */
import type { CompileState } from '../rules/compiler/node.js';
import type { RuleNode } from '../rules/tree/nodes.js';
import type { EmitOutput } from './emitRule.js';

/** A construct the fast path does not write out: the framework is scored by the exact path only. */
export class Unsupported extends Error {}

/**
 * An expression: its source, what it yields (boolean, number, anything but `undefined`, or anything),
 * and whether it is a constant without side effects (`k`).
 */
export interface Expr {
  readonly c: string;
  readonly t: 'bool' | 'num' | 'def' | 'any';
  readonly k?: boolean;
}

/** A field of a list's items read once per item, at the top of the loop body, into the local `name`. */
export interface ItemRead {
  readonly name: string;
  readonly read: string;
}

/**
 * A value the body of an iteration reads: its name, its plain-object flag (or null: tested where
 * read), its type, and for a list's own items the fields read once per item (shared by the list's pipes).
 */
export interface Item {
  readonly v: string;
  readonly plain: string | null;
  readonly t: Expr['t'];
  readonly fields?: Map<string, ItemRead>;
}

/**
 * Where a node is evaluated: the person's data (`d`; reads set `M`), an item of a list (the data of
 * the body of `all`, `filter`, …), or the `{ current, accumulator }` of a `reduce` step.
 */
export type Scope =
  | { readonly kind: 'root' }
  | ({ readonly kind: 'item' } & Item)
  | { readonly kind: 'fold'; readonly current: Item; readonly acc: string; readonly accT: Expr['t'] };

/** The top level. */
export const ROOT: Scope = Object.freeze({ kind: 'root' });

/** A step between a list and what consumes it: `filter` keeps the items passing `test`; `map` names `value` `out`. */
export type Stage =
  | { readonly kind: 'filter'; readonly test: string }
  | { readonly kind: 'map'; readonly out: string; readonly value: string };

/**
 * What consumes the items that come out of the stages: a quantifier (`test` is its body's truth), a
 * `reduce` (`step` is the accumulator's next value), the items themselves (`filter`/`map` as a value),
 * or `countInPeriod`/`sumInPeriod` (`test`: dated within the period and meeting the condition; `value`
 * the summed field, read into the temporary `v`).
 */
export type Terminal =
  | { readonly kind: 'all' | 'some' | 'none'; readonly test: string }
  | { readonly kind: 'reduce'; readonly step: string; readonly init: string }
  | { readonly kind: 'collect'; readonly item: string }
  | { readonly kind: 'count'; readonly test: string }
  | { readonly kind: 'sum'; readonly test: string; readonly value: string; readonly v: string };

/** An iteration over a top-level list, computed in the list's one loop; its result is the local `name`. */
export interface Pipe {
  readonly name: string;
  /** Source of the list (a top-level read, setting `M` when absent). */
  readonly list: string;
  /** What identifies the list: iterations with the same key share one loop. */
  readonly key: string;
  /** Stages from the list to the terminal; the first reads the item `it` (plain-object flag `pi`). */
  readonly stages: readonly Stage[];
  readonly end: Terminal;
  /** Whether the result is null when the list is null or undefined (`countInPeriod` over the list itself). */
  readonly nullable: boolean;
}

/** What the fast emitter of one framework accumulates. */
export interface FastState {
  readonly state: CompileState;
  /** Module-level declarations (shared with the exact path's emitter, for names and constants). */
  readonly out: EmitOutput;
  /** Top-level fields read, by slot: their local is `x<slot>`. */
  readonly fields: Map<number, string>;
  /** Slots whose value is also read further (dotted paths): `q<slot>` says it is a plain object. */
  readonly objects: Set<number>;
  /** Keys loaded directly (checked against `Object.prototype` again when the module runs). */
  readonly keys: Set<string>;
  /** Iterations over top-level lists, in the order written. */
  readonly pipes: Pipe[];
  /** The item fields each list's loop reads once per item, by the list's key. */
  readonly itemReads: Map<string, Map<string, ItemRead>>;
  /** Temporaries to declare (`t1`, …). */
  temps: number;
  /** Derived values computed so far (name → local), in framework order: a later one reads as absent. */
  readonly derived: Map<string, string>;
  /** Whether an operator is called through its definition with the context `C` (period, missing list). */
  usesContext: boolean;
}

/** Emits a node in a scope (`emitFast`, passed to the modules it calls). */
export type EmitFast = (node: RuleNode, scope: Scope, fs: FastState) => Expr;
