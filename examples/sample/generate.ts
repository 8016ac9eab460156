import {
  ACTIVITIES,
  AGENCIES,
  CADRE_ROLES,
  COMMUNES,
  DISTRICT,
  KINH_FAMILY,
  KINH_GIVEN_FEMALE,
  KINH_GIVEN_MALE,
  KINH_MIDDLE_FEMALE,
  KINH_MIDDLE_MALE,
  MINORITY_FAMILY,
  MINORITY_GIVEN,
  PROVINCE,
} from './places.js';

/** The ten indicators of the Learning Citizen self-assessment (TC1.1 … TC3.2). */
export const INDICATORS = [
  'tc1_1',
  'tc1_2',
  'tc1_3',
  'tc1_4',
  'tc2_1',
  'tc2_2',
  'tc2_3',
  'tc2_4',
  'tc3_1',
  'tc3_2',
] as const;

/** Every generated name starts with this, so no sample row can pass for a real person. */
export const SYNTHETIC_PREFIX = '[Mẫu] ';

/** A membership of a sample person (see `Membership` in the library). */
export type SampleMembership =
  | { kind: 'household' | 'clan' | 'community'; id: string; name?: string }
  | { kind: 'employer'; id: string; name: string; level: 'commune' | 'district'; learning: boolean };

/** One sample evidence row (shaped like an EvidenceRecord; planted error rows break its rules on purpose). */
export interface SampleRecord {
  id: string;
  name: string;
  /** The official form filled (324/QĐ-KHVN parts 2–4). */
  framework: string;
  period: string;
  unit: Record<string, string>;
  memberships: SampleMembership[];
  data: Record<string, unknown>;
}

/** One association cadre, as a fact row for the cadres-trained metric. */
export interface SampleCadre {
  kind: 'cadre';
  person: string;
  name: string;
  unit: Record<string, string>;
  facts: { role: string; trainedOnCriteria: boolean; trainingDate?: string };
}

/** A population-table row: adults of a village, or staff of an agency. */
export type SamplePopulationRow =
  | { unit: Record<string, string>; adults: number }
  | { unit: Record<string, string>; staff: number };

export interface SamplePopulation {
  records: SampleRecord[];
  cadres: SampleCadre[];
  population: SamplePopulationRow[];
  /** 1-based positions in `records` of the rows planted with errors (score 12, impossible date). */
  planted: number[];
}

/** A small, fast, seedable PRNG (mulberry32): the same seed always gives the same stream. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Draw {
  (): number;
  int(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
  normal(mean: number, sd: number): number;
  chance(p: number): boolean;
}

function draws(seed: number): Draw {
  const next = mulberry32(seed);
  const d = (() => next()) as Draw;
  d.int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  d.pick = (items) => items[Math.floor(next() * items.length)] as (typeof items)[number];
  d.normal = (mean, sd) => mean + sd * Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  d.chance = (p) => next() < p;
  return d;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const clampScore = (x: number): number => Math.max(0, Math.min(10, Math.round(x)));

function personName(d: Draw, minority: boolean): string {
  const male = d.chance(0.5);
  if (minority) {
    const family = d.pick(MINORITY_FAMILY);
    const given = d.pick(MINORITY_GIVEN);
    if (family === 'Đinh') return `Đinh ${male ? 'Văn' : 'Thị'} ${given}`;
    return `${male ? 'A' : 'Y'} ${given}`;
  }
  const middle = d.pick(male ? KINH_MIDDLE_MALE : KINH_MIDDLE_FEMALE);
  return `${d.pick(KINH_FAMILY)} ${middle} ${d.pick(male ? KINH_GIVEN_MALE : KINH_GIVEN_FEMALE)}`;
}

function birthDate(d: Draw, minAge: number, maxAge: number): string {
  const year = 2025 - d.int(minAge, maxAge);
  return `${year}-${pad(d.int(1, 12))}-${pad(d.int(1, 28))}`;
}

/** Ten self-assessed scores around an ability level, some reviewed, some left blank. */
function assessment(d: Draw, ability: number): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  const reviewed = d.chance(0.6);
  const gaps = d.chance(0.06) ? d.int(1, 3) : 0;
  const missing = new Set<string>();
  while (missing.size < gaps) missing.add(d.pick(INDICATORS));
  for (const id of INDICATORS) {
    if (missing.has(id)) continue;
    const self = clampScore(d.normal(ability, 1.1));
    if (!reviewed) data[id] = { self };
    else data[id] = { self, reviewed: d.chance(0.12) ? clampScore(self - d.pick([1, 1, 2, -1])) : self };
  }
  return data;
}

