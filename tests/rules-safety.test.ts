import { readdirSync, readFileSync } from 'node:fs';
import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { CdhtError } from '../src/errors/issue.js';
import { compileRule, safeCompileRule } from '../src/rules/compile.js';
import type { OperatorDefinition } from '../src/rules/types.js';

function issuesOf(rule: unknown, options = {}): { code: string; path: readonly (string | number)[] }[] {
  const result = safeCompileRule(rule, options);
  if (result.success) throw new Error('expected issues');
  return result.issues.map(({ code, path }) => ({ code, path }));
}

const id: OperatorDefinition = { kind: 'eager', evaluate: (args) => args[0], description: { vi: '{0}', en: '{0}' } };

describe('var paths that could reach prototypes', () => {
  it('rejects literal __proto__, constructor and prototype segments at compile time', () => {
    expect(issuesOf({ var: '__proto__' })).toEqual([{ code: 'unsafe_var_path', path: ['var'] }]);
    expect(issuesOf({ var: ['a.constructor'] })).toEqual([{ code: 'unsafe_var_path', path: ['var', 0] }]);
    expect(issuesOf({ var: ['x.prototype.y', 1] })).toEqual([{ code: 'unsafe_var_path', path: ['var', 0] }]);
    expect(issuesOf({ missing: ['a', 'b.__proto__'] })).toEqual([{ code: 'unsafe_var_path', path: ['missing'] }]);
    expect(issuesOf({ missing_some: [1, ['constructor']] })).toEqual([
      { code: 'unsafe_var_path', path: ['missing_some'] },
    ]);
    // A path computed from constants is known at compile time too.
    expect(issuesOf({ var: { cat: ['__pro', 'to__'] } })).toEqual([{ code: 'unsafe_var_path', path: ['var'] }]);
  });

  it('reads a dynamic unsafe path as absent (default or null)', () => {
    const rule = compileRule({ var: [{ var: 'p' }, 'fallback'] });
    expect(rule({ p: '__proto__' })).toBe('fallback');
    expect(rule({ p: 'constructor' })).toBe('fallback');
    expect(rule({ p: 'a.constructor.prototype' })).toBe('fallback');
    expect(compileRule({ var: { var: 'p' } })({ p: 'constructor' })).toBeNull();
    expect(compileRule({ missing: { var: 'keys' } })({ keys: ['__proto__', 'a'], a: 1 })).toEqual(['__proto__']);
  });

  it('follows own properties only', () => {
    expect(compileRule({ var: 'toString' })({})).toBeNull();
    expect(compileRule({ var: 'a.hasOwnProperty' })({ a: {} })).toBeNull();
    expect(compileRule({ var: 'n.toFixed' })({ n: 1 })).toBeNull();
    expect(compileRule({ var: 's.length' })({ s: 'abc' })).toBe(3);
    expect(compileRule({ var: 'list.1' })({ list: ['x', 'y'] })).toBe('y');
    expect(compileRule({ var: [{ cat: ['value', 'Of'] }, 0] })({})).toBe(0);
    const inherited = Object.create({ secret: 1 }) as object;
    expect(compileRule({ var: 'secret' })(inherited)).toBeNull();
  });

  it('never writes to prototypes while recording reads', () => {
    const read: Record<string, unknown> = {};
    compileRule({ var: { var: 'p' } })({ p: '__proto__' }, { read });
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).p).toBeUndefined();
  });
});

describe('operator lookup', () => {
  it('treats names of Object.prototype members as unknown operators', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__']) {
      const rule = JSON.parse(`{"${name}": [1]}`) as unknown;
      expect(issuesOf(rule)).toEqual([{ code: 'unknown_operator', path: [name] }]);
      expect(issuesOf(rule, { operators: {} })).toEqual([{ code: 'unknown_operator', path: [name] }]);
    }
  });

  it('ignores operators inherited by the operator table', () => {
    const operators = Object.create({ frob: id }) as Record<string, OperatorDefinition>;
    expect(issuesOf({ frob: 1 }, { operators })).toEqual([{ code: 'unknown_operator', path: ['frob'] }]);
  });

  it('accepts a plugin operator whose name is an Object.prototype member when it is an own property', () => {
    const operators: Record<string, OperatorDefinition> = {};
    Object.defineProperty(operators, 'toString', { value: id, enumerable: true });
    expect(compileRule({ toString: [{ var: 'a' }] }, { operators })({ a: 5 })).toBe(5);
  });

  it('does not let plugins replace standard operators', () => {
    expect(issuesOf(1, { operators: { '+': id, var: id } })).toEqual([
      { code: 'operator_conflict', path: [] },
      { code: 'operator_conflict', path: [] },
    ]);
  });

  it('treats dotted method names as unknown (json-logic-js would look them up)', () => {
    expect(issuesOf({ 'var.length': [] })).toEqual([{ code: 'unknown_operator', path: ['var.length'] }]);
  });

  it('checks plugin arity and implementation', () => {
    const operators: Record<string, OperatorDefinition> = {
      one: { ...id, arity: 1 },
      few: { ...id, arity: [1, 2] },
      many: { ...id, arity: [2, Number.POSITIVE_INFINITY] },
      broken: { kind: 'lazy', description: { vi: '', en: '' } } as unknown as OperatorDefinition,
    };
    expect(issuesOf({ one: [1, 2] }, { operators })).toEqual([{ code: 'invalid_arity', path: ['one'] }]);
    expect(issuesOf({ few: [] }, { operators })).toEqual([{ code: 'invalid_arity', path: ['few'] }]);
    expect(issuesOf({ many: 1 }, { operators })).toEqual([{ code: 'invalid_arity', path: ['many'] }]);
    expect(compileRule({ many: [1, 2, 3] }, { operators })()).toBe(1);
    expect(compileRule({ one: 7 }, { operators })()).toBe(7);
    expect(issuesOf({ broken: [] }, { operators })).toEqual([{ code: 'invalid_operator', path: ['broken'] }]);
  });
});

