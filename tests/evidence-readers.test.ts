import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CdhtError } from '../src/errors/issue.js';
import { readEvidence } from '../src/node/readers/read.js';
import type { ReadEvidenceOptions, RowResult } from '../src/node/readers/types.js';
import { FIELDS } from './fixtures/evidence/fields.js';

const DIR = 'tests/fixtures/evidence/';

async function read(file: string, options: ReadEvidenceOptions = {}): Promise<RowResult[]> {
  const rows: RowResult[] = [];
  for await (const row of readEvidence(DIR + file, options)) rows.push(row);
  return rows;
}

const summary = (rows: RowResult[]) =>
  rows.map((r) => ('record' in r ? [r.row, r.record.id] : [r.row, r.rejected.issues.map((i) => i.code).join('+')]));

describe('NDJSON', () => {
  it('keeps line numbers, skips blank lines, rejects bad JSON, missing period and duplicates', async () => {
    const rows = await read('mixed.ndjson');
    expect(summary(rows)).toEqual([
      [1, 'P1'],
      [3, 'P2'],
      [4, 'invalid_json'],
      [5, 'P3'],
      [6, 'duplicate_record'],
      [7, 'invalid_record'],
      [8, 'P4'],
    ]);
    const dup = rows[4];
    expect(dup && 'rejected' in dup && dup.rejected.issues[0]?.message.en).toBe(
      'Person "P1" already has a record for period 2025 at row 1; this one is rejected.',
    );
    expect(dup && 'rejected' in dup && dup.rejected.issues[0]?.file).toBe(`${DIR}mixed.ndjson`);
  });

  it('normalises decomposed Vietnamese (NFD) to NFC', async () => {
    const raw = readFileSync(`${DIR}mixed.ndjson`, 'utf8');
    expect(raw.includes('Đắk Tờ Re'.normalize('NFD'))).toBe(true);
    const p4 = (await read('mixed.ndjson')).find((r) => 'record' in r && r.record.id === 'P4');
    expect(p4 && 'record' in p4 && p4.record.unit?.commune).toBe('Đắk Tờ Re'.normalize('NFC'));
  });

  it('checks declared evidence: score 12 is rejected at data.tc1_1.self', async () => {
    const rows = await read('mixed.ndjson', { evidence: FIELDS });
    const p3 = rows.find((r) => r.row === 5);
    expect(p3 && 'rejected' in p3 && p3.rejected.issues).toEqual([
      {
        code: 'invalid_evidence',
        path: ['data', 'tc1_1', 'self'],
        params: { kind: 'out_of_range', value: 12, min: 0, max: 10 },
        message: {
          vi: 'Giá trị 12 nằm ngoài khoảng 0–10 cho phép.',
          en: 'Value 12 is outside the allowed range 0–10.',
        },
        file: `${DIR}mixed.ndjson`,
      },
    ]);
  });

  it('can leave duplicates to the caller', async () => {
    const rows = await read('mixed.ndjson', { detectDuplicates: false });
    expect(summary(rows)[4]).toEqual([6, 'P1']);
  });

  it('reads a stream when told the format', async () => {
    const stream = Readable.from([
      Buffer.from('{"id":"a","period":"2025","da'),
      Buffer.from('ta":{}}\r\n\n{"id":"b","period":{"from":"2025-01-01","to":"2025-06-30"},"data":{}}'),
    ]);
    const rows: RowResult[] = [];
    for await (const row of readEvidence(stream, { format: 'ndjson' })) rows.push(row);
    expect(summary(rows)).toEqual([
      [1, 'a'],
      [3, 'b'],
    ]);
  });

  it('throws unknown_format for a stream without a format or an unknown extension', async () => {
    await expect(read('fields.ts')).rejects.toMatchObject({ code: 'unknown_format' });
  });
});

