// From a blank template to results a commune officer can act on (issue 14, items 1, 2, 5):
// the template is written by `cdht template`, filled with 10 people through exceljs, evaluated by
// the real CLI into an XLSX results sheet, a follow-up list and CSVs, and every cell is read back.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { cdht, ROOT, requireBuild } from './fixtures/cli/run.js';

beforeAll(requireBuild);

const TC = ['TC1.1', 'TC1.2', 'TC1.3', 'TC1.4', 'TC2.1', 'TC2.2', 'TC2.3', 'TC2.4', 'TC3.1', 'TC3.2'];

/** A person to fill in: scores by indicator (null: left blank), a reviewed TC2.1 when given. */
interface Person {
  readonly id: string;
  readonly name: string;
  readonly village: string;
  readonly scores: readonly (number | null)[];
  readonly reviewed21?: number;
}
const all = (n: number, changes: Record<number, number | null> = {}) =>
  TC.map((_, i) => (i in changes ? (changes[i] as number | null) : n));
const PEOPLE: readonly Person[] = [
  { id: 'P01', name: 'Y Rin', village: 'Thôn 1', scores: all(9) }, // 90 awarded
  { id: 'P02', name: 'A Sang', village: 'Thôn 1', scores: all(8) }, // 80 awarded
  { id: 'P03', name: 'Nguyễn Văn Bình', village: 'Thôn 1', scores: all(8, { 5: 6 }) }, // 78: TC2.2 6 → 8
  { id: 'P04', name: 'Lê Thị Hoa', village: 'Thôn 2', scores: all(9, { 0: 4 }) }, // 85 but TC1.1 4 < 5
  { id: 'P05', name: 'Y Blôm', village: 'Thôn 2', scores: all(8, { 4: 6 }), reviewed21: 9 }, // 9×8 + reviewed 9 = 81
  { id: 'P06', name: 'Đinh Văn Hùng', village: 'Thôn 2', scores: all(9, { 9: null }) }, // 81, TC3.2 missing
  { id: 'P07', name: 'Trần Văn Kiên', village: 'Thôn 1', scores: all(10) }, // 100 awarded
  { id: 'P08', name: 'Phạm Thị Lan', village: 'Thôn 2', scores: all(7) }, // 70: 10 points short
  { id: 'P09', name: 'Hồ Văn Minh', village: 'Thôn 2', scores: all(8, { 6: 8.5 }) }, // 80.5 awarded
  { id: 'P10', name: 'Y Hnga', village: 'Thôn 1', scores: all(8, { 0: 11 }) }, // 11 > 10: rejected
];

const tmp = () => mkdtempSync(join(tmpdir(), 'cdht-officer-out-'));

/** The text of a cell as exceljs reads it back. */
const text = (v: ExcelJS.CellValue): unknown => (v === null || v === undefined ? null : v);

async function sheetRows(file: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0] as ExcelJS.Worksheet;
  const rows: unknown[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: unknown[] = [];
    for (let c = 1; c <= ws.columnCount; c++) cells.push(text(row.getCell(c).value));
    rows.push(cells);
  }
  return rows;
}

