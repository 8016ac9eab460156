// An Evaluation is a plain value: what evaluateCompiled returns must equal a plain deep copy of itself
// (JSON round trip, structuredClone), list its keys in the schema's order, hold only data properties
// (nothing computed on access, so worker transfer and spreads see what JSON sees), share no object
// with another evaluation except frozen ones (without explanations, equal parts are shared), and
// carry each reason's message exactly as the catalogues word it. The
// builder writes literals and assignments instead of spreads for speed (issue 16): these are the
// properties that speed must not cost.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeRecords } from '../bench/records.mjs';
import { cccdPlugin } from '../examples/plugins/cdht-plugin-cccd/index.js';
import { reasonMessage } from '../src/i18n/engineMessages.js';
import { createEngine, type Evaluation, evaluateCompiled, formatNumber, type Reason } from '../src/index.js';
import { readFrameworkInputs, resolveBundledCriteriaDir } from '../src/node.js';
import {
  CriterionResultSchema,
  EvaluationSchema,
  GapSchema,
  IndicatorResultSchema,
  TitleResultSchema,
} from '../src/schema.js';
import { ROOT } from './fixtures/cli/run.js';
import { differentialRecords } from './fixtures/differential/records.js';

const engine = createEngine({ plugins: [cccdPlugin] });
const OPTIONS = [{}, { explain: false }, { explain: false, gap: false }] as const;
/** What the engine returned (frozen by the engine) and what evaluateCompiled returned (not frozen). */
const evaluations: Evaluation[] = [];
const direct: Evaluation[] = [];
let records: unknown[] = [];
let benchRecords: ReturnType<typeof makeRecords> = [];
let bench: ReturnType<typeof engine.compile>;

beforeAll(async () => {
  const read = await readFrameworkInputs([
    resolveBundledCriteriaDir(),
    join(ROOT, 'examples/kon-ray/criteria'),
    join(ROOT, 'tests/fixtures/frameworks/basic.json'),
    join(ROOT, 'examples/plugins/cdht-plugin-cccd/framework.json'),
  ]);
  engine.loadAll(read.inputs);
  records = differentialRecords(1500, 20261201, engine.frameworks());
  for (const options of OPTIONS)
    for (const record of records) {
      const r = engine.safeEvaluate(undefined, record, options);
      if (r.success) evaluations.push(r.data);
    }
  // bench/'s framework (criterion minimums, several reasons a title) on its seeded records, some
  // with evidence taken out so indicators are missing.
  bench = engine.compile(engine.load(JSON.parse(readFileSync(join(ROOT, 'bench/framework.json'), 'utf8'))));
  benchRecords = makeRecords(600, 20261201);
  for (const [i, r] of benchRecords.entries()) if (i % 5 === 0) delete (r.data as Record<string, unknown>).hours;
  for (const options of OPTIONS) for (const r of benchRecords) direct.push(evaluateCompiled(bench, r, options));
  evaluations.push(...direct);
}, 120_000);

/** Every object and array inside a value, with its path. */
function* nodes(value: unknown, path = '$'): Generator<[string, object]> {
  if (value === null || typeof value !== 'object') return;
  yield [path, value];
  for (const [k, v] of Object.entries(value)) yield* nodes(v, `${path}.${k}`);
}

/** The keys of `o` appear in the order of `order` (optional ones may be absent), and no others. */
function inOrder(o: object, order: readonly string[]): boolean {
  const keys = Object.keys(o);
  let at = -1;
  for (const k of keys) {
    const i = order.indexOf(k);
    if (i <= at) return false;
    at = i;
  }
  return true;
}

