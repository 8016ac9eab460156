import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/engine.js';
import { createScorer } from '../src/evaluate/score.js';
import type { EvidenceRecord } from '../src/format/evidence.js';
import type { UnitsFile } from '../src/format/units.js';
import { evaluateBatch } from '../src/node/batch/batch.js';
import { loadUnits } from '../src/units/load.js';
import { buildUnitsFromPopulation } from '../src/units/population.js';
import { bundledEngine, sampleUnitsFile, sampleUnitsJson, scores } from './programme.fixture.js';

let engine: Engine;
beforeAll(async () => {
  engine = await bundledEngine();
});

/** The province listed (so every unit in it is known), one commune especially difficult. */
const unitsJson = sampleUnitsJson(['Đắk Kôi']);
const units = (): UnitsFile => sampleUnitsFile(['Đắk Kôi']);

/** 8+8+7+7 + 8+5+7+7 + 8+7 = 72, every indicator ≥ 5: short of 80, enough for 70. */
const SCORES_72 = [8, 8, 7, 7, 8, 5, 7, 7, 8, 7];
const at = (commune: string, period = '2022'): EvidenceRecord => ({
  id: `p-${commune}`,
  period,
  unit: { province: 'Kon Tum', district: 'Kon Rẫy', commune, village: 'Thôn 1' },
  framework: 'cdht-resident',
  data: scores(SCORES_72),
});

