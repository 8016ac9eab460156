import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { aggregate } from '../src/aggregate/aggregate.js';
import { buildReportingCalendar } from '../src/aggregate/calendar.js';
import { loadPlan } from '../src/aggregate/loadPlan.js';
import type { Plan } from '../src/aggregate/plan.js';
import { computeProgress } from '../src/aggregate/progress.js';
import type { Evaluation } from '../src/format/evaluation.js';
import { buildRecognitionList } from '../src/report/recognition.js';
import type { ReportInput } from '../src/report/types.js';

const root = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** Reads a JSON file relative to the repository root. */
export const readJson = (path: string): unknown => JSON.parse(readFileSync(root(path), 'utf8'));

/** Reads an NDJSON file relative to the repository root. */
export const readNdjson = (path: string): unknown[] =>
  readFileSync(root(path), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as unknown);

/** The Kon Rẫy plan, with the national plan it extends. */
export function konRayPlan(): Plan {
  const national = loadPlan(readJson('criteria/plans/qd-677-2022.json'));
  return loadPlan(readJson('criteria/plans/kon-ray-2022.json'), { plans: [national] });
}

/** Awkward unit names: markup, quotes, ampersand, a formula with a URL, a pipe. */
export const NAMES = {
  kôi: 'Đắk Kôi',
  quoted: '"Đắk & Co"',
  script: '<script>alert(1)</script>',
  formula: '=HYPERLINK("http://evil.example","x")',
  piped: 'Thôn | 2',
  agency: 'UBND huyện Kon Rẫy',
} as const;

const scope = { province: 'Kon Tum', district: 'Kon Rẫy' };

interface Person {
  readonly person: string;
  readonly name: string;
  readonly group: string;
  readonly unit: Record<string, string>;
  readonly decision: 'awarded' | 'not-awarded' | 'undetermined';
  readonly digital: string;
  readonly points: readonly [number, number, number];
}

const evaluation = (p: Person): Evaluation => {
  const total = p.points[0] + p.points[1] + p.points[2];
  return {
    framework: { id: `cdht-${p.group}`, version: '2.0.0' },
    person: p.person,
    name: p.name,
    group: p.group,
    unit: { ...scope, ...p.unit },
    // Staff of the district People's Committee, a district-level learning unit (plans count by membership).
    ...(p.unit === agency
      ? { memberships: [{ kind: 'employer' as const, id: NAMES.agency, level: 'district' as const }] }
      : {}),
    period: { from: '2025-01-01', to: '2025-12-31' },
    asOf: '2025-12-31',
    total,
    possible: total,
    max: 100,
    criteria: p.points.map((points, i) => ({
      id: `TC${i + 1}`,
      points,
      max: [40, 40, 20][i] ?? 0,
      possible: points,
    })),
    indicators: [],
    derived: { digitalSkill: p.digital },
    titles: [{ id: 'cdht', decision: p.decision, reasons: [], gap: null }],
  };
};

const kôi = { commune: NAMES.kôi, village: 'Thôn 1' };
const co = { commune: NAMES.quoted, village: NAMES.script };
const agency = { agency: NAMES.agency };

/**
 * The hand-computed fixture (2025-12-31, targets 2025):
 * adults 4 of 20 (20%, gap 8−4 = 4); Đắk Kôi 3 of 10 (30%, gap 1); "Đắk & Co" 1 of 4 (25%, gap 1);
 * the formula commune 0 of 6 (gap 3); officials 2 of 5 (40%, gap 3−2 = 1); cadres 1 of 2 (50%, gap 1);
 * titled with digital skills 5 of 6 (83.3% ≥ 70%: achieved); proficient 2 of 6 (33.3%, gap 4−2 = 2).
 */
export const fixtureEvaluations: readonly Evaluation[] = (
  [
    {
      person: 'h1',
      name: 'Ân Thị Lan',
      group: 'household',
      unit: kôi,
      decision: 'awarded',
      digital: 'proficient',
      points: [35, 34, 16],
    },
    {
      person: 'h2',
      name: 'Đinh Văn Bảo',
      group: 'clan',
      unit: kôi,
      decision: 'awarded',
      digital: 'basic',
      points: [33, 32, 17],
    },
    {
      person: 'h3',
      name: 'Y Blơng',
      group: 'household',
      unit: kôi,
      decision: 'not-awarded',
      digital: 'basic',
      points: [20, 20, 10],
    },
    {
      person: 'h4',
      name: 'Dương Minh',
      group: 'household',
      unit: kôi,
      decision: 'awarded',
      digital: 'none',
      points: [36, 30, 15],
    },
    {
      person: 'c1',
      name: 'Lê Thị Ánh',
      group: 'community',
      unit: co,
      decision: 'awarded',
      digital: 'basic',
      points: [32, 32, 16],
    },
    {
      person: 'c2',
      name: 'A Hmới',
      group: 'community',
      unit: co,
      decision: 'undetermined',
      digital: 'basic',
      points: [30, 30, 10],
    },
    {
      person: 'o1',
      name: 'Trần Văn Công',
      group: 'official',
      unit: agency,
      decision: 'awarded',
      digital: 'proficient',
      points: [38, 36, 18],
    },
    {
      person: 'o2',
      name: 'Hồ Thị Mai',
      group: 'official',
      unit: agency,
      decision: 'not-awarded',
      digital: 'basic',
      points: [25, 25, 10],
    },
    {
      person: 'o3',
      name: 'Bùi Thị Hà',
      group: 'worker',
      unit: agency,
      decision: 'awarded',
      digital: 'basic',
      points: [34, 33, 17],
    },
  ] satisfies Person[]
).map(evaluation);

/** Cadre fact rows: one trained, one not. */
export const fixtureCadres: readonly unknown[] = [
  { kind: 'cadre', person: 'k1', unit: { ...scope, commune: NAMES.kôi }, facts: { trainedOnCriteria: true } },
  {
    kind: 'cadre',
    person: 'k2',
    unit: { ...scope, commune: NAMES.quoted },
    facts: { trainedOnCriteria: false },
  },
];

/** Population table of the fixture. */
export const fixturePopulation: readonly unknown[] = [
  { unit: { ...scope, ...kôi }, adults: 10 },
  { unit: { ...scope, ...co }, adults: 4 },
  { unit: { ...scope, commune: NAMES.formula, village: NAMES.piped }, adults: 6 },
  { unit: { ...scope, ...agency }, staff: 5 },
];

/** The fixture as a report input, as of 2025-12-31, with calendar, recognition list and history. */
export function fixtureInput(by?: string): ReportInput {
  const plan = konRayPlan();
  const agg = aggregate([...fixtureEvaluations, ...fixtureCadres], plan);
  return {
    plan,
    progress: computeProgress(agg, plan, { asOf: '2025-12-31', population: fixturePopulation }),
    calendar: buildReportingCalendar(plan, '2025-12-31', { submitted: [2022, 2023, 2024, 2025] }),
    recognitions: buildRecognitionList(fixtureEvaluations, { titleId: 'cdht', by: 'commune', plan }),
    history: [
      { year: 2023, metric: 'adults-titled', value: 0.05 },
      { year: 2024, metric: 'adults-titled', value: 0.1 },
    ],
    ...(by === undefined ? {} : { by }),
  };
}
