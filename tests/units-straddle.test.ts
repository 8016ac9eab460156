// The sample's 2025 straddles the change to two-tier local government (issue 12, item 4): the
// persons' file is kept under the old province → district → commune units, a second file holds
// dossiers filed from 1/7/2025 under the new commune of Đăk Rve (province Quảng Ngãi). A report
// dated 30/6/2025 counts the first under the old units and leaves the second out (the new commune
// did not exist yet); one dated 31/12/2025 carries the old township over to the new commune through
// the bundled mapping and leaves the other old communes out (their successors are unverified).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleFiles } from '../examples/sample/files.js';
import { generateSamplePopulation, SYNTHETIC_PREFIX } from '../examples/sample/generate.js';
import { generateTwoTierRecords } from '../examples/sample/twoTier.js';
import { plans, units } from '../src/criteria.js';
import { aggregate, loadPlan, loadUnitMapping } from '../src/index.js';
import { cdht, requireBuild } from './fixtures/cli/run.js';

const TWO_TIER = 'examples/sample/evidence-2025-two-tier.ndjson';
const national = loadPlan(plans.find((p) => p.id === 'qd-677-2022')?.json);
const mapping = loadUnitMapping(units.find((u) => u.id === 'kon-ray-2025-mapping')?.json);
if (!mapping.success) throw new Error(JSON.stringify(mapping.issues));

const lines = (text: string): Record<string, unknown>[] =>
  text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('the two-tier sample file', () => {
  const records = generateTwoTierRecords();

  it('is what the generator writes, byte for byte, and the persons’ files did not change', () => {
    const population = generateSamplePopulation({ seed: 2025, persons: 4000 });
    const files = sampleFiles(population, { twoTier: records });
    expect(readFileSync(TWO_TIER, 'utf8')).toBe(files['evidence-2025-two-tier.ndjson']);
    expect(readFileSync('examples/sample/evidence-2025.ndjson', 'utf8')).toBe(files['evidence-2025.ndjson']);
  });

  it('keys every dossier to the new commune of Đăk Rve, province Quảng Ngãi, with no district', () => {
    expect(records.length).toBeGreaterThan(300);
    for (const r of records) {
      expect(r.name.startsWith(SYNTHETIC_PREFIX)).toBe(true);
      expect(r.id).toMatch(/^QN25-\d{5}$/);
      expect(r.unit.province).toBe('Quảng Ngãi');
      expect(r.unit.commune).toBe('Đăk Rve');
      expect(r.unit.district).toBeUndefined();
      expect(JSON.stringify(r)).not.toContain('Đắk Rve');
    }
    // Staff of the new commune's agencies: no district agencies after 1/7/2025.
    const staff = records.filter((r) => r.unit.agency !== undefined);
    expect(staff.length).toBeGreaterThan(0);
    for (const r of staff)
      expect(r.memberships.every((m) => m.kind !== 'employer' || m.level === 'commune')).toBe(true);
  });
});

describe('placing on the units in force', () => {
  const row = (unit: Record<string, string>) => ({
    person: 'p',
    framework: { id: 'cdht-resident', version: '2.0.0' },
    group: 'resident',
    period: { from: '2025-01-01', to: '2025-12-31' },
    unit,
    memberships: [{ kind: 'household', id: 'h' }],
    derived: { age: 40, digitalSkill: 'none' },
    titles: [{ id: 'cdht', decision: 'awarded' }],
  });
  const newVillage = { province: 'Quảng Ngãi', commune: 'Đăk Rve', village: 'Thôn 1' };

  it('leaves a new commune out of a report dated before it existed, even though its levels fit the old hierarchy', () => {
    const agg = aggregate([row(newVillage)], national, { asOf: '2025-06-30' });
    expect(agg.rows).toEqual({ read: 1, placed: 0, rejected: { unit_not_in_force: 1 } });
  });

  it('places it from 1/7/2025', () => {
    const agg = aggregate([row(newVillage)], national, { asOf: '2025-07-01' });
    expect(agg.rows).toEqual({ read: 1, placed: 1, rejected: {} });
    expect(Object.keys(agg.counts)).toContain('province=Quảng Ngãi/commune=Đăk Rve/village=Thôn 1');
  });

  it('still places an old unit recorded without its district before 1/7/2025 as it was', () => {
    // An old agency row names province → district → agency (no commune): the old agency hierarchy fits.
    const agency = { province: 'Kon Tum', district: 'Kon Rẫy', agency: 'Phòng Giáo dục' };
    expect(aggregate([row(agency)], national, { asOf: '2025-06-30' }).rows.placed).toBe(1);
  });
});