function activities(d: Draw, keen: number): { date: string; hours: number; activity: string }[] {
  const count = Math.max(0, Math.round(d.normal(keen, 1.2)));
  return Array.from({ length: count }, () => ({
    date: `2025-${pad(d.int(1, 12))}-${pad(d.int(1, 28))}`,
    hours: d.pick([2, 3, 4, 4, 6, 8, 12, 16, 24, 40]),
    activity: d.pick(ACTIVITIES),
  }));
}

/**
 * Generates the SYNTHETIC sample population of Kon Rẫy district for 2025: residents in learning
 * families, clans and communities, officials and workers of agencies, association cadres, and a
 * population table consistent with them. Pure: the same options give the same result.
 *
 * @param options - `seed` of the PRNG, number of `persons`
 * @returns records (with a few planted error rows), cadres, population table
 */
export function generateSamplePopulation({
  seed = 2025,
  persons = 4000,
}: {
  seed?: number;
  persons?: number;
} = {}): SamplePopulation {
  const d = draws(seed);
  const records: SampleRecord[] = [];
  const perVillage = new Map<string, number>();
  const perAgency = new Map<string, number>();
  const officials = Math.round(persons * 0.16);
  const villages = COMMUNES.flatMap((c) =>
    c.villages.map((v) => ({ commune: c.name, village: v, weight: c.people / c.villages.length })),
  );
  const villageWeight = villages.reduce((s, v) => s + v.weight, 0);
  const agencyWeight = AGENCIES.reduce((s, a) => s + a.weight, 0);
  for (let i = 0; i < persons; i++) {
    const id = `KR25-${pad(i + 1, 5)}`;
    if (i < persons - officials) {
      const v = weighted(d, villages, villageWeight);
      const minority = d.chance(0.65);
      const unit = { province: PROVINCE, district: DISTRICT, commune: v.commune, village: v.village };
      // Most residents fill the residents' form; some self-employed farmers and workers fill the workers' form.
      const framework = d.chance(0.15) ? 'cdht-worker' : 'cdht-resident';
      const memberships = residentMemberships(d, v.commune, v.village);
      const data: Record<string, unknown> = {
        ...assessment(d, d.normal(minority ? 7.4 : 7.9, 1.0)),
        birthDate: birthDate(d, 18, 72),
        onlinePublicServices: d.chance(minority ? 0.25 : 0.5),
        selfAssessedOnline: d.chance(0.3),
        learningActivities: activities(d, 2),
      };
      records.push({
        id,
        name: SYNTHETIC_PREFIX + personName(d, minority),
        framework,
        period: '2025',
        unit,
        memberships,
        data,
      });
      bump(perVillage, `${v.commune}\u0000${v.village}`);
    } else {
      const a = weighted(d, AGENCIES, agencyWeight);
      const unit = {
        province: PROVINCE,
        district: DISTRICT,
        ...(a.commune ? { commune: a.commune } : {}),
        agency: a.name,
      };
      const data: Record<string, unknown> = {
        ...assessment(d, d.normal(8.35, 0.9)),
        birthDate: birthDate(d, 22, 60),
        onlinePublicServices: d.chance(0.9),
        selfAssessedOnline: d.chance(0.7),
        learningActivities: activities(d, 3),
      };
      const employer: SampleMembership = {
        kind: 'employer',
        id: a.name,
        name: a.name,
        level: a.commune ? 'commune' : 'district',
        learning: true,
      };
      records.push({
        id,
        name: SYNTHETIC_PREFIX + personName(d, d.chance(0.35)),
        framework: a.group === 'official' ? 'cdht-official' : 'cdht-worker',
        period: '2025',
        unit,
        memberships: [employer],
        data,
      });
      bump(perAgency, a.name);
    }
  }
  const planted = plantErrors(d, records);
  return { records, cadres: cadres(d), population: populationTable(d, perVillage, perAgency), planted };
}

