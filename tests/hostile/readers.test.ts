import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CdhtError } from '../../src/errors/issue.js';
import { readEvidence } from '../../src/node/readers/read.js';
import type { ReadEvidenceOptions, RowResult } from '../../src/node/readers/types.js';
import { sharedStringsXml, sheetRows, workbook } from './xlsx.js';

/** Every row of a source, or the error that ended the read. */
async function read(
  source: string | Buffer | string[],
  options: ReadEvidenceOptions,
): Promise<{ rows: RowResult[]; error?: unknown }> {
  const rows: RowResult[] = [];
  const input =
    typeof source === 'string' && options.format === undefined
      ? source
      : Readable.from(Array.isArray(source) ? source.map((s) => Buffer.from(s)) : [Buffer.from(source)]);
  try {
    for await (const row of readEvidence(input, options)) rows.push(row);
  } catch (error) {
    return { rows, error };
  }
  return { rows };
}

const summary = (rows: readonly RowResult[]) =>
  rows.map((r) => ('record' in r ? [r.row, r.record.id] : [r.row, r.rejected.issues.map((i) => i.code).join('+')]));

const rejection = (rows: readonly RowResult[], row: number) => {
  const found = rows.find((r) => r.row === row);
  if (!found || !('rejected' in found)) throw new Error(`row ${row} is not rejected`);
  return found.rejected.issues;
};

function tmpFile(name: string, content: string | Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'cdht-hostile-')), name);
  writeFileSync(file, content);
  return file;
}

const nested = (depth: number): string => `${'['.repeat(depth)}1${']'.repeat(depth)}`;

describe('rows dropped silently (CSV)', () => {
  it('a NUL byte in row 50,000 of 100,000 rejects that row only; every other row is read', async () => {
    const lines = ['id,period,data.x'];
    for (let i = 1; i <= 100_000; i++) lines.push(i === 50_000 ? `p${i},2025,a\u0000b` : `p${i},2025,${i % 10}`);
    const { rows, error } = await read(`${lines.join('\n')}\n`, { format: 'csv', detectDuplicates: false });
    expect(error).toBeUndefined();
    expect(rows).toHaveLength(100_000);
    const rejected = rows.filter((r) => 'rejected' in r);
    expect(rejected.map((r) => r.row)).toEqual([50_001]);
    const [nul] = rejection(rows, 50_001);
    expect(nul?.code).toBe('invalid_encoding');
    expect(nul?.message.en).toContain('NUL');
    expect(rows.at(-1)).toMatchObject({ row: 100_001, record: { id: 'p100000' } });
  });

  it('a CR-only file (Mac Excel) is read as three rows, not one', async () => {
    const { rows } = await read('id,period,data.x\ra,2025,1\rb,2025,2\rc,2025,3\r', { format: 'csv' });
    expect(summary(rows)).toEqual([
      [2, 'a'],
      [3, 'b'],
      [4, 'c'],
    ]);
  });

  it('a file mixing CR, LF and CRLF keeps every row apart', async () => {
    const { rows } = await read('id,period,data.x\r\na,2025,1\rb,2025,2\nc,2025,3\r\nd,2025,4', { format: 'csv' });
    expect(summary(rows)).toEqual([
      [2, 'a'],
      [3, 'b'],
      [4, 'c'],
      [5, 'd'],
    ]);
  });

  it('a lone CR inside a quoted cell stays in the cell', async () => {
    const { rows } = await read('id,period,name\ra,2025,"x\ry"\rb,2025,z\r', { format: 'csv' });
    expect(rows.map((r) => 'record' in r && [r.row, r.record.name])).toEqual([
      [2, 'x\ry'],
      [4, 'z'],
    ]);
  });

  it('an undecodable byte rejects its row only, naming the row', async () => {
    const bytes = Buffer.concat([
      Buffer.from('id,period,name\na,2025,An\nb,2025,Nguy'),
      Buffer.from([0xea]),
      Buffer.from('n\nc,2025,Lan\n'),
    ]);
    const { rows } = await read(bytes as unknown as string, { format: 'csv' });
    expect(summary(rows)).toEqual([
      [2, 'a'],
      [3, 'invalid_encoding'],
      [4, 'c'],
    ]);
  });
});

