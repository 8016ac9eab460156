import { describe, expect, it } from 'vitest';
import { aggregate, createEmptyAggregate } from '../src/aggregate/aggregate.js';
import { mergeAggregates } from '../src/aggregate/merge.js';
import { rollUp, rollUpPopulation } from '../src/aggregate/rollUp.js';
import { buildRowView } from '../src/aggregate/rowView.js';
import { formatUnitKey, parseUnitKey, placeUnit, unitAncestors } from '../src/aggregate/unitKey.js';
import { CdhtError } from '../src/errors/issue.js';
import { EvaluationSchema } from '../src/format/evaluation.js';
import { bundledPlans, evaluation, K, smallPopulation, smallPopulationTable } from './aggregate.fixture.js';

const { konRay } = bundledPlans();

/** Expected counts per unit, written out by hand from the fixture (num = recognised, den = registered). */
const expected = {
  [K.dr1]: {
    'adults-titled': { num: 2, den: 4 },
    'titled-digital': { num: 2, den: 2 },
    'titled-proficient': { num: 1, den: 2 },
    'cadres-trained': { num: 0, den: 1 },
  },
  [K.dr2]: {
    'adults-titled': { num: 1, den: 2 },
    'titled-digital': { num: 0, den: 1 },
    'titled-proficient': { num: 0, den: 1 },
  },
  [K.dr]: {
    'adults-titled': { num: 3, den: 6 },
    'titled-digital': { num: 2, den: 3 },
    'titled-proficient': { num: 1, den: 3 },
    'cadres-trained': { num: 1, den: 2 },
  },
  [K.tl1]: {
    'adults-titled': { num: 3, den: 3 },
    'titled-digital': { num: 3, den: 3 },
    'titled-proficient': { num: 2, den: 3 },
  },
  [K.tl2]: {
    'adults-titled': { num: 0, den: 2 },
    'titled-digital': { num: 1, den: 1 },
    'titled-proficient': { num: 1, den: 1 },
  },
  [K.tl]: {
    'adults-titled': { num: 3, den: 5 },
    'titled-digital': { num: 4, den: 4 },
    'titled-proficient': { num: 3, den: 4 },
    'cadres-trained': { num: 1, den: 1 },
  },
  [K.gd]: {
    'officials-titled': { num: 2, den: 4 },
    'titled-digital': { num: 2, den: 2 },
    'titled-proficient': { num: 1, den: 2 },
  },
  [K.khh]: { 'cadres-trained': { num: 1, den: 1 } },
  [K.ubnd]: {
    'officials-titled': { num: 2, den: 4 },
    'titled-digital': { num: 2, den: 2 },
    'titled-proficient': { num: 1, den: 2 },
    'cadres-trained': { num: 1, den: 1 },
  },
  '': {
    'adults-titled': { num: 6, den: 11 },
    'officials-titled': { num: 2, den: 4 },
    'titled-digital': { num: 8, den: 9 },
    'titled-proficient': { num: 5, den: 9 },
    'cadres-trained': { num: 3, den: 4 },
  },
};

describe('unit keys', () => {
  it('round-trips names with separators', () => {
    const path = [
      { level: 'commune', name: 'Đắk Ruồng' },
      { level: 'village', name: 'Tổ 1/2 = A%' },
    ];
    const key = formatUnitKey(path);
    expect(key).toBe('commune=Đắk Ruồng/village=Tổ 1%2F2 %3D A%25');
    expect(parseUnitKey(key)).toEqual(path);
    expect(unitAncestors(key)).toEqual([key, 'commune=Đắk Ruồng', '']);
    expect(unitAncestors('')).toEqual(['']);
  });

  it('places units below the scope, filling and checking the levels it fixes', () => {
    expect(placeUnit({ province: 'Kon Tum', district: 'Kon Rẫy', commune: 'Tân Lập' }, konRay.scope)).toEqual({
      key: K.tl,
    });
    expect(placeUnit({ commune: 'Tân Lập', agency: 'UBND xã', unit: 'Trường TH' }, konRay.scope)).toEqual({
      key: 'commune=Tân Lập/agency=UBND xã/unit=Trường TH',
    });
    expect(placeUnit(undefined, konRay.scope)).toEqual({ key: '' });
    expect(placeUnit({ district: 'Đắk Hà' }, konRay.scope)).toEqual({ error: 'outside_scope' });
    expect(placeUnit({ village: 'Thôn 1', agency: 'X' }, konRay.scope)).toEqual({
      error: 'unknown_level',
    });
    expect(placeUnit({ commune: 3 }, konRay.scope)).toEqual({ error: 'invalid_unit' });
  });
});

