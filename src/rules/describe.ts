/**
 * Rules as readable sentences for criteria documentation, in Vietnamese or English, read from the
 * rule tree.
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
  NEGATED_COMPARISON,
  PHRASE,
  pointsText,
} from './describe/phrases.js';
import { domainOperators } from './operators/domain.js';
import type { PluginNode, RuleNode, RuleScope, RuleTree, StandardNode } from './tree/nodes.js';
import { safeParseRule } from './tree/parse.js';
import { inferReturns } from './tree/returns.js';
import type { OperatorTable } from './types.js';

/** Options of {@link describeRule} and {@link describeAward}. @category Rules */
export interface DescribeRuleOptions {
  /** Language of the sentence. */
  readonly locale: 'vi' | 'en';
  /** Extra operators, described through their `description` templates (unused for a tree). */
  readonly operators?: OperatorTable | undefined;
  /** Labels of evidence and derived names, e.g. `{ learningHours: { vi: 'số giờ học trong năm', en: … } }`. */
  readonly labels?: Readonly<Record<string, Bilingual>> | undefined;
}

type Kind = 'atom' | 'arith' | 'clause' | 'and' | 'or' | 'if';
interface Phrase {
  readonly text: string;
  readonly kind: Kind;
}
interface Env {
  readonly locale: Locale;
  readonly labels: Readonly<Record<string, Bilingual>>;
}

const ITERATION: ReadonlySet<string> = /* @__PURE__ */ new Set(['map', 'filter', 'all', 'some', 'none', 'reduce']);
const LIST_OPS: ReadonlySet<string> = /* @__PURE__ */ new Set(['min', 'max', 'cat', 'merge']);

function phrase(text: string, kind: Kind): Phrase {
  return { text, kind };
}

function paren(p: Phrase, allowed: readonly Kind[]): string {
  return allowed.includes(p.kind) ? p.text : `(${p.text})`;
}

function say(key: keyof typeof PHRASE, env: Env, parts: readonly string[]): string {
  return fill(PHRASE[key][env.locale], parts);
}

function label(path: string, scope: RuleScope, env: Env): string {
  if (scope === 'top') return Object.hasOwn(env.labels, path) ? (env.labels[path] as Bilingual)[env.locale] : path;
  if (scope === 'reduce') {
    if (path === 'current') return say('current', env, []);
    if (path === 'accumulator') return say('accumulator', env, []);
    if (path.startsWith('current.')) return say('currentField', env, [path.slice(8)]);
  }
  return path === '' ? say('item', env, []) : say('itemField', env, [path]);
}

function literalText(node: RuleNode): string | undefined {
  return node.kind === 'literal' && (typeof node.value === 'string' || typeof node.value === 'number')
    ? String(node.value)
    : undefined;
}

/**
 * A default worth saying: not `null` (an absent value is already no value), and not `false` where
 * the value is a condition (absent already counts as not holding there).
 */
function saysDefault(fallback: RuleNode | undefined, asCondition: boolean): fallback is RuleNode {
  if (fallback === undefined) return false;
  if (fallback.kind !== 'literal') return true;
  if (fallback.value === null || fallback.value === undefined) return false;
  return !(asCondition && fallback.value === false);
}

function describeVar(node: RuleNode & { kind: 'var' }, env: Env, asCondition = false): Phrase {
  const target = node.target;
  let text: string;
  if (target.kind === 'data') text = say(node.scope === 'top' ? 'data' : 'item', env, []);
  else if (target.kind === 'path') text = label(target.path, node.scope, env);
  else text = say('dynamicPath', env, [describe(target.node, env).text]);
  if (saysDefault(node.fallback, asCondition))
    text = say('withDefault', env, [text, describe(node.fallback, env).text]);
  return phrase(text, 'atom');
}

/** The path `inPeriod(x)` reads, when `node` is that call on a `var`. */
function inPeriodOf(node: RuleNode): string | undefined {
  if (node.kind !== 'plugin' || node.operator !== domainOperators.inPeriod) return undefined;
  const x = node.args[0];
  return x?.kind === 'var' && x.target.kind === 'path' ? x.target.path : undefined;
}

/** The path `age(x) >= 1` reads (x at least a year old at the end of the period). */
function yearOldOf(node: RuleNode): string | undefined {
  if (node.kind !== 'standard' || node.op !== '>=' || node.args.length !== 2) return undefined;
  const [age, one] = node.args;
  if (one?.kind !== 'literal' || one.value !== 1) return undefined;
  if (age?.kind !== 'plugin' || age.operator !== domainOperators.age || age.args.length !== 1) return undefined;
  const x = age.args[0];
  return x?.kind === 'var' && x.target.kind === 'path' ? x.target.path : undefined;
}

