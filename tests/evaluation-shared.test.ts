// Without explanations, evaluateCompiled shares the parts of its results that repeat from person to
// person (issue 16 item 4): indicator and criterion results, reasons, title results without a gap,
// the framework reference, a year's period. Shared parts are frozen, so no caller can change another
// evaluation through them; the evaluation object and its lists stay the caller's. The value is the
// general path's, field by field; what the bounded tables cannot hold is made anew.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeRecords } from '../bench/records.mjs';
import { _evaluateGeneral } from '../src/evaluate/general.js';
import { TABLE_MAX } from '../src/evaluate/sharedParts.js';
import { type CompiledFramework, createEngine, type Evaluation, evaluateCompiled } from '../src/index.js';
import { ROOT } from './fixtures/cli/run.js';

const engine = createEngine();
const LEAN = { explain: false, gap: false } as const;
let bench: CompiledFramework;
let benchRecords: ReturnType<typeof makeRecords> = [];

beforeAll(() => {
  bench = engine.compile(engine.load(JSON.parse(readFileSync(join(ROOT, 'bench/framework.json'), 'utf8'))));
  benchRecords = makeRecords(400, 20261202);
});

const label = (text: string) => ({ vi: text, en: text });

/**
 * Points no table holds: A.1 in quarters (hours ÷ 4), A.3 -0 for 0 hours (-1 × hours), B.1 up to
 * 150 points (past TABLE_MAX); A.2 and C.1 whole and small (shared).
 */
const EDGES = {
  id: 'shared-edges',
  version: '1.0.0',
  group: 'citizen',
  title: label('Bộ tiêu chí biên'),
  effective: { from: '2024-01-01' },
  evidence: {
    hours: { type: 'number', label: label('giờ học'), min: 0 },
    big: { type: 'number', label: label('điểm lớn'), min: 0 },
    reads: { type: 'boolean', label: label('đọc sách') },
  },
  criteria: [
    {
      id: 'A',
      label: label('Tự học'),
      indicators: [
        { id: 'A.1', label: label('Giờ'), points: 10, award: { '/': [{ var: 'hours' }, 4] } },
        { id: 'A.2', label: label('Đọc'), points: 5, award: { var: 'reads' } },
        { id: 'A.3', label: label('Âm'), points: 5, award: { '*': [-1, { var: 'hours' }] } },
      ],
    },
    {
      id: 'B',
      label: label('Điểm lớn'),
      indicators: [{ id: 'B.1', label: label('Lớn'), points: 150, award: { var: 'big' } }],
    },
    {
      id: 'C',
      label: label('Đọc'),
      indicators: [{ id: 'C.1', label: label('Đọc'), points: 5, award: { var: 'reads' } }],
    },
  ],
  titles: [{ id: 'learner', label: label('Người học'), requirements: { total: 150, criteria: { A: 12 } } }],
};

