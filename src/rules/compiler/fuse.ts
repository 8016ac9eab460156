/**
 * Quantifier fusion, for the scoring pass: `some`, `all`, `none`, `reduce(filter(list, …), …)` and
 * `reduce(list, …)` over the same literal list path, anywhere at the top level of a set of rules,
 * are computed together in one pass over the list per person (on the first use in the pass), like
 * common sub-expression elimination. The fields the item rules read are read once per item, into
 * item slots.
 *
 * Results are those of the closures without fusion: only item rules made of pure operators that
 * call no code of their own (comparisons, arithmetic, `in`, `!`, `and`/`or`/`if`, literal reads) are
 * fused; a pass that meets an item field holding an object, an item that is the record itself, or
 * anything that throws is dropped for that person, and each quantifier then runs as it would have
 * without fusion (on the list it read: the list is read, and absent lists reported, exactly as
 * before). What fusion changes is only how often the items' own getters run, which JSON data has
 * none of.
 *
 * @module
 * @internal
 */
import { toFloat } from '../operators/standard.js';
import { truthy } from '../path.js';
import type { RuleNode, RuleTree, StandardNode, VarNode } from '../tree/nodes.js';
import type { CompileTreeOptions, RuleContext, RuleFn } from '../types.js';
import { build } from './build.js';
import {
  ALL,
  CONJ_FALSY,
  CONJ_NUMBER,
  CONJ_STRING,
  CONJ_TRUTHY,
  COUNT,
  type Conjunct,
  NONE,
  Pass,
  type PassMember,
  PREDICATE_CLOSURE,
  REDUCE,
  SOME,
  STEP_ADD_CONSTANT,
  STEP_ADD_FIELD,
  STEP_CLOSURE,
} from './fusePass.js';
import { compareCode, superinstructions } from './leaf.js';
import type { CompileState, ItemSlots, Node } from './node.js';
import { readLiteral } from './var.js';

/** Operators over values that cannot run code of their own when those values are primitives. */
const CALM = new Set([
  'and',
  'or',
  'if',
  '?:',
  '!',
  '!!',
  '==',
  '===',
  '!=',
  '!==',
  '<',
  '<=',
  '>',
  '>=',
  'in',
  '+',
  '-',
  '*',
  '/',
  '%',
]);

/** A literal path without default (depth `maxDepth` at most). */
function plainVar(node: RuleNode, maxDepth = Number.POSITIVE_INFINITY): node is VarNode {
  return (
    node.kind === 'var' &&
    node.fallback === undefined &&
    node.target.kind === 'path' &&
    node.target.segments.length <= maxDepth
  );
}

/** Whether a rule is made only of literals, literal reads and calm operators (no scope of its own). */
function calm(node: RuleNode): boolean {
  switch (node.kind) {
    case 'literal':
      return true;
    case 'array':
      return node.items.every(calm);
    case 'var':
      return plainVar(node);
    case 'standard':
      return CALM.has(node.op) && node.args.every(calm);
    default:
      return false;
  }
}

type Kind = 'some' | 'all' | 'none' | 'count' | 'reduce';

const KIND_CODE: Readonly<Record<Kind, number>> = { some: SOME, all: ALL, none: NONE, count: COUNT, reduce: REDUCE };

/** A quantifier that can join its list's pass. */
interface Candidate {
  readonly node: StandardNode;
  readonly kind: Kind;
  /** The list read (a top-level literal `var`). */
  readonly list: VarNode;
  /** The rule run on each item (`filter`'s, for `count`), or null for a plain `reduce`. */
  readonly item: RuleNode | null;
  /** `reduce`'s rule, run on `{ current, accumulator }`. */
  readonly step: RuleNode | null;
  /** `reduce`'s initial value (a literal), null when absent. */
  readonly initial: unknown;
}

function isTopList(node: RuleNode | undefined, derived: ReadonlySet<string>): node is VarNode {
  return (
    node !== undefined &&
    node.scope === 'top' &&
    plainVar(node) &&
    node.target.kind === 'path' &&
    !derived.has(node.target.segments[0] as string)
  );
}

