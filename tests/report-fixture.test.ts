import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { aggregate } from '../src/aggregate/aggregate.js';
import { computeProgress } from '../src/aggregate/progress.js';
import { createEngine } from '../src/engine.js';
import { CdhtError } from '../src/errors/issue.js';
import { renderXlsx, xlsxFormatter, xlsxPlugin } from '../src/node.js';
import { definePlugin } from '../src/plugins/types.js';
import {
  buildHistory,
  buildRecognitionList,
  buildReportRows,
  builtinFormatters,
  csvCell,
  markdownEscape,
  type ReportFormatter,
  renderReport,
  type reportJson,
  statusLabel,
} from '../src/report/index.js';
import {
  fixtureCadres,
  fixtureEvaluations,
  fixtureInput,
  fixturePopulation,
  konRayPlan,
  NAMES,
} from './reportFixtures.js';

const all = fixtureInput();
const byCommune = fixtureInput('commune');
const text = async (format: string, locale: 'vi' | 'en', input = all): Promise<string> => {
  const out = await renderReport(input, format, { locale });
  if (typeof out !== 'string') throw new Error(`${format} is not text`);
  return out;
};
const ADULTS_VI =
  'Người lớn trong gia đình học tập, dòng họ học tập, cộng đồng học tập đạt danh hiệu “Công dân học tập”';

describe('report rows (hand-computed fixture, 2025-12-31)', () => {
  it('counts rate and gap against the population, not against those registered', () => {
    const rows = buildReportRows(all.progress, 'vi');
    const adults = (unit: string) => rows.find((r) => r.metric === 'adults-titled' && r.unit === unit);
    // 4 awarded of 6 registered, but of 20 adults in the table: 20%, ceil(0.4 × 20) − 4 = 4 missing.
    expect(adults('huyện Kon Rẫy')).toMatchObject({
      population: 20,
      registered: 6,
      recognised: 4,
      rate: 0.2,
      gap: 4,
      status: 'behind',
      denominator: 'population',
    });
    expect(adults(NAMES.kôi)).toMatchObject({
      population: 10,
      registered: 4,
      recognised: 3,
      rate: 0.3,
      gap: 1,
    });
    expect(adults(`${NAMES.quoted} / ${NAMES.script}`)).toMatchObject({
      population: 4,
      registered: 2,
      recognised: 1,
      rate: 0.25,
      gap: 1,
    });
    expect(adults(`${NAMES.formula} / ${NAMES.piped}`)).toMatchObject({
      population: 6,
      registered: 0,
      recognised: 0,
      rate: 0,
      gap: 3,
    });
    const scope = rows.filter((r) => r.unitKey === '');
    expect(scope.map((r) => [r.metric, r.recognised, r.population, r.gap, r.status])).toEqual([
      ['cadres-trained', 1, 2, 1, 'behind'],
      ['adults-titled', 4, 20, 4, 'behind'],
      ['officials-titled', 2, 5, 1, 'behind'],
      ['titled-digital', 5, 6, 0, 'achieved'],
      ['titled-proficient', 2, 6, 2, 'behind'],
    ]);
  });

  it('reports by commune: the scope, each commune, and units outside any commune, adding up to the scope', () => {
    const rows = buildReportRows(byCommune.progress, 'vi', 'commune');
    const units = [...new Set(rows.map((r) => r.unit))];
    // The communes first, then the unit outside any commune (the district agency), listed apart.
    expect(units).toEqual(['huyện Kon Rẫy', NAMES.quoted, NAMES.formula, NAMES.kôi, NAMES.agency]);
    expect(rows.filter((r) => r.outside).map((r) => r.unit)).toEqual(
      rows.filter((r) => r.unit === NAMES.agency).map(() => NAMES.agency),
    );
    for (const metric of ['adults-titled', 'officials-titled', 'cadres-trained']) {
      const [scope, ...parts] = rows.filter((r) => r.metric === metric);
      expect(parts.reduce((n, r) => n + r.recognised, 0)).toBe(scope?.recognised);
      expect(parts.reduce((n, r) => n + r.registered, 0)).toBe(scope?.registered);
    }
  });
});