describe('an evaluation is a plain value', () => {
  it('the corpus has what the properties are about: every reason code, gaps, missing evidence, explanations', () => {
    expect(evaluations.length).toBeGreaterThan(1500);
    const codes = new Set(evaluations.flatMap((e) => e.titles.flatMap((t) => t.reasons.map((r) => r.code))));
    for (const code of [
      'requirements_met',
      'total_below_min',
      'criterion_below_min',
      'indicator_below_min',
      'evidence_missing',
      'title_rule_failed',
    ])
      expect(codes, code).toContain(code);
    const reasons = evaluations.flatMap((e) => e.titles.flatMap((t) => t.reasons));
    expect(reasons.some((r) => 'possible' in r && r.possible === true)).toBe(true);
    expect(evaluations.some((e) => e.titles.some((t) => t.gap && t.gap.evidence.length > 0))).toBe(true);
    expect(evaluations.some((e) => e.indicators.some((i) => i.read !== undefined))).toBe(true);
    expect(evaluations.some((e) => e.birthYear !== undefined && e.unit !== undefined)).toBe(true);
  });

  it('equals its JSON round trip and its structured clone, prototypes included', () => {
    for (const e of evaluations) {
      const json = JSON.stringify(e);
      expect(JSON.parse(json)).toStrictEqual(e);
      const clone = structuredClone(e);
      expect(clone).toStrictEqual(e);
      expect(JSON.stringify(clone)).toBe(json);
    }
  });

  it('holds only plain objects and arrays with enumerable data properties, nothing computed on access', () => {
    const wrong: string[] = [];
    for (const e of evaluations)
      for (const [path, node] of nodes(e)) {
        const proto = Object.getPrototypeOf(node);
        if (proto !== (Array.isArray(node) ? Array.prototype : Object.prototype)) wrong.push(`${path}: prototype`);
        for (const [key, d] of Object.entries(Object.getOwnPropertyDescriptors(node))) {
          if (Array.isArray(node) && key === 'length') continue;
          if (d.get || d.set || !d.enumerable) wrong.push(`${path}.${key}`);
        }
      }
    expect(wrong).toEqual([]);
  });

  it('evaluateCompiled returns it unfrozen and writable with explanations; without, only its shared parts are frozen; the engine freezes what it built', () => {
    const wrong: string[] = [];
    // `direct` holds the bench records' evaluations option by option: OPTIONS[0] explains (the
    // general path), the others do not (the scoring pass, whose equal parts are shared: see
    // tests/evaluation-shared.test.ts).
    const explained = direct.slice(0, benchRecords.length);
    for (const e of explained)
      for (const [path, node] of nodes(e)) {
        if (Object.isFrozen(node)) wrong.push(path);
        for (const [key, d] of Object.entries(Object.getOwnPropertyDescriptors(node)))
          if (!d.writable) wrong.push(`${path}.${key}`);
      }
    expect(wrong).toEqual([]);
    for (const e of direct.slice(benchRecords.length)) {
      // The evaluation and its lists are the caller's, writable …
      for (const [path, node] of [
        ['$', e],
        ['$.criteria', e.criteria],
        ['$.indicators', e.indicators],
        ['$.titles', e.titles],
      ] as const) {
        if (Object.isFrozen(node)) wrong.push(path);
        for (const [key, d] of Object.entries(Object.getOwnPropertyDescriptors(node)))
          if (!d.writable) wrong.push(`${path}.${key}`);
      }
      // … and a shared part is frozen all through (nothing inside it can change either).
      for (const [path, node] of nodes(e))
        if (Object.isFrozen(node))
          for (const [inner, part] of nodes(node, path)) if (!Object.isFrozen(part)) wrong.push(inner);
    }
    expect(wrong).toEqual([]);
    const frozen = evaluations[0] as Evaluation;
    expect([frozen, frozen.titles[0], frozen.titles[0]?.reasons[0]?.message].every(Object.isFrozen)).toBe(true);
  });

  it('lists keys in the schema order at every level', () => {
    const order = (s: { shape: object }) => Object.keys(s.shape);
    for (const e of evaluations) {
      expect(inOrder(e, order(EvaluationSchema)), Object.keys(e).join()).toBe(true);
      for (const c of e.criteria) expect(Object.keys(c)).toEqual(order(CriterionResultSchema));
      for (const i of e.indicators) expect(inOrder(i, order(IndicatorResultSchema)), Object.keys(i).join()).toBe(true);
      for (const t of e.titles) {
        expect(Object.keys(t)).toEqual(order(TitleResultSchema));
        if (t.gap) expect(Object.keys(t.gap)).toEqual(order(GapSchema));
        for (const r of t.reasons) {
          const keys = Object.keys(r);
          expect([keys[0], keys[keys.length - 1]]).toEqual(['code', 'message']);
        }
      }
    }
  });

  it('words every reason as the catalogues do, in Vietnamese and English', () => {
    let checked = 0;
    for (const e of evaluations)
      for (const t of e.titles)
        for (const r of t.reasons) {
          const { code, message, ...params } = r as Reason & Record<string, unknown>;
          expect(message).toStrictEqual(reasonMessage(code, params as never));
          expect(Object.keys(message)).toEqual(['vi', 'en']);
          checked++;
        }
    expect(checked).toBeGreaterThan(evaluations.length);
  });

  it('a gap names the missing evidence of the whole evaluation, in order of the indicators', () => {
    for (const e of evaluations) {
      const fields: string[] = [];
      for (const i of e.indicators) for (const f of i.missing ?? []) if (!fields.includes(f)) fields.push(f);
      for (const t of e.titles) if (t.gap) expect(t.gap.evidence).toEqual(fields);
    }
  });

  it('shares no object with another evaluation of the same record', () => {
    for (const record of benchRecords.slice(0, 200)) {
      const a = evaluateCompiled(bench, record);
      const b = evaluateCompiled(bench, record);
      const before = JSON.stringify(b);
      const mine = new Set<object>();
      for (const [, node] of nodes(a)) mine.add(node);
      // The record's unit (and memberships, values a rule read) are its own objects, copied by
      // reference as they always were.
      const fromRecord = new Set<object>();
      for (const [, node] of nodes(record)) fromRecord.add(node);
      for (const [path, node] of nodes(b)) if (!fromRecord.has(node)) expect(mine.has(node), path).toBe(false);
      for (const t of a.titles) for (const r of t.reasons) r.message.vi = 'đổi';
      for (const i of a.indicators) i.points = -1;
      (a.criteria[0] as { points: number }).points = -1;
      expect(JSON.stringify(b)).toBe(before);
    }
  });
});

describe('formatNumber on whole numbers (the reasons’ fast path)', () => {
  it('prints them as the rounding path does, with thousands grouped from 1000 on', () => {
    expect(formatNumber(5, 'vi')).toBe('5');
    expect(formatNumber(-0, 'vi')).toBe('0');
    expect(formatNumber(-0, 'en')).toBe('0');
    expect(formatNumber(-7, 'en')).toBe('-7');
    expect(formatNumber(999, 'vi')).toBe('999');
    expect(formatNumber(-999, 'vi')).toBe('-999');
    expect(formatNumber(1000, 'vi')).toBe('1.000');
    expect(formatNumber(1000, 'en')).toBe('1,000');
    expect(formatNumber(-1000, 'vi')).toBe('-1.000');
    expect(formatNumber(2.5, 'vi')).toBe('2,5');
    expect(formatNumber(0.1 + 0.2, 'en')).toBe('0.3');
    expect(formatNumber(79.999, 'vi')).toBe('80');
  });
});
