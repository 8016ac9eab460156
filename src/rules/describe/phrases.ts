/**
 * Words and phrase templates of rule descriptions, in Vietnamese and English.
 *
 * @module
 * @internal
 */

/** A description language. */
export type Locale = 'vi' | 'en';

/** Text in both languages. */
export type Bilingual = { readonly vi: string; readonly en: string };

/**
 * Fills `{0}`, `{1}` … in a template.
 *
 * @param template - the template
 * @param parts - text of each placeholder
 * @returns the filled text
 */
export function fill(template: string, parts: readonly string[]): string {
  return template.replace(/\{(\d+)\}/g, (_m, i: string) => parts[Number(i)] ?? '');
}

/**
 * Formats a number for reading (no grouping, so years stay `2024`).
 *
 * @param value - the number
 * @param locale - language
 * @returns the text, e.g. `2,5` in Vietnamese
 */
export function formatNumber(value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return String(value);
  return value.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-US', {
    maximumFractionDigits: 6,
    useGrouping: false,
  });
}

/**
 * Formats a literal value.
 *
 * @param value - a JSON value
 * @param locale - language
 * @returns the text
 */
export function formatLiteral(value: unknown, locale: Locale): string {
  if (typeof value === 'number') return formatNumber(value, locale);
  if (typeof value === 'string') return `“${value}”`;
  if (value === true) return locale === 'vi' ? 'đúng' : 'true';
  if (value === false) return locale === 'vi' ? 'sai' : 'false';
  if (value === null || value === undefined) return locale === 'vi' ? 'không có giá trị' : 'no value';
  if (Array.isArray(value)) return `[${value.map((v) => formatLiteral(v, locale)).join(', ')}]`;
  return JSON.stringify(value) ?? String(value);
}

/**
 * Joins items as a list: `a, b và c` / `a, b and c`.
 *
 * @param items - the items
 * @param word - the last joining word (`và`/`and`, `hoặc`/`or`)
 * @returns the text
 */
