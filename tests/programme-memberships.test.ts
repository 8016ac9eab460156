import { beforeAll, describe, expect, it } from 'vitest';
import { aggregate } from '../src/aggregate/aggregate.js';
import { rollUp } from '../src/aggregate/rollUp.js';
import { buildRowView } from '../src/aggregate/rowView.js';
import type { Engine } from '../src/engine.js';
import { CdhtError } from '../src/errors/issue.js';
import type { Evaluation } from '../src/format/evaluation.js';
import type { EvidenceRecord, Membership } from '../src/format/evidence.js';
import { isForm } from '../src/framework/selectForm.js';
import { bundledEngine, bundledPlans, person } from './programme.fixture.js';

let engine: Engine;
beforeAll(async () => {
  engine = await bundledEngine();
});

const commune: Membership = {
  kind: 'employer',
  id: 'ubnd-dak-ruong',
  name: 'UBND xã Đắk Ruồng',
  level: 'commune',
  learning: true,
};
const learningFamily = (id: string): Membership => ({ kind: 'household', id, learning: true });

/**
 * The hand-computed population (2025, one commune). Scores 9 everywhere → 90 (awarded); 7 → 70 (not awarded).
 *  w1  workers' form, works in a commune learning unit                 → staff ✓ (awarded)
 *  w2  workers' form, self-employed, member of learning family h2      → adults ✓ (awarded), not staff
 *  s1  staff form, member of learning family h3 and of a commune unit  → adults ✓ and staff ✓ (awarded)
 *  r1  residents' form, family h1 known NOT to be a learning family    → neither
 *  r2  residents' form, village community, not awarded (70)            → adults (not counted)
 *  r3  older record: group household, no memberships                   → adults ✓ (implied household, awarded)
 *  o1  older record: group official, no memberships                    → neither (a form alone is no membership)
 *  p1  staff form, provincial unit                                     → staff ✓ nationally; not in the Kon Rẫy plan
 * adults-titled: population {w2, s1, r2, r3} = 4, counted {w2, s1, r3} = 3.
 * officials-titled (national, any level): population {w1, s1, p1} = 3, counted 3.
 * officials-titled (Kon Rẫy: commune and district units only): population {w1, s1} = 2, counted 2.
 */
const records = (): EvidenceRecord[] => [
  person('w1', { framework: 'cdht-worker', memberships: [commune] }, 9),
  person('w2', { framework: 'cdht-worker', memberships: [learningFamily('h2')] }, 9),
  person('s1', { framework: 'cdht-official', memberships: [learningFamily('h3'), commune] }, 9),
  person('r1', { framework: 'cdht-resident', memberships: [{ kind: 'household', id: 'h1', learning: false }] }, 9),
  person('r2', { group: 'resident', memberships: [{ kind: 'community', id: 'Đắk Ruồng/Thôn 1' }] }, 7),
  person('r3', { group: 'household' }, 9),
  person('o1', { group: 'official' }, 9),
  person('p1', { framework: 'cdht-official', memberships: [{ kind: 'employer', id: 'so-gd', level: 'province' }] }, 9),
];

const evaluateAll = (): Evaluation[] => records().map((r) => engine.evaluate(undefined, r));

/** The first issue of the CdhtError a call throws (undefined when it does not throw). */
const issueOf = (call: () => unknown) => {
  try {
    call();
  } catch (e) {
    if (e instanceof CdhtError) return e.issues[0];
    throw e;
  }
  return undefined;
};

