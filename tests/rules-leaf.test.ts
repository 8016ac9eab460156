// Superinstructions (src/rules/compiler/leaf.ts): each shape compiled into one closure gives, for
// every value a field can hold — the expected type, another type, null, absent, NaN, empty lists —
// the hand-computed value and the same missing evidence as the general closures, which json-logic-js
// agrees with on the value.
import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { createSlotReader, fillSlots } from '../src/evaluate/slots.js';
import { compileTree } from '../src/rules/compile.js';
import { build } from '../src/rules/compiler/build.js';
import { compileFused } from '../src/rules/compiler/fuse.js';
import { superinstructions } from '../src/rules/compiler/leaf.js';
import { parseRule } from '../src/rules/tree/parse.js';
import type { RuleContext, RuleFn } from '../src/rules/types.js';

const FIELDS = ['hours', 'self', 'lang', 'clubs', 'digital', 'birthYear', 'checkup', 'courses', 'n', 'a', 'b'];
const SLOTS = new Map(FIELDS.map((f, i) => [f, i]));

function context(data: unknown, slots: unknown[] | null, read: Record<string, unknown> | null = null): RuleContext {
  return { root: data, derived: null, missing: [], read, slots, periodFrom: '', periodTo: '', asOf: '' };
}

/** A rule compiled as the scoring pass compiles it: slots and superinstructions. */
function withSuperinstructions(rule: unknown): RuleFn {
  return build(parseRule(rule).root, { derived: new Set(), slots: SLOTS, leaf: superinstructions }).fn;
}

/** The rule's value and missing paths through the superinstructions (slots) and the general closures. */
function both(rule: unknown, data: Record<string, unknown>) {
  const tree = parseRule(rule);
  const fast = withSuperinstructions(rule);
  const general = compileTree(tree, {});
  const fastCtx = context(data, fillSlots(data, FIELDS, new Array(FIELDS.length)));
  const generalCtx = context(data, null);
  return {
    fast: { value: fast(data, fastCtx), missing: fastCtx.missing },
    general: { value: general(data, generalCtx), missing: generalCtx.missing },
    // Explanations on (ctx.read): the superinstructions step aside, reads are recorded as before.
    explained: (() => {
      const ctx = context(data, fillSlots(data, FIELDS, new Array(FIELDS.length)), {});
      const value = fast(data, ctx);
      const generalRead = context(data, null, {});
      general(data, generalRead);
      return { value, missing: ctx.missing, read: ctx.read, generalRead: generalRead.read };
    })(),
  };
}

type Case = readonly [data: Record<string, unknown>, value: unknown, missing?: readonly string[]];

function check(rule: unknown, cases: readonly Case[]): void {
  for (const [data, value, missing = []] of cases) {
    const r = both(rule, data);
    expect(r.fast.value, JSON.stringify({ rule, data })).toEqual(value);
    expect(Object.is(r.fast.value, value), `${JSON.stringify(data)}: ${String(r.fast.value)}`).toBe(true);
    expect(r.fast.missing).toEqual(missing);
    expect(r.general.value).toEqual(value);
    expect(r.general.missing).toEqual(missing);
    expect(r.explained.value).toEqual(value);
    expect(r.explained.missing).toEqual(missing);
    expect(r.explained.read).toEqual(r.explained.generalRead);
    expect(jsonLogic.apply(rule as never, data)).toEqual(value);
  }
}

/** The node the compiler builds with slots, to see which superinstruction it chose. */
function node(rule: unknown) {
  return build(parseRule(rule).root, { derived: new Set(), slots: SLOTS, leaf: superinstructions });
}