export function joinList(items: readonly string[], word: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

/**
 * Points as text: `10 điểm`, `1 point`, `10 points`.
 *
 * @param points - number of points
 * @param locale - language
 * @returns the text
 */
export function pointsText(points: number, locale: Locale): string {
  const n = formatNumber(points, locale);
  if (locale === 'vi') return `${n} điểm`;
  return `${n} ${points === 1 ? 'point' : 'points'}`;
}

/** Two-argument comparisons. */
export const COMPARISON: Readonly<Record<string, Bilingual>> = {
  '==': { vi: '{0} bằng {1}', en: '{0} equals {1}' },
  '===': { vi: '{0} bằng {1}', en: '{0} equals {1}' },
  '!=': { vi: '{0} khác {1}', en: '{0} is not {1}' },
  '!==': { vi: '{0} khác {1}', en: '{0} is not {1}' },
  '>': { vi: '{0} lớn hơn {1}', en: '{0} is greater than {1}' },
  '>=': { vi: '{0} từ {1} trở lên', en: '{0} is at least {1}' },
  '<': { vi: '{0} nhỏ hơn {1}', en: '{0} is less than {1}' },
  '<=': { vi: '{0} không quá {1}', en: '{0} is at most {1}' },
};

/** Two-argument comparisons when they do not hold: “not at least 7” reads “under 7”. */
export const NEGATED_COMPARISON: Readonly<Record<string, Bilingual>> = {
  '==': COMPARISON['!='] as Bilingual,
  '===': COMPARISON['!=='] as Bilingual,
  '!=': COMPARISON['=='] as Bilingual,
  '!==': COMPARISON['==='] as Bilingual,
  '>': COMPARISON['<='] as Bilingual,
  '>=': { vi: '{0} dưới {1}', en: '{0} is less than {1}' },
  '<': COMPARISON['>='] as Bilingual,
  '<=': COMPARISON['>'] as Bilingual,
};

/** Three-argument (between) comparisons: `{0} < {1} < {2}`. */
export const BETWEEN: Readonly<Record<string, Bilingual>> = {
  '<': { vi: '{1} lớn hơn {0} và nhỏ hơn {2}', en: '{1} is greater than {0} and less than {2}' },
  '<=': { vi: '{1} từ {0} đến {2}', en: '{1} is between {0} and {2}' },
};

/** Arithmetic operators written between their operands. */
export const INFIX: Readonly<Record<string, string>> = { '+': '+', '-': '-', '*': '×', '/': '/' };

/** Other phrases. */
export const PHRASE = {
  and: { vi: 'và', en: 'and' },
  or: { vi: 'hoặc', en: 'or' },
  not: { vi: 'không {0}', en: 'not {0}' },
  notClause: { vi: 'không đúng là {0}', en: 'it is not true that {0}' },
  when: { vi: '{0} nếu {1}', en: '{0} if {1}' },
  otherwise: { vi: 'còn lại {0}', en: 'otherwise {0}' },
  modulo: { vi: '{0} chia lấy dư cho {1}', en: '{0} modulo {1}' },
  min: { vi: 'giá trị nhỏ nhất trong ({0})', en: 'the smallest of ({0})' },
  max: { vi: 'giá trị lớn nhất trong ({0})', en: 'the largest of ({0})' },
  cat: { vi: 'chuỗi nối từ ({0})', en: 'the text joining ({0})' },
  substr: { vi: 'chuỗi con của {0} từ vị trí {1}', en: 'the substring of {0} from position {1}' },
  substrLength: {
    vi: 'chuỗi con của {0} từ vị trí {1}, độ dài {2}',
    en: 'the substring of {0} from position {1}, length {2}',
  },
  oneOf: { vi: '{0} là một trong {1}', en: '{0} is one of {1}' },
  contains: { vi: '{1} chứa {0}', en: '{1} contains {0}' },
  is: { vi: '{0} là {1}', en: '{0} is {1}' },
  isNot: { vi: '{0} không phải là {1}', en: '{0} is not {1}' },
  byPeriodEnd: { vi: '{0} trong kỳ đánh giá hoặc trước đó', en: '{0} within the period or earlier' },
  notByPeriodEnd: { vi: 'không có {0} trong kỳ đánh giá hoặc trước đó', en: 'no {0} within the period or earlier' },
  noneOf: { vi: '{0} không là một trong {1}', en: '{0} is none of {1}' },
  merge: { vi: 'danh sách gộp từ ({0})', en: 'the list merging ({0})' },
  missing: { vi: 'thiếu {0}', en: 'missing {0}' },
  missingSome: {
    vi: 'thiếu, khi có ít hơn {0} trong số {1}',
    en: 'missing, when fewer than {0} of {1} are given',
  },
  withDefault: { vi: '{0} (mặc định {1})', en: '{0} (default {1})' },
  dynamicPath: { vi: 'giá trị tại đường dẫn {0}', en: 'the value at path {0}' },
  data: { vi: 'toàn bộ dữ liệu', en: 'the whole data' },
  item: { vi: 'phần tử', en: 'the item' },
  itemField: { vi: '{0} của phần tử', en: "the item's {0}" },
  current: { vi: 'phần tử hiện tại', en: 'the current item' },
  currentField: { vi: '{0} của phần tử hiện tại', en: "the current item's {0}" },
  accumulator: { vi: 'giá trị tích lũy', en: 'the accumulated value' },
  map: { vi: '{1}, với từng phần tử của {0}', en: '{1}, for each item of {0}' },
  filter: { vi: 'các phần tử của {0} thỏa mãn: {1}', en: 'the items of {0} that satisfy: {1}' },
  all: { vi: 'mọi phần tử của {0} đều thỏa mãn: {1}', en: 'every item of {0} satisfies: {1}' },
  some: { vi: 'có ít nhất một phần tử của {0} thỏa mãn: {1}', en: 'at least one item of {0} satisfies: {1}' },
  none: { vi: 'không có phần tử nào của {0} thỏa mãn: {1}', en: 'no item of {0} satisfies: {1}' },
  reduce: {
    vi: 'kết quả tích lũy {1} qua các phần tử của {0}, bắt đầu từ {2}',
    en: 'the result of accumulating {1} over the items of {0}, starting from {2}',
  },
  fullPoints: { vi: 'đủ {0}', en: 'full {0}' },
  pointsEqual: { vi: 'số điểm bằng {0} (tối đa {1})', en: 'points equal to {0} (at most {1})' },
} as const satisfies Record<string, Bilingual>;
