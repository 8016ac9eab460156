import { type Issue, issue } from '../errors/issue.js';
import { parseVietnameseDate } from '../evidence/dates.js';

/** An evaluation date as callers may give it: `yyyy-MM-dd`, `dd/MM/yyyy` (as Vietnamese forms write it) or a `Date`. */
export type AsOfInput = string | Date;

/**
 * Reads an evaluation date. A string is an ISO date or a day-first date (`31/12/2025`,
 * `31-12-2025`, `31.12.2025`); a `Date` counts by its calendar day in the local time zone (the day
 * a clock on the wall shows), so `new Date(2025, 11, 31)` is 2025-12-31 wherever it runs.
 * Impossible dates (`2025-02-30`), invalid `Date`s and anything else are an `invalid_as_of` issue.
 *
 * @param value - the date as given (undefined: none)
 * @returns the ISO date (undefined when none was given), or the issue
 * @internal
 */
export function _parseAsOf(
  value: unknown,
):
  | { readonly success: true; readonly data: string | undefined }
  | { readonly success: false; readonly issues: [Issue] } {
  if (value === undefined) return { success: true, data: undefined };
  if (value instanceof Date) {
    if (!Number.isNaN(value.getTime())) return { success: true, data: localDay(value) };
  } else if (typeof value === 'string') {
    const iso = parseVietnameseDate(value);
    if (iso !== null) return { success: true, data: iso };
  }
  const shown = value instanceof Date ? 'Invalid Date' : typeof value === 'string' ? `"${value}"` : typeof value;
  return {
    success: false,
    issues: [issue('invalid_as_of', ['asOf'], { got: shown })],
  };
}

/** The calendar day of a `Date` in the local time zone, `yyyy-MM-dd` (no date library: the main entry stays small). */
function localDay(date: Date): string {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}
