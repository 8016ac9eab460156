import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareGivenNames } from '../src/report/givenName.js';
import { cdht, ROOT, requireBuild } from './fixtures/cli/run.js';

beforeAll(requireBuild);

/** Awarded people of Đắk Kôi, in an arbitrary order; some names differ only in tone marks. */
const KOI = [
  'Nguyễn Văn Thành',
  'Trần Thị Thanh',
  'Lê Văn Thạnh',
  'Phạm Thị Thánh',
  'Bùi Văn Thảnh',
  'Đỗ Thị Thãnh',
  'Nguyễn Văn Đức',
  'Lê Thị Ánh',
  'Trần Văn Anh',
  'Đặng Văn Bình',
  'Nguyễn Thị An',
  'Dương Thị Bình',
  'Nguyễn Văn Dũng',
];

/**
 * Sorted by hand as an official list is: given name (tones ngang, huyền, hỏi, ngã, sắc, nặng;
 * D before Đ), then family and middle names.
 */
const KOI_SORTED = [
  'Nguyễn Thị An',
  'Trần Văn Anh',
  'Lê Thị Ánh',
  'Dương Thị Bình',
  'Đặng Văn Bình',
  'Nguyễn Văn Dũng',
  'Nguyễn Văn Đức',
  'Trần Thị Thanh',
  'Nguyễn Văn Thành',
  'Bùi Văn Thảnh',
  'Đỗ Thị Thãnh',
  'Phạm Thị Thánh',
  'Lê Văn Thạnh',
];

const row = (i: number, name: string, commune: string, village: string, decision: string, total: number) => ({
  framework: { id: 'cdht-resident', version: '2.0.0' },
  person: `P${String(i).padStart(3, '0')}`,
  name,
  group: 'resident',
  unit: { province: 'Kon Tum', district: 'Kon Rẫy', commune, village },
  birthDate: `19${60 + i}-03-0${(i % 9) + 1}`,
  period: { from: '2025-01-01', to: '2025-12-31' },
  asOf: '2025-12-31',
  total,
  possible: total,
  max: 100,
  criteria: [
    { id: 'TC1', points: total - 50, max: 40, possible: total - 50 },
    { id: 'TC2', points: 35, max: 40, possible: 35 },
    { id: 'TC3', points: 15, max: 20, possible: 15 },
  ],
  indicators: [],
  derived: { digitalSkill: 'basic' },
  titles: [{ id: 'cdht', decision, reasons: [], gap: null }],
});

