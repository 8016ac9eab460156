import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRecognitionList, type Evaluation, loadPlan, type Plan } from '../src/index.js';
import { createRecognitionStore } from '../src/node/report/recognitionStore.js';
import { annexHtmlParts, renderAnnexHtml } from '../src/report/annex.js';
import { cdht, ROOT, requireBuild } from './fixtures/cli/run.js';

beforeAll(requireBuild);

// Issue 14 item 4: the recognition list of a large report streams from disk. These tests check
// that the streamed list is the in-memory list, person for person, and that the HTML report
// leaves a list too long for a page to the annex.

const PLAN_FILE = join(ROOT, 'criteria/plans/kon-ray-2022.json');
const PLAN = loadPlan(JSON.parse(readFileSync(PLAN_FILE, 'utf8')));
const plan = (): Plan => PLAN;

/** Given names that differ only in tone marks, family names with Đ and D, in no order. */
const GIVEN = ['Thanh', 'Thành', 'Thạnh', 'Thánh', 'Thảnh', 'Thãnh', 'An', 'Ánh', 'Anh', 'Bình', 'Đức', 'Dũng'];
const FAMILY = ['Nguyễn Văn', 'Trần Thị', 'Đỗ Thị', 'Dương Văn', 'Lê Minh', 'Bùi Thị', 'Đặng Văn'];
const COMMUNES = ['Tân Lập', 'Đắk Kôi', 'Đắk Ruồng', 'Đắk Tơ Lung'];

/**
 * An evaluation of person i: names and communes cycle at different rates so that the same name
 * recurs in a commune with other ids; one person in 7 is not awarded; Đắk Ruồng's framework has a
 * fourth criterion (TC4), so the workbook's criterion columns depend on the list's order.
 */
function evaluation(i: number): Evaluation {
  const commune = COMMUNES[i % COMMUNES.length] as string;
  const total = 70 + (i % 30);
  const criteria = [
    { id: 'TC1', points: total - 50, max: 40, possible: total - 50 },
    { id: 'TC2', points: 35, max: 40, possible: 35 },
    { id: 'TC3', points: 15, max: 20, possible: 15 },
    ...(commune === 'Đắk Ruồng' ? [{ id: 'TC4', points: 5, max: 10, possible: 5 }] : []),
  ];
  return {
    framework: { id: 'cdht-resident', version: '2.0.0' },
    // Ids not in reading order: ties on the name are broken by id in collation order.
    person: `P${String((i * 7919) % 100_000).padStart(5, '0')}`,
    name: `${FAMILY[i % FAMILY.length]} ${GIVEN[(Math.floor(i / 4) * 5) % GIVEN.length]}`,
    group: 'resident',
    unit: { province: 'Kon Tum', district: 'Kon Rẫy', commune, village: `Thôn ${1 + (i % 11)}` },
    birthYear: 1950 + (i % 50),
    period: { from: '2025-01-01', to: '2025-12-31' },
    asOf: '2025-12-31',
    total,
    possible: total,
    max: 100,
    criteria,
    indicators: [],
    derived: {},
    titles: [{ id: 'cdht', decision: i % 7 === 3 ? 'not-awarded' : 'awarded', reasons: [], gap: null }],
  } as unknown as Evaluation;
}

const evaluations = (n: number): Evaluation[] => Array.from({ length: n }, (_, i) => evaluation(i));

