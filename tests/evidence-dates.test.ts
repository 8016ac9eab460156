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
});