describe('variants by area: the 244 pass mark of 70 in especially difficult areas', () => {
  it('the same 72 points are awarded in a commune marked especially difficult and not elsewhere, the variant named in the reasons', () => {
    const inKoi = engine.evaluate(undefined, at('Đắk Kôi'), { units: units().units });
    const inRuong = engine.evaluate(undefined, at('Đắk Ruồng'), { units: units().units });
    expect([inKoi.framework.version, inKoi.total, inKoi.titles[0]?.decision]).toEqual(['1.0.0', 72, 'awarded']);
    expect([inRuong.total, inRuong.titles[0]?.decision]).toEqual([72, 'not-awarded']);
    expect(inKoi.variant).toMatchObject({ status: 'applied', id: 'difficult-area' });
    expect(inKoi.titles[0]?.reasons.map((r) => r.code)).toEqual(['requirements_met', 'variant_applied']);
    expect(inKoi.titles[0]?.reasons[0]).toMatchObject({ code: 'requirements_met', actual: 72, expected: 70 });
    expect(inKoi.titles[0]?.reasons[1]?.message.en).toContain('a total of at least 70 (instead of 80)');
    expect(inRuong.variant).toMatchObject({ status: 'not-applied', id: null });
    expect(inRuong.titles[0]?.reasons).toMatchObject([
      { code: 'total_below_min', actual: 72, expected: 80 },
      { code: 'variant_not_applied', variant: 'difficult-area', changes: { total: 70 }, before: { total: 80 } },
    ]);
    expect(inRuong.titles[0]?.gap?.points).toBe(8);
  });

  it('a unit the list does not know leaves 70–79 points undetermined, and says so', () => {
    const elsewhere: EvidenceRecord = { ...at('Đắk Kôi'), unit: { province: 'Gia Lai', commune: 'Ia Grai' } };
    for (const e of [
      engine.evaluate(undefined, at('Đắk Kôi')),
      engine.evaluate(undefined, elsewhere, { units: units().units }),
    ]) {
      expect(e.titles[0]?.decision).toBe('undetermined');
      expect(e.titles[0]?.reasons.map((r) => r.code)).toEqual(['variant_unknown']);
      expect(e.variant).toMatchObject({ status: 'unknown', candidates: ['difficult-area'] });
    }
    // 85 points pass either way: nothing to decide.
    const high = engine.evaluate(undefined, { ...at('Đắk Kôi'), data: scores(8.5) });
    expect([high.total, high.titles[0]?.decision, high.titles[0]?.reasons.map((r) => r.code)]).toEqual([
      85,
      'awarded',
      ['requirements_met'],
    ]);
  });

  it('under 324 the variant is opt-in and off: the same 72 points fail even in the especially difficult commune', () => {
    const e = engine.evaluate(undefined, at('Đắk Kôi', '2025'), { units: units().units });
    expect([e.framework.version, e.titles[0]?.decision, e.variant]).toEqual(['2.0.0', 'not-awarded', undefined]);
    const variant = engine.get('cdht', '2.0.0')?.variants[0];
    expect(variant).toMatchObject({ id: 'difficult-area', enabled: false, verification: { status: 'unverified' } });
    expect(engine.get('cdht', '1.0.0')?.variants[0]).toMatchObject({
      titles: { cdht: { total: 70 } },
      verification: { status: 'partial' },
    });
  });

  it('a framework extending 324 can enable it; attributes may come from the population table', () => {
    const local = engine.with();
    local.load({
      id: 'cdht-tinh',
      version: '1.0.0',
      extends: 'cdht-resident@^2.0.0',
      title: { vi: 'Bộ tiêu chí tỉnh (thử)', en: 'Province framework (test)' },
      overrides: { variants: { 'difficult-area': { enabled: true } } },
    });
    const population = [
      {
        unit: { province: 'Kon Tum', district: 'Kon Rẫy', commune: 'Đắk Kôi' },
        attributes: { area: ['ethnic-minority'] },
        adults: 900,
      },
      { unit: { province: 'Kon Tum', district: 'Kon Rẫy', commune: 'Đắk Ruồng' }, attributes: {}, adults: 1500 },
    ];
    const list = buildUnitsFromPopulation(population);
    const koi = local.evaluate('cdht-tinh', at('Đắk Kôi', '2025'), { units: list });
    const ruong = local.evaluate('cdht-tinh', at('Đắk Ruồng', '2025'), { units: list });
    expect([koi.titles[0]?.decision, ruong.titles[0]?.decision]).toEqual(['awarded', 'not-awarded']);
  });

  it('the lean scorer and a batch decide as the evaluation does', async () => {
    const records = ['Đắk Kôi', 'Đắk Ruồng', 'Đắk Pne'].map((c) => at(c));
    const noUnitList = { ...at('Đắk Kôi'), id: 'nowhere', unit: { province: 'Gia Lai' } };
    const all = [...records, noUnitList];
    const list = units().units;
    const expected = all.map((r) => engine.evaluate(undefined, r, { units: list }).titles[0]?.decision);
    expect(expected).toEqual(['awarded', 'not-awarded', 'not-awarded', 'undetermined']);
    const cf = engine.compile(engine.get('cdht-resident', '1.0.0') as never);
    const score = createScorer(cf, { units: list });
    expect(all.map((r) => score(r).decisions[0])).toEqual(expected);
    for (const detail of ['evaluation', 'score'] as const) {
      const got: unknown[] = [];
      for await (const item of evaluateBatch(engine, all, { units: list, detail }))
        got.push(item.evaluation?.titles[0]?.decision ?? item.score?.decisions[0]);
      expect(got).toEqual(expected);
    }
  });
});

describe('units files', () => {
  it('loads a units file and inherits attributes down the hierarchy', () => {
    const file = units();
    expect(Object.isFrozen(file)).toBe(true);
    expect(file.units).toHaveLength(2);
  });

  it('reports every problem with its path', () => {
    const r = loadUnits(
      {
        ...unitsJson,
        units: [
          { unit: { commune: 'A' }, inForce: { from: '2025-07-01', until: '2025-06-30' } },
          { unit: { commune: 'B' } },
          { unit: { commune: 'B' }, attributes: { area: 3 } },
          { unit: { commune: 'C' }, attributes: { Area: 'x' } },
        ],
      },
      { file: 'u.json' },
    );
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => [i.code, i.path.join('.'), i.file])).toEqual([
      ['schema_violation', 'units.3.attributes.Area', 'u.json'],
    ]);
    const semantic = loadUnits({
      ...unitsJson,
      units: [
        { unit: { commune: 'A' }, inForce: { from: '2025-07-01', until: '2025-06-30' } },
        { unit: { commune: 'B' } },
        { unit: { commune: 'B' }, attributes: { area: 3 } },
      ],
    });
    expect(semantic.success ? [] : semantic.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_date_range', 'units.0.inForce'],
      ['duplicate_unit', 'units.2.unit'],
    ]);
  });
});
