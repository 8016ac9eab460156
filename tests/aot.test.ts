import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileScorerModule } from '../src/aot/scorerModule.js';
import { createEngine, type Engine } from '../src/engine.js';
import { CdhtError } from '../src/errors/issue.js';
import { createScorer, type Score, type Scorer } from '../src/evaluate/score.js';
import type { EvidenceRecord } from '../src/format/evidence.js';
import type { CompiledFramework } from '../src/framework/compileFramework.js';
import { onFastPath, probeRuntime } from './aot.fixture.js';
import { bundledEngine, sampleUnitEntries } from './programme.fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'cdht-aot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// A runtime counting the persons given to the exact path: the others were scored on the fast path.
const probe = await probeRuntime(dir);
const RUNTIME = probe.runtime;

let n = 0;
/** Writes the module for `cf` to a temp file and imports it, as a user of `cdht compile` would. */
async function load(cf: CompiledFramework): Promise<{ createScorer: (o?: object) => Scorer; source: string }> {
  const source = compileScorerModule(cf, { runtime: RUNTIME });
  n += 1;
  const file = join(dir, `scorer-${n}.mjs`);
  writeFileSync(file, source);
  const mod = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { createScorer: (o?: object) => Scorer };
  return { createScorer: mod.createScorer, source };
}

const sample = readFileSync(new URL('../examples/sample/evidence-2025.ndjson', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as EvidenceRecord);

const HOSTILE = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'length', 'valueOf'];

/** Values a third-party evidence file may hold where a framework expects something else. */
const anyValue = fc.letrec((tie) => ({
  leaf: fc.oneof(
    fc.integer({ min: -5, max: 60 }),
    fc.double({ noNaN: false }),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom('', 'yes', '2025-03-04', '04/03/2025', '1990-02-30', 'x', '10', 'đạt'),
    fc.string(),
  ),
  value: fc.oneof({ maxDepth: 3 }, tie('leaf'), fc.array(tie('value'), { maxLength: 4 }), tie('object')),
  object: fc.dictionary(
    fc.oneof(fc.constantFrom(...HOSTILE, 'self', 'reviewed', 'date', 'hours'), fc.string()),
    tie('value'),
    {
      maxKeys: 4,
    },
  ),
})).value;

/**
 * Records for a framework: sample records and fields of the framework's evidence, with values
 * replaced, dropped, or of the wrong type, plus hostile keys (built with defineProperty, so
 * `__proto__` is an own key as JSON.parse makes it).
 */
function recordsFor(cf: CompiledFramework, count: number, seed: number): EvidenceRecord[] {
  const fields = [...cf.fields, ...HOSTILE];
  const base = sample.filter((_r, i) => i % 13 === seed % 13).slice(0, 60);
  const gen = fc.record({
    from: fc.nat({ max: base.length - 1 }),
    drop: fc.array(fc.constantFrom(...fields), { maxLength: 3 }),
    set: fc.array(fc.tuple(fc.constantFrom(...fields), anyValue), { maxLength: 3 }),
    period: fc.constantFrom('2024', '2025', { from: '2025-01-01', to: '2025-06-30' }),
  });
  return fc.sample(gen, { numRuns: count, seed }).map((g, i) => {
    const from = base[g.from] as EvidenceRecord;
    const data = JSON.parse(JSON.stringify(from.data)) as Record<string, unknown>;
    for (const f of g.drop) delete data[f];
    for (const [f, v] of g.set)
      Object.defineProperty(data, f, { value: v, enumerable: true, writable: true, configurable: true });
    return { ...from, id: `gen-${i}`, period: g.period, data } as EvidenceRecord;
  });
}

function compare(expected: Scorer, actual: Scorer, records: readonly EvidenceRecord[]): string[] {
  const mismatches: string[] = [];
  for (const r of records) {
    let e: Score | string;
    let a: Score | string;
    try {
      e = structuredClone(expected(r));
    } catch (error) {
      e = `throws ${String(error)}`;
    }
    try {
      a = structuredClone(actual(r));
    } catch (error) {
      a = `throws ${String(error)}`;
    }
    if (JSON.stringify(e) !== JSON.stringify(a) || !Object.is((e as Score).total, (a as Score).total)) {
      mismatches.push(`${r.id}: ${JSON.stringify(e)} ≠ ${JSON.stringify(a)}`);
    }
  }
  return mismatches;
}

