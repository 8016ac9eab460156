import { describe, expect, it } from 'vitest';
import { compileRule } from '../src/index.js';

/** Runs a rule at the top level, collecting missing paths and reads as the evaluator does. */
function run(rule: unknown, data: unknown): { value: unknown; missing: string[]; read: Record<string, unknown> } {
  const missing: string[] = [];
  const read: Record<string, unknown> = {};
  const value = compileRule(rule)(data, { missing, read });
  return { value, missing, read };
}

describe('fused comparisons (a var read inside the comparison closure)', () => {
  it('compare, record reads and report absent fields exactly like a separate var', () => {
    expect(run({ '>=': [{ var: 'a' }, 3] }, { a: 4 })).toEqual({ value: true, missing: [], read: { a: 4 } });
    expect(run({ '>=': [{ var: 'a' }, 3] }, {})).toEqual({ value: false, missing: ['a'], read: { a: null } });
    // An absent value compares as null, as json-logic-js does: null >= 0 is true.
    expect(run({ '>=': [{ var: 'a.b' }, 0] }, { a: {} }).value).toBe(true);
    expect(run({ '==': [{ var: 'k' }, 'x'] }, { k: 'x' }).value).toBe(true);
    // biome-ignore lint/suspicious/noDoubleEquals: checking json-logic loose equality
    expect(run({ '==': [{ var: 'k' }, 1] }, { k: '1' }).value).toBe('1' == (1 as unknown));
    expect(run({ '!==': [{ var: 'k' }, null] }, {}).value).toBe(false);
  });

  it('`in` with a constant list or a constant needle', () => {
    expect(run({ in: [{ var: 'lang' }, ['good', 'fluent']] }, { lang: 'good' }).value).toBe(true);
    expect(run({ in: ['digital', { var: 'clubs' }] }, { clubs: ['music', 'digital'] })).toEqual({
      value: true,
      missing: [],
      read: { clubs: ['music', 'digital'] },
    });
    expect(run({ in: ['digital', { var: 'clubs' }] }, {})).toEqual({
      value: false,
      missing: ['clubs'],
      read: { clubs: null },
    });
  });

  it('inside a list quantifier reads the item and reports nothing missing at the top level', () => {
    const rule = { some: [{ var: 'courses' }, { '>=': [{ var: 'hours' }, 8] }] };
    expect(run(rule, { courses: [{ hours: 3 }, { hours: 9 }] })).toEqual({
      value: true,
      missing: [],
      read: { courses: [{ hours: 3 }, { hours: 9 }] },
    });
    expect(run(rule, { courses: [{}] }).missing).toEqual([]);
  });

  it('keeps own properties only and never fuses a var with a default', () => {
    expect(run({ '==': [{ var: 'toString' }, null] }, {}).value).toBe(true);
    expect(run({ '>=': [{ var: ['a', 5] }, 5] }, {})).toEqual({ value: true, missing: [], read: { a: null } });
  });

  it('`<=`/`<` with three arguments evaluate all three (every absent field is reported)', () => {
    expect(run({ '<=': ['2024-01-01', { var: 'd' }, '2024-12-31'] }, { d: '2024-05-01' }).value).toBe(true);
    expect(run({ '<': [{ var: 'a' }, 5, { var: 'b' }] }, { a: 9 })).toEqual({
      value: false,
      missing: ['b'],
      read: { a: 9, b: null },
    });
    expect(run({ '<': [1, 2, 3] }, {}).value).toBe(true);
  });
});
