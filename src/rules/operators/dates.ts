/**
 * Calendar-date helpers for the domain operators. Dates are plain `yyyy-MM-dd` strings; they are
 * turned into local-midnight `Date` objects only for date-fns arithmetic, so time zones never shift
 * a day.
 *
 * @module
 */
// Subpath imports: the package index loads every date-fns module (~90 ms at each process or
// worker start); these two load in a few milliseconds.
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { differenceInYears } from 'date-fns/differenceInYears';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;
const VIETNAMESE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function valid(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one.
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last;
}

/**
 * Reads a calendar date written as ISO `yyyy-MM-dd` (a time part is ignored) or Vietnamese
 * `dd/MM/yyyy` (also `d/M/yyyy`).
 *
 * @param value - a string (or a valid `Date`, read in local time)
 * @returns the date as `yyyy-MM-dd`, or null when it is not a real date
 * @example toIsoDate('05/03/2024') // '2024-03-05'
 * @category Rules
 */
export function toIsoDate(value: unknown): string | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return `${pad(value.getFullYear(), 4)}-${pad(value.getMonth() + 1, 2)}-${pad(value.getDate(), 2)}`;
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  let year: number;
  let month: number;
  let day: number;
  const iso = ISO.exec(text);
  if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
  } else {
    const vn = VIETNAMESE.exec(text);
    if (!vn) return null;
    day = Number(vn[1]);
    month = Number(vn[2]);
    year = Number(vn[3]);
  }
  if (!valid(year, month, day)) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function toLocal(iso: string): Date {
  const d = new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  // Years 0–99 would be mapped to 1900–1999 by the constructor.
  d.setFullYear(Number(iso.slice(0, 4)));
  return d;
}

/**
 * Whole years between a birth date and a date (the age on that date).
 *
 * @param birth - birth date (ISO or dd/MM/yyyy)
 * @param on - the date the age is taken on
 * @returns whole years, or null when a date is invalid
 * @example ageOn('29/02/2000', '2001-03-01') // 1
 * @category Rules
 */
export function ageOn(birth: unknown, on: unknown): number | null {
  const b = toIsoDate(birth);
  const o = toIsoDate(on);
  if (b === null || o === null) return null;
  return differenceInYears(toLocal(o), toLocal(b));
}

/**
 * Calendar days from `a` to `b` (positive when b is later).
 *
 * @param a - first date
 * @param b - second date
 * @returns the number of days, or null when a date is invalid
 * @example daysFromTo('2024-02-28', '2024-03-01') // 2
 * @category Rules
 */
export function daysFromTo(a: unknown, b: unknown): number | null {
  const x = toIsoDate(a);
  const y = toIsoDate(b);
  if (x === null || y === null) return null;
  return differenceInCalendarDays(toLocal(y), toLocal(x));
}

/**
 * Whether a date lies within a period, bounds included.
 *
 * @param date - the date (ISO or dd/MM/yyyy)
 * @param from - first day `yyyy-MM-dd`
 * @param to - last day `yyyy-MM-dd`
 * @returns true when from ≤ date ≤ to; false for an invalid date or period
 * @category Rules
 */
export function isWithin(date: unknown, from: string, to: string): boolean {
  const d = toIsoDate(date);
  const f = toIsoDate(from);
  const t = toIsoDate(to);
  if (d === null || f === null || t === null) return false;
  // ISO calendar dates order lexicographically.
  return f <= d && d <= t;
}
