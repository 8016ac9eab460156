import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cdht, ROOT, requireBuild } from './fixtures/cli/run.js';

// Issue 14 item 4, run as an officer would: evaluate the Kon Rẫy sample (19 rows rejected for a
// TC2.3 score of 12), then report by commune without a population table.
let dir = '';
const SAMPLE = join(ROOT, 'examples/sample');
const runs = new Map<string, ReturnType<typeof cdht>>();
/** `cdht report` on the sample with extra arguments; the same arguments run once. */
const report = (...extra: string[]) => {
  const key = extra.join('\u0000');
  const known = runs.get(key);
  if (known) return known;
  const r = reportNow(...extra);
  runs.set(key, r);
  return r;
};
const reportNow = (...extra: string[]) =>
  cdht(
    [
      'report',
      '--plan',
      'kon-ray-2022',
      '--by',
      'commune',
      '--as-of',
      '2025-12-31',
      'ev.ndjson',
      join(SAMPLE, 'cadres-2025.ndjson'),
      ...extra,
    ],
    dir,
  );

/** The markdown table of one metric, from its heading to the next heading. */
const section = (md: string, heading: string): string => {
  const at = md.indexOf(`### ${heading}`);
  if (at < 0) throw new Error(`no section ${heading}`);
  const end = md.indexOf('\n#', at + 4);
  return md.slice(at, end < 0 ? undefined : end);
};

beforeAll(() => {
  requireBuild();
  dir = mkdtempSync(join(tmpdir(), 'cdht-truth-'));
  const r = cdht(['evaluate', join(SAMPLE, 'evidence-2025.ndjson'), '--out', 'ev.ndjson'], dir);
  expect(r.code).toBe(0);
}, 60_000);

