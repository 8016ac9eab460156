/**
 * Rule trees to JavaScript source: one function `(d, c) => …` per rule, with the same semantics as
 * the closures of the rule compiler (`rules/compiler`). Whatever the compiler computes at compile
 * time is taken from the compiler itself (`build`), so constant folding agrees by construction;
 * every other node becomes an expression calling the helpers of `cdht/aot-runtime` — the
 * functions the compiler's closures call. Names in the output are generated (`f1`, `k2`, …); text
 * from the framework appears only as string literals.
 *
 * @module
 * @internal
 */
import { CdhtError, type JsonPath } from '../errors/issue.js';
import { toolingIssue } from '../errors/toolingIssue.js';
import { build } from '../rules/compiler/build.js';
import type { CompileState } from '../rules/compiler/node.js';
import { domainOperators } from '../rules/operators/domain.js';
import { standardOperators } from '../rules/operators/standard.js';
import { isUnsafeSegment } from '../rules/path.js';
import type { PluginNode, RuleNode, StandardNode } from '../rules/tree/nodes.js';
import { constantSource, str } from './literal.js';

/** Where generated declarations go: module-level constants and functions, in order. */
export interface EmitOutput {
  readonly lines: string[];
  next: number;
}

/** A fresh generated name. */
function fresh(out: EmitOutput, prefix: string): string {
  out.next += 1;
  return `${prefix}${out.next}`;
}

function hoist(out: EmitOutput, prefix: string, source: string): string {
  const name = fresh(out, prefix);
  out.lines.push(`const ${name} = ${source};`);
  return name;
}

/** The context of one rule: its compile state and the module names of its derived set. */
export interface RuleEmitState {
  readonly state: CompileState;
  /** Module constant holding `state.derived` as a Set. */
  readonly derivedName: string;
  /** Where the rule is in the framework, for errors. */
  readonly path: JsonPath;
}

const BINARY: Readonly<Record<string, (a: string, b: string) => string>> = {
  '==': (a, b) => `(${a} == ${b})`,
  '===': (a, b) => `(${a} === ${b})`,
  '!=': (a, b) => `(${a} != ${b})`,
  '!==': (a, b) => `(${a} !== ${b})`,
  '>': (a, b) => `(${a} > ${b})`,
  '>=': (a, b) => `(${a} >= ${b})`,
  '<': (a, b) => `(${a} < ${b})`,
  '<=': (a, b) => `(${a} <= ${b})`,
  '+': (a, b) => `$.plus(${a}, ${b})`,
  '*': (a, b) => `($.toFloat(${a}) * $.toFloat(${b}))`,
  '-': (a, b) => `$.minus(${a}, ${b})`,
  '/': (a, b) => `(${a} / ${b})`,
  '%': (a, b) => `(${a} % ${b})`,
  in: (a, b) => `$.inOp(${a}, ${b})`,
};

/**
 * Emits a node as an expression of `d` (the data scope) and `c` (the context).
 *
 * @param node - the node
 * @param rs - the rule's state
 * @param out - where hoisted declarations go
 * @returns the expression
 */
export function emitNode(node: RuleNode, rs: RuleEmitState, out: EmitOutput): string {
  const built = build(node, rs.state);
  if (built.constant) {
    const source = constantSource(built.value);
    if (source !== undefined) {
      return Array.isArray(built.value) ? hoist(out, 'k', source) : source;
    }
  }
  switch (node.kind) {
    case 'literal': {
      // A literal that cannot be written (a JavaScript-only value): not from a JSON file.
      throw new CdhtError([
        toolingIssue('aot_unsupported', [...rs.path, ...node.path], { kind: 'value', type: typeof node.value }),
      ]);
    }
    case 'array':
      return `[${node.items.map((n) => emitNode(n, rs, out)).join(', ')}]`;
    case 'var':
      return emitVar(node, rs, out);
    case 'missing':
      return `$.missingOf([${node.args.map((n) => emitNode(n, rs, out)).join(', ')}], d, c, ${rs.derivedName})`;
    case 'missing_some':
      return `$.missingSomeOf([${node.args.map((n) => emitNode(n, rs, out)).join(', ')}], d, c, ${rs.derivedName})`;
    case 'plugin':
      return emitCall(node, rs, out);
    case 'standard':
      return emitStandard(node, rs, out);
  }
}

/** Emits a node as a module-level function `(d, c)`, returning its name. */
function emitFunction(node: RuleNode, rs: RuleEmitState, out: EmitOutput): string {
  const body = emitNode(node, rs, out);
  const name = fresh(out, 'f');
  out.lines.push(`function ${name}(d, c) {\n  return ${body};\n}`);
  return name;
}

