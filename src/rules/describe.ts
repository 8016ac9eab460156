/**
 * Rules as readable sentences for criteria documentation, in Vietnamese or English.
 *
 * @module
 */
import {
  BETWEEN,
  type Bilingual,
  COMPARISON,
  fill,
  formatLiteral,
  INFIX,
  joinList,
  type Locale,
  PHRASE,
  pointsText,
} from './describe/phrases.js';
import { standardOperators } from './operators/standard.js';
import { isRuleObject } from './path.js';
import type { OperatorDefinition, OperatorTable } from './types.js';

/** Options of {@link describeRule} and {@link describeAward}. @category Rules */
export interface DescribeRuleOptions {
  /** Language of the sentence. */
  readonly locale: 'vi' | 'en';
  /** Extra operators, described through their `description` templates. */
  readonly operators?: OperatorTable;
  /** Labels of evidence and derived names, e.g. `{ learningHours: { vi: 'số giờ học trong năm', en: … } }`. */
  readonly labels?: Readonly<Record<string, Bilingual>>;
}

type Kind = 'atom' | 'arith' | 'clause' | 'and' | 'or' | 'if';
type Scope = 'top' | 'item' | 'reduce';
interface Phrase {
  readonly text: string;
  readonly kind: Kind;
}
interface Env {
  readonly locale: Locale;
  readonly standard: OperatorTable;
  readonly plugins: OperatorTable | undefined;
  readonly labels: Readonly<Record<string, Bilingual>>;
  readonly scope: Scope;
  readonly depth: number;
}

const MAX_DEPTH = 64;
const ITERATION = ['map', 'filter', 'all', 'some', 'none', 'reduce'];

function phrase(text: string, kind: Kind): Phrase {
  return { text, kind };
}

function paren(p: Phrase, allowed: readonly Kind[]): string {
  return allowed.includes(p.kind) ? p.text : `(${p.text})`;
}

function say(key: keyof typeof PHRASE, env: Env, parts: readonly string[]): string {
  return fill(PHRASE[key][env.locale], parts);
}

function argsOf(rule: Record<string, unknown>): { op: string; args: readonly unknown[] } {
  const op = Object.keys(rule)[0] as string;
  const raw = rule[op];
  return { op, args: Array.isArray(raw) ? raw : [raw] };
}

function label(path: string, env: Env): string {
  if (env.scope === 'top') {
    return Object.hasOwn(env.labels, path) ? (env.labels[path] as Bilingual)[env.locale] : path;
  }
  if (env.scope === 'reduce') {
    if (path === 'current') return say('current', env, []);
    if (path === 'accumulator') return say('accumulator', env, []);
    if (path.startsWith('current.')) return say('currentField', env, [path.slice(8)]);
  }
  return path === '' ? say('item', env, []) : say('itemField', env, [path]);
}

function describeVar(args: readonly unknown[], env: Env): Phrase {
  const path = args[0];
  let text: string;
  if (path === undefined || path === null || path === '') text = say(env.scope === 'top' ? 'data' : 'item', env, []);
  else if (typeof path === 'string' || typeof path === 'number') text = label(String(path), env);
  else text = say('dynamicPath', env, [describe(path, env).text]);
  if (args.length > 1) text = say('withDefault', env, [text, describe(args[1], env).text]);
  return phrase(text, 'atom');
}

function list(args: readonly unknown[], env: Env): string {
  return args.map((a) => paren(describe(a, env), ['atom', 'arith', 'clause'])).join(', ');
}

function keyLabels(keys: unknown, env: Env): string {
  const items = Array.isArray(keys) ? keys : [keys];
  return items
    .map((k) => (typeof k === 'string' || typeof k === 'number' ? label(String(k), env) : describe(k, env).text))
    .join(', ');
}