function writeEvaluations(dir: string): string {
  const rows = [
    ...KOI.map((n, i) => row(i, n, 'Đắk Kôi', i % 2 ? 'Thôn 2' : 'Thôn 10', 'awarded', 80 + (i % 15))),
    row(20, 'Y Blưn', 'Tân Lập', 'Thôn 1', 'awarded', 91),
    row(21, 'A Hmới', 'Tân Lập', 'Thôn 3', 'awarded', 85),
    row(22, 'Bùi Văn An', 'Tân Lập', 'Thôn 3', 'not-awarded', 60),
  ];
  const file = join(dir, 'ev.ndjson');
  writeFileSync(file, `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
  return file;
}

const PLAN = join(ROOT, 'criteria/plans/kon-ray-2022.json');

describe('recognition annex (issue 14 item 3)', () => {
  it('compareGivenNames orders by given name, tones in Vietnamese order, then family and middle names', () => {
    expect([...KOI].sort(compareGivenNames)).toEqual(KOI_SORTED);
    // A sort by full name would start with Bùi: the list is not sorted that way.
    expect([...KOI].sort(new Intl.Collator('vi').compare)[0]).toBe('Bùi Văn Thảnh');
  });

  it('report --annex x.xlsx writes one sheet per commune in the official shape, read back with exceljs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cdht-annex-'));
    writeEvaluations(dir);
    const r = cdht(['report', '--plan', PLAN, 'ev.ndjson', '--as-of', '2025-12-31', '--annex', 'annex.xlsx'], dir);
    expect(r.stderr).not.toMatch(/lỗi/u);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'annex.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Đắk Kôi', 'Tân Lập']);
    const koi = wb.getWorksheet('Đắk Kôi');
    if (!koi) throw new Error('no sheet');
    expect(koi.getCell('A1').value).toBe('DANH SÁCH CÔNG NHẬN DANH HIỆU “CÔNG DÂN HỌC TẬP” NĂM 2025');
    expect(koi.getCell('A2').value).toBe('Đắk Kôi');
    expect(koi.getRow(4).values).toEqual([
      undefined,
      'STT',
      'Họ và tên',
      'Năm sinh',
      'Thôn/Tổ dân phố',
      'Đơn vị',
      'Tổng điểm',
    ]);
    const names = KOI_SORTED.map((_, i) => koi.getCell(5 + i, 2).value);
    expect(names).toEqual(KOI_SORTED);
    const stt = KOI_SORTED.map((_, i) => koi.getCell(5 + i, 1).value);
    expect(stt).toEqual(KOI_SORTED.map((_, i) => i + 1));
    // Nguyễn Thị An is input row 10: born 1970, village Thôn 10 (even index), total 80 + 10.
    expect(koi.getRow(5).values).toEqual([undefined, 1, 'Nguyễn Thị An', 1970, 'Thôn 10', 'Đắk Kôi', 90]);
    expect(koi.pageSetup.orientation).toBe('portrait');
    expect(koi.pageSetup.fitToWidth).toBe(1);
    expect(koi.pageSetup.printTitlesRow).toBe('4:4');
    expect(koi.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    // The signature block follows the table.
    const after = 5 + KOI_SORTED.length;
    expect(koi.getCell(after + 1, 1).value).toBe(`Tổng số: ${KOI_SORTED.length}`);
    expect(koi.getCell(after + 2, 2).value).toBe('NGƯỜI LẬP DANH SÁCH');
    expect(koi.getCell(after + 3, 5).value).toBe('CHỦ TỊCH');
    const lap = wb.getWorksheet('Tân Lập');
    // The not-awarded Bùi Văn An is not listed; given names Blưn before Hmới.
    expect([lap?.getCell('B5').value, lap?.getCell('B6').value, lap?.getCell('B7').value]).toEqual([
      'Y Blưn',
      'A Hmới',
      null,
    ]);
  });

  it('report --annex x.html: a page per commune, numbered rows in order, header row repeated in print', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cdht-annex-'));
    writeEvaluations(dir);
    const r = cdht(['report', '--plan', PLAN, 'ev.ndjson', '--as-of', '2025-12-31', '--annex', 'annex.html'], dir);
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, 'annex.html'), 'utf8');
    expect(html.match(/<section class="unit">/gu)).toHaveLength(2);
    expect(html).toMatch(/section\.unit \{ break-before: page/u);
    expect(html).toMatch(/thead \{ display: table-header-group; \}/u);
    expect(html).toMatch(/@page \{ size: A4/u);
    const koi = html.slice(html.indexOf('Đắk Kôi'), html.indexOf('Tân Lập'));
    const names = [...koi.matchAll(/<tr><td class="num">(\d+)<\/td><td>([^<]+)<\/td>/gu)].map((m) => [
      Number(m[1]),
      m[2],
    ]);
    expect(names).toEqual(KOI_SORTED.map((n, i) => [i + 1, n]));
    expect(html).toContain('<th scope="col">Năm sinh</th>');
    expect(html).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(html).toContain('NGƯỜI LẬP DANH SÁCH');
  });

  it('refuses an annex file that is neither .html nor .xlsx, in the chosen language', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cdht-annex-'));
    writeEvaluations(dir);
    const r = cdht(['report', '--plan', PLAN, 'ev.ndjson', '--annex', 'annex.pdf', '--lang', 'en'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--annex annex.pdf: the file must end in .html or .xlsx');
  });
});
