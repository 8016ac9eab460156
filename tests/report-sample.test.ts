import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { aggregate } from '../src/aggregate/aggregate.js';
import { buildReportingCalendar } from '../src/aggregate/calendar.js';
import { computeProgress } from '../src/aggregate/progress.js';
import { createEngine } from '../src/engine.js';
import type { Evaluation } from '../src/format/evaluation.js';
import { loadCriteria } from '../src/node/criteriaFiles.js';
import { renderXlsx } from '../src/node/xlsx/report.js';
import {
  buildRecognitionList,
  buildReportRows,
  compareGivenNames,
  type ReportInput,
  renderReport,
} from '../src/report/index.js';
import { konRayPlan, readJson, readNdjson } from './reportFixtures.js';

// The synthetic Kon Rẫy sample: 4,000 evidence records, 100 cadres, a population table.
type PopulationRow = { unit: Record<string, string>; adults?: number; staff?: number };
/** Adults of families, clans and communities: by membership (the plan's population), not by form. */
const ADULT_KINDS = ['household', 'clan', 'community'];
const awarded = (e: Evaluation): boolean => e.titles.some((t) => t.id === 'cdht' && t.decision === 'awarded');
const vi = new Intl.NumberFormat('vi-VN');
const pct = (share: number, locale: 'vi' | 'en'): string => {
  const text = String(Math.round(share * 1000) / 10);
  return `${locale === 'vi' ? text.replace('.', ',') : text}%`;
};

const evaluations: Evaluation[] = [];
let population: PopulationRow[] = [];
let input: ReportInput;
/** Expected adults-titled numbers, counted straight from the evaluations and the table. */
let adults: { population: number; registered: number; recognised: number; gap: number };

beforeAll(async () => {
  const engine = createEngine();
  const loaded = await loadCriteria(engine, [fileURLToPath(new URL('../criteria', import.meta.url))]);
  expect(loaded.issues).toEqual([]);
  for (const record of readNdjson('examples/sample/evidence-2025.ndjson')) {
    try {
      evaluations.push(engine.evaluate(undefined, record));
    } catch {
      // A broken sample row: the aggregate never sees it, and neither does the expectation.
    }
  }
  population = readJson('examples/sample/population-2025.json') as PopulationRow[];
  const plan = konRayPlan();
  const rows = [...evaluations, ...readNdjson('examples/sample/cadres-2025.ndjson')];
  input = {
    plan,
    progress: computeProgress(aggregate(rows, plan), plan, { asOf: '2025-12-31', population }),
    calendar: buildReportingCalendar(plan, '2025-12-31', { submitted: [2022, 2023, 2024] }),
    recognitions: buildRecognitionList(evaluations, { titleId: 'cdht', by: 'commune', plan }),
    by: 'commune',
  };
  const adultRows = evaluations.filter((e) => e.memberships?.some((m) => ADULT_KINDS.includes(m.kind)));
  const pop = population.reduce((n, r) => n + (r.adults ?? 0), 0);
  const recognised = adultRows.filter(awarded).length;
  adults = {
    population: pop,
    registered: adultRows.length,
    recognised,
    gap: Math.ceil(0.4 * pop) - recognised,
  };
}, 60_000);

