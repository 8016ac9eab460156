/**
 * Rule trees as plain JavaScript expressions for the fast path of a compiled module: one function per
 * person, no context object, no missing-evidence list. A top-level read of an absent value sets the
 * flag `M` (the person is then scored again by the exact path); reads load properties directly where
 * that is provably the same as the engine's own-property read (see {@link directKey}). Anything the
 * fast path does not handle throws {@link Unsupported} at compile time, and the module keeps only the
 * exact path. Names are generated; text from the framework appears only as string literals.
 *
 * @module
 * @internal
 */
import { build } from '../rules/compiler/build.js';
import type { CompileState } from '../rules/compiler/node.js';
import { isUnsafeSegment } from '../rules/path.js';
import type { PluginNode, RuleNode, StandardNode } from '../rules/tree/nodes.js';
import { builtinTable, type EmitOutput } from './emitRule.js';
import { constantSource, str } from './literal.js';

/** A construct the fast path does not write out: the framework is scored by the exact path only. */
export class Unsupported extends Error {}

/** An expression: its source, and what it yields (boolean, number, or anything but `undefined`, or anything). */
export interface Expr {
  readonly c: string;
  readonly t: 'bool' | 'num' | 'def' | 'any';
}

/** A quantifier over a top-level list, computed in the list's fused loop; its result is `name`. */
export interface Quantifier {
  readonly name: string;
  readonly op: 'all' | 'some' | 'none';
  /** Source of the list (a top-level read, setting `M` when absent). */
  readonly list: string;
  /** What identifies the list: quantifiers with the same key share one loop. */
  readonly key: string;
  /** The body over the item `it` (plain-object flag `pi`). */
  readonly body: Expr;
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
  readonly quantifiers: Quantifier[];
  /** Temporaries to declare (`t1`, …). */
  temps: number;
  /** Derived values computed so far (name → local), in framework order: a later one reads as absent. */
  readonly derived: Map<string, string>;
  /** Whether an operator is called through its definition with the context `C` (period, missing list). */
  usesContext: boolean;
}

type Scope = 'root' | 'item';

function temp(fs: FastState): string {
  fs.temps += 1;
  return `t${fs.temps}`;
}

/**
 * Whether `v[key]` on a plain object (prototype `Object.prototype` or null) is its own property or
 * undefined: the key is not one `Object.prototype` has (checked here and again at run time).
 */
function directKey(fs: FastState, key: string): boolean {
  if (key in Object.prototype || isUnsafeSegment(key)) return false;
  fs.keys.add(key);
  return true;
}

/** A property access: every key through the literal helper (V8 loads a constant key as a named one). */
function prop(key: string): string {
  return `[${str(key)}]`;
}

/** A module function reading `segments` from its argument, own properties only (as `readOwnPath`). */
function ownReader(fs: FastState, segments: readonly string[]): string {
  fs.out.next += 1;
  const name = `h${fs.out.next}`;
  const steps = segments.map(
    (k) =>
      `  if (v === null || v === undefined || !Object.hasOwn(v, ${str(k)})) return undefined;\n  v = v[${str(k)}];`,
  );
  fs.out.lines.push(`function ${name}(v) {\n${steps.join('\n')}\n  return v;\n}`);
  return name;
}

/**
 * Source reading `segments` from `from` (whose plain-object flag is `plain`, or null when unknown),
 * own properties only: direct loads while each object is plain and the key safe, else the exact reader.
 */
function readFrom(fs: FastState, from: string, plain: string | null, segments: readonly string[]): string {
  if (segments.length === 0) return from;
  const key = segments[0] as string;
  if (!directKey(fs, key)) return `${ownReader(fs, segments)}(${from})`;
  const isPlain = plain ?? `$.plain(${from})`;
  if (segments.length === 1) return `(${isPlain} ? ${from}${prop(key)} : ${ownReader(fs, segments)}(${from}))`;
  const t = temp(fs);
  const rest = readFrom(fs, t, null, segments.slice(1));
  return `(${isPlain} ? (${t} = ${from}${prop(key)}, ${rest}) : ${ownReader(fs, segments)}(${from}))`;
}

