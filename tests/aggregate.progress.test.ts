import { describe, expect, it } from 'vitest';
import { aggregate } from '../src/aggregate/aggregate.js';
import type { MetricProgress, ProgressReport } from '../src/aggregate/progress.js';
import { computeProgress } from '../src/aggregate/progress.js';
import { formatShare } from '../src/aggregate/progressMessage.js';
import { expectedShare, peopleGap, targetInForce } from '../src/aggregate/targetPath.js';
import { bundledPlans, K, smallPopulation, smallPopulationTable } from './aggregate.fixture.js';

const { konRay } = bundledPlans();
const agg = aggregate(smallPopulation(), konRay);

const pick = (report: ProgressReport, key: string, metric: string): MetricProgress => {
  const m = report.units.find((u) => u.key === key)?.metrics.find((x) => x.metric === metric);
  if (!m) throw new Error(`no ${metric} at ${key}`);
  return m;
};

describe('target path', () => {
  const targets = [
    { date: '2025-12-31', share: 0.4 },
    { date: '2030-12-31', share: 0.6 },
  ];

  it('takes the next target on or after the date, else the last', () => {
    expect(targetInForce(targets, '2025-12-31')?.share).toBe(0.4);
    expect(targetInForce(targets, '2026-01-01')?.share).toBe(0.6);
    expect(targetInForce(targets, '2031-06-01')?.share).toBe(0.6);
    expect(targetInForce([], '2025-01-01')).toBeNull();
  });

  it('draws straight lines from the baseline through each target', () => {
    // 2024-12-31 → 2025-12-31 is 365 days; 2025-07-02 is day 183.
    expect(expectedShare(targets, { date: '2024-12-31', share: 0 }, '2025-07-02')).toBeCloseTo((0.4 * 183) / 365, 12);
    // After the 2025 target the path runs from 40% to 60% over 1826 days; 2028-07-01 is day 913.
    expect(expectedShare(targets, { date: '2024-12-31', share: 0 }, '2028-07-01')).toBeCloseTo(
      0.4 + (0.2 * 913) / 1826,
      12,
    );
    expect(expectedShare(targets, { date: '2024-12-31', share: 0.1 }, '2024-01-01')).toBe(0.1);
    expect(expectedShare(targets, { date: '2024-12-31', share: 0 }, '2032-01-01')).toBe(0.6);
    // A baseline after the first target starts the line to the next one.
    expect(expectedShare(targets, { date: '2026-12-31', share: 0.5 }, '2028-12-31')).toBeCloseTo(
      0.5 + (0.1 * 731) / 1461,
      12,
    );
  });

  it('counts the gap in whole people without float noise', () => {
    expect(peopleGap(0.4, 30, 10)).toBe(2);
    expect(peopleGap(0.4, 10, 2)).toBe(2);
    expect(peopleGap(0.4, 18, 3)).toBe(5);
    expect(peopleGap(0.7, 10, 9)).toBe(0);
    expect(peopleGap(1, 4, 3)).toBe(1);
  });

  it('formats shares per locale', () => {
    expect(formatShare(0.375, 'vi')).toBe('37,5%');
    expect(formatShare(0.375, 'en')).toBe('37.5%');
    expect(formatShare(0.4, 'vi')).toBe('40%');
  });
});

