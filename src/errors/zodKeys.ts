/**
 * The properties a zod object schema allows at a path, and the one nearest to a misspelt key, so
 * `overides` is answered with “did you mean overrides?”.
 *
 * @module
 */
import type * as z from 'zod';
import type { JsonPath } from './issue.js';

type Def = {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly valueType?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly in?: z.ZodType;
  readonly getter?: () => z.ZodType;
};

/** The schemas a value at `path` may have been checked against (several under a union). */
function at(schema: z.ZodType | undefined, path: JsonPath, depth = 0): z.ZodType[] {
  if (schema === undefined || depth > 64) return [];
  const d = (schema as unknown as { _zod: { def: Def } })._zod.def;
  const next = d.innerType ?? d.in ?? d.getter?.();
  if (next !== undefined) return at(next, path, depth + 1);
  if (d.options) return d.options.flatMap((o) => at(o, path, depth + 1));
  if (path.length === 0) return [schema];
  const [key, ...rest] = path;
  const child =
    d.type === 'object'
      ? typeof key === 'string' && d.shape && Object.hasOwn(d.shape, key)
        ? d.shape[key]
        : undefined
      : (d.element ?? d.valueType);
  return at(child, rest, depth + 1);
}

/**
 * The property names the object schema at `path` allows.
 *
 * @param schema - the parsed schema
 * @param path - where the object is, from the schema's root
 * @returns the names (none when the path leads to no object)
 * @internal
 */
export function shapeKeys(schema: z.ZodType, path: JsonPath): string[] {
  const keys = new Set<string>();
  for (const s of at(schema, path)) {
    const d = (s as unknown as { _zod: { def: Def } })._zod.def;
    if (d.type === 'object' && d.shape) for (const k of Object.keys(d.shape)) keys.add(k);
  }
  return [...keys];
}

/** Edit distance (Levenshtein), case-insensitive. */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) {
      next[j] = Math.min(
        (row[j] as number) + 1,
        (next[j - 1] as number) + 1,
        (row[j - 1] as number) + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
    }
    row = next;
  }
  return row[y.length] as number;
}

/**
 * The allowed key nearest to a misspelt one: within two edits (one for a key of three letters or
 * fewer, one in four for a long key), and only when no other key is as near.
 *
 * @param key - the unknown key
 * @param allowed - the keys allowed there
 * @returns the suggestion, or undefined
 * @example nearestKey('overides', ['extends', 'overrides', 'remove']) // 'overrides'
 * @internal
 */
export function nearestKey(key: string, allowed: readonly string[]): string | undefined {
  if (key.length > 64) return undefined;
  const limit = key.length <= 3 ? 1 : Math.max(2, Math.floor(key.length / 4));
  let best: string | undefined;
  let bestDistance = limit + 1;
  let tie = false;
  for (const candidate of allowed) {
    const d = distance(key, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance) tie = true;
  }
  return best !== undefined && !tie ? best : undefined;
}
