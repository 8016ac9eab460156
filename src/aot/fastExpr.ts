/**
 * Rule trees as plain JavaScript expressions for the fast path of a compiled module: one function per
 * person, no context object, no missing-evidence list. A top-level read of an absent value sets the
 * flag `M` (the person is then scored again by the exact path); reads load properties directly where
 * that is provably the same as the engine's own-property read (see `fastRead.ts`). Iteration over a
 * top-level list becomes part of that list's one loop (`fastIterate.ts`). Anything the fast path does
 * not handle throws `Unsupported` at compile time, and the module keeps only the exact path.
 * Names are generated; text from the framework appears only as string literals.
 *
 * @module
 * @internal
 */
import { build } from '../rules/compiler/build.js';
import { isUnsafeSegment } from '../rules/path.js';
import type { PluginNode, RuleNode, StandardNode } from '../rules/tree/nodes.js';
import { builtinTable } from './emitRule.js';
import { inAny, plus, temp, toFloat, truth, truthName } from './fastInline.js';
import { iterate } from './fastIterate.js';
import { ownReader, readFrom, readItem } from './fastRead.js';
import { type Expr, type FastState, type Scope, Unsupported } from './fastTypes.js';
import { constantSource, str } from './literal.js';

/** The data of a scope as a value (a `reduce` step's is the object the engine makes for it). */
function whole(scope: Scope): Expr {
  if (scope.kind === 'root') return { c: 'd', t: 'def' };
  if (scope.kind === 'item') return { c: scope.v, t: scope.t };
  return { c: `{ current: ${scope.current.v}, accumulator: ${scope.acc} }`, t: 'def' };
}

/** An own-property read from a non-root scope (undefined when absent); null for a name it does not have. */
function scopedRead(scope: Exclude<Scope, { kind: 'root' }>, segments: readonly string[], fs: FastState): Expr | null {
  if (scope.kind === 'item') {
    if (segments.length === 0) return { c: scope.v, t: scope.t };
    return { c: readItem(fs, scope, segments), t: 'any' };
  }
  const [head, ...rest] = segments;
  if (head === 'current') return scopedRead({ kind: 'item', ...scope.current }, rest, fs);
  if (head === 'accumulator')
    return rest.length === 0 ? { c: scope.acc, t: scope.accT } : { c: readFrom(fs, scope.acc, null, rest), t: 'any' };
  return null;
}

function emitVar(node: Extract<RuleNode, { kind: 'var' }>, scope: Scope, fs: FastState): Expr {
  const target = node.target;
  if (target.kind === 'data') return whole(scope);
  let path: string;
  if (target.kind === 'path') path = target.path;
  else {
    const computed = build(target.node, fs.state);
    if (!computed.constant) throw new Unsupported('computed var');
    const a = computed.value;
    if (a === undefined || a === '' || a === null) return whole(scope);
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
  if (scope.kind !== 'root') {
    const read = scopedRead(scope, segments, fs) ?? { c: 'undefined', t: 'any' };
    if (read.t !== 'any') return read;
    if (node.fallback !== undefined) return withDefault(read.c);
    return { c: `((${t} = ${read.c}) === undefined ? null : ${t})`, t: 'def' };
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

/** A number from numbers; from other values JavaScript's arithmetic may give a BigInt (or throw). */
function arithmetic(a: Expr, b: Expr): Expr['t'] {
  return a.t === 'num' && b.t === 'num' ? 'num' : 'def';
}

const COMPARE = new Set(['==', '===', '!=', '!==', '>', '>=', '<', '<=']);

/**
 * Emits a node as a fast-path expression.
 *
 * @param node - the node
 * @param scope - where it is evaluated
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
    const t = typeof v === 'boolean' ? 'bool' : typeof v === 'number' ? 'num' : v === undefined ? 'any' : 'def';
    return { c: source, t, k: true };
  }
  switch (node.kind) {
    case 'var':
      return emitVar(node, scope, fs);
    case 'standard':
      return emitStandard(node, scope, fs);
    case 'plugin':
      if (builtinTable(node) === 'd' && (node.op === 'countInPeriod' || node.op === 'sumInPeriod')) {
        return iterate(node, node.op, scope, fs, emitFast);
      }
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
      text = { c: `(${truth(e(args[i] as RuleNode), fs)} ? ${then.c} : ${text.c})`, t };
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
      const test = op === 'and' ? `!${truthName(t)}` : truthName(t);
      text = `((${t} = ${(parts[i] as Expr).c}), ${test} ? ${t} : ${text})`;
    }
    return { c: text, t: parts.some((p) => p.t === 'any') ? 'any' : 'def' };
  }
  if (op === 'all' || op === 'some' || op === 'none' || op === 'map' || op === 'filter' || op === 'reduce') {
    return iterate(node, op, scope, fs, emitFast);
  }
  if (args.length === 1) {
    const a = e(args[0] as RuleNode);
    if (op === '!') return { c: `!${truth(a, fs)}`, t: 'bool' };
    if (op === '!!') return { c: truth(a, fs), t: 'bool' };
    if (op === '-') return { c: `(-${a.c})`, t: a.t === 'num' ? 'num' : 'def' };
    if (op === '+') return { c: `(0 + ${toFloat(a)})`, t: 'num' };
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
      return { c: plus(a, b, fs), t: 'num' };
    case '*':
      return { c: `(${toFloat(a)} * ${toFloat(b)})`, t: 'num' };
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
  return { c: `${name}.evaluate([${args.join(', ')}], C, ${whole(scope).c})`, t: 'any' };
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
  return { c: inAny(a, b, fs), t: 'bool' };
}