describe('superinstructions', () => {
  it('a field against a number constant: numbers, numeric strings, booleans, NaN, null and absent', () => {
    const rule = { '>=': [{ var: 'hours' }, 30] };
    expect(node(rule).comparison).toBeDefined();
    check(rule, [
      [{ hours: 30 }, true],
      [{ hours: 29.5 }, false],
      [{ hours: '40' }, true],
      [{ hours: '4' }, false],
      [{ hours: true }, false],
      [{ hours: Number.NaN }, false],
      [{ hours: null }, false, ['hours']],
      [{}, false, ['hours']],
      [{ hours: [31] }, true],
    ]);
    check({ '==': [{ var: 'n' }, 1] }, [
      [{ n: 1 }, true],
      [{ n: '1' }, true],
      [{ n: true }, true],
      [{ n: 2 }, false],
      [{ n: null }, false, ['n']],
    ]);
    check({ '!==': [{ var: 'n' }, 1] }, [
      [{ n: 1 }, false],
      [{ n: '1' }, true],
      [{}, true, ['n']],
    ]);
    check({ '<': [{ var: 'n' }, 0] }, [
      [{ n: -1 }, true],
      [{ n: -0 }, false],
      [{ n: '-3' }, true],
      [{}, false, ['n']],
    ]);
  });

  it('a field against a string constant, and a field of a field (depth 2)', () => {
    const rule = { '==': [{ var: 'lang' }, 'good'] };
    expect(node(rule).comparison).toBeDefined();
    check(rule, [
      [{ lang: 'good' }, true],
      [{ lang: 'Good' }, false],
      [{ lang: 0 }, false],
      [{ lang: null }, false, ['lang']],
      [{}, false, ['lang']],
    ]);
    check({ '<': [{ var: 'digital.since' }, '2024'] }, [
      [{ digital: { since: '2023' } }, true],
      [{ digital: { since: '2025' } }, false],
      [{ digital: { since: 2023 } }, true],
      // A string owns no `since`: absent, and null < "2024" is 0 < 2024.
      [{ digital: 'since' }, true, ['digital.since']],
      [{ digital: {} }, true, ['digital.since']],
      [{}, true, ['digital.since']],
    ]);
    check({ '==': [{ var: 'digital.length' }, 3] }, [
      // A string's own length, read as readOwn reads it.
      [{ digital: 'abc' }, true],
      [{ digital: [1, 2, 3] }, true],
    ]);
  });

  it('`in` a list of strings, and a string `in` a list field', () => {
    const rule = { in: [{ var: 'lang' }, ['good', 'fluent']] };
    check(rule, [
      [{ lang: 'good' }, true],
      [{ lang: 'basic' }, false],
      [{ lang: 1 }, false],
      [{ lang: null }, false, ['lang']],
      [{}, false, ['lang']],
    ]);
    check({ in: ['digital', { var: 'clubs' }] }, [
      [{ clubs: ['music', 'digital'] }, true],
      [{ clubs: ['digital', 'music'] }, true],
      [{ clubs: [] }, false],
      [{ clubs: ['Digital'] }, false],
      // Not a list: a string is searched, anything else holds nothing.
      [{ clubs: 'my digital club' }, true],
      [{ clubs: '' }, false],
      [{ clubs: 5 }, false],
      [{ clubs: null }, false, ['clubs']],
      [{}, false, ['clubs']],
    ]);
  });

  it('arithmetic on fields and number constants, alone and compared', () => {
    const sum = { '>=': [{ '+': [{ var: 'hours' }, { var: 'self' }] }, 50] };
    expect(node({ '+': [{ var: 'hours' }, { var: 'self' }] }).arith).toBeDefined();
    check(sum, [
      [{ hours: 20, self: 30 }, true],
      [{ hours: 20, self: 29 }, false],
      [{ hours: '20', self: 30 }, true],
      [{ hours: 20, self: Number.NaN }, false],
      [{ hours: 20 }, false, ['self']],
      [{}, false, ['hours', 'self']],
    ]);
    check({ '+': [{ var: 'a' }, { var: 'b' }] }, [
      [{ a: 1.5, b: 2 }, 3.5],
      // `+` goes through parseFloat: -0 + -0 is 0.
      [{ a: -0, b: -0 }, 0],
      [{ a: '1', b: 2 }, 3],
    ]);
    check({ '*': [{ var: 'a' }, 2] }, [
      [{ a: 3 }, 6],
      [{ a: -0 }, 0],
    ]);
    check({ '-': [{ var: 'a' }, 1] }, [
      [{ a: 3 }, 2],
      [{ a: '3' }, 2],
      [{ a: 1 }, 0],
    ]);
    check({ '/': [{ var: 'a' }, { var: 'b' }] }, [
      [{ a: 1, b: 4 }, 0.25],
      [{ a: 1, b: 0 }, Number.POSITIVE_INFINITY],
      [{ a: 0, b: 0 }, Number.NaN],
    ]);
    check({ '%': [{ var: 'a' }, 3] }, [[{ a: 7 }, 1]]);
    check({ '<': [{ '-': [2024, { var: 'birthYear' }] }, 30] }, [
      [{ birthYear: 2000 }, true],
      [{ birthYear: 1990 }, false],
      [{ birthYear: '2000' }, true],
      [{}, false, ['birthYear']],
    ]);
  });

  it('an `if` chain over one field and number constants reads the field once', () => {
    const rule = { if: [{ '>=': [{ var: 'hours' }, 60] }, 10, { '>=': [{ var: 'hours' }, 30] }, 6, 0] };
    check(rule, [
      [{ hours: 60 }, 10],
      [{ hours: 45 }, 6],
      [{ hours: 10 }, 0],
      [{ hours: Number.NaN }, 0],
      [{ hours: '70' }, 10],
      [{ hours: null }, 0, ['hours']],
      [{}, 0, ['hours']],
    ]);
  });

  it('a field between two constants', () => {
    check({ '<=': ['2024-01-01', { var: 'checkup' }, '2024-12-31'] }, [
      [{ checkup: '2024-06-01' }, true],
      [{ checkup: '2024-12-31' }, true],
      [{ checkup: '2025-01-01' }, false],
      [{ checkup: 20240601 }, false],
      [{}, false, ['checkup']],
    ]);
    check({ '<': [0, { var: 'n' }, 10] }, [
      [{ n: 5 }, true],
      [{ n: 10 }, false],
      [{ n: 0 }, false],
      [{ n: '5' }, true],
      [{ n: null }, false, ['n']],
    ]);
  });

  it('some, all and none over a list field, items compared with constants', () => {
    const item = { and: [{ '>=': [{ var: 'date' }, '2024-01-01'] }, { '>=': [{ var: 'hours' }, 8] }] };
    const run = (op: string, expected: readonly unknown[]) =>
      check({ [op]: [{ var: 'courses' }, item] }, [
        [{ courses: [] }, expected[0]],
        [{ courses: [{ date: '2024-02-01', hours: 8 }] }, expected[1]],
        [
          {
            courses: [
              { date: '2023-02-01', hours: 20 },
              { date: '2024-05-01', hours: '9' },
            ],
          },
          expected[2],
        ],
        [{ courses: [{ date: '2024-02-01' }, null, 5, 'x'] }, expected[3]],
        [{ courses: 'not a list' }, expected[4]],
        [{}, expected[5], ['courses']],
      ]);
    run('some', [false, true, true, false, false, false]);
    run('all', [false, true, false, false, false, false]);
    run('none', [true, false, false, true, true, true]);
    check({ all: [{ var: 'courses' }, { in: [{ var: 'kind' }, ['digital', 'language']] }] }, [
      [{ courses: [{ kind: 'digital' }, { kind: 'language' }] }, true],
      [{ courses: [{ kind: 'digital' }, { kind: 'culture' }] }, false],
      [{ courses: [{ kind: 'digital' }, { kind: 1 }] }, false],
      [{ courses: [{ kind: 'digital' }, {}] }, false],
    ]);
  });

  it('a field on its own: its value, null and missing evidence when absent', () => {
    check({ var: 'lang' }, [
      [{ lang: 'good' }, 'good'],
      [{ lang: 0 }, 0],
      [{ lang: '' }, ''],
      [{ lang: false }, false],
      [{ lang: null }, null, ['lang']],
      [{}, null, ['lang']],
    ]);
    check({ and: [{ var: 'digital.internet' }, { var: 'digital.phone' }] }, [
      [{ digital: { internet: true, phone: true } }, true],
      [{ digital: { internet: true, phone: false } }, false],
      [{ digital: { internet: true } }, null, ['digital.phone']],
      [{}, null, ['digital.internet']],
    ]);
  });

  it('reads the record itself as an item as the general closures do (slots, missing evidence)', () => {
    const rule = { some: [{ var: 'courses' }, { '>=': [{ var: 'hours' }, 8] }] };
    const data: Record<string, unknown> = { hours: 9 };
    data.courses = [data, { hours: 1 }];
    const fast = withSuperinstructions(rule);
    const general = compileTree(parseRule(rule), {});
    const ctx = context(data, fillSlots(data, FIELDS, new Array(FIELDS.length)));
    const generalCtx = context(data, null);
    expect(fast(data, ctx)).toBe(true);
    expect(general(data, generalCtx)).toBe(true);
    const absent: Record<string, unknown> = {};
    absent.courses = [absent];
    const ctx2 = context(absent, fillSlots(absent, FIELDS, new Array(FIELDS.length)));
    const generalCtx2 = context(absent, null);
    expect((fast as RuleFn)(absent, ctx2)).toBe(false);
    expect(general(absent, generalCtx2)).toBe(false);
    expect(ctx2.missing).toEqual(['hours']);
    expect(generalCtx2.missing).toEqual(['hours']);
  });

  it('item fields of a fused list pass compared with typed constants: other types, NaN and absent fields', () => {
    const rules = [
      {
        reduce: [
          { filter: [{ var: 'courses' }, { '>=': [{ var: 'year' }, 2023] }] },
          { '+': [{ var: 'accumulator' }, 1] },
          0,
        ],
      },
      { some: [{ var: 'courses' }, { '==': [{ var: 'kind' }, 'law'] }] },
      { all: [{ var: 'courses' }, { in: [{ var: 'kind' }, ['law', 'digital']] }] },
      { none: [{ var: 'courses' }, { '<': [{ var: 'year' }, 2000] }] },
    ];
    const fused = compileFused(
      rules.map((r) => parseRule(r)),
      { slots: SLOTS },
      createSlotReader,
    );
    expect(fused.passes).toBe(1);
    const cases: [unknown[], unknown[]][] = [
      [
        [{ year: 2024, kind: 'law' }, { year: '2023', kind: 1 }, { year: Number.NaN }],
        [2, true, false, true],
      ],
      [
        [
          { year: 2023, kind: 'digital' },
          { year: 1999, kind: 'law' },
        ],
        [1, true, true, false],
      ],
      [
        // null < 2000 is 0 < 2000, and an absent year reads null: none is false.
        [{ year: null, kind: null }, {}],
        [0, false, false, false],
      ],
      [[], [0, false, false, true]],
    ];
    for (const [courses, expected] of cases) {
      const data = { courses };
      fused.begin();
      const ctx = context(data, fillSlots(data, FIELDS, new Array(FIELDS.length)));
      expect(fused.fns.map((fn) => fn(data, ctx))).toEqual(expected);
      expect(rules.map((r) => jsonLogic.apply(r as never, data))).toEqual(expected);
      expect(ctx.missing).toEqual([]);
    }
  });

  it('item rules of a fused pass evaluated as conjuncts: fields, negations, typed comparisons, and the closure for other types', () => {
    const rules = [
      { reduce: [{ var: 'courses' }, { '+': [{ var: 'accumulator' }, { var: 'current.hours' }] }, 0] },
      { some: [{ var: 'courses' }, { and: [{ var: 'passed' }, { '==': [{ var: 'year' }, 2024] }] }] },
      { none: [{ var: 'courses' }, { and: [{ '==': [{ var: 'issuer' }, 'online'] }, { '!': [{ var: 'passed' }] }] }] },
      { all: [{ var: 'courses' }, { and: [{ '!!': [{ var: 'passed' }] }, { '>=': [{ var: 'year' }, 2020] }] }] },
      {
        reduce: [
          {
            filter: [
              { var: 'courses' },
              { and: [{ '!=': [{ var: 'kind' }, 'law'] }, { '<': [{ var: 'hours' }, 10] }] },
            ],
          },
          { '+': [{ var: 'accumulator' }, 1] },
          0,
        ],
      },
    ];
    const fused = compileFused(
      rules.map((r) => parseRule(r)),
      { slots: SLOTS },
      createSlotReader,
    );
    expect(fused.passes).toBe(1);
    const cases: [unknown[], unknown[]][] = [
      [
        [
          { passed: true, year: 2024, issuer: 'online', kind: 'law', hours: 5 },
          { passed: false, year: 2021, issuer: 'school', kind: 'digital', hours: 3 },
        ],
        [8, true, true, false, 1],
      ],
      [
        // A year written as text: '2024' == 2024 and '2021' >= 2020 as JavaScript compares them.
        [
          { passed: 1, year: '2024', issuer: 'online', kind: 'x', hours: 12 },
          { passed: 'yes', year: '2021', issuer: 'centre', kind: 7, hours: '4' },
        ],
        [16, true, true, true, 1],
      ],
      [
        [
          { passed: 0, year: 2024, issuer: 'online', hours: Number.NaN },
          { passed: null, issuer: null, kind: null },
        ],
        [Number.NaN, false, false, false, 1],
      ],
      // An empty item: kind null != "law", and hours null < 10 is 0 < 10.
      [[{}], [Number.NaN, false, true, false, 1]],
    ];
    for (const [courses, expected] of cases) {
      const data = { courses };
      fused.begin();
      const ctx = context(data, fillSlots(data, FIELDS, new Array(FIELDS.length)));
      expect(fused.fns.map((fn) => fn(data, ctx))).toEqual(expected);
      expect(rules.map((r) => jsonLogic.apply(r as never, data))).toEqual(expected);
      expect(ctx.missing).toEqual([]);
    }
  });
});