/**
 * The terms of an `or`, with `inPeriod(x)` and `age(x) >= 1` side by side said as one: over a
 * calendar-year period they mean “x within the period or earlier”, not an age.
 */
function orTerms(args: readonly RuleNode[], env: Env, negated: boolean): Phrase[] {
  const terms: Phrase[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as RuleNode;
    const b = args[i + 1];
    const path = inPeriodOf(a);
    if (path !== undefined && b !== undefined && yearOldOf(b) === path) {
      terms.push(phrase(say(negated ? 'notByPeriodEnd' : 'byPeriodEnd', env, [label(path, a.scope, env)]), 'clause'));
      i++;
    } else terms.push(negated ? negate(a, env) : condition(a, env));
  }
  return terms;
}

/** A rule read as a condition (of `if`, `and`, `or`, `!`). */
function condition(node: RuleNode, env: Env): Phrase {
  return node.kind === 'var' ? describeVar(node, env, true) : describe(node, env);
}

/** “không X”, and for a Vietnamese statement “đã X” its natural negation “chưa X”. */
function notAtom(text: string, env: Env): string {
  if (env.locale === 'vi' && /^đã /i.test(text)) return `chưa ${text.slice(3)}`;
  return say('not', env, [text]);
}

/**
 * A condition that does not hold, said directly: “không A và không B” rather than “không đúng là
 * (A hoặc B)”, “dưới 7” rather than “không đúng là … từ 7 trở lên”.
 */
function negate(node: RuleNode, env: Env): Phrase {
  if (node.kind === 'standard') {
    const { op, args } = node;
    if ((op === '!' || op === '!!') && args[0] !== undefined)
      return op === '!' ? condition(args[0], env) : negate(args[0], env);
    if ((op === 'and' || op === 'or') && args.length > 0) {
      const flipped = op === 'and' ? 'or' : 'and';
      const terms = op === 'or' ? orTerms(args, env, true) : args.map((a) => negate(a, env));
      const parts = terms.map((t) => paren(t, ['atom', 'arith', 'clause', flipped]));
      return phrase(joinList(parts, PHRASE[flipped][env.locale]), parts.length > 1 ? flipped : 'clause');
    }
    if (args.length === 2 && Object.hasOwn(NEGATED_COMPARISON, op)) {
      const operand = (n: RuleNode): string => paren(describe(n, env), ['atom', 'arith']);
      const right = args[1] as RuleNode;
      const template =
        right.kind === 'literal' && typeof right.value === 'boolean' && (op === '==' || op === '===')
          ? PHRASE.isNot
          : (NEGATED_COMPARISON[op] as Bilingual);
      return phrase(fill(template[env.locale], [operand(args[0] as RuleNode), operand(right)]), 'clause');
    }
    if (op === 'in' && args[1]?.kind === 'array') {
      const options = args[1].items.map((a) => describe(a, env).text);
      const subject = paren(describe(args[0] as RuleNode, env), ['atom', 'arith']);
      return phrase(say('noneOf', env, [subject, joinList(options, PHRASE.or[env.locale])]), 'clause');
    }
  }
  if (node.kind === 'plugin' && node.operator.negation !== undefined)
    return describePlugin(node, env, node.operator.negation);
  const inner = condition(node, env);
  if (inner.kind === 'atom') return phrase(notAtom(inner.text, env), 'clause');
  return phrase(say('notClause', env, [paren(inner, ['atom', 'arith', 'clause'])]), 'clause');
}

function list(nodes: readonly RuleNode[], env: Env): string {
  return nodes.map((a) => paren(describe(a, env), ['atom', 'arith', 'clause'])).join(', ');
}

function keyLabels(keys: readonly RuleNode[], env: Env): string {
  return keys
    .map((k) => {
      const text = literalText(k);
      return text !== undefined ? label(text, k.scope, env) : describe(k, env).text;
    })
    .join(', ');
}

