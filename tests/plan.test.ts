import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { loadPlan, safeLoadPlan } from '../src/aggregate/loadPlan.js';
import { CdhtError } from '../src/errors/issue.js';
import { toJsonSchema } from '../src/format/jsonSchema.js';
import { PlanFileSchema, PopulationTableSchema } from '../src/format/plan.js';
import { bundledPlans, planFile, smallPopulationTable } from './aggregate.fixture.js';

const national = planFile('qd-677-2022.json') as Record<string, unknown>;
const konRay = planFile('kon-ray-2022.json') as Record<string, unknown>;
const loaded = bundledPlans();

const issuesOf = (json: unknown, plans = [loaded.national], bundled = true) => {
  const r = safeLoadPlan(json, { plans, file: 'x.json', bundled });
  return r.success ? [] : r.issues.map((i) => ({ code: i.code, path: i.path }));
};

describe('plan files against the generated JSON Schema', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  const validatePlan = ajv.compile(toJsonSchema(PlanFileSchema, 'plan.schema.json'));
  const validateTable = ajv.compile(toJsonSchema(PopulationTableSchema, 'population.schema.json'));

  it('accepts the bundled plans and a population table', () => {
    expect(validatePlan(national), JSON.stringify(validatePlan.errors)).toBe(true);
    expect(validatePlan(konRay), JSON.stringify(validatePlan.errors)).toBe(true);
    expect(validateTable(smallPopulationTable())).toBe(true);
  });

  it('rejects what zod rejects', () => {
    const bad = { ...national, metrics: [{ id: 'x', share: 2 }] };
    expect(validatePlan(bad)).toBe(false);
    expect(issuesOf(bad)[0]?.code).toBe('schema_violation');
    expect(validateTable([{ unit: { commune: 'A' }, adults: 1.5 }])).toBe(false);
    expect(PopulationTableSchema.safeParse([{ unit: { commune: 'A' }, adults: 1.5 }]).success).toBe(false);
  });
});

describe('the national plan (677/QĐ-TTg, 03/6/2022)', () => {
  const plan = loaded.national;
  it('has the 677 targets for 2025 and 2030', () => {
    expect(plan.ref).toBe('qd-677-2022@1.0.0');
    expect(plan.source).toMatchObject({ document: '677/QĐ-TTg', date: '2022-06-03' });
    const shares = Object.fromEntries(plan.metrics.map((m) => [m.id, m.targets.map((t) => [t.date, t.share])]));
    expect(shares).toEqual({
      'cadres-trained': [
        ['2025-12-31', 1],
        ['2030-12-31', 1],
      ],
      'adults-titled': [
        ['2025-12-31', 0.4],
        ['2030-12-31', 0.6],
      ],
      'officials-titled': [
        ['2025-12-31', 0.6],
        ['2030-12-31', 0.8],
      ],
      'titled-digital': [
        ['2025-12-31', 0.7],
        ['2030-12-31', 0.9],
      ],
      'titled-proficient': [
        ['2025-12-31', 0.6],
        ['2030-12-31', 0.8],
      ],
    });
    expect(plan.metrics.find((m) => m.id === 'titled-proficient')?.notes?.[0]?.vi).toContain('trong đó 60% thành thạo');
    expect(Object.isFrozen(plan)).toBe(true);
  });

  it('compiles metric rules once into predicates over row views', () => {
    const m = plan.metrics.find((x) => x.id === 'adults-titled');
    const clan = { kind: 'clan', id: 'h1', level: null, learning: null, implied: false };
    const employer = { kind: 'employer', id: 'u1', level: 'commune', learning: true, implied: false };
    const view = { kind: 'evaluation', group: 'clan', memberships: [clan], titles: { cdht: true } };
    expect(m?.inPopulation(view)).toBe(true);
    expect(m?.isCounted(view)).toBe(true);
    // Populations follow memberships, not forms: staff of a unit only are not adults of families, clans, communities.
    expect(m?.inPopulation({ ...view, group: 'official', memberships: [employer] })).toBe(false);
    expect(m?.inPopulation({ ...view, memberships: [{ ...clan, learning: false }] })).toBe(false);
    expect(m?.inPopulation({ ...view, kind: 'cadre' })).toBe(false);
  });
});