/** A resident's household (about 30 per village), village community and, for some, clan. */
function residentMemberships(d: Draw, commune: string, village: string): SampleMembership[] {
  const household: SampleMembership = { kind: 'household', id: `${commune}/${village}/H${pad(d.int(1, 30))}` };
  const community: SampleMembership = { kind: 'community', id: `${commune}/${village}`, name: village };
  if (!d.chance(0.3)) return [household, community];
  const family = d.pick([...KINH_FAMILY.slice(0, 8), 'Đinh']);
  return [household, { kind: 'clan', id: `${commune}/Họ ${family}`, name: `Dòng họ ${family}` }, community];
}

/** Breaks about 1% of rows on purpose (a score of 12, an impossible birth date) so readers' rejections are exercised. */
function plantErrors(d: Draw, records: SampleRecord[]): number[] {
  const planted: number[] = [];
  for (let i = 7; i < records.length; i += d.int(60, 140)) {
    const record = records[i];
    if (!record) break;
    if (planted.length % 2 === 0) record.data.tc2_3 = { self: 12 };
    else record.data.birthDate = `${2025 - d.int(20, 60)}-02-31`;
    planted.push(i + 1);
  }
  return planted;
}

function cadres(d: Draw): SampleCadre[] {
  return Array.from({ length: 100 }, (_, i) => {
    const c = d.pick(COMMUNES);
    const trained = d.chance(0.82);
    const facts: SampleCadre['facts'] = { role: d.pick(CADRE_ROLES), trainedOnCriteria: trained };
    if (trained) facts.trainingDate = `2025-${pad(d.int(3, 11))}-${pad(d.int(1, 28))}`;
    return {
      kind: 'cadre',
      person: `KHKR-${pad(i + 1, 3)}`,
      name: SYNTHETIC_PREFIX + personName(d, d.chance(0.5)),
      unit: { province: PROVINCE, district: DISTRICT, commune: c.name },
      facts,
    };
  });
}

function populationTable(
  d: Draw,
  perVillage: Map<string, number>,
  perAgency: Map<string, number>,
): SamplePopulationRow[] {
  const rows: SamplePopulationRow[] = [];
  for (const c of COMMUNES) {
    for (const village of c.villages) {
      const registered = perVillage.get(`${c.name}\u0000${village}`) ?? 0;
      rows.push({
        unit: { province: PROVINCE, district: DISTRICT, commune: c.name, village },
        adults: registered + d.int(20, 120) + Math.round(registered * 0.6),
      });
    }
  }
  for (const a of AGENCIES) {
    const registered = perAgency.get(a.name) ?? 0;
    rows.push({
      unit: {
        province: PROVINCE,
        district: DISTRICT,
        ...(a.commune ? { commune: a.commune } : {}),
        agency: a.name,
      },
      staff: registered + d.int(0, 6),
    });
  }
  return rows;
}

function weighted<T extends { weight: number }>(d: Draw, items: readonly T[], total: number): T {
  let r = d() * total;
  for (const item of items) {
    r -= item.weight;
    if (r < 0) return item;
  }
  return items[items.length - 1] as T;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}