describe('statuses', () => {
  it('labels a unit ahead of the straight path to its target as on track', async () => {
    const plan = konRayPlan();
    const early = computeProgress(aggregate([...fixtureEvaluations, ...fixtureCadres], plan), plan, {
      asOf: '2024-01-01',
      population: fixturePopulation,
    });
    const input = { plan, progress: early, by: 'commune' };
    // From 0 on 2022-09-06 to 40% on 2025-12-31, 2024-01-01 expects 40% × 482/1212 ≈ 15.9%: 20% is ahead.
    expect(await text('md', 'vi', input)).toContain(
      '| huyện Kon Rẫy | 20 | 6 | 4 | 20% | 40% (31/12/2025) | Đúng tiến độ | 4 |',
    );
    expect(await text('md', 'en', input)).toContain(
      '| Kon Rẫy district | 20 | 6 | 4 | 20% | 40% (2025-12-31) | On track | 4 |',
    );
    expect(['achieved', 'on-track', 'behind', 'no-data'].map((s) => statusLabel(s as 'achieved', 'vi'))).toEqual([
      'Đạt',
      'Đúng tiến độ',
      'Chậm',
      'Chưa có dữ liệu',
    ]);
  });
});

describe('recognition list', () => {
  it('lists persons awarded by commune in Vietnamese collation order (unit, given name, family name, id)', () => {
    const list = buildRecognitionList(fixtureEvaluations, { titleId: 'cdht', by: 'commune', plan: konRayPlan() });
    // Code-point order would put "UBND…" before "Đắk Kôi"; official lists sort by given name
    // (Bảo, Lan, Minh; Công, Hà), not by the full name (Ân, Dương, Đinh; Bùi, Trần).
    expect(list.map((e) => [e.unit.name, e.name])).toEqual([
      [NAMES.quoted, 'Lê Thị Ánh'],
      [NAMES.kôi, 'Đinh Văn Bảo'],
      [NAMES.kôi, 'Ân Thị Lan'],
      [NAMES.kôi, 'Dương Minh'],
      [NAMES.agency, 'Trần Văn Công'],
      [NAMES.agency, 'Bùi Thị Hà'],
    ]);
    expect(list[0]).toMatchObject({
      unit: { key: 'commune="Đắk & Co"' },
      person: 'c1',
      group: 'community',
      framework: 'cdht-community@2.0.0',
      total: 80,
      max: 100,
    });
    expect(list[0]?.criteria).toEqual([
      { id: 'TC1', points: 32, max: 40 },
      { id: 'TC2', points: 32, max: 40 },
      { id: 'TC3', points: 16, max: 20 },
    ]);
  });

  it('without a plan keeps every level; without `by` names the whole path; another title lists nobody', () => {
    const noPlan = buildRecognitionList(fixtureEvaluations, { by: 'commune' });
    expect(noPlan[0]?.unit).toEqual({
      key: 'province=Kon Tum/district=Kon Rẫy/commune="Đắk & Co"',
      name: NAMES.quoted,
    });
    const byPath = buildRecognitionList(fixtureEvaluations, { plan: konRayPlan() });
    expect(byPath[0]?.unit.name).toBe(`${NAMES.quoted} / ${NAMES.script}`);
    expect(buildRecognitionList(fixtureEvaluations, { titleId: 'other' })).toEqual([]);
  });
});

