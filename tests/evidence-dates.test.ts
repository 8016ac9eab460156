import { format, isValid, parse } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { isIsoDate, parseVietnameseDate } from '../src/evidence/dates.js';

describe('parseVietnameseDate', () => {
  it.each([
    ['05/09/2024', '2024-09-05'],
    ['5/9/2024', '2024-09-05'],
    ['05-09-2024', '2024-09-05'],
    ['12.03.2025', '2025-03-12'],
    ['2024-09-05', '2024-09-05'],
    [' 29/02/2024 ', '2024-02-29'],
  ])('reads %s as %s (day first)', (text, iso) => {
    expect(parseVietnameseDate(text)).toBe(iso);
  });

  it.each([
    '31/02/2024',
    '29/02/2023',
    '31/04/2025',
    '0/1/2024',
    '1/13/2024',
    '2024-13-01',
    '2024-02-30',
    '24/9/24',
    '2024-9-5',
    '05/09-2024',
    'hôm qua',
    '',
  ])('rejects %j', (text) => {
    expect(parseVietnameseDate(text)).toBeNull();
  });

  it('tells ISO dates from other text', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('29/02/2024')).toBe(false);
  });

  it('agrees with date-fns parsing on every day of 1996–2030 (and century and edge years), ISO and day-first, and out-of-range parts', () => {
    // The reference: what parseVietnameseDate computed with date-fns before it became arithmetic.
    const reference = (text: string, pattern: string): string | null => {
      const d = parse(text, pattern, new Date(2000, 0, 1));
      return isValid(d) ? format(d, 'yyyy-MM-dd') : null;
    };
    const years = [1, 99, 100, 400, 1600, 1700, 1800, 1900, 2000, 2100, 2400, 9999];
    for (let y = 1996; y <= 2030; y++) years.push(y);
    const disagree: string[] = [];
    let checked = 0;
    for (const y of years)
      for (let m = 0; m <= 13; m++)
        for (let d = 0; d <= 32; d++) {
          const [yy, mm, dd] = [String(y).padStart(4, '0'), String(m).padStart(2, '0'), String(d).padStart(2, '0')];
          const iso = `${yy}-${mm}-${dd}`;
          const expected = reference(iso, 'yyyy-MM-dd');
          if (parseVietnameseDate(iso) !== expected || isIsoDate(iso) !== (expected === iso)) disagree.push(iso);
          const dayFirst = `${d}/${m}/${yy}`;
          if (parseVietnameseDate(dayFirst) !== reference(dayFirst, 'd/M/yyyy')) disagree.push(dayFirst);
          checked += 2;
        }
    expect(disagree).toEqual([]);
    expect(checked).toBe(years.length * 14 * 33 * 2);
  });
});