describe('rows dropped silently (NDJSON and JSON)', () => {
  it('NDJSON: a NUL byte rejects that line only', async () => {
    const text =
      '{"id":"a","period":"2025","data":{}}\n{"id":"b\u0000","period":"2025","data":{}}\n{"id":"c","period":"2025","data":{}}\n';
    const { rows, error } = await read(text, { format: 'ndjson' });
    expect(error).toBeUndefined();
    expect(summary(rows)).toEqual([
      [1, 'a'],
      [2, 'invalid_encoding'],
      [3, 'c'],
    ]);
  });

  it('JSON: two "records" keys reject the whole file, naming the line and column', async () => {
    const text =
      '{\n  "records": [{"id":"a","period":"2025","data":{}}],\n  "records": [{"id":"b","period":"2025","data":{}}]\n}\n';
    const file = tmpFile('two.json', text);
    const { rows, error } = await read(file, {});
    expect(rows).toEqual([]);
    expect(error).toBeInstanceOf(CdhtError);
    const e = error as CdhtError;
    expect(e.code).toBe('duplicate_key');
    expect(e.issues[0].file).toBe(file);
    expect(e.issues[0].params).toEqual({
      kind: 'file',
      key: 'records',
      at: { line: 3, column: 3 },
      first: { line: 2, column: 3 },
    });
    expect(e.issues[0].message.en).toBe(
      'key "records" at 3:3 is already in the same object (first at 2:3); JSON.parse would silently keep the last',
    );
  });

  it('JSON: content after the closing ] rejects the whole file', async () => {
    const file = tmpFile('trail.json', '[{"id":"a","period":"2025","data":{}}]\n]garbage');
    const { rows, error } = await read(file, {});
    expect(rows).toEqual([]);
    expect(error).toMatchObject({ code: 'invalid_json' });
    expect((error as CdhtError).issues[0].message.en).toBe(
      'Unexpected content after the end of the JSON document (line 2, column 1).',
    );
  });

  it('JSON: a repeated key inside a record rejects that record, with its path', async () => {
    const text = '[{"id":"a","period":"2025","data":{"x":1,"x":2}},{"id":"b","period":"2025","data":{}}]';
    const { rows } = await read(text, { format: 'json' });
    expect(summary(rows)).toEqual([
      [1, 'duplicate_key'],
      [2, 'b'],
    ]);
    expect(rejection(rows, 1)[0]?.path).toEqual(['data', 'x']);
  });

  it('NDJSON: a repeated key rejects that line only', async () => {
    const text = '{"id":"a","period":"2025","period":"2024","data":{}}\n{"id":"b","period":"2025","data":{}}\n';
    const { rows } = await read(text, { format: 'ndjson' });
    expect(summary(rows)).toEqual([
      [1, 'duplicate_key'],
      [2, 'b'],
    ]);
  });
});

describe('depth', () => {
  const deep = `{"id":"b","period":"2025","data":{"x":${nested(5_000)}}}`;
  const good = (id: string) => `{"id":"${id}","period":"2025","data":{"y":"Đắk Ruồng"}}`;

  it('NDJSON: a value nested 5,000 deep rejects that row; the rows after it are read', async () => {
    const { rows, error } = await read(`${good('a')}\n${deep}\n${good('c')}\n`, { format: 'ndjson' });
    expect(error).toBeUndefined();
    expect(summary(rows)).toEqual([
      [1, 'a'],
      [2, 'evidence_too_deep'],
      [3, 'c'],
    ]);
    const [issue] = rejection(rows, 2);
    expect(issue?.path.slice(0, 3)).toEqual(['data', 'x', 0]);
    expect(issue?.path).toHaveLength(64);
    expect(issue?.message.en).toContain('64');
  });

  it('JSON: the same in an array of records', async () => {
    const { rows } = await read(`[${good('a')},${deep},${good('c')}]`, { format: 'json' });
    expect(summary(rows)).toEqual([
      [1, 'a'],
      [2, 'evidence_too_deep'],
      [3, 'c'],
    ]);
  });

  it('CSV: a list cell nested 5,000 deep rejects that row', async () => {
    const csv = `id,period,data.list\na,2025,[1]\nb,2025,"${nested(5_000)}"\nc,2025,[2]\n`;
    const { rows } = await read(csv, {
      format: 'csv',
      evidence: { list: { type: 'list', label: { vi: 'l', en: 'l' } } },
    });
    expect(summary(rows)).toEqual([
      [2, 'a'],
      [3, 'evidence_too_deep'],
      [4, 'c'],
    ]);
  });

  it('64 levels are accepted, 65 are not', async () => {
    // The record itself is level 1 and data level 2, so data.x holds 62 more for 64 in all.
    const at = (n: number) => `{"id":"a","period":"2025","data":{"x":${nested(n)}}}`;
    expect(summary((await read(at(62), { format: 'ndjson' })).rows)).toEqual([[1, 'a']]);
    expect(summary((await read(at(63), { format: 'ndjson' })).rows)).toEqual([[1, 'evidence_too_deep']]);
  });
});