describe('markdown', () => {
  it('has the calendar, the metric tables and the recognition list, in Vietnamese', async () => {
    const md = await text('md', 'vi');
    expect(md.startsWith('# Kế hoạch triển khai thực hiện Chương trình')).toBe(true);
    expect(md).toContain(
      '**Hạn báo cáo tiếp theo:** Báo cáo năm 2026: trước ngày 05/12/2026, gửi Hội Khuyến học huyện (còn 338 ngày)',
    );
    expect(md).toContain('- 01/01/2026 – 31/03/2026: Hội nghị sơ kết (quý I năm 2026) (sắp tới)');
    expect(md).toContain('- 01/10/2030 – 31/12/2030: Hội nghị tổng kết 10 năm (quý IV năm 2030) (sắp tới)');
    expect(md).toContain(`### ${ADULTS_VI}`);
    expect(md).toContain(
      '| Đơn vị | Dân số (mẫu số) | Người lớn đã đăng ký | Đạt danh hiệu | Tỷ lệ | Mục tiêu | Trạng thái | Còn thiếu (người) | Ghi chú |',
    );
    expect(md).toContain(
      '| huyện Kon Rẫy | 20 | 6 | 4 | 20% | 40% (31/12/2025) | Chậm | 4 | Còn thiếu 4 người lớn ở huyện Kon Rẫy để đạt 40% (mục tiêu 2025) |',
    );
    expect(md).toContain('| huyện Kon Rẫy | 6¹ | 6 | 5 | 83,3% | 70% (31/12/2025) | Đạt | 0 |');
    expect(md).toContain('¹ Mẫu số là số đã đăng ký: chỉ tiêu này không dùng bảng dân số.');
    expect(md).toContain('### Đắk Kôi (3)');
    expect(md).toContain('| Ân Thị Lan | h1 | Người lớn trong gia đình học tập | 85/100 |');
  });

  it('is in English on request', async () => {
    const md = await text('md', 'en');
    expect(md).toContain(
      '**Next report due:** 2026 report: before 2026-12-05, to the district study-promotion association (338 days left)',
    );
    expect(md).toContain(
      '| Unit | Population (denominator) | Adults registered | Recognised | Rate | Target | Status | Gap (people) | Note |',
    );
    expect(md).toContain(
      '| Kon Rẫy district | 20 | 6 | 4 | 20% | 40% (2025-12-31) | Behind | 4 | 4 more adults needed in Kon Rẫy district to reach 40% (2025 target) |',
    );
    expect(md).toContain('- 2026-01-01 – 2026-03-31: Mid-term review conference (Q1 2026) (upcoming)');
    expect(md).toContain('## Recognition list');
  });

  it('escapes pipes and markup so every table row keeps its columns', async () => {
    const md = await text('md', 'vi');
    expect(md).toContain('Thôn \\| 2');
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(md).not.toMatch(/(?<!\\)<script/);
    const metricRows = md.split('\n').filter((l) => l.startsWith('| ') && l.includes('(31/12/2025)'));
    // 5 metrics × the units with rows or population in each (3 + 7 + 2 + 6 + 6): a unit outside a
    // metric's population (an agency under the adults metric) is left out of people-facing formats.
    expect(metricRows).toHaveLength(24);
    for (const row of metricRows) expect(row.match(/(?<!\\)\|/g)).toHaveLength(10);
    expect(markdownEscape('a|b\nc*d_')).toBe('a\\|b c\\*d\\_');
  });
});