describe('reports that tell the truth (issue 14 item 4)', () => {
  it('without --population the adults metric rates against those registered and says so', () => {
    const md = report().stdout;
    const adults = section(md, 'Người lớn trong gia đình học tập');
    expect(adults).not.toContain('Chưa có dữ liệu');
    // District: 1,083 of 3,343 registered adults titled = 32.4%; 40% needs ceil(1,337.2) − 1,083 = 255 more.
    expect(adults).toMatch(
      /\| huyện Kon Rẫy \| 3\.343³ \| 3\.343 \| 1\.083 \| 32,4% \| 40% \(31\/12\/2025\) \| Chậm \| 255 \|/u,
    );
    expect(adults).toContain('³ Chưa có bảng dân số (--population): mẫu số tạm lấy số đã đăng ký');
    // With the table, the population is the denominator again and the note goes.
    const withTable = report('--population', join(SAMPLE, 'population-2025.json')).stdout;
    expect(section(withTable, 'Người lớn trong gia đình học tập')).not.toContain('³');
  });

  it('names each metric’s columns for what it counts', () => {
    const md = report().stdout;
    const header = (heading: string): string => section(md, heading).split('\n')[2] ?? '';
    expect(header('Người đạt danh hiệu “Công dân học tập” có kỹ năng số')).toContain(
      '| Người đạt danh hiệu | Có kỹ năng số |',
    );
    expect(header('Người đạt danh hiệu “Công dân học tập” thành thạo kỹ năng số')).toContain(
      '| Người đạt danh hiệu | Thành thạo kỹ năng số |',
    );
    expect(header('Cán bộ, hội viên Hội Khuyến học')).toContain('| Cán bộ, hội viên | Đã học tập quán triệt |');
    for (const h of ['có kỹ năng số', 'thành thạo kỹ năng số', 'Cán bộ, hội viên Hội Khuyến học'].map((x) =>
      header(x === 'Cán bộ, hội viên Hội Khuyến học' ? x : `Người đạt danh hiệu “Công dân học tập” ${x}`),
    ))
      expect(h).not.toContain('Đạt danh hiệu');
  });

  it('counts the evidence rows evaluate rejected, per file with the main reasons', () => {
    const r = report();
    expect(r.stdout).toContain('- **Số dòng đã đọc:** 4.100 (đã tính 4.081, bị loại 19)');
    expect(r.stdout).toContain('| ev.ndjson | 4.000 | 3.981 | 19 | invalid\\_evidence (19) |');
    expect(r.stdout).toMatch(/\| \S*cadres-2025\.ndjson \| 100 \| 100 \| 0 \| — \|/u);
    expect(r.stderr).toContain('Đã đọc 4.100 dòng: 4.081 được tính vào đơn vị, 19 bị loại');
  });

  it('shows the next and following deadlines; past ones as history unless --submitted says which were sent', () => {
    const md = report().stdout;
    expect(md).not.toContain('quá hạn 1123 ngày');
    expect(md).not.toContain('Báo cáo quá hạn');
    expect(md).toContain('**Hạn báo cáo tiếp theo:** Báo cáo năm 2026: trước ngày 05/12/2026');
    expect(md).toContain('**Hạn báo cáo sau đó:** Báo cáo năm 2027: trước ngày 05/12/2027');
    expect(md).toContain('**Các năm đã qua hạn báo cáo:** 2022, 2023, 2024, 2025');
    const sent = report('--submitted', '2022,2023,2024').stdout;
    expect(sent).toContain('- Báo cáo năm 2025: hạn cuối 04/12/2025 (quá hạn 27 ngày)');
    expect(sent).not.toContain('Báo cáo năm 2022: hạn cuối');
    expect(report('--submitted', '20x2').code).toBe(2);
  });

  it('lists district agencies apart, after the communes', () => {
    const staff = section(report().stdout, 'Cán bộ, công chức, viên chức');
    const units = staff
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| Đơn vị') && !l.startsWith('| ---'))
      .map((l) => l.split(' | ')[0]?.slice(2) ?? '');
    const apart = units.indexOf('Cơ quan, đơn vị không thuộc cấp báo cáo (vd. cơ quan cấp huyện)');
    expect(apart).toBe(8);
    expect(units.slice(1, apart).every((u) => u.startsWith('Đắk') || u === 'Tân Lập')).toBe(true);
    expect(units.slice(apart + 1)).toContain('UBND huyện Kon Rẫy');
    expect(units.slice(apart + 1).some((u) => u.startsWith('Đắk'))).toBe(false);
  });

  it('the district row is the sum of the rows below it, for every metric', () => {
    const json = JSON.parse(report('--format', 'json').stdout) as {
      metrics: { unitKey: string; metric: string; registered: number; recognised: number }[];
    };
    const metrics = new Set(json.metrics.map((m) => m.metric));
    expect(metrics.size).toBe(5);
    for (const metric of metrics) {
      const rows = json.metrics.filter((m) => m.metric === metric);
      const scope = rows.find((m) => m.unitKey === '');
      const below = rows.filter((m) => m.unitKey !== '');
      expect(scope?.registered).toBe(below.reduce((n, m) => n + m.registered, 0));
      expect(scope?.recognised).toBe(below.reduce((n, m) => n + m.recognised, 0));
    }
  });

  it('report --help describes every format and the annex, not "json only for now"', () => {
    const help = cdht(['report', '--help', '--lang', 'en']).stdout;
    expect(help).not.toContain('json only for now');
    expect(help).toContain('--annex');
    expect(help).toContain('--submitted');
  });

  it('the HTML report prints A4 landscape with compact tables and repeated headers', () => {
    const r = report('--format', 'html', '--out', 'r.html');
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(html).toContain('@page { size: A4 landscape;');
    expect(html).toMatch(
      /@media print \{[\s\S]*section\.metric figure, section\.history, ul\.legend \{ display: none; \}/u,
    );
    expect(html).toMatch(/@media print \{[\s\S]*thead \{ display: table-header-group; \}/u);
    expect(html).toContain('<td class="note">');
  });
});
