/**
 * Iteration in the fast path: `all`, `some`, `none`, `map`, `filter`, `reduce`, `countInPeriod` and
 * `sumInPeriod` over a top-level list, each written as a {@link Pipe} — the list, the `filter`/`map`
 * stages it goes through, and what consumes the items — computed in the list's one loop
 * (`fastLoop.ts`), as a hand-written function computes everything about a list in one pass.
 *
 * The loop evaluates what the engine evaluates: a stage's body on every item (the engine builds the
 * whole filtered or mapped list before consuming it), a quantifier's body until the item where the
 * engine's loop stops. Bodies have no side effects and item reads never note missing evidence, so
 * evaluating them side by side gives each its own result; a body that throws makes the fast path give
 * the person to the exact path. Iteration inside a body, a list that is not a top-level `var` (or a
 * derived value), and a `reduce` whose initial value is not a constant stay on the exact path.
 *
 * @module
 * @internal
 */
import { build } from '../rules/compiler/build.js';
import { isUnsafeSegment } from '../rules/path.js';
import type { PluginNode, RuleNode, StandardNode } from '../rules/tree/nodes.js';
import { join, temp, truth } from './fastInline.js';
import { readItem } from './fastRead.js';
import {
  type EmitFast,
  type Expr,
  type FastState,
  type Item,
  ROOT,
  type Scope,
  type Stage,
  type Terminal,
  Unsupported,
} from './fastTypes.js';
import { constantSource } from './literal.js';

type Op = 'all' | 'some' | 'none' | 'map' | 'filter' | 'reduce' | 'countInPeriod' | 'sumInPeriod';

/** A list with its stages: the source read, the loop's key, and the item that comes out of the stages. */
interface Source {
  readonly list: string;
  readonly key: string;
  readonly stages: readonly Stage[];
  readonly item: Item;
}

/** What an absent body evaluates to (the engine runs `() => undefined`). */
const ABSENT: Expr = { c: 'undefined', t: 'any' };

function fresh(fs: FastState, prefix: string): string {
  fs.out.next += 1;
  return `${prefix}${fs.out.next}`;
}

/** A body over `item`, or undefined when there is none. */
function body(node: RuleNode | undefined, item: Item, fs: FastState, emit: EmitFast): Expr {
  return node === undefined ? ABSENT : emit(node, { kind: 'item', ...item }, fs);
}

/**
 * The list a pipe iterates: a top-level `var` (not a derived value: those are computed after the
 * loops), or a `filter`/`map` of such a list (a stage more).
 */
function source(node: RuleNode | undefined, fs: FastState, emit: EmitFast): Source {
  if (node?.kind === 'standard' && (node.op === 'filter' || node.op === 'map') && node.args[0] !== undefined) {
    const inner = source(node.args[0], fs, emit);
    const value = body(node.args[1], inner.item, fs, emit);
    if (node.op === 'filter') {
      return { ...inner, stages: [...inner.stages, { kind: 'filter', test: truth(value, fs) }] };
    }
    const out = fresh(fs, 'm');
    return {
      ...inner,
      stages: [...inner.stages, { kind: 'map', out, value: value.c }],
      item: { v: out, plain: null, t: value.t },
    };
  }
  if (node === undefined || node.kind !== 'var' || node.target.kind !== 'path') {
    throw new Unsupported('iteration over a computed list');
  }
  const path = node.target.path;
  if (fs.state.derived.has(path.split('.')[0] as string)) throw new Unsupported('iteration over a derived list');
  const list = emit(node, ROOT, fs);
  // The same path read the same way: without a default, or with the same constant one; any other
  // default gets a loop of its own.
  let key = `path ${JSON.stringify(path)}`;
  if (node.fallback !== undefined) {
    const fb = build(node.fallback, fs.state);
    const text = fb.constant ? constantSource(fb.value) : undefined;
    key = text === undefined ? `own ${fresh(fs, 'L')}` : `${key} default ${text}`;
  }
  const fields = fs.itemReads.get(key) ?? new Map();
  fs.itemReads.set(key, fields);
  return { list: list.c, key, stages: [], item: { v: 'it', plain: 'pi', t: 'any', fields } };
}

/** A constant argument's value (for `reduce`'s initial value and the fields of `countInPeriod`). */
function constantArg(node: RuleNode | undefined, fs: FastState, what: string): unknown {
  if (node === undefined) return undefined;
  const built = build(node, fs.state);
  if (!built.constant) throw new Unsupported(`${what} computed per person`);
  return built.value;
}