function describeStandard(op: string, args: readonly unknown[], env: Env): Phrase | undefined {
  const d = (rule: unknown, scope: Scope = env.scope) => describe(rule, { ...env, scope, depth: env.depth + 1 });
  const operand = (rule: unknown) => paren(d(rule), ['atom', 'arith']);
  if (op === 'var') return describeVar(args, env);
  if (Object.hasOwn(COMPARISON, op)) {
    if (args.length === 3 && Object.hasOwn(BETWEEN, op)) {
      return phrase(fill((BETWEEN[op] as Bilingual)[env.locale], args.map(operand)), 'clause');
    }
    const right = args[1];
    const template =
      typeof right === 'boolean' && (op === '==' || op === '===') ? PHRASE.is : (COMPARISON[op] as Bilingual);
    return phrase(fill(template[env.locale], [operand(args[0]), operand(right)]), 'clause');
  }
  if (Object.hasOwn(INFIX, op)) {
    if (op === '-' && args.length === 1) return phrase(`-${paren(d(args[0]), ['atom'])}`, 'arith');
    if (args.length === 1) return d(args[0]);
    return phrase(args.map((a) => paren(d(a), ['atom'])).join(` ${INFIX[op]} `), 'arith');
  }
  switch (op) {
    case 'and':
    case 'or': {
      const parts = args.map((a) => paren(d(a), ['atom', 'arith', 'clause', op]));
      return phrase(joinList(parts, PHRASE[op][env.locale]), parts.length > 1 ? op : 'clause');
    }
    case '!': {
      const inner = d(args[0]);
      if (inner.kind === 'atom') return phrase(say('not', env, [inner.text]), 'clause');
      return phrase(say('notClause', env, [paren(inner, ['atom', 'arith', 'clause'])]), 'clause');
    }
    case '!!':
    case 'log':
      return d(args[0]);
    case 'if':
    case '?:':
      return describeIf(args, env, (branch) => d(branch).text);
    case '%':
      return phrase(say('modulo', env, [operand(args[0]), operand(args[1])]), 'arith');
    case 'min':
    case 'max':
    case 'cat':
    case 'merge':
      return phrase(say(op, env, [list(args, env)]), 'atom');
    case 'substr':
      return phrase(say(args.length > 2 ? 'substrLength' : 'substr', env, args.map(operand)), 'atom');
    case 'in':
      if (Array.isArray(args[1])) {
        const options = args[1].map((a) => d(a).text);
        return phrase(say('oneOf', env, [operand(args[0]), joinList(options, PHRASE.or[env.locale])]), 'clause');
      }
      return phrase(say('contains', env, [operand(args[0]), operand(args[1])]), 'clause');
    case 'missing':
      return phrase(say('missing', env, [keyLabels(Array.isArray(args[0]) ? args[0] : args, env)]), 'clause');
    case 'missing_some':
      return phrase(say('missingSome', env, [operand(args[0]), keyLabels(args[1], env)]), 'clause');
    default:
      break;
  }
  if (ITERATION.includes(op)) {
    const scope: Scope = op === 'reduce' ? 'reduce' : 'item';
    const parts = [paren(d(args[0]), ['atom', 'arith', 'clause', 'and', 'or']), d(args[1], scope).text];
    if (op === 'reduce') parts.push(args.length > 2 ? operand(args[2]) : formatLiteral(null, env.locale));
    return phrase(say(op as 'map', env, parts), 'clause');
  }
  return undefined;
}

function describeIf(args: readonly unknown[], env: Env, branch: (rule: unknown) => string): Phrase {
  const parts: string[] = [];
  let i = 0;
  for (; i < args.length - 1; i += 2) {
    const condition = describe(args[i], { ...env, depth: env.depth + 1 });
    parts.push(say('when', env, [branch(args[i + 1]), paren(condition, ['atom', 'arith', 'clause', 'and', 'or'])]));
  }
  if (args.length === i + 1)
    parts.push(parts.length === 0 ? branch(args[i]) : say('otherwise', env, [branch(args[i])]));
  return phrase(parts.join('; '), parts.length > 1 ? 'if' : 'clause');
}

function describePlugin(definition: OperatorDefinition, args: readonly unknown[], env: Env): Phrase {
  const reads = new Set(definition.reads?.(args) ?? []);
  const scoped = definition.scopedArgs ?? [];
  const template = definition.description[env.locale];
  const count = Math.max(args.length, ...[...template.matchAll(/\{(\d+)\}/g)].map((m) => Number(m[1]) + 1));
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const arg = args[i];
    if (i >= args.length) parts.push(definition.argumentDefaults?.[i]?.[env.locale] ?? '');
    else if (typeof arg === 'string' && reads.has(arg)) parts.push(label(arg, env));
    else {
      const scope: Scope = scoped.includes(i) ? 'item' : env.scope;
      parts.push(
        paren(describe(arg, { ...env, scope, depth: env.depth + 1 }), ['atom', 'arith', 'clause', 'and', 'or']),
      );
    }
  }
  return phrase(fill(template, parts), 'atom');
}

