/**
 * JavaScript source for values known at compile time. Every string goes through `JSON.stringify`
 * (then U+2028/U+2029 and `<` are escaped, so the text is safe in any script context); objects are
 * rebuilt with `JSON.parse`, which gives keys such as `__proto__` as own properties where an object
 * literal would set the prototype.
 *
 * @module
 * @internal
 */

/**
 * A string literal.
 *
 * @param s - the string
 * @returns its JavaScript source
 */
export function str(s: string): string {
  return JSON.stringify(s).replace(/[\u2028\u2029<]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A number literal, parenthesised when negative; NaN, the infinities and -0 included.
 *
 * @param n - the number
 * @returns its JavaScript source
 */
export function num(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Number.POSITIVE_INFINITY) return 'Infinity';
  if (n === Number.NEGATIVE_INFINITY) return '(-Infinity)';
  if (Object.is(n, -0)) return '(-0)';
  const text = JSON.stringify(n);
  return n < 0 ? `(${text})` : text;
}

/** Whether a value survives a JSON round trip unchanged (finite numbers, plain objects, arrays). */
function jsonSafe(v: unknown, depth = 0): boolean {
  if (depth > 1000) return false;
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0);
  if (Array.isArray(v)) return v.every((x) => jsonSafe(x, depth + 1));
  if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.values(v as object).every((x) => jsonSafe(x, depth + 1));
  }
  return false;
}

/**
 * Data for the module: parsed from a JSON string at load time (never an object literal).
 *
 * @param value - JSON data
 * @returns its JavaScript source
 */
export function data(value: unknown): string {
  return `JSON.parse(${str(JSON.stringify(value))})`;
}

/**
 * A constant of a rule as source, or undefined when it cannot be written (the rule then computes it).
 *
 * @param v - the value
 * @returns source text, or undefined
 */
export function constantSource(v: unknown): string | undefined {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return num(v);
  if (typeof v === 'string') return str(v);
  if (Array.isArray(v) && jsonSafe(v)) return `$.frozen(${data(v)})`;
  if (Array.isArray(v)) {
    const items = v.map(constantSource);
    if (items.some((x) => x === undefined)) return undefined;
    return `$.frozen([${items.join(', ')}])`;
  }
  return undefined;
}