function emitVar(node: Extract<RuleNode, { kind: 'var' }>, scope: Scope, fs: FastState): Expr {
  const target = node.target;
  const self = scope === 'root' ? 'd' : 'it';
  // The data itself: a plain object at the top level, anything (even undefined) as an item.
  const whole: Expr = { c: self, t: scope === 'root' ? 'def' : 'any' };
  if (target.kind === 'data') return whole;
  let path: string;
  if (target.kind === 'path') path = target.path;
  else {
    const computed = build(target.node, fs.state);
    if (!computed.constant) throw new Unsupported('computed var');
    const a = computed.value;
    if (a === undefined || a === '' || a === null) return whole;
    path = String(a);
  }
  const segments = path.split('.');
  if (segments.some(isUnsafeSegment)) return { c: 'null', t: 'def' };
  const head = segments[0] as string;
  // With a default: an undefined value (only) gives the default, null if that is undefined; nothing is missing.
  const withDefault = (value: string): Expr => {
    const fb = emitFast(node.fallback as RuleNode, scope, fs);
    const t = temp(fs);
    const d = fb.t === 'any' ? `((${t} = ${fb.c}) === undefined ? null : ${t})` : fb.c;
    return { c: `((${t} = ${value}) !== undefined ? ${t} : ${d})`, t: 'def' };
  };
  const t = temp(fs);
  if (scope === 'item') {
    const value = readFrom(fs, 'it', 'pi', segments);
    if (node.fallback !== undefined) return withDefault(value);
    return { c: `((${t} = ${value}) === undefined ? null : ${t})`, t: 'def' };
  }
  if (fs.state.derived.has(head)) {
    // A derived value: own property of the person's derived values once computed, never missing evidence.
    const local = fs.derived.get(head);
    const value = local === undefined ? 'undefined' : readFrom(fs, local, null, segments.slice(1));
    if (node.fallback !== undefined) return withDefault(value);
    return { c: `((${t} = ${value}) === undefined ? null : ${t})`, t: 'def' };
  }
  const slot = fs.state.slots?.get(head) ?? -1;
  let value: string;
  if (slot < 0) value = `${ownReader(fs, segments)}(d)`;
  else {
    fs.fields.set(slot, head);
    if (segments.length === 1) {
      if (node.fallback !== undefined) return withDefault(`x${slot}`);
      return { c: `(x${slot} != null ? x${slot} : (M = true, null))`, t: 'def' };
    }
    fs.objects.add(slot);
    value = readFrom(fs, `x${slot}`, `q${slot}`, segments.slice(1));
  }
  if (node.fallback !== undefined) return withDefault(value);
  // The engine notes an absent (undefined or null) top-level value as missing evidence: here, M.
  return { c: `((${t} = ${value}) != null ? ${t} : (M = true, null))`, t: 'def' };
}

/** A value as a boolean, as json-logic's truthiness (an empty array is false). */
export function truth(e: Expr): string {
  return e.t === 'bool' ? e.c : `truthy_(${e.c})`;
}

/** A number from numbers; from other values JavaScript's arithmetic may give a BigInt (or throw). */
function arithmetic(a: Expr, b: Expr): Expr['t'] {
  return a.t === 'num' && b.t === 'num' ? 'num' : 'def';
}

const COMPARE = new Set(['==', '===', '!=', '!==', '>', '>=', '<', '<=']);

/**
 * Emits a node as a fast-path expression.
 *
 * @param node - the node
 * @param scope - top level (`d`, reads set `M`) or a quantifier's item (`it`)
 * @param fs - the framework's fast state
 * @returns the expression
 * @throws Unsupported for constructs the fast path leaves to the exact path
 */
