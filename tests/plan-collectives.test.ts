// Plans counting collectives: the bundled Kon Tum 1514/KH-UBND and national 387/QĐ-TTg plans, their
// targets as CRITERIA.md verifies them, and hand-computed progress of families, villages and units
// decided from their members.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { aggregate } from '../src/aggregate/aggregate.js';
import { loadPlan } from '../src/aggregate/loadPlan.js';
import type { Plan } from '../src/aggregate/plan.js';
import { computeProgress } from '../src/aggregate/progress.js';
import { rollUpPopulation } from '../src/aggregate/rollUp.js';
import { buildRowView } from '../src/aggregate/rowView.js';
import { plans } from '../src/bundled/plans.js';
import type { Engine } from '../src/engine.js';
import type { CollectiveRecord } from '../src/format/collective.js';
import type { CollectiveEvaluation } from '../src/format/collectiveEvaluation.js';
import type { Evaluation } from '../src/format/evaluation.js';
import type { Membership } from '../src/format/evidence.js';
import { buildCollectiveRecognitionList } from '../src/report/collectiveRecognition.js';
import { renderReport } from '../src/report/render.js';
import { bundledEngine, scores } from './programme.fixture.js';

const json = (path: string): unknown => JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'));
const national = loadPlan(json('criteria/plans/qd-387-2022.json'));
const konTum = loadPlan(json('criteria/plans/kon-tum-1514-2022.json'), { plans: [national] });
const targets = (plan: Plan): Record<string, string> =>
  Object.fromEntries(plan.metrics.map((m) => [m.id, m.targets.map((t) => `${t.date}=${t.share}`).join(' ')]));

describe('the bundled plans counting collectives', () => {
  it('387/QĐ-TTg: the verified 2025 targets 70/65/65/80 and 40/60, no 2030 value (only inferred)', () => {
    expect([national.ref, national.source.document, national.source.date]).toEqual([
      'qd-387-2022@1.0.0',
      '387/QĐ-TTg',
      '2022-03-25',
    ]);
    expect(targets(national)).toEqual({
      'families-recognised': '2025-12-31=0.7',
      'clans-recognised': '2025-12-31=0.65',
      'villages-recognised': '2025-12-31=0.65',
      'units-recognised': '2025-12-31=0.8',
      'adults-titled': '2025-12-31=0.4',
      'commune-staff-titled': '2025-12-31=0.6',
    });
    expect(national.verification?.status).toBe('partial');
    expect(national.verification?.notes?.map((n) => n.en).join(' ')).toContain('The 2030 targets are left out');
  });

  it('1514/KH-UBND (Kon Tum, 19/5/2022): 80/65/70/80 and 40/60 for 2025, historical after 30/6/2025', () => {
    expect([konTum.ref, konTum.lineage, konTum.source.document, konTum.source.issuer, konTum.source.date]).toEqual([
      'kon-tum-1514-2022@1.0.0',
      ['qd-387-2022@1.0.0'],
      '1514/KH-UBND',
      'Ủy ban nhân dân tỉnh Kon Tum',
      '2022-05-19',
    ]);
    expect(targets(konTum)).toEqual({
      'families-recognised': '2025-12-31=0.8',
      'clans-recognised': '2025-12-31=0.65',
      'villages-recognised': '2025-12-31=0.7',
      'units-recognised': '2025-12-31=0.8',
      'adults-titled': '2025-12-31=0.4',
      'commune-staff-titled': '2025-12-31=0.6',
    });
    expect(konTum.historical?.after).toBe('2025-06-30');
    expect(konTum.scope.unit).toEqual({ province: 'Kon Tum' });
  });

  it('are bundled with cdht/criteria, the Kon Tum plan finding its parent by id', () => {
    expect(plans.map((p) => p.id)).toEqual(expect.arrayContaining(['qd-387-2022', 'kon-tum-1514-2022']));
    const bundled = plans.find((p) => p.id === 'kon-tum-1514-2022');
    expect(loadPlan(bundled?.json).lineage).toEqual(['qd-387-2022@1.0.0']);
  });
});

