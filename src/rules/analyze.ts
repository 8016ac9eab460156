/**
 * Static analysis of a rule: which evidence paths it reads and which operators it uses, for the
 * framework validator (rules may read only declared evidence and derived names).
 *
 * @module
 */

import { standardOperators } from './operators/standard.js';
import { isRuleObject } from './path.js';
import type { OperatorDefinition, OperatorTable } from './types.js';

/** What {@link analyzeRule} found. @category Rules */
export interface RuleAnalysis {
  /** Literal top-level paths read by `var`, `missing`, `missing_some` and operators' `reads`, in order. */
  readonly reads: readonly string[];
  /** Operator names used, in order of first use (unknown ones included). */
  readonly operators: readonly string[];
  /** True when some top-level read has a path computed at run time, or reads the whole data (`{"var":""}`). */
  readonly dynamicReads: boolean;
}

/** Options of {@link analyzeRule}. @category Rules */
export interface AnalyzeRuleOptions {
  /** Extra operators (their `reads` and `scopedArgs` are used). */
  readonly operators?: OperatorTable;
  /** Nesting beyond which the walk stops (default 64, like the compiler). */
  readonly maxDepth?: number;
  /** Number of values after which the walk stops (default 10,000, like the compiler). */
  readonly maxNodes?: number;
}

const ITERATION = ['map', 'filter', 'reduce', 'all', 'some', 'none'];

interface Walk {
  readonly standard: OperatorTable;
  readonly plugins: OperatorTable | undefined;
  readonly maxDepth: number;
  nodesLeft: number;
  readonly reads: Set<string>;
  readonly operators: Set<string>;
  dynamic: boolean;
}

function readKey(key: unknown, walk: Walk, scoped: boolean, depth: number): void {
  const path = Array.isArray(key) ? key[0] : key;
  if (typeof path === 'string' || typeof path === 'number') {
    if (path === '') walk.dynamic ||= !scoped;
    else if (!scoped) walk.reads.add(String(path));
    return;
  }
  if (path === null || path === undefined) {
    walk.dynamic ||= !scoped;
    return;
  }
  walk.dynamic ||= !scoped;
  visit(key, walk, scoped, depth + 1);
}

function definitionOf(op: string, walk: Walk): OperatorDefinition | undefined {
  if (Object.hasOwn(walk.standard, op)) return walk.standard[op];
  if (walk.plugins !== undefined && Object.hasOwn(walk.plugins, op)) return walk.plugins[op];
  return undefined;
}

function visit(rule: unknown, walk: Walk, scoped: boolean, depth: number): void {
  // Bounded like the compiler, so a cyclic or huge value cannot make the walk run away.
  if (depth > walk.maxDepth || --walk.nodesLeft < 0) return;
  if (Array.isArray(rule)) {
    for (const item of rule) visit(item, walk, scoped, depth + 1);
    return;
  }
  if (!isRuleObject(rule)) return;
  const op = Object.keys(rule)[0] as string;
  const raw = rule[op];
  const args: readonly unknown[] = Array.isArray(raw) ? raw : [raw];
  walk.operators.add(op);
  const definition = definitionOf(op, walk);
  if (op === 'var' && definition !== undefined) {
    readKey(args[0], walk, scoped, depth);
    for (const arg of args.slice(1)) visit(arg, walk, scoped, depth + 1);
    return;
  }
  if ((op === 'missing' || op === 'missing_some') && definition !== undefined) {
    const list = op === 'missing' ? args : [args[1]];
    const keys = Array.isArray(list[0]) ? (list[0] as unknown[]) : list;
    for (const key of keys) readKey(key, walk, scoped, depth);
    if (op === 'missing_some') visit(args[0], walk, scoped, depth + 1);
    return;
  }
  if (!scoped && definition?.reads !== undefined) {
    for (const path of definition.reads(args)) walk.reads.add(path);
  }
  const scopedArgs: readonly number[] =
    Object.hasOwn(walk.standard, op) && ITERATION.includes(op) ? [1] : (definition?.scopedArgs ?? []);
  args.forEach((arg, i) => {
    visit(arg, walk, scoped || scopedArgs.includes(i), depth + 1);
  });
}

/**
 * Finds what a rule reads and which operators it uses, without compiling it. Reads inside iteration
 * scopes (`map`, `filter`, …, and plugin `scopedArgs`) read list items, so they are not listed.
 *
 * @param rule - a json-logic rule
 * @param options - extra operators
 * @returns reads, operators and whether some read path is dynamic
 * @example analyzeRule({ and: [{ var: 'a' }, { missing: ['b'] }] }) // { reads: ['a', 'b'], operators: ['and', 'var', 'missing'], dynamicReads: false }
 * @category Rules
 */
export function analyzeRule(rule: unknown, options: AnalyzeRuleOptions = {}): RuleAnalysis {
  const walk: Walk = {
    standard: standardOperators(),
    plugins: options.operators,
    maxDepth: options.maxDepth ?? 64,
    nodesLeft: options.maxNodes ?? 10_000,
    reads: new Set(),
    operators: new Set(),
    dynamic: false,
  };
  visit(rule, walk, false, 1);
  return { reads: [...walk.reads], operators: [...walk.operators], dynamicReads: walk.dynamic };
}
