/**
 * What `JSON.parse` does not say about a JSON text: keys written twice in one object (it keeps the
 * last silently) and nesting deep enough to overflow the recursive passes that read the value
 * later. One iterative pass over text that `JSON.parse` has already accepted, so the syntax is
 * known to be valid and only strings and brackets need reading.
 *
 * @module
 */
import type { JsonPath } from '../errors/issue.js';

/** A problem found by {@link scanJsonText}. @internal */
export type JsonTextProblem =
  | {
      readonly kind: 'duplicate_key';
      /** Path of the second occurrence (the key NFC-normalised). */
      readonly path: JsonPath;
      readonly key: string;
      /** Offsets of the second and the first occurrence of the key. */
      readonly at: number;
      readonly first: number;
    }
  | {
      readonly kind: 'too_deep';
      /** Path of the first container beyond the limit. */
      readonly path: JsonPath;
      readonly at: number;
    };

interface Frame {
  readonly array: boolean;
  /** Keys seen (NFC) and where, for objects. */
  readonly keys: Map<string, number> | null;
  /** Objects: the next string is a key. */
  expectKey: boolean;
  /** Arrays: index of the current item; objects: the current key. */
  index: number;
  key: string;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function stringEnd(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) return i;
    i += c === BACKSLASH ? 2 : 1;
  }
}

function decodeKey(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end);
  const key = raw.includes('\\') ? (JSON.parse(text.slice(start, end + 1)) as string) : raw;
  // Keys are compared as the loader will see them: NFC-normalised.
  return /^[\x20-\x7e]*$/.test(key) ? key : key.normalize('NFC');
}

function pathOf(stack: readonly Frame[]): (string | number)[] {
  return stack.map((f) => (f.array ? f.index : f.key));
}

/**
 * Finds the first key written twice in one object (compared after NFC normalisation) or the first
 * container nested deeper than `maxDepth`, in a text `JSON.parse` accepts.
 *
 * @param text - valid JSON text
 * @param maxDepth - containers allowed one inside another (the root container is 1)
 * @returns the first problem in text order, or undefined
 * @internal
 */
export function scanJsonText(text: string, maxDepth: number): JsonTextProblem | undefined {
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    switch (c) {
      case QUOTE: {
        const end = stringEnd(text, i);
        if (top !== undefined && !top.array && top.expectKey) {
          const key = decodeKey(text, i, end);
          const first = top.keys?.get(key);
          top.key = key;
          if (first !== undefined) return { kind: 'duplicate_key', path: pathOf(stack), key, at: i, first };
          top.keys?.set(key, i);
          top.expectKey = false;
        }
        i = end;
        break;
      }
      case 0x7b: // {
      case 0x5b: // [
        if (stack.length >= maxDepth) return { kind: 'too_deep', path: pathOf(stack), at: i };
        stack.push({ array: c === 0x5b, keys: c === 0x7b ? new Map() : null, expectKey: true, index: 0, key: '' });
        break;
      case 0x7d: // }
      case 0x5d: // ]
        stack.pop();
        break;
      case 0x2c: // ,
        if (top === undefined) break;
        if (top.array) top.index++;
        else top.expectKey = true;
        break;
      default:
        break;
    }
  }
  return undefined;
}

/**
 * Line and column (both from 1) of an offset in a text.
 *
 * @param text - the text
 * @param offset - a character offset
 * @returns `line:column`
 * @internal
 */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}
