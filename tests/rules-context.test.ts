import { describe, expect, it } from 'vitest';
import { compileRule } from '../src/rules/compile.js';
import { domainOperators } from '../src/rules/operators/domain.js';
import type { RuleContext } from '../src/rules/types.js';

function context(root: unknown, extra: Partial<RuleContext> = {}): RuleContext {
  return {
    root,
    derived: null,
    missing: [],
    read: {},
    periodFrom: '2024-01-01',
    periodTo: '2024-12-31',
    asOf: '2025-01-15',
    ...extra,
  };
}

function run(rule: unknown, data: unknown, extra: Partial<RuleContext> = {}, derived?: string[]) {
  const { node } = compileRule(rule, {
    operators: domainOperators,
    ...(derived === undefined ? {} : { derived: new Set(derived) }),
  });
  const ctx = context(data, extra);
  return { value: node(data, ctx), missing: ctx.missing, read: ctx.read };
}

describe('missing evidence (three-valued evaluation)', () => {
  it('pushes top-level var paths without a default that find nothing or null', () => {
    expect(run({ var: 'a' }, {}).missing).toEqual(['a']);
    expect(run({ var: ['a'] }, { a: null }).missing).toEqual(['a']);
    expect(run({ var: 'a.b' }, { a: {} })).toEqual({ value: null, missing: ['a.b'], read: { 'a.b': null } });
    expect(run({ var: 'a' }, { a: 0 }).missing).toEqual([]);
    expect(run({ var: { cat: ['a', '.b'] } }, {}).missing).toEqual(['a.b']);
    expect(run({ var: { var: 'which' } }, { which: 'x' }).missing).toEqual(['x']);
  });

  it('does not push a var with a default, even a null one', () => {
    expect(run({ var: ['a', 0] }, {})).toEqual({ value: 0, missing: [], read: { a: null } });
    expect(run({ var: ['a', null] }, {}).missing).toEqual([]);
  });

  it('pushes each path once, in reading order, and only for what was evaluated', () => {
    expect(run({ '+': [{ var: 'b' }, { var: 'a' }, { var: 'b' }] }, {}).missing).toEqual(['b', 'a']);
    expect(run({ and: [{ var: 'a' }, { var: 'b' }] }, { a: false }).missing).toEqual([]);
    expect(run({ and: [{ var: 'a' }, { var: 'b' }] }, {}).missing).toEqual(['a']);
    expect(run({ if: [{ var: 'a' }, { var: 'b' }, { var: 'c' }] }, { a: 1 }).missing).toEqual(['b']);
  });

  it('does not push inside iteration scopes, where data is the item', () => {
    const rule = { map: [{ var: 'items' }, { var: 'x' }] };
    expect(run(rule, { items: [{}, { x: 1 }] })).toEqual({
      value: [null, 1],
      missing: [],
      read: { items: [{}, { x: 1 }] },
    });
    expect(run(rule, {}).missing).toEqual(['items']);
    expect(run({ reduce: [{ var: 'n' }, { var: 'current.q' }, 0] }, { n: [{}] }).missing).toEqual([]);
  });

  it('never pushes for missing and missing_some', () => {
    expect(run({ missing: ['a', 'b'] }, { a: 1 })).toEqual({ value: ['b'], missing: [], read: {} });
    expect(run({ missing_some: [1, ['a', 'b']] }, {})).toEqual({ value: ['a', 'b'], missing: [], read: {} });
  });

  it('costs nothing and records nothing when missing and read are null', () => {
    const { node } = compileRule({ '>=': [{ var: 'a' }, 1] });
    const ctx = context({}, { missing: null, read: null });
    expect(node({}, ctx)).toBe(false);
    expect(ctx.missing).toBeNull();
    expect(ctx.read).toBeNull();
  });

  it('records read values of top-level vars', () => {
    const rule = { and: [{ '>=': [{ var: 'hours' }, 40] }, { '==': [{ var: 'club.member' }, true] }] };
    expect(run(rule, { hours: 45, club: { member: true } }).read).toEqual({ hours: 45, 'club.member': true });
    expect(run(rule, { hours: 10, club: { member: true } }).read).toEqual({ hours: 10 });
  });
});