function candidateOf(node: RuleNode, derived: ReadonlySet<string>): Candidate | undefined {
  if (node.kind !== 'standard' || node.scope !== 'top') return undefined;
  const [a, b, c] = node.args;
  if (node.op === 'some' || node.op === 'all' || node.op === 'none') {
    if (node.args.length !== 2 || !isTopList(a, derived) || b === undefined || !calm(b)) return undefined;
    return { node, kind: node.op, list: a, item: b, step: null, initial: null };
  }
  if (node.op !== 'reduce' || b === undefined || !calm(b)) return undefined;
  if (c !== undefined && c.kind !== 'literal') return undefined;
  const initial = c === undefined ? null : c.value;
  if (isTopList(a, derived)) return { node, kind: 'reduce', list: a, item: null, step: b, initial };
  if (a?.kind === 'standard' && a.op === 'filter' && a.args.length === 2) {
    const [list, item] = a.args;
    if (isTopList(list, derived) && item !== undefined && calm(item))
      return { node, kind: 'count', list, item, step: b, initial };
  }
  return undefined;
}

/**
 * Every fusable quantifier of the trees, by list path: only lists with two or more of them, one of
 * which goes through every item anyway (a `reduce`). Measured on the benchmark frameworks, a pass
 * shared only by quantifiers that stop early (`some`, `all`, `none`) costs more than their separate
 * loops: each stops at its own first decisive item, the shared pass at the last one.
 */
function findGroups(trees: readonly RuleTree[], derived: ReadonlySet<string>): Map<string, Candidate[]> {
  const groups = new Map<string, Candidate[]>();
  const walk = (node: RuleNode): void => {
    const found = candidateOf(node, derived);
    if (found !== undefined && found.list.target.kind === 'path') {
      const key = found.list.target.path;
      const list = groups.get(key) ?? [];
      list.push(found);
      groups.set(key, list);
      return;
    }
    const children = node.kind === 'literal' ? [] : node.kind === 'array' ? node.items : node.args;
    for (const child of children) walk(child);
  };
  for (const tree of trees) walk(tree.root);
  for (const [key, list] of groups) {
    if (list.length < 2 || !list.some((c) => c.kind === 'count' || c.kind === 'reduce')) groups.delete(key);
  }
  return groups;
}

/** Depth-1 names the item rules of a group read, and the item fields its steps add (`current.F`). */
function itemFields(members: readonly Candidate[]): string[] {
  const names = new Set<string>();
  const walk = (node: RuleNode): void => {
    if (plainVar(node, 1) && node.target.kind === 'path') names.add(node.target.path);
    const children = node.kind === 'literal' ? [] : node.kind === 'array' ? node.items : node.args;
    for (const child of children) walk(child);
  };
  for (const m of members) {
    if (m.item !== null) walk(m.item);
    const added = m.step === null ? undefined : stepShape(m.step);
    if (added?.field !== undefined) names.add(added.field);
  }
  return [...names];
}

/** Whether a node is `{"var": name}` (a literal path, no default). */
function reads(node: RuleNode | undefined, name: string): boolean {
  return node !== undefined && plainVar(node) && node.target.kind === 'path' && node.target.path === name;
}

/**
 * A reduce step the pass computes without its closure: `accumulator + constant` (a primitive
 * literal) or `accumulator + current.F`, in either order. The sum is json-logic `+`'s,
 * `0 + toFloat(a) + toFloat(b)`, whose two operands commute exactly.
 */
function stepShape(step: RuleNode): { constant?: unknown; field?: string } | undefined {
  if (step.kind !== 'standard' || step.op !== '+' || step.args.length !== 2) return undefined;
  const [a, b] = step.args as [RuleNode, RuleNode];
  const other = reads(a, 'accumulator') ? b : reads(b, 'accumulator') ? a : undefined;
  if (other === undefined) return undefined;
  if (other.kind === 'literal') {
    const v = other.value;
    return v === null || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean'
      ? { constant: v }
      : undefined;
  }
  if (plainVar(other) && other.target.kind === 'path') {
    const segments = other.target.segments;
    if (segments.length === 2 && segments[0] === 'current') return { field: segments[1] as string };
  }
  return undefined;
}

