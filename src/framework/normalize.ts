/**
 * Copies a JSON value with every string NFC-normalised, so Vietnamese typed in decomposed form
 * (common from macOS and some keyboards) compares equal to the precomposed form.
 * Own keys named `__proto__` stay plain data: they are defined, never assigned.
 *
 * @param value - a JSON value
 * @returns the normalised copy
 * @category Formats
 */
export function normalizeJson(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(normalizeJson);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      Object.defineProperty(out, key.normalize('NFC'), {
        value: normalizeJson((value as Record<string, unknown>)[key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}
