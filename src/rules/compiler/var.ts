/**
 * `var`, `missing` and `missing_some`: the operators that read data. Literal paths are split at
 * compile time; reads follow own properties only. At the top level (data is `ctx.root`) reads are
 * recorded in `ctx.read`, absent values of `var`s without a default in `ctx.missing`, and derived
 * names come from `ctx.derived`.
 *
 * @module
 * @internal
 */
import { missingKeys, missingSome } from '../operators/standard.js';
import { isUnsafeSegment, readOwn, readOwnPath, readOwnPathFrom } from '../path.js';
import type { RuleScope, VarTarget } from '../tree/nodes.js';
import type { RuleContext, RuleFn } from '../types.js';
import type { LeafRead } from './leaf.js';
import { type CompileState, constant, dynamic, evaluateAll, type ItemSlots, type Node } from './node.js';

/** Records a top-level read (`ctx.read`) and an absent one (`ctx.missing`). @internal */
export function note(ctx: RuleContext, path: string, value: unknown, mayBeMissing: boolean): void {
  if (ctx.read !== null) ctx.read[path] = value === undefined ? null : value;
  if (mayBeMissing && ctx.missing !== null && (value === undefined || value === null) && !ctx.missing.includes(path)) {
    ctx.missing.push(path);
  }
}

/** The default of a `var`; like json-logic-js, an undefined default is null. */
function notFound(fallback: RuleFn | null, data: unknown, ctx: RuleContext): unknown {
  if (fallback === null) return null;
  const value = fallback(data, ctx);
  return value === undefined ? null : value;
}

/** Reads a literal path of one segment from the data (own property only). */
function readOne(data: unknown, key: string): unknown {
  return readOwn(data, key);
}

/** The closure of a literal `var` (exported for the ahead-of-time runtime). @internal */
export function literalVar(
  path: string,
  segments: string[],
  fallback: RuleFn | null,
  fromDerived: boolean,
  slot: number,
): RuleFn {
  const noDefault = fallback === null;
  if (slot >= 0) {
    return (data, ctx) => {
      const top = data === ctx.root;
      const slots = ctx.slots;
      const value =
        top && slots != null
          ? segments.length === 1
            ? slots[slot]
            : readOwnPathFrom(slots[slot], segments, 1)
          : readOwnPathFrom(data, segments, 0);
      if (top && (ctx.read !== null || (ctx.missing !== null && (value === undefined || value === null))))
        note(ctx, path, value, noDefault);
      if (value !== undefined) return value;
      return notFound(fallback, data, ctx);
    };
  }
  if (fromDerived) {
    return (data, ctx) => {
      const top = data === ctx.root;
      const value = readOwnPath(top ? ctx.derived : data, segments);
      if (top && ctx.read !== null) note(ctx, path, value, false);
      if (value !== undefined) return value;
      return notFound(fallback, data, ctx);
    };
  }
  if (segments.length === 1) {
    const key = segments[0] as string;
    return (data, ctx) => {
      const value = readOne(data, key);
      if (data === ctx.root && (ctx.read !== null || (ctx.missing !== null && (value === undefined || value === null))))
        note(ctx, path, value, noDefault);
      if (value !== undefined) return value;
      return notFound(fallback, data, ctx);
    };
  }
  return (data, ctx) => {
    const value = readOwnPathFrom(data, segments, 0);
    if (data === ctx.root && (ctx.read !== null || (ctx.missing !== null && (value === undefined || value === null))))
      note(ctx, path, value, noDefault);
    if (value !== undefined) return value;
    return notFound(fallback, data, ctx);
  };
}

/**
 * `{"var": path}` with a literal path and no default, as a plain function: exactly what the closure
 * of {@link buildVar} does for such a path. Operators call it directly (a call V8 can inline)
 * instead of calling the `var` closure (a call through a variable, which it cannot).
 *
 * @param data - the data scope
 * @param ctx - the context
 * @param path - the dotted path
 * @param segments - its segments
 * @param slot - index of its first segment in `ctx.slots`, or -1
 * @returns the value, or null when absent
 */
export function readLiteral(
  data: unknown,
  ctx: RuleContext,
  path: string,
  segments: readonly string[],
  slot: number,
): unknown {
  const top = data === ctx.root;
  const slots = ctx.slots;
  const value =
    slot >= 0 && top && slots != null
      ? segments.length === 1
        ? slots[slot]
        : readOwnPathFrom(slots[slot], segments, 1)
      : segments.length === 1
        ? readOne(data, segments[0] as string)
        : readOwnPathFrom(data, segments, 0);
  if (top && (ctx.read !== null || (ctx.missing !== null && (value === undefined || value === null))))
    note(ctx, path, value, true);
  return value === undefined ? null : value;
}

