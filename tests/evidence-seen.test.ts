import { describe, expect, it } from 'vitest';
import { SeenKeys } from '../src/node/readers/seenKeys.js';

describe('SeenKeys: exact duplicate detection in bounded memory', () => {
  const Y25 = ['2025-01-01', '2025-12-31'] as const;
  const Y24 = ['2024-01-01', '2024-12-31'] as const;

  it('remembers the first row of every key across growth, and reports repeats with it', () => {
    const seen = new SeenKeys();
    for (let i = 1; i <= 200_000; i++) expect(seen.add(`p${i}`, ...Y25, i)).toBe(0);
    expect(seen.add('p1', ...Y25, 200_001)).toBe(1);
    expect(seen.add('p123456', ...Y25, 200_002)).toBe(123_456);
    expect(seen.add('p123456', ...Y24, 200_003)).toBe(0);
    expect(seen.add('p123456', ...Y24, 200_004)).toBe(200_003);
    expect(seen.add('Nguyễn', ...Y25, 7)).toBe(0);
    expect(seen.add('Nguyễn', ...Y25, 9)).toBe(7);
    // A row above 2^24 and row 0 (no row: remembered as 1) come back as given.
    expect(seen.add('far', ...Y25, 40_000_123)).toBe(0);
    expect(seen.add('far', ...Y25, 40_000_124)).toBe(40_000_123);
    expect(seen.add('none', ...Y25, 0)).toBe(0);
    expect(seen.add('none', ...Y25, 5)).toBe(1);
  });

  it('keys that share a hash (every key hashes to 0: one table, one probe chain) stay apart', () => {
    const seen = new SeenKeys(() => 0);
    const ids = ['a', 'b', 'ab', 'ba', '', 'P00000001', 'P00000010', 'Nguyễn', 'Nguyên', '\u4e2d', '\u0080', 'x\uffff'];
    ids.forEach((id, k) => {
      expect(seen.add(id, ...Y25, k + 1)).toBe(0);
    });
    ids.forEach((id, k) => {
      expect(seen.add(id, ...Y24, 100 + k)).toBe(0);
    });
    // Past several growths of that one table.
    for (let i = 0; i < 2000; i++) expect(seen.add(`n${i}`, ...Y25, 1000 + i)).toBe(0);
    ids.forEach((id, k) => {
      expect(seen.add(id, ...Y25, 5000)).toBe(k + 1);
    });
    ids.forEach((id, k) => {
      expect(seen.add(id, ...Y24, 5000)).toBe(100 + k);
    });
    for (let i = 0; i < 2000; i++) expect(seen.add(`n${i}`, ...Y25, 9999)).toBe(1000 + i);
    expect(seen.add('n2000', ...Y25, 1)).toBe(0);
  });

  it('keys that share a shard and a slot under a hash of their last byte are told apart by their bytes', () => {
    // Hand-made collisions: "a1" and "b1" (and "zz1") differ, but this hash sees only the last byte.
    const seen = new SeenKeys((bytes, _start, end) => (bytes[end - 1] as number) * 0x01010101);
    expect(seen.add('a1', ...Y25, 2)).toBe(0);
    expect(seen.add('b1', ...Y25, 3)).toBe(0);
    expect(seen.add('zz1', ...Y25, 4)).toBe(0);
    expect(seen.add('b1', ...Y25, 5)).toBe(3);
    expect(seen.add('a1', ...Y25, 6)).toBe(2);
    expect(seen.add('zz1', ...Y25, 7)).toBe(4);
    // The same id in another period is another key, even with one period number apart.
    expect(seen.add('a1', '2025-01-01', '2025-06-30', 8)).toBe(0);
    expect(seen.add('a1', '2025-01-01', '2025-06-30', 9)).toBe(8);
  });

  it('code units that encode in one, two and three bytes never run together', () => {
    const seen = new SeenKeys(() => 7);
    // U+0100 is written 0x80 0x02; "\u0080" then "\u0002"-like sequences must not alias it.
    const ids = ['\u0100', '\u0080\u0002', '\u0000\u0002', '\u4000', '\u0080\u0080\u0001', 'ā', 'a\u0304'];
    ids.forEach((id, k) => {
      expect(seen.add(id, ...Y25, k + 1)).toBe(0);
    });
    ids.forEach((id, k) => {
      expect(seen.add(id, ...Y25, 50)).toBe(k + 1);
    });
  });

  it('grows by splitting pages of one size: no page doubles, every key is still found', () => {
    const seen = new SeenKeys();
    for (let i = 1; i <= 100_000; i++) expect(seen.add(`P${String(i).padStart(8, '0')}`, ...Y24, i)).toBe(0);
    const { pages, depth, slots } = seen._shape;
    // 1,024 slots a page, split when 80% full: 100,000 keys need at least 123 pages.
    expect(slots).toBe(pages * 1024);
    expect(pages).toBeGreaterThanOrEqual(123);
    expect(2 ** depth).toBeGreaterThanOrEqual(pages);
    for (let i = 1; i <= 100_000; i += 97) expect(seen.add(`P${String(i).padStart(8, '0')}`, ...Y24, 0)).toBe(i);
    expect(seen.add('P00100001', ...Y24, 100_001)).toBe(0);
  });

  it('a hash that one bit splits, then no more, leaves two pages that grow on their own', () => {
    // Keys ending in an odd character hash to 2^31, the others to 0: the first split separates
    // them, later ones cannot; each side then doubles in place and keeps every key.
    const seen = new SeenKeys((bytes, _start, end) => ((bytes[end - 1] as number) & 1) * 0x80000000);
    for (let i = 0; i < 3000; i++) expect(seen.add(`k${i}`, ...Y25, i + 1)).toBe(0);
    const { pages, slots } = seen._shape;
    expect(slots).toBeGreaterThan(pages * 1024);
    for (let i = 0; i < 3000; i++) expect(seen.add(`k${i}`, ...Y25, 9000)).toBe(i + 1);
    expect(seen.add('k3000', ...Y25, 1)).toBe(0);
  });

  it('digits packed two to a byte never alias other ids (one probe chain: only the bytes tell them apart)', () => {
    const seen = new SeenKeys(() => 3);
    // Runs of digits of every parity, digits beside their ASCII neighbours ('/' 0x2F, ':' 0x3A),
    // the character whose code is the wide marker ('d', 0x64) and wide units whose bytes are digit pairs.
    const ids = [
      '1',
      '12',
      '123',
      '1234',
      '0',
      '00',
      '01',
      '001',
      '0001',
      '10',
      '100',
      '99',
      '9',
      '09',
      '90',
      'a1b2',
      'a12b',
      'a1 2',
      'a 12',
      '/0',
      '0/',
      ':9',
      '9:',
      '/',
      ':',
      'd',
      'dd',
      'd12',
      '\u0064\u000c',
      '\u0c00',
      '\u00001200',
      '\u0101',
      '\u0001\u0001',
      '\u0080',
      'x\u0080',
      '\uffff',
      'P00000001',
      'P0000001',
      'P000000010',
      'P00000010',
      'P10000000',
      '',
    ];
    expect(new Set(ids).size).toBe(ids.length);
    ids.forEach((id, k) => {
      expect(seen.add(id, ...Y25, k + 1)).toBe(0);
    });
    ids.forEach((id, k) => {
      expect(seen.add(id, ...Y25, 500)).toBe(k + 1);
    });
    expect(seen.add('12', ...Y24, 600)).toBe(0);
    expect(seen.add('123', ...Y24, 601)).toBe(0);
    expect(seen.add('12', ...Y24, 602)).toBe(600);
  });

  it('an id like P00000001 takes 7 bytes and its row 1–3 in the arena', () => {
    const seen = new SeenKeys();
    for (let i = 1; i <= 100_000; i++) seen.add(`P${String(i).padStart(8, '0')}`, ...Y24, i);
    // Per key: length 1 + period 1 + 'P' 1 + four digit pairs 4 = 7 bytes, then the row as a
    // varint: rows 1–127 in 1 byte, 128–16,383 in 2, 16,384–100,000 in 3.
    expect(seen._shape.arena).toBe(7 * 100_000 + 127 * 1 + (16_383 - 127) * 2 + (100_000 - 16_383) * 3);
    expect(seen._shape.arena).toBe(983_490);
    expect(seen.add('P00099999', ...Y24, 100_001)).toBe(99_999);
    expect(seen.add('P00000128', ...Y24, 100_002)).toBe(128);
  });

  it('a very long id (over an arena chunk) is kept whole', () => {
    const seen = new SeenKeys();
    const long = 'x'.repeat(1_500_000);
    expect(seen.add(long, ...Y25, 3)).toBe(0);
    expect(seen.add(`${long}y`, ...Y25, 4)).toBe(0);
    expect(seen.add('short', ...Y25, 5)).toBe(0);
    expect(seen.add(long, ...Y25, 6)).toBe(3);
    expect(seen.add('short', ...Y25, 7)).toBe(5);
  });
});

