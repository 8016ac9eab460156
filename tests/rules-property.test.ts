import fc from 'fast-check';
import jsonLogic from 'json-logic-js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { compileRule } from '../src/rules/compile.js';

/*
 * compileRule agrees with json-logic-js on random rules over random data. Excluded by design
 * (documented differences): prototype paths (the key pools hold none), one-key objects computed at
 * run time used as `missing` keys (keys here are literal), and `indexOf` members of data objects.
 */

const KEYS = ['a', 'b', 'c', 'n', 's', 'items', '0', '1', 'current', 'accumulator'];
const PATHS = [...KEYS, 'a.b', 'a.c', 'items.0', 'items.1.n', 's.length', 'items.length', 'b.a.n', 'zz', 'a.zz', ''];

const scalar = fc.oneof(
  fc.integer({ min: -5, max: 5 }),
  fc.integer({ min: -40, max: 40 }).map((n) => n / 4),
  fc.constantFrom(-0, 0.1, 1e21, Number.NaN),
  fc.constantFrom('', '0', '1', '2.5', 'a', 'b', 'ab', 'a.b', 'apple', ' 3 ', 'items'),
  fc.boolean(),
  fc.constant(null),
);

const { top } = fc.letrec((tie) => ({
  top: fc.oneof({ arbitrary: tie('object'), weight: 4 }, { arbitrary: tie('data'), weight: 1 }),
  data: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('array'), tie('object')),
  array: fc.array(tie('data'), { maxLength: 4 }),
  object: fc.dictionary(fc.constantFrom(...KEYS), tie('data'), { maxKeys: 5, noNullPrototype: true }),
}));

const literal = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }));
const path = fc.constantFrom(...PATHS);
const keyList = fc.array(path, { maxLength: 3 });

const PLAIN_OPS = [
  '==',
  '===',
  '!=',
  '!==',
  '!',
  '!!',
  '<',
  '<=',
  '>',
  '>=',
  '+',
  '-',
  '*',
  '/',
  '%',
  'min',
  'max',
  'cat',
  'substr',
  'in',
  'merge',
  'log',
  'if',
  '?:',
  'and',
  'or',
] as const;
const SCOPED_OPS = ['map', 'filter', 'all', 'some', 'none'] as const;

const { rule } = fc.letrec((tie) => ({
  rule: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    literal,
    tie('var'),
    tie('var'),
    tie('plain'),
    tie('scoped'),
    tie('reduce'),
    tie('missing'),
    tie('array'),
  ),
  var: fc.oneof(
    path.map((p) => ({ var: p })),
    path.map((p) => ({ var: [p] })),
    fc.tuple(path, tie('rule')).map(([p, d]) => ({ var: [p, d] })),
    fc.tuple(fc.constantFrom('a', 'b', '.', 'items', 'n', '1'), fc.constantFrom('a', 'b', '0', 'n')).map(([x, y]) => ({
      var: { cat: [x, '.', y] },
    })),
    fc.integer({ min: 0, max: 2 }).map((i) => ({ var: i })),
  ),
  plain: fc.oneof(
    fc
      .tuple(fc.constantFrom(...PLAIN_OPS), fc.array(tie('rule'), { maxLength: 4 }))
      .map(([op, args]) => ({ [op]: args })),
    fc.tuple(fc.constantFrom(...PLAIN_OPS), tie('rule')).map(([op, arg]) => ({ [op]: arg })),
  ),
  scoped: fc
    .tuple(fc.constantFrom(...SCOPED_OPS), tie('rule'), tie('rule'))
    .map(([op, list, scope]) => ({ [op]: [list, scope] })),
  reduce: fc
    .tuple(tie('rule'), tie('rule'), fc.option(tie('rule'), { nil: undefined }))
    .map(([list, scope, initial]) => ({
      reduce: initial === undefined ? [list, scope] : [list, scope, initial],
    })),
  missing: fc.oneof(
    keyList.map((keys) => ({ missing: keys })),
    path.map((key) => ({ missing: key })),
    fc.tuple(fc.integer({ min: 0, max: 3 }), keyList).map(([n, keys]) => ({ missing_some: [n, keys] })),
    fc.tuple(path, keyList).map(([key, keys]) => ({ missing: { merge: [key, keys] } })),
  ),
  array: fc.array(tie('rule'), { maxLength: 3 }),
}));

type Outcome = { ok: true; value: unknown } | { ok: false };

function run(f: () => unknown): Outcome {
  try {
    return { ok: true, value: f() };
  } catch {
    return { ok: false };
  }
}

describe('compileRule agrees with json-logic-js', () => {
  beforeAll(() => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
  });
  afterAll(() => {
    vi.restoreAllMocks();
  });

  it('on random rules over random data', () => {
    let compared = 0;
    fc.assert(
      fc.property(rule, top, (r, d) => {
        // json-logic-js may mutate nothing, but keep inputs independent anyway.
        const reference = run(() => jsonLogic.apply(structuredClone(r) as jsonLogic.RulesLogic, structuredClone(d)));
        const ours = run(() => compileRule(r)(d));
        if (!reference.ok) return; // json-logic-js threw (e.g. missing_some without keys): no reference value
        if (ours.ok) compared++;
        expect(ours).toEqual(reference);
      }),
      { numRuns: 60_000 },
    );
    expect(compared).toBeGreaterThan(50_000);
  });

  it('on random rules evaluated twice and with recording on (results unchanged)', () => {
    fc.assert(
      fc.property(rule, top, (r, d) => {
        const reference = run(() => jsonLogic.apply(structuredClone(r) as jsonLogic.RulesLogic, structuredClone(d)));
        if (!reference.ok) return;
        const compiled = compileRule(r);
        compiled(d);
        expect(run(() => compiled(d))).toEqual(reference);
        // Recording missing and read values never changes a result.
        expect(run(() => compiled(d, { missing: [], read: {} }))).toEqual(reference);
      }),
      { numRuns: 10_000 },
    );
  });
});
