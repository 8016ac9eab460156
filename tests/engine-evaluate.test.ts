import { describe, expect, it } from 'vitest';
import { createEngine } from '../src/index.js';
import { fixture, record } from './helpers.js';

const engine = createEngine();
const fw = engine.load(fixture('frameworks/basic.json'), { file: 'basic.json' });
const evaluate = (data: Record<string, unknown>) => engine.evaluate(fw, record(data));
const indicator = (e: ReturnType<typeof evaluate>, id: string) => e.indicators.find((i) => i.id === id);
const title = (e: ReturnType<typeof evaluate>, id: string) => e.titles.find((t) => t.id === id);

describe('evaluate: statuses and points', () => {
  it('scores each indicator by its rule (hand-computed: 10 + 5 + 8 + n/a = 23)', () => {
    const e = evaluate({ hours: 45, reads: true, score: { self: 8 }, isTeacher: false, lang: 'none' });
    expect(e.framework).toEqual({ id: 'test-basic', version: '1.0.0' });
    expect(e.period).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(e.asOf).toBe('2024-12-31');
    expect(e.indicators.map((i) => [i.id, i.points, i.status])).toEqual([
      ['A.1', 10, 'met'],
      ['A.2', 5, 'met'],
      ['B.1', 8, 'partial'],
      ['B.2', 0, 'not-applicable'],
    ]);
    expect(e.criteria).toEqual([
      { id: 'A', points: 15, max: 15, possible: 15 },
      { id: 'B', points: 8, max: 15, possible: 8 },
    ]);
    expect(e.total).toBe(23);
    expect(e.max).toBe(30);
    expect(e.derived).toEqual({ active: true });
    expect(indicator(e, 'A.1')?.read).toEqual({ hours: 45 });
  });

  it('uses the reviewed score over the self-assessed one, and marks unmet indicators', () => {
    const e = evaluate({ hours: 25, reads: false, score: { self: 9, reviewed: 6 }, isTeacher: true, lang: 'good' });
    expect(e.indicators.map((i) => [i.id, i.points, i.status])).toEqual([
      ['A.1', 5, 'partial'],
      ['A.2', 0, 'unmet'],
      ['B.1', 6, 'partial'],
      ['B.2', 5, 'met'],
    ]);
    expect(e.total).toBe(16);
  });

  it('treats absent evidence as missing, never as zero', () => {
    const e = evaluate({ reads: true, score: { self: 10 }, isTeacher: false });
    expect(indicator(e, 'A.1')).toMatchObject({ points: null, status: 'missing', missing: ['hours'] });
    expect(e.total).toBe(15);
    expect(e.possible).toBe(25);
    expect(e.derived.active).toBeNull();
    const noScore = evaluate({ hours: 50, reads: true, isTeacher: false });
    expect(indicator(noScore, 'B.1')).toMatchObject({ points: null, status: 'missing', missing: ['score'] });
  });
});

