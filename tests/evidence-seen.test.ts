import { describe, expect, it } from 'vitest';
import { SeenKeys } from '../src/evidence/seenKeys.js';

describe('SeenKeys: duplicate detection in bounded memory', () => {
  it('remembers the first row of every key across growth, and reports repeats with it', () => {
    const seen = new SeenKeys();
    for (let i = 1; i <= 200_000; i++) expect(seen.add(`p${i}\u00002025`, i)).toBe(0);
    expect(seen.add('p1\u00002025', 200_001)).toBe(1);
    expect(seen.add('p123456\u00002025', 200_002)).toBe(123_456);
    expect(seen.add('p123456\u00002024', 200_003)).toBe(0);
    expect(seen.add('Nguyễn\u00002025', 7)).toBe(0);
    expect(seen.add('Nguyễn\u00002025', 9)).toBe(7);
  });
});
