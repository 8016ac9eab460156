import { describe, expect, it } from 'vitest';
import { SeenKeys } from '../src/node/readers/seenKeys.js';

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
