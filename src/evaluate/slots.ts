/**
 * Reading a record's declared top-level fields into the slots rules compiled with `slots` read:
 * own properties only, like every rule read.
 *
 * @module
 * @internal
 */

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

/** An object no one writes to: `for…in` over it lists exactly the enumerable properties of Object.prototype. */
const PROBE: object = /* @__PURE__ */ Object.freeze({});

/** Whether Object.prototype has an enumerable property (someone added one: it would show up in `for…in`). */
function prototypeListsKeys(): boolean {
  for (const _key in PROBE) return true;
  return false;
}

/** Records with more keys than this are read the safe way, without learning their layout. */
const MAX_LAYOUT_KEYS = 256;

/**
 * A slot reader that learns the layout of the records it reads: records of one batch share their
 * keys in one order (JSON.parse of lines written by one program), so the enumerable keys of a record
 * are compared with the last layout and, when they match, each value is copied from the `for…in`
 * loop into its slot — a load V8 serves from the object's enumeration cache, instead of an ownership
 * check and a keyed lookup per field.
 *
 * Never a prototype's value: the fast path runs only on records whose prototype is Object.prototype
 * or null while Object.prototype has no enumerable property, so every key `for…in` lists is the
 * record's own. A declared field missing from the layout (absent, or own but not enumerable) is read
 * with `Object.hasOwn`, as {@link fillSlots} reads it. Anything else — arrays, class instances,
 * records of another shape while the layout is relearnt — goes through {@link fillSlots}.
 *
 * @param fields - the declared fields, in slot order
 * @returns `read(data, slots)`: fills `slots` exactly as `fillSlots(data, fields, slots)` would
 * @internal
 */
export function createSlotReader(fields: readonly string[]): (data: unknown, slots: unknown[]) => void {
  const index = new Map(fields.map((name, i) => [name, i]));
  // The learnt layout: keys in enumeration order, their slot (or -1), and the fields it lacks.
  let keys: string[] = [];
  let slotOf: Int32Array = new Int32Array(0);
  let absent: Int32Array = Int32Array.from(fields.keys());
  let learnt = false;

  const learn = (data: object): void => {
    const seen: string[] = [];
    for (const key in data) {
      if (seen.length === MAX_LAYOUT_KEYS || !Object.hasOwn(data, key)) {
        learnt = false;
        return;
      }
      seen.push(key);
    }
    keys = seen;
    slotOf = Int32Array.from(seen, (key) => index.get(key) ?? -1);
    const have = new Set(seen);
    absent = Int32Array.from(fields.keys()).filter((i) => !have.has(fields[i] as string));
    learnt = true;
  };

  return (data, slots) => {
    if (data === null || typeof data !== 'object') {
      fillSlots(data, fields, slots);
      return;
    }
    const proto = Object.getPrototypeOf(data);
    if ((proto !== Object.prototype && proto !== null) || prototypeListsKeys()) {
      fillSlots(data, fields, slots);
      return;
    }
    const record = data as Record<string, unknown>;
    let j = 0;
    let same = learnt;
    if (same) {
      const n = keys.length;
      for (const key in record) {
        if (j === n || keys[j] !== key) {
          same = false;
          break;
        }
        const s = slotOf[j++] as number;
        if (s >= 0) slots[s] = record[key];
      }
      if (j !== n) same = false;
    }
    if (!same) {
      learn(record);
      fillSlots(record, fields, slots);
      return;
    }
    for (let k = 0; k < absent.length; k++) {
      const s = absent[k] as number;
      const key = fields[s] as string;
      slots[s] = Object.hasOwn(record, key) ? record[key] : undefined;
    }
  };
}