describe('csv', () => {
  it('starts with a BOM, ends lines with CRLF and parses back into 12 columns', async () => {
    const csv = await text('csv', 'vi', byCommune);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const rows = parse(csv.slice(1), { relaxColumnCount: false }) as string[][];
    expect(rows).toHaveLength(1 + 5 * 5);
    expect(rows[0]).toEqual([
      'Đơn vị',
      'Chỉ tiêu',
      'Dân số (mẫu số)',
      'Nguồn mẫu số',
      'Thuộc diện xét',
      'Đạt chỉ tiêu',
      'Tỷ lệ',
      'Mục tiêu',
      'Thời hạn mục tiêu',
      'Trạng thái',
      'Còn thiếu (người)',
      'Ghi chú',
    ]);
    expect(rows[2]).toEqual([
      'huyện Kon Rẫy',
      ADULTS_VI,
      '20',
      'bảng dân số',
      '6',
      '4',
      '20%',
      '40%',
      '31/12/2025',
      'Chậm',
      '4',
      'Còn thiếu 4 người lớn ở huyện Kon Rẫy để đạt 40% (mục tiêu 2025)',
    ]);
    expect(rows[5]?.slice(0, 11)).toEqual([
      'huyện Kon Rẫy',
      'Người đạt danh hiệu “Công dân học tập” thành thạo kỹ năng số',
      '6',
      'số đã đăng ký',
      '6',
      '2',
      '33,3%',
      '60%',
      '31/12/2025',
      'Chậm',
      '2',
    ]);
    expect(rows.find((r) => r[0] === NAMES.quoted)?.[0]).toBe('"Đắk & Co"');
  });

  it('neutralises cells a spreadsheet would run as formulas', async () => {
    const csv = await text('csv', 'en', byCommune);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csv).not.toMatch(/(^|,|\n)"?=HYPERLINK/);
    const rows = parse(csv.slice(1)) as string[][];
    expect(rows[0]?.[0]).toBe('Unit');
    expect(rows.filter((r) => r[0] === `'${NAMES.formula}`)).toHaveLength(5);
    expect(['=1+2', '+1', '-1', '@SUM(A1)', '\tx', '\rx'].map(csvCell)).toEqual([
      "'=1+2",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
      '"\'\rx"',
    ]);
    expect([csvCell('a,b'), csvCell('say "hi"'), csvCell(12), csvCell(null), csvCell('Đắk Kôi')]).toEqual([
      '"a,b"',
      '"say ""hi"""',
      '12',
      '',
      'Đắk Kôi',
    ]);
  });
});

