/**
 * The standard json-logic operators, with json-logic-js semantics. The compiler builds special
 * closures for the control operators (`if`, `and`, `or`, iteration, `var`, `missing`) and for hot
 * shapes; the `evaluate` functions here are the general eager implementations.
 *
 * @module
 */
import { isUnsafeSegment, readOwnPath, truthy } from '../path.js';
import type { EagerOperator, OperatorDefinition, OperatorTable } from '../types.js';
import { controlOperators } from './control.js';

type Num = number;

function text(vi: string, en: string): { readonly vi: string; readonly en: string } {
  return { vi, en };
}

function eager(evaluate: EagerOperator['evaluate'], vi: string, en: string): EagerOperator {
  return { kind: 'eager', evaluate, description: text(vi, en), pure: true };
}

/**
 * `var` lookup as json-logic-js does it, but following own properties only.
 *
 * @param data - the data scope
 * @param path - the path argument
 * @param fallback - the default argument
 * @param derived - names read from `derivedValues` instead of the data (top level only), if any
 * @param derivedValues - the derived values
 * @returns the value, the default, or null
 * @internal
 */
export function varLookup(
  data: unknown,
  path: unknown,
  fallback: unknown,
  derived: ReadonlySet<string> | null = null,
  derivedValues: unknown = null,
): unknown {
  const notFound = fallback === undefined ? null : fallback;
  if (path === undefined || path === '' || path === null) return data;
  const segments = String(path).split('.');
  if (segments.some(isUnsafeSegment)) return notFound;
  const source = derived?.has(segments[0] as string) ? derivedValues : data;
  const value = readOwnPath(source, segments);
  return value === undefined ? notFound : value;
}

/**
 * `missing` over already evaluated arguments: the keys whose value is null or empty.
 *
 * @param args - evaluated arguments (keys, or one array of keys)
 * @param data - the data scope
 * @param derived - names read from `derivedValues` (top level only), if any
 * @param derivedValues - the derived values
 * @returns the missing keys
 * @internal
 */
export function missingKeys(
  args: readonly unknown[],
  data: unknown,
  derived: ReadonlySet<string> | null = null,
  derivedValues: unknown = null,
): unknown[] {
  const keys: readonly unknown[] = Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
  const out: unknown[] = [];
  for (const key of keys) {
    // json-logic-js applies `{"var": key}`: an array key is `[path, default]`.
    const value = Array.isArray(key)
      ? varLookup(data, key[0], key[1], derived, derivedValues)
      : varLookup(data, key, undefined, derived, derivedValues);
    if (value === null || value === '') out.push(key);
  }
  return out;
}

/**
 * `missing_some`: empty when at least `need` of the keys are present, else the missing keys.
 *
 * @param need - minimum number of keys present
 * @param keys - the keys
 * @param missing - how to compute `missing` over the keys
 * @returns the missing keys or `[]`
 * @internal
 */
export function missingSome(need: unknown, keys: unknown, missing: (args: readonly unknown[]) => unknown[]): unknown[] {
  const areMissing = missing(Array.isArray(keys) ? keys : [keys]);
  // Like json-logic-js, a null or undefined key list throws a TypeError here.
  const count = (keys as { length: number }).length;
  return count - areMissing.length >= (need as Num) ? [] : areMissing;
}

/**
 * `in`: substring or array membership. Only strings and arrays are searched (json-logic-js calls any
 * `indexOf` it finds).
 *
 * @param a - needle
 * @param b - haystack
 * @returns whether b contains a
 * @internal
 */
export function inOp(a: unknown, b: unknown): boolean {
  if (typeof b === 'string') return b !== '' && b.indexOf(a as string) !== -1;
  if (Array.isArray(b)) return b.indexOf(a) !== -1;
  return false;
}

/**
 * `substr` with PHP-like negative lengths, as json-logic-js.
 *
 * @param source - the text (converted with String)
 * @param start - start index, negative from the end
 * @param end - length, negative to drop characters at the end
 * @returns the substring
 * @internal
 */
export function substrOp(source: unknown, start: unknown, end: unknown): string {
  if ((end as Num) < 0) {
    const temp = String(source).substr(start as Num);
    return temp.substr(0, temp.length + (end as Num));
  }
  return String(source).substr(start as Num, end as Num);
}

/**
 * parseFloat as json-logic-js applies it to `+` and `*` operands, with a fast path for numbers.
 *
 * @param value - an operand
 * @returns the number
 * @internal
 */