describe('derived values', () => {
  it('reads derived names from ctx.derived at the top level, never reporting them missing', () => {
    const rule = { '>=': [{ var: 'age' }, 18] };
    expect(run(rule, { age: 5 }, { derived: { age: 20 } }, ['age']).value).toBe(true);
    expect(run(rule, { age: 30 }, { derived: {} }, ['age'])).toEqual({
      value: false,
      missing: [],
      read: { age: null },
    });
    expect(run({ var: 'score.total' }, {}, { derived: { score: { total: 7 } } }, ['score']).value).toBe(7);
    expect(run({ var: 'age' }, {}, { derived: null }, ['age']).value).toBeNull();
  });

  it('reads item fields, not derived values, inside iteration scopes', () => {
    const rule = { map: [{ var: 'people' }, { var: 'age' }] };
    expect(run(rule, { people: [{ age: 3 }] }, { derived: { age: 40 } }, ['age']).value).toEqual([3]);
  });

  it('resolves derived names in missing too', () => {
    expect(run({ missing: ['age', 'x'] }, { x: 1 }, { derived: { age: 20 } }, ['age']).value).toEqual([]);
  });
});

describe('compileRule default context', () => {
  it('uses the data as root and accepts a partial context', () => {
    const rule = compileRule({ var: 'a' });
    const missing: string[] = [];
    expect(rule({}, { missing })).toBeNull();
    expect(missing).toEqual(['a']);
    expect(rule({ a: 2 })).toBe(2);
    expect(typeof rule.node).toBe('function');
  });
});