describe('limits', () => {
  function nested(levels: number): unknown {
    let rule: unknown = true;
    for (let i = 0; i < levels; i++) rule = { '!': rule };
    return rule;
  }

  it('accepts 64 levels and rejects 65 with the path of the first level too deep', () => {
    expect(compileRule(nested(64))()).toBe(true);
    expect(compileRule(nested(63))()).toBe(false);
    expect(issuesOf(nested(65))).toEqual([{ code: 'rule_too_deep', path: Array(64).fill('!') }]);
    expect(issuesOf(nested(4), { maxDepth: 3 })).toEqual([{ code: 'rule_too_deep', path: ['!', '!', '!'] }]);
    expect(issuesOf([[[[1]]]], { maxDepth: 3 })).toEqual([{ code: 'rule_too_deep', path: [0, 0, 0] }]);
  });

  it('rejects rules with too many nodes', () => {
    expect(issuesOf({ '+': Array(10_000).fill(1) })).toEqual([{ code: 'rule_too_large', path: [] }]);
    expect(compileRule({ '+': Array(9_998).fill(1) })()).toBe(9_998);
    expect(issuesOf({ '+': [1, 2, 3, 4, 5] }, { maxNodes: 5 })).toEqual([{ code: 'rule_too_large', path: [] }]);
  });

  it('does not hang on a cyclic rule', () => {
    const cyclic: unknown[] = [];
    cyclic.push(cyclic, cyclic);
    const codes = issuesOf(cyclic).map((i) => i.code);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((c) => c === 'rule_too_deep' || c === 'rule_too_large')).toBe(true);
  });
});

describe('error reporting', () => {
  it('reports every problem of a rule at once, with paths inside the rule', () => {
    const rule = {
      and: [
        { frobnicate: 1 },
        { var: '__proto__.x' },
        { one: [1, 2] },
        { if: [{ unknown: [{ var: 'constructor' }] }] },
      ],
    };
    let error: unknown;
    try {
      compileRule(rule, { operators: { one: { ...id, arity: 1 } } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CdhtError);
    const issues = (error as CdhtError).issues;
    expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'unknown_operator', path: ['and', 0, 'frobnicate'] },
      { code: 'unsafe_var_path', path: ['and', 1, 'var'] },
      { code: 'invalid_arity', path: ['and', 2, 'one'] },
      { code: 'unknown_operator', path: ['and', 3, 'if', 0, 'unknown'] },
      { code: 'unsafe_var_path', path: ['and', 3, 'if', 0, 'unknown', 0, 'var'] },
    ]);
    expect(issues[0]?.message.vi).toBe('Toán tử không xác định "frobnicate"');
    expect(issues[0]?.message.en).toBe('Unknown operator "frobnicate"');
  });

  it('refuses objects with no key or several keys, which json-logic-js would pass through as data', () => {
    // json-logic-js: the object itself, a constant that is always truthy.
    expect(jsonLogic.apply({ '>=': [{ var: 'a' }, 1], '<=': [{ var: 'a' }, 3] } as never, { a: 0 })).toEqual({
      '>=': [{ var: 'a' }, 1],
      '<=': [{ var: 'a' }, 3],
    });
    expect(issuesOf({ '>=': [{ var: 'a' }, 1], '<=': [{ var: 'a' }, 3] })).toEqual([
      { code: 'invalid_rule_object', path: [] },
    ]);
    expect(issuesOf({ a: { frobnicate: 1 }, b: 2 })).toEqual([{ code: 'invalid_rule_object', path: [] }]);
    expect(issuesOf({})).toEqual([{ code: 'invalid_rule_object', path: [] }]);
    expect(issuesOf({ if: [true, { x: 1, y: 2 }, []] })).toEqual([{ code: 'invalid_rule_object', path: ['if', 1] }]);
  });
});

describe('no code generation', () => {
  it('uses neither eval nor new Function', () => {
    // The rule compiler, and ahead-of-time compilation, which writes code as text and never runs it.
    for (const [where, least] of [
      ['../src/rules/', 5],
      ['../src/aot/', 3],
    ] as const) {
      const dir = new URL(where, import.meta.url);
      const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
      expect(files.length).toBeGreaterThan(least);
      for (const file of files) {
        // Comments may mention them; code may not.
        const text = readFileSync(new URL(file, dir), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
        expect(text, file).not.toMatch(/\beval\s*\(|new\s+Function\b|\bFunction\s*\(/);
      }
    }
  });
});