describe('html', () => {
  it('is one self-contained page with lang, print styles and inline SVG charts', async () => {
    const html = await text('html', 'vi', byCommune);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
    expect(html).toContain('@page { size: A4');
    expect(html).toContain('break-inside: avoid');
    expect(html).not.toMatch(/<(link|script|img|iframe|object)\b/i);
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
    expect(html).not.toMatch(/url\(|@import/i);
    // One share chart per metric, and the chart of progress over years.
    expect(html.match(/<svg /g)).toHaveLength(6);
    expect(html).toContain('<h2>Tiến độ qua các năm</h2>');
    // Years 2023…2030 over 560 px from x = 52; shares over 200 px down from y = 14:
    // 5% in 2023 → (52, 204), 10% in 2024 → (132, 194), this report's 20% in 2025 → (212, 174).
    expect(html).toContain('<polyline points="52,204 132,194 212,174" fill="none" stroke="#d62728"');
    // Metrics with one value get a dot and no line.
    expect(html.match(/<polyline /g)).toHaveLength(1);
    expect(await text('html', 'en', byCommune)).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
  });

  it('draws the scope bar at its share and the target line at 40%', async () => {
    const html = await text('html', 'vi', byCommune);
    const adults = html.split('<section class="metric">').find((s) => s.startsWith(`<h3>${ADULTS_VI}</h3>`)) ?? '';
    // Plot 380 px wide from x = 190: 20% → 76 px; the target 40% at x = 190 + 152 = 342.
    expect(adults).toContain('<rect x="190" y="27" width="76" height="15" class="bar total"');
    expect(adults).toMatch(/<line x1="342" y1="22" x2="342" y2="\d+" class="target"/);
    expect(adults).toContain(
      '<tr class="scope"><td class="unit">huyện Kon Rẫy</td><td class="num">20</td><td class="num">6</td><td class="num">4</td><td class="num">20%</td>',
    );
    expect(adults).toContain('<td class="status-behind">Chậm</td>');
  });

  it('escapes every text from data', async () => {
    const html = await text('html', 'vi');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;Đắk &amp; Co&quot;');
    expect(html).not.toContain('"Đắk & Co"');
    // Chart labels and their tooltips too.
    expect(html.includes('<title>&quot;Đắk &amp; Co&quot;</title>&quot;Đắk &amp; Co&quot;</text>')).toBe(true);
    expect(
      html.includes('<td class="unit d2">&quot;Đắk &amp; Co&quot; / &lt;script&gt;alert(1)&lt;/script&gt;</td>'),
    ).toBe(true);
    expect(html).toContain("default-src 'none'");
  });
});

describe('json', () => {
  it('holds raw numbers, localised texts, calendar and the recognition list', async () => {
    const doc = JSON.parse(await text('json', 'en', byCommune)) as ReturnType<typeof reportJson> & {
      metrics: Record<string, unknown>[];
    };
    expect(doc).toMatchObject({
      format: 'cdht-report',
      version: 1,
      locale: 'en',
      plan: 'kon-ray-2022@1.0.0',
      asOf: '2025-12-31',
      by: 'commune',
    });
    expect(doc.metrics).toHaveLength(25);
    expect(doc.metrics[1]).toMatchObject({
      unit: 'Kon Rẫy district',
      metric: 'adults-titled',
      population: 20,
      registered: 6,
      recognised: 4,
      rate: 0.2,
      gap: 4,
      status: 'behind',
      statusLabel: 'Behind',
    });
    expect((doc.recognitions as unknown[]).length).toBe(6);
    expect((doc.calendar as { nextDeadline: { deadline: string } }).nextDeadline.deadline).toBe('2026-12-05');
  });
});

describe('xlsx', () => {
  const read = async (locale: 'vi' | 'en') => {
    // The xlsx format comes from cdht/node's plugin; renderXlsx is the same formatter called directly.
    const formatters = createEngine({ plugins: [xlsxPlugin] }).formatters;
    const bytes = await renderReport(byCommune, 'xlsx', { locale }, formatters);
    expect(Buffer.isBuffer(bytes)).toBe(true);
    const direct = new ExcelJS.Workbook();
    await direct.xlsx.load((await renderXlsx(byCommune, locale)) as unknown as ExcelJS.Buffer);
    expect(direct.worksheets.map((w) => w.rowCount)).toEqual([26, 7]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    return wb;
  };

  it('has a metrics sheet with real percentages, a frozen styled header and widths', async () => {
    const wb = await read('vi');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Chỉ tiêu', 'Danh sách công nhận']);
    const ws = wb.getWorksheet('Chỉ tiêu');
    if (!ws) throw new Error('no sheet');
    expect(ws.getRow(1).values).toEqual([
      undefined,
      'Đơn vị',
      'Chỉ tiêu',
      'Dân số (mẫu số)',
      'Nguồn mẫu số',
      'Thuộc diện xét',
      'Đạt chỉ tiêu',
      'Tỷ lệ',
      'Mục tiêu',
      'Thời hạn mục tiêu',
      'Trạng thái',
      'Còn thiếu (người)',
      'Ghi chú',
    ]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.getColumn(12).width).toBe(60);
    expect(ws.rowCount).toBe(26);
    const adults = ws.getRow(3);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 10, 11].map((c) => adults.getCell(c).value)).toEqual([
      'huyện Kon Rẫy',
      ADULTS_VI,
      20,
      'bảng dân số',
      6,
      4,
      0.2,
      0.4,
      'Chậm',
      4,
    ]);
    expect(adults.getCell(7).numFmt).toBe('0.0%');
    expect(adults.getCell(9).value).toEqual(new Date('2025-12-31T00:00:00Z'));
    // A formula-like unit name stays a plain string cell.
    const formula = ws.getColumn(1).values.find((v) => typeof v === 'string' && v.startsWith('=HYPERLINK'));
    expect(formula).toBe(NAMES.formula);
  });

  it('has the recognition list with scores per criterion, in Vietnamese order; English names on request', async () => {
    const wb = await read('vi');
    const ws = wb.getWorksheet('Danh sách công nhận');
    if (!ws) throw new Error('no sheet');
    expect(ws.getRow(1).values).toEqual([
      undefined,
      'Đơn vị',
      'Họ và tên',
      'Mã người',
      'Nhóm',
      'Tổng điểm',
      'TC1',
      'TC2',
      'TC3',
    ]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const rows = [2, 3, 4, 5, 6, 7].map((r) => (ws.getRow(r).values as unknown[]).slice(1));
    expect(rows[0]).toEqual([
      NAMES.quoted,
      'Lê Thị Ánh',
      'c1',
      'Người lớn trong cộng đồng học tập (thôn, làng, tổ dân phố)',
      80,
      32,
      32,
      16,
    ]);
    expect(rows.map((r) => r[1])).toEqual([
      'Lê Thị Ánh',
      'Đinh Văn Bảo',
      'Ân Thị Lan',
      'Dương Minh',
      'Trần Văn Công',
      'Bùi Thị Hà',
    ]);
    const en = await read('en');
    expect(en.worksheets.map((w) => w.name)).toEqual(['Metrics', 'Recognition list']);
    expect(en.getWorksheet('Metrics')?.getRow(3).getCell(10).value).toBe('Behind');
  });
});

describe('renderReport', () => {
  it('names the available formats when the format is unknown', async () => {
    const error = await renderReport(all, 'pdf').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CdhtError);
    expect((error as CdhtError).code).toBe('unknown_format');
    expect((error as CdhtError).issues[0].message.en).toBe('No report format "pdf". Available: md, html, csv, json.');
    await expect(renderReport(all, 'toString')).rejects.toThrow(/unknown_format/);
  });

  it('renders the built-in formats without an engine, and a plugin format through engine.formatters', async () => {
    const txt: ReportFormatter = { name: 'txt', extension: 'txt', mediaType: 'text/plain', format: () => 'plain' };
    const engine = createEngine({ plugins: [definePlugin({ name: 'x', formatters: { txt } })] });
    expect(Object.keys(engine.formatters)).toEqual(['txt']);
    expect(await renderReport(all, 'txt', {}, engine.formatters)).toBe('plain');
    expect(await renderReport(all, 'json', {}, engine.formatters)).toBe(await renderReport(all, 'json'));
    const error = await renderReport(all, 'pdf', {}, engine.formatters).catch((e: unknown) => e);
    expect((error as CdhtError).issues[0].message.en).toBe(
      'No report format "pdf". Available: md, html, csv, json, txt.',
    );
  });

  it('accepts formatters of the same shape from plugins', async () => {
    const txt: ReportFormatter = {
      name: 'txt',
      extension: 'txt',
      mediaType: 'text/plain',
      format: (r, o) => `${r.progress.asOf} ${o.locale}`,
    };
    expect(await renderReport(all, 'txt', { locale: 'en' }, { ...builtinFormatters, txt })).toBe('2025-12-31 en');
    expect(Object.keys(builtinFormatters)).toEqual(['md', 'html', 'csv', 'json']);
    expect([...Object.values(builtinFormatters), xlsxFormatter].map((f) => [f.name, f.extension, f.mediaType])).toEqual(
      [
        ['md', 'md', 'text/markdown; charset=utf-8'],
        ['html', 'html', 'text/html; charset=utf-8'],
        ['csv', 'csv', 'text/csv; charset=utf-8'],
        ['json', 'json', 'application/json'],
        ['xlsx', 'xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ],
    );
  });

  it('turns earlier reports into history points', () => {
    const points = buildHistory([all.progress]).filter((h) => h.unit === '');
    expect(points.find((h) => h.metric === 'adults-titled')).toEqual({
      year: 2025,
      metric: 'adults-titled',
      unit: '',
      value: 0.2,
    });
  });
});

describe('people-facing formats leave out units outside a metric', () => {
  it('md and html omit the agency under the adults metric; csv keeps every unit and metric', async () => {
    const input = fixtureInput();
    const md = (await renderReport(input, 'md', { locale: 'en' })) as string;
    const sections = md.split('\n### ');
    const adults = sections.find((x) => /^Adults/i.test(x)) ?? '';
    const officials = sections.find((x) => /^(Officials|Cadres, civil)/i.test(x)) ?? '';
    expect(adults).toContain('| Đắk Kôi |');
    expect(adults).not.toContain('UBND huyện Kon Rẫy');
    expect(officials).toContain('UBND huyện Kon Rẫy');
    const csv = (await renderReport(input, 'csv', { locale: 'en' })) as string;
    expect(csv.split('\r\n').filter((l) => l.length > 0).length - 1).toBe(5 * 8);
  });
});