export function toFloat(value: unknown): number {
  // parseFloat(String(n)) is n for every number except -0, which becomes 0; `+ 0` does the same.
  return typeof value === 'number' ? value + 0 : Number.parseFloat(value as string);
}

/* The comparisons below rely on JavaScript's coercions, as json-logic-js does. */
function looseEq(a: unknown, b: unknown): boolean {
  // biome-ignore lint/suspicious/noDoubleEquals: json-logic `==` is JavaScript loose equality
  return a == b;
}

/**
 * The standard json-logic operators (json-logic-js 2.x), with descriptions in Vietnamese and
 * English: one frozen table, looked up by own properties. The compiler builds special closures
 * for the control operators and hot shapes; these definitions are the general implementations.
 *
 * @category Rules
 */
export const standardOperators: OperatorTable = /*#__PURE__*/ Object.freeze({
  '==': eager((a) => looseEq(a[0], a[1]), 'bằng', 'equals'),
  '===': eager((a) => a[0] === a[1], 'bằng đúng', 'strictly equals'),
  '!=': eager((a) => !looseEq(a[0], a[1]), 'khác', 'differs from'),
  '!==': eager((a) => a[0] !== a[1], 'khác hẳn', 'strictly differs from'),
  '>': eager((a) => (a[0] as Num) > (a[1] as Num), '{0} lớn hơn {1}', '{0} is greater than {1}'),
  '>=': eager((a) => (a[0] as Num) >= (a[1] as Num), '{0} từ {1} trở lên', '{0} is at least {1}'),
  '<': eager(
    (a) =>
      a[2] === undefined
        ? (a[0] as Num) < (a[1] as Num)
        : (a[0] as Num) < (a[1] as Num) && (a[1] as Num) < (a[2] as Num),
    '{0} nhỏ hơn {1}',
    '{0} is less than {1}',
  ),
  '<=': eager(
    (a) =>
      a[2] === undefined
        ? (a[0] as Num) <= (a[1] as Num)
        : (a[0] as Num) <= (a[1] as Num) && (a[1] as Num) <= (a[2] as Num),
    '{0} không quá {1}',
    '{0} is at most {1}',
  ),
  '!!': eager((a) => truthy(a[0]), '{0}', '{0}'),
  '!': eager((a) => !truthy(a[0]), 'không đúng là {0}', 'not {0}'),
  '%': eager((a) => (a[0] as Num) % (a[1] as Num), '{0} chia lấy dư cho {1}', '{0} modulo {1}'),
  log: eager((a) => a[0], '{0}', '{0}'),
  in: eager((a) => inOp(a[0], a[1]), '{1} chứa {0}', '{1} contains {0}'),
  cat: eager((a) => a.join(''), 'nối các chuỗi', 'the texts joined'),
  substr: eager((a) => substrOp(a[0], a[1], a[2]), 'chuỗi con của {0} từ vị trí {1}', 'the substring of {0} from {1}'),
  '+': eager((a) => a.reduce((x: Num, y) => toFloat(x) + toFloat(y), 0), 'tổng', 'the sum'),
  '*': eager((a) => a.reduce((x, y) => toFloat(x) * toFloat(y)), 'tích', 'the product'),
  '-': eager(
    (a) => (a[1] === undefined ? -(a[0] as Num) : (a[0] as Num) - (a[1] as Num)),
    '{0} trừ {1}',
    '{0} minus {1}',
  ),
  '/': eager((a) => (a[0] as Num) / (a[1] as Num), '{0} chia cho {1}', '{0} divided by {1}'),
  min: eager((a) => Math.min(...(a as Num[])), 'giá trị nhỏ nhất', 'the smallest value'),
  max: eager((a) => Math.max(...(a as Num[])), 'giá trị lớn nhất', 'the largest value'),
  merge: eager((a) => a.reduce((x: unknown[], y) => x.concat(y), []), 'gộp các danh sách', 'the lists merged'),
  var: eager((a, _ctx, data) => varLookup(data, a[0], a[1]), 'giá trị {0}', 'the value {0}'),
  missing: eager((a, _ctx, data) => missingKeys(a, data), 'các trường còn thiếu', 'the missing fields'),
  missing_some: eager(
    (a, _ctx, data) => missingSome(a[0], a[1], (keys) => missingKeys(keys, data)),
    'các trường còn thiếu khi có ít hơn {0} trường',
    'the missing fields when fewer than {0} are given',
  ),
  ...controlOperators,
} satisfies Record<string, OperatorDefinition>);
