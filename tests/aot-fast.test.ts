import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { compileScorerModule, type ScorerModuleOptions } from '../src/aot/scorerModule.js';
import { createEngine } from '../src/engine.js';
import { createScorer, type Scorer } from '../src/evaluate/score.js';
import type { EvidenceRecord } from '../src/format/evidence.js';
import type { CompiledFramework } from '../src/framework/compileFramework.js';
import { onFastPath, probeRuntime } from './aot.fixture.js';

/*
 * The fast path of a compiled module (the whole scorer written out for complete records) against
 * createScorer and against the same module without it (exact path only): complete records, absent
 * fields, wrong types in list items, prototype-ish keys, null-prototype data, and random frameworks
 * whose rules fuse several quantifiers over one list. The modules import a runtime that counts the
 * persons given to the exact path (aot.fixture.ts): a person scored without it was on the fast path.
 */
const dir = mkdtempSync(join(tmpdir(), 'cdht-aot-fast-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const probe = await probeRuntime(dir);

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

type Json = Record<string, unknown>;
const benchFramework = (): Json =>
  JSON.parse(readFileSync(new URL('../bench/framework.json', import.meta.url), 'utf8')) as Json;

const { makeRecord } = (await import('../bench/records.mjs')) as {
  makeRecord: (i: number, seed: number) => EvidenceRecord & { data: Json };
};

/** Score or error, comparable: -0 and NaN kept apart. */
function outcome(score: Scorer, r: EvidenceRecord): string {
  try {
    const s = score(r);
    return JSON.stringify(s, (_k, v) => (Object.is(v, -0) ? '-0' : Number.isNaN(v) ? 'NaN' : v));
  } catch (error) {
    return `throws ${(error as Error).constructor.name}`;
  }
}

function mismatches(a: Scorer, b: Scorer, records: readonly EvidenceRecord[]): string[] {
  const out: string[] = [];
  for (const r of records) {
    const x = outcome(a, r);
    const y = outcome(b, r);
    if (x !== y) out.push(`${r.id}: ${x} ≠ ${y}`);
  }
  return out;
}

/** Whether `score` scores `r` on the module's fast path. */
const fast = (score: Scorer, r: EvidenceRecord): boolean => onFastPath(probe, score, r);

function benchCompiled(fw: Json = benchFramework()): CompiledFramework {
  const e = createEngine();
  return e.compile(e.load(fw));
}

describe('the fast path of a compiled module', () => {
  it('scores complete records on the fast path, as createScorer (hand-checked record included)', async () => {
    const cf = benchCompiled();
    const score = (await load(cf)).createScorer();
    const records = Array.from({ length: 3000 }, (_v, i) => makeRecord(i, 4));
    expect(mismatches(createScorer(cf), score, records)).toEqual([]);
    expect(records.every((r) => fast(score, r))).toBe(true);
    // Each Score has its own criteria list, as createScorer's: persons with the same points share nothing.
    const byPoints = new Map<string, readonly number[]>();
    let same = 0;
    for (const r of records) {
      const c = score(r).criteria;
      const seen = byPoints.get(JSON.stringify(c));
      if (seen === undefined) byPoints.set(JSON.stringify(c), c);
      else {
        same++;
        expect(seen).not.toBe(c);
      }
    }
    expect(same).toBeGreaterThan(500);
    // Hand-computed: A 10+5+5+5+5, B 5+5+5+5+5, C 10+4+5+5+5, D 10+5+5+5+5 = 114 (C.2: 5 learners - 1 = 4).
    const hand = {
      id: 'x',
      period: '2024',
      data: {
        birthYear: 2000,
        hours: 60,
        selfStudyHours: 25,
        reads: true,
        lang: 'good',
        job: 'teacher',
        digital: { phone: true, internet: true, publicService: false },
        household: { size: 5, learners: 5 },
        courses: [
          { kind: 'vocational', hours: 20, date: '2024-03-01' },
          { kind: 'digital', hours: 2, date: '2023-05-01' },
        ],
        clubs: ['digital', 'library', 'music'],
        lastCheckup: '2024-06-01',
        volunteerDays: 12,
        familyLearners: 2,
      },
    } as EvidenceRecord;
    expect(score(hand)).toEqual({
      person: 'x',
      total: 114,
      possible: 114,
      missing: 0,
      decisions: ['awarded', 'awarded'],
      criteria: [30, 25, 29, 30],
    });
    expect(fast(score, hand)).toBe(true);
  });

  it('gives an absent field, null, a null-prototype item or a class instance to the exact path, with the same Score', async () => {
    const cf = benchCompiled();
    const score = (await load(cf)).createScorer();
    const exact = createScorer(cf);
    const base = makeRecord(7, 2);
    const variants: [string, (d: Json) => unknown, boolean][] = [
      ['complete', (d) => d, true],
      ['hours absent', (d) => ({ ...d, hours: undefined }), false],
      ['digital.internet null', (d) => ({ ...d, digital: { ...(d.digital as Json), internet: null } }), false],
      ['household absent', (d) => ({ ...d, household: undefined }), false],
      ['null-prototype data', (d) => Object.assign(Object.create(null), d), true],
      ['null-prototype digital', (d) => ({ ...d, digital: Object.assign(Object.create(null), d.digital) }), true],
      ['data a class instance', (d) => Object.assign(new (class Evidence {})(), d), false],
      ['data an array', () => [1, 2], false],
    ];
    for (const [name, change, onFast] of variants) {
      const data = change(JSON.parse(JSON.stringify(base.data)) as Json) as Json;
      if (!Array.isArray(data)) for (const k of Object.keys(data)) if (data[k] === undefined) delete data[k];
      const r = { ...base, id: name, data } as EvidenceRecord;
      expect(outcome(score, r), name).toBe(outcome(exact, r));
      expect(fast(score, r), name).toBe(onFast);
    }
    // Without evidence, the engine reports the missing indicators (the fast path never does).
    const empty = { ...base, data: {} } as EvidenceRecord;
    const none = score(empty);
    expect([none.missing, none.total, fast(score, empty)]).toEqual([20, 0, false]);
  });

  it('reads list items of the wrong type, prototype-ish keys and items that are the data itself as the engine', async () => {
    const cf = benchCompiled();
    const score = (await load(cf)).createScorer();
    const exact = createScorer(cf);
    const items: unknown[] = [
      null,
      3,
      'vocational',
      [],
      ['vocational', 30],
      { kind: ['vocational'], hours: '25', date: 20240101 },
      JSON.parse('{"__proto__":{"kind":"vocational","hours":30,"date":"2024-05-05"},"hours":9}'),
      Object.assign(Object.create(null), { kind: 'vocational', hours: 30, date: '2024-05-05' }),
      Object.assign(new (class Course {})(), { kind: 'vocational', hours: 30, date: '2024-05-05' }),
      { kind: { toString: null }, hours: 21, date: '2024-02-02' },
      { constructor: 'vocational', toString: 30, hasOwnProperty: '2024-01-01' },
    ];
    const records: EvidenceRecord[] = [];
    items.forEach((item, i) => {
      for (const k of [0, 1, 2]) {
        const r = makeRecord(100 + i * 3 + k, 9);
        const courses = (r.data.courses as unknown[]).slice(0, k);
        courses.splice(k % (courses.length + 1), 0, item);
        records.push({ ...r, id: `item-${i}-${k}`, data: { ...r.data, courses } });
      }
    });
    // Prototype-ish own keys at the top level and in objects, as JSON.parse makes them.
    const hostile = JSON.parse(
      '{"__proto__":{"hours":99},"constructor":{"prototype":{"hours":1}},"toString":"x","digital":{"__proto__":{"phone":true},"internet":true,"publicService":true}}',
    ) as Json;
    const r0 = makeRecord(500, 9);
    records.push({ ...r0, id: 'hostile', data: { ...r0.data, ...hostile } });
    records.push({ ...r0, id: 'hostile-only', data: hostile });
    const self = { ...r0.data } as Json;
    self.courses = [self];
    records.push({ ...r0, id: 'self', data: self });
    expect(mismatches(exact, score, records)).toEqual([]);
    // The object with an item whose `toString` is null cannot be compared: both throw alike.
    expect(records.some((r) => outcome(exact, r).startsWith('throws'))).toBe(true);
    const onFast = (r: EvidenceRecord): boolean => {
      try {
        return fast(score, r);
      } catch {
        return false;
      }
    };
    expect(records.filter(onFast).length).toBeGreaterThan(10);
  });

  it('falls back to the exact path when Object.prototype has a key the fast path loads', async () => {
    const cf = benchCompiled();
    const mod = await load(cf);
    const r = makeRecord(3, 3);
    delete r.data.reads;
    const expected = outcome(createScorer(cf), r);
    const proto = Object.prototype as Json;
    proto.reads = true;
    try {
      const score = mod.createScorer();
      expect(outcome(score, r)).toBe(expected);
      expect(fast(score, makeRecord(4, 3))).toBe(false);
    } finally {
      delete proto.reads;
    }
    expect(fast(mod.createScorer(), makeRecord(4, 3))).toBe(true);
  });

  it('keeps quantifiers over different lists apart, whatever their keys look like', async () => {
    const fw = benchFramework();
    const evidence = fw.evidence as Record<string, Json>;
    const course = (evidence.courses as Json).items;
    evidence.household = {
      ...(evidence.household as Json),
      fields: {
        ...((evidence.household as Json).fields as Json),
        t1: { type: 'list', label: { vi: 'a', en: 'a' }, items: course },
        t2: { type: 'list', label: { vi: 'b', en: 'b' }, items: course },
      },
    };
    const inds = (fw.criteria as { indicators: Json[] }[])[3]?.indicators as Json[];
    (inds[1] as Json).award = { some: [{ var: 'household.t1' }, { '>=': [{ var: 'hours' }, 20] }] };
    (inds[4] as Json).award = { some: [{ var: 'household.t2' }, { '>=': [{ var: 'hours' }, 20] }] };
    const cf = benchCompiled(fw);
    const score = (await load(cf)).createScorer();
    const withHours = (i: number, hours: number): EvidenceRecord => {
      const r = makeRecord(i, 21);
      const hh = r.data.household as Json;
      return {
        ...r,
        data: { ...r.data, household: { ...hh, t1: [{ kind: 'digital', hours, date: '2024-01-01' }], t2: [] } },
      };
    };
    const records = Array.from({ length: 300 }, (_v, i) => withHours(i, i % 2 ? 25 : 5));
    expect(mismatches(createScorer(cf), score, records)).toEqual([]);
    // Hand-checked: the same person with a 25-hour course in t1 instead of a 5-hour one: D.2 (over t1)
    // gives 5 more points, D.5 (over t2, empty) none; one loop over t1 for both would give 10.
    const hi = score(withHours(0, 25));
    const lo = score(withHours(0, 5));
    expect(fast(score, withHours(0, 25)) && fast(score, withHours(0, 5))).toBe(true);
    expect((hi.criteria[3] as number) - (lo.criteria[3] as number)).toBe(5);
  });

  it('fuses the four quantifiers over courses into one loop, with the results of separate ones', async () => {
    const cf = benchCompiled();
    const fused = await load(cf);
    const exactOnly = await load(cf, { fastPath: false });
    const body = fused.source.slice(fused.source.indexOf('function fast('));
    expect(body.match(/for \(let i = 0;/g)).toHaveLength(1);
    expect(exactOnly.source).not.toContain('function fast(');
    const records = Array.from({ length: 2000 }, (_v, i) => {
      const r = makeRecord(i, 12);
      if (i % 4 === 0) delete r.data[cf.fields[i % cf.fields.length] as string];
      return r;
    });
    expect(mismatches(exactOnly.createScorer(), fused.createScorer(), records)).toEqual([]);
    expect(mismatches(createScorer(cf), fused.createScorer(), records)).toEqual([]);
  });
});

/* Random frameworks: the bench framework's evidence, indicators whose rules are random. */
const ROOT_PATHS = [
  'hours',
  'selfStudyHours',
  'reads',
  'lang',
  'job',
  'birthYear',
  'digital.phone',
  'digital.internet',
  'household.size',
  'household.learners',
  'clubs',
  'volunteerDays',
  'lastCheckup',
];
const ITEM_PATHS = ['kind', 'hours', 'date', ''];
const CONSTANTS = fc.constantFrom(
  0,
  1,
  2,
  5,
  8,
  20,
  -1,
  0.5,
  '2024-01-01',
  'vocational',
  'digital',
  'good',
  '',
  true,
  false,
  null,
);

function ruleOf(item: boolean, itemRule: fc.Arbitrary<unknown> = fc.constant(null)): fc.Arbitrary<unknown> {
  return fc.letrec((tie) => ({
    node: fc.oneof(
      { maxDepth: 3, depthSize: 'small' },
      CONSTANTS,
      fc.constantFrom(...(item ? ITEM_PATHS : ROOT_PATHS)).map((p) => ({ var: p })),
      tie('call'),
      tie('call'),
      ...(item ? [] : [tie('quantifier')]),
    ),
    // Shapes the fast path writes out (other shapes and operators: the whole framework on the exact path).
    call: fc.oneof(
      fc.tuple(fc.constantFrom('!', '!!', '-', '+'), tie('node')).map(([op, a]) => ({ [op]: [a] })),
      fc
        .tuple(
          fc.constantFrom('==', '===', '!=', '!==', '>', '>=', '<', '<=', '+', '-', '*', '/', '%', 'in'),
          tie('node'),
          tie('node'),
        )
        .map(([op, a, b]) => ({ [op]: [a, b] })),
      fc
        .tuple(fc.constantFrom('<', '<='), tie('node'), tie('node'), tie('node'))
        .map(([op, a, b, c]) => ({ [op]: [a, b, c] })),
      fc
        .tuple(fc.constantFrom('if', 'and', 'or'), fc.array(tie('node'), { minLength: 0, maxLength: 4 }))
        .map(([op, args]) => ({ [op]: args })),
      tie('node').map((a) => ({ in: [a, ['good', 'vocational', 5, 'digital']] })),
    ),
    quantifier: fc
      .tuple(
        fc.constantFrom('all', 'some', 'none'),
        // The same list with and without a default: not one loop (absent, only one is missing evidence).
        fc.constantFrom({ var: 'courses' }, { var: 'courses' }, { var: ['courses', []] }, { var: 'clubs' }),
        itemRule,
      )
      .map(([op, list, body]) => ({ [op]: [list, body] })),
  })).node;
}

describe('random frameworks: fast path, exact path and createScorer agree', () => {
  it('on 40 frameworks of 20 random rules (quantifiers over one list fused) × 400 records with defects', async () => {
    const awards = fc.sample(ruleOf(false, ruleOf(true)), { numRuns: 40 * 24, seed: 61 });
    const records = Array.from({ length: 400 }, (_v, i) => {
      const r = makeRecord(i, 17);
      const d = r.data;
      if (i % 5 === 1) delete d[ROOT_PATHS[i % ROOT_PATHS.length] as string];
      if (i % 7 === 2) (d.courses as unknown[]).push(i % 2 ? null : { kind: 7, hours: 'x' });
      if (i % 9 === 5) (d.courses as unknown[]).push(undefined, 'vocational', ['digital']);
      if (i % 17 === 6) delete d.courses;
      if (i % 11 === 3) r.data = Object.assign(Object.create(null), d);
      if (i % 13 === 4) d.digital = JSON.parse('{"__proto__":{"phone":true},"internet":false}');
      return r;
    });
    let frameworks = 0;
    let withFast = 0;
    let onFast = 0;
    const problems: string[] = [];
    for (let f = 0; f < 40; f++) {
      const fw = benchFramework();
      let k = 0;
      for (const c of fw.criteria as { indicators: Json[] }[]) {
        for (const ind of c.indicators) {
          ind.award = awards[f * 24 + k];
          if (k % 6 === 5) ind.when = awards[f * 24 + 20 + (k % 4)];
          else delete ind.when;
          k++;
        }
      }
      // Every fifth framework has an operator the fast path leaves to the exact path.
      if (f % 5 === 4) {
        const ind = (fw.criteria as { indicators: Json[] }[])[0]?.indicators[0] as Json;
        ind.award = { '==': [{ cat: [{ var: 'lang' }, 'x'] }, 'goodx'] };
      }
      const e = createEngine();
      let cf: CompiledFramework;
      try {
        cf = e.compile(e.load(fw));
      } catch {
        continue;
      }
      frameworks++;
      const mod = await load(cf);
      const exactOnly = await load(cf, { fastPath: false });
      if (mod.source.includes('function fast(')) withFast++;
      const score = mod.createScorer();
      problems.push(...mismatches(createScorer(cf), score, records).map((m) => `framework ${f}: ${m}`));
      problems.push(...mismatches(exactOnly.createScorer(), score, records).map((m) => `framework ${f} (exact): ${m}`));
      for (const r of records) {
        try {
          if (fast(score, r)) onFast++;
        } catch {
          // compared above
        }
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
    expect(frameworks).toBeGreaterThan(20);
    // Most frameworks get a fast path, and thousands of persons are scored on it.
    expect(withFast).toBeGreaterThan(frameworks / 3);
    expect(onFast).toBeGreaterThan(2000);
  });
});
