import { describe, expect, it } from 'vitest';
import { analyzeRule } from '../src/rules/analyze.js';
import { describeAward, describeRule } from '../src/rules/describe.js';
import { domainOperators } from '../src/rules/operators/domain.js';

const labels = {
  learningHours: { vi: 'số giờ học trong năm', en: 'learning hours in the year' },
  birthDate: { vi: 'ngày sinh', en: 'date of birth' },
  level: { vi: 'trình độ', en: 'level' },
  trainings: { vi: 'các khóa học', en: 'the courses' },
  tc1_1: { vi: 'tiêu chí 1.1', en: 'criterion 1.1' },
  isMember: { vi: 'là hội viên', en: 'is a member' },
};
const vi = { locale: 'vi', labels, operators: domainOperators } as const;
const en = { locale: 'en', labels, operators: domainOperators } as const;
const hours = (op: string, n: number) => ({ [op]: [{ var: 'learningHours' }, n] });

describe('describeRule', () => {
  it.each([
    [hours('>=', 40), 'số giờ học trong năm từ 40 trở lên', 'learning hours in the year is at least 40'],
    [hours('<', 2.5), 'số giờ học trong năm nhỏ hơn 2,5', 'learning hours in the year is less than 2.5'],
    [
      { if: [hours('>=', 40), 10, hours('>=', 20), 5, 0] },
      '10 nếu số giờ học trong năm từ 40 trở lên; 5 nếu số giờ học trong năm từ 20 trở lên; còn lại 0',
      '10 if learning hours in the year is at least 40; 5 if learning hours in the year is at least 20; otherwise 0',
    ],
    [
      { and: [hours('>=', 40), { in: [{ var: 'level' }, ['A', 'B']] }] },
      'số giờ học trong năm từ 40 trở lên và trình độ là một trong “A” hoặc “B”',
      'learning hours in the year is at least 40 and level is one of “A” or “B”',
    ],
    [
      {
        or: [{ and: [{ var: 'isMember' }, { '<=': [1, { var: 'learningHours' }, 3] }] }, { '!': { var: 'isMember' } }],
      },
      '(là hội viên và số giờ học trong năm từ 1 đến 3) hoặc không là hội viên',
      '(is a member and learning hours in the year is between 1 and 3) or not is a member',
    ],
    [{ '!': hours('>', 3) }, 'số giờ học trong năm không quá 3', 'learning hours in the year is at most 3'],
    [
      { '!': { missing: ['learningHours'] } },
      'không đúng là thiếu số giờ học trong năm',
      'it is not true that missing learning hours in the year',
    ],
    [
      { '+': [{ var: 'learningHours' }, { '*': [2, { var: 'extra' }] }] },
      'số giờ học trong năm + (2 × extra)',
      'learning hours in the year + (2 × extra)',
    ],
    [{ in: ['online', { var: 'level' }] }, 'trình độ chứa “online”', 'level contains “online”'],
    [
      { missing: ['learningHours', 'level'] },
      'thiếu số giờ học trong năm, trình độ',
      'missing learning hours in the year, level',
    ],
    [
      { '>=': [{ age: [{ var: 'birthDate' }] }, 15] },
      'số năm tròn từ ngày sinh đến cuối kỳ đánh giá từ 15 trở lên',
      'the whole years from date of birth to the end of the period is at least 15',
    ],
    [
      { '>=': [{ countInPeriod: [{ var: 'trainings' }, 'date', { '==': [{ var: 'kind' }, 'online'] }] }, 2] },
      'số mục của các khóa học có “date” trong kỳ đánh giá (kind của phần tử bằng “online”) từ 2 trở lên',
      "the number of items of the courses with “date” within the period (the item's kind equals “online”) is at least 2",
    ],
    [
      { '>=': [{ assessed: 'tc1_1' }, 8] },
      'điểm tự đánh giá (đã thẩm định) của tiêu chí 1.1 từ 8 trở lên',
      'the (reviewed) self-assessment score of criterion 1.1 is at least 8',
    ],
    [
      { some: [{ var: 'trainings' }, { '>=': [{ var: 'hours' }, 2.5] }] },
      'có ít nhất một phần tử của các khóa học thỏa mãn: hours của phần tử từ 2,5 trở lên',
      "at least one item of the courses satisfies: the item's hours is at least 2.5",
    ],
    [{ '==': [{ var: 'isMember' }, true] }, 'là hội viên là đúng', 'is a member is true'],
    [{ frobnicate: [1, { var: 'a' }] }, '{"frobnicate":[1,{"var":"a"}]}', '{"frobnicate":[1,{"var":"a"}]}'],
  ])('%j', (rule, textVi, textEn) => {
    expect(describeRule(rule, vi)).toBe(textVi);
    expect(describeRule(rule, en)).toBe(textEn);
    expect(textVi.normalize('NFC')).toBe(textVi);
  });

  it('shows unlabelled names as they are', () => {
    expect(describeRule(hours('>', 1), { locale: 'en' })).toBe('learningHours is greater than 1');
  });
});