describe('cdht report --mapping on the straddling sample', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cdht-straddle-'));
  const h1 = join(dir, 'h1.ndjson');
  const h2 = join(dir, 'h2.ndjson');
  let first: Record<string, unknown>[] = [];
  let second: Record<string, unknown>[] = [];

  type Json = {
    rows: { read: number; placed: number; rejected: Record<string, number>; mapped?: Record<string, number> };
    metrics: { unitKey: string; metric: string; registered: number; recognised: number }[];
  };
  const report = (asOf: string, files: string[], withMapping = true): Json => {
    const args = ['report', '--plan', 'qd-677-2022', '--as-of', asOf, '--format', 'json', '--lang', 'en'];
    const run = cdht([...args, ...(withMapping ? ['--mapping', 'kon-ray-2025-mapping'] : []), ...files]);
    expect(run.code, run.stderr).toBe(0);
    return JSON.parse(run.stdout) as Json;
  };
  const count = (r: Json, unitKey: string, metric: string) => {
    const m = r.metrics.find((x) => x.unitKey === unitKey && x.metric === metric);
    return m === undefined ? undefined : { registered: m.registered, recognised: m.recognised };
  };
  const commune = (e: Record<string, unknown>) => (e.unit as Record<string, string>).commune;

  beforeAll(() => {
    requireBuild();
    for (const [input, out] of [
      ['examples/sample/evidence-2025.ndjson', h1],
      [TWO_TIER, h2],
    ] as const) {
      const run = cdht(['evaluate', input, '--out', out]);
      expect(run.code).toBe(0);
    }
    first = lines(readFileSync(h1, 'utf8'));
    second = lines(readFileSync(h2, 'utf8'));
  }, 120_000);

  it('dated 30/6/2025: the old units; the dossiers of the new commune are not in force yet', () => {
    const r = report('2025-06-30', [h1, h2]);
    expect(r.rows.read).toBe(first.length + second.length);
    expect(r.rows.placed).toBe(first.length);
    expect(r.rows.rejected).toEqual({ unit_not_in_force: second.length });
    expect(r.rows.mapped).toBeUndefined();
    const oldTownship = count(r, 'province=Kon Tum/district=Kon Rẫy/commune=Đắk Rve', 'adults-titled');
    expect(oldTownship?.registered).toBeGreaterThan(0);
    expect(count(r, 'province=Quảng Ngãi/commune=Đăk Rve', 'adults-titled')).toBeUndefined();
  }, 60_000);

  it('dated 31/12/2025: the old township rolls up into Đăk Rve with the new dossiers; other old communes are left out', () => {
    const r = report('2025-12-31', [h1, h2]);
    const township = first.filter((e) => commune(e) === 'Đắk Rve').length;
    expect(r.rows.placed).toBe(township + second.length);
    expect(r.rows.rejected).toEqual({ unit_not_in_force: first.length - township });
    expect(r.rows.mapped).toEqual({ partial: township });
    // The new commune's counts are the old township's (as of 30/6) plus the new dossiers' (as recorded).
    const before = report('2025-06-30', [h1]);
    const alone = report('2025-12-31', [h2], false);
    for (const metric of ['adults-titled', 'officials-titled']) {
      const old = count(before, 'province=Kon Tum/district=Kon Rẫy/commune=Đắk Rve', metric);
      const fresh = count(alone, 'province=Quảng Ngãi/commune=Đăk Rve', metric);
      const both = count(r, 'province=Quảng Ngãi/commune=Đăk Rve', metric);
      expect(old && fresh, metric).toBeTruthy();
      expect(both, metric).toEqual({
        registered: (old?.registered ?? 0) + (fresh?.registered ?? 0),
        recognised: (old?.recognised ?? 0) + (fresh?.recognised ?? 0),
      });
    }
  }, 60_000);

  it('says in the Markdown header what placing left out and what a mapping carried over', () => {
    const run = cdht([
      'report',
      '--plan',
      'qd-677-2022',
      '--as-of',
      '2025-12-31',
      '--mapping',
      'kon-ray-2025-mapping',
      '--lang',
      'en',
      h1,
    ]);
    expect(run.code).toBe(0);
    const township = first.filter((e) => commune(e) === 'Đắk Rve').length;
    const fmt = (n: number) => n.toLocaleString('en-US');
    expect(run.stdout).toContain(
      `- **Not placed in a unit:** ${fmt(first.length - township)} (unit\\_not\\_in\\_force)`,
    );
    expect(run.stdout).toContain(
      `- **Placed through a unit mapping:** ${fmt(township)} rows; verification partial ${fmt(township)}`,
    );
  }, 60_000);

  it('a report dated after its plan lapsed says so in its header, with the reason; one dated before does not', () => {
    const after = cdht(['report', '--plan', 'kon-ray-2022', '--as-of', '2025-12-31', h1]);
    expect(after.code).toBe(0);
    expect(after.stdout).toContain(
      '- **Kế hoạch chỉ còn giá trị lịch sử sau ngày 30/06/2025:** Từ 01/7/2025 không còn cấp huyện',
    );
    const html = cdht([
      'report',
      '--plan',
      'kon-ray-2022',
      '--as-of',
      '2025-12-31',
      '--format',
      'html',
      '--lang',
      'en',
      h1,
    ]);
    expect(html.stdout).toContain(
      '<dt>The plan is historical after 2025-06-30</dt><dd>Since 1/7/2025 there are no districts',
    );
    const before = cdht(['report', '--plan', 'kon-ray-2022', '--as-of', '2025-06-30', h1]);
    expect(before.stdout).not.toContain('giá trị lịch sử');
  }, 60_000);

  it('refuses a mapping that is not one, naming the file', () => {
    const run = cdht(['report', '--plan', 'qd-677-2022', '--mapping', 'qd-677-2022', '--lang', 'en', h1]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/qd-677-2022/);
  });
});
