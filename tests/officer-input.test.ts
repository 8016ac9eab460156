// Spreadsheets as commune officers keep them (issue 14, item 1): Vietnamese headers, title rows
// above the header, `;` and the decimal comma, STT and notes columns.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CdhtError } from '../src/errors/issue.js';
import type { EvidenceField } from '../src/format/framework.js';
import { readEvidence } from '../src/node/readers/read.js';
import type { RowResult } from '../src/node/readers/types.js';
import { cdht, requireBuild } from './fixtures/cli/run.js';

beforeAll(requireBuild);

const tmp = () => mkdtempSync(join(tmpdir(), 'cdht-officer-in-'));
const ndjson = (text: string) =>
  text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const IDS = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2'];
const HEADER = [
  'STT',
  'Mã',
  'Họ và tên',
  'Năm',
  'Tỉnh',
  'Huyện',
  'Xã',
  'Thôn',
  ...IDS.map((i) => `Điểm TC${i} (tự đánh giá)`),
  'Điểm TC2.1 (thẩm định)',
  'Ghi chú',
];

interface Person {
  id: string;
  total: number;
  name: string;
  unit: Record<string, string>;
  titles: { id: string; decision: string }[];
}

describe('CSV as an officer saves it from Excel', () => {
  it('reads Vietnamese headers under title lines, `;` and the decimal comma', () => {
    const dir = tmp();
    const lines = [
      'DANH SÁCH TỰ ĐÁNH GIÁ CÔNG DÂN HỌC TẬP NĂM 2025',
      // A title with a comma and no semicolon: the delimiter is still the header's.
      'Xã Đắk Ruồng, huyện Kon Rẫy, tỉnh Kon Tum',
      '',
      HEADER.join(';'),
      // 9+8+8+8+6 (reviewed wins over 7,5)+5+8+8+9+9 = 78
      '1;A01;Nguyễn Văn A;2025;Kon Tum;Kon Rẫy;Đắk Ruồng;Thôn 1;9;8;8;8;7,5;5;8;8;9;9;6;',
      // 8×9 + 8,5 = 80,5
      '2;A02;Trần Thị Bích;2025;Kon Tum;Kon Rẫy;Đắk Ruồng;Thôn 2;8;8;8;8;8;8,5;8;8;8;8;;đã thẩm định',
      '3;A03;Lê Văn C;2025;Kon Tum;Kon Rẫy;Đắk Ruồng;Thôn 2;11;8;8;8;8;8;8;8;8;8;;',
    ];
    writeFileSync(join(dir, 'ho-so.csv'), `\uFEFF${lines.join('\r\n')}\r\n`);
    const r = cdht(['evaluate', '--framework', 'cdht-resident', 'ho-so.csv'], dir);
    expect(r.stderr).toContain('Đã đọc 3 dòng: 2 đã đánh giá, 1 bị từ chối');
    expect(r.code).toBe(0);
    const out = ndjson(r.stdout) as unknown as Person[];
    expect(
      out.map((e) => [e.id ?? (e as unknown as { person: string }).person, e.name, e.unit.village, e.total]),
    ).toEqual([
      ['A01', 'Nguyễn Văn A', 'Thôn 1', 78],
      ['A02', 'Trần Thị Bích', 'Thôn 2', 80.5],
    ]);
    expect(out.map((e) => e.titles.find((t) => t.id === 'cdht')?.decision)).toEqual(['not-awarded', 'awarded']);
    // The physical line of the rejected record, counting the title lines.
    const rejects = ndjson(readFileSync(join(dir, 'rejects.ndjson'), 'utf8'));
    expect(rejects).toMatchObject([{ row: 7, id: 'A03', issues: [{ path: '$.data.tc1_1.self' }] }]);
  });

  it('names the unknown column when no line is a header', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'x.csv'), 'Mã;Họ và tên;Điểm chuyên cần;Hạnh kiểm\nA01;Nguyễn Văn A;8;tốt\n');
    const r = cdht(['evaluate', '--framework', 'cdht', 'x.csv', '--lang', 'en'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Header column 3 "Điểm chuyên cần" is not a field path');
    expect(r.stderr).toContain('Header column 4 "Hạnh kiểm" is not a field path');
  });
});

describe('XLSX with a title merged across the columns', () => {
  it('finds the header below the title rows and reads the aliases; row numbers are the sheet’s', async () => {
    const dir = tmp();
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Danh sách');
    sheet.addRow(['DANH SÁCH TỰ ĐÁNH GIÁ CÔNG DÂN HỌC TẬP NĂM 2025']);
    sheet.mergeCells(1, 1, 1, HEADER.length);
    sheet.addRow(['Thôn 1, xã Đắk Ruồng']);
    sheet.addRow([]);
    sheet.addRow(HEADER);
    sheet.addRow([
      1,
      'B01',
      'Y Rin',
      '2025',
      'Kon Tum',
      'Kon Rẫy',
      'Đắk Ruồng',
      'Thôn 1',
      9,
      9,
      9,
      9,
      9,
      9,
      9,
      9,
      9,
      9,
    ]);
    sheet.addRow(['Ví dụ', 'VD', 'Nguyễn Văn Mẫu', '2025', 'Kon Tum', 'Kon Rẫy', 'Đắk Ruồng', 'Thôn 1', 1]);
    sheet.addRow([
      2,
      'B02',
      'A Sang',
      '2025',
      'Kon Tum',
      'Kon Rẫy',
      'Đắk Ruồng',
      'Thôn 1',
      4,
      9,
      9,
      9,
      9,
      9,
      9,
      9,
      9,
      9,
    ]);
    sheet.addRow([3, 'B03', 'Y Hoa', '2025', 'Kon Tum', 'Kon Rẫy', 'Đắk Ruồng', 'Thôn 1', 'chín']);
    await wb.xlsx.writeFile(join(dir, 'thon-1.xlsx'));
    const r = cdht(['evaluate', '--framework', 'cdht-resident', 'thon-1.xlsx'], dir);
    expect(r.code).toBe(0);
    const out = ndjson(r.stdout) as unknown as (Person & { person: string })[];
    // 90, and 4+81 = 85 with TC1.1 below 5: not awarded.
    expect(out.map((e) => [e.person, e.name, e.unit.commune, e.total])).toEqual([
      ['B01', 'Y Rin', 'Đắk Ruồng', 90],
      ['B02', 'A Sang', 'Đắk Ruồng', 85],
    ]);
    // The template's example row (STT “Ví dụ”) is not a person.
    expect(r.stderr).toContain('Đã đọc 3 dòng: 2 đã đánh giá, 1 bị từ chối');
    expect(ndjson(readFileSync(join(dir, 'rejects.ndjson'), 'utf8'))).toMatchObject([{ row: 8, id: 'B03' }]);
  });
});

