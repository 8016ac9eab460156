import { mulberry32, type SampleMembership, type SamplePopulation } from './generate.js';
import { COMMUNES, DISTRICT, PROVINCE } from './places.js';

/** One sample collective record (shaped like a CollectiveRecord of the library). */
export interface SampleCollective {
  id: string;
  kind: 'household' | 'clan' | 'community' | 'unit';
  name?: string;
  level?: 'village' | 'commune' | 'district';
  period: string;
  unit: Record<string, string>;
  size?: number;
  memberships?: { kind: 'clan' | 'community'; id: string }[];
  data: Record<string, unknown>;
}

interface Seen {
  readonly unit: Record<string, string>;
  count: number;
  name?: string | undefined;
  clan?: string | undefined;
  community?: string | undefined;
  level?: 'commune' | 'district';
}

/**
 * The SYNTHETIC collectives of a sample population, consistent with its people: every household,
 * clan, village community and employing unit some person names in their memberships (sizes are the
 * persons naming them), and the 7 commune communities. Their own evidence is drawn from a PRNG
 * seeded apart from the persons', so adding collectives left the persons' files unchanged.
 *
 * @param population - from generateSamplePopulation
 * @param seed - seed of the collectives' own evidence
 * @returns households, clans, village communities, commune communities, units — in that order,
 *   each in first-seen order
 */
export function sampleCollectives(population: SamplePopulation, seed = 2025): SampleCollective[] {
  const next = mulberry32(seed ^ 0x5a5a5a5a);
  const chance = (p: number): boolean => next() < p;
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  const households = new Map<string, Seen>();
  const clans = new Map<string, Seen>();
  const villages = new Map<string, Seen>();
  const units = new Map<string, Seen>();
  const see = (map: Map<string, Seen>, m: SampleMembership, unit: Record<string, string>): Seen => {
    const before = map.get(m.id);
    if (before) {
      before.count++;
      return before;
    }
    const made: Seen = { unit, count: 1, name: m.name };
    map.set(m.id, made);
    return made;
  };
  for (const r of population.records) {
    const where = { province: PROVINCE, district: DISTRICT, ...(r.unit.commune ? { commune: r.unit.commune } : {}) };
    const village = { ...where, ...(r.unit.village ? { village: r.unit.village } : {}) };
    const clan = r.memberships.find((m) => m.kind === 'clan');
    const community = r.memberships.find((m) => m.kind === 'community');
    for (const m of r.memberships) {
      if (m.kind === 'household') {
        const h = see(households, m, village);
        // A household belongs to its village and to the clan its first clan member names.
        h.community ??= community?.id;
        h.clan ??= clan?.id;
      } else if (m.kind === 'clan') see(clans, m, where);
      else if (m.kind === 'community') see(villages, m, village);
      else if (m.kind === 'employer') {
        const u = see(units, m, { ...where, agency: m.name });
        u.level = m.level;
      }
    }
  }
  const out: SampleCollective[] = [];
  const base = { period: '2025' } as const;
  for (const [id, h] of households) {
    const memberships = [
      ...(h.clan ? [{ kind: 'clan' as const, id: h.clan }] : []),
      ...(h.community ? [{ kind: 'community' as const, id: h.community }] : []),
    ];
    out.push({
      id,
      kind: 'household',
      ...base,
      unit: h.unit,
      size: h.count,
      ...(memberships.length > 0 ? { memberships } : {}),
      data: {
        childrenSchooling: int(7, 10),
        childrenResults: int(6, 10),
        childrenConduct: int(8, 10),
        adultsLiterate: int(6, 10),
        adultsCourses: int(4, 10),
        studyCorner: int(3, 10),
        learningMeans: int(3, 10),
        applyKnowledge: int(5, 10),
        culturedFamily: int(7, 10),
      },
    });
  }
  for (const [id, c] of clans) {
    out.push({
      id,
      kind: 'clan',
      ...(c.name ? { name: c.name } : {}),
      ...base,
      unit: c.unit,
      data: {
        childrenSchooling: chance(0.92),
        studyBoard: chance(0.8),
        studyFund: chance(0.7),
        noViolations: chance(0.95),
      },
    });
  }
  for (const [id, v] of villages) {
    out.push({
      id,
      kind: 'community',
      ...(v.name ? { name: v.name } : {}),
      level: 'village',
      ...base,
      unit: v.unit,
      data: {
        literacy: chance(0.9),
        cultureHouse: chance(0.85),
        bookshelf: chance(0.75),
        studyBranch: chance(0.9),
        learningActivities: chance(0.85),
        culturedVillage: chance(0.8),
        publicOrder: chance(0.95),
      },
    });
  }
  for (const c of COMMUNES) {
    // Communes keep every level-1 target most years; level 2 (criteria 4–5 raised) is rarer.
    const yes = (p: number): boolean => chance(p);
    out.push({
      id: c.name,
      kind: 'community',
      name: `${c.kind} ${c.name}`,
      level: 'commune',
      ...base,
      unit: { province: PROVINCE, district: DISTRICT, commune: c.name },
      data: {
        awareness: yes(0.98),
        annualPlan: yes(0.98),
        learningWeek: yes(0.98),
        budget: yes(0.98),
        socialResources: yes(0.98),
        coordination: yes(0.98),
        learningCentre: yes(0.98),
        library: yes(0.98),
        cultureHouse: yes(0.98),
        universalEducation: yes(0.98),
        literacyStandard: yes(0.98),
        adultLearning: yes(0.98),
        learningModels: yes(0.98),
        development: yes(0.98),
        publicOrder: yes(0.98),
        criterion4Level2: yes(0.5),
        criterion5Level2: yes(0.4),
      },
    });
  }
  for (const [id, u] of units) {
    out.push({
      id,
      kind: 'unit',
      name: id,
      level: u.level ?? 'district',
      ...base,
      unit: u.unit,
      size: u.count,
      data: {
        annualPlan: chance(0.95),
        trainingRules: chance(0.9),
        stateFunded: true,
        trainingBudget: chance(0.85),
        digitalTools: chance(0.9),
        lifelongLearning: chance(0.9),
        membersDisciplined: Math.max(0, u.count - int(0, 1)),
        membersTrained: Math.max(0, u.count - int(0, 2)),
      },
    });
  }
  return out;
}
