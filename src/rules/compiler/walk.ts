/**
 * The recursive walk over a rule: limits, operator lookup (own properties only), arity, and
 * dispatch to the builders.
 *
 * @module
 * @internal
 */
import type { JsonPath } from '../../errors/issue.js';
import { issue } from '../../errors/issue.js';
import { isRuleObject } from '../path.js';
import type { OperatorDefinition, RuleFn } from '../types.js';
import { buildAndOr, buildIf, buildIteration, type IterationOperator } from './control.js';
import { buildCall, buildStandardEager } from './eager.js';
import { argPath, type CompileState, constant, finish, type Node } from './node.js';
import { buildMissing, buildMissingSome, buildVar } from './var.js';

const STOPPED: Node = { fn: () => null, constant: false, value: undefined, pure: false };

/**
 * Compiles one rule value at `path`, nested `depth` containers deep.
 *
 * @param rule - the rule value
 * @param path - its JSON path inside the whole rule
 * @param depth - container nesting of this value (the root container is 1)
 * @param state - compile state
 * @returns the node
 */
export function compileValue(rule: unknown, path: JsonPath, depth: number, state: CompileState): Node {
  if (state.aborted) return STOPPED;
  if (++state.nodes > state.maxNodes) {
    state.aborted = true;
    state.issues.push(issue('rule_too_large', [], { max: state.maxNodes }));
    return STOPPED;
  }
  const isArray = Array.isArray(rule);
  if (!isArray && !isRuleObject(rule)) return constant(rule);
  if (depth > state.maxDepth) {
    state.issues.push(issue('rule_too_deep', path, { max: state.maxDepth }));
    return STOPPED;
  }
  if (isArray) return compileArray(rule as readonly unknown[], path, depth, state);
  return compileOperation(rule as Record<string, unknown>, path, depth, state);
}

function compileArray(rule: readonly unknown[], path: JsonPath, depth: number, state: CompileState): Node {
  const items = rule.map((item, i) => compileValue(item, [...path, i], depth + 1, state));
  const fns = items.map((n) => n.fn);
  const fn: RuleFn = (data, ctx) => {
    const out = new Array<unknown>(fns.length);
    for (let i = 0; i < fns.length; i++) out[i] = (fns[i] as RuleFn)(data, ctx);
    return out;
  };
  return finish(fn, true, items);
}

function lookup(op: string, state: CompileState): { definition: OperatorDefinition; standard: boolean } | undefined {
  if (Object.hasOwn(state.standard, op))
    return { definition: state.standard[op] as OperatorDefinition, standard: true };
  if (state.plugins !== undefined && Object.hasOwn(state.plugins, op)) {
    return { definition: state.plugins[op] as OperatorDefinition, standard: false };
  }
  return undefined;
}

function compileOperation(rule: Record<string, unknown>, path: JsonPath, depth: number, state: CompileState): Node {
  const op = Object.keys(rule)[0] as string;
  const raw = rule[op];
  const listed = Array.isArray(raw);
  const values: readonly unknown[] = listed ? (raw as unknown[]) : [raw];
  const found = lookup(op, state);
  if (found === undefined) {
    state.issues.push(issue('unknown_operator', [...path, op], { operator: op }));
  } else if (!found.standard) {
    checkPlugin(op, found.definition, values.length, [...path, op], state);
  }
  // Arguments are compiled even under an unknown operator, so every problem is reported at once.
  const args = values.map((value, i) => compileValue(value, argPath(path, op, listed, i), depth + 1, state));
  if (found === undefined || state.aborted) return STOPPED;
  if (!found.standard) return buildCall(found.definition, args, found.definition.pure === true);
  switch (op) {
    case 'var':
      return buildVar(args, argPath(path, op, listed, 0), state);
    case 'missing':
      return buildMissing(args, [...path, op], state);
    case 'missing_some':
      return buildMissingSome(args, [...path, op], state);
    case 'if':
    case '?:':
      return buildIf(args);
    case 'and':
    case 'or':
      return buildAndOr(args, op === 'and');
    case 'map':
    case 'filter':
    case 'reduce':
    case 'all':
    case 'some':
    case 'none':
      return buildIteration(op as IterationOperator, args);
    default:
      return buildStandardEager(op, found.definition, args);
  }
}

function checkPlugin(
  op: string,
  definition: OperatorDefinition,
  count: number,
  at: JsonPath,
  state: CompileState,
): void {
  const runnable =
    definition.lazy === true
      ? typeof definition.evaluateLazy === 'function'
      : typeof definition.evaluate === 'function';
  if (!runnable) {
    state.issues.push(
      issue('invalid_operator', at, {
        operator: op,
        function: definition.lazy === true ? 'evaluateLazy' : 'evaluate',
      }),
    );
  }
  const arity = definition.arity;
  if (arity === undefined) return;
  const [min, max] = typeof arity === 'number' ? [arity, arity] : arity;
  if (count >= min && count <= max) return;
  state.issues.push(
    issue('invalid_arity', at, {
      operator: op,
      min,
      max: max === Number.POSITIVE_INFINITY ? null : max,
      count,
    }),
  );
}
