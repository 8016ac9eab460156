import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { cdht, FIELDS, requireBuild, scores } from './fixtures/cli/run.js';

beforeAll(requireBuild);

const line = (v: unknown): string => JSON.stringify(v);
const tmp = (): string => mkdtempSync(join(tmpdir(), 'cdht-cli-'));
const ndjson = (text: string): Record<string, unknown>[] =>
  text
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const decision = (e: Record<string, unknown>): string =>
  (e.titles as { id: string; decision: string }[]).find((t) => t.id === 'cdht')?.decision ?? '';

// Hand-computed: a = 10 × 8 = 80, every indicator ≥ 5 → awarded; b = 9 × 10 + 4 = 94 but TC2.2 = 4 < 5 →
// not awarded; c = 9 × 9 = 81 with TC3.2 missing → undetermined (it could score below 5).
const GOOD = [
  scores('a', [8, 8, 8, 8, 8, 8, 8, 8, 8, 8]),
  scores('b', [10, 10, 10, 10, 10, 4, 10, 10, 10, 10]),
  scores('c', [9, 9, 9, 9, 9, 9, 9, 9, 9, null]),
];

describe('cdht evaluate (NDJSON)', () => {
  it('evaluates good rows, rejects bad ones with row numbers, and the summary reconciles', () => {
    const dir = tmp();
    const input = join(dir, 'in.ndjson');
    const bad = scores('d', [12, 8, 8, 8, 8, 8, 8, 8, 8, 8]);
    writeFileSync(input, [...GOOD.map(line), line(bad), '{"id": "e", broken', line(GOOD[0])].join('\n'));
    const r = cdht(['evaluate', '--framework', 'cdht', input], dir);
    expect(r.code).toBe(0);
    const out = ndjson(r.stdout);
    expect(out.map((e) => [e.person, e.total, decision(e)])).toEqual([
      ['a', 80, 'awarded'],
      ['b', 94, 'not-awarded'],
      ['c', 81, 'undetermined'],
    ]);
    expect(r.stderr).toContain(
      'Đã đọc 6 dòng: 3 đã đánh giá, 3 bị từ chối; danh hiệu cdht: 1 đạt, 1 không đạt, 1 chưa xác định',
    );
    const rejects = ndjson(readFileSync(join(dir, 'rejects.ndjson'), 'utf8'));
    expect(rejects.map((x) => [x.row, x.id, (x.issues as { code: string }[])[0]?.code])).toEqual([
      [4, 'd', 'invalid_evidence'],
      [5, undefined, 'invalid_json'],
      [6, 'a', 'duplicate_record'],
    ]);
    expect(rejects[0]?.issues).toMatchObject([{ path: '$.data.tc1_1.self' }]);
  });

  it('exits 1 with --strict when a row is rejected, and writes rejects beside --out', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'in.ndjson'), `${line(GOOD[0])}\n${line(scores('z', [11]))}\n`);
    const r = cdht(
      ['evaluate', '--strict', '--framework', 'cdht', '--out', 'res.ndjson', 'in.ndjson', '--lang', 'en'],
      dir,
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(ndjson(readFileSync(join(dir, 'res.ndjson'), 'utf8'))).toHaveLength(1);
    expect(ndjson(readFileSync(join(dir, 'res.rejects.ndjson'), 'utf8'))[0]?.row).toBe(2);
    expect(r.stderr).toContain(
      'Read 2 rows: 1 evaluated, 1 rejected; title cdht: 1 awarded, 0 not awarded, 0 undetermined',
    );
    expect(r.stderr).toContain('Rejected rows: res.rejects.ndjson');
  });

  it('picks the framework of each record by its group and writes no rejects file when none', () => {
    const dir = tmp();
    writeFileSync(
      join(dir, 'in.ndjson'),
      `${line({ ...GOOD[0], group: 'household' })}\n${line({ ...GOOD[1], group: 'official' })}\n`,
    );
    const r = cdht(['evaluate', 'in.ndjson'], dir);
    expect(r.code).toBe(0);
    expect(ndjson(r.stdout).map((e) => (e.framework as { id: string }).id)).toEqual([
      'cdht-household',
      'cdht-official',
    ]);
    expect(existsSync(join(dir, 'rejects.ndjson'))).toBe(false);
  });

  it('rejects a record whose group has no framework instead of stopping', () => {
    const dir = tmp();
    // The second names the residents' form by its group; a record with no group would pick only the base, which is no form.
    writeFileSync(
      join(dir, 'in.ndjson'),
      `${line({ ...GOOD[0], group: 'martian' })}\n${line({ ...GOOD[1], group: 'resident' })}\n`,
    );
    const r = cdht(['evaluate', 'in.ndjson'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Đã đọc 2 dòng: 1 đã đánh giá, 1 bị từ chối');
    expect(ndjson(readFileSync(join(dir, 'rejects.ndjson'), 'utf8'))[0]).toMatchObject({
      row: 1,
      id: 'a',
      issues: [{ code: 'unknown_framework' }],
    });
  });

  it('writes JSON and CSV (BOM, Vietnamese headers, formula cells neutralised)', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'in.ndjson'), `${line({ ...GOOD[0], name: '=HYPERLINK("x")' })}\n`);
    const json = cdht(['evaluate', '--framework', 'cdht', '--format', 'json', 'in.ndjson'], dir);
    expect((JSON.parse(json.stdout) as unknown[]).length).toBe(1);
    const csv = cdht(['evaluate', '--framework', 'cdht', '--format', 'csv', 'in.ndjson'], dir);
    // One row per person for people to read (issue 14): `;` and the decimal comma in Vietnamese.
    const [header, row] = csv.stdout.split('\r\n');
    expect(header?.startsWith('\uFEFFMã;Họ và tên;Tỉnh;Huyện;Xã;Thôn;Cơ quan;Đơn vị khác;Nhóm;Bộ tiêu chí')).toBe(true);
    expect(header).toContain('Danh hiệu Công dân học tập');
    expect(row).toBe(
      `a;"'=HYPERLINK(""x"")";;;;;;;Người dân (bộ tiêu chí khung, không phải phiếu);cdht 2.0.0;2025;8;8;8;8;8;8;8;8;8;8;80;100;đạt;đạt mọi yêu cầu (tổng điểm 80 ≥ 80);`,
    );
  });
});

