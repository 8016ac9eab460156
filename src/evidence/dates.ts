const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Reads a date as Vietnamese forms write it and returns it as an ISO calendar date.
 *
 * Accepts `dd/MM/yyyy`, `d/M/yyyy`, `dd-MM-yyyy`, `dd.MM.yyyy` (day first, as in Vietnam) and ISO
 * `yyyy-MM-dd`. Impossible dates such as `31/02/2024` and two-digit years are rejected.
 *
 * @param text - the date as written
 * @returns `yyyy-MM-dd`, or `null` when the text is not a valid date
 * @example parseVietnameseDate('5/9/2024') // '2024-09-05'
 * @example parseVietnameseDate('31/02/2024') // null
 * @category Evidence
 */
export function parseVietnameseDate(text: string): string | null {
  const trimmed = text.trim();
  const iso = ISO_DATE.exec(trimmed);
  if (iso) return isIsoDate(trimmed) ? trimmed : null;
  const dayFirst = DAY_FIRST.exec(trimmed);
  if (!dayFirst) return null;
  const [, day = '', , month = '', year = ''] = dayFirst;
  const out = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(out) ? out : null;
}

/**
 * Tells whether a text is an ISO calendar date `yyyy-MM-dd` that exists.
 *
 * @param text - the text
 * @returns true for a real date such as `2024-02-29`, false for `2023-02-29` or `29/02/2024`
 * @category Evidence
 */
export function isIsoDate(text: string): boolean {
  // Character codes, not a date library or a regular expression: validation calls this for every
  // date of every record, and the main entry stays small in browser bundles.
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 ? (leap ? 29 : 28) : (DAYS[month - 1] ?? 0));
}

/** The number written by `count` ASCII digits from `at`, or -1 when one is not a digit. */
function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}
