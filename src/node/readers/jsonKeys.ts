import type { JsonPath } from '../../errors/issue.js';

interface Level {
  /** Keys seen so far, for an object; undefined for an array. */
  readonly keys: Set<string> | undefined;
  /** The key or index of the child being read. */
  at: string | number;
  expectKey: boolean;
}

/**
 * Finds the first key that one object of a JSON text repeats (`JSON.parse` keeps the last
 * silently). The text must already have parsed; the scan is iterative, so depth costs nothing.
 *
 * @param text - valid JSON
 * @returns the repeated key, the path of the repeat and its offset in the text; undefined when none
 * @internal
 */
export function _findDuplicateKey(text: string): { key: string; path: JsonPath; at: number } | undefined {
  // Objects with one key cannot repeat one: most small texts leave here.
  if (text.indexOf(',') < 0) return undefined;
  const stack: Level[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const start = i;
      let escaped = false;
      i++;
      for (;;) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) {
          escaped = true;
          i += 2;
        } else if (d === 0x22 || Number.isNaN(d)) break;
        else i++;
      }
      i++;
      const top = stack[stack.length - 1];
      if (top?.keys && top.expectKey) {
        const key = escaped ? (JSON.parse(text.slice(start, i)) as string) : text.slice(start + 1, i - 1);
        if (top.keys.has(key)) return { key, path: [...stack.slice(0, -1).map((l) => l.at), key], at: start };
        top.keys.add(key);
        top.at = key;
        top.expectKey = false;
      }
      continue;
    }
    if (c === 0x7b) stack.push({ keys: new Set(), at: '', expectKey: true });
    else if (c === 0x5b) stack.push({ keys: undefined, at: 0, expectKey: false });
    else if (c === 0x7d || c === 0x5d) stack.pop();
    else if (c === 0x2c) {
      const top = stack[stack.length - 1];
      if (top?.keys) top.expectKey = true;
      else if (top) top.at = (top.at as number) + 1;
    }
    i++;
  }
  return undefined;
}