/** Writes the template, fills it with the ten people below the example row, returns the folder. */
async function filledTemplate(): Promise<string> {
  const dir = tmp();
  const t = cdht(['template', 'cdht-resident', '--out', 'mau.xlsx'], dir);
  expect(t.code, t.stderr).toBe(0);
  expect(t.stderr).toContain('Đã ghi mẫu phiếu cdht-resident 2.0.0: mau.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, 'mau.xlsx'));
  const ws = wb.getWorksheet('Danh sách') as ExcelJS.Worksheet;
  const header = (ws.getRow(4).values as unknown[]).map((v) => String(v ?? '').replace(/ \*$/, ''));
  const col = (name: string) => {
    const at = header.indexOf(name);
    if (at < 1) throw new Error(`no column ${name} in ${header.join('|')}`);
    return at;
  };
  PEOPLE.forEach((p, i) => {
    const row = ws.getRow(6 + i);
    row.getCell(col('STT')).value = i + 1;
    row.getCell(col('Mã')).value = p.id;
    row.getCell(col('Họ và tên')).value = p.name;
    row.getCell(col('Ngày sinh')).value = new Date(Date.UTC(1970 + i, 4, 1));
    row.getCell(col('Năm')).value = '2025';
    row.getCell(col('Tỉnh')).value = 'Kon Tum';
    row.getCell(col('Huyện')).value = 'Kon Rẫy';
    row.getCell(col('Xã')).value = 'Đắk Ruồng';
    row.getCell(col('Thôn')).value = p.village;
    row.getCell(col('Bộ tiêu chí')).value = 'cdht-resident';
    TC.forEach((id, k) => {
      const v = p.scores[k];
      if (v !== null && v !== undefined) row.getCell(col(`Điểm ${id} (tự đánh giá)`)).value = v;
    });
    if (p.reviewed21 !== undefined) row.getCell(col('Điểm TC2.1 (thẩm định)')).value = p.reviewed21;
    row.commit();
  });
  await wb.xlsx.writeFile(join(dir, 'thon.xlsx'));
  return dir;
}

describe('the template', () => {
  it('has an instructions sheet, data validation and one example row marked as such', async () => {
    const dir = tmp();
    expect(cdht(['template', 'cdht-resident'], dir).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'mau-cdht-resident-2.0.0.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Danh sách', 'Hướng dẫn']);
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    expect(String(ws.getCell(1, 1).value)).toContain('PHIẾU NHẬP MINH CHỨNG');
    const header = (ws.getRow(4).values as unknown[]).slice(1);
    expect(header.slice(0, 10)).toEqual([
      'STT',
      'Mã *',
      'Họ và tên',
      'Ngày sinh',
      'Năm *',
      'Tỉnh',
      'Huyện',
      'Xã',
      'Thôn',
      'Bộ tiêu chí *',
    ]);
    expect(header[10]).toBe('Điểm TC1.1 (tự đánh giá)');
    expect(header[11]).toBe('Điểm TC1.1 (thẩm định)');
    expect(ws.getCell(5, 1).value).toBe('Ví dụ');
    expect(ws.getCell(5, 11).dataValidation).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 10] });
    expect(ws.getCell(200, 11).dataValidation).toMatchObject({ type: 'decimal', formulae: [0, 10] });
    expect(ws.getCell(6, 4).dataValidation).toMatchObject({ type: 'date' });
    expect(ws.getCell(6, 10).dataValidation).toMatchObject({ type: 'list', formulae: ['"cdht-resident"'] });
    const help = wb.worksheets[1] as ExcelJS.Worksheet;
    const helpText = help.getSheetValues().flat().map(String).join('\n');
    expect(helpText).toContain('Dòng ví dụ (cột STT ghi “Ví dụ”) không được đánh giá');
    expect(helpText).toContain('Điểm TC2.2 (tự đánh giá)');
    // The blank template evaluates to nothing: its example row is not a person.
    const r = cdht(['evaluate', 'mau-cdht-resident-2.0.0.xlsx'], dir);
    expect(r.stderr).toContain('Đã đọc 0 dòng');
  });

  it('as CSV: title lines, `;`, a BOM, headers the reader reads back', () => {
    const dir = tmp();
    expect(cdht(['template', 'cdht-resident', '--format', 'csv', '--out', 'mau.csv'], dir).code).toBe(0);
    const csv = readFileSync(join(dir, 'mau.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFPHIẾU NHẬP MINH CHỨNG')).toBe(true);
    const lines = csv.split('\r\n');
    expect(
      lines[3]?.startsWith('STT;Mã;Họ và tên;Ngày sinh;Năm;Tỉnh;Huyện;Xã;Thôn;Bộ tiêu chí;Điểm TC1.1 (tự đánh giá)'),
    ).toBe(true);
    expect(lines[4]?.startsWith('Ví dụ;VD-001;Nguyễn Văn Mẫu;15/01/1980;2025')).toBe(true);
    // Filled: the example line replaced by a person, read back through the aliases.
    // The 757/QĐ-BKHCN confirmation column (between the online-service and self-assessment ones) is left empty.
    // Then the memberships (household, clan, community) and the notes, left empty but for the community.
    const person = `1;X01;Hà Văn Tư;;2025;Kon Tum;Kon Rẫy;Đắk Ruồng;Thôn 1;cdht-resident${';9;'.repeat(10)};có;;có;;;Đắk Ruồng/Thôn 1;`;
    writeFileSync(join(dir, 'mot.csv'), [...lines.slice(0, 4), person.replace(/;;/g, ';;')].join('\r\n'));
    const r = cdht(['evaluate', 'mot.csv'], dir);
    expect(r.stderr).toContain('Đã đọc 1 dòng: 1 đã đánh giá, 0 bị từ chối');
    const e = JSON.parse(r.stdout) as { person: string; total: number; unit: Record<string, string> };
    expect([e.person, e.total, e.unit.village]).toEqual(['X01', 90, 'Thôn 1']);
    expect((e as unknown as { memberships: unknown }).memberships).toEqual([
      { kind: 'community', id: 'Đắk Ruồng/Thôn 1' },
    ]);
  });
});