describe('the Kon Rẫy plan', () => {
  const plan = loaded.konRay;
  it('extends the national plan with its own scope, milestones and deadline', () => {
    expect(plan.lineage).toEqual(['qd-677-2022@1.0.0']);
    expect(plan.scope.unit).toEqual({ province: 'Kon Tum', district: 'Kon Rẫy' });
    expect(plan.metrics.map((m) => m.id)).toEqual([
      'cadres-trained',
      'adults-titled',
      'officials-titled',
      'titled-digital',
      'titled-proficient',
    ]);
    const adults = plan.metrics.find((m) => m.id === 'adults-titled');
    expect(adults?.population).toEqual(loaded.national.metrics.find((m) => m.id === 'adults-titled')?.population);
    expect(adults?.denominator).toEqual({ population: 'adults' });
    expect(adults?.targets.map((t) => t.share)).toEqual([0.4, 0.6]);
    expect(adults?.targets[1]?.note?.vi).toBe('Cộng đồng học tập: thôn, làng.');
    expect(plan.metrics.find((m) => m.id === 'officials-titled')?.label.vi).toContain('cấp xã, cấp huyện');
    expect(plan.reporting).toMatchObject({
      month: 12,
      day: 5,
      before: true,
      firstYear: 2022,
      lastYear: 2030,
    });
    expect(plan.milestones.map((m) => [m.id, m.from, m.to])).toEqual([
      ['launch', '2022-10-01', '2022-12-31'],
      ['mid-term-review', '2026-01-01', '2026-03-31'],
      ['final-review', '2030-10-01', '2030-12-31'],
    ]);
  });

  it('needs its parent (given, or bundled unless bundled: false)', () => {
    expect(issuesOf(konRay, [], false)).toEqual([{ code: 'missing_parent', path: ['extends'] }]);
    expect(issuesOf({ ...konRay, extends: 'qd-677-2022@9.9.9' })).toEqual([
      { code: 'missing_parent', path: ['extends'] },
    ]);
    expect(issuesOf({ ...konRay, extends: 'qd-677-2022' })).toEqual([]);
    expect(() => loadPlan(konRay, { bundled: false })).toThrow(CdhtError);
    expect(loadPlan(konRay).lineage).toEqual(['qd-677-2022@1.0.0']);
  });
});

describe('plan checks', () => {
  it('reports unknown overrides and removals, duplicates, target order and date ranges', () => {
    const bad = {
      ...konRay,
      remove: ['nope'],
      overrides: {
        metrics: {
          ghost: { targets: [{ date: '2025-12-31', share: 0.5 }] },
          'adults-titled': {
            targets: [
              { date: '2030-12-31', share: 0.6 },
              { date: '2025-12-31', share: 0.4 },
            ],
          },
        },
      },
      metrics: [{ ...((national.metrics as unknown[])[1] as object) }],
      milestones: [
        { id: 'a', label: { vi: 'a', en: 'a' }, from: '2026-03-31', to: '2026-01-01' },
        { id: 'a', label: { vi: 'a', en: 'a' }, from: '2026-01-01', to: '2026-03-31' },
      ],
      reporting: { month: 2, day: 30, firstYear: 2030, lastYear: 2022 },
    };
    expect(issuesOf(bad)).toEqual([
      { code: 'unknown_reference', path: ['remove'] },
      { code: 'unknown_reference', path: ['overrides', 'metrics', 'ghost'] },
      { code: 'duplicate_id', path: ['metrics', 0, 'id'] },
      { code: 'unordered_targets', path: ['overrides', 'metrics', 'adults-titled', 'targets', 1] },
      { code: 'invalid_date_range', path: ['milestones', 0] },
      { code: 'duplicate_id', path: ['milestones', 1, 'id'] },
      { code: 'invalid_date_range', path: ['reporting'] },
      { code: 'invalid_date', path: ['reporting', 'day'] },
    ]);
  });

  it('puts zod paths and the file on schema issues', () => {
    const r = safeLoadPlan({ ...national, period: { from: '2022-13-01', to: '2030-12-31' } }, { file: 'p.json' });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.issues[0]).toMatchObject({
        code: 'schema_violation',
        path: ['period', 'from'],
        file: 'p.json',
      });
      expect(r.issues[0].message).toEqual({
        vi: expect.stringMatching(/cần ngày dạng yyyy-MM-dd/),
        en: expect.stringMatching(/expected a date yyyy-MM-dd/),
      });
    }
  });

  it('refuses a plan that extends itself and one without metrics', () => {
    expect(issuesOf({ ...national, extends: 'qd-677-2022@1.0.0' })).toEqual([
      { code: 'extends_cycle', path: ['extends'] },
    ]);
    const { metrics: _m, ...empty } = national;
    expect(issuesOf(empty)).toEqual([{ code: 'missing_metrics', path: ['metrics'] }]);
  });
});

describe('metric rules', () => {
  it('are compiled by the safe compiler, with errors inside the rule path', () => {
    const bad = {
      ...national,
      metrics: [{ ...((national.metrics as unknown[])[1] as object), counted: { nosuchop: [1] } }],
    };
    const r = safeLoadPlan(bad, { file: 'n.json' });
    expect(r.success).toBe(false);
    if (!r.success)
      expect(r.issues[0]).toMatchObject({
        code: 'unknown_operator',
        path: ['metrics', 0, 'counted', 'nosuchop'],
        file: 'n.json',
      });
  });
});

describe('Unicode', () => {
  it('normalises plan text to NFC so decomposed names still match rows', () => {
    const nfd = JSON.parse(JSON.stringify(konRay).normalize('NFD')) as unknown;
    const plan = loadPlan(nfd, { plans: [loaded.national] });
    expect(plan.scope.unit.district).toBe('Kon Rẫy'.normalize('NFC'));
    expect(plan.scope.unit.district?.length).toBe(7);
  });
});
