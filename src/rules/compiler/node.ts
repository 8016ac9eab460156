/**
 * The compiler's intermediate form: a closure plus what is known about it at compile time.
 *
 * @module
 * @internal
 */
import { freezeArrays } from '../path.js';
import type { RuleNode } from '../tree/nodes.js';
import type { RuleContext, RuleFn } from '../types.js';
import type { Arith, Comparison, LeafRead, Superinstructions } from './leaf.js';

/** A compiled rule value. */
export interface Node {
  readonly fn: RuleFn;
  /** The value is known at compile time (it is `value`). */
  readonly constant: boolean;
  readonly value: unknown;
  /**
   * Depends on nothing but its data scope: no context, no impure plugin. A pure node over constant
   * inputs can be computed at compile time.
   */
  readonly pure: boolean;
  /**
   * Set on a `var` with a literal, safe, non-derived path and no default: lets comparisons read it
   * with a direct call (`readLiteral`, which V8 inlines) instead of calling its closure.
   */
  readonly readPath?:
    | { readonly path: string; readonly segments: readonly string[]; readonly slot: number }
    | undefined;
  /** Set on a `var` reading an item slot of a fused pass: comparisons read `values[index]` directly. */
  readonly itemRead?: { readonly values: unknown[]; readonly index: number } | undefined;
  /** Set on a literal `var` (no default, not derived) a superinstruction can read in place (`leaf.ts`). */
  readonly leafRead?: LeafRead | undefined;
  /** Set on a field compared with a constant (an `if` chain of them becomes one closure). */
  readonly comparison?: Comparison | undefined;
  /** Set on arithmetic over fields of the person and number constants (compared in place). */
  readonly arith?: Arith | undefined;
}

/** Item fields read once per item by a fused list pass (see `fuse.ts`): names → index in `values`. */
export interface ItemSlots {
  readonly index: ReadonlyMap<string, number>;
  readonly values: unknown[];
}

/** What the compiler needs besides the tree: the framework's derived names and slots. */
export interface CompileState {
  readonly derived: ReadonlySet<string>;
  readonly slots: ReadonlyMap<string, number> | undefined;
  /** When set, `var`s of one segment read these item slots (an item rule of a fused pass). */
  readonly item?: ItemSlots | undefined;
  /** Nodes replaced by their fused closures (quantifiers joining a list pass). */
  readonly fused?: ReadonlyMap<RuleNode, Node> | undefined;
  /** When set, common shapes become superinstructions (`leaf.ts`; the scoring pass sets it). */
  readonly leaf?: Superinstructions | undefined;
}

/**
 * A node of known value.
 *
 * @param value - the value
 * @returns the node
 */
export function constant(value: unknown): Node {
  return { fn: () => value, constant: true, value, pure: true };
}

function foldingContext(): RuleContext {
  // Pure nodes never look at the context; the root is an object no data can be identical to.
  return { root: {}, derived: null, missing: null, read: null, periodFrom: '', periodTo: '', asOf: '' };
}

/**
 * Finishes a node: computes it at compile time when it is pure and its inputs are constant.
 * A computation that throws is left to run time, where json-logic-js would throw too.
 *
 * @param fn - the closure
 * @param pure - whether the operator itself is pure
 * @param inputs - nodes whose values the closure depends on
 * @param scopes - nodes evaluated with another data scope (only their purity matters)
 * @returns the node
 */
export function finish(fn: RuleFn, pure: boolean, inputs: readonly Node[], scopes: readonly Node[] = []): Node {
  const allPure = pure && inputs.every((n) => n.pure) && scopes.every((n) => n.pure);
  if (allPure && inputs.every((n) => n.constant)) {
    try {
      return constant(freezeArrays(fn(undefined, foldingContext())));
    } catch {
      // fall through: keep the closure
    }
  }
  return { fn, constant: false, value: undefined, pure: allPure };
}

/**
 * A node that reads its data scope (never computed at compile time).
 *
 * @param fn - the closure
 * @param pure - whether it depends on its data scope only
 * @returns the node
 */
export function dynamic(fn: RuleFn, pure: boolean): Node {
  return { fn, constant: false, value: undefined, pure };
}

/**
 * Evaluates argument closures into a new array.
 *
 * @param fns - the closures
 * @param data - data scope
 * @param ctx - context
 * @returns their values
 */
export function evaluateAll(fns: readonly RuleFn[], data: unknown, ctx: RuleContext): unknown[] {
  const out = new Array<unknown>(fns.length);
  for (let i = 0; i < fns.length; i++) out[i] = (fns[i] as RuleFn)(data, ctx);
  return out;
}
