/**
 * Freezes a JSON value and everything in it, so one app cannot change the bundled criteria that
 * another module of the same process reads.
 *
 * @param value - plain JSON data
 * @returns the same value, frozen
 * @internal
 */
export function _deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) _deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