describe('unbounded memory (row-level caps)', () => {
  const limits = { fieldBytes: 1_000, recordBytes: 4_000 };

  it('CSV: a field over the cap rejects that row and the next rows are read', async () => {
    const big = 'x'.repeat(1_001);
    const csv = `id,period,name\na,2025,ok\nb,2025,"${big}"\nc,2025,${big}\nd,2025,ok\n`;
    const { rows } = await read(csv, { format: 'csv', limits });
    expect(summary(rows)).toEqual([
      [2, 'a'],
      [3, 'field_too_large'],
      [4, 'field_too_large'],
      [5, 'd'],
    ]);
    expect(rejection(rows, 3)[0]?.message.en).toBe(
      'Row 3, column 3 is longer than 1,000 bytes (the limit for one cell).',
    );
  });

  it('CSV: a record over the cap (many small fields, or a quote left open) rejects that row', async () => {
    const wide = Array.from({ length: 10 }, () => 'y'.repeat(900)).join(',');
    const csv = `id,period,name\na,2025,ok\n${wide}\nd,2025,ok\n`;
    const { rows } = await read(csv, { format: 'csv', limits });
    expect(summary(rows)).toEqual([
      [2, 'a'],
      [3, 'record_too_large'],
      [4, 'd'],
    ]);
  });

  it('NDJSON and JSON: a record over the cap rejects that record', async () => {
    const big = `{"id":"b","period":"2025","data":{"x":"${'z'.repeat(5_000)}"}}`;
    const small = (id: string) => `{"id":"${id}","period":"2025","data":{}}`;
    const nd = await read(`${small('a')}\n${big}\n${small('c')}\n`, { format: 'ndjson', limits });
    expect(summary(nd.rows)).toEqual([
      [1, 'a'],
      [2, 'record_too_large'],
      [3, 'c'],
    ]);
    const js = await read(`[${small('a')},${big},${small('c')}]`, { format: 'json', limits });
    expect(summary(js.rows)).toEqual([
      [1, 'a'],
      [2, 'record_too_large'],
      [3, 'c'],
    ]);
  });
});

describe('counting twice', () => {
  it('"2025" and {from: 2025-01-01, to: 2025-12-31} are the same period for the duplicate check', async () => {
    const text =
      '{"id":"a","period":"2025","data":{}}\n{"id":"a","period":{"from":"2025-01-01","to":"2025-12-31"},"data":{}}\n{"id":"a","period":{"from":"2025-01-01","to":"2025-06-30"},"data":{}}\n';
    const { rows } = await read(text, { format: 'ndjson' });
    expect(summary(rows)).toEqual([
      [1, 'a'],
      [2, 'duplicate_record'],
      [3, 'a'],
    ]);
    expect(rejection(rows, 2)[0]?.message.en).toBe(
      'Person "a" already has a record for period 2025-01-01..2025-12-31 at row 1; this one is rejected.',
    );
  });
});