export function emitFast(node: RuleNode, scope: Scope, fs: FastState): Expr {
  const built = build(node, fs.state);
  if (built.constant) {
    const v = built.value;
    const source = constantSource(v);
    if (source === undefined) throw new Unsupported('constant');
    if (Array.isArray(v)) {
      fs.out.next += 1;
      const name = `k${fs.out.next}`;
      fs.out.lines.push(`const ${name} = ${source};`);
      return { c: name, t: 'def' };
    }
    return {
      c: source,
      t: typeof v === 'boolean' ? 'bool' : typeof v === 'number' ? 'num' : v === undefined ? 'any' : 'def',
    };
  }
  switch (node.kind) {
    case 'var':
      return emitVar(node, scope, fs);
    case 'standard':
      return emitStandard(node, scope, fs);
    case 'plugin':
      return emitCall(node, scope, fs);
    default:
      throw new Unsupported(node.kind);
  }
}

function emitStandard(node: StandardNode, scope: Scope, fs: FastState): Expr {
  const args = node.args;
  const e = (n: RuleNode): Expr => emitFast(n, scope, fs);
  const op = node.op;
  if (op === 'if' || op === '?:') {
    let text: Expr = args.length % 2 === 1 ? e(args[args.length - 1] as RuleNode) : { c: 'null', t: 'def' };
    for (let i = args.length - (args.length % 2 === 1 ? 3 : 2); i >= 0; i -= 2) {
      const then = e(args[i + 1] as RuleNode);
      const t = then.t === text.t ? then.t : then.t !== 'any' && text.t !== 'any' ? 'def' : 'any';
      text = { c: `(${truth(e(args[i] as RuleNode))} ? ${then.c} : ${text.c})`, t };
    }
    return text;
  }
  if (op === 'and' || op === 'or') {
    if (args.length === 0) return { c: 'undefined', t: 'any' };
    const parts = args.map(e);
    if (parts.length === 1) return parts[0] as Expr;
    // Booleans: JavaScript's && and || return what json-logic's and/or return.
    if (parts.every((p) => p.t === 'bool'))
      return { c: `(${parts.map((p) => p.c).join(op === 'and' ? ' && ' : ' || ')})`, t: 'bool' };
    const t = temp(fs);
    let text = (parts[parts.length - 1] as Expr).c;
    for (let i = parts.length - 2; i >= 0; i--) {
      const test = op === 'and' ? `!truthy_(${t})` : `truthy_(${t})`;
      text = `((${t} = ${(parts[i] as Expr).c}), ${test} ? ${t} : ${text})`;
    }
    return { c: text, t: parts.some((p) => p.t === 'any') ? 'any' : 'def' };
  }
  if (op === 'all' || op === 'some' || op === 'none') return quantifier(node, op, scope, fs);
  if (op === 'map' || op === 'filter' || op === 'reduce') throw new Unsupported(op);
  if (args.length === 1) {
    const a = e(args[0] as RuleNode);
    if (op === '!') return { c: `!${truth(a)}`, t: 'bool' };
    if (op === '!!') return { c: truth(a), t: 'bool' };
    if (op === '-') return { c: `(-${a.c})`, t: a.t === 'num' ? 'num' : 'def' };
    if (op === '+') return { c: `(0 + $.toFloat(${a.c}))`, t: 'num' };
    return emitCall(node, scope, fs);
  }
  if (args.length === 3 && (op === '<' || op === '<=')) {
    const [a, b, x] = args.map(e) as [Expr, Expr, Expr];
    if (x.t === 'any') return { c: `$.between(${op === '<'}, ${a.c}, ${b.c}, ${x.c})`, t: 'bool' };
    // All three evaluated first, as the engine does (reads may set M).
    const [ta, tb, tx] = [temp(fs), temp(fs), temp(fs)];
    return { c: `(${ta} = ${a.c}, ${tb} = ${b.c}, ${tx} = ${x.c}, ${ta} ${op} ${tb} && ${tb} ${op} ${tx})`, t: 'bool' };
  }
  if (args.length !== 2 || !(COMPARE.has(op) || ['+', '*', '-', '/', '%', 'in'].includes(op))) {
    return emitCall(node, scope, fs);
  }
  const a = e(args[0] as RuleNode);
  const b = e(args[1] as RuleNode);
  if (COMPARE.has(op)) return { c: `(${a.c} ${op} ${b.c})`, t: 'bool' };
  switch (op) {
    case '+':
      return { c: `$.plus(${a.c}, ${b.c})`, t: 'num' };
    case '*':
      return { c: `($.toFloat(${a.c}) * $.toFloat(${b.c}))`, t: 'num' };
    case '-':
      // `minus` negates when its second operand is undefined; a defined one subtracts.
      return { c: b.t === 'any' ? `$.minus(${a.c}, ${b.c})` : `(${a.c} - ${b.c})`, t: arithmetic(a, b) };
    case '/':
    case '%':
      return { c: `(${a.c} ${op} ${b.c})`, t: arithmetic(a, b) };
    case 'in':
      return emitIn(args[1] as RuleNode, a, b, fs);
  }
  throw new Unsupported(op);
}