describe('the recognition list kept on disk', () => {
  it('comes back in the order buildRecognitionList sorts, entry for entry, in each grouping', () => {
    const all = evaluations(600);
    const store = createRecognitionStore([{ plan: plan(), by: 'commune' }, { plan: plan() }]);
    try {
      for (const e of all) store.add(e);
      const byCommune = store.list(0);
      const expected = buildRecognitionList(all, { plan: plan(), by: 'commune' });
      // 600 people, one in 7 not awarded (i % 7 === 3): 86 of them.
      expect(expected).toHaveLength(600 - 86);
      expect(byCommune.count).toBe(514);
      expect([...byCommune.entries()]).toEqual(expected);
      // Units in Vietnamese order (Đắk … before Tân Lập), counted.
      expect(byCommune.units.map((u) => [u.unit.name, u.count])).toEqual([
        ['Đắk Kôi', expected.filter((x) => x.unit.name === 'Đắk Kôi').length],
        ['Đắk Ruồng', expected.filter((x) => x.unit.name === 'Đắk Ruồng').length],
        ['Đắk Tơ Lung', expected.filter((x) => x.unit.name === 'Đắk Tơ Lung').length],
        ['Tân Lập', expected.filter((x) => x.unit.name === 'Tân Lập').length],
      ]);
      // TC4 (Đắk Ruồng's) first appears after the Đắk Kôi rows.
      expect(byCommune.criteria).toEqual(['TC1', 'TC2', 'TC3', 'TC4']);
      // The second grouping (no level: full unit paths, villages included) is sorted on its own.
      expect([...store.list(1).entries()]).toEqual(buildRecognitionList(all, { plan: plan() }));
      // Within a commune: given name first, tones in order (Thanh, Thành, Thảnh, Thãnh, Thánh, Thạnh).
      const koi = expected.filter((x) => x.unit.name === 'Đắk Kôi').map((x) => x.name.split(' ').pop());
      expect(koi.filter((g, i) => i === 0 || g !== koi[i - 1])).toEqual([
        'An',
        'Anh',
        'Ánh',
        'Bình',
        'Dũng',
        'Đức',
        'Thanh',
        'Thành',
        'Thảnh',
        'Thãnh',
        'Thánh',
        'Thạnh',
      ]);
      // Same name: Dương before Đặng before Đỗ (family names), then ids in order.
      const an = expected.filter((x) => x.unit.name === 'Đắk Kôi' && x.name.endsWith(' An'));
      const families = an.map((x) => x.name.split(' ')[0] ?? '');
      expect(families).toEqual([...families].sort(new Intl.Collator('vi').compare));
    } finally {
      store.close();
    }
  });

  it('leaves no file behind, and reads an empty list', () => {
    const before = readdirSync(tmpdir()).filter((f) => f.startsWith('cdht-recognitions-'));
    const store = createRecognitionStore([{ plan: plan(), by: 'commune' }]);
    store.add(evaluation(3)); // not awarded
    const list = store.list(0);
    expect([list.count, list.criteria, list.units, [...list.entries()]]).toEqual([0, [], [], []]);
    store.close();
    expect(readdirSync(tmpdir()).filter((f) => f.startsWith('cdht-recognitions-'))).toEqual(before);
  });

  it('the annex page written unit by unit is the page rendered at once', () => {
    const list = buildRecognitionList(evaluations(3000), { plan: plan(), by: 'commune' });
    const options = { year: 2025, asOf: '2025-12-31' };
    const parts = [...annexHtmlParts(list, options)];
    // A part per thousand rows at most, not one string of the whole list.
    expect(parts.length).toBeGreaterThan(4);
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThan(300_000);
    expect(parts.join('')).toBe(renderAnnexHtml(list, options));
    expect([...annexHtmlParts([], options)].join('')).toBe(renderAnnexHtml([], options));
  });
});