function emitVar(node: Extract<RuleNode, { kind: 'var' }>, rs: RuleEmitState, out: EmitOutput): string {
  const target = node.target;
  if (target.kind === 'data') return 'd';
  let path: string;
  if (target.kind === 'path') path = target.path;
  else {
    const computed = build(target.node, rs.state);
    if (!computed.constant) {
      const pathFn = emitFunction(target.node, rs, out);
      const fallback = node.fallback === undefined ? 'null' : emitFunction(node.fallback, rs, out);
      const v = hoist(out, 'v', `$.dynamicVar(${pathFn}, ${fallback}, ${rs.derivedName})`);
      return `${v}(d, c)`;
    }
    const a = computed.value;
    if (a === undefined || a === '' || a === null) return 'd';
    path = String(a);
  }
  const segments = path.split('.');
  if (segments.some(isUnsafeSegment)) return 'null';
  const head = segments[0] as string;
  const fromDerived = rs.state.derived.has(head);
  const slot = fromDerived ? -1 : (rs.state.slots?.get(head) ?? -1);
  const segs = hoist(out, 'p', `Object.freeze([${segments.map(str).join(', ')}])`);
  if (!fromDerived && node.fallback === undefined) return emitRead(path, segments, slot, out);
  const fallback = node.fallback === undefined ? 'null' : emitFunction(node.fallback, rs, out);
  const v = hoist(out, 'v', `$.literalVar(${str(path)}, ${segs}, ${fallback}, ${fromDerived}, ${slot})`);
  return `${v}(d, c)`;
}

/** Source reading `segments` from `from` (own properties only, as `readOwnPath`), into `v`. */
function ownPath(from: string, segments: readonly string[]): string {
  const steps = [`v = ${from};`];
  for (const key of segments) {
    steps.push(`if (v === null || v === undefined || !Object.hasOwn(v, ${str(key)})) return undefined;`);
    steps.push(`v = v[${str(key)}];`);
  }
  steps.push('return v;');
  return steps.join('\n  ');
}

/**
 * A literal `var` without a default, as `readLiteral` computes it, written out for this path: one
 * small function per read, so each has its own property-load feedback (a shared reader sees every
 * key of the framework and its loads go megamorphic).
 */
function emitRead(path: string, segments: readonly string[], slot: number, out: EmitOutput): string {
  const own = fresh(out, 'g');
  const name = fresh(out, 'f');
  // own(v): the path from the data, or from the slot past its first segment.
  out.lines.push(`function ${own}(v) {\n  ${ownPath('v', segments).replace('v = v;\n  ', '')}\n}`);
  const fromSlot =
    slot < 0
      ? `${own}(d)`
      : segments.length === 1
        ? `(s != null ? s[${slot}] : ${own}(d))`
        : `(s != null ? ${fresh(out, 'g')}(s[${slot}]) : ${own}(d))`;
  if (slot >= 0 && segments.length > 1) {
    const rest = `g${out.next}`;
    out.lines.push(`function ${rest}(v) {\n  ${ownPath('v', segments.slice(1)).replace('v = v;\n  ', '')}\n}`);
  }
  out.lines.push(
    [
      `function ${name}(d, c) {`,
      '  let v;',
      '  if (d === c.root) {',
      '    const s = c.slots;',
      `    v = ${fromSlot};`,
      `    if (c.read !== null || (c.missing !== null && (v === undefined || v === null))) $.note(c, ${str(path)}, v, true);`,
      `  } else v = ${own}(d);`,
      '  return v === undefined ? null : v;',
      '}',
    ].join('\n'),
  );
  return `${name}(d, c)`;
}

/**
 * Which built-in table holds a node's operator — `'s'` standard, `'d'` domain — for `$.operator`
 * to find it in the module; null for a plugin's operator (or one a plugin replaced), which cannot
 * be emitted.
 * @internal
 */
export function builtinTable(node: StandardNode | PluginNode): 's' | 'd' | null {
  if (Object.hasOwn(standardOperators, node.op) && standardOperators[node.op] === node.operator) return 's';
  if (Object.hasOwn(domainOperators, node.op) && domainOperators[node.op] === node.operator) return 'd';
  return null;
}

/** A call through a built-in operator's own `evaluate` (plugins' operators cannot be emitted). */
function emitCall(node: StandardNode | PluginNode, rs: RuleEmitState, out: EmitOutput): string {
  const table = builtinTable(node);
  if (table === null) {
    throw new CdhtError([
      toolingIssue('aot_unsupported', [...rs.path, ...node.path], { kind: 'operator', operator: node.op }),
    ]);
  }
  const op = hoist(out, 'o', `$.operator(${str(table)}, ${str(node.op)})`);
  if (node.operator.kind === 'lazy') {
    const fns = hoist(out, 'a', `Object.freeze([${node.args.map((a) => emitFunction(a, rs, out)).join(', ')}])`);
    return `${op}.evaluate(${fns}, c, d)`;
  }
  return `${op}.evaluate([${node.args.map((a) => emitNode(a, rs, out)).join(', ')}], c, d)`;
}

