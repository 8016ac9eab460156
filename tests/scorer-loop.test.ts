// The scoring pass's indicator loop and title decisions, hand-computed on the test framework
// (tests/fixtures/frameworks/basic.json): complete records (the loop without derived values lost),
// an indicator whose `when` lacks evidence, a derived value lost (the general loop), fractional
// points (rounded sums), and decisions shared between persons with the same outcomes (2 and 9 titles).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine, createScorer, evaluateCompiled } from '../src/index.js';

const source = JSON.parse(readFileSync(new URL('./fixtures/frameworks/basic.json', import.meta.url), 'utf8')) as {
  titles: unknown[];
};

// A.1 hours ≥40 → 10, ≥20 → 5 (10 points); A.2 reads (5); B.1 assessed score ({self}, 10); B.2 when
// isTeacher: lang == good (5). learner: total ≥ 20 and every applicable indicator ≥ 2; excellent:
// total ≥ 25, A.1 ≥ 10 and derived `active` (hours ≥ 20).
const engine = createEngine();
const cf = engine.compile(engine.load(source));

function lean(data: Record<string, unknown>) {
  const s = createScorer(cf)({ id: 'p', period: '2024', data } as never);
  return { total: s.total, possible: s.possible, missing: s.missing, criteria: s.criteria, decisions: s.decisions };
}

/** What evaluateCompiled gives for the same record: the lean result must equal it. */
function full(data: Record<string, unknown>) {
  const e = evaluateCompiled(cf, { id: 'p', period: '2024', data } as never, { explain: false, gap: false });
  return {
    total: e.total,
    possible: e.possible,
    missing: e.indicators.filter((x) => x.status === 'missing').length,
    criteria: e.criteria.map((c) => c.points),
    decisions: e.titles.map((t) => t.decision),
  };
}

describe('the scoring loop (basic.json, hand-computed)', () => {
  const cases: [string, Record<string, unknown>, ReturnType<typeof lean>][] = [
    [
      'complete, a teacher',
      { hours: 45, reads: true, score: { self: 7.5 }, lang: 'good', isTeacher: true },
      { total: 27.5, possible: 27.5, missing: 0, criteria: [15, 12.5], decisions: ['awarded', 'awarded'] },
    ],
    [
      'complete, not a teacher (B.2 not applicable, not a minimum)',
      { hours: 25, reads: false, score: { self: 2 }, lang: 'none', isTeacher: false },
      { total: 7, possible: 7, missing: 0, criteria: [5, 2], decisions: ['not-awarded', 'not-awarded'] },
    ],
    [
      'the `when` of B.2 without evidence: B.2 missing, learner undetermined',
      { hours: 45, reads: true, score: { self: 10 }, lang: 'good' },
      { total: 25, possible: 30, missing: 1, criteria: [15, 10], decisions: ['undetermined', 'awarded'] },
    ],
    [
      'hours absent: A.1 and the derived value lost (the general loop)',
      { reads: true, score: { self: 4 }, isTeacher: false },
      { total: 9, possible: 19, missing: 1, criteria: [5, 4], decisions: ['not-awarded', 'not-awarded'] },
    ],
    [
      'hours null: as absent',
      { hours: null, reads: true, score: { self: 4 }, isTeacher: false },
      { total: 9, possible: 19, missing: 1, criteria: [5, 4], decisions: ['not-awarded', 'not-awarded'] },
    ],
    [
      'NaN hours: compared as JavaScript compares (A.1 0, not missing)',
      { hours: Number.NaN, reads: true, score: { self: 6 }, lang: 'good', isTeacher: true },
      { total: 16, possible: 16, missing: 0, criteria: [5, 11], decisions: ['not-awarded', 'not-awarded'] },
    ],
    [
      'fractional points: 0.1 + 0.2 rounded as evaluateCompiled rounds',
      { hours: 40, reads: true, score: { self: 0.30000000000000004 }, lang: 'basic', isTeacher: true },
      { total: 15.3, possible: 15.3, missing: 0, criteria: [15, 0.3], decisions: ['not-awarded', 'not-awarded'] },
    ],
  ];
  for (const [name, data, expected] of cases) {
    it(name, () => {
      expect(lean(data)).toEqual(expected);
      expect(full(data)).toEqual(expected);
    });
  }

  it('one scorer over persons in turn: nothing of one person carries to the next', () => {
    const score = createScorer(cf);
    const order = [2, 0, 3, 1, 3, 6, 2, 0] as const;
    for (const k of order) {
      const [, data, expected] = cases[k] as (typeof cases)[number];
      const s = score({ id: `p${k}`, period: '2024', data } as never);
      expect([s.total, s.possible, s.missing, s.criteria, s.decisions]).toEqual([
        expected.total,
        expected.possible,
        expected.missing,
        expected.criteria,
        expected.decisions,
      ]);
    }
  });
});

describe('interned decisions', () => {
  // Nine titles by total (0, 3, …, 24): many combinations of outcomes, each shared once seen.
  const nine = {
    ...source,
    titles: Array.from({ length: 9 }, (_, k) => ({
      id: `t${k}`,
      label: { vi: `Danh hiệu ${k}`, en: `Title ${k}` },
      requirements: { total: 3 * k },
    })),
  };

  it.each([
    ['two titles', cf, 2],
    ['nine titles', ((e) => e.compile(e.load(nine)))(createEngine()), 9],
  ] as const)('%s: right, frozen, and shared by persons with the same decisions', (_, compiled, count) => {
    const score = createScorer(compiled);
    const a = score({
      id: 'a',
      period: '2024',
      data: { hours: 25, reads: true, score: { self: 2 }, isTeacher: false },
    } as never);
    const b = score({
      id: 'b',
      period: '2024',
      data: { hours: 25, reads: true, score: { self: 2 }, isTeacher: false },
    } as never);
    const c = score({
      id: 'c',
      period: '2024',
      data: { hours: 45, reads: true, score: { self: 10 }, isTeacher: false },
    } as never);
    expect(a.total).toBe(12);
    expect(c.total).toBe(25);
    expect(a.decisions).toHaveLength(count);
    expect(b.decisions).toBe(a.decisions);
    expect(Object.isFrozen(a.decisions)).toBe(true);
    expect(c.decisions).not.toBe(a.decisions);
    if (count === 9) {
      // 12 points: the titles needing up to 12 awarded (0, 3, 6, 9, 12); 25 points: every one.
      expect(a.decisions).toEqual([...Array(5).fill('awarded'), ...Array(4).fill('not-awarded')]);
      expect(c.decisions).toEqual(Array(9).fill('awarded'));
    } else {
      expect(a.decisions).toEqual(['not-awarded', 'not-awarded']);
      expect(c.decisions).toEqual(['awarded', 'awarded']);
    }
  });
});