describe('report on a list longer than a page holds (2,500 people)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cdht-report-stream-'));
  const all = evaluations(2917); // 2,917 − 417 not awarded = 2,500 awarded
  const list = buildRecognitionList(all, { plan: plan(), by: 'commune' });
  writeFileSync(join(dir, 'ev.ndjson'), `${all.map((e) => JSON.stringify(e)).join('\n')}\n`);
  const common = ['report', '--plan', PLAN_FILE, '--by', 'commune', '--as-of', '2025-12-31', 'ev.ndjson'];

  it('xlsx: the recognition sheet holds every person in list order, streamed', async () => {
    expect(list).toHaveLength(2500);
    const r = cdht([...common, '--format', 'xlsx', '--out', 'r.xlsx', '--annex', 'a.xlsx'], dir);
    expect(r.stderr).not.toMatch(/lỗi|error/iu);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'r.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Chỉ tiêu', 'Danh sách công nhận']);
    const ws = wb.getWorksheet('Danh sách công nhận') as ExcelJS.Worksheet;
    expect(ws.rowCount).toBe(2501);
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Đơn vị',
      'Họ và tên',
      'Mã người',
      'Nhóm',
      'Tổng điểm',
      'TC1',
      'TC2',
      'TC3',
      'TC4',
    ]);
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: '1:1' });
    const rows = Array.from({ length: 2500 }, (_, i) => (ws.getRow(i + 2).values as unknown[]).slice(1, 4));
    expect(rows).toEqual(list.map((x) => [x.unit.name, x.name, x.person]));
    // TC4 only for Đắk Ruồng: empty for the others.
    const ruong = list.findIndex((x) => x.unit.name === 'Đắk Ruồng');
    expect([ws.getRow(ruong + 2).getCell(9).value, ws.getRow(2).getCell(9).value]).toEqual([5, null]);
    const annex = new ExcelJS.Workbook();
    await annex.xlsx.readFile(join(dir, 'a.xlsx'));
    expect(annex.worksheets.map((w) => w.name)).toEqual(['Đắk Kôi', 'Đắk Ruồng', 'Đắk Tơ Lung', 'Tân Lập']);
    const lap = annex.getWorksheet('Tân Lập') as ExcelJS.Worksheet;
    const lapList = list.filter((x) => x.unit.name === 'Tân Lập');
    expect(lap.getCell(5 + lapList.length - 1, 1).value).toBe(lapList.length);
    expect(lap.getCell(5 + lapList.length - 1, 2).value).toBe(lapList[lapList.length - 1]?.name);
    expect(lap.getCell(5 + lapList.length + 1, 1).value).toBe(`Tổng số: ${lapList.length}`);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('html: counts per commune and a pointer to the annex instead of 2,500 rows; the annex lists them', () => {
    const r = cdht([...common, '--format', 'html', '--out', 'r.html', '--annex', 'a.html'], dir);
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(html).toContain('<h2>Danh sách công nhận (2.500)</h2>');
    expect(html).toContain('Danh sách đầy đủ theo mẫu: cdht report --annex danh-sach.xlsx');
    const count = (name: string) => list.filter((x) => x.unit.name === name).length;
    expect(html).toContain(`<tr><td>Đắk Kôi</td><td class="num">${count('Đắk Kôi')}</td></tr>`);
    expect(html).toContain(`<tr><td>Tân Lập</td><td class="num">${count('Tân Lập')}</td></tr>`);
    expect(html).not.toContain(list[0]?.person);
    expect(statSync(join(dir, 'r.html')).size).toBeLessThan(100_000);
    const annex = readFileSync(join(dir, 'a.html'), 'utf8');
    expect(annex.match(/<tr><td class="num">\d+<\/td>/gu)).toHaveLength(2500);
    expect(annex).toBe(renderAnnexHtml(list, { year: 2025, asOf: '2025-12-31' }));
    expect(existsSync(join(dir, 'r.html'))).toBe(true);
  });

  it('json still carries the whole list', () => {
    const r = cdht([...common, '--format', 'json'], dir);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { recognitions: { person: string }[] };
    expect(doc.recognitions.map((x) => x.person)).toEqual(list.map((x) => x.person));
  });
});

describe('streamed outputs go where they are told, whole or not at all', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cdht-report-stream-out-'));
  writeFileSync(
    join(dir, 'ev.ndjson'),
    `${evaluations(40)
      .map((e) => JSON.stringify(e))
      .join('\n')}\n`,
  );
  const common = ['report', '--plan', PLAN_FILE, '--as-of', '2025-12-31', 'ev.ndjson'];

  it('xlsx to /dev/null writes into the device and leaves it a device', () => {
    const r = cdht([...common, '--format', 'xlsx', '--out', '/dev/null'], dir);
    expect(r.code).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('an --out that is a folder is refused, naming it, and nothing is left behind', () => {
    const r = cdht([...common, '--format', 'xlsx', '--out', '.'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('không ghi được .');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