describe('describeAward', () => {
  it('describes full points, conditions, point chains and formulas', () => {
    expect(describeAward(true, 10, vi)).toBe('đủ 10 điểm');
    expect(describeAward(true, 1, en)).toBe('full 1 point');
    expect(describeAward(5, 10, en)).toBe('5 points');
    expect(describeAward(hours('>=', 40), 10, vi)).toBe('đủ 10 điểm nếu số giờ học trong năm từ 40 trở lên');
    expect(describeAward(hours('>=', 40), 10, en)).toBe('full 10 points if learning hours in the year is at least 40');
    const chain = { if: [hours('>=', 40), true, hours('>=', 20), 5] };
    expect(describeAward(chain, 10, vi)).toBe(
      'đủ 10 điểm nếu số giờ học trong năm từ 40 trở lên; 5 điểm nếu số giờ học trong năm từ 20 trở lên; còn lại 0 điểm',
    );
    expect(describeAward(chain, 10, en)).toBe(
      'full 10 points if learning hours in the year is at least 40; 5 points if learning hours in the year is at least 20; otherwise 0 points',
    );
    expect(describeAward({ min: [{ var: 'learningHours' }, 10] }, 10, vi)).toBe(
      'số điểm bằng giá trị nhỏ nhất trong (số giờ học trong năm, 10) (tối đa 10 điểm)',
    );
  });
});

describe('analyzeRule', () => {
  it('lists top-level reads and operators', () => {
    const rule = {
      and: [
        hours('>=', 40),
        { missing: ['level', 'a.b'] },
        { all: [{ var: 'trainings' }, { '>': [{ var: 'hours' }, 1] }] },
        {
          reduce: [{ var: 'list' }, { '+': [{ var: 'current' }, { var: 'accumulator' }] }, { var: 'start' }],
        },
        { var: ['learningHours', 0] },
      ],
    };
    expect(analyzeRule(rule)).toEqual({
      reads: ['learningHours', 'level', 'a.b', 'trainings', 'list', 'start'],
      derivedReads: [],
      operators: ['and', '>=', 'var', 'missing', 'all', '>', 'reduce', '+'],
      dynamicReads: false,
      returns: undefined,
      constant: undefined,
    });
    expect(analyzeRule(rule, { derived: new Set(['level', 'start']) }).derivedReads).toEqual(['level', 'start']);
  });

  it('uses operator reads and scoped arguments of plugins', () => {
    const rule = {
      or: [
        { assessed: 'tc1_1' },
        { countInPeriod: [{ var: 'trainings' }, 'date', { '==': [{ var: 'kind' }, { var: 'x' }] }] },
      ],
    };
    expect(analyzeRule(rule, { operators: domainOperators })).toEqual({
      reads: ['tc1_1', 'trainings'],
      derivedReads: [],
      operators: ['or', 'assessed', 'countInPeriod', 'var', '=='],
      dynamicReads: false,
      returns: 'number',
      constant: undefined,
    });
  });

  it('flags dynamic reads and reading the whole data', () => {
    expect(analyzeRule({ var: { cat: ['a', { var: 'b' }] } })).toEqual({
      reads: ['b'],
      derivedReads: [],
      operators: ['var', 'cat'],
      dynamicReads: true,
      returns: undefined,
      constant: undefined,
    });
    expect(analyzeRule({ var: '' }).dynamicReads).toBe(true);
    expect(analyzeRule({ map: [{ var: 'xs' }, { var: '' }] }).dynamicReads).toBe(false);
  });

  it('refuses a rule that does not parse (the tree is what it reads)', () => {
    expect(() => analyzeRule({ frob: [{ var: 'q' }] })).toThrowError(/unknown_operator/);
  });

  it('tells what a rule returns and whether it is the same for everyone', () => {
    expect(analyzeRule(hours('>=', 40)).returns).toBe('boolean');
    expect(analyzeRule({ if: [hours('>=', 40), 10, 5] }).returns).toBe('number');
    expect(analyzeRule({ if: [hours('>=', 40), 10, 'five'] }).returns).toBeUndefined();
    expect(analyzeRule({ cat: ['a', { var: 'b' }] }).returns).toBe('string');
    expect(analyzeRule({ age: [{ var: 'birthDate' }] }, { operators: domainOperators }).returns).toBe('number');
    expect(analyzeRule({ '+': [1, { '*': [2, 3] }] }).constant).toEqual({ value: 7 });
    expect(analyzeRule({ if: [{ '>': [1, 2] }, 'yes', 'no'] }).constant).toEqual({ value: 'no' });
    expect(analyzeRule(hours('>=', 40)).constant).toBeUndefined();
    // Impure operators are never folded: `age` reads the period from the context.
    expect(analyzeRule({ age: ['2000-01-01'] }, { operators: domainOperators }).constant).toBeUndefined();
  });
});