describe('evaluate: title decisions', () => {
  it('awards when every requirement holds', () => {
    const e = evaluate({ hours: 45, reads: true, score: { self: 8 }, isTeacher: false });
    expect(title(e, 'learner')).toMatchObject({ decision: 'awarded', gap: null });
    expect(title(e, 'learner')?.reasons[0]?.code).toBe('requirements_met');
  });

  it('refuses with reasons in vi and en, and computes the gap', () => {
    const e = evaluate({ hours: 25, reads: false, score: { self: 9, reviewed: 6 }, isTeacher: true, lang: 'good' });
    const t = title(e, 'learner');
    expect(t?.decision).toBe('not-awarded');
    expect(t?.reasons.map((r) => r.message.vi)).toEqual(['chỉ số A.2 đạt 0 < 2', 'tổng điểm 16 < 20']);
    expect(t?.reasons.map((r) => r.message.en)).toEqual(['indicator A.2 scored 0 < 2', 'total 16 < 20']);
    // A.2 must reach 2 (total 18), then 2 more points from the indicator with the most headroom (A.1: 5 left).
    expect(t?.gap).toEqual({
      points: 4,
      indicators: [
        { id: 'A.1', from: 5, to: 7 },
        { id: 'A.2', from: 0, to: 2 },
      ],
      evidence: [],
    });
  });

  it('is undetermined when missing evidence could still earn the title', () => {
    const e = evaluate({ reads: true, score: { self: 10 }, isTeacher: false });
    const t = title(e, 'learner');
    expect(t?.decision).toBe('undetermined');
    expect(t?.reasons.map((r) => r.code)).toEqual(['evidence_missing']);
    expect(t?.reasons[0]?.message.vi).toBe('thiếu minh chứng cho chỉ số A.1; kết quả có thể thay đổi khi bổ sung');
    expect(t?.gap).toEqual({ points: 5, indicators: [{ id: 'A.1', from: null, to: 5 }], evidence: ['hours'] });
  });

  it('is not awarded when even full points on missing indicators cannot earn it', () => {
    const e = evaluate({ reads: false, score: { self: 3 }, isTeacher: false });
    const t = title(e, 'learner');
    expect(t?.decision).toBe('not-awarded');
    expect(t?.reasons.map((r) => r.message.vi)).toEqual([
      'chỉ số A.2 đạt 0 < 2',
      'tổng điểm tối đa có thể đạt 13 < 20',
    ]);
  });

  it('applies a title rule over scores and derived values', () => {
    const yes = evaluate({ hours: 45, reads: true, score: { self: 10 }, isTeacher: false });
    expect(title(yes, 'excellent')?.decision).toBe('awarded');
    const no = evaluate({ hours: 45, reads: true, score: { self: 10 }, isTeacher: true, lang: 'good' });
    expect(no.total).toBe(30);
    expect(title(no, 'excellent')?.decision).toBe('awarded');
    const low = evaluate({ hours: 30, reads: true, score: { self: 10 }, isTeacher: true, lang: 'good' });
    expect(low.total).toBe(25);
    const t = title(low, 'excellent');
    expect(t?.decision).toBe('not-awarded');
    expect(t?.reasons.map((r) => r.code)).toEqual(['title_rule_failed']);
  });

  it('takes no time from the clock: asOf comes from the period or the option', () => {
    const e = engine.evaluate(fw, record({ hours: 1 }), { asOf: '2025-03-01', explain: false });
    expect(e.asOf).toBe('2025-03-01');
    expect(e.indicators[0]?.read).toBeUndefined();
  });

  it('rejects a malformed record with invalid_record and the path', () => {
    expect(() => engine.evaluate(fw, { id: 'x', period: 'last year', data: {} })).toThrowError(/invalid_record/);
    try {
      engine.evaluate(fw, { id: 'x', period: '2024' });
    } catch (error) {
      expect((error as { issues: { code: string; path: unknown[] }[] }).issues[0]).toMatchObject({
        code: 'invalid_record',
        path: ['data'],
      });
    }
  });
});

describe('evaluate: criterion minimums', () => {
  it('criterion_below_min and total_below_min codes, with the criterion named', () => {
    const e2 = createEngine();
    const json = fixture('frameworks/basic.json') as Record<string, any>;
    json.titles[0].requirements = { total: 20, eachCriterion: 8 };
    const fw2 = e2.load(json);
    // A = 5 + 0 = 5 < 8; B = 6 + 5 = 11; total 16 < 20.
    const e = e2.evaluate(fw2, record({ hours: 25, reads: false, score: { self: 6 }, isTeacher: true, lang: 'good' }));
    const t = e.titles[0];
    expect(t?.decision).toBe('not-awarded');
    expect(
      t?.reasons.map((r) => [
        r.code,
        'target' in r ? r.target : undefined,
        'actual' in r ? r.actual : undefined,
        'expected' in r ? r.expected : undefined,
      ]),
    ).toEqual([
      ['criterion_below_min', 'A', 5, 8],
      ['total_below_min', undefined, 16, 20],
    ]);
    expect(t?.reasons[0]?.message.vi).toBe('tiêu chí A đạt 5 < 8');
    // Raise A to 8 (+3 from A.1, the most headroom), then 1 more for the total: 4 points.
    expect(t?.gap?.points).toBe(4);
  });
});

describe('evaluate: immutable results', () => {
  it('engine.evaluate returns a deeply frozen evaluation', () => {
    const e = evaluate({ hours: 25, reads: false, score: { self: 6 }, isTeacher: false });
    expect(Object.isFrozen(e)).toBe(true);
    expect(Object.isFrozen(e.indicators[0])).toBe(true);
    expect(Object.isFrozen(e.titles[0]?.reasons)).toBe(true);
    expect(Object.isFrozen(e.derived)).toBe(true);
    expect(() => {
      (e as { total: number }).total = 100;
    }).toThrow(TypeError);
  });
});

describe('evaluate: the caller’s evidence stays the caller’s', () => {
  it('freezing the evaluation does not freeze the record’s objects', () => {
    const score = { self: 6 };
    const data = { hours: 25, reads: false, score, isTeacher: false };
    const e = engine.evaluate(fw, record(data));
    expect(Object.isFrozen(e.indicators[2])).toBe(true);
    expect(Object.isFrozen(score)).toBe(false);
    expect(Object.isFrozen(data)).toBe(false);
  });
});
