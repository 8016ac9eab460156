/**
 * Small helpers shared by the rule compiler and the operators: json-logic truthiness, rule-object
 * detection and own-property path reads.
 *
 * @module
 */

/**
 * json-logic truthiness: JavaScript truthiness, except that an empty array is falsy.
 *
 * @param value - any value
 * @returns whether json-logic treats the value as true
 * @example truthy([]) // false
 * @category Rules
 */
export function truthy(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value) && value.length === 0) return false;
  return !!value;
}

/**
 * Whether a value is a json-logic rule object: a non-array object with exactly one key.
 * Objects with zero or several keys are plain values (json-logic-js passes them through).
 *
 * @param value - any value
 * @returns true for `{ op: args }`
 * @category Rules
 */
export function isRuleObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 1;
}

/**
 * Whether a `var` path segment could reach an object's prototype machinery.
 *
 * @param segment - one dot-separated part of a path
 * @returns true for `__proto__`, `constructor` and `prototype`
 * @category Rules
 */
export function isUnsafeSegment(segment: string): boolean {
  return segment === '__proto__' || segment === 'constructor' || segment === 'prototype';
}

/**
 * Reads a path made of segments, following own properties only. A string's own properties are its
 * indexes and `length`, an array's its indexes and `length`.
 *
 * @param data - where to start
 * @param segments - property names
 * @param from - index of the first segment to follow (earlier ones were already read)
 * @returns the value, or `undefined` when a step is absent
 * @example readOwnPath({ a: { b: 1 } }, ['a', 'b']) // 1
 * @category Rules
 */
export function readOwnPath(data: unknown, segments: readonly string[], from = 0): unknown {
  let current = data;
  for (let i = from; i < segments.length; i++) {
    if (current === null || current === undefined) return undefined;
    const key = segments[i] as string;
    if (!Object.hasOwn(current as object, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * One own property of a value, or undefined (also for null and undefined): one step of
 * {@link readOwnPath}.
 *
 * @param value - where to read
 * @param key - a property name
 * @returns the own property's value, or `undefined`
 * @internal
 */
export function readOwn(value: unknown, key: string): unknown {
  return value !== null && value !== undefined && Object.hasOwn(value as object, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/**
 * Reads `segments` from `from` on, as {@link readOwnPath}, with the loop written out for the short
 * paths rules use (a field of a field, and one level deeper).
 *
 * @param data - where to start
 * @param segments - property names
 * @param from - index of the first segment to follow
 * @returns the value, or `undefined` when a step is absent
 * @internal
 */
export function readOwnPathFrom(data: unknown, segments: readonly string[], from: number): unknown {
  switch (segments.length - from) {
    case 0:
      return data;
    case 1:
      return readOwn(data, segments[from] as string);
    case 2:
      return readOwn(readOwn(data, segments[from] as string), segments[from + 1] as string);
    default:
      return readOwnPath(data, segments, from);
  }
}

/**
 * Reads a dotted path safely: own properties only, and any `__proto__`, `constructor` or
 * `prototype` segment reads as absent.
 *
 * @param data - where to start
 * @param path - a dotted path such as `a.b.0`
 * @returns the value, or `undefined` when absent
 * @category Rules
 */
export function readSafePath(data: unknown, path: string): unknown {
  const segments = path.split('.');
  if (segments.some(isUnsafeSegment)) return undefined;
  return readOwnPath(data, segments);
}

/**
 * Freezes the arrays of a value computed at compile time, so a shared constant cannot be changed by
 * a caller. Only arrays are frozen: they are always created by evaluation, whereas objects may be
 * the rule's own (passed-through) objects.
 *
 * @param value - a folded value
 * @returns the same value
 * @internal
 */
export function freezeArrays<T>(value: T): T {
  if (Array.isArray(value) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of value) freezeArrays(item);
  }
  return value;
}