function describeIf(args: readonly RuleNode[], env: Env, branch: (node: RuleNode) => string): Phrase {
  const parts: string[] = [];
  let i = 0;
  for (; i < args.length - 1; i += 2) {
    const test = condition(args[i] as RuleNode, env);
    parts.push(
      say('when', env, [branch(args[i + 1] as RuleNode), paren(test, ['atom', 'arith', 'clause', 'and', 'or'])]),
    );
  }
  if (args.length === i + 1) {
    const last = branch(args[i] as RuleNode);
    parts.push(parts.length === 0 ? last : say('otherwise', env, [last]));
  }
  return phrase(parts.join('; '), parts.length > 1 ? 'if' : 'clause');
}

function describeStandard(node: StandardNode, env: Env): Phrase {
  const { op, args } = node;
  const d = (n: RuleNode): Phrase => describe(n, env);
  const operand = (n: RuleNode | undefined): string =>
    n === undefined ? formatLiteral(undefined, env.locale) : paren(d(n), ['atom', 'arith']);
  if (Object.hasOwn(COMPARISON, op)) {
    if (args.length === 3 && Object.hasOwn(BETWEEN, op)) {
      return phrase(fill((BETWEEN[op] as Bilingual)[env.locale], args.map(operand)), 'clause');
    }
    const right = args[1];
    const template =
      right?.kind === 'literal' && typeof right.value === 'boolean' && (op === '==' || op === '===')
        ? PHRASE.is
        : (COMPARISON[op] as Bilingual);
    return phrase(fill(template[env.locale], [operand(args[0]), operand(right)]), 'clause');
  }
  if (Object.hasOwn(INFIX, op)) {
    if (op === '-' && args.length === 1) return phrase(`-${paren(d(args[0] as RuleNode), ['atom'])}`, 'arith');
    if (args.length === 1) return d(args[0] as RuleNode);
    return phrase(args.map((a) => paren(d(a), ['atom'])).join(` ${INFIX[op]} `), 'arith');
  }
  if (LIST_OPS.has(op)) return phrase(say(op as 'min', env, [list(args, env)]), 'atom');
  if (ITERATION.has(op)) {
    const parts = [
      paren(d(args[0] ?? literal(node)), ['atom', 'arith', 'clause', 'and', 'or']),
      d(args[1] ?? literal(node)).text,
    ];
    if (op === 'reduce') parts.push(args.length > 2 ? operand(args[2]) : formatLiteral(null, env.locale));
    return phrase(say(op as 'map', env, parts), 'clause');
  }
  switch (op) {
    case 'and':
    case 'or': {
      const terms = op === 'or' ? orTerms(args, env, false) : args.map((a) => condition(a, env));
      const parts = terms.map((t) => paren(t, ['atom', 'arith', 'clause', op]));
      return phrase(joinList(parts, PHRASE[op][env.locale]), parts.length > 1 ? op : 'clause');
    }
    case '!':
      return negate(args[0] ?? literal(node), env);
    case '!!':
    case 'log':
      return d(args[0] ?? literal(node));
    case 'if':
    case '?:':
      return describeIf(args, env, (branch) => d(branch).text);
    case '%':
      return phrase(say('modulo', env, [operand(args[0]), operand(args[1])]), 'arith');
    case 'substr':
      return phrase(say(args.length > 2 ? 'substrLength' : 'substr', env, args.map(operand)), 'atom');
    default: {
      // in
      const haystack = args[1];
      if (haystack?.kind === 'array') {
        const options = haystack.items.map((a) => d(a).text);
        return phrase(say('oneOf', env, [operand(args[0]), joinList(options, PHRASE.or[env.locale])]), 'clause');
      }
      return phrase(say('contains', env, [operand(args[0]), operand(haystack)]), 'clause');
    }
  }
}

/** An absent argument reads as no value, like json-logic's undefined. */
function literal(at: RuleNode): RuleNode {
  return { kind: 'literal', value: undefined, path: at.path, scope: at.scope };
}

function describePlugin(node: PluginNode, env: Env, text = node.operator.description): Phrase {
  const definition = node.operator;
  const args = node.args;
  const literals = args.map((a) => (a.kind === 'literal' ? a.value : undefined));
  const reads = new Set(definition.reads?.(literals) ?? []);
  const template = text[env.locale];
  const count = Math.max(args.length, ...[...template.matchAll(/\{(\d+)\}/g)].map((m) => Number(m[1]) + 1));
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const arg = args[i];
    if (arg === undefined) parts.push(definition.argumentDefaults?.[i]?.[env.locale] ?? '');
    else if (arg.kind === 'literal' && typeof arg.value === 'string' && reads.has(arg.value))
      parts.push(label(arg.value, node.scope, env));
    else parts.push(paren(describe(arg, env), ['atom', 'arith', 'clause', 'and', 'or']));
  }
  return phrase(fill(template, parts), 'atom');
}