describe('JSON', () => {
  it('reads an array', async () => {
    expect(summary(await read('good.json'))).toEqual([
      [1, 'P1'],
      [2, 'P2'],
    ]);
  });

  it('reads {records: [...]} and ignores other members, even ones holding "records"', async () => {
    expect(summary(await read('wrapped.json'))).toEqual([
      [1, 'P1'],
      [2, 'P2'],
      [3, 'P3'],
    ]);
  });

  it('rejects a broken element and a trailing comma but reads the rest', async () => {
    expect(summary(await read('broken.json'))).toEqual([
      [1, 'P1'],
      [2, 'invalid_json'],
      [3, 'P2'],
      [4, 'invalid_json'],
    ]);
  });

  it('streams elements split across chunks, strings holding brackets and escaped quotes', async () => {
    const text =
      '{"records": [ {"id":"a]\\"}","period":"2025","data":{"x":[1,{"y":"}"}]}} , {"id":"b","period":"2025","data":{}} ]}';
    const chunks = text.match(/.{1,3}/gs) ?? [];
    const rows: RowResult[] = [];
    for await (const row of readEvidence(Readable.from(chunks.map((c) => Buffer.from(c))), {
      format: 'json',
    }))
      rows.push(row);
    expect(summary(rows)).toEqual([
      [1, 'a]"}'],
      [2, 'b'],
    ]);
  });

  it('rejects a file that is neither an array nor {records}, as a whole (no row)', async () => {
    const rows: RowResult[] = [];
    const reading = (async () => {
      for await (const row of readEvidence(Readable.from([Buffer.from('{"id":"a"}')]), { format: 'json' }))
        rows.push(row);
    })();
    await expect(reading).rejects.toMatchObject({ code: 'invalid_json' });
    expect(rows).toEqual([]);
  });
});