describe('XLSX read wrongly without warning', () => {
  const header = ['id', 'period', 'unit.commune', 'data.x'];

  it('merged cells reject every row but the first of the range, naming the cell and range', async () => {
    const sheet = `<sheetData>${sheetRows([header, ['a', '2025', 'Đắk Ruồng', 1], ['b', '2025', null, 2], ['c', '2025', null, 3], ['d', '2025', 'Tân Lập', 4]])}</sheetData><mergeCells count="1"><mergeCell ref="C2:C4"/></mergeCells>`;
    const { rows, error } = await read(workbook({ sheet }) as unknown as string, { format: 'xlsx' });
    expect(error).toBeUndefined();
    expect(summary(rows)).toEqual([
      [2, 'a'],
      [3, 'merged_cell'],
      [4, 'merged_cell'],
      [5, 'd'],
    ]);
    expect(rejection(rows, 3)[0]?.message.en).toBe(
      'Cell C3 is part of the merged range C2:C4, so it reads as empty; unmerge the cells and fill in each row.',
    );
  });

  it('a formula without a cached value rejects its row, naming the cell', async () => {
    const sheet = `<sheetData>${sheetRows([header, ['a', '2025', 'X', { xml: '<f>1+1</f>' }], ['b', '2025', 'X', { xml: '<f>1+1</f><v>2</v>' }]])}</sheetData>`;
    const { rows } = await read(workbook({ sheet }) as unknown as string, { format: 'xlsx' });
    expect(summary(rows)).toEqual([
      [2, 'formula_without_value'],
      [3, 'b'],
    ]);
    expect(rows[1] && 'record' in rows[1] && rows[1].record.data).toEqual({ x: 2 });
    expect(rejection(rows, 2)[0]?.message.en).toContain('D2');
  });

  it('#DIV/0! and #N/A reject the row with the cell reference', async () => {
    const sheet = `<sheetData>${sheetRows([header, ['a', '2025', 'X', { t: 'e', xml: '<f>1/0</f><v>#DIV/0!</v>' }], ['b', '2025', 'X', { t: 'e', xml: '<v>#N/A</v>' }], ['c', '2025', 'X', 3]])}</sheetData>`;
    const { rows } = await read(workbook({ sheet }) as unknown as string, { format: 'xlsx' });
    expect(summary(rows)).toEqual([
      [2, 'cell_error'],
      [3, 'cell_error'],
      [4, 'c'],
    ]);
    expect(rejection(rows, 2)[0]?.message.en).toBe('Cell D2 holds the error value #DIV/0!.');
  });

  it('a shared-strings table over the cap is one whole-file error', async () => {
    const strings = Array.from({ length: 101 }, (_, i) => `s${i}`);
    const sheet = `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>`;
    const bytes = workbook({ sheet, sharedStrings: sharedStringsXml(strings) });
    const { rows, error } = await read(bytes as unknown as string, {
      format: 'xlsx',
      limits: { sharedStrings: 100 },
    });
    expect(rows).toEqual([]);
    expect(error).toMatchObject({ code: 'xlsx_too_large' });
    expect((error as CdhtError).issues[0].message.en).toContain('more than 100 shared strings');
  });

  it('a cell longer than the cap rejects its row', async () => {
    const sheet = `<sheetData>${sheetRows([header, ['a', '2025', 'x'.repeat(101), 1], ['b', '2025', 'y', 2]])}</sheetData>`;
    const { rows } = await read(workbook({ sheet }) as unknown as string, {
      format: 'xlsx',
      limits: { cellChars: 100 },
    });
    expect(summary(rows)).toEqual([
      [2, 'field_too_large'],
      [3, 'b'],
    ]);
  });

  it('more rows than the cap is a whole-file error', async () => {
    const data = Array.from({ length: 10 }, (_, i) => [`p${i}`, '2025', 'X', i]);
    const sheet = `<sheetData>${sheetRows([header, ...data])}</sheetData>`;
    const { error } = await read(workbook({ sheet }) as unknown as string, { format: 'xlsx', limits: { rows: 5 } });
    expect(error).toMatchObject({ code: 'xlsx_too_large' });
  });
});

describe('the input is never changed', () => {
  it('reading leaves the file as it was', async () => {
    const file = tmpFile('in.csv', 'id,period\ra,2025\r');
    const before = readFileSync(file);
    await read(file, {});
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
