/**
 * Reads of the fast path: own properties only, as the engine's `var`, with direct loads where that is
 * provably the same — the object is plain (prototype `Object.prototype` or null) and the key is not one
 * `Object.prototype` has (checked here and again where the module runs). Anything else goes through a
 * generated reader that tests `Object.hasOwn` at each step.
 *
 * @module
 * @internal
 */
import { isUnsafeSegment } from '../rules/path.js';
import { plainTest, temp } from './fastInline.js';
import type { FastState, Item } from './fastTypes.js';
import { str } from './literal.js';

/**
 * Whether `v[key]` on a plain object (prototype `Object.prototype` or null) is its own property or
 * undefined: the key is not one `Object.prototype` has (checked here and again at run time).
 */
function directKey(fs: FastState, key: string): boolean {
  if (key in Object.prototype || isUnsafeSegment(key)) return false;
  fs.keys.add(key);
  return true;
}

/** A module function reading `segments` from its argument, own properties only (as `readOwnPath`). */
export function ownReader(fs: FastState, segments: readonly string[]): string {
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
 * Source reading `segments` from `from` (a name; its plain-object flag is `plain`, or null when not
 * computed), own properties only: direct loads while each object is plain and the key safe, else the
 * exact reader. Yields undefined when a step is absent.
 *
 * @param fs - the framework's fast state
 * @param from - the name of the value read from
 * @param plain - the name of its plain-object flag, or null to test it here
 * @param segments - the path
 * @returns the source
 */
export function readFrom(fs: FastState, from: string, plain: string | null, segments: readonly string[]): string {
  if (segments.length === 0) return from;
  const key = segments[0] as string;
  if (!directKey(fs, key)) return `${ownReader(fs, segments)}(${from})`;
  const isPlain = plain ?? plainTest(from, fs);
  // Every key through the literal helper: V8 loads a constant key as a named property.
  if (segments.length === 1) return `(${isPlain} ? ${from}[${str(key)}] : ${ownReader(fs, segments)}(${from}))`;
  const t = temp(fs);
  const rest = readFrom(fs, t, null, segments.slice(1));
  return `(${isPlain} ? (${t} = ${from}[${str(key)}], ${rest}) : ${ownReader(fs, segments)}(${from}))`;
}

/**
 * Source reading `segments` from an item: a list's own item has its first field read once per item
 * into a local of the loop (several bodies reading `kind` read it once, as a hand-written loop does);
 * reading an item more often than the engine changes nothing (data properties; a getter that throws
 * makes the fast path give the person to the exact path).
 *
 * @param fs - the framework's fast state
 * @param item - the item
 * @param segments - the path
 * @returns the source (undefined when a step is absent)
 */
export function readItem(fs: FastState, item: Item, segments: readonly string[]): string {
  const key = segments[0];
  if (item.fields === undefined || key === undefined) return readFrom(fs, item.v, item.plain, segments);
  let field = item.fields.get(key);
  if (field === undefined) {
    fs.out.next += 1;
    field = { name: `f${fs.out.next}`, read: readFrom(fs, item.v, item.plain, [key]) };
    item.fields.set(key, field);
  }
  return readFrom(fs, field.name, null, segments.slice(1));
}