// The commune of Đắk Ruồng, by hand (members: 9 everywhere = 90 → titled; 7 everywhere = 70 → not;
// 8 on nine and one blank → undetermined):
//   H1 (Thôn 1): a, b titled; own targets 8 × 9 = 72 + C2.3 10 = 82 → Gia đình học tập.
//   H2 (Thôn 2): c titled, d not; 9 × 9 = 81 but C2.3 unmet → not recognised.
//   H3 (Thôn 1): e undetermined → undetermined.
//   V1 = Thôn 1 (village community): its one family H1 recognised (100% ≥ 70%), a and b titled
//        (100% ≥ 40%), every own target met → recognised.  V2 = Thôn 2: H2 not recognised (0%) → not.
//   U1, a commune-managed unit of 2 staff, f and g titled (100% ≥ 90%), every target met → recognised.
const where = (village?: string, agency?: string) => ({
  province: 'Kon Tum',
  district: 'Kon Rẫy',
  commune: 'Đắk Ruồng',
  ...(village === undefined ? {} : { village }),
  ...(agency === undefined ? {} : { agency }),
});
const person = (id: string, score: number | 'blank', memberships: Membership[], form = 'cdht-resident') => {
  const data: Record<string, unknown> = scores(score === 'blank' ? 8 : score);
  if (score === 'blank') delete data.tc3_2;
  const agency = memberships.some((m) => m.kind === 'employer') ? 'UBND xã Đắk Ruồng' : undefined;
  const village = agency === undefined ? (memberships.some((m) => m.id === 'V2') ? 'Thôn 2' : 'Thôn 1') : undefined;
  return { id, framework: form, period: '2025', unit: where(village, agency), memberships, data };
};
const H = (id: string, community?: string): Membership[] => [
  { kind: 'household', id },
  ...(community === undefined ? [] : [{ kind: 'community' as const, id: community }]),
];
const PERSONS = [
  person('a', 9, H('H1', 'V1')),
  person('b', 9, H('H1', 'V1')),
  person('c', 9, H('H2', 'V2')),
  person('d', 7, H('H2', 'V2')),
  person('e', 'blank', H('H3')),
  person('f', 9, [{ kind: 'employer', id: 'U1', level: 'commune' }], 'cdht-official'),
  person('g', 9, [{ kind: 'employer', id: 'U1', level: 'commune' }], 'cdht-official'),
];
const family = (id: string, village: string, size: number, value: number, community?: string): CollectiveRecord => ({
  id,
  kind: 'household',
  period: '2025',
  unit: where(village),
  size,
  ...(community === undefined ? {} : { memberships: [{ kind: 'community', id: community }] }),
  data: Object.fromEntries(
    [
      'childrenSchooling',
      'childrenResults',
      'childrenConduct',
      'adultsLiterate',
      'adultsCourses',
      'studyCorner',
      'learningMeans',
      'applyKnowledge',
      'culturedFamily',
    ].map((f) => [f, value]),
  ),
});
const village = (id: string, name: string): CollectiveRecord => ({
  id,
  kind: 'community',
  name,
  level: 'village',
  period: '2025',
  unit: where(name),
  data: {
    literacy: true,
    cultureHouse: true,
    bookshelf: true,
    studyBranch: true,
    learningActivities: true,
    culturedVillage: true,
    publicOrder: true,
  },
});
const COLLECTIVES: CollectiveRecord[] = [
  family('H1', 'Thôn 1', 2, 8, 'V1'),
  family('H2', 'Thôn 2', 2, 9, 'V2'),
  family('H3', 'Thôn 1', 1, 9),
  village('V1', 'Thôn 1'),
  village('V2', 'Thôn 2'),
  {
    id: 'U1',
    kind: 'unit',
    name: 'UBND xã Đắk Ruồng',
    level: 'commune',
    period: '2025',
    unit: where(undefined, 'UBND xã Đắk Ruồng'),
    size: 2,
    data: {
      annualPlan: true,
      trainingRules: true,
      stateFunded: true,
      trainingBudget: true,
      digitalTools: true,
      lifelongLearning: true,
      membersDisciplined: 2,
      membersTrained: 2,
    },
  },
];
// Households, villages, adults per village; the commune's own units and their staff.
const POPULATION = [
  { unit: where('Thôn 1'), households: 4, villages: 1, adults: 6 },
  { unit: where('Thôn 2'), households: 2, villages: 1, adults: 4 },
  { unit: where(), communeUnits: 2, communeStaff: 2 },
];

let engine: Engine;
let people: Evaluation[];
let decided: CollectiveEvaluation[];
beforeAll(async () => {
  engine = await bundledEngine();
  people = PERSONS.map((p) => engine.evaluate(undefined, p, { asOf: '2025-12-31' }));
  decided = [];
  for await (const item of engine.evaluateCollectives(COLLECTIVES, people, { asOf: '2025-12-31' }))
    if (item.kind === 'collective') decided.push(item.evaluation);
    else if (item.kind !== 'summary') throw new Error(item.issues[0].message.en);
});

const commune = (plan: Plan, population?: unknown) => {
  const report = computeProgress(aggregate([...decided, ...people], plan), plan, {
    asOf: '2025-12-31',
    ...(population === undefined ? {} : { population: rollUpPopulation(population, plan) }),
  });
  const unit = report.units.find((u) => u.level === 'commune');
  const pick = (id: string) => {
    const m = unit?.metrics.find((x) => x.metric === id);
    return {
      registered: m?.registered,
      recognised: m?.recognised,
      population: m?.population,
      value: m?.value,
      gap: m?.gap,
    };
  };
  return { report, pick };
};