describe('reports of the Kon Rẫy sample (2025-12-31, by commune)', () => {
  it('rates adults against the population table, and communes plus district agencies add up to the district', () => {
    expect(evaluations.length).toBeGreaterThan(3900);
    expect(adults.population).toBeGreaterThan(adults.registered);
    const rows = buildReportRows(input.progress, 'vi', 'commune');
    const scope = rows.find((r) => r.unitKey === '' && r.metric === 'adults-titled');
    expect(scope).toMatchObject({
      ...adults,
      rate: adults.recognised / adults.population,
      denominator: 'population',
    });
    const communes = new Set(rows.filter((r) => r.unitKey.startsWith('commune=')).map((r) => r.unit));
    expect([...communes]).toEqual([
      'Đắk Kôi',
      'Đắk Pne',
      'Đắk Ruồng',
      'Đắk Rve',
      'Đắk Tơ Lung',
      'Đắk Tờ Re',
      'Tân Lập',
    ]);
    for (const metric of input.plan.metrics.map((m) => m.id)) {
      const [total, ...parts] = rows.filter((r) => r.metric === metric);
      expect(parts.reduce((n, r) => n + r.recognised, 0)).toBe(total?.recognised);
    }
    const kôi = rows.find((r) => r.unit === 'Đắk Kôi' && r.metric === 'adults-titled');
    const kôiPop = population.filter((p) => p.unit.commune === 'Đắk Kôi').reduce((n, p) => n + (p.adults ?? 0), 0);
    const kôiAwarded = evaluations.filter(
      (e) => e.unit?.commune === 'Đắk Kôi' && e.memberships?.some((m) => ADULT_KINDS.includes(m.kind)) && awarded(e),
    ).length;
    expect(kôi).toMatchObject({ population: kôiPop, recognised: kôiAwarded });
  });

  it('csv: BOM, CRLF, the district row with the counted numbers', async () => {
    const csv = (await renderReport(input, 'csv', { locale: 'vi' })) as string;
    expect(csv.startsWith('\uFEFFĐơn vị,Chỉ tiêu,Dân số (mẫu số),')).toBe(true);
    expect(csv.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
    const rows = parse(csv.slice(1)) as string[][];
    const row = rows.find((r) => r[0] === 'huyện Kon Rẫy' && r[1]?.startsWith('Người lớn'));
    expect(row?.slice(2, 11)).toEqual([
      String(adults.population),
      'bảng dân số',
      String(adults.registered),
      String(adults.recognised),
      pct(adults.recognised / adults.population, 'vi'),
      '40%',
      '31/12/2025',
      'Chậm',
      String(adults.gap),
    ]);
  });

  it('md: the calendar and the district row with Vietnamese digit grouping', async () => {
    const md = (await renderReport(input, 'md', { locale: 'vi' })) as string;
    expect(md).toContain('**Hạn báo cáo tiếp theo:** Báo cáo năm 2026: trước ngày 05/12/2026');
    // Past deadlines are history unless the years sent are known; then the unsent one is overdue.
    expect(md).toContain('**Các năm đã qua hạn báo cáo:** 2025 (đã qua hạn;');
    expect(md).not.toContain('quá hạn 27 ngày');
    const sent = (await renderReport({ ...input, submittedKnown: true }, 'md', { locale: 'vi' })) as string;
    expect(sent).toContain('- Báo cáo năm 2025: hạn cuối 04/12/2025 (quá hạn 27 ngày)');
    expect(md).toContain('Hội nghị sơ kết (quý I năm 2026)');
    const cells = [adults.population, adults.registered, adults.recognised].map((n) => vi.format(n));
    expect(md).toContain(
      `| huyện Kon Rẫy | ${cells.join(' | ')} | ${pct(adults.recognised / adults.population, 'vi')} | 40% (31/12/2025) | Chậm | ${vi.format(adults.gap)} |`,
    );
    expect(md).toContain('## Danh sách công nhận');
  });

  it('html: self-contained, English labels and numbers', async () => {
    const html = (await renderReport(input, 'html', { locale: 'en' })) as string;
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).not.toMatch(/<(link|script|img|iframe)\b/i);
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
    expect(html.match(/<svg /g)).toHaveLength(5);
    const en = new Intl.NumberFormat('en-GB');
    expect(html).toContain(
      `<tr class="scope"><td class="unit">Kon Rẫy district</td><td class="num">${en.format(adults.population)}</td><td class="num">${en.format(adults.registered)}</td>`,
    );
    expect(html).toContain('<h2>Reporting calendar</h2>');
  });

  it('xlsx: metrics and the recognition list in Vietnamese order', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderXlsx(input, 'vi')) as unknown as ExcelJS.Buffer);
    const metrics = wb.getWorksheet('Chỉ tiêu');
    const scope = metrics?.getRow(3);
    expect([1, 3, 5, 6, 7, 11].map((c) => scope?.getCell(c).value)).toEqual([
      'huyện Kon Rẫy',
      adults.population,
      adults.registered,
      adults.recognised,
      adults.recognised / adults.population,
      adults.gap,
    ]);
    const list = wb.getWorksheet('Danh sách công nhận');
    if (!list) throw new Error('no recognition sheet');
    const awardedCount = evaluations.filter(awarded).length;
    expect(list.rowCount).toBe(1 + awardedCount);
    const collator = new Intl.Collator('vi', { numeric: true });
    const entries = Array.from(
      { length: awardedCount },
      (_, i) => (list.getRow(i + 2).values as unknown[]).slice(1, 4) as string[],
    );
    for (let i = 1; i < entries.length; i++) {
      const [a, b] = [entries[i - 1] ?? [], entries[i] ?? []];
      const order =
        collator.compare(a[0] ?? '', b[0] ?? '') ||
        compareGivenNames(a[1] ?? '', b[1] ?? '') ||
        collator.compare(a[2] ?? '', b[2] ?? '');
      expect(order).toBeLessThanOrEqual(0);
    }
    expect(new Set(entries.map((e) => e[0]))).toEqual(
      new Set([
        'Đắk Kôi',
        'Đắk Pne',
        'Đắk Ruồng',
        'Đắk Rve',
        'Đắk Tơ Lung',
        'Đắk Tờ Re',
        'Tân Lập',
        'UBND huyện Kon Rẫy',
        'Phòng Giáo dục và Đào tạo huyện Kon Rẫy',
        'Trung tâm Y tế huyện Kon Rẫy',
        'Trường Phổ thông Dân tộc nội trú huyện Kon Rẫy',
      ]),
    );
  });

  it('json: one entry per unit shown and metric', async () => {
    const doc = JSON.parse((await renderReport(input, 'json', { locale: 'vi' })) as string) as {
      metrics: unknown[];
      recognitions: unknown[];
    };
    // The district, 7 communes and 4 district agencies, 5 metrics each.
    expect(doc.metrics).toHaveLength((1 + 7 + 4) * 5);
    expect(doc.recognitions).toHaveLength(evaluations.filter(awarded).length);
  });
});