/** The sample's units as scorer options: variants by area apply. */
function sampleUnits(): object {
  return { units: sampleUnitEntries() };
}

let engine: Engine;
beforeAll(async () => {
  engine = await bundledEngine();
});

describe('compileScorerModule: the compiled module scores as createScorer', () => {
  it('for every bundled personal framework, over the sample and 1,500 generated records each', async () => {
    let checked = 0;
    let frameworks = 0;
    let withFast = 0;
    let onFast = 0;
    const sampleOptions = [{}, { asOf: '2025-06-30' }, sampleUnits()];
    for (const fw of engine.frameworks()) {
      const cf = engine.compile(fw);
      if (cf.collective !== undefined) {
        expect(() => compileScorerModule(cf)).toThrow(CdhtError);
        continue;
      }
      frameworks++;
      const mod = await load(cf);
      if (mod.source.includes('function fast(')) withFast++;
      const records = [...sample, ...recordsFor(cf, 1500, frameworks)];
      for (const options of sampleOptions) {
        const score = mod.createScorer(options);
        expect(compare(createScorer(cf, options), score, records)).toEqual([]);
        checked += records.length;
        // Count the persons the fast path scored.
        if (options !== sampleOptions[0]) continue;
        for (const r of records) {
          try {
            if (onFastPath(probe, score, r)) onFast++;
          } catch {
            // compared above
          }
        }
      }
    }
    // The 2.0.0 frameworks (derived values, defaults, `assessed`, no variants) have a fast path.
    expect(withFast).toBeGreaterThanOrEqual(7);
    expect(onFast).toBeGreaterThan(15_000);
    expect(frameworks).toBeGreaterThanOrEqual(8);
    expect(checked).toBeGreaterThan(8 * 3 * 5000);
  });

  it('for the benchmark framework, over 5,000 seeded records with fields dropped', async () => {
    const { makeRecord } = (await import('../bench/records.mjs')) as {
      makeRecord: (i: number, seed: number) => EvidenceRecord & { data: Record<string, unknown> };
    };
    const bench = createEngine();
    const cf = bench.compile(
      bench.load(JSON.parse(readFileSync(new URL('../bench/framework.json', import.meta.url), 'utf8'))),
    );
    const records = Array.from({ length: 5000 }, (_, i) => {
      const r = makeRecord(i, 11);
      if (i % 3 === 0) delete r.data[cf.fields[i % cf.fields.length] as string];
      return r;
    });
    const mod = await load(cf);
    expect(compare(createScorer(cf), mod.createScorer(), [...records, ...recordsFor(cf, 1000, 3)])).toEqual([]);
  });
});