/**
 * `reduce`: the accumulator is the result's local. Its type is found by iterating to a fixed point
 * (the step read as the initial value's type, then as the join of both, …); a draft written for a
 * narrower type is dropped with its declarations.
 */
function reduce(node: StandardNode, src: Source, name: string, fs: FastState, emit: EmitFast): [Terminal, Expr['t']] {
  const initNode = node.args[2];
  constantArg(initNode, fs, "reduce's initial value");
  const init: Expr = initNode === undefined ? { c: 'null', t: 'def' } : emit(initNode, ROOT, fs);
  let accT = init.t;
  for (;;) {
    const mark = fs.out.lines.length;
    const scope: Scope = { kind: 'fold', current: src.item, acc: name, accT };
    const step = node.args[1] === undefined ? ABSENT : emit(node.args[1], scope, fs);
    const t = join(accT, step.t);
    if (t === accT) return [{ kind: 'reduce', step: step.c, init: init.c }, accT];
    fs.out.lines.length = mark;
    accT = t;
  }
}

/** `countInPeriod` / `sumInPeriod`: `[list, dateField, valueField?, condition?]`, fields constant. */
function inPeriod(
  node: PluginNode,
  op: 'countInPeriod' | 'sumInPeriod',
  src: Source,
  fs: FastState,
  emit: EmitFast,
): Terminal {
  const dateField = constantArg(node.args[1], fs, 'the date field');
  const valueField = op === 'sumInPeriod' ? constantArg(node.args[2], fs, 'the value field') : undefined;
  if (typeof dateField !== 'string' || (op === 'sumInPeriod' && typeof valueField !== 'string')) {
    throw new Unsupported('a field that is not a string');
  }
  // readSafePath: own properties, an unsafe segment reads as absent.
  const read = (path: string): string => {
    const segments = path.split('.');
    return segments.some(isUnsafeSegment) ? 'undefined' : readItem(fs, src.item, segments);
  };
  const condition = node.args[op === 'countInPeriod' ? 2 : 3];
  fs.usesContext = true;
  const within = `$.isWithin(${read(dateField)}, C.periodFrom, C.periodTo)`;
  const test = condition === undefined ? within : `${within} && ${truth(body(condition, src.item, fs, emit), fs)}`;
  if (op === 'countInPeriod') return { kind: 'count', test };
  return { kind: 'sum', test, value: read(valueField as string), v: temp(fs) };
}

/**
 * Emits an iteration over a top-level list as a pipe of that list's loop.
 *
 * @param node - the node (`all`, `some`, `none`, `map`, `filter`, `reduce`, `countInPeriod`, `sumInPeriod`)
 * @param op - its operator
 * @param scope - where it is evaluated (the top level only)
 * @param fs - the framework's fast state
 * @param emit - the expression emitter, for the bodies
 * @returns the pipe's result
 * @throws Unsupported for iteration the fast path leaves to the exact path
 */
export function iterate(node: StandardNode | PluginNode, op: Op, scope: Scope, fs: FastState, emit: EmitFast): Expr {
  if (scope.kind !== 'root') throw new Unsupported('iteration inside an iteration');
  const name = fresh(fs, 'Q');
  let src: Source;
  let end: Terminal;
  let t: Expr['t'];
  if (op === 'map' || op === 'filter') {
    // The list itself as a value: its items collected into a new array, as Array.prototype.filter/map.
    src = source(node, fs, emit);
    end = { kind: 'collect', item: src.item.v };
    t = 'def';
  } else {
    src = source(node.args[0], fs, emit);
    if (op === 'reduce') [end, t] = reduce(node as StandardNode, src, name, fs, emit);
    else if (op === 'countInPeriod' || op === 'sumInPeriod') {
      end = inPeriod(node as PluginNode, op, src, fs, emit);
      t = src.stages.length === 0 ? 'def' : 'num';
    } else {
      end = { kind: op, test: truth(body(node.args[1], src.item, fs, emit), fs) };
      t = 'bool';
    }
  }
  const nullable = (end.kind === 'count' || end.kind === 'sum') && src.stages.length === 0;
  fs.pipes.push({ name, list: src.list, key: src.key, stages: src.stages, end, nullable });
  return { c: name, t };
}
