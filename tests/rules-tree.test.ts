import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../src/engine.js';
import { CdhtError } from '../src/errors/issue.js';
import { analyzeRule } from '../src/rules/analyze.js';
import { compileRule } from '../src/rules/compile.js';
import { describeRule } from '../src/rules/describe.js';
import { domainOperators } from '../src/rules/operators/domain.js';
import { standardOperators } from '../src/rules/operators/standard.js';
import { listChildNodes, type RuleNode, type RuleTree, visitRuleNodes } from '../src/rules/tree/nodes.js';
import { parseRule, safeParseRule } from '../src/rules/tree/parse.js';
import type { OperatorTable, RuleContext, RuleFn } from '../src/rules/types.js';

const hours = { '>=': [{ var: 'learningHours' }, 40] };

describe('parseRule: one typed tree', () => {
  it('builds nodes by kind, with operators looked up once and paths inside the rule', () => {
    const tree = parseRule({ and: [hours, { assessed: 'tc1_1' }, [1, 'a']] }, { operators: domainOperators });
    const root = tree.root;
    expect(root).toMatchObject({ kind: 'standard', op: 'and', path: [], scope: 'top' });
    if (root.kind !== 'standard') throw new Error('standard');
    expect(root.operator).toBe(standardOperators.and);
    const [comparison, call, list] = root.args as [RuleNode, RuleNode, RuleNode];
    expect(comparison).toMatchObject({ kind: 'standard', op: '>=', path: ['and', 0] });
    expect(call).toMatchObject({ kind: 'plugin', op: 'assessed', path: ['and', 1] });
    if (call.kind !== 'plugin') throw new Error('plugin');
    expect(call.operator).toBe(domainOperators.assessed);
    // The unary shorthand {op: x}: the argument's path is the operator's.
    expect(call.args[0]).toMatchObject({ kind: 'literal', value: 'tc1_1', path: ['and', 1, 'assessed'] });
    expect(list).toMatchObject({ kind: 'array', path: ['and', 2] });
    expect(listChildNodes(list).map((n) => n.kind)).toEqual(['literal', 'literal']);
    expect(tree.size).toBe(10);
  });

  it('splits literal var paths once and marks computed ones', () => {
    const literal = parseRule({ var: ['a.b.0', 5] }).root;
    expect(literal).toMatchObject({
      kind: 'var',
      target: { kind: 'path', path: 'a.b.0', segments: ['a', 'b', '0'] },
      fallback: { kind: 'literal', value: 5 },
    });
    expect(parseRule({ var: '' }).root).toMatchObject({ kind: 'var', target: { kind: 'data' } });
    expect(parseRule({ var: [] }).root).toMatchObject({ kind: 'var', target: { kind: 'data' }, fallback: undefined });
    expect(parseRule({ var: 3 }).root).toMatchObject({ target: { kind: 'path', path: '3' } });
    expect(parseRule({ var: { cat: ['a', '.b'] } }).root).toMatchObject({
      target: { kind: 'computed', node: { kind: 'standard', op: 'cat' } },
    });
  });

  it('lists the keys of missing and missing_some as json-logic reads them', () => {
    const keys = (rule: unknown) => {
      const root = parseRule(rule).root;
      if (root.kind !== 'missing' && root.kind !== 'missing_some') throw new Error('missing');
      return root.keys.map((k) => (k.kind === 'literal' ? k.value : k.kind));
    };
    expect(keys({ missing: ['a', 'b'] })).toEqual(['a', 'b']);
    expect(keys({ missing: [['a', 'b'], 'ignored'] })).toEqual(['a', 'b']);
    expect(keys({ missing: 'a' })).toEqual(['a']);
    expect(keys({ missing_some: [1, ['a', 'b']] })).toEqual(['a', 'b']);
    expect(keys({ missing_some: [1, { var: 'list' }] })).toEqual(['var']);
  });

  it('sets the data scope of every node: items in iterations and scoped plugin arguments', () => {
    const rule = {
      and: [
        { all: [{ var: 'xs' }, { '>': [{ var: 'n' }, 1] }] },
        { reduce: [{ var: 'ys' }, { '+': [{ var: 'current' }, { var: 'accumulator' }] }, { var: 'start' }] },
        { countInPeriod: [{ var: 'zs' }, 'date', { var: 'ok' }] },
      ],
    };
    const scopes: Record<string, string> = {};
    visitRuleNodes(parseRule(rule, { operators: domainOperators }), (node) => {
      if (node.kind === 'var' && node.target.kind === 'path') scopes[node.target.path] = node.scope;
    });
    expect(scopes).toEqual({
      xs: 'top',
      n: 'item',
      ys: 'top',
      current: 'reduce',
      accumulator: 'reduce',
      start: 'top',
      zs: 'top',
      ok: 'item',
    });
  });

  it('is immutable and is not parsed again', () => {
    const tree = parseRule({ if: [hours, 10, 0] });
    expect(Object.isFrozen(tree)).toBe(true);
    visitRuleNodes(tree, (node) => {
      expect(Object.isFrozen(node)).toBe(true);
      expect(Object.isFrozen(node.path)).toBe(true);
    });
    expect(parseRule(tree)).toBe(tree);
    expect(safeParseRule(tree)).toEqual({ success: true, tree });
    // A copy is only JSON-like data, not a tree: it is read as a rule object with two keys.
    expect(safeParseRule(JSON.parse(JSON.stringify(tree))).success).toBe(false);
  });

  it('returns every problem at once, or throws them from parseRule', () => {
    const result = safeParseRule({ and: [{ frob: 1 }, { var: 'a.__proto__' }, { '>=': 1, '<=': 2 }] });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_operator', ['and', 0, 'frob']],
      ['unsafe_var_path', ['and', 1, 'var']],
      ['invalid_rule_object', ['and', 2]],
    ]);
    expect(() => parseRule({ frob: 1 })).toThrowError(CdhtError);
  });

  it('caps maxDepth at 1,000 levels so no option makes a pass overflow', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 1_001; i++) deep = [deep];
    const result = safeParseRule(deep, { maxDepth: 1_000_000 });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues[0].code).toBe('rule_too_deep');
  });
});

