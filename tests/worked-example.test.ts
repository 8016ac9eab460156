// The README's worked example (issue 14, item 7 and the definition of done): a commune's year from
// the blank template to the recognition annex. The commands are taken from the README as written
// and run by the real CLI; every file they write is read back (XLSX through exceljs) and checked
// against values computed by hand. The same people are then typed into the XLSX template itself,
// which must give the same results.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { cdht, ROOT, requireBuild } from './fixtures/cli/run.js';

beforeAll(requireBuild);

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const SECTION = README.slice(README.indexOf("## Worked example: a commune's year"));
const COMMANDS = (/```sh\n([\s\S]*?)```/.exec(SECTION)?.[1] ?? '')
  .split('\n')
  .filter((l) => l.startsWith('cdht '))
  .map((l) => l.slice('cdht '.length).split(/\s+/));
const OUTPUT = (/```text\n([\s\S]*?)```/.exec(SECTION)?.[1] ?? '').split('\n').filter(Boolean);
const SHEET = join(ROOT, 'examples/commune/dak-ruong-2024.csv');

/** Hand-computed: the framework's ten indicators, 0–10 each, title at 80 with every indicator ≥ 5. */
const RESULTS = [
  ['DR24-001', 'Trần Thị Thanh', 90, 'đạt'], // every indicator 9
  ['DR24-002', 'Lê Văn Thành', 80, 'đạt'], // every indicator 8: the threshold itself
  ['DR24-003', 'Phạm Thị Thạnh', 82, 'đạt'], // 8s, TC3.1 10
  ['DR24-004', 'Đinh Thị Ánh', 88, 'đạt'], // 9s, TC2.2 7
  ['DR24-005', 'Hồ Văn Anh', 100, 'đạt'],
  ['DR24-006', 'Y Blim', 81, 'đạt'], // 8s, TC2.1 self 6 but reviewed 9: 9 × 8 + 9
  ['DR24-007', 'Nguyễn Văn Dũng', 78, 'không đạt'], // 8s, TC2.2 6
  ['DR24-008', 'Đỗ Thị Dung', 85, 'không đạt'], // 9s, TC1.1 4 < 5
  ['DR24-009', 'A Thái', 81, 'chưa xác định'], // 9s, TC3.2 blank
];

/**
 * The awarded, as an official list orders them by hand: given name (the last word), tones in the
 * order ngang, huyền, hỏi, ngã, sắc, nặng — Anh before Ánh, Thanh, Thành, Thạnh — then the family
 * and middle names. With year of birth, village, unit and total.
 */
const ANNEX = [
  [1, 'Hồ Văn Anh', 1975, 'Thôn 1', 'Đắk Ruồng', 100],
  [2, 'Đinh Thị Ánh', 1988, 'Thôn 2', 'Đắk Ruồng', 88],
  [3, 'Y Blim', 1995, 'Thôn 2', 'Đắk Ruồng', 81],
  [4, 'Trần Thị Thanh', 1985, 'Thôn 1', 'Đắk Ruồng', 90],
  [5, 'Lê Văn Thành', 1979, 'Thôn 1', 'Đắk Ruồng', 80],
  [6, 'Phạm Thị Thạnh', 1990, 'Thôn 2', 'Đắk Ruồng', 82],
];

async function sheet(file: string, name?: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = (name === undefined ? wb.worksheets[0] : wb.getWorksheet(name)) as ExcelJS.Worksheet;
  const rows: unknown[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: unknown[] = [];
    for (let c = 1; c <= ws.columnCount; c++) cells.push(row.getCell(c).value ?? null);
    rows.push(cells);
  }
  return rows;
}

/** Runs the README's commands in a fresh folder on the given sheet; returns the folder and stderr. */
function runCommands(sheetFile: string, name: string): { dir: string; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cdht-worked-'));
  copyFileSync(sheetFile, join(dir, name));
  let stderr = '';
  for (const args of COMMANDS) {
    const r = cdht(
      args.map((a) => (a === 'dak-ruong-2024.csv' ? name : a)),
      dir,
    );
    expect(r.code, `cdht ${args.join(' ')}\n${r.stderr}`).toBe(0);
    stderr += r.stderr;
  }
  return { dir, stderr };
}