function describe(rule: unknown, env: Env): Phrase {
  if (env.depth > MAX_DEPTH) return phrase('…', 'atom');
  if (Array.isArray(rule)) return phrase(`[${list(rule, env)}]`, 'atom');
  if (!isRuleObject(rule)) return phrase(formatLiteral(rule, env.locale), 'atom');
  const { op, args } = argsOf(rule);
  if (Object.hasOwn(env.standard, op)) {
    const standard = describeStandard(op, args, env);
    if (standard !== undefined) return standard;
  } else if (env.plugins !== undefined && Object.hasOwn(env.plugins, op)) {
    return describePlugin(env.plugins[op] as OperatorDefinition, args, env);
  }
  return phrase(JSON.stringify(rule), 'atom');
}

function environment(options: DescribeRuleOptions): Env {
  return {
    locale: options.locale,
    standard: standardOperators(),
    plugins: options.operators,
    labels: options.labels ?? {},
    scope: 'top',
    depth: 0,
  };
}

/**
 * Describes a rule as a sentence, for documentation.
 *
 * @param rule - a json-logic rule
 * @param options - language, extra operators and labels of evidence names
 * @returns the sentence (no capital, no final period, so it can be embedded)
 * @example
 * describeRule({ '>=': [{ var: 'learningHours' }, 40] }, { locale: 'vi', labels })
 * // 'số giờ học trong năm từ 40 trở lên'
 * @category Rules
 */
export function describeRule(rule: unknown, options: DescribeRuleOptions): string {
  return describe(rule, environment(options)).text;
}

const ARITHMETIC = ['+', '-', '*', '/', '%', 'min', 'max'];

function awardBranch(rule: unknown, points: number, env: Env): string {
  if (env.depth > MAX_DEPTH) return '…';
  if (rule === true) return say('fullPoints', env, [pointsText(points, env.locale)]);
  if (typeof rule === 'number') return pointsText(rule, env.locale);
  if (rule === false || rule === null) return pointsText(0, env.locale);
  if (isRuleObject(rule)) {
    const { op, args } = argsOf(rule);
    if (op === 'if' || op === '?:') return awardIf(args, points, { ...env, depth: env.depth + 1 });
    const plugin = env.plugins !== undefined && Object.hasOwn(env.plugins, op) ? env.plugins[op] : undefined;
    // An award that computes a number (arithmetic, or an operator declared to return one) gives that many points.
    if (ARITHMETIC.includes(op) || plugin?.returns === 'number') {
      return say('pointsEqual', env, [describe(rule, env).text, pointsText(points, env.locale)]);
    }
  }
  const condition = describe(rule, env);
  return say('when', env, [say('fullPoints', env, [pointsText(points, env.locale)]), condition.text]);
}

function awardIf(args: readonly unknown[], points: number, env: Env): string {
  const parts: string[] = [];
  let i = 0;
  for (; i < args.length - 1; i += 2) {
    const condition = describe(args[i], env);
    parts.push(
      say('when', env, [
        awardBranch(args[i + 1], points, env),
        paren(condition, ['atom', 'arith', 'clause', 'and', 'or']),
      ]),
    );
  }
  const otherwise = args.length === i + 1 ? awardBranch(args[i], points, env) : pointsText(0, env.locale);
  parts.push(parts.length === 0 ? otherwise : say('otherwise', env, [otherwise]));
  return parts.join('; ');
}

/**
 * Describes an indicator's award rule: `true` gives the full points, a number that many points.
 *
 * @param rule - the award rule
 * @param points - the indicator's points
 * @param options - language, extra operators and labels
 * @returns e.g. `10 điểm nếu …; 5 điểm nếu …; còn lại 0 điểm` or `đủ 10 điểm nếu …`
 * @example describeAward(true, 10, { locale: 'vi' }) // 'đủ 10 điểm'
 * @category Rules
 */
export function describeAward(rule: unknown, points: number, options: DescribeRuleOptions): string {
  return awardBranch(rule, points, environment(options));
}
