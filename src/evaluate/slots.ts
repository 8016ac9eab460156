/**
 * Reads a record's declared top-level fields once, into the slots rules compiled with `slots`
 * read (own properties only, like every rule read).
 *
 * @param data - the record's data
 * @param fields - the declared fields, in slot order
 * @param slots - the array to fill (reused between persons where the caller can)
 * @returns `slots`
 * @internal
 */
export function fillSlots(data: unknown, fields: readonly string[], slots: unknown[]): unknown[] {
  const isObject = data !== null && typeof data === 'object';
  for (let i = 0; i < fields.length; i++) {
    const key = fields[i] as string;
    slots[i] = isObject && Object.hasOwn(data, key) ? (data as Record<string, unknown>)[key] : undefined;
  }
  return slots;
}