describe('a broken XLSX file', () => {
  it('is one invalid_xlsx whole-file error naming the file, not a crash or silence', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { readEvidence } = await import('../src/node.js');
    const file = join(mkdtempSync(join(tmpdir(), 'cdht-xlsx-')), 'broken.xlsx');
    writeFileSync(file, Buffer.from('PK\u0003\u0004 this is not really a zip file at all'));
    const rows = [];
    let error: unknown;
    try {
      for await (const row of readEvidence(file)) rows.push(row);
    } catch (e) {
      error = e;
    }
    expect(rows).toHaveLength(0);
    expect(error).toMatchObject({ code: 'invalid_xlsx', issues: [{ code: 'invalid_xlsx', file }] });
    expect((error as Error).message).toContain('not a zip file');
  });
});

describe('evidence fields that name Object.prototype members', () => {
  it('an undeclared "constructor" field is a warning, not silently taken for a declaration', async () => {
    const { validateEvidenceRecord } = await import('../src/index.js');
    const fields = { hours: { type: 'number', label: { vi: 'giờ', en: 'hours' } } } as const;
    const r = validateEvidenceRecord(
      JSON.parse('{"id":"a","period":"2025","data":{"hours":3,"constructor":1}}'),
      fields,
    );
    expect(r.success).toBe(true);
    expect(r.success && r.warnings.map((w) => [w.code, w.path.join('.')])).toEqual([
      ['unknown_evidence_field', 'data.constructor'],
    ]);
  });
});
