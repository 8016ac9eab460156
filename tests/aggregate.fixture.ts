import { readFileSync } from 'node:fs';
import { loadPlan } from '../src/aggregate/loadPlan.js';
import type { Plan } from '../src/aggregate/plan.js';
import type { Evaluation, TitleDecision } from '../src/format/evaluation.js';
import type { FactRow } from '../src/format/plan.js';

const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../criteria/plans/${name}`, import.meta.url), 'utf8'));

/** The bundled plans, loaded. */
export function bundledPlans(): { national: Plan; konRay: Plan } {
  const national = loadPlan(read('qd-677-2022.json'), { file: 'qd-677-2022.json' });
  const konRay = loadPlan(read('kon-ray-2022.json'), { file: 'kon-ray-2022.json', plans: [national] });
  return { national, konRay };
}

/** Raw plan files. */
export const planFile = read;

/** An evaluation row with what metrics read; the rest is minimal but valid. */
export function evaluation(
  person: string,
  group: string,
  unit: Record<string, string> | undefined,
  decision: TitleDecision,
  digitalSkill: 'none' | 'basic' | 'proficient',
  memberships?: Evaluation['memberships'],
): Evaluation {
  return {
    framework: { id: `cdht-${group}`, version: '2.0.0' },
    person,
    group,
    ...(unit ? { unit } : {}),
    ...(memberships ? { memberships } : {}),
    period: { from: '2025-01-01', to: '2025-12-31' },
    asOf: '2025-12-31',
    total: decision === 'awarded' ? 85 : 60,
    possible: 100,
    max: 100,
    criteria: [],
    indicators: [],
    derived: { digitalSkill },
    titles: [{ id: 'cdht', decision, reasons: [], gap: null }],
  };
}

/** A cadre row. */
export function cadre(person: string, unit: Record<string, string>, trained: boolean): FactRow {
  return { kind: 'cadre', person, unit, facts: { trainedOnCriteria: trained } };
}

const dr1 = { commune: 'Đắk Ruồng', village: 'Thôn 1' };
const dr2 = { province: 'Kon Tum', district: 'Kon Rẫy', commune: 'Đắk Ruồng', village: 'Thôn 2' };
const tl1 = { commune: 'Tân Lập', village: 'Thôn 1' };
const tl2 = { commune: 'Tân Lập', village: 'Thôn 2' };
const gd = { agency: 'UBND huyện', unit: 'Phòng GD&ĐT' };
/** Staff of the district education office, a district-level learning unit: plans count them by this membership. */
const gdStaff: Evaluation['memberships'] = [{ kind: 'employer', id: 'Phòng GD&ĐT', level: 'district' }];

/**
 * The hand-computed population: 2 communes × 2 villages, one agency, 4 cadres, 3 bad rows.
 * Expected counts are written out in the tests.
 */
export function smallPopulation(): unknown[] {
  return [
    evaluation('e1', 'household', dr1, 'awarded', 'proficient'),
    evaluation('e2', 'household', dr1, 'awarded', 'basic'),
    evaluation('e3', 'clan', dr1, 'not-awarded', 'none'),
    evaluation('e4', 'community', dr1, 'undetermined', 'basic'),
    evaluation('e5', 'household', dr2, 'awarded', 'none'),
    evaluation('e6', 'household', dr2, 'not-awarded', 'basic'),
    evaluation('e7', 'community', tl1, 'awarded', 'proficient'),
    evaluation('e8', 'community', tl1, 'awarded', 'proficient'),
    evaluation('e9', 'household', tl1, 'awarded', 'basic'),
    evaluation('e10', 'household', tl2, 'not-awarded', 'none'),
    evaluation('e11', 'clan', tl2, 'not-awarded', 'none'),
    evaluation('e12', 'learner', tl2, 'awarded', 'proficient'),
    evaluation('e13', 'official', gd, 'awarded', 'proficient', gdStaff),
    evaluation('e14', 'official', gd, 'awarded', 'basic', gdStaff),
    evaluation('e15', 'worker', gd, 'not-awarded', 'none', gdStaff),
    evaluation('e16', 'official', gd, 'undetermined', 'none', gdStaff),
    cadre('c1', { commune: 'Đắk Ruồng' }, true),
    cadre('c2', dr1, false),
    cadre('c3', { commune: 'Tân Lập' }, true),
    cadre('c4', { agency: 'UBND huyện', unit: 'Hội Khuyến học huyện' }, true),
    evaluation('x1', 'household', { province: 'Kon Tum', district: 'Đắk Hà', commune: 'Đắk Mar' }, 'awarded', 'basic'),
    { person: 'x2', foo: 1 },
    evaluation('x3', 'household', { ward: 'Phường 1' }, 'awarded', 'basic'),
  ];
}

/** People per leaf unit from the communes' registers. */
export function smallPopulationTable(): unknown[] {
  return [
    { unit: dr1, adults: 10 },
    { unit: dr2, adults: 8 },
    { unit: tl1, adults: 6 },
    { unit: tl2, adults: 5 },
    { unit: gd, staff: 5 },
  ];
}

/** Unit keys of the small population. */
export const K = {
  dr: 'commune=Đắk Ruồng',
  dr1: 'commune=Đắk Ruồng/village=Thôn 1',
  dr2: 'commune=Đắk Ruồng/village=Thôn 2',
  tl: 'commune=Tân Lập',
  tl1: 'commune=Tân Lập/village=Thôn 1',
  tl2: 'commune=Tân Lập/village=Thôn 2',
  ubnd: 'agency=UBND huyện',
  gd: 'agency=UBND huyện/unit=Phòng GD&ĐT',
  khh: 'agency=UBND huyện/unit=Hội Khuyến học huyện',
} as const;
