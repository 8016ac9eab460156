// Units that change (issue 12, item 4): 2025 data kept under province → district → commune roll up
// to the units in force on the report date — the old ones on 30/6/2025, the two-tier ones
// (province → commune) on 31/12/2025 through a unit mapping — and nothing is guessed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plans, units } from '../src/criteria.js';
import type { UnitMappingFile } from '../src/format/units.js';
import { aggregate, computeProgress, loadPlan, loadUnitMapping, rollUpPopulation } from '../src/index.js';

const json = (id: string) => plans.find((p) => p.id === id)?.json;
const national = loadPlan(json('qd-677-2022'));
const konRay = loadPlan(json('kon-ray-2022'), { plans: [national] });

const bundled = loadUnitMapping(units.find((u) => u.id === 'kon-ray-2025-mapping')?.json);
if (!bundled.success) throw new Error(JSON.stringify(bundled.issues));
const konRayMapping = bundled.value;

const old = (commune: string, village = 'Thôn 1') => ({ province: 'Kon Tum', district: 'Kon Rẫy', commune, village });

/** An adult resident of 2025 whose title is `decision`, kept under its old unit. */
const row = (person: string, commune: string, decision: 'awarded' | 'not-awarded') => ({
  person,
  framework: { id: 'cdht-resident', version: '2.0.0' },
  group: 'resident',
  period: { from: '2025-01-01', to: '2025-12-31' },
  unit: old(commune),
  memberships: [{ kind: 'household', id: `${commune}/${person}` }],
  derived: { age: 40, digitalSkill: 'none' },
  evidence: { birthDate: '1985-01-01' },
  titles: [{ id: 'cdht', decision }],
});

// Đắk Rve: 2 awarded of 3; Đắk Ruồng: 1 of 2; Đắk Kôi: 1 of 1.
const rows = [
  row('a', 'Đắk Rve', 'awarded'),
  row('b', 'Đắk Rve', 'awarded'),
  row('c', 'Đắk Rve', 'not-awarded'),
  row('d', 'Đắk Ruồng', 'awarded'),
  row('e', 'Đắk Ruồng', 'not-awarded'),
  row('f', 'Đắk Kôi', 'awarded'),
];

/** An illustrative mapping of every old commune (NOT the official composition, which is unverified). */
const example: UnitMappingFile = {
  id: 'example-mapping',
  version: '1.0.0',
  title: { vi: 'Ví dụ', en: 'Example' },
  verification: { status: 'example' },
  effective: '2025-07-01',
  entries: [
    {
      from: { province: 'Kon Tum', district: 'Kon Rẫy', commune: 'Đắk Rve' },
      to: { province: 'Quảng Ngãi', commune: 'Đăk Rve' },
      verification: 'example',
    },
    {
      from: { province: 'Kon Tum', district: 'Kon Rẫy', commune: 'Đắk Ruồng' },
      to: { province: 'Quảng Ngãi', commune: 'Kon Braih' },
      verification: 'example',
    },
    {
      from: { province: 'Kon Tum', district: 'Kon Rẫy', commune: 'Đắk Kôi' },
      to: { province: 'Quảng Ngãi', commune: 'Kon Braih' },
      verification: 'example',
    },
  ],
};

const adults = (agg: ReturnType<typeof aggregate>, key: string) => agg.counts[key]?.['adults-titled'];

describe('a 2025 report rolls up to the units in force on its date', () => {
  it('dated 30/6/2025: the old province → district → commune units', () => {
    const agg = aggregate(rows, national, { asOf: '2025-06-30', mappings: [example] });
    expect(agg.asOf).toBe('2025-06-30');
    expect(agg.rows).toEqual({ read: 6, placed: 6, rejected: {} });
    expect(adults(agg, 'province=Kon Tum/district=Kon Rẫy/commune=Đắk Rve/village=Thôn 1')).toEqual({ num: 2, den: 3 });
    expect(adults(agg, 'province=Kon Tum/district=Kon Rẫy/commune=Đắk Ruồng/village=Thôn 1')).toEqual({
      num: 1,
      den: 2,
    });
    expect(Object.keys(agg.counts).some((k) => k.includes('Quảng Ngãi'))).toBe(false);
  });

  it('dated 31/12/2025: the two-tier province → commune units, through the mapping', () => {
    const agg = aggregate(rows, national, { asOf: '2025-12-31', mappings: [example] });
    expect(agg.rows).toEqual({ read: 6, placed: 6, rejected: {}, mapped: { example: 6 } });
    expect(adults(agg, 'province=Quảng Ngãi/commune=Đăk Rve/village=Thôn 1')).toEqual({ num: 2, den: 3 });
    // Đắk Ruồng (1 of 2) and Đắk Kôi (1 of 1) both go to Kon Braih in this example: 2 of 3.
    expect(adults(agg, 'province=Quảng Ngãi/commune=Kon Braih/village=Thôn 1')).toEqual({ num: 2, den: 3 });
    expect(Object.keys(agg.counts).some((k) => k.includes('district='))).toBe(false);
    const progress = computeProgress(agg, national, { asOf: '2025-12-31' });
    const qn = progress.units.find((u) => u.key === 'province=Quảng Ngãi');
    expect(qn?.metrics.find((m) => m.metric === 'adults-titled')?.recognised).toBe(4);
  });

  it('with the bundled Kon Rẫy mapping only Đắk Rve is carried over (partial); the rest are not guessed', () => {
    expect(konRayMapping.entries.map((e) => [e.to.commune, e.verification])).toEqual([['Đăk Rve', 'partial']]);
    const agg = aggregate(rows, national, { asOf: '2025-12-31', mappings: [konRayMapping] });
    expect(agg.rows).toEqual({ read: 6, placed: 3, rejected: { unit_not_in_force: 3 }, mapped: { partial: 3 } });
    expect(adults(agg, 'province=Quảng Ngãi/commune=Đăk Rve/village=Thôn 1')).toEqual({ num: 2, den: 3 });
    // Without a report date, units stay as recorded.
    expect(aggregate(rows, national).rows).toEqual({ read: 6, placed: 6, rejected: {} });
  });

  it('a population table is placed on the same date as the aggregate', () => {
    const table = [
      { unit: old('Đắk Rve'), adults: 300 },
      { unit: old('Đắk Ruồng'), adults: 200 },
    ];
    const on = rollUpPopulation(table, national, { asOf: '2025-12-31', mappings: [example] });
    expect(on.totals['province=Quảng Ngãi/commune=Đăk Rve']?.adults).toBe(300);
    expect(on.totals['province=Quảng Ngãi/commune=Kon Braih']?.adults).toBe(200);
    expect(() => rollUpPopulation(table, national, { asOf: '2025-12-31' })).toThrow(/unit_not_in_force|hiệu lực/);
  });

  it('the Kon Rẫy plan is historical after 30/6/2025', () => {
    const agg = aggregate(rows, konRay);
    expect(computeProgress(agg, konRay, { asOf: '2025-06-30' }).historical).toBeUndefined();
    expect(computeProgress(agg, konRay, { asOf: '2025-12-31' }).historical?.after).toBe('2025-06-30');
    expect(computeProgress(aggregate(rows, national), national, { asOf: '2025-12-31' }).historical).toBeUndefined();
  });

  it('the bundled mapping file is the one on disk, and cdht validate-able', () => {
    const disk = JSON.parse(readFileSync('criteria/units/kon-ray-2025-mapping.json', 'utf8')) as { effective: string };
    expect(disk.effective).toBe('2025-07-01');
    expect(konRayMapping.verification.status).toBe('partial');
  });
});