/** The closure of a `var` whose path is computed at run time (exported for the ahead-of-time runtime). @internal */
export function dynamicVar(pathFn: RuleFn, fallback: RuleFn | null, derived: ReadonlySet<string>): RuleFn {
  const noDefault = fallback === null;
  return (data, ctx) => {
    const a = pathFn(data, ctx);
    if (a === undefined || a === '' || a === null) return data;
    const path = String(a);
    const segments = path.split('.');
    if (segments.some(isUnsafeSegment)) return notFound(fallback, data, ctx);
    const top = data === ctx.root;
    const fromDerived = top && derived.has(segments[0] as string);
    const value = readOwnPath(fromDerived ? ctx.derived : data, segments);
    if (top && (ctx.read !== null || (ctx.missing !== null && (value === undefined || value === null))))
      note(ctx, path, value, noDefault && !fromDerived);
    if (value !== undefined) return value;
    return notFound(fallback, data, ctx);
  };
}

function literalNode(
  path: string,
  fallback: RuleFn | null,
  pure: boolean,
  state: CompileState,
  scope: RuleScope,
): Node {
  const segments = path.split('.');
  // The parser refused unsafe literal paths; a tree never holds one.
  if (segments.some(isUnsafeSegment)) return dynamic(() => null, pure);
  const itemSlot = state.item?.index.get(path);
  if (itemSlot !== undefined && fallback === null && segments.length === 1) {
    // An item rule of a fused pass: the item's field was read into its slot (see fuse.ts).
    const values = (state.item as ItemSlots).values;
    const node = dynamic(() => {
      const value = values[itemSlot];
      return value === undefined ? null : value;
    }, pure);
    return { ...node, itemRead: { values, index: itemSlot } };
  }
  const fromDerived = state.derived.has(segments[0] as string);
  const slot = fromDerived ? -1 : (state.slots?.get(segments[0] as string) ?? -1);
  const general = literalVar(path, segments, fallback, fromDerived, slot);
  if (fromDerived || fallback !== null) return dynamic(general, pure);
  // Where a superinstruction can read this field in place: the person's slots (top-level rules of a
  // pass with slots), or an own field of whatever data the node runs with (any other scope).
  const leafRead: LeafRead | undefined =
    scope === 'top'
      ? slot >= 0
        ? { kind: 'top', slot, segments }
        : undefined
      : segments.length === 1
        ? { kind: 'item', key: segments[0] as string }
        : undefined;
  const fn = leafRead?.kind === 'top' && state.leaf ? state.leaf.topField(leafRead, general) : general;
  return { ...dynamic(fn, pure), readPath: { path, segments, slot }, leafRead };
}

/**
 * Builds `{"var": [path, default?]}`. A path computed from constants is read like a literal one.
 *
 * @param target - what it reads
 * @param computed - the compiled path rule, when the target is computed
 * @param fallbackNode - the compiled default, if any
 * @param state - derived names and slots
 * @param scope - the data the node runs with
 * @returns the compiled node
 */
export function buildVar(
  target: VarTarget,
  computed: Node | undefined,
  fallbackNode: Node | undefined,
  state: CompileState,
  scope: RuleScope = 'item',
): Node {
  const fallback = fallbackNode === undefined ? null : fallbackNode.fn;
  const fallbackPure = fallbackNode?.pure ?? true;
  if (target.kind === 'data') return dynamic((data) => data, fallbackPure);
  if (target.kind === 'path') return literalNode(target.path, fallback, fallbackPure, state, scope);
  // A computed target always comes with its compiled rule; null reads the whole data.
  const pathNode = computed ?? constant(null);
  const pure = pathNode.pure && fallbackPure;
  if (pathNode.constant) {
    const a = pathNode.value;
    if (a === undefined || a === '' || a === null) return dynamic((data) => data, pure);
    return literalNode(String(a), fallback, pure, state, scope);
  }
  return dynamic(dynamicVar(pathNode.fn, fallback, state.derived), pure);
}

/** `missing` over evaluated keys, from `ctx.derived` at the top level (exported for the ahead-of-time runtime). @internal */
export function missingOf(
  args: readonly unknown[],
  data: unknown,
  ctx: RuleContext,
  derived: ReadonlySet<string>,
): unknown[] {
  return data === ctx.root ? missingKeys(args, data, derived, ctx.derived) : missingKeys(args, data);
}

/**
 * Builds `{"missing": keys}`. Never pushes to `ctx.missing`: it is how rules handle absence.
 *
 * @param args - compiled arguments
 * @param state - compile state
 * @returns the node
 */
export function buildMissing(args: readonly Node[], state: CompileState): Node {
  const derived = state.derived;
  const fns = args.map((n) => n.fn);
  if (args.every((n) => n.constant)) {
    const values = args.map((n) => n.value);
    return dynamic((data, ctx) => missingOf(values, data, ctx, derived), true);
  }
  return dynamic(
    (data, ctx) => missingOf(evaluateAll(fns, data, ctx), data, ctx, derived),
    args.every((n) => n.pure),
  );
}

/**
 * Builds `{"missing_some": [need, keys]}`.
 *
 * @param args - compiled arguments
 * @param state - compile state
 * @returns the node
 */
export function buildMissingSome(args: readonly Node[], state: CompileState): Node {
  const derived = state.derived;
  const fns = args.map((n) => n.fn);
  const pure = args.every((n) => n.pure);
  return dynamic((data, ctx) => {
    const values = evaluateAll(fns, data, ctx);
    return missingSome(values[0], values[1], (keys) => missingOf(keys, data, ctx, derived));
  }, pure);
}