describe('from a filled template to results, a follow-up list and rejects', () => {
  it('writes an XLSX results sheet and follow-up list whose cells read back as computed by hand', async () => {
    const dir = await filledTemplate();
    const r = cdht(
      ['evaluate', 'thon.xlsx', '--format', 'xlsx', '--out', 'ket-qua.xlsx', '--follow-up', 'theo-doi.xlsx'],
      dir,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      'Đã đọc 10 dòng: 9 đã đánh giá, 1 bị từ chối; danh hiệu cdht: 5 đạt, 3 không đạt, 1 chưa xác định',
    );
    expect(r.stderr).toContain('Danh sách cần theo dõi (4 trường hợp): theo-doi.xlsx');
    // The template's birth dates are the person's, read for the annex: no framework needs to declare them.
    expect(r.stderr).not.toContain('data.birthDate');

    const rows = await sheetRows(join(dir, 'ket-qua.xlsx'));
    const header = rows[0] as string[];
    expect(header).toEqual([
      'Mã',
      'Họ và tên',
      'Tỉnh',
      'Huyện',
      'Xã',
      'Thôn',
      'Cơ quan',
      'Đơn vị khác',
      'Nhóm',
      'Bộ tiêu chí',
      'Kỳ đánh giá',
      ...TC,
      'Tổng điểm',
      'Điểm tối đa',
      'Danh hiệu Công dân học tập',
      'Lý do',
      'Còn thiếu',
    ]);
    const at = (row: unknown[], name: string) => row[header.indexOf(name)];
    const body = rows.slice(1);
    expect(
      body.map((row) => [at(row, 'Mã'), at(row, 'Thôn'), at(row, 'Tổng điểm'), at(row, 'Danh hiệu Công dân học tập')]),
    ).toEqual([
      ['P01', 'Thôn 1', 90, 'đạt'],
      ['P02', 'Thôn 1', 80, 'đạt'],
      ['P03', 'Thôn 1', 78, 'không đạt'],
      ['P04', 'Thôn 2', 85, 'không đạt'],
      ['P05', 'Thôn 2', 81, 'đạt'],
      ['P06', 'Thôn 2', 81, 'chưa xác định'],
      ['P07', 'Thôn 1', 100, 'đạt'],
      ['P08', 'Thôn 2', 70, 'không đạt'],
      ['P09', 'Thôn 2', 80.5, 'đạt'],
    ]);
    const p05 = body[4] as unknown[];
    expect([at(p05, 'Họ và tên'), at(p05, 'Xã'), at(p05, 'Nhóm'), at(p05, 'Kỳ đánh giá'), at(p05, 'TC2.1')]).toEqual([
      'Y Blôm',
      'Đắk Ruồng',
      'Người dân trong xã',
      '2025',
      9,
    ]);
    const p06 = body[5] as unknown[];
    expect(at(p06, 'TC3.2')).toBeNull();
    expect(at(p06, 'Còn thiếu')).toBe('thêm 5 điểm: TC3.2 (chưa có điểm) lên 5; bổ sung: Điểm TC3.2: Hợp tác, chia sẻ');
    expect(at(body[2] as unknown[], 'Lý do')).toBe('tổng điểm 78 < 80');
    expect(at(body[2] as unknown[], 'Còn thiếu')).toBe('thêm 2 điểm: TC2.2 từ 6 lên 8');
    expect(at(body[3] as unknown[], 'Lý do')).toBe('chỉ số TC1.1 đạt 4 < 5');
    expect(at(body[3] as unknown[], 'Còn thiếu')).toBe('thêm 1 điểm: TC1.1 từ 4 lên 5');
    expect(at(body[7] as unknown[], 'Còn thiếu')).toBe(
      'thêm 10 điểm: TC1.1 từ 7 lên 10, TC1.2 từ 7 lên 10, TC1.3 từ 7 lên 10, TC1.4 từ 7 lên 8',
    );
    expect(at(body[0] as unknown[], 'Còn thiếu')).toBeNull();

    // Grouped by village, names in Vietnamese order within each (Đ after D, before L).
    const follow = await sheetRows(join(dir, 'theo-doi.xlsx'));
    expect(String(follow[0]?.[0])).toContain('DANH SÁCH CHƯA ĐẠT HOẶC CHƯA XÁC ĐỊNH');
    expect(follow[1]?.slice(0, 10)).toEqual([
      'Xã',
      'Thôn',
      'Mã',
      'Họ và tên',
      'Nhóm',
      'Danh hiệu',
      'Kết quả',
      'Tổng điểm',
      'Còn thiếu',
      'Lý do',
    ]);
    expect(follow.slice(2).map((row) => row.slice(0, 9))).toEqual([
      ['Đắk Ruồng — Thôn 1: 1 trường hợp', ...new Array(8).fill('Đắk Ruồng — Thôn 1: 1 trường hợp')],
      [
        'Đắk Ruồng',
        'Thôn 1',
        'P03',
        'Nguyễn Văn Bình',
        'Người dân trong xã',
        'Công dân học tập',
        'không đạt',
        78,
        'thêm 2 điểm: TC2.2 từ 6 lên 8',
      ],
      ['Đắk Ruồng — Thôn 2: 3 trường hợp', ...new Array(8).fill('Đắk Ruồng — Thôn 2: 3 trường hợp')],
      [
        'Đắk Ruồng',
        'Thôn 2',
        'P06',
        'Đinh Văn Hùng',
        'Người dân trong xã',
        'Công dân học tập',
        'chưa xác định',
        81,
        'thêm 5 điểm: TC3.2 (chưa có điểm) lên 5; bổ sung: Điểm TC3.2: Hợp tác, chia sẻ',
      ],
      [
        'Đắk Ruồng',
        'Thôn 2',
        'P04',
        'Lê Thị Hoa',
        'Người dân trong xã',
        'Công dân học tập',
        'không đạt',
        85,
        'thêm 1 điểm: TC1.1 từ 4 lên 5',
      ],
      [
        'Đắk Ruồng',
        'Thôn 2',
        'P08',
        'Phạm Thị Lan',
        'Người dân trong xã',
        'Công dân học tập',
        'không đạt',
        70,
        'thêm 10 điểm: TC1.1 từ 7 lên 10, TC1.2 từ 7 lên 10, TC1.3 từ 7 lên 10, TC1.4 từ 7 lên 8',
      ],
    ]);

    // The rejects beside XLSX results are a sheet: one row per problem, with the sheet's row number.
    const rejects = await sheetRows(join(dir, 'ket-qua.rejects.xlsx'));
    expect(rejects).toEqual([
      ['Dòng', 'Mã', 'Mã lỗi', 'Trường', 'Vấn đề'],
      [15, 'P10', 'invalid_evidence', '$.data.tc1_1.self', 'Giá trị 11 nằm ngoài khoảng 0–10 cho phép.'],
    ]);
  });

  it('writes CSV with `;`, the decimal comma and a BOM in Vietnamese, `,` and the point in English', async () => {
    const dir = await filledTemplate();
    const vi = cdht(['evaluate', 'thon.xlsx', '--format', 'csv'], dir);
    expect(vi.stdout.startsWith('\uFEFFMã;Họ và tên;Tỉnh;Huyện;Xã;Thôn;Cơ quan;Đơn vị khác;Nhóm;')).toBe(true);
    const lines = vi.stdout.split('\r\n');
    expect(lines[9]).toBe(
      'P09;Hồ Văn Minh;Kon Tum;Kon Rẫy;Đắk Ruồng;Thôn 2;;;Người dân trong xã;cdht-resident 2.0.0;2025;8;8;8;8;8;8;8,5;8;8;8;80,5;100;đạt;đạt mọi yêu cầu (tổng điểm 80,5 ≥ 80);',
    );
    const en = cdht(['evaluate', 'thon.xlsx', '--format', 'csv', '--lang', 'en'], dir);
    const enLines = en.stdout.split('\r\n');
    expect(
      enLines[0]?.startsWith('\uFEFFPerson id,Full name,Province,District,Commune,Village,Agency,Other unit,Group,'),
    ).toBe(true);
    expect(enLines[3]).toBe(
      'P03,Nguyễn Văn Bình,Kon Tum,Kon Rẫy,Đắk Ruồng,Thôn 1,,,Residents of a commune,cdht-resident 2.0.0,2025,8,8,8,8,8,6,8,8,8,8,78,100,not awarded,total 78 < 80,2 more points: TC2.2 from 6 to 8',
    );
    expect(enLines[9]).toContain(',8.5,8,8,8,80.5,100,awarded,');
  });

  it('follows a CSV input’s convention and writes rejects as CSV with row numbers', () => {
    const dir = tmp();
    const header = [
      'id',
      'period',
      'framework',
      ...TC.map(
        (_, i) =>
          `data.${['tc1_1', 'tc1_2', 'tc1_3', 'tc1_4', 'tc2_1', 'tc2_2', 'tc2_3', 'tc2_4', 'tc3_1', 'tc3_2'][i]}.self`,
      ),
    ];
    writeFileSync(
      join(dir, 'in.csv'),
      `${header.join(',')}\nA,2025,cdht-resident,8,8,8,8,8,8,8.5,8,8,8\nB,2025,cdht-resident,8,8,8,8,8,8,8,8,8,12\n`,
    );
    const r = cdht(['evaluate', 'in.csv', '--format', 'csv', '--out', 'kq.csv', '--rejects', 'loi.csv'], dir);
    expect(r.code).toBe(0);
    const out = readFileSync(join(dir, 'kq.csv'), 'utf8').split('\r\n');
    // The input used `,` and the decimal point: so does the output, Vietnamese headers and all.
    expect(out[0]?.startsWith('\uFEFFMã,Họ và tên,')).toBe(true);
    expect(out[1]).toContain(',80.5,100,đạt,');
    expect(readFileSync(join(dir, 'loi.csv'), 'utf8')).toBe(
      '\uFEFFDòng,Mã,Mã lỗi,Trường,Vấn đề\r\n3,B,invalid_evidence,$.data.tc3_2.self,Giá trị 12 nằm ngoài khoảng 0–10 cho phép.\r\n',
    );
  });
});

