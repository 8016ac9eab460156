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

  it('isIsoDate (arithmetic) agrees with the date-fns parse on every day of 1896–2104 and out-of-range parts', () => {
    let checked = 0;
    const disagree: string[] = [];
    for (const y of [
      1,
      100,
      400,
      1600,
      1700,
      1800,
      1900,
      2000,
      2100,
      2400,
      ...Array.from({ length: 209 }, (_, k) => 1896 + k),
    ])
      for (let m = 0; m <= 13; m++)
        for (let d = 0; d <= 32; d++) {
          const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          if (isIsoDate(text) !== (parseVietnameseDate(text) === text)) disagree.push(text);
          checked++;
        }
    expect(disagree).toEqual([]);
    expect(checked).toBe(219 * 14 * 33);
  });
});
