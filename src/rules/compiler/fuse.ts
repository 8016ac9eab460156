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
import { truthy } from '../path.js';
import type { RuleNode, RuleTree, StandardNode, VarNode } from '../tree/nodes.js';
import type { CompileTreeOptions, RuleContext, RuleFn } from '../types.js';
import { build } from './build.js';
import type { CompileState, ItemSlots, Node } from './node.js';

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

/** Depth-1 names the item rules of a group read. */
function itemFields(members: readonly Candidate[]): string[] {
  const names = new Set<string>();
  const walk = (node: RuleNode): void => {
    if (plainVar(node, 1) && node.target.kind === 'path') names.add(node.target.path);
    const children = node.kind === 'literal' ? [] : node.kind === 'array' ? node.items : node.args;
    for (const child of children) walk(child);
  };
  for (const m of members) if (m.item !== null) walk(m.item);
  return [...names];
}

/** Whether a value can be compared and added without running code (and is not the record). */
function inert(value: unknown): boolean {
  return value === null || (typeof value !== 'object' && typeof value !== 'function');
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

/** One compiled member of a group. */
interface Member {
  readonly kind: Kind;
  /** The item rule reading item slots, or null. */
  readonly fused: RuleFn | null;
  /** The item rule as compiled without fusion (run with the item as data), or null. */
  readonly item: RuleFn | null;
  /** `reduce`'s rule, or null. */
  readonly step: RuleFn | null;
  readonly initial: unknown;
}

/** What a member gives on `items` without fusion: the compiled closures' semantics. */
function unfused(m: Member, items: unknown, ctx: RuleContext): unknown {
  const item = m.item as RuleFn;
  if (m.kind === 'some' || m.kind === 'all' || m.kind === 'none') {
    if (!Array.isArray(items) || items.length === 0) return m.kind === 'none';
    for (let i = 0; i < items.length; i++) {
      const t = truthy(item(items[i], ctx));
      if (m.kind === 'all' ? !t : t) return m.kind === 'all' ? false : m.kind === 'some';
    }
    return m.kind === 'all' ? true : m.kind === 'none';
  }
  const step = m.step as RuleFn;
  const list = m.kind === 'count' ? (Array.isArray(items) ? items.filter((x) => truthy(item(x, ctx))) : []) : items;
  if (!Array.isArray(list)) return m.initial;
  return list.reduce((accumulator: unknown, current: unknown) => step({ current, accumulator }, ctx), m.initial);
}

/** One list's pass: results of every member for the current person. */
class Pass {
  generation = -1;
  list: unknown = undefined;
  failed = false;
  readonly results: unknown[];
  private readonly state: Uint8Array;
  private readonly scratch = { current: undefined as unknown, accumulator: undefined as unknown };

  constructor(
    readonly members: readonly Member[],
    private readonly fields: readonly string[],
    private readonly values: unknown[],
    private readonly read: (item: unknown, slots: unknown[]) => void,
  ) {
    this.results = new Array(members.length);
    this.state = new Uint8Array(members.length);
  }

  run(items: unknown, ctx: RuleContext, generation: number): void {
    this.generation = generation;
    this.list = items;
    this.failed = false;
    const ms = this.members;
    const results = this.results;
    const isList = Array.isArray(items) && items.length > 0;
    for (let k = 0; k < ms.length; k++) {
      const m = ms[k] as Member;
      results[k] = m.kind === 'some' || m.kind === 'all' ? false : m.kind === 'none' ? true : (m.initial as unknown);
      // state: 1 while the member still needs items.
      this.state[k] = isList ? 1 : 0;
    }
    if (!isList) return;
    try {
      this.walk(items as unknown[], ctx);
    } catch {
      this.failed = true;
    }
  }

  private walk(items: readonly unknown[], ctx: RuleContext): void {
    const ms = this.members;
    const results = this.results;
    const state = this.state;
    const values = this.values;
    const fields = this.fields;
    const scratch = this.scratch;
    for (let k = 0; k < ms.length; k++) if ((ms[k] as Member).kind === 'all') results[k] = true;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (item === ctx.root) {
        this.failed = true;
        return;
      }
      this.read(item, values);
      for (let f = 0; f < fields.length; f++) {
        if (!inert(values[f])) {
          this.failed = true;
          return;
        }
      }
      let open = 0;
      for (let k = 0; k < ms.length; k++) {
        if (state[k] === 0) continue;
        const m = ms[k] as Member;
        switch (m.kind) {
          case 'some':
          case 'none':
            if (truthy((m.fused as RuleFn)(item, ctx))) {
              results[k] = m.kind === 'some';
              state[k] = 0;
            } else open++;
            break;
          case 'all':
            if (!truthy((m.fused as RuleFn)(item, ctx))) {
              results[k] = false;
              state[k] = 0;
            } else open++;
            break;
          default:
            open++;
            if (m.kind === 'count' && !truthy((m.fused as RuleFn)(item, ctx))) break;
            scratch.current = item;
            scratch.accumulator = results[k];
            results[k] = (m.step as RuleFn)(scratch, ctx);
        }
      }
      if (open === 0) return;
    }
    scratch.current = undefined;
    scratch.accumulator = undefined;
  }
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
  const base: CompileState = { derived, slots: options.slots };
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
    const compiled: Member[] = members.map((m) => ({
      kind: m.kind,
      fused: m.item === null ? null : build(m.item, itemState).fn,
      item: m.item === null ? null : build(m.item, base).fn,
      step: m.step === null ? null : build(m.step, base).fn,
      initial: m.initial,
    }));
    const pass = new Pass(compiled, fields, item.values, itemReader(fields, slotReader(fields)));
    members.forEach((m, k) => {
      const list = build(m.list, base).fn;
      const member = compiled[k] as Member;
      const whole = build(m.node, base);
      const fn: RuleFn = (data, ctx) => {
        if (data !== ctx.root) return whole.fn(data, ctx);
        const items = list(data, ctx);
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
