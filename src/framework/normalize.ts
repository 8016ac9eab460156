/**
 * NFC normalisation of JSON values, without recursion: a file nested 100,000 levels deep (which
 * `JSON.parse` reads) is copied or refused with an issue, never a stack overflow. Frameworks get
 * the checked form, which also bounds nesting and finds numbers that are not finite, before any
 * recursive pass (schema validation, `extends`, rule parsing) sees the value.
 *
 * @module
 */
import { type Issue, issue, type JsonPath } from '../errors/issue.js';

/** Limits of the checked walk. @internal */
export interface NormalizeLimits {
  /** Containers nested deeper than this outside rules give `json_too_deep` (the root container is 1). */
  readonly maxDepth: number;
  /** Whether the value at a path is a rule, whose own nesting counts from there. */
  readonly isRule: (path: JsonPath) => boolean;
  /** Containers nested deeper than this inside a rule give `rule_too_deep` (the rule's own container is 1). */
  readonly maxRuleDepth: number;
  /** Issues after which the walk stops reporting (a hostile file could hold millions). */
  readonly maxIssues: number;
}

type Container = unknown[] | Record<string, unknown>;

interface Frame {
  readonly source: object;
  readonly out: Container;
  readonly parent: Frame | null;
  readonly key: string | number;
  /** Container nesting, the root container being 1. */
  readonly depth: number;
  /** Nesting inside a rule, the rule's own container being 1; 0 outside rules. */
  readonly ruleDepth: number;
}

/** Rule positions sit a few levels below the root; deeper containers are never asked about. */
const RULE_POSITION_DEPTH = 8;

function pathOf(frame: Frame | null, last?: string | number): (string | number)[] {
  const path: (string | number)[] = last === undefined ? [] : [last];
  for (let f = frame; f !== null && f.parent !== null; f = f.parent) path.push(f.key);
  return path.reverse();
}

function isContainer(value: unknown): value is object {
  return value !== null && typeof value === 'object';
}

function put(out: Container, key: string | number, value: unknown): void {
  // Defined, never assigned: an own key named `__proto__` stays plain data.
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
}

function depthIssue(code: 'rule_too_deep' | 'json_too_deep', path: JsonPath, limit: number): Issue {
  return code === 'rule_too_deep' ? issue(code, path, { max: limit }) : issue(code, path, { max: limit });
}

function nonFinite(path: JsonPath, value: number): Issue {
  const text = Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
  return issue('non_finite_number', path, { value: text });
}

function duplicateKey(path: JsonPath, first: string, second: string): Issue {
  return issue('duplicate_key', path, { kind: 'nfc', first, second });
}

function emptyLike(value: object): Container {
  return Array.isArray(value) ? new Array<unknown>(value.length) : {};
}

/**
 * Copies a framework value with every string and key NFC-normalised, checking on the way what no
 * later pass could check safely: nesting (`rule_too_deep` inside rules, `json_too_deep` elsewhere),
 * numbers that are not finite (`non_finite_number`, e.g. `1e309`, which `JSON.parse` reads as
 * Infinity) and keys that become equal once normalised (`duplicate_key`). Iterative: any depth is
 * answered with an issue. A cyclic value is cut at the depth limit.
 *
 * @param value - a JSON value
 * @param limits - nesting limits and rule positions
 * @returns the normalised copy (meaningful only without issues) and the issues, in document order
 * @internal
 */
