// The fused list pass's own shapes (src/rules/compiler/fusePass.ts): an item rule that is one field
// read, and reduce steps adding a constant (counting) or an item field (summing), computed without
// their closures. Expected values are worked out by hand from json-logic-js's `+` (parseFloat of
// each operand, added to 0), and checked against json-logic-js and the closures without fusion.
import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { createSlotReader } from '../src/evaluate/slots.js';
import { compileTree } from '../src/rules/compile.js';
import { compileFused } from '../src/rules/compiler/fuse.js';
import { parseRule } from '../src/rules/tree/parse.js';
import type { RuleContext } from '../src/rules/types.js';

const certs = { var: 'certs' };
const acc = { var: 'accumulator' };
const hours = { var: 'current.hours' };

/** Rules over one list: every fused shape, and one of each kind that keeps its closure. */
const RULES: unknown[] = [
  /* 0 */ { reduce: [certs, { '+': [acc, hours] }, 0] },
  /* 1 */ { reduce: [certs, { '+': [hours, acc] }, 100] },
  /* 2 */ { reduce: [certs, { '+': [1, acc] }, 0] },
  /* 3 */ { reduce: [{ filter: [certs, { var: 'passed' }] }, { '+': [acc, '2'] }, 0] },
  /* 4 */ { reduce: [certs, { '+': [acc, 1] }] },
  /* 5 */ { reduce: [certs, { '+': [acc, true] }, 0] },
  /* 6 */ { reduce: [certs, { '+': [acc, 1] }, 'x'] },
  /* 7 */ { some: [certs, { var: 'passed' }] },
  /* 8 */ { all: [certs, { var: 'passed' }] },
  /* 9 */ { none: [certs, { var: 'hours' }] },
  /* 10 */ { reduce: [certs, { '*': [acc, 2] }, 1] },
  /* 11 */ { reduce: [{ filter: [certs, { '>=': [{ var: 'hours' }, 5] }] }, { '+': [acc, 1] }, 0] },
];

function context(root: unknown): RuleContext {
  return { root, derived: {}, missing: [], read: null, periodFrom: '', periodTo: '', asOf: '' };
}

const trees = RULES.map((rule) => parseRule(rule));

function fusedRun(data: unknown): { values: unknown[]; missing: string[] } {
  const fused = compileFused(trees, {}, createSlotReader);
  fused.begin();
  const ctx = context(data);
  return { values: fused.fns.map((fn) => fn(data, ctx)), missing: [...(ctx.missing ?? [])] };
}

function plainRun(data: unknown): { values: unknown[]; missing: string[] } {
  const ctx = context(data);
  return { values: trees.map((t) => compileTree(t)(data, ctx)), missing: [...(ctx.missing ?? [])] };
}

describe('the fused pass: steps and item rules computed without closures', () => {
  it('forms one pass over the list for all twelve rules', () => {
    expect(compileFused(trees, {}, createSlotReader).passes).toBe(1);
  });

  it('sums item fields, counts, and reads one field as the item rule (hand-computed)', () => {
    const data = {
      certs: [
        { hours: 10, passed: true },
        { hours: '5', passed: false },
        { hours: 2.5, passed: 1 },
      ],
    };
    const { values, missing } = fusedRun(data);
    expect(values).toEqual([
      17.5, // 0 + 10 + parseFloat('5') + 2.5
      117.5, // from 100, operands the other way round
      3, // one per item
      4, // passed: true and 1 → 0 + 2 + 2 (parseFloat('2'))
      Number.NaN, // no initial value: null, and parseFloat(null) is NaN
      Number.NaN, // parseFloat(true) is NaN
      Number.NaN, // parseFloat('x') is NaN
      true, // some passed
      false, // the second is not passed
      false, // every item has truthy hours
      8, // 1 * 2 * 2 * 2 (the closure step)
      2, // hours >= 5: 10 and '5'
    ]);
    expect(missing).toEqual([]);
  });

  it('reads absent, null and wrong-typed item fields as null, like the closures and json-logic-js', () => {
    const data = {
      certs: [{ hours: 4, passed: 'yes' }, { passed: 0 }, { hours: null, passed: null }, 'text', null, 7],
    };
    const { values } = fusedRun(data);
    // 0 + 4 = 4, then + parseFloat(null) = NaN from the second item on.
    expect(values[0]).toBeNaN();
    expect(values[2]).toBe(6);
    // Only the first item's `passed` is truthy.
    expect(values[3]).toBe(2);
    expect(values.slice(7, 10)).toEqual([true, false, false]);
    // Only 4 is a number, and 4 < 5; '5'-like strings are absent here.
    expect(values[11]).toBe(0);
    expect(fusedRun(data)).toEqual(plainRun(data));
  });

  it('gives the initial value, or the empty list answers, for an empty, absent or non-list value', () => {
    for (const list of [[], undefined, null, 'abc', 12, { length: 2 }]) {
      const data = list === undefined ? {} : { certs: list };
      const got = fusedRun(data);
      expect(got.values).toEqual([0, 100, 0, 0, null, 0, 'x', false, false, true, 1, 0]);
      expect(got).toEqual(plainRun(data));
      expect(got.missing).toEqual(list === undefined || list === null ? ['certs'] : []);
    }
  });

  it('treats a list with holes as the closures do (some, none, filter and reduce skip a hole; all reads it)', () => {
    // Holes come only from API callers (JSON.parse never makes one): [passed, hole, failed].
    const sparse: unknown[] = [{ hours: 10, passed: true }];
    sparse[2] = { hours: 4, passed: false };
    expect(1 in sparse).toBe(false);
    const data = { certs: sparse };
    const fused = fusedRun(data);
    expect(fused).toEqual(plainRun(data));
    expect(fused.values.map((v) => (Number.isNaN(v) ? 'NaN' : v))).toEqual(
      RULES.map((rule) => {
        const v = jsonLogic.apply(rule as never, data);
        return Number.isNaN(v) ? 'NaN' : v;
      }),
    );
    // By hand: rule 0 sums the two present items' hours (the hole is skipped): 10 + 4.
    expect(fused.values[0]).toBe(14);
    // Rule 2 counts the present items: 2, not 3.
    expect(fused.values[2]).toBe(2);
  });

  it('agrees with json-logic-js and with the closures without fusion on seeded random lists', () => {
    let seed = 7;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const odd = [null, 'text', '12', true, false, 0, -3.5, [1], ''];
    for (let i = 0; i < 800; i++) {
      const list: unknown[] = [];
      const n = Math.floor(next() * 5);
      for (let k = 0; k < n; k++) {
        const item: Record<string, unknown> = { hours: Math.floor(next() * 20), passed: next() < 0.6 };
        if (next() < 0.2) item.hours = odd[Math.floor(next() * odd.length)];
        if (next() < 0.1) delete item.hours;
        if (next() < 0.1) item.passed = odd[Math.floor(next() * odd.length)];
        list.push(next() < 0.05 ? null : item);
      }
      const data = JSON.parse(JSON.stringify({ certs: list })) as Record<string, unknown>;
      const got = fusedRun(data);
      expect(got).toEqual(plainRun(data));
      expect(got.values).toEqual(RULES.map((rule) => jsonLogic.apply(rule as never, data)));
    }
  });
});