function emitStandard(node: StandardNode, rs: RuleEmitState, out: EmitOutput): string {
  const args = node.args;
  const e = (n: RuleNode): string => emitNode(n, rs, out);
  switch (node.op) {
    case 'if':
    case '?:': {
      // [c1, v1, c2, v2, …, else?]; without an else, null. Constant conditions cost nothing.
      let text = args.length % 2 === 1 ? e(args[args.length - 1] as RuleNode) : 'null';
      for (let i = args.length - (args.length % 2 === 1 ? 3 : 2); i >= 0; i -= 2) {
        text = `($.truthy(${e(args[i] as RuleNode)}) ? ${e(args[i + 1] as RuleNode)} : ${text})`;
      }
      return text;
    }
    case 'and':
    case 'or': {
      if (args.length === 0) return 'undefined';
      if (args.length === 1) return e(args[0] as RuleNode);
      const stop = node.op === 'and' ? '!$.truthy(x)' : '$.truthy(x)';
      const steps = args.map((a, i) =>
        i === args.length - 1 ? `  return ${e(a)};` : `  x = ${e(a)};\n  if (${stop}) return x;`,
      );
      const name = fresh(out, 'f');
      out.lines.push(`function ${name}(d, c) {\n  let x;\n${steps.join('\n')}\n}`);
      return `${name}(d, c)`;
    }
    case 'map':
    case 'filter':
    case 'reduce':
    case 'all':
    case 'some':
    case 'none':
      return emitIteration(node, rs, out);
    default:
      return emitEager(node, rs, out);
  }
}

function emitIteration(node: StandardNode, rs: RuleEmitState, out: EmitOutput): string {
  const list = node.args[0] === undefined ? 'undefined' : emitNode(node.args[0], rs, out);
  const scoped = node.args[1] === undefined ? null : emitFunction(node.args[1], rs, out);
  const call = (item: string): string => (scoped === null ? 'undefined' : `${scoped}(${item}, c)`);
  const name = fresh(out, 'f');
  let body: string;
  switch (node.op) {
    case 'map':
      body = `const items = ${list};\n  return Array.isArray(items) ? items.map((item) => ${call('item')}) : [];`;
      break;
    case 'filter':
      body = `const items = ${list};\n  return Array.isArray(items) ? items.filter((item) => $.truthy(${call('item')})) : [];`;
      break;
    case 'reduce': {
      const initial = node.args[2] === undefined ? 'null' : emitNode(node.args[2], rs, out);
      body = `const items = ${list};\n  const start = ${initial};\n  if (!Array.isArray(items)) return start;\n  return items.reduce((accumulator, current) => ${call('{ current, accumulator }')}, start);`;
      break;
    }
    default: {
      // all: false on empty; some: false on empty; none: true on empty (json-logic-js).
      const op = node.op;
      const stopOn = op !== 'all';
      const onStop = op === 'all' ? false : op === 'some';
      const end = op === 'all' ? true : op !== 'some';
      body = `const items = ${list};\n  if (!Array.isArray(items) || items.length === 0) return ${op === 'none'};\n  for (let i = 0; i < items.length; i++) {\n    if ($.truthy(${call('items[i]')}) === ${stopOn}) return ${onStop};\n  }\n  return ${end};`;
    }
  }
  out.lines.push(`function ${name}(d, c) {\n  ${body}\n}`);
  return `${name}(d, c)`;
}

function emitEager(node: StandardNode, rs: RuleEmitState, out: EmitOutput): string {
  const op = node.op;
  const args = node.args;
  if (args.length === 1) {
    const a = emitNode(args[0] as RuleNode, rs, out);
    if (op === '!') return `!$.truthy(${a})`;
    if (op === '!!') return `$.truthy(${a})`;
    if (op === '-') return `(-${a})`;
    if (op === '+') return `(0 + $.toFloat(${a}))`;
    return emitCall(node, rs, out);
  }
  if (args.length === 3 && (op === '<' || op === '<=')) {
    const [a, b, x] = args.map((n) => emitNode(n, rs, out));
    return `$.between(${op === '<'}, ${a}, ${b}, ${x})`;
  }
  if (args.length === 2 && Object.hasOwn(BINARY, op)) {
    const [a, b] = args.map((n) => emitNode(n, rs, out));
    return (BINARY[op] as (a: string, b: string) => string)(a as string, b as string);
  }
  return emitCall(node, rs, out);
}