export function normalizeChecked(value: unknown, limits: NormalizeLimits): { value: unknown; issues: Issue[] } {
  const issues: Issue[] = [];
  const report = (found: Issue): void => {
    if (issues.length < limits.maxIssues) issues.push(found);
  };
  const leaf = (frame: Frame | null, key: string | number | undefined, v: unknown): unknown => {
    if (typeof v === 'string') return v.normalize('NFC');
    if (typeof v === 'number' && !Number.isFinite(v)) report(nonFinite(pathOf(frame, key), v));
    return v;
  };
  if (!isContainer(value)) return { value: leaf(null, undefined, value), issues };
  const rootRule = limits.isRule([]) ? 1 : 0;
  const root: Frame = { source: value, out: emptyLike(value), parent: null, key: '', depth: 1, ruleDepth: rootRule };
  // Children are pushed in reverse so that issues come out in document order.
  const stack: Frame[] = [root];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const entries: [string | number, unknown][] = Array.isArray(frame.source)
      ? (frame.source as unknown[]).map((v, i) => [i, v])
      : Object.keys(frame.source).map((k) => [k, (frame.source as Record<string, unknown>)[k]]);
    const children: Frame[] = [];
    const originalKeys = new Map<string, string>();
    for (const [rawKey, child] of entries) {
      const key = typeof rawKey === 'string' ? rawKey.normalize('NFC') : rawKey;
      if (typeof rawKey === 'string') {
        const before = originalKeys.get(key as string);
        if (before !== undefined) report(duplicateKey(pathOf(frame, key), before, rawKey));
        originalKeys.set(key as string, rawKey);
      }
      if (!isContainer(child)) {
        put(frame.out, key, leaf(frame, key, child));
        continue;
      }
      const depth = frame.depth + 1;
      let ruleDepth = frame.ruleDepth > 0 ? frame.ruleDepth + 1 : 0;
      if (ruleDepth === 0 && depth <= RULE_POSITION_DEPTH && limits.isRule(pathOf(frame, key))) ruleDepth = 1;
      if (ruleDepth > limits.maxRuleDepth) {
        report(depthIssue('rule_too_deep', pathOf(frame, key), limits.maxRuleDepth));
        put(frame.out, key, null);
        continue;
      }
      if (ruleDepth === 0 && depth > limits.maxDepth) {
        report(depthIssue('json_too_deep', pathOf(frame, key), limits.maxDepth));
        put(frame.out, key, null);
        continue;
      }
      const out = emptyLike(child);
      put(frame.out, key, out);
      children.push({ source: child, out, parent: frame, key, depth, ruleDepth });
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Frame);
  }
  return { value: root.out, issues };
}

/**
 * Copies a JSON value with every string NFC-normalised, so Vietnamese typed in decomposed form
 * (common from macOS and some keyboards) compares equal to the precomposed form.
 * Own keys named `__proto__` stay plain data: they are defined, never assigned. Works at any depth
 * (no recursion); a value met twice (shared or cyclic) is copied once, so cycles stay cycles.
 * Two keys of one object that are equal once normalised keep the last value, as `JSON.parse` does
 * with duplicates: files are read with `readJsonFile`, which refuses both, and frameworks are
 * checked with their own walk.
 *
 * @param value - a JSON value
 * @returns the normalised copy
 * @category Formats
 */
export function normalizeJson(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (!isContainer(value)) return value;
  const copies = new WeakMap<object, Container>();
  const todo: Frame[] = [];
  const copyOf = (source: object, parent: Frame | null, key: string | number): Container => {
    const known = copies.get(source);
    if (known !== undefined) return known;
    const out = emptyLike(source);
    copies.set(source, out);
    todo.push({ source, out, parent, key, depth: 0, ruleDepth: 0 });
    return out;
  };
  const root = copyOf(value, null, '');
  while (todo.length > 0) {
    const frame = todo.pop() as Frame;
    const { source, out } = frame;
    for (const rawKey of Object.keys(source)) {
      const child = (source as Record<string, unknown>)[rawKey];
      const key = Array.isArray(source) ? Number(rawKey) : rawKey.normalize('NFC');
      let copy: unknown = child;
      if (typeof child === 'string') copy = child.normalize('NFC');
      else if (isContainer(child)) copy = copyOf(child, frame, key);
      put(out, key, copy);
    }
  }
  return root;
}