describe('cdht evaluate (CSV, XLSX, encodings)', () => {
  it('reads CSV with a BOM, dd/MM/yyyy dates and field-path headers', () => {
    const dir = tmp();
    const header = ['id', 'period.from', 'period.to', ...FIELDS.map((f) => `data.${f}.self`)].join(',');
    const rows = [
      'a,01/01/2025,31/12/2025,8,8,8,8,8,8,8,8,8,8',
      'b,01/01/2025,31/12/2025,10,10,10,10,10,4,10,10,10,10',
      'x,31/02/2025,31/12/2025,8,8,8,8,8,8,8,8,8,8',
    ];
    writeFileSync(join(dir, 'in.csv'), `\uFEFF${header}\r\n${rows.join('\r\n')}\r\n`);
    const r = cdht(['evaluate', '--framework', 'cdht', 'in.csv'], dir);
    expect(r.code).toBe(0);
    const out = ndjson(r.stdout);
    expect(out.map((e) => [e.person, e.period, e.total])).toEqual([
      ['a', { from: '2025-01-01', to: '2025-12-31' }, 80],
      ['b', { from: '2025-01-01', to: '2025-12-31' }, 94],
    ]);
    expect(r.stderr).toContain('Đã đọc 3 dòng: 2 đã đánh giá, 1 bị từ chối');
    expect(ndjson(readFileSync(join(dir, 'rejects.ndjson'), 'utf8'))[0]).toMatchObject({ row: 4, id: 'x' });
  });

  it('reads XLSX', async () => {
    const dir = tmp();
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Minh chứng');
    sheet.addRow(['id', 'period', ...FIELDS.map((f) => `data.${f}.self`)]);
    sheet.addRow(['a', '2025', 8, 8, 8, 8, 8, 8, 8, 8, 8, 8]);
    sheet.addRow(['b', '2025', 10, 10, 10, 10, 10, 4, 10, 10, 10, 10]);
    await wb.xlsx.writeFile(join(dir, 'in.xlsx'));
    const r = cdht(['evaluate', '--framework', 'cdht', 'in.xlsx'], dir);
    expect(r.code).toBe(0);
    expect(ndjson(r.stdout).map((e) => [e.person, e.total, decision(e)])).toEqual([
      ['a', 80, 'awarded'],
      ['b', 94, 'not-awarded'],
    ]);
  });

  it('rejects rows that are not UTF-8 with a clear reason, and evaluates the rest', () => {
    const dir = tmp();
    const header = Buffer.from(`id,name,period,${FIELDS.map((f) => `data.${f}.self`).join(',')}\n`);
    const latin1 = Buffer.concat([
      Buffer.from('a,Nguy'),
      Buffer.from([0xea]),
      Buffer.from('n,2025,8,8,8,8,8,8,8,8,8,8\n'),
    ]);
    const fine = Buffer.from('b,Lê,2025,8,8,8,8,8,8,8,8,8,8\n');
    writeFileSync(join(dir, 'in.csv'), Buffer.concat([header, latin1, fine]));
    const r = cdht(['evaluate', '--framework', 'cdht', 'in.csv', '--lang', 'en'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Read 2 rows: 1 evaluated, 1 rejected');
    const reject = ndjson(readFileSync(join(dir, 'rejects.ndjson'), 'utf8'))[0] as {
      row: number;
      issues: { code: string; message: string }[];
    };
    expect(reject.row).toBe(2);
    expect(reject.issues[0]?.code).toBe('invalid_encoding');
    expect(reject.issues[0]?.message).toContain('not valid UTF-8');
  });

  it('reports a UTF-16 file as one whole-file error (exit 1) that says how to fix it', () => {
    const dir = tmp();
    const text = `${line(GOOD[0])}\n`;
    writeFileSync(join(dir, 'in.ndjson'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const r = cdht(['evaluate', '--framework', 'cdht', 'in.ndjson'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('invalid_encoding');
    expect(r.stderr).toContain('UTF-16');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'rejects.ndjson'))).toBe(false);
  });
});

describe('cdht evaluate (usage and big files)', () => {
  it('exits 2 on usage errors', () => {
    expect(cdht(['evaluate']).code).toBe(2);
    expect(cdht(['evaluate', '--bogus', 'x.ndjson']).code).toBe(2);
    const fmt = cdht(['evaluate', '--format', 'xml', 'x.ndjson']);
    expect(fmt.code).toBe(2);
    expect(fmt.stderr).toContain('--format phải là một trong ndjson, json, csv, xlsx');
    const date = cdht(['evaluate', '--as-of', '2025-02-30', 'x.ndjson', '--lang', 'en']);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('--as-of must be a date dd/MM/yyyy or yyyy-MM-dd (got "2025-02-30")');
    expect(cdht(['evaluate', '--as-of', '30/02/2025', 'x.ndjson']).code).toBe(2);
  });

  it('accepts --as-of typed the Vietnamese way (dd/MM/yyyy)', () => {
    const dir = tmp();
    const input = join(dir, 'in.ndjson');
    writeFileSync(input, line({ ...GOOD[0], period: '2023' }));
    const before = ndjson(cdht(['evaluate', '--framework', 'cdht', '--as-of', '24/10/2023', input], dir).stdout);
    const after = ndjson(cdht(['evaluate', '--framework', 'cdht', '--as-of', '25/10/2023', input], dir).stdout);
    expect([before[0]?.asOf, (before[0]?.framework as { version?: string } | undefined)?.version]).toEqual([
      '2023-10-24',
      '1.0.0',
    ]);
    expect([after[0]?.asOf, (after[0]?.framework as { version?: string } | undefined)?.version]).toEqual([
      '2023-10-25',
      '2.0.0',
    ]);
  });

  it('exits 1 with a clear message for a missing file or an unknown framework', () => {
    const missing = cdht(['evaluate', 'no-such-file.ndjson']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no-such-file.ndjson: không tìm thấy');
    const dir = tmp();
    writeFileSync(join(dir, 'in.ndjson'), `${line(GOOD[0])}\n`);
    const unknown = cdht(['evaluate', '--framework', 'nope', 'in.ndjson'], dir);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('unknown_framework');
  });

  it('streams 50,000 rows, every one accounted for', () => {
    const dir = tmp();
    const parts: string[] = [];
    for (let i = 0; i < 50_000; i++) {
      // Every 1000th row has an out-of-range score; the others alternate 8s (80, awarded) and 7s (70, not awarded).
      const v = i % 1000 === 999 ? 11 : i % 2 === 0 ? 8 : 7;
      parts.push(line(scores(`p${i}`, Array(10).fill(v) as number[])));
    }
    writeFileSync(join(dir, 'big.ndjson'), `${parts.join('\n')}\n`);
    const r = cdht(['evaluate', '--framework', 'cdht', '--out', 'big.out.ndjson', 'big.ndjson'], dir);
    expect(r.code).toBe(0);
    // 50 rejected (i = 999, 1999, …, all odd); of the 49,950 left, 25,000 even → awarded, 24,950 odd → not.
    expect(r.stderr).toContain(
      'Đã đọc 50.000 dòng: 49.950 đã đánh giá, 50 bị từ chối; danh hiệu cdht: 25.000 đạt, 24.950 không đạt, 0 chưa xác định',
    );
    const out = readFileSync(join(dir, 'big.out.ndjson'), 'utf8');
    expect(out.split('\n').filter(Boolean)).toHaveLength(49_950);
  }, 30_000);
});