describe('memberships decide who is counted, not the form filled', () => {
  it('evaluations carry the memberships and the form actually filled', () => {
    const e = evaluateAll();
    expect(e.map((x) => [x.person, x.framework.id, x.titles[0]?.decision])).toEqual([
      ['w1', 'cdht-worker', 'awarded'],
      ['w2', 'cdht-worker', 'awarded'],
      ['s1', 'cdht-official', 'awarded'],
      ['r1', 'cdht-resident', 'awarded'],
      ['r2', 'cdht-resident', 'not-awarded'],
      ['r3', 'cdht-household', 'awarded'],
      ['o1', 'cdht-official', 'awarded'],
      ['p1', 'cdht-official', 'awarded'],
    ]);
    expect(e[2]?.memberships).toEqual([learningFamily('h3'), commune]);
  });

  it('national plan: a worker in a commune learning unit is staff, a self-employed worker is not, a staff-form filler in a learning family is an adult', () => {
    const { national } = bundledPlans();
    const root = rollUp(aggregate(evaluateAll(), national))[''];
    expect(root?.['adults-titled']).toEqual({ num: 3, den: 4 });
    expect(root?.['officials-titled']).toEqual({ num: 3, den: 3 });
  });

  it('Kon Rẫy plan: only commune and district learning units count as staff', () => {
    const { konRay } = bundledPlans();
    const root = rollUp(aggregate(evaluateAll(), konRay))[''];
    expect(root?.['officials-titled']).toEqual({ num: 2, den: 2 });
    expect(root?.['adults-titled']).toEqual({ num: 3, den: 4 });
  });

  it('the row view lists memberships, implied only for the older family, clan and community groups', () => {
    const [w1, , , , , r3, o1] = evaluateAll();
    expect(buildRowView(w1)?.memberships).toEqual([
      { kind: 'employer', id: 'ubnd-dak-ruong', level: 'commune', learning: true, implied: false },
    ]);
    expect(buildRowView(r3)?.memberships).toEqual([
      { kind: 'household', id: '', level: null, learning: null, implied: true },
    ]);
    expect(buildRowView(o1)?.memberships).toEqual([]);
    expect(buildRowView({ ...w1, memberships: 'none' })).toBeNull();
  });

  it('rejects a malformed membership with the path and what was expected', () => {
    const bad = person(
      'x',
      { framework: 'cdht-worker', memberships: [{ kind: 'employer', id: 'u' } as Membership] },
      9,
    );
    expect(issueOf(() => engine.evaluate(undefined, bad))).toMatchObject({
      code: 'invalid_record',
      path: ['memberships', 0, 'level'],
    });
  });
});

describe('the official forms of 324/QĐ-KHVN', () => {
  it('bundles four official forms in force in 2025, the base is no form, and the three older names are aliases', () => {
    const inForce = engine
      .frameworks()
      .filter((f) => f.version === '2.0.0' && f.verification?.status !== 'example')
      .map((f) => [f.id, f.form.kind, 'part' in f.form ? f.form.part : 'of' in f.form ? f.form.of : null]);
    expect(inForce.sort()).toEqual(
      [
        ['cdht', 'base', null],
        ['cdht-clan', 'alias', 'cdht-resident'],
        ['cdht-community', 'alias', 'cdht-resident'],
        ['cdht-household', 'alias', 'cdht-resident'],
        ['cdht-learner', 'official', '5'],
        ['cdht-official', 'official', '4'],
        ['cdht-resident', 'official', '2'],
        ['cdht-worker', 'official', '3'],
      ].sort(),
    );
    expect(isForm(engine.get('cdht', '2.0.0') as never)).toBe(false);
    expect(engine.get('cdht-official', '2.0.0')?.title.vi).toContain('cán bộ công nhân viên, doanh nhân');
  });

  it('a record never selects the base, by framework or by group', () => {
    const r = person('b', { framework: 'cdht' }, 9);
    expect(issueOf(() => engine.evaluate(undefined, r))).toMatchObject({ code: 'not_a_form', path: ['framework'] });
    expect(issueOf(() => engine.frameworkForRecord(person('c', { group: 'citizen' }, 9)))).toMatchObject({
      code: 'unknown_framework',
      path: ['group'],
    });
  });

  it('an alias evaluates exactly as its official form', () => {
    const data = person('a', {}, [9, 8, 8, 8, 10, 5, 9, 8, 8, 7]);
    const viaAlias = engine.evaluate('cdht-household', data);
    const viaForm = engine.evaluate('cdht-resident', data);
    const strip = (e: Evaluation) => ({ ...e, framework: null, group: null });
    expect(strip(viaAlias)).toEqual(strip(viaForm));
    expect([viaForm.total, viaForm.titles[0]?.decision]).toEqual([80, 'awarded']);
  });

  it('an alias that changes what is assessed does not load', () => {
    const e = engine.with();
    const r = e.safeLoad({
      id: 'cdht-x',
      version: '2.0.0',
      extends: 'cdht@^2.0.0',
      title: { vi: 'x', en: 'x' },
      form: { kind: 'alias', of: 'cdht-resident' },
      overrides: { titles: { cdht: { requirements: { total: 70 } } } },
    });
    expect(r.success).toBe(false);
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_alias', 'form.of'],
      ['invalid_alias', 'overrides'],
    ]);
  });
});