describe('collectives counted against the plans', () => {
  it('decides the hand-computed collectives', () => {
    expect(decided.map((e) => [e.collective.id, e.level.awarded === null ? null : 'level', e.recognised])).toEqual([
      ['H1', 'level', 'awarded'],
      ['H2', null, 'not-awarded'],
      ['H3', null, 'undetermined'],
      ['U1', 'level', 'awarded'],
      ['V1', 'level', 'awarded'],
      ['V2', null, 'not-awarded'],
    ]);
  });

  it('sees a collective evaluation as a row of kind collective', () => {
    const v1 = decided.find((e) => e.collective.id === 'V1');
    expect(buildRowView(v1)).toMatchObject({
      kind: 'collective',
      person: 'V1',
      framework: 'cong-dong-hoc-tap-thon',
      collective: { kind: 'community', id: 'V1', level: 'village', awarded: 'congDong', recognised: 'awarded' },
    });
    // A malformed collective row is no row: recognised must be a decision.
    expect(buildRowView({ ...v1, recognised: 'yes' })).toBeNull();
  });

  it('Kon Tum 1514 with a population table: shares of households, villages and commune units', () => {
    const { pick, report } = commune(konTum, POPULATION);
    // Families: 1 recognised of 6 households; 80% of 6 = 4.8 → 5 needed → 4 more.
    expect(pick('families-recognised')).toEqual({ registered: 3, recognised: 1, population: 6, value: 1 / 6, gap: 4 });
    // Villages: V1 of 2; 70% of 2 = 1.4 → 2 → 1 more.
    expect(pick('villages-recognised')).toEqual({ registered: 2, recognised: 1, population: 2, value: 0.5, gap: 1 });
    // Commune units: U1 of 2; 80% of 2 = 1.6 → 2 → 1 more.
    expect(pick('units-recognised')).toEqual({ registered: 1, recognised: 1, population: 2, value: 0.5, gap: 1 });
    // Adults in families and communities: a, b, c titled of 10; 40% = 4 → 1 more. Collectives are no adults.
    expect(pick('adults-titled')).toEqual({ registered: 5, recognised: 3, population: 10, value: 0.3, gap: 1 });
    // Commune staff: f and g of 2 → achieved.
    expect(pick('commune-staff-titled')).toEqual({ registered: 2, recognised: 2, population: 2, value: 1, gap: 0 });
    expect(report.units.find((u) => u.level === 'commune')?.metrics[0]?.message.vi).toBe(
      'Còn thiếu 4 gia đình ở Đắk Ruồng, Kon Rẫy để đạt 80% (mục tiêu năm 2025)',
    );
    expect(report.historical?.after).toBe('2025-06-30');
  });

  it('without a population table: the collectives assessed stand in, flagged', () => {
    const { report, pick } = commune(konTum);
    // 1 of 3 families assessed; 80% of 3 = 2.4 → 3 → 2 more.
    expect(pick('families-recognised')).toEqual({
      registered: 3,
      recognised: 1,
      population: null,
      value: 1 / 3,
      gap: 2,
    });
    const families = report.units.find((u) => u.level === 'commune')?.metrics[0];
    expect(families?.denominator).toEqual({ source: 'rows', value: 3, fallback: true });
  });

  it('the national 387 targets on the same rows', () => {
    const { pick } = commune(national, POPULATION);
    // 70% of 6 households = 4.2 → 5 → 4 more; 65% of 2 villages = 1.3 → 2 → 1 more.
    expect(pick('families-recognised').gap).toBe(4);
    expect(pick('villages-recognised').gap).toBe(1);
    expect(pick('clans-recognised').registered).toBe(0);
  });

  it('lists the collectives recognised by unit, families first, and renders them', async () => {
    const list = buildCollectiveRecognitionList(decided, { plan: konTum, by: 'commune' });
    expect(list.map((x) => [x.unit.name, x.kind, x.id, x.level])).toEqual([
      ['Đắk Ruồng', 'household', 'H1', 'gdht'],
      ['Đắk Ruồng', 'community', 'V1', 'congDong'],
      ['Đắk Ruồng', 'unit', 'U1', decided.find((e) => e.collective.id === 'U1')?.level.awarded],
    ]);
    const progress = computeProgress(aggregate(decided, konTum), konTum, { asOf: '2025-06-30' });
    const md = await renderReport({ plan: konTum, progress, collectiveRecognitions: list }, 'md', { locale: 'vi' });
    expect(md).toContain('## Tập thể được công nhận (gia đình, dòng họ, cộng đồng, đơn vị học tập)');
    expect(md).toContain('| H1 | H1 | Gia đình | Gia đình học tập |');
    expect(md).toContain('| UBND xã Đắk Ruồng | U1 | Đơn vị |');
    const html = await renderReport({ plan: konTum, progress, collectiveRecognitions: list }, 'html', {
      locale: 'en',
    });
    expect(html).toContain('<td>Thôn 1</td><td>V1</td><td>Community</td>');
  });
});