describe('progress', () => {
  const population = smallPopulationTable();
  // Default baseline: 0 on 2022-09-06 (plan start). 2022-09-06 → 2025-12-31 = 1212 days; → 2025-06-30 = 1028 days.
  const mid2025 = computeProgress(agg, konRay, { asOf: '2025-06-30', population });

  it('lists units parent first, with names and levels', () => {
    expect(mid2025.units.map((u) => u.key)).toEqual(['', K.ubnd, K.khh, K.gd, K.dr, K.dr1, K.dr2, K.tl, K.tl1, K.tl2]);
    expect(mid2025.units[0]).toMatchObject({
      key: '',
      level: null,
      parent: null,
      depth: 0,
      name: { vi: 'huyện Kon Rẫy' },
    });
    expect(mid2025.units.find((u) => u.key === K.dr1)).toMatchObject({
      level: 'village',
      parent: K.dr,
      depth: 2,
      name: { vi: 'Thôn 1' },
    });
    expect(mid2025.rows.read).toBe(23);
  });

  it('measures against the population, showing population, registered and recognised', () => {
    const dr = pick(mid2025, K.dr, 'adults-titled');
    expect(dr).toMatchObject({
      population: 18,
      registered: 6,
      recognised: 3,
      populationComplete: true,
      denominator: { source: 'population', value: 18 },
      target: { date: '2025-12-31', share: 0.4 },
      gap: 5,
      status: 'behind',
    });
    expect(dr.value).toBeCloseTo(3 / 18, 12);
    expect(dr.expected).toBeCloseTo((0.4 * 1028) / 1212, 12);
    expect(dr.message).toEqual({
      vi: 'Còn thiếu 5 người lớn ở Đắk Ruồng để đạt 40% (mục tiêu 2025)',
      en: '5 more adults needed in Đắk Ruồng to reach 40% (2025 target)',
    });
    const district = pick(mid2025, '', 'adults-titled');
    expect(district).toMatchObject({
      population: 29,
      registered: 11,
      recognised: 6,
      gap: 6,
      status: 'behind',
    });
    expect(district.message.vi).toBe('Còn thiếu 6 người lớn ở huyện Kon Rẫy để đạt 40% (mục tiêu 2025)');
    expect(pick(mid2025, K.dr1, 'adults-titled')).toMatchObject({
      population: 10,
      recognised: 2,
      gap: 2,
      value: 0.2,
      status: 'behind',
    });
    expect(pick(mid2025, K.dr1, 'adults-titled').message.vi).toBe(
      'Còn thiếu 2 người lớn ở Thôn 1, Đắk Ruồng để đạt 40% (mục tiêu 2025)',
    );
    const officials = pick(mid2025, K.gd, 'officials-titled');
    expect(officials).toMatchObject({
      population: 5,
      registered: 4,
      recognised: 2,
      value: 0.4,
      gap: 1,
      status: 'behind',
    });
  });

  it('marks achieved and on-track', () => {
    const tl1 = pick(mid2025, K.tl1, 'adults-titled');
    expect(tl1).toMatchObject({ value: 0.5, gap: 0, status: 'achieved' });
    expect(tl1.message.vi).toBe('Thôn 1, Tân Lập đã đạt 50% người lớn, đạt mục tiêu 40% (mục tiêu 2025)');
    // Rows denominators: 8 of 9 title holders have digital skills.
    expect(pick(mid2025, '', 'titled-digital')).toMatchObject({
      denominator: { source: 'rows', value: 9 },
      population: null,
      gap: 0,
      status: 'achieved',
    });
    // 2023-06-30 is day 297 of 1212: expected 9.8%, the district is at 6/29 = 20.7%.
    const early = computeProgress(agg, konRay, { asOf: '2023-06-30', population });
    const d = pick(early, '', 'adults-titled');
    expect(d.expected).toBeCloseTo((0.4 * 297) / 1212, 12);
    expect(d).toMatchObject({ status: 'on-track', gap: 6 });
    // Cadres: 3 of 4 trained, target 100%.
    expect(pick(early, '', 'cadres-trained')).toMatchObject({
      registered: 4,
      recognised: 3,
      gap: 1,
      value: 0.75,
      status: 'on-track',
    });
  });

  it('without a population table rates against those registered, flagged; or says no data when asked', () => {
    // Issue 14: a report without --population reads "no data" everywhere; the default now rates
    // against the registered people and flags it (3 of 6 registered in Đắk Ruồng).
    const fallback = pick(computeProgress(agg, konRay, { asOf: '2025-06-30' }), K.dr, 'adults-titled');
    expect(fallback).toMatchObject({ registered: 6, recognised: 3, population: null, value: 0.5 });
    expect(fallback.denominator).toEqual({ source: 'rows', value: 6, fallback: true });
    const noTable = computeProgress(agg, konRay, { asOf: '2025-06-30', withoutPopulation: 'no-data' });
    const dr = pick(noTable, K.dr, 'adults-titled');
    expect(dr).toMatchObject({
      registered: 6,
      recognised: 3,
      population: null,
      value: null,
      gap: null,
      status: 'no-data',
    });
    expect(dr.message).toEqual({
      vi: 'Chưa có số liệu về người lớn ở Đắk Ruồng',
      en: 'No data on adults in Đắk Ruồng',
    });
    expect(pick(noTable, K.dr2, 'cadres-trained')).toMatchObject({ registered: 0, status: 'no-data' });
  });

  it('flags population totals that miss units with rows', () => {
    const partial = smallPopulationTable().filter(
      (r) =>
        (r as { unit: { village?: string; commune?: string } }).unit.village !== 'Thôn 2' ||
        (r as { unit: { commune: string } }).unit.commune !== 'Tân Lập',
    );
    const report = computeProgress(agg, konRay, { asOf: '2025-06-30', population: partial });
    expect(pick(report, K.tl, 'adults-titled')).toMatchObject({ population: 6, populationComplete: false });
    expect(pick(report, '', 'adults-titled')).toMatchObject({ population: 24, populationComplete: false });
    expect(pick(report, K.dr, 'adults-titled')).toMatchObject({ population: 18, populationComplete: true });
    expect(pick(report, K.tl2, 'adults-titled')).toMatchObject({ population: null, status: 'no-data' });
    // A commune-level entry covers the villages below it.
    const communeLevel = [{ unit: { commune: 'Tân Lập' }, adults: 11 }];
    const r2 = computeProgress(agg, konRay, { asOf: '2025-06-30', population: communeLevel });
    expect(pick(r2, K.tl, 'adults-titled')).toMatchObject({
      population: 11,
      populationComplete: true,
      gap: 2,
    });
    expect(pick(r2, '', 'adults-titled')).toMatchObject({ population: 11, populationComplete: false });
  });

  it('uses an earlier report as the baseline, unit by unit', () => {
    const before = computeProgress(agg, konRay, { asOf: '2024-12-31', population });
    const report = computeProgress(agg, konRay, { asOf: '2025-07-02', population, baseline: before });
    // Đắk Ruồng was at 3/18 on 2024-12-31; the line runs to 40% on 2025-12-31 (365 days), day 183.
    expect(pick(report, K.dr, 'adults-titled').expected).toBeCloseTo(3 / 18 + ((0.4 - 3 / 18) * 183) / 365, 12);
    // A single baseline for every unit.
    const flat = computeProgress(agg, konRay, {
      asOf: '2025-07-02',
      population,
      baseline: { date: '2024-12-31', share: 0.3 },
    });
    expect(pick(flat, K.dr, 'adults-titled').expected).toBeCloseTo(0.3 + (0.1 * 183) / 365, 12);
  });

  it('refuses an aggregate of another plan', () => {
    const { national } = bundledPlans();
    expect(() => computeProgress(agg, national, { asOf: '2025-06-30' })).toThrow(
      expect.objectContaining({ code: 'plan_mismatch' }),
    );
  });

  it('moves to the 2030 target after 2025', () => {
    const report = computeProgress(agg, konRay, { asOf: '2026-06-30', population });
    const dr = pick(report, K.dr, 'adults-titled');
    expect(dr.target).toMatchObject({ date: '2030-12-31', share: 0.6 });
    expect(dr).toMatchObject({ gap: 8, status: 'behind' });
    expect(dr.message.en).toBe('8 more adults needed in Đắk Ruồng to reach 60% (2030 target)');
  });
});