const basic = (): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL('./fixtures/frameworks/basic.json', import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;

/** Strings that end a string literal, a comment, a script element or a line, in every place a framework has text. */
const NASTY = ['"\'`', '*/ /*', '</script><script>', 'a\u2028b\u2029c', '\u0024{x}', '\\', '); throw 1; //', '\ud800'];

function hostileFramework(): Record<string, unknown> {
  const fw = basic();
  const nasty = NASTY.join(' ');
  fw.id = 'hostile-aot';
  fw.title = { vi: nasty, en: nasty };
  const criteria = fw.criteria as { id: string; label: unknown; indicators: Record<string, unknown>[] }[];
  (criteria[0] as { label: unknown }).label = { vi: nasty, en: nasty };
  const a2 = (criteria[0] as { indicators: Record<string, unknown>[] }).indicators[1] as Record<string, unknown>;
  // The constants of a rule: a list of hostile strings, the field's value compared with each.
  a2.award = { in: [{ var: 'lang' }, [...NASTY, 'good']] };
  const b2 = (criteria[1] as { indicators: Record<string, unknown>[] }).indicators[1] as Record<string, unknown>;
  b2.award = { '==': [{ cat: [{ var: 'lang' }, NASTY[0] as string] }, `good${NASTY[0]}`] };
  (fw.evidence as Record<string, { values?: string[] }>).lang = {
    type: 'enum',
    values: ['none', 'basic', 'good', ...NASTY],
    label: { vi: nasty, en: nasty },
  } as never;
  return fw;
}

describe('compileScorerModule on hostile input', () => {
  it('writes every string of the framework as a literal: the module parses, runs no code from the file, and scores as createScorer', async () => {
    const e = createEngine();
    const cf = e.compile(e.load(hostileFramework()));
    const mod = await load(cf);
    // Nothing that ends a script element or a line inside a literal: `<`, U+2028 and U+2029 are escaped.
    expect(mod.source).not.toMatch(/<\/script|[\u2028\u2029]/i);
    // The framework's text is in the module, as string literals that decode to it.
    expect(mod.source).toContain(JSON.stringify(JSON.stringify(NASTY[6])).slice(1, -1));
    expect(mod.source).not.toMatch(/\beval\s*\(|\bFunction\s*\(/);
    const records: EvidenceRecord[] = ['none', 'good', ...NASTY].flatMap((lang, i) => [
      { id: `h${i}`, period: '2025', data: { hours: 45, reads: true, score: { self: 8 }, lang, isTeacher: true } },
      { id: `m${i}`, period: '2025', data: { hours: 10, lang, isTeacher: i % 2 === 0 } },
    ]);
    const expected = createScorer(cf);
    expect(compare(expected, mod.createScorer(), [...records, ...recordsFor(cf, 500, 9)])).toEqual([]);
    // Hand-checked: '"\'`' is one of the listed values, so A.2 scores 5; B.2 compares the concatenation.
    const one = mod.createScorer()({ id: 'x', period: '2025', data: { hours: 45, lang: NASTY[0], isTeacher: true } });
    expect([one.criteria, one.missing]).toEqual([[15, 0], 1]);
  });

  it('keeps prototypes out of reach: __proto__, constructor and toString in evidence read as absent, as in the engine', async () => {
    const e = createEngine();
    const cf = e.compile(e.load(basic()));
    const mod = await load(cf);
    const score = mod.createScorer();
    const data = JSON.parse(
      '{"__proto__":{"hours":99,"reads":true},"constructor":{"prototype":{"hours":1}},"lang":"good"}',
    );
    const s = score({ id: 'p', period: '2025', data });
    expect(s).toEqual(createScorer(cf)({ id: 'p', period: '2025', data }));
    // hours, reads, score and isTeacher are absent: A.1, A.2, B.1 and B.2 (its `when`) missing, nothing scored.
    expect([s.total, s.missing]).toEqual([0, 4]);
    expect(({} as Record<string, unknown>).hours).toBeUndefined();
  });

  it('scores the title rule and derived values of the basic fixture as createScorer', async () => {
    const e = createEngine();
    const cf = e.compile(e.load(basic()));
    const mod = await load(cf);
    const score = mod.createScorer();
    // Hand-computed: A.1 10 (45 h), A.2 5, B.1 8, B.2 5 (teacher, good) = 28: both titles (rule: A.1 10 and active).
    const s = score({
      id: 'p',
      period: '2025',
      data: { hours: 45, reads: true, score: { self: 8 }, lang: 'good', isTeacher: true },
    });
    expect(s).toEqual({
      person: 'p',
      total: 28,
      possible: 28,
      missing: 0,
      decisions: ['awarded', 'awarded'],
      criteria: [15, 13],
    });
    expect(compare(createScorer(cf), score, recordsFor(cf, 2000, 21))).toEqual([]);
  });

  it('refuses a framework whose rules use a plugin operator, naming the operator and the rule', () => {
    const fw = basic();
    (
      ((fw.criteria as Record<string, unknown>[])[0] as { indicators: Record<string, unknown>[] })
        .indicators[1] as Record<string, unknown>
    ).award = { double: [{ var: 'hours' }] };
    const e = createEngine({
      plugins: [
        {
          name: 'double',
          operators: {
            double: { kind: 'eager', evaluate: (args) => Number(args[0]) * 2, description: { vi: '{0}', en: '{0}' } },
          },
        },
      ],
    });
    const cf = e.compile(e.load(fw));
    expect(() => compileScorerModule(cf)).toThrow(CdhtError);
    try {
      compileScorerModule(cf);
    } catch (error) {
      expect((error as CdhtError).issues[0]).toMatchObject({
        code: 'aot_unsupported',
        path: ['criteria', 0, 'indicators', 1, 'award'],
        params: { kind: 'operator', operator: 'double' },
      });
      expect((error as CdhtError).issues[0]?.message.en).toContain('"double" cannot be compiled ahead of time');
    }
  });
});
