import type { Engine } from '../src/engine.js';
import type { CollectiveRecord } from '../src/format/collective.js';
import type { Evaluation } from '../src/format/evaluation.js';
import type { EvidenceRecord, Membership } from '../src/format/evidence.js';
import { scores } from './programme.fixture.js';

/**
 * How a member's self-assessment turns out, by hand: 9 on all ten indicators is 90 points
 * (awarded: ≥ 80, none below 5); 7 is 70 (not awarded); 8 on nine with one left blank is 72 known
 * and 82 possible (undetermined).
 */
export type Outcome = 'awarded' | 'not-awarded' | 'undetermined';

/** The evidence of a staff member (official form) or family adult (residents' form) with a given outcome. */
export function memberRecord(
  id: string,
  outcome: Outcome,
  memberships: Membership[],
  form = 'cdht-official',
): EvidenceRecord {
  const data: Record<string, unknown> =
    outcome === 'awarded' ? scores(9) : outcome === 'not-awarded' ? scores(7) : scores(8);
  if (outcome === 'undetermined') delete data.tc3_2;
  return {
    id,
    framework: form,
    period: '2025',
    unit: { province: 'Kon Tum', district: 'Kon Rẫy', commune: 'Đắk Ruồng' },
    memberships,
    data,
  };
}

/** Member evaluations: the first `awarded` awarded, the next `undetermined` undetermined, the rest not awarded. */
export function staff(
  engine: Engine,
  unitId: string,
  counts: { awarded: number; undetermined?: number; total: number },
): Evaluation[] {
  const employer: Membership = { kind: 'employer', id: unitId, level: 'district' };
  return Array.from({ length: counts.total }, (_, i) => {
    const outcome: Outcome =
      i < counts.awarded ? 'awarded' : i < counts.awarded + (counts.undetermined ?? 0) ? 'undetermined' : 'not-awarded';
    return engine.evaluate(undefined, memberRecord(`${unitId}-${String(i + 1).padStart(2, '0')}`, outcome, [employer]));
  });
}

/** A district-level unit meeting every target of criteria 1 and 2 (19 of 20 keep discipline, all trained). */
export function districtUnit(
  id: string,
  size: number | undefined,
  data: Record<string, unknown> = {},
): CollectiveRecord {
  return {
    id,
    kind: 'unit',
    name: `Phòng ${id}`,
    level: 'district',
    period: '2025',
    unit: { province: 'Kon Tum', district: 'Kon Rẫy', agency: `Phòng ${id}` },
    ...(size === undefined ? {} : { size }),
    data: {
      annualPlan: true,
      trainingRules: true,
      stateFunded: true,
      trainingBudget: true,
      digitalTools: true,
      lifelongLearning: true,
      membersDisciplined: 19,
      membersTrained: 20,
      ...data,
    },
  };
}

/**
 * A family scoring 85 of 100 on its own targets (C1 30, C2.1–C2.2 20, C3 15, C4 20) — the adults'
 * title target C2.3 adds 10 when every adult is titled (95), and 0 otherwise (85 with C2.3 failing).
 */
export function family(id: string, size?: number): CollectiveRecord {
  return {
    id,
    kind: 'household',
    period: '2025',
    unit: { province: 'Kon Tum', district: 'Kon Rẫy', commune: 'Đắk Ruồng', village: 'Thôn 1' },
    ...(size === undefined ? {} : { size }),
    data: {
      childrenSchooling: 10,
      childrenResults: 10,
      childrenConduct: 10,
      adultsLiterate: 10,
      adultsCourses: 10,
      studyCorner: 10,
      learningMeans: 5,
      applyKnowledge: 10,
      culturedFamily: 10,
    },
  };
}
