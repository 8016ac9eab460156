/**
 * Parsing `{ op: args }`: the operator looked up once (own properties only), plugin definitions
 * and arity checked, argument scopes set, and the shapes of `var`, `missing` and `missing_some`
 * (whose paths must not reach prototypes) built.
 *
 * @module
 * @internal
 */
import { issue, type JsonPath } from '../../errors/issue.js';
import { constantOf } from '../compiler/constant.js';
import { standardOperators } from '../operators/standard.js';
import { isUnsafeSegment } from '../path.js';
import type { OperatorDefinition } from '../types.js';
import type { RuleNode, RuleScope, StandardOperatorName, VarTarget } from './nodes.js';
import type { ParseState } from './parse.js';

/** Parses a nested value (the parser's own function, passed in so the two modules form no cycle). */
export type ParseValue = (
  rule: unknown,
  path: JsonPath,
  depth: number,
  scope: RuleScope,
  state: ParseState,
) => RuleNode;

/** Where an operation sits. */
export interface ParsedValue {
  readonly path: JsonPath;
  readonly depth: number;
  readonly scope: RuleScope;
}

const ITERATION: ReadonlySet<string> = /* @__PURE__ */ new Set(['map', 'filter', 'reduce', 'all', 'some', 'none']);

function argPath(path: JsonPath, op: string, listed: boolean, index: number): JsonPath {
  return Object.freeze(listed ? [...path, op, index] : [...path, op]);
}

function unsafePath(state: ParseState, at: JsonPath, text: string): void {
  state.issues.push(issue('unsafe_var_path', at, { path: text }));
}

function isUnsafePath(path: unknown): boolean {
  return (typeof path === 'string' || typeof path === 'number') && String(path).split('.').some(isUnsafeSegment);
}

function checkPlugin(op: string, definition: OperatorDefinition, count: number, at: JsonPath, state: ParseState): void {
  const kind = (definition as { kind?: unknown }).kind;
  if ((kind !== 'eager' && kind !== 'lazy') || typeof definition.evaluate !== 'function') {
    state.issues.push(issue('invalid_operator', at, { operator: op }));
  }
  const arity = definition.arity;
  if (arity === undefined) return;
  const [min, max] = typeof arity === 'number' ? [arity, arity] : arity;
  if (count >= min && count <= max) return;
  state.issues.push(
    issue('invalid_arity', at, { operator: op, min, max: max === Number.POSITIVE_INFINITY ? null : max, count }),
  );
}

/** The scope of argument `index` of an operator: list items for iteration and scoped arguments. */
function argScope(
  op: string,
  standard: boolean,
  definition: OperatorDefinition | undefined,
  index: number,
  scope: RuleScope,
): RuleScope {
  if (standard) {
    if (index === 1 && ITERATION.has(op)) return op === 'reduce' ? 'reduce' : 'item';
    return scope;
  }
  if (definition?.kind === 'lazy' && definition.scopedArgs?.includes(index)) return 'item';
  return scope;
}

/**
 * The key rules of `missing` and `missing_some`: the items of the first argument when it is an
 * array (json-logic-js then ignores the others), else the arguments.
 */
function keysOf(list: readonly RuleNode[]): readonly RuleNode[] {
  const first = list[0];
  return Object.freeze(first?.kind === 'array' ? first.items : list);
}

/** Keys known when the rule is parsed (literal or computed from constants) must be safe paths. */
function checkKeys(args: readonly RuleNode[], at: JsonPath, state: ParseState): void {
  for (const node of args) {
    const known = constantOf(node);
    if (known === undefined) continue;
    const keys: readonly unknown[] = Array.isArray(known.value) ? known.value : [known.value];
    for (const key of keys) {
      const path = Array.isArray(key) ? key[0] : key;
      if (isUnsafePath(path)) unsafePath(state, at, String(path));
    }
  }
}

function varTarget(first: RuleNode | undefined, at: JsonPath, state: ParseState, clean: boolean): VarTarget {
  if (first === undefined) return { kind: 'data' };
  if (first.kind === 'literal') {
    const v = first.value;
    if (v === undefined || v === null || v === '') return { kind: 'data' };
    if (typeof v === 'string' || typeof v === 'number') {
      const path = String(v);
      const segments = Object.freeze(path.split('.'));
      if (segments.some(isUnsafeSegment)) unsafePath(state, at, path);
      return Object.freeze({ kind: 'path', path, segments });
    }
  }
  // A path computed from constants is known now, and checked now (as the compiler will read it).
  const known = clean ? constantOf(first) : undefined;
  if (known !== undefined && known.value !== undefined && known.value !== null && known.value !== '') {
    const text = String(known.value);
    if (text.split('.').some(isUnsafeSegment)) unsafePath(state, at, text);
  }
  return Object.freeze({ kind: 'computed', node: first });
}

/**
 * Parses `{ op: args }` (an object with exactly one key).
 *
 * @param rule - the object
 * @param at - where it is
 * @param state - parse state
 * @param parseValue - parses the arguments
 * @returns the node, or undefined when the operator is unknown
 */
export function parseOperation(
  rule: Record<string, unknown>,
  at: ParsedValue,
  state: ParseState,
  parseValue: ParseValue,
): RuleNode | undefined {
  const { path, depth, scope } = at;
  const op = Object.keys(rule)[0] as string;
  const raw = rule[op];
  const listed = Array.isArray(raw);
  const values: readonly unknown[] = listed ? (raw as unknown[]) : [raw];
  const standard = Object.hasOwn(standardOperators, op);
  const plugins = state.plugins;
  const definition = standard
    ? standardOperators[op]
    : plugins !== undefined && Object.hasOwn(plugins, op)
      ? plugins[op]
      : undefined;
  const opPath = Object.freeze([...path, op]);
  if (definition === undefined) {
    state.issues.push(issue('unknown_operator', opPath, { operator: op }));
  } else if (!standard) {
    checkPlugin(op, definition, values.length, opPath, state);
  }
  // Arguments are parsed even under an unknown operator, so every problem is reported at once.
  // An argument parsed without issue can be folded to a constant for the path checks below.
  const clean: boolean[] = [];
  const args = Object.freeze(
    values.map((value, i) => {
      const before = state.issues.length;
      const node = parseValue(
        value,
        argPath(path, op, listed, i),
        depth + 1,
        argScope(op, standard, definition, i, scope),
        state,
      );
      clean.push(state.issues.length === before && !state.aborted);
      return node;
    }),
  );
  if (definition === undefined) return undefined;
  switch (standard ? op : '') {
    case 'var': {
      const target = varTarget(args[0], argPath(path, op, listed, 0), state, clean[0] === true);
      return Object.freeze({ kind: 'var', target, fallback: args[1], args, path, scope });
    }
    case 'missing': {
      checkKeys(
        args.filter((_, i) => clean[i]),
        opPath,
        state,
      );
      return Object.freeze({ kind: 'missing', keys: keysOf(args), args, path, scope });
    }
    case 'missing_some': {
      const list = args[1];
      if (list !== undefined && clean[1]) checkKeys([list], opPath, state);
      const keys = list === undefined ? Object.freeze([]) : keysOf([list]);
      return Object.freeze({ kind: 'missing_some', need: args[0], keys, args, path, scope });
    }
    case '':
      return Object.freeze({ kind: 'plugin', op, operator: definition, args, path, scope });
    default:
      return Object.freeze({
        kind: 'standard',
        op: op as StandardOperatorName,
        operator: definition,
        args,
        path,
        scope,
      });
  }
}