describe('domain operators', () => {
  const date = (x: unknown) => run({ date: [x] }, {}).value;

  it('date reads ISO and Vietnamese dates and rejects impossible ones', () => {
    expect(date('05/03/2024')).toBe('2024-03-05');
    expect(date('5/3/2024')).toBe('2024-03-05');
    expect(date('2024-02-29')).toBe('2024-02-29');
    expect(date('2024-03-05T23:30:00+07:00')).toBe('2024-03-05');
    expect(date('2023-02-29')).toBeNull();
    expect(date('29/02/2023')).toBeNull();
    expect(date('31/04/2024')).toBeNull();
    expect(date('2024-13-01')).toBeNull();
    expect(date('2024/03/05')).toBeNull();
    expect(date(20240305)).toBeNull();
    expect(date(null)).toBeNull();
  });

  it('age counts whole years, leap-day birthdays included', () => {
    const age = (birth: string, on?: string) => run({ age: on === undefined ? [birth] : [birth, on] }, {}).value;
    expect(age('15/06/1990', '2024-06-14')).toBe(33);
    expect(age('15/06/1990', '15/06/2024')).toBe(34);
    expect(age('2000-02-29', '2001-02-28')).toBe(0);
    expect(age('2000-02-29', '2001-03-01')).toBe(1);
    expect(age('2000-02-29', '2004-02-29')).toBe(4);
    expect(age('2000-02-29', '2004-02-28')).toBe(3);
    // Default: the last day of the period (2024-12-31).
    expect(age('1990-12-31')).toBe(34);
    expect(age('1991-01-01')).toBe(33);
    expect(age('not a date', '2024-01-01')).toBeNull();
  });

  it('age of an absent birth date is null and the date is reported missing', () => {
    expect(run({ age: [{ var: 'birthDate' }] }, {})).toEqual({
      value: null,
      missing: ['birthDate'],
      read: { birthDate: null },
    });
  });

  it('inPeriod includes both bounds', () => {
    const inPeriod = (x: unknown) => run({ inPeriod: x }, {}).value;
    expect(inPeriod('2024-01-01')).toBe(true);
    expect(inPeriod('31/12/2024')).toBe(true);
    expect(inPeriod('2023-12-31')).toBe(false);
    expect(inPeriod('01/01/2025')).toBe(false);
    expect(inPeriod(null)).toBe(false);
  });

  it('daysBetween counts calendar days from the first date to the second', () => {
    const days = (a: string, b: string) => run({ daysBetween: [a, b] }, {}).value;
    expect(days('2024-02-28', '2024-03-01')).toBe(2);
    expect(days('2023-02-28', '01/03/2023')).toBe(1);
    expect(days('01/03/2023', '28/02/2023')).toBe(-1);
    expect(days('2023-12-31', '2024-12-31')).toBe(366);
    expect(days('2023-12-31', 'x')).toBeNull();
  });

  const trainings = [
    { date: '2024-03-01', kind: 'online', hours: 3 },
    { date: '15/12/2024', kind: 'class', hours: 2.5 },
    { date: '2023-12-31', kind: 'online', hours: 10 },
    { date: '2025-01-01', kind: 'online', hours: 10 },
    { date: 'bad', kind: 'online', hours: 10 },
    { kind: 'online', hours: 10 },
    { date: '2024-07-01', kind: 'online', hours: '4' },
    null,
  ];

  it('countInPeriod counts items dated within the period that meet the condition', () => {
    expect(run({ countInPeriod: [{ var: 'trainings' }, 'date'] }, { trainings }).value).toBe(3);
    const online = { '==': [{ var: 'kind' }, 'online'] };
    expect(run({ countInPeriod: [{ var: 'trainings' }, 'date', online] }, { trainings })).toEqual({
      value: 2,
      missing: [],
      read: { trainings },
    });
    expect(run({ countInPeriod: [{ var: 'trainings' }, 'date'] }, { trainings: [] }).value).toBe(0);
  });

  it('countInPeriod of an absent list is null and the list is reported missing', () => {
    expect(run({ countInPeriod: [{ var: 'trainings' }, 'date'] }, {})).toEqual({
      value: null,
      missing: ['trainings'],
      read: { trainings: null },
    });
  });

  it('sumInPeriod sums numeric values of the items within the period', () => {
    expect(run({ sumInPeriod: [{ var: 'trainings' }, 'date', 'hours'] }, { trainings }).value).toBe(5.5);
    const online = { '==': [{ var: 'kind' }, 'online'] };
    expect(run({ sumInPeriod: [{ var: 'trainings' }, 'date', 'hours', online] }, { trainings }).value).toBe(3);
    expect(run({ sumInPeriod: [{ var: 'trainings' }, 'date', 'hours'] }, {}).value).toBeNull();
  });

  it('assessed prefers the reviewed score, then the self score, else reports the field missing', () => {
    const rule = { assessed: 'tc1_1' };
    expect(run(rule, { tc1_1: { self: 8, reviewed: 7 } }).value).toBe(7);
    expect(run(rule, { tc1_1: { self: 8 } }).value).toBe(8);
    expect(run(rule, { tc1_1: { self: 8, reviewed: null } })).toEqual({
      value: 8,
      missing: [],
      read: { tc1_1: { self: 8, reviewed: null } },
    });
    expect(run(rule, { tc1_1: { self: 0 } }).value).toBe(0);
    expect(run(rule, {})).toEqual({ value: null, missing: ['tc1_1'], read: { tc1_1: null } });
    expect(run(rule, { tc1_1: { self: '8' } })).toEqual({
      value: null,
      missing: ['tc1_1'],
      read: { tc1_1: { self: '8' } },
    });
  });

  it('checks domain operator arity', () => {
    expect(() => compileRule({ age: [] }, { operators: domainOperators })).toThrow(/invalid_arity/);
    expect(() => compileRule({ daysBetween: ['2024-01-01'] }, { operators: domainOperators })).toThrow(/invalid_arity/);
  });
});