function describe(node: RuleNode, env: Env): Phrase {
  switch (node.kind) {
    case 'literal':
      return phrase(formatLiteral(node.value, env.locale), 'atom');
    case 'array':
      return phrase(`[${list(node.items, env)}]`, 'atom');
    case 'var':
      return describeVar(node, env);
    case 'missing':
      return phrase(say('missing', env, [keyLabels(node.keys, env)]), 'clause');
    case 'missing_some': {
      const need =
        node.need === undefined
          ? formatLiteral(undefined, env.locale)
          : paren(describe(node.need, env), ['atom', 'arith']);
      return phrase(say('missingSome', env, [need, keyLabels(node.keys, env)]), 'clause');
    }
    case 'plugin':
      return describePlugin(node, env);
    case 'standard':
      return describeStandard(node, env);
  }
}

const parsed = (rule: unknown, options: DescribeRuleOptions): RuleTree | undefined => {
  const result = safeParseRule(rule, options.operators === undefined ? {} : { operators: options.operators });
  return result.success ? result.tree : undefined;
};

function environment(options: DescribeRuleOptions): Env {
  return { locale: options.locale, labels: options.labels ?? {} };
}

/**
 * Describes a rule as a sentence, for documentation. A rule that does not parse (an operator
 * of a plugin not given, for instance) is shown as its JSON.
 *
 * @param rule - a json-logic rule, or a tree from `parseRule`
 * @param options - language, extra operators and labels of evidence names
 * @returns the sentence (no capital, no final period, so it can be embedded)
 * @example
 * describeRule({ '>=': [{ var: 'learningHours' }, 40] }, { locale: 'vi', labels })
 * // 'số giờ học trong năm từ 40 trở lên'
 * @category Rules
 */
export function describeRule(rule: unknown, options: DescribeRuleOptions): string {
  const tree = parsed(rule, options);
  return tree === undefined ? JSON.stringify(rule) : describe(tree.root, environment(options)).text;
}

function awardBranch(node: RuleNode, points: number, env: Env): string {
  if (node.kind === 'literal') {
    if (node.value === true) return say('fullPoints', env, [pointsText(points, env.locale)]);
    if (typeof node.value === 'number') return pointsText(node.value, env.locale);
    if (node.value === false || node.value === null) return pointsText(0, env.locale);
  }
  if (node.kind === 'standard' && (node.op === 'if' || node.op === '?:')) return awardIf(node.args, points, env);
  // An award that computes a number (arithmetic, or an operator declared to return one) gives that many points.
  if (node.kind !== 'literal' && inferReturns(node) === 'number') {
    return say('pointsEqual', env, [describe(node, env).text, pointsText(points, env.locale)]);
  }
  return say('when', env, [say('fullPoints', env, [pointsText(points, env.locale)]), condition(node, env).text]);
}

function awardIf(args: readonly RuleNode[], points: number, env: Env): string {
  const parts: string[] = [];
  let i = 0;
  for (; i < args.length - 1; i += 2) {
    const test = condition(args[i] as RuleNode, env);
    parts.push(
      say('when', env, [
        awardBranch(args[i + 1] as RuleNode, points, env),
        paren(test, ['atom', 'arith', 'clause', 'and', 'or']),
      ]),
    );
  }
  const otherwise = args.length === i + 1 ? awardBranch(args[i] as RuleNode, points, env) : pointsText(0, env.locale);
  parts.push(parts.length === 0 ? otherwise : say('otherwise', env, [otherwise]));
  return parts.join('; ');
}

/**
 * Describes an indicator's award rule: `true` gives the full points, a number that many points.
 *
 * @param rule - the award rule, or its tree from `parseRule`
 * @param points - the indicator's points
 * @param options - language, extra operators and labels
 * @returns e.g. `10 điểm nếu …; 5 điểm nếu …; còn lại 0 điểm` or `đủ 10 điểm nếu …`
 * @example describeAward(true, 10, { locale: 'vi' }) // 'đủ 10 điểm'
 * @category Rules
 */
export function describeAward(rule: unknown, points: number, options: DescribeRuleOptions): string {
  const tree = parsed(rule, options);
  return tree === undefined ? JSON.stringify(rule) : awardBranch(tree.root, points, environment(options));
}
