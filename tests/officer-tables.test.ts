// Population tables as officers keep them (issue 14, item 1): CSV and XLSX beside JSON.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CdhtError } from '../src/errors/issue.js';
import { readUnitTable } from '../src/node/readers/unitTable.js';
import { cdht, ROOT, requireBuild } from './fixtures/cli/run.js';

beforeAll(requireBuild);

interface Row {
  unit: Record<string, string>;
  adults?: number;
  staff?: number;
}
const LEVELS = ['province', 'district', 'commune', 'village', 'agency'] as const;
/** A row's cells under the header Tỉnh, Huyện, Xã, Thôn, Cơ quan, adults, staff (empty where absent). */
const cells = (r: Row): (string | number)[] => [...LEVELS.map((l) => r.unit[l] ?? ''), r.adults ?? '', r.staff ?? ''];
const SAMPLE = join(ROOT, 'examples/sample/population-2025.json');
/** The sample's table with one village of 1,086 adults, so the thousands separator is read. */
const table = (): Row[] => {
  const rows = JSON.parse(readFileSync(SAMPLE, 'utf8')) as Row[];
  (rows[2] as Row).adults = 1086;
  return rows;
};
const tmp = () => mkdtempSync(join(tmpdir(), 'cdht-officer-tables-'));

function csvOf(rows: readonly Row[]): string {
  const lines = [
    'BẢNG DÂN SỐ TỪ 15 TUỔI TRỞ LÊN NĂM 2025',
    'Tỉnh;Huyện;Xã;Thôn;Cơ quan;adults;staff',
    ...rows.map((r) =>
      cells(r)
        .map((c) => (typeof c === 'number' ? c.toLocaleString('vi-VN') : c))
        .join(';'),
    ),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

async function xlsxOf(rows: readonly Row[], file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Dân số');
  ws.addRow(['BẢNG DÂN SỐ NĂM 2025']);
  ws.mergeCells(1, 1, 1, 7);
  ws.addRow(['Tỉnh', 'Huyện', 'Xã', 'Thôn', 'Cơ quan', 'adults', 'staff']);
  for (const r of rows) ws.addRow(cells(r).map((c) => (c === '' ? null : c)));
  await wb.xlsx.writeFile(file);
}

describe('population tables from CSV and XLSX', () => {
  it('reads a CSV (title row, Vietnamese unit headers, `;`, 1.086) into the JSON table', async () => {
    const dir = tmp();
    const rows = table();
    expect(csvOf(rows)).toContain(';1.086;\r\n');
    writeFileSync(join(dir, 'dan-so.csv'), csvOf(rows));
    expect(await readUnitTable(join(dir, 'dan-so.csv'))).toEqual(rows);
  });

  it('reads an XLSX with a merged title into the JSON table', async () => {
    const dir = tmp();
    const rows = table();
    await xlsxOf(rows, join(dir, 'dan-so.xlsx'));
    expect(await readUnitTable(join(dir, 'dan-so.xlsx'))).toEqual(rows);
  });

  it('names the file and the row of a cell that cannot be read', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'x.csv'), 'Xã;Thôn;adults\nĐắk Ruồng;Thôn 1;12\nĐắk Ruồng;"Thôn 2\n');
    const error = await readUnitTable(join(dir, 'x.csv')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CdhtError);
    expect((error as CdhtError).issues[0]).toMatchObject({ code: 'invalid_csv', file: join(dir, 'x.csv') });
  });

  it('cdht report --population takes CSV and XLSX and reports as with the JSON table', async () => {
    const dir = tmp();
    const rows = table();
    writeFileSync(join(dir, 'dan-so.json'), JSON.stringify(rows));
    writeFileSync(join(dir, 'dan-so.csv'), csvOf(rows));
    await xlsxOf(rows, join(dir, 'dan-so.xlsx'));
    const e = cdht(['evaluate', join(ROOT, 'examples/sample/evidence-2025.ndjson'), '--out', 'kq.ndjson'], dir);
    expect(e.code, e.stderr).toBe(0);
    const report = (population: string) =>
      cdht(
        [
          'report',
          '--plan',
          'kon-ray-2022',
          'kq.ndjson',
          '--population',
          population,
          '--as-of',
          '2025-12-31',
          '--format',
          'json',
        ],
        dir,
      );
    const json = report('dan-so.json');
    expect(json.code, json.stderr).toBe(0);
    expect(json.stdout).toContain('"population"');
    expect(report('dan-so.csv').stdout).toBe(json.stdout);
    expect(report('dan-so.xlsx').stdout).toBe(json.stdout);
  });
});