describe('aliases declared by a framework', () => {
  const evidence: Record<string, EvidenceField> = {
    hours: { type: 'number', label: { vi: 'Số giờ học: trong năm', en: 'Learning hours' }, aliases: ['Giờ học'] },
    score: { type: 'assessment', label: { vi: 'Điểm đọc sách', en: 'Reading score' } },
    // Two fields claiming one alias: the column is unknown rather than put in the wrong field.
    a: { type: 'number', label: { vi: 'Điểm', en: 'A' } },
    b: { type: 'number', label: { vi: 'Điểm', en: 'B' } },
  };
  const read = async (text: string): Promise<RowResult[]> => {
    const dir = tmp();
    writeFileSync(join(dir, 'in.csv'), text);
    const rows: RowResult[] = [];
    for await (const row of readEvidence(join(dir, 'in.csv'), { evidence })) rows.push(row);
    return rows;
  };

  it('reads labels, the part of a label before its colon, declared aliases and assessment suffixes', async () => {
    const rows = await read(
      'mã số,HỌ TÊN,năm:,Số giờ học*,Điểm đọc sách (thẩm định),Reading score (self)\nX1,Hà,2025,"12,5",6,7\n',
    );
    expect(rows).toEqual([
      {
        row: 2,
        record: { id: 'X1', name: 'Hà', period: '2025', data: { hours: 12.5, score: { reviewed: 6, self: 7 } } },
      },
    ]);
    const declared = await read('Mã;Năm;Giờ học\nX1;2025;3\n');
    expect(declared).toEqual([{ row: 2, record: { id: 'X1', period: '2025', data: { hours: 3 } } }]);
  });

  it('refuses two columns for one field, whatever they are called', async () => {
    await expect(read('id;period;Giờ học;Số giờ học\nX;2025;3;4\n')).rejects.toThrow(/Số giờ học/);
  });

  it('leaves an alias two fields claim unknown', async () => {
    await expect(read('id;period;Điểm\nX;2025;3\n')).rejects.toThrow(CdhtError);
    await expect(read('id;period;Điểm\nX;2025;3\n')).rejects.toThrow(/Điểm/);
  });
});

describe('a framework file may declare aliases', () => {
  it('validates', () => {
    const dir = tmp();
    const framework = JSON.parse(readFileSync('examples/kon-ray/criteria/cdht-kon-ray/2.0.0.json', 'utf8'));
    framework.evidence.learningActivities.aliases = ['Hoạt động học tập'];
    writeFileSync(join(dir, 'f.json'), JSON.stringify(framework));
    const r = cdht(['validate', '--lang', 'en', join(dir, 'f.json')], dir);
    expect(r.stderr + r.stdout).not.toContain('aliases');
    expect(r.code).toBe(0);
  });
});

describe('membership columns', () => {
  it('reads household, clan, community and a learning unit with its level into memberships', async () => {
    const dir = tmp();
    const lines = [
      'Mã;Năm;Hộ gia đình;Dòng họ;Cộng đồng;Đơn vị học tập;Cấp đơn vị;data.tc1_1.self',
      'M1;2025;ĐR-T1-H07;Họ Y;Đắk Ruồng/Thôn 1;UBND xã Đắk Ruồng;xã;8',
      'M2;2025;;;;Phòng GD&ĐT;Cấp huyện;8',
      'M3;2025;42;;;;;8',
      // A unit without its level, a level without a unit: validation names what is missing.
      'M4;2025;;;;Trường TH;;8',
      'M5;2025;;;;;xã;8',
    ];
    writeFileSync(join(dir, 'in.csv'), `${lines.join('\n')}\n`);
    const rows: RowResult[] = [];
    for await (const row of readEvidence(join(dir, 'in.csv'))) rows.push(row);
    const memberships = rows.map((r) => ('record' in r ? r.record.memberships : undefined));
    expect(memberships.slice(0, 3)).toEqual([
      [
        { kind: 'household', id: 'ĐR-T1-H07' },
        { kind: 'clan', id: 'Họ Y' },
        { kind: 'community', id: 'Đắk Ruồng/Thôn 1' },
        { kind: 'employer', id: 'UBND xã Đắk Ruồng', level: 'commune' },
      ],
      [{ kind: 'employer', id: 'Phòng GD&ĐT', level: 'district' }],
      // An id that looks like a number stays text.
      [{ kind: 'household', id: '42' }],
    ]);
    const problems = rows.slice(3).map((r) => ('rejected' in r ? r.rejected.issues.map((i) => i.path.join('.')) : []));
    expect(problems[0]).toContain('memberships.0.level');
    expect(problems[1]?.some((p) => p.startsWith('memberships'))).toBe(true);
  });
});