describe('every consumer reads the one tree', () => {
  it('compileRule, analyzeRule and describeRule accept the parsed tree', () => {
    const tree = parseRule({ if: [hours, 10, { var: 'learningHours' }] });
    expect(compileRule(tree)({ learningHours: 45 })).toBe(10);
    expect(compileRule(tree)({ learningHours: 7 })).toBe(7);
    expect(analyzeRule(tree).reads).toEqual(['learningHours']);
    expect(describeRule(tree, { locale: 'en' })).toBe('10 if learningHours is at least 40; otherwise learningHours');
  });

  it('a tree keeps the operators it was parsed with', () => {
    const tree = parseRule({ date: '05/03/2024' }, { operators: domainOperators });
    expect(compileRule(tree)()).toBe('2024-03-05');
    expect(() => compileRule({ date: '05/03/2024' })).toThrowError(/unknown_operator/);
  });

  it('loading a framework parses each rule once: a rule object is looked at by one parse', () => {
    const seen = new Map<string, number>();
    const counting: OperatorTable = {
      seen: {
        kind: 'eager',
        arity: 1,
        evaluate: ([x]) => x,
        // reads() runs once per analysis of the rule: counting it counts the analyses.
        reads: (args) => {
          const key = String(args[0]);
          seen.set(key, (seen.get(key) ?? 0) + 1);
          return [];
        },
        description: { vi: '{0}', en: '{0}' },
      },
    };
    const engine = createEngine({ plugins: [{ name: 'count', operators: counting }] });
    const framework = JSON.parse(readFileSync(new URL('./fixtures/frameworks/basic.json', import.meta.url), 'utf8'));
    framework.criteria[0].indicators[1].award = { and: [{ seen: 'award' }, { var: 'reads' }] };
    engine.load(framework);
    // Load (checks and compile) and lint both read the trees parsed at load.
    const compiled = engine.compile(engine.frameworks()[0] as never);
    expect(compiled.indicators[1]?.rules.award.analysis.reads).toEqual(['reads']);
    expect(seen.get('award')).toBe(1);
  });
});

describe('the standard table is a constant with one argument order', () => {
  it('is one frozen table, and every definition is eager or lazy with evaluate', () => {
    expect(Object.isFrozen(standardOperators)).toBe(true);
    for (const [name, op] of Object.entries(standardOperators)) {
      expect(['eager', 'lazy'], name).toContain(op.kind);
      expect(typeof op.evaluate, name).toBe('function');
    }
  });

  /** Evaluates a tree with the table's own definitions: no compiler, no special cases but var. */
  function interpret(tree: RuleTree, data: unknown): unknown {
    const ctx: RuleContext = {
      root: data,
      derived: null,
      missing: null,
      read: null,
      periodFrom: '',
      periodTo: '',
      asOf: '',
    };
    const fn = (node: RuleNode): RuleFn => {
      switch (node.kind) {
        case 'literal':
          return () => node.value;
        case 'array': {
          const items = node.items.map(fn);
          return (d, c) => items.map((f) => f(d, c));
        }
        case 'var':
        case 'missing':
        case 'missing_some': {
          const op = standardOperators[node.kind];
          const args = node.args.map(fn);
          if (op?.kind !== 'eager') throw new Error(node.kind);
          return (d, c) =>
            op.evaluate(
              args.map((f) => f(d, c)),
              c,
              d,
            );
        }
        default: {
          const op = node.operator;
          const args = node.args.map(fn);
          if (op.kind === 'lazy') return (d, c) => op.evaluate(args, c, d);
          return (d, c) =>
            op.evaluate(
              args.map((f) => f(d, c)),
              c,
              d,
            );
        }
      }
    };
    return fn(tree.root)(data, ctx);
  }

  it('agrees with the compiler on the official JsonLogic suite', () => {
    const file = new URL('../../shared/conformance/jsonlogic-tests.json', import.meta.url);
    const cases = (JSON.parse(readFileSync(file, 'utf8')) as unknown[]).filter(Array.isArray) as [
      unknown,
      unknown,
      unknown,
    ][];
    let compared = 0;
    for (const [rule, data, expected] of cases) {
      const tree = parseRule(rule);
      expect(interpret(tree, data), JSON.stringify(rule)).toEqual(expected);
      expect(compileRule(tree)(data)).toEqual(expected);
      compared++;
    }
    expect(compared).toBeGreaterThan(250);
  });
});