describe('the README’s worked example: a commune’s year from template to recognition list', () => {
  it('has the commands: template, evaluate to XLSX with a follow-up list, evaluate to data, report with the annex', () => {
    expect(COMMANDS.map((c) => c[0])).toEqual(['template', 'evaluate', 'evaluate', 'report']);
  });

  let run: { dir: string; stderr: string };

  it('prints what the README says it prints', () => {
    run = runCommands(SHEET, 'dak-ruong-2024.csv');
    for (const line of OUTPUT) expect(run.stderr).toContain(line);
    // The birth dates are the person's, read for the annex: no warning about an undeclared field.
    expect(run.stderr).not.toMatch(/birthDate|cảnh báo/u);
  });

  it('ket-qua.xlsx: one row per person, points, decision, reasons and what is missing, as computed by hand', async () => {
    const rows = await sheet(join(run.dir, 'ket-qua.xlsx'));
    const header = rows[0] as string[];
    const at = (row: unknown[], column: string) => row[header.indexOf(column)];
    const body = rows.slice(1);
    expect(
      body.map((r) => [at(r, 'Mã'), at(r, 'Họ và tên'), at(r, 'Tổng điểm'), at(r, 'Danh hiệu Công dân học tập')]),
    ).toEqual(RESULTS);
    const byId = (id: string) => body.find((r) => at(r, 'Mã') === id) as unknown[];
    expect([at(byId('DR24-006'), 'TC2.1'), at(byId('DR24-006'), 'Nhóm')]).toEqual([9, 'Người dân trong xã']);
    expect([at(byId('DR24-007'), 'Lý do'), at(byId('DR24-007'), 'Còn thiếu')]).toEqual([
      'tổng điểm 78 < 80',
      'thêm 2 điểm: TC2.2 từ 6 lên 8',
    ]);
    expect([at(byId('DR24-008'), 'Lý do'), at(byId('DR24-008'), 'Còn thiếu')]).toEqual([
      'chỉ số TC1.1 đạt 4 < 5',
      'thêm 1 điểm: TC1.1 từ 4 lên 5',
    ]);
    expect(at(byId('DR24-009'), 'TC3.2')).toBeNull();
  });

  it('theo-doi.xlsx lists the three to follow up under their villages; the rejects sheet names row 15', async () => {
    const follow = await sheet(join(run.dir, 'theo-doi.xlsx'));
    const cases = follow.slice(2).filter((r) => typeof r[2] === 'string' && /^DR24-/.test(r[2] as string));
    expect(cases.map((r) => [r[1], r[2], r[6]])).toEqual([
      ['Thôn 1', 'DR24-007', 'không đạt'],
      ['Thôn 2', 'DR24-009', 'chưa xác định'],
      ['Thôn 2', 'DR24-008', 'không đạt'],
    ]);
    expect(await sheet(join(run.dir, 'ket-qua.rejects.xlsx'))).toEqual([
      ['Dòng', 'Mã', 'Mã lỗi', 'Trường', 'Vấn đề'],
      [15, 'DR24-010', 'invalid_evidence', '$.data.tc1_1.self', 'Giá trị 11 nằm ngoài khoảng 0–10 cho phép.'],
    ]);
  });

  it('bao-cao.html: as of the period’s end, the adults counted by their family and community, the next deadline', () => {
    const html = readFileSync(join(run.dir, 'bao-cao.html'), 'utf8');
    expect(html).toContain('31/12/2024');
    expect(html).toContain('Đắk Ruồng đã đạt 66,7% người lớn, đạt mục tiêu 40%');
    expect(html).toContain('05/12/2025');
    expect(html).toMatch(/@page[^}]*A4 landscape/u);
  });

  it('danh-sach.xlsx: the annex in the official shape, in the hand-sorted order', async () => {
    const rows = await sheet(join(run.dir, 'danh-sach.xlsx'), 'Đắk Ruồng');
    expect(rows[3]?.slice(0, 6)).toEqual(['STT', 'Họ và tên', 'Năm sinh', 'Thôn/Tổ dân phố', 'Đơn vị', 'Tổng điểm']);
    expect(rows.slice(4, 4 + ANNEX.length).map((r) => r.slice(0, 6))).toEqual(ANNEX);
    expect(rows[4 + ANNEX.length + 1]?.[0]).toBe(`Tổng số: ${ANNEX.length}`);
  });

  it('the same people typed into the XLSX template give the same results, byte for byte', async () => {
    // Fill the template the first command wrote, column by column, from the CSV sheet.
    const lines = readFileSync(SHEET, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    const csvHeader = (lines[3] as string).split(';');
    const people = lines
      .slice(5)
      .filter(Boolean)
      .map((l) => l.split(';'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(run.dir, 'mau-phieu.xlsx'));
    const ws = wb.getWorksheet('Danh sách') as ExcelJS.Worksheet;
    const header = (ws.getRow(4).values as unknown[]).map((v) => String(v ?? '').replace(/ \*$/, ''));
    expect(header.slice(1)).toEqual(csvHeader);
    people.forEach((cells, i) => {
      const row = ws.getRow(6 + i);
      cells.forEach((text, k) => {
        if (text === '') return;
        const [d, m, y] = text.split('/');
        const value =
          csvHeader[k] === 'Ngày sinh'
            ? new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)))
            : /^\d+$/.test(text) && csvHeader[k]?.startsWith('Điểm')
              ? Number(text)
              : text;
        row.getCell(k + 1).value = value;
      });
      row.commit();
    });
    const xlsx = join(tmpdir(), `dak-ruong-${process.pid}.xlsx`);
    await wb.xlsx.writeFile(xlsx);
    const again = runCommands(xlsx, 'dak-ruong-2024.xlsx');
    expect(readFileSync(join(again.dir, 'ket-qua.ndjson'), 'utf8')).toBe(
      readFileSync(join(run.dir, 'ket-qua.ndjson'), 'utf8'),
    );
    expect(await sheet(join(again.dir, 'danh-sach.xlsx'), 'Đắk Ruồng')).toEqual(
      await sheet(join(run.dir, 'danh-sach.xlsx'), 'Đắk Ruồng'),
    );
    expect(again.stderr).toContain('dòng 15 (DR24-010)');
  });
});
