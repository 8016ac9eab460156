/**
 * Domain operators of cdht rules: self-assessment scores, dates, ages, the evaluation period and
 * counting evidence items within it. Pass them to the compiler in `options.operators`.
 *
 * @module
 */
import { readSafePath, truthy } from '../path.js';
import type { OperatorTable, RuleContext, RuleFn } from '../types.js';
import { ageOn, daysFromTo, isWithin, toIsoDate } from './dates.js';

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && !Number.isNaN(value);
}

function literalField(arg: unknown): readonly string[] {
  return typeof arg === 'string' && arg !== '' ? [arg] : [];
}

function assessed(args: unknown[], ctx: RuleContext, data: unknown): unknown {
  const path = args[0];
  if (typeof path !== 'string' || path === '') return null;
  const field = readSafePath(data, path);
  const top = data === ctx.root;
  if (top && ctx.read !== null) ctx.read[path] = field === undefined ? null : field;
  if (typeof field === 'object' && field !== null) {
    const { reviewed, self } = field as { reviewed?: unknown; self?: unknown };
    if (isNumber(reviewed)) return reviewed;
    if (isNumber(self)) return self;
  }
  if (top && ctx.missing !== null && !ctx.missing.includes(path)) ctx.missing.push(path);
  return null;
}

/** Runs `visit` over the items of the list argument dated within the period and meeting the condition. */
function eachInPeriod(
  args: readonly RuleFn[],
  data: unknown,
  ctx: RuleContext,
  conditionIndex: number,
  visit: (item: unknown) => void,
): boolean {
  const list = (args[0] as RuleFn)(data, ctx);
  if (list === null || list === undefined) return false;
  const dateField = (args[1] as RuleFn)(data, ctx);
  if (!Array.isArray(list) || typeof dateField !== 'string') return true;
  const condition = args[conditionIndex];
  for (const item of list) {
    if (!isWithin(readSafePath(item, dateField), ctx.periodFrom, ctx.periodTo)) continue;
    if (condition !== undefined && !truthy(condition(item, ctx))) continue;
    visit(item);
  }
  return true;
}

/**
 * The domain operators: `assessed`, `date`, `age`, `inPeriod`, `daysBetween`, `countInPeriod` and
 * `sumInPeriod`. Dates are ISO `yyyy-MM-dd` or Vietnamese `dd/MM/yyyy`; results are ISO.
 *
 * @example
 * compileRule({ '>=': [{ age: [{ var: 'birthDate' }] }, 15] }, { operators: domainOperators })
 * @category Rules
 */
export const domainOperators: OperatorTable = /*#__PURE__*/ Object.freeze({
  assessed: {
    kind: 'eager',
    arity: 1,
    evaluate: assessed,
    returns: 'number',
    description: {
      vi: 'điểm tự đánh giá (đã thẩm định) của {0}',
      en: 'the (reviewed) self-assessment score of {0}',
    },
    reads: (args: readonly unknown[]) => literalField(args[0]),
  },
  date: {
    kind: 'eager',
    returns: 'date',
    arity: 1,
    pure: true,
    evaluate: (args: unknown[]) => toIsoDate(args[0]),
    description: { vi: 'ngày {0}', en: 'the date {0}' },
  },
  age: {
    kind: 'eager',
    returns: 'number',
    arity: [1, 2],
    evaluate: (args: unknown[], ctx: RuleContext) => ageOn(args[0], args.length > 1 ? args[1] : ctx.periodTo),
    // Not “tuổi”: the first date is as often a certificate's as a birth date.
    description: { vi: 'số năm tròn từ {0} đến {1}', en: 'the whole years from {0} to {1}' },
    argumentDefaults: { 1: { vi: 'cuối kỳ đánh giá', en: 'the end of the period' } },
  },
  inPeriod: {
    kind: 'eager',
    returns: 'boolean',
    arity: 1,
    evaluate: (args: unknown[], ctx: RuleContext) => isWithin(args[0], ctx.periodFrom, ctx.periodTo),
    description: { vi: '{0} nằm trong kỳ đánh giá', en: '{0} is within the period' },
    negation: { vi: '{0} không nằm trong kỳ đánh giá', en: '{0} is not within the period' },
  },
  daysBetween: {
    kind: 'eager',
    returns: 'number',
    arity: 2,
    pure: true,
    evaluate: (args: unknown[]) => daysFromTo(args[0], args[1]),
    description: { vi: 'số ngày từ {0} đến {1}', en: 'the number of days from {0} to {1}' },
  },
  countInPeriod: {
    returns: 'number',
    kind: 'lazy',
    arity: [2, 3],
    scopedArgs: [2],
    evaluate: (args: readonly RuleFn[], ctx: RuleContext, data: unknown) => {
      let count = 0;
      const present = eachInPeriod(args, data, ctx, 2, () => {
        count++;
      });
      return present ? count : null;
    },
    description: {
      vi: 'số mục của {0} có {1} trong kỳ đánh giá ({2})',
      en: 'the number of items of {0} with {1} within the period ({2})',
    },
    argumentDefaults: { 2: { vi: 'không có điều kiện khác', en: 'no other condition' } },
  },
  sumInPeriod: {
    returns: 'number',
    kind: 'lazy',
    arity: [3, 4],
    scopedArgs: [3],
    evaluate: (args: readonly RuleFn[], ctx: RuleContext, data: unknown) => {
      const valueField = (args[2] as RuleFn)(data, ctx);
      let sum = 0;
      const present = eachInPeriod(args, data, ctx, 3, (item) => {
        const value = typeof valueField === 'string' ? readSafePath(item, valueField) : undefined;
        if (isNumber(value)) sum += value;
      });
      return present ? sum : null;
    },
    description: {
      vi: 'tổng {2} của các mục của {0} có {1} trong kỳ đánh giá ({3})',
      en: 'the sum of {2} over the items of {0} with {1} within the period ({3})',
    },
    argumentDefaults: { 3: { vi: 'không có điều kiện khác', en: 'no other condition' } },
  },
});