describe('evaluateCompiled without explanations shares equal parts, frozen', () => {
  it('on the bench framework: the general path’s value; equal parts are one frozen object; the evaluation and its lists are the caller’s', () => {
    const indicators = new Map<string, Set<object>>();
    const reasons = new Map<string, Set<object>>();
    const results: Evaluation[] = [];
    for (const record of benchRecords) {
      const e = evaluateCompiled(bench, record, LEAN);
      expect(e).toStrictEqual(_evaluateGeneral(bench, record, LEAN));
      results.push(e);
      for (const list of [e, e.indicators, e.criteria, e.titles]) expect(Object.isFrozen(list)).toBe(false);
      for (const i of e.indicators) {
        expect(Object.isFrozen(i)).toBe(true);
        const key = JSON.stringify(i);
        indicators.set(key, (indicators.get(key) ?? new Set()).add(i));
      }
      for (const c of e.criteria) expect(Object.isFrozen(c)).toBe(true);
      for (const t of e.titles)
        for (const r of t.reasons) {
          expect([r, r.message].every(Object.isFrozen)).toBe(true);
          const key = `${t.id} ${JSON.stringify(r)}`;
          reasons.set(key, (reasons.get(key) ?? new Set()).add(r));
        }
    }
    // 400 people × 20 indicators, a few dozen distinct results, each one object.
    expect(indicators.size).toBeGreaterThan(20);
    expect(indicators.size).toBeLessThan(100);
    for (const [key, objects] of indicators) expect(objects.size, key).toBe(1);
    expect(reasons.size).toBeGreaterThan(10);
    for (const [key, objects] of reasons) expect(objects.size, key).toBe(1);
    const [first, second] = results as [Evaluation, Evaluation];
    expect(second.framework).toBe(first.framework);
    expect(second.period).toBe(first.period);
    expect(second.derived).toBe(first.derived);
    expect([first.framework, first.period, first.derived].every(Object.isFrozen)).toBe(true);
    // An awarded title's result (no gap) is shared whole, its one reason included.
    const awarded = results.flatMap((e) => e.titles.filter((t) => t.decision === 'awarded'));
    const byTotal = new Map<string, object>();
    for (const t of awarded) {
      const key = `${t.id} ${(t.reasons[0] as { actual: number }).actual}`;
      const seen = byTotal.get(key) ?? t;
      byTotal.set(key, seen);
      expect(t).toBe(seen);
      expect([t, t.reasons].every(Object.isFrozen)).toBe(true);
    }
    expect(awarded.length).toBeGreaterThan(byTotal.size);
  });

  it('keeps two persons’ results apart: a caller changing its own lists changes no other result; shared parts refuse writes', () => {
    const [r1, r2] = benchRecords as [(typeof benchRecords)[number], (typeof benchRecords)[number]];
    const a = evaluateCompiled(bench, r1, LEAN);
    const b = evaluateCompiled(bench, r2, LEAN);
    const before = [JSON.stringify(a), JSON.stringify(b)];
    const reference = _evaluateGeneral(bench, r2, LEAN);
    // The caller's own: the evaluation and its lists.
    a.total = -1;
    a.indicators.reverse();
    a.indicators[0] = { id: 'x', criterion: 'x', points: 0, max: 0, status: 'unmet' };
    a.criteria.length = 0;
    a.titles.pop();
    expect(JSON.stringify(b)).toBe(before[1]);
    expect(b).toStrictEqual(reference);
    // Shared parts are frozen: a write throws (ES modules are strict) and changes nothing.
    const shared = b.indicators[0] as { points: number | null };
    expect(() => {
      shared.points = 99;
    }).toThrow(TypeError);
    const title = b.titles[0] as Evaluation['titles'][number];
    const message = title.reasons[0]?.message as { vi: string };
    expect(message.vi.length).toBeGreaterThan(0);
    expect(() => {
      message.vi = 'đổi';
    }).toThrow(TypeError);
    expect(() => {
      (b.framework as { id: string }).id = 'other';
    }).toThrow(TypeError);
    expect(() => {
      (title.reasons as unknown[]).push(1);
    }).toThrow(TypeError);
    // Later evaluations of the same people are what they were.
    expect(JSON.stringify(evaluateCompiled(bench, r1, LEAN))).toBe(before[0]);
    expect(evaluateCompiled(bench, r2, LEAN)).toStrictEqual(reference);
  });

  it('shares only what its bounded tables hold: fractions, -0, points past the bound, missing evidence get new objects', () => {
    const cf = engine.compile(engine.load(EDGES));
    expect(TABLE_MAX).toBeLessThan(150);
    const person = (id: string, data: Record<string, unknown>) => ({ id, period: '2024', data });
    const cases = [
      person('P1', { hours: 10, big: 120, reads: true }), // A.1 2.5, B.1 120: past the bound
      person('P2', { hours: 10, big: 120, reads: true }),
      person('P3', { hours: 0, big: 150, reads: false }), // A.3 -0
      person('P4', { hours: 0, big: 150, reads: false }),
      person('P5', { big: 3, reads: true }), // hours missing: A.1, A.3 missing, A short of its possible
      person('P6', { big: 3, reads: true }),
    ];
    const results = cases.map((r) => {
      const e = evaluateCompiled(cf, r, LEAN);
      expect(e).toStrictEqual(_evaluateGeneral(cf, r, LEAN));
      return e;
    });
    const ind = (e: Evaluation, id: string) =>
      e.indicators.find((i) => i.id === id) as Evaluation['indicators'][number];
    const [p1, p2, p3, p4, p5, p6] = results as [
      Evaluation,
      Evaluation,
      Evaluation,
      Evaluation,
      Evaluation,
      Evaluation,
    ];
    // Fractions and points past the bound: equal values, separate objects, not frozen.
    expect(ind(p1, 'A.1').points).toBe(2.5);
    expect(ind(p1, 'B.1').points).toBe(120);
    for (const id of ['A.1', 'B.1']) {
      expect(ind(p1, id)).toStrictEqual(ind(p2, id));
      expect(ind(p1, id)).not.toBe(ind(p2, id));
      expect(Object.isFrozen(ind(p1, id))).toBe(false);
    }
    // -0 stays -0 (as the general path gives it), never the shared +0 result.
    expect(Object.is(ind(p3, 'A.3').points, -0)).toBe(true);
    expect(ind(p3, 'A.3')).not.toBe(ind(p4, 'A.3'));
    // Whole small points are shared.
    expect(ind(p1, 'A.2')).toBe(ind(p2, 'A.2'));
    expect(ind(p1, 'C.1')).toBe(ind(p5, 'C.1'));
    // Missing evidence: its own result and list of fields; a criterion short of its possible too.
    expect(ind(p5, 'A.1').status).toBe('missing');
    expect(ind(p5, 'A.1')).not.toBe(ind(p6, 'A.1'));
    const a5 = p5.criteria[0] as Evaluation['criteria'][number];
    expect(a5.points).toBeLessThan(a5.possible);
    expect(a5).not.toBe(p6.criteria[0]);
    expect(p5.criteria[2]).toBe(p6.criteria[2]);
    // A fractional criterion (A with 2.5 points) is not in a table either.
    expect(p1.criteria[0]).toStrictEqual(p2.criteria[0]);
    expect(p1.criteria[0]).not.toBe(p2.criteria[0]);
  });
});
