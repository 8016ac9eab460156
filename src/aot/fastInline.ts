/**
 * The fast path's small operations written inline, and its own copies of the runtime's tiny helpers.
 * A call from the fast function to a helper of `cdht/aot-runtime` goes through feedback that the
 * engine's closures share (they see every kind of value, so V8 keeps those helpers generic), and the
 * fast function is too large for V8 to inline every call it makes. Written inline, each operation's
 * common case (a boolean, a number, an array) costs a comparison; the module's own copies of the
 * helpers handle the rest with the runtime's semantics. The differential tests hold them to the originals.
 *
 * @module
 * @internal
 */
import type { Expr, FastState } from './fastTypes.js';
import { num } from './literal.js';

/** The module's copies of `truthy`, `awardPoints`, `inOp` and `toFloat` (same code), and `Object.prototype`. */
export const HELPERS = [
  'const OP_ = Object.prototype;',
  'function truthy_(v) {',
  '  return Array.isArray(v) ? v.length !== 0 : !!v;',
  '}',
  'function award_(v, max) {',
  "  if (typeof v === 'number') return v !== v ? 0 : v < 0 ? 0 : v > max ? max : v;",
  '  return truthy_(v) ? max : 0;',
  '}',
  'function in_(a, b) {',
  "  if (typeof b === 'string') return b !== '' && b.indexOf(a) !== -1;",
  '  if (Array.isArray(b)) return b.indexOf(a) !== -1;',
  '  return false;',
  '}',
  'function toFloat_(v) {',
  "  return typeof v === 'number' ? v + 0 : Number.parseFloat(v);",
  '}',
].join('\n');

/** A fresh temporary of the fast function (`t<n>`, declared at its top). */
export function temp(fs: FastState): string {
  fs.temps += 1;
  return `t${fs.temps}`;
}

/** A value as a boolean, as json-logic's truthiness (an empty array is false); booleans tested inline. */
export function truth(e: Expr, fs: FastState): string {
  if (e.t === 'bool') return e.c;
  if (e.t === 'num') return `!!${e.c}`;
  const t = temp(fs);
  return `((${t} = ${e.c}) === true || (${t} !== false && truthy_(${t})))`;
}

/** The truthiness of the value held by the name `t`. */
export function truthName(t: string): string {
  return `(${t} === true || (${t} !== false && truthy_(${t})))`;
}

/**
 * Whether `v` (a name) is an object whose properties a plain load reads as own ones or undefined:
 * its prototype is `Object.prototype` or null — the runtime's `plain`, inline.
 */
export function plainTest(v: string, fs: FastState): string {
  const p = temp(fs);
  return `(${v} !== null && typeof ${v} === 'object' && ((${p} = Object.getPrototypeOf(${v})) === OP_ || ${p} === null))`;
}

/** `award` as points out of `max`, as `awardPoints`: booleans and numbers inline. */
export function points(award: Expr, max: number, fs: FastState): string {
  if (award.t === 'bool') return `(${award.c} ? ${num(max)} : 0)`;
  const t = temp(fs);
  if (award.t === 'num' && max >= 0) {
    // Clamped to [0, max]; NaN fails both tests (0), -0 passes the second (-0), as awardPoints.
    return `((${t} = ${award.c}) > ${num(max)} ? ${num(max)} : ${t} >= 0 ? ${t} : 0)`;
  }
  const clamp =
    max >= 0 ? `typeof ${t} === 'number' ? (${t} > ${num(max)} ? ${num(max)} : ${t} >= 0 ? ${t} : 0) : ` : '';
  return `((${t} = ${award.c}) === true ? ${num(max)} : ${t} === false ? 0 : ${clamp}award_(${t}, ${num(max)}))`;
}

/** `toFloat(e)`: a number is itself plus 0 (which turns -0 into 0), anything else goes through the copy. */
export function toFloat(e: Expr): string {
  return e.t === 'num' ? `(${e.c} + 0)` : `toFloat_(${e.c})`;
}

/**
 * `{"+": [a, b]}`: `0 + toFloat(a) + toFloat(b)`; for a number, `0 + x` is already `0 + (x + 0)`, so
 * a number is added as it is (tested inline when its type is not known).
 */
export function plus(a: Expr, b: Expr, fs: FastState): string {
  const f = (e: Expr): string => {
    if (e.t === 'num') return e.c;
    const t = temp(fs);
    return `(typeof (${t} = ${e.c}) === 'number' ? ${t} : toFloat_(${t}))`;
  };
  return `(0 + ${f(a)} + ${f(b)})`;
}

/** `in` over any haystack: an array searched inline, anything else through the copy of `inOp`. */
export function inAny(a: Expr, b: Expr, fs: FastState): string {
  const tb = temp(fs);
  if (a.k === true) {
    return `(Array.isArray(${tb} = ${b.c}) ? ${tb}.indexOf(${a.c}) !== -1 : in_(${a.c}, ${tb}))`;
  }
  // The needle is evaluated first, as the engine evaluates its arguments in order.
  const ta = temp(fs);
  return `(${ta} = ${a.c}, Array.isArray(${tb} = ${b.c}) ? ${tb}.indexOf(${ta}) !== -1 : in_(${ta}, ${tb}))`;
}

/** The least type covering both (what a variable holding either yields). */
export function join(a: Expr['t'], b: Expr['t']): Expr['t'] {
  if (a === b) return a;
  return a === 'any' || b === 'any' ? 'any' : 'def';
}
