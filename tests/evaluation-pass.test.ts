// Without explanations, evaluateCompiled builds the Evaluation on the scoring pass of createScorer
// (fused quantifiers, slot reader, typed arrays) instead of its general path (issue 16). The value
// must not change: every field, every reason and message, every gap, missing evidence named alike,
// variants by area, title rules, derived values. The general path is the reference here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeRecords } from '../bench/records.mjs';
import { makeRecords as makeQuantifierRecords } from '../bench/records-quantifiers.mjs';
import { cccdPlugin } from '../examples/plugins/cdht-plugin-cccd/index.js';
import { _evaluateGeneral } from '../src/evaluate/general.js';
import type { UnitEntry } from '../src/format/units.js';
import { createEngine, definePlugin, type Evaluation, evaluateCompiled } from '../src/index.js';
import { type BatchItem, evaluateBatch, readFrameworkInputs, resolveBundledCriteriaDir } from '../src/node.js';
import { ROOT } from './fixtures/cli/run.js';
import { differentialRecords } from './fixtures/differential/records.js';

const engine = createEngine({ plugins: [cccdPlugin] });
let records: unknown[] = [];

/** The province listed (every commune of it known), one commune especially difficult. */
const UNITS: UnitEntry[] = [
  { unit: { province: 'Kon Tum' } },
  {
    unit: { province: 'Kon Tum', district: 'Kon Rẫy', commune: 'Đắk Kôi' },
    attributes: { area: 'especially-difficult' },
  },
];

beforeAll(async () => {
  const read = await readFrameworkInputs([
    resolveBundledCriteriaDir(),
    join(ROOT, 'examples/kon-ray/criteria'),
    join(ROOT, 'tests/fixtures/frameworks/basic.json'),
    join(ROOT, 'examples/plugins/cdht-plugin-cccd/framework.json'),
  ]);
  engine.loadAll(read.inputs);
  records = differentialRecords(3000, 20261202, engine.frameworks());
}, 120_000);

/** A deep copy of an evaluation without the values rules read (what explanations add). */
function withoutReads(e: Evaluation): Evaluation {
  const copy = structuredClone(e) as Evaluation & { indicators: { read?: unknown }[] };
  for (const i of copy.indicators) delete i.read;
  return copy;
}

