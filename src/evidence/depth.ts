import { type Issue, issue, type JsonPath } from '../errors/issue.js';

/**
 * How deep objects and arrays may nest in one evidence record, the record itself being level 1
 * (`data` is level 2). Real evidence needs a handful of levels; the cap keeps every pass over a
 * record (NFC normalisation, validation, rules) far from the call-stack limit, whatever the input.
 *
 * @category Evidence
 */
export const EVIDENCE_MAX_DEPTH = 64;

interface Frame {
  readonly value: object;
  readonly depth: number;
  readonly parent: Frame | undefined;
  readonly key: string | number | undefined;
}

/**
 * Finds the first object or array nested deeper than {@link EVIDENCE_MAX_DEPTH}, without recursion
 * (so a value nested a million deep, or a cyclic one, is answered rather than crashing).
 *
 * @param value - the record as parsed
 * @returns an `evidence_too_deep` issue at the path of the first value too deep, or undefined
 * @internal
 */
export function _checkDepth(value: unknown): Issue | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  // Every record is checked: the common answer (not too deep) comes from a walk that allocates nothing.
  if (withinDepth(value, 1)) return undefined;
  const stack: Frame[] = [{ value, depth: 1, parent: undefined, key: undefined }];
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    if (frame.depth > EVIDENCE_MAX_DEPTH) return tooDeep(pathOf(frame));
    const children = Array.isArray(frame.value) ? frame.value.entries() : Object.entries(frame.value);
    for (const [key, child] of children) {
      if (typeof child === 'object' && child !== null && !(child instanceof Date)) {
        stack.push({ value: child, depth: frame.depth + 1, parent: frame, key });
      }
    }
  }
  return undefined;
}

/**
 * Whether nothing under `value` (at `depth`) nests deeper than the cap. Recursion stops at the cap,
 * so the stack stays shallow whatever the input, cyclic values included. Sees the same children as
 * the walk of {@link _checkDepth}: array items, own enumerable string keys, Dates as leaves.
 */
function withinDepth(value: object, depth: number): boolean {
  if (depth > EVIDENCE_MAX_DEPTH) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const child: unknown = value[i];
      if (typeof child === 'object' && child !== null && !(child instanceof Date) && !withinDepth(child, depth + 1))
        return false;
    }
    return true;
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const child: unknown = (value as Record<string, unknown>)[key];
    if (typeof child === 'object' && child !== null && !(child instanceof Date) && !withinDepth(child, depth + 1))
      return false;
  }
  return true;
}

function pathOf(frame: Frame): JsonPath {
  const path: (string | number)[] = [];
  for (let f: Frame | undefined = frame; f?.key !== undefined; f = f.parent) path.push(f.key);
  return path.reverse();
}

function tooDeep(path: JsonPath): Issue {
  return issue('evidence_too_deep', path, { max: EVIDENCE_MAX_DEPTH });
}
