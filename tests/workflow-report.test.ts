// Reports count recognised and eligible apart and list the dossiers waiting at each step, per unit,
// as they stood on the report date (issue 12, item 3).
import { describe, expect, it } from 'vitest';
import { plans, policies } from '../src/criteria.js';
import type { Dossier, Outcome, TransitionInput } from '../src/format/workflow.js';
import {
  applyTransition,
  buildRecognitionStatus,
  createDossier,
  loadPlan,
  loadRecognitionPolicy,
} from '../src/index.js';

const loaded = loadRecognitionPolicy(policies[0]?.json);
if (!loaded.success) throw new Error('policy');
const policy = loaded.value;
const konRay = loadPlan(plans.find((p) => p.id === 'kon-ray-2022')?.json);

const place = (commune: string) => ({ province: 'Kon Tum', district: 'Kon Rẫy', commune });
const AWARDED: Outcome = { framework: 'cdht-resident@2.0.0', total: 84, decision: 'awarded' };
const NOT_AWARDED: Outcome = { framework: 'cdht-resident@2.0.0', total: 72, decision: 'not-awarded' };

/** A 2024 resident dossier of `commune` taken through `upTo` on the given dates. */
function dossier(id: string, commune: string, steps: readonly [string, string][], outcome = AWARDED): Dossier {
  let d = createDossier({
    id,
    person: id,
    framework: 'cdht-resident',
    period: '2024',
    unit: { ...place(commune), village: 'Thôn 1' },
  });
  for (const [action, date] of steps) {
    const step: TransitionInput =
      action === 'submit'
        ? { action: 'submit', date, by: { role: 'self', unit: {}, person: id }, outcome }
        : action === 'review'
          ? { action: 'review', date, by: { role: 'commune-association', unit: place(commune) } }
          : {
              action: action as 'recognise' | 'refuse',
              date,
              by: { role: 'commune-authority', unit: place(commune) },
              ...(action === 'refuse' ? { reason: 'Chưa đủ minh chứng' } : {}),
            };
    const r = applyTransition(d, step, policy);
    if (!r.success) throw new Error(`${id}: ${JSON.stringify(r.issues)}`);
    d = r.dossier;
  }
  return d;
}

// Đắk Ruồng: a recognised, b reviewed (waits for recognition), c recognised on 10/12 (after the 4/12 report).
// Đắk Kôi: e self-assessed (waits for review), f refused, g submitted not awarded (waits for review).
// h: first step after the report date, so not counted.
const dossiers = [
  dossier('a', 'Đắk Ruồng', [
    ['submit', '2024-10-01'],
    ['review', '2024-10-10'],
    ['recognise', '2024-11-20'],
  ]),
  dossier('b', 'Đắk Ruồng', [
    ['submit', '2024-10-02'],
    ['review', '2024-11-02'],
  ]),
  dossier('c', 'Đắk Ruồng', [
    ['submit', '2024-10-03'],
    ['review', '2024-11-03'],
    ['recognise', '2024-12-10'],
  ]),
  dossier('e', 'Đắk Kôi', [['submit', '2024-11-01']]),
  dossier('f', 'Đắk Kôi', [
    ['submit', '2024-10-01'],
    ['refuse', '2024-10-20'],
  ]),
  dossier('g', 'Đắk Kôi', [['submit', '2024-11-05']], NOT_AWARDED),
  dossier('h', 'Đắk Kôi', [['submit', '2024-12-20']]),
];

describe('buildRecognitionStatus', () => {
  it('on 4/12/2024 lists recognised, eligible and waiting dossiers per commune', () => {
    expect(buildRecognitionStatus(dossiers, { asOf: '2024-12-04', by: 'commune', plan: konRay })).toEqual([
      {
        unit: { key: 'commune=Đắk Kôi', name: 'Đắk Kôi' },
        // e and f were awarded by their evaluations; g was not.
        eligible: 2,
        recognised: 0,
        expired: 0,
        refused: 1,
        revoked: 0,
        waiting: { draft: [], 'self-assessed': ['e', 'g'], reviewed: [] },
      },
      {
        unit: { key: 'commune=Đắk Ruồng', name: 'Đắk Ruồng' },
        eligible: 3,
        recognised: 1,
        expired: 0,
        refused: 0,
        revoked: 0,
        waiting: { draft: [], 'self-assessed': [], reviewed: ['b', 'c'] },
      },
    ]);
  });

  it('on 31/12/2024 counts c recognised and h waiting; in 2025 the 2024 titles have expired', () => {
    const end = buildRecognitionStatus(dossiers, { asOf: '2024-12-31', by: 'commune', plan: konRay });
    expect(end.map((u) => [u.unit.name, u.recognised, u.waiting['self-assessed'].length, u.waiting.reviewed])).toEqual([
      ['Đắk Kôi', 0, 3, []],
      ['Đắk Ruồng', 2, 0, ['b']],
    ]);
    const next = buildRecognitionStatus(dossiers, { asOf: '2025-01-15', by: 'commune', plan: konRay });
    expect(next.map((u) => [u.unit.name, u.recognised, u.expired])).toEqual([
      ['Đắk Kôi', 0, 0],
      ['Đắk Ruồng', 0, 2],
    ]);
  });

  it('counts eligibility from evaluations when given, apart from recognition', () => {
    const evaluation = (person: string, commune: string, decision: string) =>
      ({ person, unit: { ...place(commune), village: 'Thôn 2' }, titles: [{ id: 'cdht', decision }] }) as never;
    const status = buildRecognitionStatus(dossiers, {
      asOf: '2024-12-04',
      by: 'commune',
      plan: konRay,
      evaluations: [
        evaluation('x', 'Đắk Kôi', 'awarded'),
        evaluation('y', 'Tân Lập', 'awarded'),
        evaluation('z', 'Tân Lập', 'not-awarded'),
      ],
    });
    expect(status.map((u) => [u.unit.name, u.eligible, u.recognised])).toEqual([
      ['Đắk Kôi', 1, 0],
      ['Đắk Ruồng', 0, 1],
      ['Tân Lập', 1, 0],
    ]);
  });
});