describe('item 5: stale rejects and undeclared fields', () => {
  it('removes the rejects file of an earlier run when this run rejects nothing', () => {
    const dir = tmp();
    const good = JSON.stringify({ id: 'a', period: '2025', data: {} });
    writeFileSync(join(dir, 'bad.ndjson'), `${good}\n{"id":\n`);
    expect(cdht(['evaluate', '--framework', 'cdht', 'bad.ndjson', '--out', 'kq.ndjson'], dir).code).toBe(0);
    expect(existsSync(join(dir, 'kq.rejects.ndjson'))).toBe(true);
    writeFileSync(join(dir, 'good.ndjson'), `${good}\n`);
    const r = cdht(['evaluate', '--framework', 'cdht', 'good.ndjson', '--out', 'kq.ndjson'], dir);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'kq.rejects.ndjson'))).toBe(false);
    expect(r.stderr).toContain('Đã xoá tệp dòng bị từ chối cũ của lần chạy trước: kq.rejects.ndjson');
  });

  it('summarises the sample’s undeclared fields once, with their counts', () => {
    const dir = tmp();
    const r = cdht(['evaluate', join(ROOT, 'examples/sample/evidence-2025.csv'), '--out', 'kq.ndjson'], dir);
    expect(r.code).toBe(0);
    const summary = r.stderr.split('\n').filter((l) => l.includes('data.learningActivities'));
    // Birth dates are the person's (for the annex), not undeclared evidence — all but KR25-00074's
    // 31/02/1969, which gives no year and so is still reported as a field that is ignored.
    expect(summary).toEqual([
      'Trường không được bộ tiêu chí khai báo, bỏ qua khi đánh giá: data.learningActivities (300 dòng), data.birthDate (1 dòng).',
    ]);
    expect(r.stderr.match(/data\.learningActivities/g)).toHaveLength(1);
  });
});