/**
 * A built-in eager operator called through its own definition, with the fast path's context `C` (the
 * person's period; a `missing` list the fast path checks at the end). Lazy operators, `log` (which
 * prints: the exact path would print again) and plugins' operators are left to the exact path.
 */
function emitCall(node: StandardNode | PluginNode, scope: Scope, fs: FastState): Expr {
  const table = builtinTable(node);
  if (table === null || node.operator.kind === 'lazy' || node.op === 'log') throw new Unsupported(node.op);
  const args = node.args.map((a) => emitFast(a, scope, fs).c);
  fs.out.next += 1;
  const name = `o${fs.out.next}`;
  fs.out.lines.push(`const ${name} = $.operator(${str(table)}, ${str(node.op)});`);
  fs.usesContext = true;
  return { c: `${name}.evaluate([${args.join(', ')}], C, ${scope === 'root' ? 'd' : 'it'})`, t: 'any' };
}

/** `in` over a constant list of strings or numbers: comparisons (`indexOf` is strict equality). */
function emitIn(list: RuleNode, a: Expr, b: Expr, fs: FastState): Expr {
  const built = build(list, fs.state);
  const v = built.value;
  if (
    built.constant &&
    Array.isArray(v) &&
    v.length > 0 &&
    v.length <= 8 &&
    v.every((x) => typeof x === 'string' || (typeof x === 'number' && !Number.isNaN(x)))
  ) {
    const t = temp(fs);
    const tests = v.map((x) => `${t} === ${constantSource(x) as string}`);
    return { c: `(${t} = ${a.c}, ${tests.join(' || ')})`, t: 'bool' };
  }
  return { c: `in_(${a.c}, ${b.c})`, t: 'bool' };
}

/**
 * `all`/`some`/`none` over a top-level list: computed in one loop with every other quantifier over the
 * same list (the list is read once, as the hand-written function does). Item reads never note missing
 * evidence and bodies have no side effect, so evaluating them together gives each quantifier's result;
 * a body that throws makes the fast path give up for the person (the exact path then decides).
 */
function quantifier(node: StandardNode, op: 'all' | 'some' | 'none', scope: Scope, fs: FastState): Expr {
  if (scope !== 'root') throw new Unsupported('nested quantifier');
  const listNode = node.args[0];
  if (listNode === undefined || listNode.kind !== 'var') throw new Unsupported('quantifier over a computed list');
  // A derived list is computed after the loops: leave such a quantifier to the exact path.
  const head = listNode.target.kind === 'path' ? (listNode.target.path.split('.')[0] as string) : '';
  if (listNode.target.kind !== 'path' || fs.state.derived.has(head))
    throw new Unsupported('quantifier over a derived list');
  const list = emitFast(listNode, 'root', fs);
  fs.out.next += 1;
  const name = `Q${fs.out.next}`;
  const body: Expr = node.args[1] === undefined ? { c: 'undefined', t: 'any' } : emitFast(node.args[1], 'item', fs);
  // The same path read the same way: without a default, or with the same constant one; any other
  // default gets a loop of its own.
  const path = listNode.target.path;
  let key = `path ${JSON.stringify(path)}`;
  if (listNode.fallback !== undefined) {
    const fb = build(listNode.fallback, fs.state);
    const source = fb.constant ? constantSource(fb.value) : undefined;
    key = source === undefined ? `own ${name}` : `${key} default ${source}`;
  }
  fs.quantifiers.push({ name, op, list: list.c, key, body });
  return { c: name, t: 'bool' };
}