describe('evaluateCompiled without explanations equals its general path', () => {
  it('on every bundled framework, seeded records with evidence missing, with and without units, gaps and a date', async () => {
    const options = [
      {},
      { gap: false },
      { units: UNITS },
      { units: UNITS, gap: false },
      { asOf: '2025-06-30', units: UNITS },
    ] as const;
    const seen = { missing: 0, ruleFailed: 0, gaps: 0, variants: new Set<string>(), evaluated: 0 };
    for (const extra of options) {
      // Batches evaluate with evaluateCompiled (the scoring pass without explanations); the engine's
      // own door takes the general path, here with explanations on.
      const items: BatchItem[] = [];
      for await (const item of evaluateBatch(engine, records, { ...extra, explain: false })) items.push(item);
      expect(items.length).toBe(records.length);
      records.forEach((record, k) => {
        const lean = (items[k] as BatchItem).evaluation;
        if (lean === undefined) return;
        const general = engine.safeEvaluate(undefined, record, { ...extra, explain: true });
        expect(general.success).toBe(true);
        if (!general.success) return;
        expect(lean).toStrictEqual(withoutReads(general.data));
        expect(JSON.stringify(lean)).toBe(JSON.stringify(withoutReads(general.data)));
        seen.evaluated++;
        seen.missing += lean.indicators.filter((i) => i.status === 'missing').length;
        seen.gaps += lean.titles.filter((t) => t.gap !== null).length;
        seen.ruleFailed += lean.titles.filter((t) => t.reasons.some((r) => r.code === 'title_rule_failed')).length;
        if (lean.variant) seen.variants.add(lean.variant.status);
      });
    }
    // The corpus reaches what the fast path must get right.
    expect(seen.evaluated).toBeGreaterThan(8000);
    expect(seen.missing).toBeGreaterThan(1000);
    expect(seen.gaps).toBeGreaterThan(1000);
    expect(seen.ruleFailed).toBeGreaterThan(10);
    expect([...seen.variants].sort()).toEqual(['applied', 'not-applied', 'unknown']);
  }, 240_000);

  it('on the benchmark frameworks, records with evidence taken out here and there', () => {
    for (const [file, make] of [
      ['bench/framework.json', makeRecords],
      ['bench/framework-quantifiers.json', makeQuantifierRecords],
    ] as const) {
      const cf = engine.compile(engine.load(JSON.parse(readFileSync(join(ROOT, file), 'utf8'))));
      const list = make(1500, 20261202) as { data: Record<string, unknown> }[];
      list.forEach((r, i) => {
        const keys = Object.keys(r.data);
        if (i % 3 === 0) delete r.data[keys[i % keys.length] as string];
        if (i % 7 === 0) delete r.data[keys[(i + 3) % keys.length] as string];
      });
      let missing = 0;
      for (const r of list as Parameters<typeof evaluateCompiled>[1][])
        for (const gap of [true, false]) {
          const lean = evaluateCompiled(cf, r, { explain: false, gap });
          expect(lean, `${file} ${r.id}`).toStrictEqual(_evaluateGeneral(cf, r, { explain: false, gap }));
          missing += lean.indicators.filter((i) => i.status === 'missing').length;
        }
      expect(missing, file).toBeGreaterThan(500);
    }
  });

  it('writes the head fields in the general path’s order, each present only when the record has it', () => {
    const own = createEngine();
    const cf = own.compile(own.load(JSON.parse(readFileSync(join(ROOT, 'bench/framework.json'), 'utf8'))));
    const base = makeRecords(1, 20261202)[0] as { id: string; period: string; data: Record<string, unknown> };
    const unit = { province: 'Kon Tum', district: 'Kon Rẫy', commune: 'Đắk Kôi' };
    const memberships = [{ kind: 'household', id: 'HK-0042' }];
    let shapes = 0;
    for (let mask = 0; mask < 32; mask++) {
      const data: Record<string, unknown> = { ...base.data };
      // birthYear kept (a number), given as a birth date, or absent.
      if (mask & 1) data.birthDate = '07/03/1961';
      if (mask & 1 || mask & 2) delete data.birthYear;
      const record = {
        id: `P-${mask}`,
        period: mask & 16 ? { from: '2024-07-01', to: '2025-06-30' } : base.period,
        ...(mask & 4 ? { name: 'Nguyễn Thị Hoà' } : {}),
        ...(mask & 8 ? { group: 'citizen', unit } : {}),
        ...(mask & 16 ? { memberships } : {}),
        data,
      } as Parameters<typeof evaluateCompiled>[1];
      for (const gap of [true, false]) {
        const lean = evaluateCompiled(cf, record, { explain: false, gap });
        const general = _evaluateGeneral(cf, record, { explain: false, gap });
        expect(Object.keys(lean), `mask ${mask}`).toEqual(Object.keys(general));
        expect(JSON.stringify(lean)).toBe(JSON.stringify(general));
        expect(lean).toStrictEqual(general);
      }
      shapes++;
    }
    expect(shapes).toBe(32);
    // The usual batch record: framework, person, birth year, group, unit, then the scores.
    const usual = evaluateCompiled(cf, { ...base, unit } as Parameters<typeof evaluateCompiled>[1], { explain: false });
    expect(Object.keys(usual).slice(0, 6)).toEqual(['framework', 'person', 'birthYear', 'group', 'unit', 'period']);
    expect(usual.birthYear).toBe(base.data.birthYear);
  });

  it('a rule evaluating the same framework again, inside an evaluation, gets the same answer and leaves the outer one whole', () => {
    const fw = {
      id: 'reentrant',
      version: '1.0.0',
      group: 'citizen',
      title: { vi: 'Thử', en: 'Test' },
      effective: { from: '2024-01-01' },
      verification: { status: 'example' },
      evidence: {
        hours: { type: 'number', label: { vi: 'giờ', en: 'hours' } },
        depth: { type: 'integer', label: { vi: 'độ sâu', en: 'depth' } },
      },
      criteria: [
        {
          id: 'A',
          label: { vi: 'A', en: 'A' },
          indicators: [
            { id: 'A.1', label: { vi: 'giờ', en: 'hours' }, points: 10, award: { '>=': [{ var: 'hours' }, 10] } },
            { id: 'A.2', label: { vi: 'lồng', en: 'nested' }, points: 5, award: { nested: [{ var: 'depth' }] } },
          ],
        },
      ],
      titles: [{ id: 'pass', label: { vi: 'Đạt', en: 'Pass' }, requirements: { total: 12 } }],
    };
    const inner: Evaluation[] = [];
    let compiled: ReturnType<typeof engine.compile> | undefined;
    const plugin = definePlugin({
      name: 'reentrant',
      version: '0.0.0',
      operators: {
        nested: {
          kind: 'eager',
          arity: 1,
          description: { vi: 'lồng {0}', en: 'nested {0}' },
          evaluate: ([depth]) => {
            if (typeof depth !== 'number' || depth <= 0 || compiled === undefined) return true;
            const e = evaluateCompiled(
              compiled,
              { id: `inner-${depth}`, period: '2024', data: { hours: depth, depth: depth - 1 } },
              { explain: false },
            );
            inner.push(e);
            return e.total >= 10;
          },
        },
      },
    });
    const own = createEngine({ plugins: [plugin] });
    compiled = own.compile(own.load(fw));
    const record = { id: 'outer', period: '2024', data: { hours: 20, depth: 2 } };
    const lean = evaluateCompiled(compiled, record, { explain: false });
    const innerLean = inner.splice(0);
    const general = _evaluateGeneral(compiled, record, { explain: false });
    expect(lean).toStrictEqual(general);
    expect(innerLean).toStrictEqual(inner);
    // inner-1: 1 hour (0) + nested(0) (5) = 5; inner-2: 2 hours (0) + nested(1), inner-1 short of 10 (0) = 0;
    // outer: 20 hours (10) + nested(2), inner-2 short of 10 (0) = 10, short of the title's 12.
    expect([lean.total, lean.titles[0]?.decision]).toEqual([10, 'not-awarded']);
    expect(innerLean.map((e) => [e.person, e.total])).toEqual([
      ['inner-1', 5],
      ['inner-2', 0],
    ]);
  });
});