describe('buildRowView', () => {
  it('maps titles to booleans and decisions, and keeps facts of fact rows', () => {
    const e = evaluation('p', 'household', { commune: 'Tân Lập' }, 'undetermined', 'basic');
    expect(EvaluationSchema.parse(e)).toBeTruthy();
    const v = buildRowView(e);
    expect(v).toMatchObject({
      kind: 'evaluation',
      group: 'household',
      titles: { cdht: false },
      decisions: { cdht: 'undetermined' },
    });
    expect(v?.derived).toEqual({ digitalSkill: 'basic' });
    expect(buildRowView({ kind: 'cadre', person: 'c', facts: { trainedOnCriteria: true } })).toMatchObject({
      kind: 'cadre',
      facts: { trainedOnCriteria: true },
      titles: {},
    });
    expect(buildRowView({ person: 'x' })).toBeNull();
    expect(buildRowView({ kind: 'cadre', person: 'c', unit: 'Tân Lập', facts: {} })).toBeNull();
  });
});

describe('aggregate', () => {
  const agg = aggregate(smallPopulation(), konRay);

  it('counts leaf units and tallies every row read', () => {
    expect(agg.plan).toBe('kon-ray-2022@1.0.0');
    for (const key of [K.dr1, K.dr2, K.tl1, K.tl2, K.gd, K.khh]) expect(agg.counts[key]).toEqual(expected[key]);
    expect(agg.counts[K.dr]).toEqual({ 'cadres-trained': { num: 1, den: 1 } });
    expect(Object.keys(agg.counts)).toHaveLength(8);
    expect(agg.rows).toEqual({
      read: 23,
      placed: 20,
      rejected: { invalid_row: 1, outside_scope: 1, unknown_level: 1 },
    });
  });

  it('rolls up to every level with the hand-computed counts', () => {
    const rolled = rollUp(agg);
    expect(rolled).toEqual(expected);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(agg))).toEqual(agg);
  });

  it('reads any iterable once and grows with units, not people', () => {
    function* many(): Generator<unknown> {
      for (let i = 0; i < 100_000; i++) {
        const village = `Thôn ${(i % 4) + 1}`;
        yield evaluation(
          `p${i}`,
          'household',
          { commune: 'Tân Lập', village },
          i % 5 < 2 ? 'awarded' : 'not-awarded',
          'basic',
        );
      }
    }
    const big = aggregate(many(), konRay);
    expect(Object.keys(big.counts)).toHaveLength(4);
    expect(big.counts['commune=Tân Lập/village=Thôn 1']?.['adults-titled']).toEqual({
      num: 10_000,
      den: 25_000,
    });
    expect(JSON.stringify(big).length).toBeLessThan(2_000);
  });

  it('takes other hierarchies as an option', () => {
    const flat = aggregate(smallPopulation(), konRay, {
      hierarchies: [{ id: 'villages', levels: ['province', 'district', 'village'] }],
    });
    expect(flat.rows.placed).toBe(0);
    expect(flat.rows.rejected.unknown_level).toBe(21);
  });
});

describe('mergeAggregates', () => {
  it('adds counts of communes sending theirs up', () => {
    const rows = smallPopulation();
    const parts = [
      aggregate(rows.slice(0, 6), konRay),
      aggregate(rows.slice(6, 12), konRay),
      aggregate(rows.slice(12), konRay),
    ] as const;
    expect(mergeAggregates([parts[2], parts[0], parts[1]])).toEqual(aggregate(rows, konRay));
    expect(JSON.stringify(mergeAggregates([parts[1], parts[2], parts[0]]))).toBe(
      JSON.stringify(aggregate(rows, konRay)),
    );
    expect(mergeAggregates([createEmptyAggregate(konRay), parts[0]])).toEqual(parts[0]);
  });

  it('refuses aggregates of another plan', () => {
    const { national } = bundledPlans();
    const call = () => mergeAggregates([createEmptyAggregate(konRay), createEmptyAggregate(national)]);
    expect(call).toThrow(CdhtError);
    expect(call).toThrow(expect.objectContaining({ code: 'plan_mismatch' }));
  });
});

describe('rollUpPopulation', () => {
  it('sums the table into every ancestor', () => {
    const pop = rollUpPopulation(smallPopulationTable(), konRay);
    expect(pop.totals[K.dr1]).toEqual({ adults: 10 });
    expect(pop.totals[K.dr]).toEqual({ adults: 18 });
    expect(pop.totals[K.tl]).toEqual({ adults: 11 });
    expect(pop.totals[K.ubnd]).toEqual({ staff: 5 });
    expect(pop.totals['']).toEqual({ adults: 29, staff: 5 });
    expect([...pop.entries].sort()).toEqual([K.dr1, K.dr2, K.gd, K.tl1, K.tl2].sort());
  });

  it('reports bad tables with every issue', () => {
    expect(() => rollUpPopulation([{ unit: { commune: 'Tân Lập' }, adults: -1 }], konRay)).toThrow(
      expect.objectContaining({ code: 'schema_violation' }),
    );
    try {
      rollUpPopulation(
        [
          { unit: { commune: 'Tân Lập' }, adults: 1 },
          { unit: { commune: 'Tân Lập' }, adults: 2 },
          { unit: { district: 'Đắk Hà' }, adults: 2 },
        ],
        konRay,
      );
      expect.unreachable();
    } catch (e) {
      expect((e as CdhtError).issues.map((i) => [i.code, i.path])).toEqual([
        ['duplicate_unit', [1, 'unit']],
        ['outside_scope', [2, 'unit']],
      ]);
    }
  });
});