describe('CSV', () => {
  it('reads BOM, CRLF, quoted commas and quotes, dd/MM/yyyy, có/không/x, decimal comma, multi-line cells', async () => {
    const rows = await read('bom.csv', { evidence: FIELDS });
    expect(summary(rows)).toEqual([
      [2, 'P1'],
      [4, 'P2'],
      [5, 'invalid_evidence+unknown_evidence_field'],
      [7, 'invalid_evidence'],
    ]);
    const p1 = rows[0];
    expect(p1 && 'record' in p1 && p1.record).toEqual({
      id: 'P1',
      name: 'Nguyễn Văn An, con',
      group: 'household',
      period: '2025',
      unit: { commune: 'Đắk Ruồng', village: 'Thôn 1' },
      data: {
        tc1_1: { self: 8, reviewed: 7 },
        birthDate: '1980-09-05',
        onlinePublicServices: true,
        selfAssessedOnline: true,
        note: 'Nói "học, học nữa"',
      },
    });
    expect(p1 && 'record' in p1 && p1.warnings?.map((w) => [w.code, w.severity, w.path])).toEqual([
      ['unknown_evidence_field', 'warning', ['data', 'note']],
    ]);
    const p2 = rows[1];
    expect(p2 && 'record' in p2 && p2.record.data).toEqual({
      tc1_1: { self: 7 },
      birthDate: '1990-02-01',
      onlinePublicServices: false,
    });
    const p3 = rows[2];
    expect(
      p3 &&
        'rejected' in p3 &&
        p3.rejected.issues.filter((i) => i.severity !== 'warning').map((i) => [i.path, i.message.en]),
    ).toEqual([[['data', 'birthDate'], 'Expected a date as yyyy-MM-dd, got "31/02/1990".']]);
    const p4 = rows[3];
    expect(p4 && 'rejected' in p4 && p4.rejected.issues.map((i) => i.path)).toEqual([['data', 'tc1_1', 'self']]);
  });

  it('coerces by appearance without a framework', async () => {
    const rows = await read('plain.csv');
    expect(rows.map((r) => 'record' in r && r.record.data)).toEqual([
      { score: 9, done: true, when: '2024-03-02', label: 'x1' },
      { done: false, when: '2024-03-02', label: true },
    ]);
  });

  it('rejects broken rows with their line numbers and keeps the good ones', async () => {
    const rows = await read('broken.csv');
    expect(summary(rows)).toEqual([
      [2, 'B1'],
      [3, 'invalid_csv'],
      [4, 'invalid_csv'],
      [5, 'invalid_csv'],
      [6, 'B5'],
      [7, 'invalid_csv'],
    ]);
    const short = rows[1];
    expect(short && 'rejected' in short && short.rejected.issues[0]?.message.vi).toBe(
      'Dòng 3 có 2 ô nhưng dòng tiêu đề có 3 cột.',
    );
  });

  it('reads ; as the delimiter when the header uses it (Excel in a Vietnamese locale)', async () => {
    const rows = await read('semicolon.csv', { evidence: FIELDS });
    expect(rows.map((r) => 'record' in r && r.record.data)).toEqual([{ tc1_1: { self: 7.5 } }]);
  });

  it('rejects a header that is not field paths as a whole-file error naming each column', async () => {
    const rows: RowResult[] = [];
    let error: unknown;
    try {
      for await (const row of readEvidence(Readable.from([Buffer.from('id,__proto__.x,id\n1,2,3\n')]), {
        format: 'csv',
      }))
        rows.push(row);
    } catch (e) {
      error = e;
    }
    expect(rows).toHaveLength(0);
    expect(error).toBeInstanceOf(CdhtError);
    expect((error as CdhtError).issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_csv', [1]],
      ['invalid_csv', [2]],
    ]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('XLSX', () => {
  it('reads the first sheet: typed cells, dates, rich text, formulas, empty rows, cells beyond the header', async () => {
    const rows = await read('good.xlsx', { evidence: FIELDS });
    expect(summary(rows)).toEqual([
      [2, '101'],
      [3, 'X2'],
      [5, 'invalid_evidence+invalid_evidence'],
      [6, 'invalid_csv'],
    ]);
    expect(rows.map((r) => 'record' in r && r.record.data).slice(0, 2)).toEqual([
      {
        tc1_1: { self: 8, reviewed: 7 },
        birthDate: '1980-09-05',
        onlinePublicServices: true,
        selfAssessedOnline: true,
      },
      { tc1_1: { self: 7 }, birthDate: '1990-02-01', onlinePublicServices: false },
    ]);
    const x2 = rows[1];
    expect(x2 && 'record' in x2 && x2.record.name).toBe('Y Blưn');
    const x3 = rows[2];
    expect(x3 && 'rejected' in x3 && x3.rejected.issues.map((i) => i.path)).toEqual([
      ['data', 'tc1_1', 'self'],
      ['data', 'birthDate'],
    ]);
  });
});

describe('encoding', () => {
  it('rejects only the Windows-1258 row of a CSV, naming its line and byte', async () => {
    const rows = await read('windows1258.csv');
    expect(summary(rows)).toEqual([
      [2, 'W1'],
      [3, 'invalid_encoding'],
      [4, 'W3'],
    ]);
    const bad = rows[1];
    // "id,name,period,unit.commune\n" is 28 bytes, "W1,An,2025,Tan Lap\n" 19, "W2," 3: Đ is byte 50.
    expect(bad && 'rejected' in bad && bad.rejected.issues[0]?.message.en).toBe(
      'Row 3 has bytes that are not valid UTF-8, byte 50 (the file may be Windows-1258 or Latin-1); save it as UTF-8.',
    );
  });

  it('rejects the Latin-1 line of an NDJSON file', async () => {
    expect(summary(await read('latin1.ndjson'))).toEqual([
      [1, 'L1'],
      [2, 'invalid_encoding'],
      [3, 'L3'],
    ]);
  });

  it('reports a UTF-16 file once, as a whole-file error, instead of reading garbage', async () => {
    for (const file of ['utf16.csv', 'utf16-nobom.ndjson']) {
      const error = await read(file).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(CdhtError);
      const first = (error as CdhtError).issues[0];
      expect([first.code, first.file]).toEqual(['invalid_encoding', DIR + file]);
      expect(first.message.en).toMatch(/^The file looks UTF-16 encoded/);
    }
  });

  it('finds a bad byte split across chunks', async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"id":"a","period":"2025","data":{}}\n{"id":"b","name":"'),
      Buffer.from([0xe1, 0xba]),
      Buffer.from('","period":"2025","data":{}}\n'),
    ]);
    // Line 1 and '{"id":"b","name":"' are 55 bytes, so the truncated sequence E1 BA starts at byte 55; split it between chunks.
    const chunks = [bytes.subarray(0, 56), bytes.subarray(56, 61), bytes.subarray(61)];
    const rows: RowResult[] = [];
    for await (const row of readEvidence(Readable.from(chunks), { format: 'ndjson' })) rows.push(row);
    expect(summary(rows)).toEqual([
      [1, 'a'],
      [2, 'invalid_encoding'],
    ]);
    expect(rows[1] && 'rejected' in rows[1] && rows[1].rejected.issues[0]?.message.en).toContain('byte 55');
  });
});

describe('reconciliation', () => {
  it.each([
    ['mixed.ndjson', 7],
    ['broken.json', 4],
    ['bom.csv', 4],
    ['broken.csv', 6],
    ['good.xlsx', 4],
    ['windows1258.csv', 3],
  ])('%s: records + rejected = %i input rows, row numbers unique and increasing', async (file, inputRows) => {
    const rows = await read(file, { evidence: FIELDS });
    const records = rows.filter((r) => 'record' in r).length;
    const rejected = rows.filter((r) => 'rejected' in r).length;
    expect(records + rejected).toBe(inputRows);
    const numbers = rows.map((r) => r.row);
    expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});
