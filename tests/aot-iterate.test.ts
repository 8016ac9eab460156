import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { compileScorerModule, type ScorerModuleOptions } from '../src/aot/scorerModule.js';
import { createEngine } from '../src/engine.js';
import { evaluateCompiled } from '../src/evaluate/evaluate.js';
import { createScorer, type Scorer } from '../src/evaluate/score.js';
import type { EvidenceRecord } from '../src/format/evidence.js';
import type { CompiledFramework } from '../src/framework/compileFramework.js';
import { onFastPath, probeRuntime } from './aot.fixture.js';

/*
 * The fast path of a compiled module over map, filter, reduce, countInPeriod and sumInPeriod (computed
 * in the list's one loop): hand-computed values for absent, null and wrong-typed items, empty lists,
 * lists that are not lists, and reduce from initial values of each type; then the quantifier benchmark
 * framework and random frameworks, against createScorer and the module's exact path.
 */
const dir = mkdtempSync(join(tmpdir(), 'cdht-aot-iterate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const probe = await probeRuntime(dir);

type Json = Record<string, unknown>;
type Module = { createScorer: (o?: object) => Scorer; source: string };
let n = 0;
async function load(cf: CompiledFramework, options: ScorerModuleOptions = {}): Promise<Module> {
  const source = compileScorerModule(cf, { runtime: probe.runtime, ...options });
  n += 1;
  const file = join(dir, `scorer-${n}.mjs`);
  writeFileSync(file, source);
  const mod = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Module;
  return { createScorer: mod.createScorer, source };
}

const json = (path: string): Json => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as Json;
const label = { vi: 'x', en: 'x' };

/** The bench framework's evidence, one criterion per rule (so `criteria` shows each rule's points). */
function frameworkOf(rules: readonly (readonly [unknown, number])[]): CompiledFramework {
  const fw = json('../bench/framework.json');
  fw.id = 'aot-iterate';
  fw.criteria = rules.map(([award, points], i) => ({
    id: `C${i}`,
    label,
    indicators: [{ id: `C${i}.1`, label, points, award }],
  }));
  fw.titles = [{ id: 't', label, requirements: { total: 1 } }];
  const e = createEngine();
  return e.compile(e.load(fw));
}

function outcome(score: Scorer, r: EvidenceRecord): string {
  try {
    const s = score(r);
    return JSON.stringify(s, (_k, v) => (Object.is(v, -0) ? '-0' : Number.isNaN(v) ? 'NaN' : v));
  } catch (error) {
    return `throws ${(error as Error).constructor.name}`;
  }
}

/**
 * The full Evaluation's total and points per criterion: the reference for lists with holes, which
 * `filter`, `map` and `reduce` skip (Array.prototype semantics, as json-logic-js). createScorer's
 * fused pass over a list currently reads a hole as an undefined item there (its own module, not
 * the compiled module's): it is compared on lists without holes.
 */
function evaluation(cf: CompiledFramework): Scorer {
  return ((r: EvidenceRecord) => {
    const e = evaluateCompiled(cf, r, { explain: false, gap: false });
    return { total: e.total, criteria: e.criteria.map((c) => c.points) };
  }) as unknown as Scorer;
}

const holey = (r: EvidenceRecord): boolean =>
  Object.values(r.data as Json).some((v) => Array.isArray(v) && Object.keys(v).length !== v.length);

function mismatches(a: Scorer, b: Scorer, records: readonly EvidenceRecord[]): string[] {
  return records.flatMap((r) => {
    const x = outcome(a, r);
    const y = outcome(b, r);
    return x === y ? [] : [`${r.id}: ${x} ≠ ${y}`];
  });
}

const acc = { var: 'accumulator' };
const courses = { var: 'courses' };
const RULES: readonly (readonly [unknown, number])[] = [
  // 0: the hours of all courses (reduce from 0)
  [{ reduce: [courses, { '+': [acc, { var: 'current.hours' }] }, 0] }, 1000],
  // 1: digital courses counted (reduce over filter)
  [{ reduce: [{ filter: [courses, { '==': [{ var: 'kind' }, 'digital'] }] }, { '+': [acc, 1] }, 0] }, 1000],
  // 2: the largest hours (reduce over map, from -1)
  [
    {
      reduce: [
        { map: [courses, { var: 'hours' }] },
        { if: [{ '>': [{ var: 'current' }, acc] }, { var: 'current' }, acc] },
        -1,
      ],
    },
    1000,
  ],
  // 3: the kinds joined (reduce from a string)
  [{ '==': [{ reduce: [courses, { cat: [acc, { var: 'current.kind' }, ','] }, ''] }, 'digital,language,digital,'] }, 1],
  // 4: every course of 5 hours or more is digital (all over filter: false when none is left)
  [{ all: [{ filter: [courses, { '>=': [{ var: 'hours' }, 5] }] }, { '==': [{ var: 'kind' }, 'digital'] }] }, 1],
  // 5: some kind is language (some over map)
  [{ some: [{ map: [courses, { var: 'kind' }] }, { '==': [{ var: '' }, 'language'] }] }, 1],
  // 6: a vocational course (in over map, the mapped list as a value)
  [{ in: ['vocational', { map: [courses, { var: 'kind' }] }] }, 1],
  // 7: a law course (a filtered list as a value: empty is false)
  [{ '!!': [{ filter: [courses, { '==': [{ var: 'kind' }, 'law'] }] }] }, 1],
  // 8: courses of 5 hours or more dated within the period
  [{ countInPeriod: [courses, 'date', { '>=': [{ var: 'hours' }, 5] }] }, 1000],
  // 9: their hours summed (numbers only)
  [{ sumInPeriod: [courses, 'date', 'hours'] }, 1000],
  // 10: reduce without an initial value (null): the last course's hours
  [{ reduce: [courses, { var: 'current.hours' }] }, 1000],
  // 11: reduce from an empty list: the hours merged into a list, 5.5 among them
  [{ in: [5.5, { reduce: [courses, { merge: [acc, { var: 'current.hours' }] }, []] }] }, 1],
  // 12: reduce from true: `and` down the hours
  [{ reduce: [courses, { and: [acc, { var: 'current.hours' }] }, true] }, 1000],
  // 13: the mapped list as text (`cat` joins a list with commas)
  [{ '==': [{ cat: [{ map: [courses, { var: 'hours' }] }] }, '10,5.5,4'] }, 1],
];

const base = {
  birthYear: 1990,
  hours: 12,
  selfStudyHours: 3,
  reads: true,
  lang: 'good',
  job: 'farmer',
  digital: { phone: true, internet: true, publicService: false },
  household: { size: 4, learners: 2 },
  clubs: ['digital'],
  lastCheckup: '2024-03-03',
  volunteerDays: 2,
  familyLearners: 1,
};
const person = (id: string, list: unknown): EvidenceRecord =>
  ({ id, period: '2024', data: list === undefined ? { ...base } : { ...base, courses: list } }) as EvidenceRecord;

describe('map, filter, reduce, countInPeriod and sumInPeriod on the fast path', () => {
  it('give the hand-computed values for plain, wrong-typed and empty lists', async () => {
    const cf = frameworkOf(RULES);
    const mod = await load(cf);
    expect(mod.source).toContain('function fast(');
    // Every rule over courses in one loop.
    expect(mod.source.slice(mod.source.indexOf('function fast(')).match(/for \(let i = 0;/g)).toHaveLength(1);
    const score = mod.createScorer();
    const cases: [string, unknown, number[]][] = [
      [
        'plain',
        [
          { kind: 'digital', hours: 10, date: '2024-02-01' },
          { kind: 'language', hours: 5.5, date: '2023-12-31' },
          { kind: 'digital', hours: '4', date: '15/06/2024' },
        ],
        // 10 + 5.5 + '4' = 19.5; 2 digital; max 10; kinds joined; filtered [digital, language]: not all
        // digital; language; no vocational; no law; 1 within with ≥ 5 hours; 10 (the string not summed);
        // last hours '4' (truthy: all points); 5.5 merged; `and` gives '4'.
        [19.5, 2, 10, 1, 0, 1, 0, 0, 1, 10, 1000, 1, 1000, 1],
      ],
      // An empty list: the initial values (-1 and null give 0 points, true all of them).
      ['empty', [], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1000, 0]],
      [
        'wrong-typed items',
        [
          null,
          3,
          'law',
          { kind: 'law', hours: null, date: '2024-05-05' },
          { kind: 'digital', hours: 6, date: '2024-01-01' },
        ],
        // hours of null: NaN (0 points); 1 digital; max: null > -1, then 6 > null; kinds joined ",,,law,digital,";
        // filtered [digital]: all digital; no language; no vocational; a law course; 1 within with ≥ 5
        // hours, 6 summed; last hours 6; no 5.5; `and` stops at the first null.
        [0, 1, 6, 0, 1, 0, 0, 1, 1, 6, 6, 0, 0, 0],
      ],
      // Not a list: filter and map give [], reduce its initial value, countInPeriod 0.
      ['a string', 'digital', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1000, 0]],
      ['an object', { kind: 'digital', hours: 10 }, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1000, 0]],
    ];
    const exact = createScorer(cf);
    for (const [name, list, expected] of cases) {
      const r = person(name, list);
      expect(score(r).criteria, name).toEqual(expected);
      expect(outcome(score, r), name).toBe(outcome(exact, r));
      expect(onFastPath(probe, score, r), name).toBe(true);
    }
    // Absent or null: missing evidence; the exact path decides.
    for (const [name, list] of [
      ['absent', undefined],
      ['null', null],
    ] as const) {
      const r = person(name, list);
      expect(outcome(score, r), name).toBe(outcome(exact, r));
      expect(onFastPath(probe, score, r), name).toBe(false);
    }
    // A list with a hole (filter, map and reduce skip it, the quantifiers read undefined): the exact
    // path decides, as the full Evaluation does: 10 + 3 hours, 1 digital course, max 10, the one course
    // of 5 hours or more is digital, a law course, 10 + 3 hours within the period, the last hours 3.
    const gap = [{ kind: 'digital', hours: 10, date: '2024-02-01' }];
    gap[2] = { kind: 'law', hours: 3, date: '2024-02-01' };
    const r = person('a hole', gap);
    expect(onFastPath(probe, score, r)).toBe(false);
    const s = score(r);
    expect(s.criteria).toEqual([13, 1, 10, 0, 1, 0, 0, 1, 1, 13, 3, 0, 3, 0]);
    expect(outcome(evaluation(cf), r)).toBe(JSON.stringify({ total: s.total, criteria: s.criteria }));
  });

  it('reduce from each type of initial value, and bodies reading the whole { current, accumulator }', async () => {
    const list = [
      { kind: 'digital', hours: 2, date: '2024-02-01' },
      { kind: 'culture', hours: 0, date: '2024-03-01' },
    ];
    const step = { if: [{ var: 'current.hours' }, { var: 'current.kind' }, acc] };
    const rules: [unknown, number][] = [
      // 0, '', 'x', true, false, null, [], [1, 2], absent: the last truthy kind, else the initial value.
      ...[0, '', 'x', true, false, null, [], [1, 2]].map((init): [unknown, number] => [
        { '==': [{ reduce: [{ var: 'courses' }, step, init] }, 'digital'] },
        1,
      ]),
      [{ '==': [{ reduce: [{ var: 'courses' }, step] }, 'digital'] }, 1],
      // The whole scope as data: { current, accumulator } has two own keys, nothing else.
      [{ reduce: [{ var: 'courses' }, { '+': [acc, { missing: ['current', 'accumulator', 'x'] }] }, 0] }, 1000],
      [{ reduce: [{ var: 'courses' }, { if: [{ var: 'toString' }, 100, { '+': [acc, 1] }] }, 0] }, 1000],
    ];
    const cf = frameworkOf(rules);
    const mod = await load(cf);
    const score = mod.createScorer();
    const exact = createScorer(cf);
    const r = person('r', list);
    expect(outcome(score, r)).toBe(outcome(exact, r));
    // Every initial value ends as 'digital' (the second course has 0 hours: the accumulator stays);
    // `missing` of the scope: ['x'] each time, '+' of a list is NaN; toString is not an own key: 2.
    expect(score(r).criteria).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 2]);
    const empty = person('e', []);
    expect(outcome(score, empty)).toBe(outcome(exact, empty));
    expect(score(empty).criteria).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('scores the quantifier benchmark framework as createScorer, every person on the fast path, in one loop', async () => {
    const { makeRecord } = (await import('../bench/records-quantifiers.mjs')) as {
      makeRecord: (i: number, seed: number) => EvidenceRecord & { data: Json };
    };
    const e = createEngine();
    const cf = e.compile(e.load(json('../bench/framework-quantifiers.json')));
    const mod = await load(cf);
    const exactOnly = await load(cf, { fastPath: false });
    expect(mod.source.slice(mod.source.indexOf('function fast(')).match(/for \(let i = 0;/g)).toHaveLength(1);
    const complete = Array.from({ length: 3000 }, (_v, i) => makeRecord(i, 5));
    const score = mod.createScorer();
    expect(complete.every((r) => onFastPath(probe, score, r))).toBe(true);
    const defects = Array.from({ length: 3000 }, (_v, i) => {
      const r = makeRecord(i, 6);
      const certs = r.data.certificates as unknown[];
      if (i % 5 === 1) delete r.data[Object.keys(r.data)[i % 7] as string];
      if (i % 7 === 2) certs.push(i % 2 ? null : { kind: 7, hours: 'x', year: '2024', passed: 'yes' });
      if (i % 9 === 5) certs.push(undefined, 'law', [2024]);
      if (i % 11 === 3) certs.length += 1;
      return r;
    });
    const records = [...complete, ...defects];
    expect(
      mismatches(
        createScorer(cf),
        score,
        records.filter((r) => !holey(r)),
      ),
    ).toEqual([]);
    expect(mismatches(exactOnly.createScorer(), score, records)).toEqual([]);
    const totals = (sc: Scorer): Scorer =>
      ((r: EvidenceRecord) => {
        const x = sc(r);
        return { total: x.total, criteria: x.criteria };
      }) as unknown as Scorer;
    const gaps = records.filter(holey);
    expect(gaps.length).toBeGreaterThan(200);
    expect(mismatches(evaluation(cf), totals(score), gaps)).toEqual([]);
  });
});

/* Random frameworks: iteration pipelines over the bench framework's lists. */
const ITEM = fc.letrec((tie) => ({
  node: fc.oneof(
    { maxDepth: 2, depthSize: 'small' },
    fc.constantFrom(0, 1, 5, 8, 20, '2024-01-01', 'vocational', 'digital', '', true, false, null),
    fc.constantFrom('kind', 'hours', 'date', '', 'x').map((p) => ({ var: p })),
    fc
      .tuple(fc.constantFrom('==', '>=', '<', '+', 'in', 'and', 'or', 'cat'), tie('node'), tie('node'))
      .map(([op, a, b]) => ({ [op]: [a, b] })),
    tie('node').map((a) => ({ '!': [a] })),
  ),
})).node;
const FOLD = fc.letrec((tie) => ({
  node: fc.oneof(
    { maxDepth: 2, depthSize: 'small' },
    fc.constantFrom(0, 1, 'x', true, null),
    fc
      .constantFrom('accumulator', 'current', 'current.kind', 'current.hours', 'current.date', 'x', '')
      .map((p) => ({ var: p })),
    fc
      .tuple(fc.constantFrom('+', '*', '==', '>', 'and', 'or', 'cat', 'if', 'merge'), tie('node'), tie('node'))
      .map(([op, a, b]) => ({ [op]: [a, b] })),
  ),
})).node;
const LIST = fc.constantFrom({ var: 'courses' }, { var: 'courses' }, { var: ['courses', []] }, { var: 'clubs' });
const STAGED = fc
  .tuple(LIST, fc.array(fc.tuple(fc.constantFrom('filter', 'map'), ITEM), { maxLength: 2 }))
  .map(([list, stages]) => stages.reduce<unknown>((l, [op, body]) => ({ [op]: [l, body] }), list));
const PIPE = fc.oneof(
  fc.tuple(fc.constantFrom('all', 'some', 'none'), STAGED, ITEM).map(([op, l, b]) => ({ [op]: [l, b] })),
  fc
    .tuple(STAGED, FOLD, fc.constantFrom(0, '', 'x', true, false, null, [], undefined))
    .map(([l, step, init]) => ({ reduce: init === undefined ? [l, step] : [l, step, init] })),
  fc
    .tuple(fc.constantFrom('in', '!!'), STAGED)
    .map(([op, l]) => (op === 'in' ? { in: ['digital', l] } : { '!!': [l] })),
  // The list's items as text: every item counts.
  fc.tuple(STAGED, LIST).map(([l, m]) => ({ '==': [{ cat: [l] }, { cat: [m] }] })),
  fc.tuple(LIST, ITEM).map(([l, c]) => ({ countInPeriod: [l, 'date', c] })),
  fc.tuple(LIST, fc.constantFrom('hours', 'kind')).map(([l, v]) => ({ sumInPeriod: [l, 'date', v] })),
);

describe('random iteration pipelines: fast path, exact path and createScorer agree', () => {
  it('on 30 frameworks of 8 random pipelines × 300 records with defects', async () => {
    const { makeRecord } = (await import('../bench/records.mjs')) as {
      makeRecord: (i: number, seed: number) => EvidenceRecord & { data: Json };
    };
    const pipes = fc.sample(PIPE, { numRuns: 30 * 8, seed: 1207 });
    const records = Array.from({ length: 300 }, (_v, i) => {
      const r = makeRecord(i, 23);
      const list = r.data.courses as unknown[];
      if (i % 7 === 2) list.push(i % 2 ? null : { kind: 7, hours: 'x', date: 20240101 });
      if (i % 9 === 5) list.push(undefined, 'vocational', ['digital']);
      if (i % 13 === 6) delete r.data.courses;
      if (i % 17 === 8) r.data.courses = 'digital';
      if (i % 19 === 9) list.length += 2;
      if (i % 23 === 10) list.push({ kind: 'digital', hours: 2n });
      return r;
    });
    const problems: string[] = [];
    let onFast = 0;
    let withFast = 0;
    for (let f = 0; f < 30; f++) {
      const cf = frameworkOf(pipes.slice(f * 8, f * 8 + 8).map((p) => [p, 1000] as const));
      const mod = await load(cf);
      if (mod.source.includes('function fast(')) withFast++;
      const exactOnly = await load(cf, { fastPath: false });
      const score = mod.createScorer();
      problems.push(
        ...mismatches(
          createScorer(cf),
          score,
          records.filter((r) => !holey(r)),
        ).map((m) => `framework ${f}: ${m}`),
      );
      problems.push(...mismatches(exactOnly.createScorer(), score, records).map((m) => `framework ${f} (exact): ${m}`));
      for (const r of records) {
        try {
          if (onFastPath(probe, score, r)) onFast++;
        } catch {
          // compared above
        }
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
    expect(withFast).toBe(30);
    expect(onFast).toBeGreaterThan(30 * 150);
  });
});