/**
 * Reads item slots as a `var` reads an item: own properties of objects through the slot reader, and
 * of anything else as `Object.hasOwn` sees it (a string owns its `length`), nothing of null.
 */
function itemReader(
  fields: readonly string[],
  objects: (item: unknown, slots: unknown[]) => void,
): (item: unknown, slots: unknown[]) => void {
  return (item, slots) => {
    if (item !== null && typeof item === 'object') {
      objects(item, slots);
      return;
    }
    for (let f = 0; f < fields.length; f++) {
      const key = fields[f] as string;
      slots[f] =
        item !== null && item !== undefined && Object.hasOwn(item as object, key)
          ? (item as Record<string, unknown>)[key]
          : undefined;
    }
  };
}

/** An item field read by `node` (a literal one-segment `var` without default), as its item slot. */
function itemSlotOf(node: RuleNode | undefined, index: ReadonlyMap<string, number>): number | undefined {
  if (node === undefined || !plainVar(node, 1) || node.target.kind !== 'path') return undefined;
  return index.get(node.target.path);
}

/** One conjunct of an item rule (see `Conjunct`), or undefined when the walk cannot evaluate it. */
function conjunctOf(node: RuleNode, index: ReadonlyMap<string, number>): Conjunct | undefined {
  const field = itemSlotOf(node, index);
  if (field !== undefined) return { kind: CONJ_TRUTHY, slot: field, op: 0, value: 0 };
  if (node.kind !== 'standard') return undefined;
  const [a, b] = node.args;
  if (node.args.length === 1 && (node.op === '!' || node.op === '!!')) {
    const slot = itemSlotOf(a, index);
    return slot === undefined ? undefined : { kind: node.op === '!' ? CONJ_FALSY : CONJ_TRUTHY, slot, op: 0, value: 0 };
  }
  const op = compareCode(node.op);
  if (op < 0 || node.args.length !== 2 || b?.kind !== 'literal') return undefined;
  const slot = itemSlotOf(a, index);
  if (slot === undefined) return undefined;
  if (typeof b.value === 'number') return { kind: CONJ_NUMBER, slot, op, value: b.value };
  if (typeof b.value === 'string') return { kind: CONJ_STRING, slot, op, value: b.value };
  return undefined;
}

/** An item rule as conjuncts (an `and` of them, or one), or null. */
function conjunctsOf(item: RuleNode | null, index: ReadonlyMap<string, number>): Conjunct[] | null {
  if (item === null) return null;
  const parts = item.kind === 'standard' && item.op === 'and' && item.args.length > 0 ? item.args : [item];
  const out: Conjunct[] = [];
  for (const part of parts) {
    const c = conjunctOf(part, index);
    if (c === undefined) return null;
    out.push(c);
  }
  return out;
}

/** One compiled member of a group: the pass's view, and the closures without fusion. */
interface Member extends PassMember {
  readonly name: Kind;
  /** The item rule as compiled without fusion (run with the item as data), or null. */
  readonly item: RuleFn | null;
  /** `reduce`'s rule as compiled without fusion, or null. */
  readonly plainStep: RuleFn | null;
}

/** What a member gives on `items` without fusion: the compiled closures' semantics. */
function unfused(m: Member, items: unknown, ctx: RuleContext): unknown {
  const item = m.item as RuleFn;
  if (m.name === 'some' || m.name === 'all' || m.name === 'none') {
    if (!Array.isArray(items) || items.length === 0) return m.name === 'none';
    for (let i = 0; i < items.length; i++) {
      const t = truthy(item(items[i], ctx));
      if (m.name === 'all' ? !t : t) return m.name === 'all' ? false : m.name === 'some';
    }
    return m.name === 'all' ? true : m.name === 'none';
  }
  const step = m.plainStep as RuleFn;
  const list = m.name === 'count' ? (Array.isArray(items) ? items.filter((x) => truthy(item(x, ctx))) : []) : items;
  if (!Array.isArray(list)) return m.initial;
  return list.reduce((accumulator: unknown, current: unknown) => step({ current, accumulator }, ctx), m.initial);
}

/** Rules compiled with their quantifiers fused; call `begin()` before each person's pass. @internal */
export interface FusedRules {
  /** The rules' closures, in the order given. */
  readonly fns: readonly RuleFn[];
  /** Starts a person: results of the previous one are not reused. */
  readonly begin: () => void;
  /** How many list passes were formed (0: the closures are the plain ones). */
  readonly passes: number;
}

/**
 * Compiles rules that run for the same person one after the other, fusing their quantifiers over
 * the same list into one pass per person.
 *
 * @param trees - parsed rules, in order
 * @param options - derived names and slots, as for `compileTree`
 * @param slotReader - makes the reader of item slots (as `createSlotReader`)
 * @returns the closures and `begin`
 * @internal
 */
export function compileFused(
  trees: readonly RuleTree[],
  options: CompileTreeOptions,
  slotReader: (fields: readonly string[]) => (item: unknown, slots: unknown[]) => void,
): FusedRules {
  const derived = options.derived ?? new Set<string>();
  // The scoring pass's rules get the superinstructions (leaf.ts), which the main entry leaves out.
  const base: CompileState = { derived, slots: options.slots, leaf: superinstructions };
  const groups = findGroups(trees, derived);
  if (groups.size === 0) return { fns: trees.map((t) => build(t.root, base).fn), begin: () => undefined, passes: 0 };
  let generation = 0;
  const fused = new Map<RuleNode, Node>();
  for (const members of groups.values()) {
    const fields = itemFields(members);
    const item: ItemSlots = { index: new Map(fields.map((f, i) => [f, i])), values: new Array(fields.length) };
    const itemState: CompileState = { derived: new Set<string>(), slots: undefined, item };
    // The fallback runs the rules compiled as without fusion (an item that is the record itself
    // reads slots and reports absent fields there, as it would have).
    const compiled: Member[] = members.map((m) => {
      const shape = m.step === null ? undefined : stepShape(m.step);
      const predicate =
        m.item !== null && plainVar(m.item, 1) && m.item.target.kind === 'path'
          ? item.index.get(m.item.target.path)
          : undefined;
      const step = m.step === null ? null : build(m.step, base).fn;
      return {
        name: m.kind,
        kind: KIND_CODE[m.kind],
        fused: m.item === null || predicate !== undefined ? null : build(m.item, itemState).fn,
        predicateSlot: predicate ?? PREDICATE_CLOSURE,
        conjuncts: predicate === undefined ? conjunctsOf(m.item, item.index) : null,
        stepKind: shape === undefined ? STEP_CLOSURE : shape.field !== undefined ? STEP_ADD_FIELD : STEP_ADD_CONSTANT,
        step,
        stepOperand:
          shape === undefined
            ? 0
            : shape.field !== undefined
              ? (item.index.get(shape.field) as number)
              : toFloat(shape.constant),
        initial: m.initial,
        item: m.item === null ? null : build(m.item, base).fn,
        plainStep: step,
      };
    });
    const pass = new Pass(compiled, fields.length, item.values, itemReader(fields, slotReader(fields)));
    members.forEach((m, k) => {
      const { path, segments } = m.list.target as { path: string; segments: readonly string[] };
      const slot = options.slots?.get(segments[0] as string) ?? -1;
      const member = compiled[k] as Member;
      const whole = build(m.node, base);
      const fn: RuleFn = (data, ctx) => {
        if (data !== ctx.root) return whole.fn(data, ctx);
        // The list's `var` (literal, no default, not derived), read as its closure reads it.
        const items = readLiteral(data, ctx, path, segments, slot);
        if (pass.generation !== generation || pass.list !== items) pass.run(items, ctx, generation);
        return pass.failed ? unfused(member, items, ctx) : pass.results[k];
      };
      fused.set(m.node, { fn, constant: false, value: undefined, pure: whole.pure });
    });
  }
  const state: CompileState = { ...base, fused };
  return {
    fns: trees.map((t) => build(t.root, state).fn),
    begin: () => {
      generation = (generation + 1) | 0;
    },
    passes: groups.size,
  };
}
